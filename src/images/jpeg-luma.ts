// Decodes the brightness of a JPEG at a reduced scale, for the preview comparison (thumbnail.ts).
//
// sharp costs 1-2 ms a call before it decodes anything (a 100×78 photo took 2.4 ms to shrink and
// grey, a 640×480 one 3.5-4.5 ms against libjpeg's ~1.5 ms), and the comparison makes two calls per
// photo. The comparison needs only the luma (Y) channel at 1/8 to 1/1 of the size, which comes
// straight from the coefficients: each 8×8 block gives n×n averages of its pixels (n = 1, 2, 4 or 8)
// by summing the few coefficients that are not zero, times the average of their cosine over each
// output square — no full inverse DCT, no colour conversion, no chroma upsampling.
//
// Only what cameras and editors write is read here: sequential Huffman-coded 8-bit JPEGs, grey or
// YCbCr, with or without restart markers. Anything else (progressive, arithmetic, 12-bit, CMYK, RGB,
// damaged or cut data) returns undefined and is left to sharp, which decides as before.

export interface LumaPlane {
  /** Brightness 0-255, row by row. */
  data: Uint8Array;
  width: number;
  height: number;
}

/** Natural (row-major) index of the k-th coefficient in zig-zag order. */
const NATURAL = Uint8Array.of(
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36,
  29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
);

class Unsupported extends Error {}

/**
 * For n outputs per block side: `weights[k * n² + o]` is the mean, over output square o, of the pixel
 * values a dequantized coefficient of 1 at natural index k adds (the DCT basis over 8×8, scaled
 * 1/4·C(u)·C(v)); `matters[k]` whether coefficient k changes any of the n×n averages (at n = 1, only DC).
 */
interface Basis {
  weights: Float32Array;
  matters: Uint8Array;
}
const BASES = new Map<number, Basis>();
function basis(n: number): Basis {
  const known = BASES.get(n);
  if (known) return known;
  const side = 8 / n;
  // meanCos[u * n + o]: the mean of C(u)·cos((2x+1)uπ/16) over the pixels x of output o.
  const meanCos = new Float64Array(8 * n);
  for (let u = 0; u < 8; u++) {
    const c = u === 0 ? Math.SQRT1_2 : 1;
    for (let o = 0; o < n; o++) {
      let sum = 0;
      for (let x = o * side; x < (o + 1) * side; x++) sum += Math.cos(((2 * x + 1) * u * Math.PI) / 16);
      const mean = (c * sum) / side;
      meanCos[u * n + o] = Math.abs(mean) < 1e-9 ? 0 : mean;
    }
  }
  const weights = new Float32Array(64 * n * n);
  const matters = new Uint8Array(64);
  for (let v = 0; v < 8; v++) {
    for (let u = 0; u < 8; u++) {
      const k = v * 8 + u;
      for (let oy = 0; oy < n; oy++) {
        for (let ox = 0; ox < n; ox++) {
          const weight = (meanCos[v * n + oy]! * meanCos[u * n + ox]!) / 4;
          weights[k * n * n + oy * n + ox] = weight;
          if (weight !== 0) matters[k] = 1;
        }
      }
    }
  }
  const made = { weights, matters };
  BASES.set(n, made);
  return made;
}

interface Huffman {
  /** Codes of up to LOOKUP bits, indexed by the next LOOKUP bits: (length << 8) | symbol, 0 when longer. */
  fast: Uint16Array;
  /**
   * For AC tables, a symbol and its value bits together, indexed by the next LOOKUP bits: the bits
   * used (0 when the code is longer), the zero run (END_OF_BLOCK, or 16 for sixteen zeros), the value
   * when its bits fit in the lookup, else how many value bits follow.
   */
  acLength: Uint8Array;
  acRun: Uint8Array;
  acValue: Int16Array;
  acMoreBits: Uint8Array;
  /**
   * For stepping over a block's coefficients, one entry per next LOOKUP bits: the bits used (0 when
   * the code is longer) | the step in the block (END_OF_BLOCK, 16, or the run + 1) << 5 | value bits
   * still to skip << 13.
   */
  acSkip: Int32Array;
  /** For longer codes, per length: the largest code (-1 when none) and where its symbols start. */
  maxCode: Int32Array;
  offset: Int32Array;
  symbols: Uint8Array;
}

