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
