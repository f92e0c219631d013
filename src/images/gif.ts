// Walks a GIF's blocks up to its first image: GIF has no EXIF or IPTC, but it may carry XMP (an
// application extension "XMP DataXMP", where ExifTool and Photoshop write it, before the image) —
// and a file that only starts like a GIF must not pass as a clean image.
import { CorruptFile, type ByteView } from './bytes.js';
import { emptyBlocks, type Blocks } from './blocks.js';

const XMP_APPLICATION = 'XMP DataXMP';
/** The 258 bytes after GIF XMP that make the raw packet skippable as data sub-blocks. */
const MAGIC_TRAILER = 258;

export interface GifStructure {
  width: number;
  height: number;
  /** Where each XMP packet's bytes are in the file. */
  xmp: { at: number; length: number }[];
}

export function readGifBlocks(view: ByteView): Blocks {
  const gif = gifStructure(view);
  const blocks = emptyBlocks();
  blocks.width = gif.width;
  blocks.height = gif.height;
  for (const { at, length } of gif.xmp) blocks.xmp.push(view.get(at, length));
  return blocks;
}

/** The GIF's size and XMP up to its first image; throws CorruptFile when the structure is broken. */
export function gifStructure(view: ByteView): GifStructure {
  if (view.size < 13) throw new CorruptFile('the GIF ends inside its header');
  const screen = view.get(6, 7);
  const width = screen.readUInt16LE(0);
  const height = screen.readUInt16LE(2);
  const xmp: GifStructure['xmp'] = [];
  let pos = 13 + colourTableBytes(screen[4]!);
  for (let blocks = 0; blocks < 10_000; blocks++) {
    if (pos >= view.size) throw new CorruptFile('the GIF ends before its first image');
    const introducer = view.get(pos, 1)[0];
    if (introducer === 0x2c) {
      if (pos + 10 > view.size) throw new CorruptFile('the GIF ends inside its first image');
      return { width, height, xmp };
    }
    if (introducer !== 0x21) throw new CorruptFile(`the GIF structure is broken at byte ${pos}`);
    const label = view.get(pos + 1, 1)[0];
    const isXmp = label === 0xff && pos + 14 <= view.size && view.get(pos + 2, 12).toString('latin1') === `\x0b${XMP_APPLICATION}`;
    const start = pos;
    pos += 2; // introducer and label, then data sub-blocks up to a zero length
    for (;;) {
      if (pos >= view.size) throw new CorruptFile('the GIF ends inside an extension block');
      const length = view.get(pos, 1)[0]!;
      pos += 1 + length;
      if (length === 0) break;
    }
    if (isXmp) {
      // The packet is stored raw after the identifier; the magic trailer closes the extension.
      const at = start + 14;
      const length = pos - MAGIC_TRAILER - at;
      if (length <= 0) throw new CorruptFile('the GIF XMP block is cut short');
      xmp.push({ at, length });
    }
  }
  throw new CorruptFile('the GIF has too many blocks before its first image');
}

function colourTableBytes(flags: number): number {
  return flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0;
}
