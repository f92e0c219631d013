// The pixel check's structural proofs (a file with no metadata must still be a picture): what they
// accept must decode, and a cut or damaged file must never be accepted — it goes on to the decoder,
// which reports it. Each case is checked both ways: the proof on its own, and the reader's verdict.
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { jpegLooksSound } from '../../src/images/jpeg-check.js';
import { openInMemory } from '../../src/images/bytes.js';
import { pngLooksSound } from '../../src/images/png-check.js';
import { readImageMetadata } from '../../src/images/read.js';
import { insertSegment } from './build.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { hasSharedFixtures, sharedPath, sharedSkipReason } from '../helpers/shared.js';

const { dir, put } = tempFolder('pixels');
const decodes = (file: string) => sharp(file, { failOn: 'error' }).raw().toBuffer().then(() => true, () => false);

async function noisy(width: number, height: number, channels: 3 | 4 = 3): Promise<Sharp> {
  return sharp({ create: { width, height, channels, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } });
}

describe('JPEG structure', () => {
  it('tables after more than 64 KB of APPn segments (a large ICC profile) are still walked', async () => {
    const base = await (await noisy(200, 150)).jpeg().toBuffer();
    // Two APP2 segments of 60 KB each: the frame and tables start past the first 64 KB.
    const big = insertSegment(insertSegment(base, 0xe2, Buffer.alloc(60_000, 7)), 0xe2, Buffer.alloc(60_000, 9));
    const file = put('big-app.jpg', big);
    expect(await decodes(file)).toBe(true);
    expect(await jpegLooksSound(file)).toBe(true);
    expect((await readImageMetadata(file)).error).toBeUndefined();
  });

  it('the same file cut inside its image data, or inside the APPn segments, is not sound and reads as damaged', async () => {
    const base = await (await noisy(200, 150)).jpeg().toBuffer();
    const big = insertSegment(insertSegment(base, 0xe2, Buffer.alloc(60_000, 7)), 0xe2, Buffer.alloc(60_000, 9));
    for (const at of [big.length - 200, 120_500, 70_000]) {
      const file = put(`big-app-cut-${at}.jpg`, big.subarray(0, at));
      expect(await jpegLooksSound(file), `cut at ${at}`).toBe(false);
      expect((await readImageMetadata(file)).error, `cut at ${at}`).toMatch(/damaged/);
    }
  });

  it('a CMYK JPEG with no metadata is sound by its structure', async () => {
    const cmyk = await (await noisy(64, 48)).toColourspace('cmyk').jpeg().toBuffer();
    const file = put('cmyk.jpg', cmyk);
    expect(await jpegLooksSound(file)).toBe(true);
    expect((await readImageMetadata(file)).error).toBeUndefined();
  });
});

describe('TIFF structure', () => {
  /** An uncompressed TIFF by sharp, with values of its first directory's SHORT or LONG tags rewritten. */
  async function tiffWith(rewrite: Record<number, number>): Promise<Buffer> {
    const tiff = Buffer.from(await (await noisy(40, 30)).tiff({ compression: 'none' }).toBuffer());
    const little = tiff.toString('latin1', 0, 2) === 'II';
    const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
    const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
    const ifd = u32(4);
    for (let i = 0; i < u16(ifd); i++) {
      const entry = ifd + 2 + i * 12;
      const value = rewrite[u16(entry)];
      if (value === undefined) continue;
      const width = u16(entry + 2) === 3 ? 2 : 4;
      const count = u32(entry + 4);
      const at = count * width <= 4 ? entry + 8 : u32(entry + 8);
      for (let k = 0; k < count; k++) {
        if (width === 2) little ? tiff.writeUInt16LE(value, at + k * 2) : tiff.writeUInt16BE(value, at + k * 2);
        else little ? tiff.writeUInt32LE(value, at + k * 4) : tiff.writeUInt32BE(value, at + k * 4);
      }
    }
    return tiff;
  }

  it('a whole TIFF with no metadata whose samples the decoder does not take (12-bit) is sound by its structure, not damaged', async () => {
    const file = put('twelve-bit.tif', await tiffWith({ 258: 12 }));
    expect(await decodes(file)).toBe(false);
    expect((await readImageMetadata(file)).error).toBeUndefined();
  });

  it('such a TIFF whose strips run past its end, cut short, or random bytes behind a TIFF header, reads as damaged', async () => {
    const past = put('strips-past-end.tif', await tiffWith({ 258: 12, 279: 1_000_000 }));
    expect((await readImageMetadata(past)).error).toMatch(/damaged/);
    const whole = await tiffWith({});
    expect((await readImageMetadata(put('cut.tif', whole.subarray(0, whole.length - 500)))).error).toBeDefined();
    const junk = Buffer.concat([Buffer.from('II*\0'), Buffer.alloc(4, 0xff), Buffer.alloc(400, 0x41)]);
    expect((await readImageMetadata(put('junk.tif', junk))).error).toBeDefined();
  });
});

