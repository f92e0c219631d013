// GPS in a video's telemetry track: GoPro GPMF (GPS5, GPS9) and camera motion metadata (camm),
// read from the samples the movie box points at, and zeroed in place by --strip-location.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { stripMetadata } from '../../src/images/strip.js';
import { cammSample, gpmfSample, telemetryMp4 } from './build.js';
import { hasMediaExtension } from '../../src/images/format.js';
import { countPhotos } from '../../src/images/walk.js';
import { kindOf } from '../../src/load/post.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-telemetry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};
const KESWICK: [number, number] = [54.6013, -3.1347];
const LLANBERIS: [number, number] = [53.1206, -4.1317];

describe('telemetry tracks: positions found (invalid cases for a clean verdict)', () => {
  it("a GoPro's GPS5 stream, with a 3D fix", async () => {
    const m = await readImageMetadata(write('gopro.mp4', telemetryMp4('gpmd', [gpmfSample({ positions: [KESWICK, KESWICK] }), gpmfSample({ positions: [LLANBERIS] })])));
    expect(m.error).toBeUndefined();
    expect(m.gps).toHaveLength(1);
    expect(m.gps[0]).toMatchObject({ source: 'GoPro telemetry', field: 'GPS5' });
    expect(m.gps[0]!.latitude).toBeCloseTo(KESWICK[0], 5);
    expect(m.gps[0]!.longitude).toBeCloseTo(KESWICK[1], 5);
  });

  it('a fix that comes only after the first seconds (the camera was still searching)', async () => {
    const searching = gpmfSample({ positions: [[0, 0]], fix: 0 });
    const m = await readImageMetadata(write('late-fix.mp4', telemetryMp4('gpmd', [searching, searching, gpmfSample({ positions: [LLANBERIS] })])));
    expect(m.gps[0]!.latitude).toBeCloseTo(LLANBERIS[0], 5);
  });

  it("a HERO11's GPS9 stream, laid out by its TYPE", async () => {
    const m = await readImageMetadata(write('gps9.mp4', telemetryMp4('gpmd', [gpmfSample({ positions: [KESWICK], kind: 'GPS9' })])));
    expect(m.gps[0]).toMatchObject({ field: 'GPS9' });
    expect(m.gps[0]!.longitude).toBeCloseTo(KESWICK[1], 5);
  });

  it('64-bit chunk offsets, compact sample sizes (stz2) and several samples to a chunk', async () => {
    const samples = [gpmfSample({ positions: [[0, 0]], fix: 0 }), gpmfSample({ positions: [[0, 0]], fix: 0 }), gpmfSample({ positions: [KESWICK] })];
    const m = await readImageMetadata(write('co64.mp4', telemetryMp4('gpmd', samples, { perChunk: 2, co64: true })));
    expect(m.gps[0]!.latitude).toBeCloseTo(KESWICK[0], 5);
    const compact = await readImageMetadata(write('stz2.mp4', telemetryMp4('gpmd', samples, { perChunk: 2, compactSizes: true })));
    expect(compact.gps[0]!.latitude).toBeCloseTo(KESWICK[0], 5);
  });

  it("a 360° camera's camm track: a type 6 GPS sample among motion samples, and a type 5 position", async () => {
    const gps = await readImageMetadata(write('camm6.mp4', telemetryMp4('camm', [cammSample(3), cammSample(3), cammSample(6, LLANBERIS), cammSample(3)], { perChunk: 4 })));
    expect(gps.gps[0]).toMatchObject({ source: 'camera motion metadata', field: 'camm GPS' });
    expect(gps.gps[0]!.latitude).toBeCloseTo(LLANBERIS[0], 9);
    const plain = await readImageMetadata(write('camm5.mp4', telemetryMp4('camm', [cammSample(5, KESWICK)])));
    expect(plain.gps[0]!.longitude).toBeCloseTo(KESWICK[1], 9);
  });
});

describe('telemetry tracks: no position (valid cases)', () => {
  it('a GoPro filming indoors: GPS5 with no fix in any second', async () => {
    const m = await readImageMetadata(write('indoors.mp4', telemetryMp4('gpmd', [gpmfSample({ positions: [KESWICK], fix: 0 }), gpmfSample({ positions: [[0, 0]], fix: 0 })])));
    expect(m.error).toBeUndefined();
    expect(m.gps).toEqual([]);
  });

  it('GPS9 samples whose own fix field says none, and camm GPS with no fix', async () => {
    expect((await readImageMetadata(write('gps9-nofix.mp4', telemetryMp4('gpmd', [gpmfSample({ positions: [KESWICK], kind: 'GPS9', fix: 0 })])))).gps).toEqual([]);
    expect((await readImageMetadata(write('camm-nofix.mp4', telemetryMp4('camm', [cammSample(6, KESWICK, 0), cammSample(3)])))).gps).toEqual([]);
  });
});