const LOOKUP = 10;
const LOOKUP_MASK = (1 << LOOKUP) - 1;
const END_OF_BLOCK = 255;

/** The signed value of `size` bits as JPEG codes it (the "extend" step). */
function extend(bits: number, size: number): number {
  return bits < 1 << (size - 1) ? bits - (1 << size) + 1 : bits;
}

function buildHuffman(counts: Uint8Array, symbols: Uint8Array): Huffman {
  const size = 1 << LOOKUP;
  const table: Huffman = {
    fast: new Uint16Array(size),
    acLength: new Uint8Array(size),
    acRun: new Uint8Array(size),
    acValue: new Int16Array(size),
    acMoreBits: new Uint8Array(size),
    acSkip: new Int32Array(size),
    maxCode: new Int32Array(18).fill(-1),
    offset: new Int32Array(18),
    symbols,
  };
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    const count = counts[length - 1]!;
    table.offset[length] = k - code;
    for (let i = 0; i < count; i++, k++, code++) {
      if (length > LOOKUP) continue;
      const symbol = symbols[k]!;
      const run = symbol >> 4;
      const bits = symbol & 15;
      const shift = LOOKUP - length;
      for (let fill = 0; fill < 1 << shift; fill++) {
        const at = (code << shift) | fill;
        table.fast[at] = (length << 8) | symbol;
        if (bits === 0) {
          table.acLength[at] = length;
          table.acRun[at] = run === 15 ? 16 : END_OF_BLOCK;
        } else if (length + bits <= LOOKUP) {
          table.acLength[at] = length + bits;
          table.acRun[at] = run;
          table.acValue[at] = extend((fill >> (shift - bits)) & ((1 << bits) - 1), bits);
        } else {
          table.acLength[at] = length;
          table.acRun[at] = run;
          table.acMoreBits[at] = bits;
        }
        table.acSkip[at] = (length + bits <= LOOKUP ? length + bits : length) | (skipStep(symbol, length + bits <= LOOKUP) << 5);
      }
    }
    if (count) table.maxCode[length] = code - 1;
    if (code > 1 << length) throw new Unsupported('not a prefix code');
    code <<= 1;
  }
  return table;
}

/** The step and value bits left of an AC symbol (see Huffman.acSkip, without its length); `valueRead` when its value bits are counted in the length. */
function skipStep(symbol: number, valueRead: boolean): number {
  const run = symbol >> 4;
  const bits = symbol & 15;
  if (bits === 0) return run === 15 ? 16 : END_OF_BLOCK;
  return (run + 1) | (valueRead ? 0 : bits << 8);
}

/** A code longer than LOOKUP bits, read from the top of `window` (16 bits): (length << 8) | symbol. */
function slowDecode(table: Huffman, window: number): number {
  for (let length = LOOKUP + 1; length <= 16; length++) {
    const code = window >>> (16 - length);
    if (code <= table.maxCode[length]!) return (length << 8) | table.symbols[code + table.offset[length]!]!;
  }
  throw new Unsupported('a Huffman code that is in no table');
}

/**
 * The entropy-coded data of a scan with the 0xFF 0x00 stuffing undone, cut at each restart marker:
 * `intervals[i]` is where interval i starts. Followed by zero bytes, so reading never runs off the
 * end; `length` tells how much is real. Undefined when the markers are not the expected sequence.
 */
