// Fujifilm RAF: a header ("FUJIFILMCCD-RAW ", then big-endian offsets) and a JPEG preview that
// carries the camera's whole EXIF (GPS included) and XMP; Fujifilm's own directories and the raw
// data follow and hold no location (ExifTool's FujiFilm.pm ProcessRAF reads the same JPEG).
import { CorruptFile, subView, type ByteView } from './bytes.js';
import type { Blocks } from './blocks.js';
import { readJpegBlocks } from './jpeg.js';

const HEADER_BYTES = 92;
const JPEG_OFFSET_AT = 84;
const JPEG_LENGTH_AT = 88;

/** The embedded JPEG as a view of its own; where it is, in the file. */
export function rafJpeg(view: ByteView): { view: ByteView; at: number } {
  if (view.size < HEADER_BYTES) throw new CorruptFile(`the RAF header is cut short (${view.size} bytes)`);
  const header = view.get(0, HEADER_BYTES);
  const at = header.readUInt32BE(JPEG_OFFSET_AT);
  const length = header.readUInt32BE(JPEG_LENGTH_AT);
  if (at + length > view.size) throw new CorruptFile(`the RAF header places its JPEG preview (${length} bytes at byte ${at}) outside the file (${view.size} bytes)`);
  if (at < HEADER_BYTES || length < 4) throw new CorruptFile(`the RAF header gives its JPEG preview an impossible place (${length} bytes at byte ${at})`);
  const jpeg = subView(view, at, length, 'its JPEG preview');
  const soi = jpeg.get(0, 2);
  if (soi[0] !== 0xff || soi[1] !== 0xd8) throw new CorruptFile(`the RAF header points to byte ${at}, which is not the start of a JPEG`);
  return { view: jpeg, at };
}

/** The preview's metadata blocks, which are the photo's; the preview's size is not the photo's. */
export function readRafBlocks(view: ByteView): Blocks {
  const blocks = readJpegBlocks(rafJpeg(view).view);
  delete blocks.width;
  delete blocks.height;
  return blocks;
}
