// The pixel check's structural proofs (a file with no metadata must still be a picture): what they
// accept must decode, and a cut or damaged file must never be accepted — it goes on to the decoder,
// which reports it. Each case is checked both ways: the proof on its own, and the reader's verdict.
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegLooksSound } from '../../src/images/jpeg-check.js';
import { readImageMetadata } from '../../src/images/read.js';
import { insertSegment } from './build.js';
import { tempFolder } from '../helpers/temp-folder.js';

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
