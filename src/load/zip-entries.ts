// Reads chosen entries of a zip file (a Word document) with a cap on what they unpack to. The sizes
// a zip declares can lie (a "zip bomb" declares a few bytes and unpacks to gigabytes), so the bytes
// are counted as they are inflated, and the count is what holds.
//
// The entries are found as Word, Writer and Excel find them: by the zip's index (its central
// directory) at the end of the file. Read front to back instead, a file could show the auditor one
// document.xml and Word another: a second entry of the same name, or an index pointing at an entry
// the front-to-back reading never reaches. Two wanted entries of one name, or an index that names an
// entry other than the one it points at, are refused. A file with no index (cut short) is read front
// to back, as far as it goes.
import { inflateRawSync } from 'node:zlib';
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
  const index = centralDirectory(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
  return index ? readIndexed(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength), index, wanted, limits) : readInOrder(zip, wanted, limits);
}

interface IndexEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** Where its local header is. */
  offset: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;

/** A name as the zip stores it: UTF-8 when flag bit 11 says so, else (as fflate reads it) Latin-1. */
function entryName(zip: Buffer, at: number, length: number, flags: number): string {
  return zip.toString(flags & 0x800 ? 'utf8' : 'latin1', at, at + length);
}

/** The central directory's entries, or undefined when the file has no end-of-directory record. */
function centralDirectory(zip: Buffer): IndexEntry[] | undefined {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  let count = zip.readUInt16LE(end + 10);
  let size = zip.readUInt32LE(end + 12);
  let offset = zip.readUInt32LE(end + 16);
  let directoryEnd = end;
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && end >= 20 && zip.readUInt32LE(end - 20) === END64_LOCATOR) {
    const at = Number(zip.readBigUInt64LE(end - 12));
    if (at + 56 > zip.length || zip.readUInt32LE(at) !== END64) throw new ZipError('it is not a readable zip file (its zip64 index is damaged)');
    count = Number(zip.readBigUInt64LE(at + 32));
    size = Number(zip.readBigUInt64LE(at + 40));
    offset = Number(zip.readBigUInt64LE(at + 48));
    directoryEnd = at;
  }
  // Bytes before the zip (a self-extractor's stub) shift every offset in it.
  const shift = directoryEnd - size - offset;
  if (shift < 0 || !Number.isSafeInteger(shift)) throw new ZipError('it is not a readable zip file (its index points past the end of the file)');
  const entries: IndexEntry[] = [];
  let at = offset + shift;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directoryEnd || zip.readUInt32LE(at) !== CENTRAL) throw new ZipError('it is not a readable zip file (its index is damaged)');
    const flags = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    let compressedSize = zip.readUInt32LE(at + 20);
    const size32 = zip.readUInt32LE(at + 24);
    let local = zip.readUInt32LE(at + 42);
    if (at + 46 + nameLength + extraLength > directoryEnd) throw new ZipError('it is not a readable zip file (its index is damaged)');
    // Zip64: the sizes and offset that did not fit in 32 bits, in this order, in extra field 1.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = zip.readUInt16LE(e);
      const length = zip.readUInt16LE(e + 2);
      if (id === 1) {
        let field = e + 4;
        const next = () => {
          if (field + 8 > e + 4 + length) throw new ZipError('it is not a readable zip file (its index is damaged)');
          const value = Number(zip.readBigUInt64LE(field));
          field += 8;
          return value;
        };
        if (size32 === 0xffffffff) next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (local === 0xffffffff) local = next();
      }
      e += 4 + length;
    }
    entries.push({ name: entryName(zip, at + 46, nameLength, flags), method: zip.readUInt16LE(at + 10), flags, compressedSize, offset: local + shift });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readIndexed(zip: Buffer, index: IndexEntry[], wanted: (name: string) => boolean, limits: ZipLimits): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  for (const item of index) {
    if (!wanted(item.name)) continue;
    if (entries.has(item.name)) throw new ZipError(`it holds two parts named ${item.name} (a damaged or altered file: programs would disagree about which is the document), so it was not read`);
    const at = item.offset;
    if (at < 0 || at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) {
      entries.set(item.name, { problem: at + 30 > zip.length ? 'the file ends before it does (cut short?)' : 'the zip index points where there is no such part (a damaged file)' });
      continue;
    }
    const nameLength = zip.readUInt16LE(at + 26);
    const localName = entryName(zip, at + 30, nameLength, zip.readUInt16LE(at + 6));
    if (localName !== item.name) throw new ZipError(`its index names a part ${item.name} where the file holds ${JSON.stringify(localName)} (a damaged or altered file), so it was not read`);
    const dataAt = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    if (dataAt + item.compressedSize > zip.length) {
      entries.set(item.name, { problem: 'the file ends before it does (cut short?)' });
      continue;
    }
    if (item.flags & 1) {
      entries.set(item.name, { problem: 'it is encrypted (a password-protected file), so it could not be unpacked' });
      continue;
    }
    const cap = limits.entryBytes(item.name);
    const room = Math.min(cap, limits.totalBytes - total);
    const data = zip.subarray(dataAt, dataAt + item.compressedSize);
    // undefined: more than `room`.
    let bytes: Buffer | undefined;
    if (item.method === 0) bytes = data.length > room ? undefined : data;
    else if (item.method === 8) {
      try {
        bytes = inflateRawSync(data, { maxOutputLength: room + 1 });
        if (bytes.length > room) bytes = undefined;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') {
          entries.set(item.name, { problem: `it could not be unpacked (${(error as Error).message})` });
          continue;
        }
      }
    } else {
      entries.set(item.name, { problem: `it is stored in a way the auditor cannot unpack (compression method ${item.method})` });
      continue;
    }
    if (bytes === undefined) {
      if (cap >= limits.totalBytes - total) throw new ZipError(`it unpacks to more than ${Math.round(limits.totalBytes / 1024 / 1024)} MB (a damaged file or a zip bomb), so it was not read`);
      entries.set(item.name, { problem: `it unpacks to more than ${Math.round(cap / 1024 / 1024)} MB, so it was not inspected` });
      total += cap;
      continue;
    }
    total += bytes.length;
    entries.set(item.name, { bytes, compression: item.method });
  }
  return entries;
}

function readInOrder(zip: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  const open = new Set<string>();
  let total = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    if (!wanted(file.name)) return;
    if (entries.has(file.name) || open.has(file.name)) throw new ZipError(`it holds two parts named ${file.name} (a damaged or altered file: programs would disagree about which is the document), so it was not read`);
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
