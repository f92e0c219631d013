// The preview comparison's own JPEG decoder (src/images/jpeg-luma.ts) against sharp's libjpeg: the
// same luma at full size, exact box averages at reduced sizes, and undefined (sharp decides) for
// every JPEG it does not read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeLuma, type LumaPlane } from '../../src/images/jpeg-luma.js';
import { hasSharedFixtures, sharedPath, sharedSkipReason } from '../helpers/shared.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'jpeg', name));

async function noise(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 120, sigma: 60 } } }).png().toBuffer();
}

/** Luma as sharp's libjpeg decodes it (RGB turned back to Y with JPEG's own weights). */
async function sharpLuma(jpeg: Buffer): Promise<LumaPlane> {
  const { data, info } = await sharp(jpeg, { ignoreIcc: true }).raw().toBuffer({ resolveWithObject: true });
  const out = new Uint8Array(info.width * info.height);
  for (let i = 0; i < out.length; i++) {
    const p = i * info.channels;
    out[i] = info.channels >= 3 ? Math.round(0.299 * data[p]! + 0.587 * data[p + 1]! + 0.114 * data[p + 2]!) : data[p]!;
  }
  return { data: out, width: info.width, height: info.height };
}

function meanDifference(a: LumaPlane, b: LumaPlane): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i]! - b.data[i]!);
  return sum / a.data.length;
}

/** The reduced decode against box averages of the full one (blocks wholly inside the picture). */
function scaledError(full: LumaPlane, scaled: LumaPlane, n: number): number {
  const step = 8 / n;
  let error = 0;
  let count = 0;
  for (let y = 0; y < Math.floor(full.height / step); y++) {
    for (let x = 0; x < Math.floor(full.width / step); x++) {
      let sum = 0;
      for (let dy = 0; dy < step; dy++) for (let dx = 0; dx < step; dx++) sum += full.data[(y * step + dy) * full.width + x * step + dx]!;
      error += Math.abs(sum / step / step - scaled.data[y * scaled.width + x]!);
      count++;
    }
  }
  return error / count;
}

async function expectLikeSharp(jpeg: Buffer): Promise<void> {
  const full = decodeLuma(jpeg, Number.MAX_SAFE_INTEGER)!;
  expect(full, 'decoded here').toBeDefined();
  expect(meanDifference(full, await sharpLuma(jpeg))).toBeLessThan(1);
  const long = Math.max(full.width, full.height);
  for (const n of [1, 2, 4]) {
    const scaled = decodeLuma(jpeg, Math.ceil((long * n) / 8))!;
    expect([scaled.width, scaled.height]).toEqual([Math.ceil((full.width * n) / 8), Math.ceil((full.height * n) / 8)]);
    expect(scaledError(full, scaled, n)).toBeLessThan(1);
  }
}

describe('decodeLuma reads what sharp reads', () => {
  it.each([
    ['4:2:0', { chromaSubsampling: '4:2:0' }],
    ['4:4:4', { chromaSubsampling: '4:4:4' }],
    ['optimised Huffman tables', { optimiseCoding: true }],
    ['high quality (long codes and large values)', { quality: 100, chromaSubsampling: '4:4:4' }],
  ] as const)('%s', async (_, options) => {
    await expectLikeSharp(await sharp(await noise(203, 117)).jpeg({ progressive: false, ...options }).toBuffer());
  });

  it('a grey JPEG', async () => {
    await expectLikeSharp(await sharp(await noise(64, 80)).greyscale().jpeg().toBuffer());
  });

  it('restart markers every 3 MCUs (4:2:0) and every MCU row (4:2:2)', async () => {
    await expectLikeSharp(fixture('restart-every-3-blocks.jpg'));
    await expectLikeSharp(fixture('restart-every-row-422.jpg'));
  });

  it('picks the smallest scale whose long side reaches the size asked for', async () => {
    const jpeg = await sharp(await noise(640, 480)).jpeg().toBuffer();
    expect(decodeLuma(jpeg, 64)).toMatchObject({ width: 80, height: 60 });
    expect(decodeLuma(jpeg, 81)).toMatchObject({ width: 160, height: 120 });
    expect(decodeLuma(jpeg, 5000)).toMatchObject({ width: 640, height: 480 });
  });
});

