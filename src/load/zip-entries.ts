// Reads chosen entries of a zip file (a Word document) with a cap on what they unpack to. The sizes
// a zip declares can lie (a "zip bomb" declares a few bytes and unpacks to gigabytes), so the bytes
// are counted as they are inflated, a little compressed data at a time, and the count is what holds.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

/** Compressed bytes handed to the inflater at a time: at most ~1,000× this comes out at once. */
const PUSH_BYTES = 16 * 1024;

export interface ZipLimits {
  /** What one entry may unpack to; past it the entry is dropped and reported as too big. */
  entryBytes(name: string): number;
  /** What the wanted entries may unpack to together; past it the whole file is refused. */
  totalBytes: number;
}

/** An entry's bytes and how it was stored (0 as it is, 8 deflated), or why it could not be had. */
export type ZipEntry = { bytes: Buffer; compression: number } | { problem: string };

/** A zip that cannot be read as a whole: the message says why, in words for the person who gave it. */
export class ZipError extends Error {}

export function readZipEntries(zip: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  const open = new Set<string>();
  let total = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    if (!wanted(file.name) || entries.has(file.name)) return;
    const cap = limits.entryBytes(file.name);
    const chunks: Uint8Array[] = [];
    let size = 0;
    open.add(file.name);
    const drop = (problem: string) => {
      open.delete(file.name);
      entries.set(file.name, { problem });
      file.terminate();
    };
    file.ondata = (error, chunk, final) => {
      if (!open.has(file.name)) return;
      if (error) return drop(`it could not be unpacked (${error.message})`);
      size += chunk.length;
      total += chunk.length;
      if (total > limits.totalBytes) throw new ZipError(`it unpacks to more than ${Math.round(limits.totalBytes / 1024 / 1024)} MB (a damaged file or a zip bomb), so it was not read`);
      if (size > cap) return drop(`it unpacks to more than ${Math.round(cap / 1024 / 1024)} MB, so it was not inspected`);
      chunks.push(chunk);
      if (final) {
        open.delete(file.name);
        entries.set(file.name, { bytes: Buffer.concat(chunks, size), compression: file.compression });
      }
    };
    try {
      file.start();
    } catch (error) {
      drop(`it is stored in a way the auditor cannot unpack (${(error as Error).message})`);
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < zip.length; at += PUSH_BYTES) unzip.push(zip.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= zip.length);
    if (zip.length === 0) unzip.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError(`it is not a readable zip file (${(error as Error).message})`);
  }
  // An entry still open when the data ran out: the file is cut short.
  for (const name of open) entries.set(name, { problem: 'the file ends before it does (cut short?)' });
  return entries;
}
