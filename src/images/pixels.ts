// The last line of "never pass what could not be read": a file in which the reader found no
// metadata at all must at least be a picture that decodes. Otherwise it is reported as damaged —
// a cut or corrupted photo is never passed as clean. A JPEG, PNG or TIFF whose structure is sound is
// trusted (see jpeg-check.ts, png-check.ts, tiff-check.ts); other such files cost a full decode.
import { basename } from 'node:path';
import { maxImageBytes, maxImagePixels, megabytes } from '../core/limits.js';
import type { ReadAt } from './bytes.js';
import { jpegLooksSound } from './jpeg-check.js';
import { pngLooksSound } from './png-check.js';
import { tiffLooksSound } from './tiff-check.js';
import type { ImageMetadata } from './types.js';
import { loadSharp } from './thumbnail.js';
import { withNoOtherDecode } from './decode-slots.js';

/** Formats sharp decodes here; others (video, HEVC-coded HEIC) are judged by their container alone. */
const DECODABLE = new Set(['jpeg', 'png', 'webp', 'tiff', 'gif', 'avif']);

/** The file as the reader already has it open: its size, the bytes read from its start, and more on request. */
export interface OpenedImage {
  size: number;
  head: Buffer;
  handle: ReadAt;
}

export async function checkPixels(file: string | Buffer, metadata: ImageMetadata, mode: 'check' | 'off', opened: OpenedImage): Promise<ImageMetadata> {
  if (metadata.error || !DECODABLE.has(metadata.format ?? '')) return metadata;
  const tooLarge = overLimits(metadata, opened.size);
  if (tooLarge) {
    metadata.error = tooLarge;
    return metadata;
  }
  if (mode === 'off' || !foundNothing(metadata)) return metadata;
  // Most JPEGs prove themselves by their structure alone; only doubtful ones are decoded.
  if (metadata.format === 'jpeg' && (await jpegLooksSound(opened).catch(() => false))) return metadata;
  if (metadata.format === 'tiff' && (await tiffLooksSound(opened).catch(() => false))) return metadata;
  if (metadata.format === 'png' && (await pngLooksSound(opened).catch(() => false))) return metadata;
  const problem = await undecodable(file);
  if (problem) metadata.error = `the file is damaged: no metadata was found and its picture cannot be decoded (${problem})`;
  return metadata;
}

/** A still image too large to decode safely: the size on disk, or the pixels it declares. */
function overLimits(metadata: ImageMetadata, size: number): string | undefined {
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (pixels > maxImagePixels()) {
    return `the image declares ${metadata.width}×${metadata.height} pixels, more than the ${Math.round(maxImagePixels() / 1e6)}-megapixel limit (a possible decompression bomb), so it was not inspected further`;
  }
  if (size > maxImageBytes()) return `the file is ${megabytes(size)}, more than the ${megabytes(maxImageBytes())} limit for a photo, so it was not inspected`;
  return undefined;
}

function foundNothing(m: ImageMetadata): boolean {
  return !m.gps.length && !m.locationNames.length && !m.people.length && !m.owner.length && !m.copyright.length && !Object.keys(m.device).length;
}

/**
 * Decodes with no other sharp decode under way (decode-slots.ts): libvips keeps one error message for
 * the whole process, and beside another decode a failure's reason could be the other's, or "Unknown
 * error". Side by side, one per core, with the failures decoded again alone, gained no time on 2,000
 * copies of the shared set (median 1.97 against 1.94 s without the preview check) and cost 12 % more
 * CPU and 40 MB more memory. Few photos need this check.
 */
function undecodable(file: string | Buffer): Promise<string | undefined> {
  return withNoOtherDecode(() => decodeProblem(file));
}

const UNKNOWN = 'Unknown error';

async function decodeProblem(file: string | Buffer): Promise<string | undefined> {
  const sharp = await loadSharp();
  try {
    // A full decode: a shrunk one may stop before the end of the data and miss a cut file. Without
    // the colour profile: converting colours proves nothing and often cost more than the decode
    // (a failed conversion is only a warning to sharp, so the verdict is the same).
    await sharp(file, { failOn: 'error', limitInputPixels: maxImagePixels(), ignoreIcc: true }).raw().toBuffer();
    return undefined;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] || UNKNOWN;
    // libtiff starts its messages with the path it was given ("/home/…/trip/IMG_1.tif: bad seek to …"):
    // the report names the file already, and a folder's full path is not the report's to publish.
    return typeof file === 'string' ? reason.replaceAll(file, basename(file)) : reason;
  }
}
