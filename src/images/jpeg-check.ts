// A cheap structural check of a JPEG with no metadata, so most such files need no decode: the
// tables and frame header before the image data must be well formed and refer to each other, and
// the file must end with its end-of-image marker. Answers 'sound' or 'doubtful' (then decode).
import { open } from 'node:fs/promises';
import { CorruptFile, HEAD_BYTES, SparseFile, withBytes, type ByteView, type ReadAt } from './bytes.js';

const TAIL = 64;

/** The file by name, or as the reader already has it open (no second open, stat or head read). */
export async function jpegLooksSound(source: string | { size: number; head: Buffer; handle: ReadAt }): Promise<boolean> {
  if (typeof source !== 'string') return looksSound(source.size, source.head, source.handle);
  const handle = await open(source, 'r');
  try {
    const size = (await handle.stat()).size;
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    return await looksSound(size, head, handle);
  } finally {
    await handle.close();
  }
}

async function looksSound(size: number, head: Buffer, handle: ReadAt): Promise<boolean> {
  if (size < 128 || head.length === 0) return false;
  let tail: Buffer;
  if (size <= head.length) tail = head.subarray(Math.max(0, size - TAIL), size);
  else {
    tail = Buffer.alloc(Math.min(TAIL, size));
    await handle.read(tail, 0, tail.length, size - tail.length);
  }
  if (!endsWithEoi(tail)) return false;
  // The tables sit after the APPn segments, which may run far past the head (a large ICC profile):
  // those are skipped by their lengths, and only the few bytes of the tables are read.
  try {
    return await withBytes(handle, new SparseFile(size, head), headerSound);
  } catch (error) {
    if (error instanceof CorruptFile) return false;
    throw error;
  }
}

function endsWithEoi(tail: Buffer): boolean {
  for (let i = tail.length - 2; i >= 0; i--) {
    if (tail[i] === 0xff && tail[i + 1] === 0xd9) return tail.subarray(i + 2).every((b) => b === 0 || b === 0xff || b === 0x0a || b === 0x0d);
  }
  return false;
}

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Walks the segments up to SOS; false at the first thing that is not well formed. */
export function headerSound(file: ByteView): boolean {
  if (file.size < 4) return false;
  const start = file.get(0, 2);
  if (start[0] !== 0xff || start[1] !== 0xd8) return false;
  const quant = new Set<number>();
  const huffman = new Set<string>();
  let components: Map<number, number> | undefined; // id → quantisation table
  let baseline = false;
  let pos = 2;
  while (pos + 4 <= file.size) {
    const header = file.get(pos, 4);
    if (header[0] !== 0xff) return false;
    const marker = header[1]!;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    const length = header.readUInt16BE(2);
    if (length < 2 || pos + 2 + length > file.size) return false;
    if ((marker >= 0xe0 && marker <= 0xef) || marker === 0xfe) {
      pos += 2 + length; // APPn and comments: their content does not matter here
      continue;
    }
    const data = file.get(pos + 4, length - 2);
    if (SOF.has(marker)) {
      if (components || marker >= 0xc9 /* arithmetic coding: rare, let the decoder judge */) return false;
      const count = data[5]!;
      if (data.length !== 6 + 3 * count || count < 1 || count > 4 || data[0] !== 8) return false;
      if (data.readUInt16BE(1) === 0 || data.readUInt16BE(3) === 0) return false;
      components = new Map();
      for (let c = 0; c < count; c++) {
        const id = data[6 + 3 * c]!;
        const sampling = data[7 + 3 * c]!;
        const table = data[8 + 3 * c]!;
        if (components.has(id) || sampling >> 4 < 1 || sampling >> 4 > 4 || (sampling & 15) < 1 || (sampling & 15) > 4 || table > 3) return false;
        components.set(id, table);
      }
      baseline = marker === 0xc0 || marker === 0xc1;
    } else if (marker === 0xc4) {
      let at = 0;
      while (at < data.length) {
        if (at + 17 > data.length) return false;
        const kind = data[at]! >> 4;
        const id = data[at]! & 15;
        if (kind > 1 || id > 3) return false;
        let symbols = 0;
        let code = 0;
        for (let bits = 1; bits <= 16; bits++) {
          symbols += data[at + bits]!;
          code += data[at + bits]!;
          if (code >= 1 << bits) return false; // not a prefix code (libjpeg: "Bogus Huffman table")
          code <<= 1;
        }
        if (symbols > 256 || at + 17 + symbols > data.length) return false;
        if (kind === 0 && data.subarray(at + 17, at + 17 + symbols).some((symbol) => symbol > 15)) return false;
        huffman.add(`${kind}:${id}`);
        at += 17 + symbols;
      }
    } else if (marker === 0xdb) {
      let at = 0;
      while (at < data.length) {
        const precision = data[at]! >> 4;
        const id = data[at]! & 15;
        if (precision > 1 || id > 3 || at + 1 + (precision ? 128 : 64) > data.length) return false;
        quant.add(id);
        at += 1 + (precision ? 128 : 64);
      }
    } else if (marker === 0xda) {
      if (!components) return false;
      const count = data[0]!;
      if (count < 1 || count > 4 || data.length !== 4 + 2 * count) return false;
      for (let c = 0; c < count; c++) {
        const id = data[1 + 2 * c]!;
        const tables = data[2 + 2 * c]!;
        if (!components.has(id) || !quant.has(components.get(id)!)) return false;
        if (!huffman.has(`0:${tables >> 4}`) || !huffman.has(`1:${tables & 15}`)) return false; // no tables: Motion JPEG, let the decoder judge
      }
      const [ss, se, approx] = [data[1 + 2 * count]!, data[2 + 2 * count]!, data[3 + 2 * count]!];
      if (baseline && (ss !== 0 || se !== 63 || approx !== 0)) return false;
      return se <= 63 && ss <= se;
    } else if (marker === 0xdd) {
      if (length !== 4) return false;
    } else {
      return false; // a marker a decoder refuses ("Unsupported marker type"), or one out of place
    }
    pos += 2 + length;
  }
  return false;
}
