// Walks a GIF's blocks up to its first image: GIF has no EXIF or IPTC, but it may carry XMP (an
// application extension "XMP DataXMP", where ExifTool and Photoshop write it, before the image) —
// and a file that only starts like a GIF must not pass as a clean image.
import { CorruptFile, type ByteView } from './bytes.js';
import { emptyBlocks, type Blocks } from './blocks.js';
import { formatCount } from '../core/count.js';

const XMP_APPLICATION = 'XMP DataXMP';
/** The 258 bytes after GIF XMP that make the raw packet skippable as data sub-blocks. */
const MAGIC_TRAILER = 258;
/** Frames and extensions read, at most (an animation of 50,000 frames has 100,000). */
const MAX_BLOCKS = 200_000;

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

/**
 * The GIF's size and its XMP; throws CorruptFile when the structure before the first image is
 * broken. The blocks after the first image are walked too, frame by frame to the trailer, as ExifTool
 * reads them: XMP written after the picture (a one-frame GIF's, or between an animation's frames)
 * passed unseen. There a file that ends or breaks off only ends the walk (nothing is hidden in bytes
 * that are not there), but more blocks than MAX_BLOCKS are not passed.
 */
export function gifStructure(view: ByteView): GifStructure {
  if (view.size < 13) throw new CorruptFile('the GIF ends inside its header');
  const screen = view.get(6, 7);
  const width = screen.readUInt16LE(0);
  const height = screen.readUInt16LE(2);
  const xmp: GifStructure['xmp'] = [];
  let pos = 13 + colourTableBytes(screen[4]!);
  let images = 0;
  /** Past the data sub-blocks at `at` (up to their zero length), or undefined when the file ends first. */
  const subBlocks = (at: number): number | undefined => {
    for (;;) {
      if (at >= view.size) return undefined;
      const length = view.get(at, 1)[0]!;
      at += 1 + length;
      if (length === 0) return at;
    }
  };
  for (let blocks = 0; blocks < MAX_BLOCKS; blocks++) {
    if (pos >= view.size) {
      if (images > 0) return { width, height, xmp };
      throw new CorruptFile('the GIF ends before its first image');
    }
    const introducer = view.get(pos, 1)[0];
    if (introducer === 0x3b && images > 0) return { width, height, xmp };
    if (introducer === 0x2c) {
      if (pos + 10 > view.size) {
        if (images > 0) return { width, height, xmp };
        throw new CorruptFile('the GIF ends inside its first image');
      }
      images++;
      // The image descriptor, its local colour table, the LZW code size, then its data sub-blocks.
      const next = pos + 10 + colourTableBytes(view.get(pos + 9, 1)[0]!) + 1;
      const end = subBlocks(next);
      if (end === undefined) return { width, height, xmp };
      pos = end;
      continue;
    }
    if (introducer !== 0x21) {
      if (images > 0) return { width, height, xmp };
      throw new CorruptFile(`the GIF structure is broken at byte ${pos}`);
    }
    const label = pos + 1 < view.size ? view.get(pos + 1, 1)[0] : undefined;
    const isXmp = label === 0xff && pos + 14 <= view.size && view.get(pos + 2, 12).toString('latin1') === `\x0b${XMP_APPLICATION}`;
    const start = pos;
    // Introducer and label, then data sub-blocks up to a zero length.
    const end = subBlocks(pos + 2);
    if (end === undefined) {
      if (images > 0 && !isXmp) return { width, height, xmp };
      throw new CorruptFile(isXmp ? 'the GIF XMP block is cut short' : 'the GIF ends inside an extension block');
    }
    pos = end;
    if (isXmp) {
      // The packet is stored raw after the identifier; the magic trailer closes the extension.
      const at = start + 14;
      const length = pos - MAGIC_TRAILER - at;
      if (length <= 0) throw new CorruptFile('the GIF XMP block is cut short');
      xmp.push({ at, length });
    }
  }
  throw new CorruptFile(`the GIF has more than ${formatCount(MAX_BLOCKS)} blocks, more than the auditor reads`);
}

function colourTableBytes(flags: number): number {
  return flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0;
}
