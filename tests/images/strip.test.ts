// Lossless clean-up: pixels identical, orientation and colour profile kept, location gone,
// originals untouched.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { stripMetadata } from '../../src/images/strip.js';
import { hasSharedFixtures, sharedPath, sharedSkipReason } from '../helpers/shared.js';
import expected from './expected-metadata.json' with { type: 'json' };
import { GPS_EXIF, faceRegion, insertSegment, iptcApp13, jpeg, mp4, scene, xmpPacket } from './build.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-strip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function samePixels(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([sharp(a).raw().toBuffer(), sharp(b).raw().toBuffer()]);
  return x.equals(y);
}

describe('built images', () => {
  it('JPEG: GPS, XMP place/people and IPTC place removed; pixels, orientation and ICC kept', async () => {
    const xmp = xmpPacket(`<exif:GPSLatitude>54,35.2N</exif:GPSLatitude><exif:GPSLongitude>3,8.4W</exif:GPSLongitude><photoshop:City>Keswick</photoshop:City>${faceRegion('Amelia Smith')}`);
    const base = await (await scene()).jpeg().withExif({ IFD0: { ...GPS_EXIF.IFD0, Orientation: '6' }, IFD3: GPS_EXIF.IFD3 }).withXmp(xmp).withIccProfile('p3').toBuffer();
    const input = path.join(dir, 'in.jpg');
    writeFileSync(input, insertSegment(base, 0xed, iptcApp13([[90, 'Keswick'], [80, 'Jane Doe']])));
    const before = hash(input);
    const output = path.join(dir, 'out', 'in.jpg');
    const result = await stripMetadata(input, output, { location: true, people: true });
    expect(result.written, result.message).toBe(true);
    expect(result.removed).toEqual(expect.arrayContaining(['EXIF GPS', 'IPTC City', 'XMP photoshop:City', 'XMP mwg-rs:Regions']));
    expect(hash(input)).toBe(before);
    const m = await readImageMetadata(output);
    expect([m.gps, m.locationNames, m.people]).toEqual([[], [], []]);
    expect(m.owner.map((o) => o.value)).toContain('Jane Doe');
    expect(m.orientation).toBe((await readImageMetadata(input)).orientation);
    expect((await sharp(output).metadata()).orientation).toBe((await sharp(input).metadata()).orientation);
    expect((await sharp(output).metadata()).icc?.equals((await sharp(input).metadata()).icc!)).toBe(true);
    expect(await samePixels(input, output)).toBe(true);
    expect(readFileSync(output).length).toBe(readFileSync(input).length);
  });

  it('people tags stay unless asked', async () => {
    const input = path.join(dir, 'people.jpg');
    writeFileSync(input, await jpeg({ xmp: xmpPacket(faceRegion('Amelia Smith')) }));
    await stripMetadata(input, path.join(dir, 'p1.jpg'), { location: true, people: false });
    expect((await readImageMetadata(path.join(dir, 'p1.jpg'))).people).toHaveLength(1);
  });

  it('PNG and WebP EXIF GPS', async () => {
    for (const [name, bytes] of [
      ['g.png', await (await scene()).png().withExif(GPS_EXIF).toBuffer()],
      ['g.webp', await (await scene()).webp({ lossless: true }).withExif(GPS_EXIF).toBuffer()],
    ] as const) {
      const input = path.join(dir, name);
      writeFileSync(input, bytes);
      const output = path.join(dir, 'out', name);
      const result = await stripMetadata(input, output, { location: true, people: false });
      expect(result.written, result.message).toBe(true);
      expect((await readImageMetadata(output)).gps).toEqual([]);
      expect((await readImageMetadata(output)).device.make).toBe('Apple');
      expect(await samePixels(input, output)).toBe(true);
    }
  });

  it('MP4 location atoms become free space', async () => {
    const input = path.join(dir, 'v.mp4');
    writeFileSync(input, mp4({ xyz: '+54.5867-003.1400/', appleLocation: '+54.5867-003.1400/' }));
    const output = path.join(dir, 'out', 'v.mp4');
    const result = await stripMetadata(input, output, { location: true, people: false });
    expect(result.written, result.message).toBe(true);
    expect((await readImageMetadata(output)).gps).toEqual([]);
  });

  it('refuses to overwrite the original, and reports a file it cannot clean', async () => {
    const input = path.join(dir, 'x.jpg');
    writeFileSync(input, await jpeg({ exif: GPS_EXIF }));
    expect((await stripMetadata(input, input, { location: true, people: false })).written).toBe(false);
    const junk = path.join(dir, 'junk.jpg');
    writeFileSync(junk, Buffer.from('not an image'));
    const result = await stripMetadata(junk, path.join(dir, 'out', 'junk.jpg'), { location: true, people: false });
    expect(result.written).toBe(false);
    expect(result.message).toMatch(/not cleaned/);
  });
});

describe.skipIf(!hasSharedFixtures)(`every shared photo ExifTool finds a position in is cleaned (${sharedSkipReason})`, () => {
  const files = (expected as unknown as { files: Record<string, { gps: unknown; locationNames: string[]; people: string[] }> }).files;
  for (const [file, want] of Object.entries(files)) {
    if (!want.gps && want.locationNames.length === 0 && want.people.length === 0) continue;
    it(file, async () => {
      const input = sharedPath('images', file);
      const output = path.join(dir, 'shared', file);
      const result = await stripMetadata(input, output, { location: true, people: true });
      expect(result.written, result.message).toBe(true);
      const m = await readImageMetadata(output, { sidecars: [] });
      expect([m.gps, m.locationNames, m.people]).toEqual([[], [], []]);
      if (/\.(jpe?g|png|tiff?)$/i.test(file)) expect(await samePixels(input, output).catch(() => 'undecodable')).not.toBe(false);
    });
  }
});
