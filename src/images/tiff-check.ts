// A cheap structural check of a TIFF with no metadata of interest, as jpeg-check.ts does for JPEGs:
// its first directory must give the picture's size and where every strip or tile of it lies, all
// inside the file. Such a file was read whole by the metadata reader; only its pixels may be in a
// form the decoder does not take (10- or 12-bit samples, old-style JPEG compression). Answers
// 'sound' or 'doubtful' (then decode); a compressed TIFF is always doubtful.
import { CorruptFile, SparseFile, withBytes, type ByteView, type ReadAt } from './bytes.js';
import { TAG, Tiff } from './tiff.js';

/** More strips or tiles than this are read as doubtful (the decoder is asked instead). */
const MOST_PARTS = 1 << 16;

export async function tiffLooksSound(source: { size: number; head: Buffer; handle: ReadAt }): Promise<boolean> {
  if (source.head.length < 8) return false;
  try {
    return await withBytes(source.handle, new SparseFile(source.size, source.head), (view) => structureSound(view, source.size));
  } catch (error) {
    if (error instanceof CorruptFile) return false;
    throw error;
  }
}

/** The first directory's size and strips (or tiles) are there, and every part lies inside the file. */
export function structureSound(view: ByteView, size: number): boolean {
  const tiff = new Tiff(view);
  if (tiff.problems.length) return false;
  const entries = tiff.ifd0.entries;
  if (!tiff.number(entries.get(TAG.ImageWidth)) || !tiff.number(entries.get(TAG.ImageHeight))) return false;
  // Compressed strips (LZW, Deflate, JPEG …) can be damaged in ways only a decoder sees: a flipped
  // byte in LZW data leaves every strip in place. Only uncompressed pixels are proved by where they lie.
  if ((tiff.number(entries.get(TAG.Compression)) ?? 1) !== 1) return false;
  const tiled = entries.has(TAG.TileOffsets);
  const offsets = entries.get(tiled ? TAG.TileOffsets : TAG.StripOffsets);
  const counts = entries.get(tiled ? TAG.TileByteCounts : TAG.StripByteCounts);
  if (!offsets || !counts || offsets.count === 0 || offsets.count !== counts.count || offsets.count > MOST_PARTS) return false;
  const starts = tiff.integers(offsets);
  const lengths = tiff.integers(counts);
  if (!starts || !lengths || starts.length !== offsets.count || lengths.length !== counts.count) return false;
  for (let i = 0; i < starts.length; i++) {
    if (lengths[i]! === 0 || starts[i]! + lengths[i]! > size) return false;
  }
  return true;
}
