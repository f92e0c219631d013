// Walks a GIF's blocks up to its first image: a GIF carries no location metadata, but a file that
// only starts like a GIF must not pass as a clean image.
import { CorruptFile, type ByteView } from './bytes.js';

/** Width and height of a GIF whose structure reaches its first image; throws CorruptFile otherwise. */
export function gifSize(view: ByteView): { width: number; height: number } {
  if (view.size < 13) throw new CorruptFile('the GIF ends inside its header');
  const screen = view.get(6, 7);
  const width = screen.readUInt16LE(0);
  const height = screen.readUInt16LE(2);
  let pos = 13 + colourTableBytes(screen[4]!);
  for (let blocks = 0; blocks < 10_000; blocks++) {
    if (pos >= view.size) throw new CorruptFile('the GIF ends before its first image');
    const introducer = view.get(pos, 1)[0];
    if (introducer === 0x2c) {
      if (pos + 10 > view.size) throw new CorruptFile('the GIF ends inside its first image');
      return { width, height };
    }
    if (introducer !== 0x21) throw new CorruptFile(`the GIF structure is broken at byte ${pos}`);
    pos += 2; // introducer and label, then data sub-blocks up to a zero length
    for (;;) {
      if (pos >= view.size) throw new CorruptFile('the GIF ends inside an extension block');
      const length = view.get(pos, 1)[0]!;
      pos += 1 + length;
      if (length === 0) break;
    }
  }
  throw new CorruptFile('the GIF has too many blocks before its first image');
}

function colourTableBytes(flags: number): number {
  return flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0;
}