describe('telemetry tracks: what cannot be read is reported, never passed', () => {
  it('a track whose samples lie past the end of the file (a cut recording)', async () => {
    const m = await readImageMetadata(write('cut.mp4', telemetryMp4('gpmd', [gpmfSample({ positions: [KESWICK] })], { offsetShift: 1_000_000 })));
    expect(m.error).toMatch(/telemetry track lies past the end of the file/);
  });

  it('a GPMF entry that claims more data than its sample holds', async () => {
    const sample = gpmfSample({ positions: [KESWICK] });
    sample.writeUInt16BE(0xffff, 6); // the DEVC's repeat
    const m = await readImageMetadata(write('bad-gpmf.mp4', telemetryMp4('gpmd', [sample])));
    expect(m.error).toMatch(/GoPro telemetry runs past its sample/);
  });
});

describe('--strip-location on telemetry', () => {
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  it('zeroes every GPS5 and camm position in place; the rest of the file, video included, is unchanged', async () => {
    for (const [name, bytes] of [
      ['gopro-strip.mp4', telemetryMp4('gpmd', [gpmfSample({ positions: [KESWICK, KESWICK] }), gpmfSample({ positions: [LLANBERIS] }), gpmfSample({ positions: [KESWICK], kind: 'GPS9' })])],
      ['camm-strip.mp4', telemetryMp4('camm', [cammSample(3), cammSample(6, LLANBERIS), cammSample(5, KESWICK)], { perChunk: 3 })],
    ] as const) {
      const input = write(name, bytes);
      const before = sha(readFileSync(input));
      const output = path.join(dir, 'out', name);
      const result = await stripMetadata(input, output, { location: true, people: false });
      expect(result.written, result.message).toBe(true);
      expect(result.removed.join(' ')).toMatch(name.startsWith('gopro') ? /GoPro telemetry GPS5.*GoPro telemetry GPS9/ : /camera motion metadata camm GPS.*camm latitude\/longitude/);
      expect(sha(readFileSync(input))).toBe(before);
      const cleaned = readFileSync(output);
      expect(cleaned.length).toBe(bytes.length);
      expect((await readImageMetadata(output)).gps).toEqual([]);
      // Only bytes of the telemetry samples changed: the video stretches (0x5a) and the movie box are as they were.
      let changed = 0;
      for (let i = 0; i < bytes.length; i++) if (bytes[i] !== cleaned[i]) { changed++; expect(bytes[i]).not.toBe(0x5a); }
      expect(changed).toBeGreaterThan(0);
      expect(cleaned.subarray(cleaned.indexOf('moov', 0, 'latin1') - 4).equals(bytes.subarray(bytes.indexOf('moov', 0, 'latin1') - 4))).toBe(true);
    }
  });

  it('a video with only motion samples is copied unchanged', async () => {
    const bytes = telemetryMp4('camm', [cammSample(3), cammSample(3)]);
    const input = write('motion-only.mp4', bytes);
    const output = path.join(dir, 'out', 'motion-only.mp4');
    const result = await stripMetadata(input, output, { location: true, people: false });
    expect(result.written, result.message).toBe(true);
    expect(readFileSync(output).equals(bytes)).toBe(true);
  });
});

describe("action and 360° cameras' own file names", () => {
  it('GoPro MAX .360, GoPro .LRV and Insta360 .insv are videos, .insp a photo: linked from a post, counted in a folder, read', async () => {
    for (const name of ['GS010042.360', 'GL010042.LRV', 'VID_20260612_101500_00_001.insv', 'IMG_20260612_101500_00_002.insp']) {
      expect(hasMediaExtension(`media/${name}`), name).toBe(true);
      expect(kindOf(name), name).toBe('image');
    }
    const folder = path.join(dir, 'cameras');
    mkdirSync(folder, { recursive: true });
    const bytes = telemetryMp4('gpmd', [gpmfSample({ positions: [KESWICK] })]);
    write('cameras/GS010042.360', bytes);
    write('cameras/GL010042.LRV', bytes);
    expect(await countPhotos(folder)).toBe(2);
    expect((await readImageMetadata(path.join(folder, 'GS010042.360'))).gps[0]!.latitude).toBeCloseTo(KESWICK[0], 5);
  });
});