function unstuff(bytes: Uint8Array, start: number): { data: Uint8Array; length: number; intervals: number[] } | undefined {
  const data = new Uint8Array(bytes.length - start + 8);
  const intervals = [0];
  let length = 0;
  let from = start;
  for (;;) {
    const at = bytes.indexOf(0xff, from);
    const end = at < 0 || at + 1 >= bytes.length ? bytes.length : at;
    data.set(bytes.subarray(from, end), length);
    length += end - from;
    if (end === bytes.length) break;
    const next = bytes[at + 1]!;
    if (next === 0) {
      data[length++] = 0xff;
      from = at + 2;
    } else if (next >= 0xd0 && next <= 0xd7) {
      if (next !== 0xd0 + ((intervals.length - 1) & 7)) return undefined;
      intervals.push(length);
      from = at + 2;
    } else if (next === 0xff) from = at + 1; // fill bytes before a marker
    else break;
  }
  return { data, length, intervals };
}

/**
 * Reads the blocks of one scan; state lives in fields between blocks and in locals inside one. The
 * refill of the bit buffer (two bytes when fewer than 16 bits are left) is written out where it is
 * needed rather than called: it runs once every few coefficients, millions of times a photo.
 */
class BlockReader {
  acc = 0;
  count = 0;
  pos = 0;

  constructor(private readonly data: Uint8Array) {}

  startAt(pos: number): void {
    this.pos = pos;
    this.acc = 0;
    this.count = 0;
  }

  /** Bits read so far beyond `length` real bytes (reading into the zero padding means cut data). */
  overran(length: number): boolean {
    return this.pos * 8 - this.count > length * 8;
  }

  /**
   * Decodes one block. Its DC difference is returned; with `out`, the block's n×n averages go there
   * (`basis` and `dequantized` as in decodeScan), without it the AC coefficients are only stepped over.
   */
  block(dc: Huffman, ac: Huffman, out: Float32Array | undefined, base: Float32Array, nn: number, dequantized: Float32Array, matters: Uint8Array): number {
    const data = this.data;
    let acc = this.acc;
    let count = this.count;
    let pos = this.pos;
    if (count < 16) {
      acc = (acc << 16) | (data[pos]! << 8) | data[pos + 1]!;
      pos += 2;
      count += 16;
    }
    let entry = dc.fast[(acc >>> (count - LOOKUP)) & LOOKUP_MASK]!;
    if (entry === 0) entry = slowDecode(dc, (acc >>> (count - 16)) & 0xffff);
    count -= entry >> 8;
    const size = entry & 0xff;
    let difference = 0;
    const { acLength, acRun, acValue, acMoreBits } = ac;
    if (size) {
      if (size > 11) throw new Unsupported('a DC difference too large');
      if (count < 16) {
        acc = (acc << 16) | (data[pos]! << 8) | data[pos + 1]!;
        pos += 2;
        count += 16;
      }
      count -= size;
      difference = extend((acc >>> count) & ((1 << size) - 1), size);
    }
    if (!out) {
      const acSkip = ac.acSkip;
      for (let k = 1; k < 64; ) {
        if (count < 16) {
          acc = (acc << 16) | (data[pos]! << 8) | data[pos + 1]!;
          pos += 2;
          count += 16;
        }
        let entry = acSkip[(acc >>> (count - LOOKUP)) & LOOKUP_MASK]!;
        if (entry === 0) {
          const slow = slowDecode(ac, (acc >>> (count - 16)) & 0xffff);
          entry = (slow >> 8) | (skipStep(slow & 0xff, false) << 5);
        }
        count -= entry & 31;
        const step = (entry >> 5) & 0xff;
        if (step === END_OF_BLOCK) break;
        const more = entry >> 13;
        if (more) {
          if (count < 16) {
            acc = (acc << 16) | (data[pos]! << 8) | data[pos + 1]!;
            pos += 2;
            count += 16;
          }
          count -= more;
        }
        k += step;
        if (k > 64) throw new Unsupported('a coefficient past the block');
      }
      this.acc = acc;
      this.count = count;
      this.pos = pos;
      return difference;
    }
    for (let k = 1; k < 64; ) {
      if (count < 16) {
        acc = (acc << 16) | (data[pos]! << 8) | data[pos + 1]!;
        pos += 2;
        count += 16;
      }
      const look = (acc >>> (count - LOOKUP)) & LOOKUP_MASK;
      let length = acLength[look]!;
      let run: number;
      let value = 0;
      let more = 0;
      if (length) {
        run = acRun[look]!;
        value = acValue[look]!;
        more = acMoreBits[look]!;
      } else {
        const slow = slowDecode(ac, (acc >>> (count - 16)) & 0xffff);
        length = slow >> 8;
        const symbol = slow & 0xff;
        more = symbol & 15;
        run = more ? symbol >> 4 : symbol >> 4 === 15 ? 16 : END_OF_BLOCK;
      }
      count -= length;
      if (run === END_OF_BLOCK) break;
      if (run === 16) {
        k += 16;
        continue;
      }
      if (more) {
        if (count < 16) {
          acc = (acc << 16) | (data[pos]! << 8) | data[pos + 1]!;
          pos += 2;
          count += 16;
        }
        count -= more;
        value = out ? extend((acc >>> count) & ((1 << more) - 1), more) : 1;
      }
      k += run;
      if (k > 63) throw new Unsupported('a coefficient past the block');
      if (out) {
        const natural = NATURAL[k]!;
        if (matters[natural]) {
          const scaled = value * dequantized[natural]!;
          const row = natural * nn;
          for (let o = 0; o < nn; o++) out[o] = out[o]! + scaled * base[row + o]!;
        }
      }
      k++;
    }
    this.acc = acc;
    this.count = count;
    this.pos = pos;
    return difference;
  }
}

