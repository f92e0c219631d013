// A cheap structural check of a TIFF with no metadata of interest, as jpeg-check.ts does for JPEGs:
// its first directory must give the picture's size and where every strip or tile of it lies, all
// inside the file. Such a file was read whole by the metadata reader; only its pixels may be in a
// form the decoder does not take (10- or 12-bit samples, old-style JPEG compression). Answers
// 'sound' or 'doubtful' (then decode).
import { CorruptFile, SparseFile, withBytes, type ByteView, type ReadAt } from './bytes.js';
import { Tiff } from './tiff.js';

const IMAGE_WIDTH = 256;
const IMAGE_LENGTH = 257;
const STRIP_OFFSETS = 273;
const STRIP_BYTE_COUNTS = 279;
const TILE_OFFSETS = 324;
const TILE_BYTE_COUNTS = 325;
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
  if (!tiff.number(entries.get(IMAGE_WIDTH)) || !tiff.number(entries.get(IMAGE_LENGTH))) return false;
  const tiled = entries.has(TILE_OFFSETS);
  const offsets = entries.get(tiled ? TILE_OFFSETS : STRIP_OFFSETS);
  const counts = entries.get(tiled ? TILE_BYTE_COUNTS : STRIP_BYTE_COUNTS);
  if (!offsets || !counts || offsets.count === 0 || offsets.count !== counts.count || offsets.count > MOST_PARTS) return false;
  const starts = partValues(tiff, offsets.type, tiff.values(offsets), offsets.count);
  const lengths = partValues(tiff, counts.type, tiff.values(counts), counts.count);
  if (!starts || !lengths) return false;
  for (let i = 0; i < starts.length; i++) {
    if (lengths[i]! === 0 || starts[i]! + lengths[i]! > size) return false;
  }
  return true;
}

/** SHORT or LONG values of a strip or tile list. */
function partValues(tiff: Tiff, type: number, bytes: Buffer | undefined, count: number): number[] | undefined {
  const width = type === 3 ? 2 : type === 4 || type === 13 ? 4 : 0;
  if (!bytes || !width || bytes.length < count * width) return undefined;
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    if (width === 2) values.push(tiff.little ? bytes.readUInt16LE(i * 2) : bytes.readUInt16BE(i * 2));
    else values.push(tiff.little ? bytes.readUInt32LE(i * 4) : bytes.readUInt32BE(i * 4));
  }
  return values;
}