describe.skipIf(!(zlib as { crc32?: unknown }).crc32)('PNG structure (every chunk\'s CRC, the header, IEND last)', () => {
  const soundPng = (bytes: Buffer) => pngLooksSound({ size: bytes.length, head: bytes.subarray(0, 64 * 1024), handle: openInMemory(bytes) });
  /** The chunks of a PNG: type, where its data starts, and its length. */
  const chunksOf = (png: Buffer) => {
    const chunks: { type: string; data: number; length: number }[] = [];
    for (let pos = 8; pos < png.length; ) {
      const length = png.readUInt32BE(pos);
      chunks.push({ type: png.toString('latin1', pos + 4, pos + 8), data: pos + 8, length });
      pos += 12 + length;
    }
    return chunks;
  };
  /** A chunk with its CRC, as an encoder writes it. */
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE((zlib as unknown as { crc32: (d: Buffer) => number }).crc32(Buffer.concat([head.subarray(4), data])) >>> 0);
    return Buffer.concat([head, data, crc]);
  };
  /** The PNG with `extra` put just before its IEND chunk. */
  const beforeEnd = (png: Buffer, extra: Buffer) => Buffer.concat([png.subarray(0, png.length - 12), extra, png.subarray(png.length - 12)]);

  it('a screenshot-sized PNG with no metadata (several MB, many IDAT chunks, read in blocks) is sound and decodes; so are a palette PNG and a 16-bit one', async () => {
    const big = await (await noisy(1600, 900)).png({ compressionLevel: 1 }).toBuffer();
    expect(big.length).toBeGreaterThan(2 << 20);
    const palette = await (await noisy(64, 48)).png({ palette: true }).toBuffer();
    const deep = await (await noisy(64, 48)).toColourspace('rgb16').png().toBuffer();
    for (const [name, png] of [['big.png', big], ['palette.png', palette], ['deep.png', deep]] as const) {
      const file = put(name, png);
      expect(await decodes(file), name).toBe(true);
      expect(await soundPng(png), name).toBe(true);
      expect((await readImageMetadata(file)).error, name).toBeUndefined();
    }
  });

  it('cut anywhere, a flipped byte in the compressed pixels, a wrong CRC, bytes after IEND: not sound, so the decoder judges', async () => {
    const png = await (await noisy(300, 200)).png().toBuffer();
    const idat = chunksOf(png).find((c) => c.type === 'IDAT')!;
    const flipped = Buffer.from(png);
    flipped[idat.data + Math.floor(idat.length / 2)]! ^= 0x10;
    const badCrc = Buffer.from(png);
    badCrc[png.length - 1]! ^= 1; // IEND's CRC
    const cases: Record<string, Buffer> = {
      'cut in the pixels': png.subarray(0, idat.data + 100),
      'cut before IEND': png.subarray(0, png.length - 12),
      'cut inside IEND': png.subarray(0, png.length - 2),
      'a flipped byte in IDAT': flipped,
      'a wrong CRC': badCrc,
      'bytes after IEND': Buffer.concat([png, Buffer.from('trailing')]),
      'no signature': Buffer.concat([Buffer.from('not a png'), png.subarray(9)]),
    };
    for (const [what, bytes] of Object.entries(cases)) expect(await soundPng(bytes), what).toBe(false);
    // A cut file is still reported damaged: the decoder is asked and fails.
    expect((await readImageMetadata(put('cut-pixels.png', cases['cut in the pixels']!))).error).toMatch(/damaged/);
  });

  it('a header a decoder refuses, an unknown critical chunk, a palette picture with no palette, or a chunk after IDAT then IDAT again: not sound', async () => {
    const png = await (await noisy(40, 30)).png().toBuffer();
    const grey = await (await noisy(40, 30)).toColourspace('b-w').png().toBuffer();
    expect(grey[25]).toBe(0); // colour type 0: grey
    const withIhdr = (edit: (ihdr: Buffer) => void) => {
      const ihdr = Buffer.from(png.subarray(16, 29));
      edit(ihdr);
      return Buffer.concat([png.subarray(0, 8), chunk('IHDR', ihdr), png.subarray(33)]);
    };
    const idat = chunksOf(png).filter((c) => c.type === 'IDAT');
    const lastIdatEnd = idat.at(-1)!.data + idat.at(-1)!.length + 4;
    const cases: Record<string, Buffer> = {
      'bit depth 3': withIhdr((h) => (h[8] = 3)),
      'colour type 5': withIhdr((h) => (h[9] = 5)),
      'zero width': withIhdr((h) => h.writeUInt32BE(0, 0)),
      'interlace method 2': withIhdr((h) => (h[12] = 2)),
      'palette type, no PLTE': withIhdr((h) => {
        h[8] = 8;
        h[9] = 3;
      }),
      'an unknown critical chunk': beforeEnd(png, chunk('ZZZZ', Buffer.from('x'))),
      'a palette in a grey picture': Buffer.concat([grey.subarray(0, 33), chunk('PLTE', Buffer.alloc(6)), grey.subarray(33)]),
      'IDAT split by another chunk': Buffer.concat([png.subarray(0, lastIdatEnd), chunk('tEXt', Buffer.from('a\0b')), chunk('IDAT', Buffer.alloc(4)), png.subarray(lastIdatEnd)]),
    };
    // The header edits keep their CRC right: what refuses them is the check of the values.
    for (const [what, bytes] of Object.entries(cases)) expect(await soundPng(bytes), what).toBe(false);
    // The untouched file, and one with an ancillary chunk of its own: sound.
    expect(await soundPng(png)).toBe(true);
    expect(await soundPng(grey)).toBe(true);
    expect(await soundPng(beforeEnd(png, chunk('zzZz', Buffer.from('private'))))).toBe(true);
  });

  it.skipIf(!hasSharedFixtures)(`every shared PNG it calls sound decodes (${sharedSkipReason})`, async () => {
    const folder = sharedPath('images', 'exifr', 'png');
    let sound = 0;
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.png'))) {
      const file = path.join(folder, name);
      const bytes = readFileSync(file);
      if (!(await soundPng(bytes))) continue;
      sound++;
      expect(await decodes(file), name).toBe(true);
    }
    expect(sound).toBeGreaterThan(0);
  });
});