interface Component {
  id: number;
  h: number;
  v: number;
  quant: number;
}

/**
 * The luma of a JPEG, decoded at the smallest of 1/8, 1/4, 1/2 or full scale whose long side is at
 * least `minLongSide` (or full scale), or undefined for a JPEG this decoder leaves to sharp.
 */
export function decodeLuma(bytes: Uint8Array, minLongSide: number): LumaPlane | undefined {
  try {
    return decode(bytes, minLongSide);
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError || error instanceof TypeError) return undefined;
    throw error;
  }
}

function decode(bytes: Uint8Array, minLongSide: number): LumaPlane | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const quant: (Float32Array | undefined)[] = [];
  const dcTables: (Huffman | undefined)[] = [];
  const acTables: (Huffman | undefined)[] = [];
  let frame: { width: number; height: number; components: Component[] } | undefined;
  let restartInterval = 0;
  let adobeTransform: number | undefined;
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) return undefined;
    const marker = bytes[pos + 1]!;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    if (marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) return undefined;
    const length = view.getUint16(pos + 2);
    const at = pos + 4;
    const end = pos + 2 + length;
    if (length < 2 || end > bytes.length) return undefined;
    if (marker === 0xdb) {
      for (let p = at; p < end; ) {
        const precision = bytes[p]! >> 4;
        const id = bytes[p]! & 15;
        if (id > 3 || precision > 1) return undefined;
        const table = new Float32Array(64);
        for (let k = 0; k < 64; k++) table[NATURAL[k]!] = precision ? view.getUint16(p + 1 + 2 * k) : bytes[p + 1 + k]!;
        quant[id] = table;
        p += 1 + (precision ? 128 : 64);
      }
    } else if (marker === 0xc4) {
      for (let p = at; p < end; ) {
        const kind = bytes[p]! >> 4;
        const id = bytes[p]! & 15;
        if (kind > 1 || id > 3) return undefined;
        const counts = bytes.subarray(p + 1, p + 17);
        let total = 0;
        for (const count of counts) total += count;
        if (total > 256 || p + 17 + total > end) return undefined;
        const table = buildHuffman(counts, bytes.subarray(p + 17, p + 17 + total));
        (kind === 0 ? dcTables : acTables)[id] = table;
        p += 17 + total;
      }
    } else if (marker === 0xc0 || marker === 0xc1) {
      if (frame || bytes[at] !== 8) return undefined;
      const height = view.getUint16(at + 1);
      const width = view.getUint16(at + 3);
      const count = bytes[at + 5]!;
      if (!width || !height || (count !== 1 && count !== 3) || length !== 8 + 3 * count) return undefined;
      const components: Component[] = [];
      for (let c = 0; c < count; c++) {
        const sampling = bytes[at + 7 + 3 * c]!;
        const component = { id: bytes[at + 6 + 3 * c]!, h: sampling >> 4, v: sampling & 15, quant: bytes[at + 8 + 3 * c]! };
        if (component.h < 1 || component.h > 4 || component.v < 1 || component.v > 4 || component.quant > 3) return undefined;
        components.push(component);
      }
      frame = { width, height, components };
    } else if ((marker >= 0xc2 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) || marker === 0xdc) {
      return undefined; // progressive, lossless, arithmetic, hierarchical, or a line count set later
    } else if (marker === 0xdd) {
      restartInterval = view.getUint16(at);
    } else if (marker === 0xee && length >= 14) {
      if (String.fromCharCode(...bytes.subarray(at, at + 5)) === 'Adobe') adobeTransform = bytes[at + 11];
    } else if (marker === 0xda) {
      if (!frame) return undefined;
      return decodeScan(bytes, at, end, frame, { quant, dcTables, acTables, restartInterval, adobeTransform }, minLongSide);
    }
    pos = end;
  }
  return undefined;
}

