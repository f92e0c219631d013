// Walks a WebP (RIFF) file's chunks for EXIF and XMP, and the canvas size.
import { CorruptFile, bufferView, type ByteView } from './bytes.js';
import { emptyBlocks, type Blocks } from './blocks.js';
import { isExifPayload, isTiffHeader } from './jpeg.js';

export interface RiffChunk {
  fourcc: string;
  at: number;
  dataAt: number;
  length: number;
  /** After the end the RIFF header gives: bytes appended to the picture (another copy of it, say). */
  trailing?: boolean;
}

export function riffChunks(view: ByteView): RiffChunk[] {
  const chunks: RiffChunk[] = [];
  const riffEnd = Math.min(view.size, 8 + view.get(4, 4).readUInt32LE(0));
  let pos = 12;
  while (pos + 8 <= riffEnd) {
    const header = view.get(pos, 8);
    const fourcc = header.toString('latin1', 0, 4);
    const length = header.readUInt32LE(4);
    if (pos + 8 + length > view.size) throw new CorruptFile(`the WebP chunk "${fourcc.trim()}" runs past the end of the file`);
    chunks.push({ fourcc, at: pos, dataAt: pos + 8, length });
    pos += 8 + length + (length % 2);
  }
  // ExifTool reads on past the RIFF's end, into a second RIFF header too: a WebP saved twice into one
  // file carried its second EXIF (GPS and all) there, unseen, and into the cleaned copy. What follows
  // the RIFF as chunks is read as well (EXIF and XMP only); what does not is left as data.
  for (pos = Math.max(pos, riffEnd); pos + 8 <= view.size; ) {
    const header = view.get(pos, 8);
    const fourcc = header.toString('latin1', 0, 4);
    if (!/^[A-Za-z0-9 ]{4}$/.test(fourcc)) break;
    if (fourcc === 'RIFF') {
      pos += 12;
      continue;
    }
    const length = header.readUInt32LE(4);
    if (pos + 8 + length > view.size) break;
    chunks.push({ fourcc, at: pos, dataAt: pos + 8, length, trailing: true });
    pos += 8 + length + (length % 2);
  }
  return chunks;
}

export function readWebpBlocks(view: ByteView): Blocks {
  const blocks = emptyBlocks();
  for (const chunk of riffChunks(view)) {
    if (chunk.trailing && chunk.fourcc !== 'EXIF' && chunk.fourcc !== 'XMP ') continue;
    if (chunk.fourcc === 'VP8X' && chunk.length >= 10) {
      const d = view.get(chunk.dataAt, 10);
      blocks.width = d.readUIntLE(4, 3) + 1;
      blocks.height = d.readUIntLE(7, 3) + 1;
    } else if (chunk.fourcc === 'VP8 ' && chunk.length >= 10 && blocks.width === undefined) {
      const d = view.get(chunk.dataAt, 10);
      blocks.width = d.readUInt16LE(6) & 0x3fff;
      blocks.height = d.readUInt16LE(8) & 0x3fff;
    } else if (chunk.fourcc === 'VP8L' && chunk.length >= 5 && blocks.width === undefined) {
      const bits = view.get(chunk.dataAt + 1, 4).readUInt32LE(0);
      blocks.width = (bits & 0x3fff) + 1;
      blocks.height = ((bits >> 14) & 0x3fff) + 1;
    } else if (chunk.fourcc === 'EXIF') {
      const data = view.get(chunk.dataAt, chunk.length);
      blocks.exif.push({ view: bufferView(data), base: isExifPayload(data) && !isTiffHeader(data) ? 6 : 0 });
    } else if (chunk.fourcc === 'XMP ') {
      blocks.xmp.push(view.get(chunk.dataAt, chunk.length));
    }
  }
  if (blocks.width === undefined) throw new CorruptFile('the WebP holds no image (no VP8, VP8L or VP8X chunk)');
  return blocks;
}