describe('decodeLuma leaves to sharp what it does not read', () => {
  it.each([
    ['a progressive JPEG', async () => sharp(await noise(64, 64)).jpeg({ progressive: true }).toBuffer()],
    ['a CMYK JPEG', async () => sharp(await noise(64, 64)).toColourspace('cmyk').jpeg().toBuffer()],
    ['not a JPEG', async () => noise(16, 16)],
    ['a JPEG cut in half', async () => {
      const whole = await sharp(await noise(128, 128)).jpeg().toBuffer();
      return whole.subarray(0, whole.length >> 1);
    }],
    ['a frame that declares far more blocks than its data holds', async () => {
      const jpeg = Buffer.from(await sharp(await noise(64, 64)).jpeg().toBuffer());
      const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
      jpeg.writeUInt16BE(60000, sof + 5);
      jpeg.writeUInt16BE(60000, sof + 7);
      return jpeg;
    }],
    ['a restart marker out of sequence', async () => {
      const jpeg = Buffer.from(fixture('restart-every-3-blocks.jpg'));
      const second = jpeg.indexOf(Buffer.from([0xff, 0xd1]));
      jpeg[second + 1] = 0xd3;
      return jpeg;
    }],
    ['restart markers where the frame declares no restart interval', async () => {
      const jpeg = Buffer.from(fixture('restart-every-3-blocks.jpg'));
      const dri = jpeg.indexOf(Buffer.from([0xff, 0xdd]));
      jpeg.writeUInt16BE(0, dri + 4);
      return jpeg;
    }],
  ])('%s', async (_, make) => {
    expect(decodeLuma(await make(), 64)).toBeUndefined();
  });
});

describe('decodeLuma on damaged data', () => {
  it('never throws, and gives a picture of the frame\'s size or nothing, for 400 mutated and cut JPEGs', async () => {
    const sources = [await sharp(await noise(96, 64)).jpeg().toBuffer(), fixture('restart-every-3-blocks.jpg'), fixture('restart-every-row-422.jpg')];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let decoded = 0;
    for (let i = 0; i < 400; i++) {
      const jpeg = Buffer.from(sources[i % sources.length]!);
      for (let m = 1 + Math.floor(random() * 6); m > 0; m--) jpeg[Math.floor(random() * jpeg.length)] = Math.floor(random() * 256);
      const input = random() < 0.2 ? jpeg.subarray(0, Math.floor(random() * jpeg.length)) : jpeg;
      const plane = decodeLuma(input, 64);
      if (!plane) continue;
      decoded++;
      expect(plane.data.length).toBe(plane.width * plane.height);
    }
    expect(decoded).toBeGreaterThan(0); // damage inside the picture data still decodes, as libjpeg's does
  });
});

describe.skipIf(!hasSharedFixtures)(`decodeLuma on the shared real photos (${sharedSkipReason})`, () => {
  const root = sharedPath('images');
  const list = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(path.join(dir, e.name)) : /\.jpe?g$/i.test(e.name) ? [path.join(dir, e.name)] : []));
  // The small ones: decoding the 12-megapixel photos in full twice would take most of a minute.
  const files = hasSharedFixtures ? list(root).filter((file) => statSync(file).size <= 300_000) : [];

  it('reads nearly all of them itself', () => {
    const read = files.filter((file) => decodeLuma(readFileSync(file), 64) !== undefined);
    expect(read.length / files.length).toBeGreaterThan(0.9);
  });

  it.each(files.map((file) => [path.relative(root, file), file]))('%s', async (_, file) => {
    const jpeg = readFileSync(file);
    const full = decodeLuma(jpeg, Number.MAX_SAFE_INTEGER);
    if (!full) return; // left to sharp (progressive, CMYK, damaged): the cases above show which
    expect(meanDifference(full, await sharpLuma(jpeg))).toBeLessThan(1.5);
  });
});