interface Tables {
  quant: (Float32Array | undefined)[];
  dcTables: (Huffman | undefined)[];
  acTables: (Huffman | undefined)[];
  restartInterval: number;
  adobeTransform: number | undefined;
}

function decodeScan(
  bytes: Uint8Array,
  at: number,
  dataStart: number,
  frame: { width: number; height: number; components: Component[] },
  tables: Tables,
  minLongSide: number,
): LumaPlane | undefined {
  const { components, width, height } = frame;
  const luma = components[0]!;
  if (components.length === 3) {
    // RGB stored as is: the first component is red, not luma.
    if (tables.adobeTransform === 0) return undefined;
    if (tables.adobeTransform === undefined && components[0]!.id === 0x52 && components[1]!.id === 0x47 && components[2]!.id === 0x42) return undefined;
  }
  const hMax = Math.max(...components.map((c) => c.h));
  const vMax = Math.max(...components.map((c) => c.v));
  if (luma.h !== hMax || luma.v !== vMax) return undefined; // luma stored at less than full size
  const count = bytes[at]!;
  if (count < 1 || count > components.length) return undefined;
  const inScan: { component: Component; dc: Huffman; ac: Huffman; isLuma: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    const id = bytes[at + 1 + 2 * i]!;
    const selectors = bytes[at + 2 + 2 * i]!;
    const component = components.find((c) => c.id === id);
    const dc = tables.dcTables[selectors >> 4];
    const ac = tables.acTables[selectors & 15];
    if (!component || !dc || !ac) return undefined;
    inScan.push({ component, dc, ac, isLuma: component === luma });
  }
  // Baseline data starts with the luma scan (interleaved or alone); anything else is left to sharp.
  if (!inScan.some((c) => c.isLuma)) return undefined;
  if (bytes[at + 1 + 2 * count] !== 0 || bytes[at + 2 + 2 * count] !== 63 || bytes[at + 3 + 2 * count] !== 0) return undefined;
  const q = tables.quant[luma.quant];
  if (!q) return undefined;

  let n = 8;
  for (const candidate of [1, 2, 4]) {
    if (Math.ceil((Math.max(width, height) * candidate) / 8) >= minLongSide) {
      n = candidate;
      break;
    }
  }
  const interleaved = count > 1;
  const mcuColumns = interleaved ? Math.ceil(width / (8 * hMax)) : Math.ceil(width / 8);
  const mcuRows = interleaved ? Math.ceil(height / (8 * vMax)) : Math.ceil(height / 8);
  const blockColumns = interleaved ? mcuColumns * luma.h : mcuColumns;
  const blockRows = interleaved ? mcuRows * luma.v : mcuRows;
  const scan = unstuff(bytes, dataStart);
  if (!scan) return undefined;
  // Every block takes at least two bits (its DC code and an end of block or a coefficient): a frame
  // declaring more blocks than the data can hold is cut short, or a decompression bomb.
  const blocksPerMcu = interleaved ? inScan.reduce((sum, c) => sum + c.component.h * c.component.v, 0) : 1;
  if (mcuColumns * mcuRows * blocksPerMcu * 2 > scan.length * 8) return undefined;
  const stride = blockColumns * n;
  const plane = new Float32Array(stride * blockRows * n);
  const { weights: base, matters } = basis(n);
  const nn = n * n;
  const dequantized = q;
  const block = new Float32Array(nn);

  const reader = new BlockReader(scan.data);
  const predictions = new Int32Array(inScan.length);
  const totalMcus = mcuColumns * mcuRows;
  const interval = tables.restartInterval;
  // Restart markers missing, more than the interval makes, or where none were declared: left to libjpeg's recovery.
  if (scan.intervals.length !== (interval ? Math.ceil(totalMcus / interval) : 1)) return undefined;
  for (let mcu = 0; mcu < totalMcus; mcu++) {
    if (interval && mcu > 0 && mcu % interval === 0) {
      const next = mcu / interval;
      if (reader.overran(scan.intervals[next]!)) return undefined; // an interval cut short
      reader.startAt(scan.intervals[next]!);
      predictions.fill(0);
    }
    const mcuX = mcu % mcuColumns;
    const mcuY = (mcu - mcuX) / mcuColumns;
    for (let c = 0; c < inScan.length; c++) {
      const { component, dc, ac, isLuma } = inScan[c]!;
      const across = interleaved ? component.h : 1;
      const down = interleaved ? component.v : 1;
      for (let by = 0; by < down; by++) {
        for (let bx = 0; bx < across; bx++) {
          if (!isLuma) {
            predictions[c] = predictions[c]! + reader.block(dc, ac, undefined, base, nn, dequantized, matters);
            continue;
          }
          // At 1/8 scale a block's average is its DC alone: its AC coefficients are only stepped over.
          const withAc = n > 1 ? block : undefined;
          if (withAc) withAc.fill(0);
          predictions[c] = predictions[c]! + reader.block(dc, ac, withAc, base, nn, dequantized, matters);
          const dcValue = predictions[c]! * dequantized[0]!;
          const left = (mcuX * across + bx) * n;
          const top = (mcuY * down + by) * n;
          for (let oy = 0; oy < n; oy++) {
            const rowAt = (top + oy) * stride + left;
            for (let ox = 0; ox < n; ox++) plane[rowAt + ox] = 128 + dcValue * base[oy * n + ox]! + (withAc ? withAc[oy * n + ox]! : 0);
          }
        }
      }
    }
  }
  if (reader.overran(scan.length)) return undefined; // cut short: sharp decides what the picture shows

  const outWidth = Math.ceil((width * n) / 8);
  const outHeight = Math.ceil((height * n) / 8);
  const data = new Uint8Array(outWidth * outHeight);
  for (let y = 0; y < outHeight; y++) {
    for (let x = 0; x < outWidth; x++) {
      const value = plane[y * stride + x]!;
      data[y * outWidth + x] = value <= 0 ? 0 : value >= 255 ? 255 : Math.round(value);
    }
  }
  return { data, width: outWidth, height: outHeight };
}
