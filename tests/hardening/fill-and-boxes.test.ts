// Structures a parser walks one small step at a time: fill bytes before a JPEG marker (any number
// are allowed) and a video's boxes. 10 MB of fill bytes took half a minute, a byte at a time; a
// million tiny boxes in a moov 23 seconds, each walk searching every range read so far. Both are
// now walked in blocks; these check that what lies beyond them is still found.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { examplesDir } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';

const { put } = tempFolder('fill-and-boxes');
const beach = readFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'));

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const box = (type: string, payload: Buffer) => Buffer.concat([u32(payload.length + 8), Buffer.from(type, 'latin1'), payload]);

describe('long runs of small structures', () => {
  it.each([1, 65_535, 65_536, 200_001])('%d fill bytes before the first marker: the GPS after them is still read', async (fill) => {
    const file = put(`fill-${fill}.jpg`, Buffer.concat([beach.subarray(0, 2), Buffer.alloc(fill, 0xff), beach.subarray(2)]));
    const metadata = await readImageMetadata(file, { thumbnail: 'off' });
    expect(metadata.error).toBeUndefined();
    expect(metadata.gps.length).toBeGreaterThan(0);
  });

  it('a JPEG that is all fill bytes after its start is damaged, not clean', async () => {
    const metadata = await readImageMetadata(put('all-fill.jpg', Buffer.concat([Buffer.from([0xff, 0xd8]), Buffer.alloc(300_000, 0xff)])), { thumbnail: 'off' });
    expect(metadata.error).toMatch(/ends/);
  });

  it('a moov of 20,000 empty boxes and then a position: the position is found across many reads', async () => {
    const ftyp = box('ftyp', Buffer.concat([Buffer.from('isom'), u32(0), Buffer.from('isommp41')]));
    const text = Buffer.from('+50.1000-003.5000/');
    const xyz = box('\xa9xyz', Buffer.concat([Buffer.from([0, text.length, 0x15, 0xc7]), text]));
    const moov = box('moov', Buffer.concat([...Array.from({ length: 20_000 }, () => box('free', Buffer.alloc(0))), box('udta', xyz)]));
    const metadata = await readImageMetadata(put('many-boxes.mp4', Buffer.concat([ftyp, moov])), { thumbnail: 'off' });
    expect(metadata.error).toBeUndefined();
    expect(metadata.gps).toEqual([expect.objectContaining({ source: 'QuickTime' })]);
  });
});
