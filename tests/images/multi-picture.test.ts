// Multi-picture JPEGs (MPO: 3D cameras, phones that store a depth or HDR map as a second picture):
// each further picture is a JPEG with its own EXIF after the first one's end, listed in an APP2
// "MPF" index. A position there is published with the file, so it is reported and cleaned.
// Found by building one: the second picture's GPS was neither reported nor removed — a cleaned copy
// still carried it (exiftool -ee showed Doc2:GPSLatitude).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { stripMetadata } from '../../src/images/strip.js';
import { GPS_EXIF, faceRegion, jpeg, mpo, scene, xmpPacket } from './build.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-mpo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('MPO: pictures after the first', () => {
  it('a position in the second picture\'s EXIF is reported, named as such; the first picture\'s facts stay its own', async () => {
    const first = await jpeg({ exif: { IFD0: { Make: 'Fujifilm', Model: 'FinePix REAL 3D W3' } } });
    const second = await (await scene(240, 160, 1)).jpeg().withExif(GPS_EXIF).toBuffer();
    for (const little of [false, true]) {
      const m = await readImageMetadata(await write(`gps-second-${little}.mpo`, mpo(first, [second], { little })));
      expect(m.error).toBeUndefined();
      expect(m.gps).toHaveLength(1);
      expect(m.gps[0]!.source).toBe('MPF image 2 EXIF');
      expect(m.gps[0]!.latitude).toBeCloseTo(54.5867, 3);
      expect(m.device.model).toBe('FinePix REAL 3D W3');
      expect(m.width).toBe(240);
    }
  });

  it('a first picture with no EXIF does not take the second one\'s as its own', async () => {
    const first = await (await scene()).jpeg().toBuffer();
    const second = await (await scene(120, 80, 1)).jpeg().withExif(GPS_EXIF).toBuffer();
    const m = await readImageMetadata(await write('first-bare.jpg', mpo(first, [second])));
    expect(m.gps.map((g) => g.source)).toEqual(['MPF image 2 EXIF']);
    expect(m.device).toEqual({});
    expect(m.width).toBe(240);
  });

  it('an index entry pointing at nothing is not read, and the rest of the file still is', async () => {
    const first = await jpeg({ exif: GPS_EXIF });
    const second = await (await scene(120, 80, 1)).jpeg().toBuffer();
    const m = await readImageMetadata(await write('bad-offset.jpg', mpo(first, [second], { badOffset: true })));
    expect(m.error).toBeUndefined();
    expect(m.gps.map((g) => g.source)).toEqual(['EXIF']);
  });

  it('a cleaned copy loses the position and people of every picture; the pixels of both stay', async () => {
    const first = await jpeg({ exif: GPS_EXIF });
    const second = await (await scene(120, 80, 1)).jpeg().withExif(GPS_EXIF).withXmp(xmpPacket(faceRegion('Amelia Smith'))).toBuffer();
    const input = await write('both.mpo', mpo(first, [second]));
    const before = readFileSync(input);
    const output = path.join(dir, 'out', 'both.mpo');
    const result = await stripMetadata(input, output, { location: true, people: true });
    expect(result.written, result.message).toBe(true);
    expect(readFileSync(input).equals(before)).toBe(true);
    const m = await readImageMetadata(output);
    expect(m.error).toBeUndefined();
    expect([m.gps, m.people]).toEqual([[], []]);
    const cleaned = readFileSync(output);
    expect(cleaned.length).toBe(before.length);
    const secondAt = before.length - second.length;
    // The second picture on its own, as a viewer extracting it would see it.
    const alone = await readImageMetadata(await write('second-alone.jpg', cleaned.subarray(secondAt)));
    expect([alone.error, alone.gps, alone.people]).toEqual([undefined, [], []]);
    const [a, b] = await Promise.all([sharp(before.subarray(secondAt)).raw().toBuffer(), sharp(cleaned.subarray(secondAt)).raw().toBuffer()]);
    expect(a.equals(b)).toBe(true);
    const [c, d] = await Promise.all([sharp(input).raw().toBuffer(), sharp(output).raw().toBuffer()]);
    expect(c.equals(d)).toBe(true);
  });
});
