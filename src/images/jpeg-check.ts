// A cheap structural check of a JPEG with no metadata, so most such files need no decode: the
// tables and frame header before the image data must be well formed and refer to each other, and
// the file must end with its end-of-image marker. Answers 'sound' or 'doubtful' (then decode).
import { open } from 'node:fs/promises';

const HEAD = 64 * 1024;
const TAIL = 64;

export async function jpegLooksSound(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size < 128) return false;
    const head = Buffer.alloc(Math.min(HEAD, size));
    await handle.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(TAIL, size));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return endsWithEoi(tail) && headerSound(head);
  } finally {
    await handle.close();
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
export function headerSound(head: Buffer): boolean {
  if (head[0] !== 0xff || head[1] !== 0xd8) return false;
  const quant = new Set<number>();
  const huffman = new Set<string>();
  let components: Map<number, number> | undefined; // id → quantisation table
  let baseline = false;
  let pos = 2;
  while (pos + 4 <= head.length) {
    if (head[pos] !== 0xff) return false;
    const marker = head[pos + 1]!;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    const length = head.readUInt16BE(pos + 2);
    if (length < 2 || pos + 2 + length > head.length) return false;
    const data = head.subarray(pos + 4, pos + 2 + length);
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
    } else if (!(marker >= 0xe0 && marker <= 0xef) && marker !== 0xfe) {
      return false; // a marker a decoder refuses ("Unsupported marker type"), or one out of place
    }
    pos += 2 + length;
  }
  return false;
}
