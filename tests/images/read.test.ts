// The reader against ExifTool (recorded in expected-metadata.json) on the shared real photos, and
// on images built here for the formats and blocks the shared set lacks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allowBlockingReads, noteCallTime, readsBlock } from '../../src/images/bytes.js';
import { readImageMetadata } from '../../src/images/read.js';
import { hasSharedFixtures, sharedPath, sharedSkipReason } from '../helpers/shared.js';
import expected from './expected-metadata.json' with { type: 'json' };
import { GPS_EXIF, panasonicNamesExif, ancestorsXmp, fragmentedMp4, c2paApp11, withAfcpTrailer, canonOwnerExif, makerNoteSerialExif, gifWithXmp, exifPayload, misplacedGpsExif, photoshopIptc, pngTextChunk, rawProfileText, withPngChunks, extendedXmpSegments, faceRegion, gpsTiff, heif, heifExifItem, insertSegment, iptcApp13, jpeg, mp4, scene, splitPhotoshopBlock, withSegments, xmpPacket } from './build.js';

const files = (expected as unknown as { files: Record<string, { gps: [number, number] | null; people: string[]; locationNames: string[] }> }).files;
const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, data: Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};

describe.skipIf(!hasSharedFixtures)(`shared real photos agree with ExifTool (${sharedSkipReason})`, () => {
  for (const [file, want] of Object.entries(files)) {
    it(file, async () => {
      const metadata = await readImageMetadata(sharedPath('images', file));
      if (want.gps) {
        expect(metadata.gps.length, 'ExifTool reports a GPS position').toBeGreaterThan(0);
        expect(metadata.gps[0]!.latitude).toBeCloseTo(want.gps[0], 3);
        expect(metadata.gps[0]!.longitude).toBeCloseTo(want.gps[1], 3);
      } else {
        expect(metadata.gps, 'ExifTool reports no GPS position').toEqual([]);
      }
      expect(metadata.people.length > 0, `people tags: ExifTool says ${JSON.stringify(want.people)}`).toBe(want.people.length > 0);
      for (const name of want.people) expect(metadata.people.map((p) => p.value)).toContain(name);
      expect(metadata.locationNames.length > 0, `place names: ExifTool says ${JSON.stringify(want.locationNames)}`).toBe(want.locationNames.length > 0);
    });
  }

  it('reads the same with the thread-pool calls a slow file system switches the reader to', async () => {
    allowBlockingReads(false);
    try {
      for (const [file, want] of Object.entries(files).slice(0, 60)) {
        const metadata = await readImageMetadata(sharedPath('images', file));
        expect(metadata.gps.length > 0, file).toBe(want.gps !== null);
        expect(metadata.people.length > 0, file).toBe(want.people.length > 0);
      }
    } finally {
      allowBlockingReads(true);
    }
  });

  it('reads the XMP sidecar beside a photo (face region and city in IMG_5910.xmp)', async () => {
    const metadata = await readImageMetadata(sharedPath('images', 'exifr/sidecar/IMG_5910.jpg'));
    expect(metadata.sidecars?.map((s) => path.basename(s))).toEqual(['IMG_5910.xmp']);
    expect(metadata.people.some((p) => p.field.startsWith('XMP sidecar') || p.field.startsWith('XMP'))).toBe(true);
  });

  it('finds the stale previews a crop left behind, and no others', async () => {
    const flagged: string[] = [];
    for (const file of Object.keys(files)) {
      const metadata = await readImageMetadata(sharedPath('images', file));
      if (metadata.thumbnail?.differs) flagged.push(file);
    }
    expect(flagged.sort()).toEqual([
      'exif-samples/jpg/exif-org/ricoh-rdc5300.jpg',
      'exif-samples/jpg/tests/35-empty.jpg',
      'exifr/32d08f4a5eb10332506ebedbb9bc7257.jpg',
      'exifr/issue-exifr-41-Error_Segment_Unreachable.jpg',
    ]);
  });
});

describe('built images', () => {
  it('switches to the thread-pool calls when slow calls come close together, not for a few spread over a run', () => {
    // A busy machine makes a call now and then wait for a core; three such in a run of 8,000 calls
    // switched every scan on a loaded 2-core machine to the costlier callbacks.
    allowBlockingReads(true);
    try {
      for (let round = 0; round < 5; round++) {
        noteCallTime(12);
        for (let i = 0; i < 100; i++) noteCallTime(0.05);
      }
      expect(readsBlock()).toBe(true);
      // A slow disk: most calls slow.
      for (let i = 0; i < 3; i++) noteCallTime(12);
      expect(readsBlock()).toBe(false);
    } finally {
      allowBlockingReads(true);
    }
  });

  it.skipIf(process.platform === 'win32')('a pipe put in a photo\'s place is an error, not a read that waits forever', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-fifo-'));
    try {
      const fifo = path.join(dir, 'photo.jpg');
      execFileSync('mkfifo', [fifo]);
      expect((await readImageMetadata(fifo)).error).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('EXIF GPS in a JPEG', async () => {
    const m = await readImageMetadata(write('gps.jpg', await jpeg({ exif: GPS_EXIF })));
    expect(m.gps[0]).toMatchObject({ source: 'EXIF' });
    expect(m.gps[0]!.latitude).toBeCloseTo(54.5867, 3);
    expect(m.gps[0]!.longitude).toBeCloseTo(-3.14, 2);
    expect(m.device).toMatchObject({ make: 'Apple', model: 'iPhone 13' });
  });

  it('a longitude written as text or as whole numbers is read as ExifTool reads it, not taken as no position', async () => {
    // ExifTool 12.57 on these files: -GPSLongitude -n gives -4 and -3.14 (checked when they were written).
    const text = await readImageMetadata(write('gps-text.tif', gpsTiff({ lonText: '4' })));
    expect(text.gps[0]?.latitude).toBeCloseTo(54.5867, 3);
    expect(text.gps[0]?.longitude).toBeCloseTo(-4, 6);
    const shorts = await readImageMetadata(write('gps-shorts.tif', gpsTiff({ lonShorts: [3, 8, 24] })));
    expect(shorts.gps[0]?.longitude).toBeCloseTo(-3.14, 3);
  });

  it('EXIF GPS in WebP and PNG', async () => {
    const webp = await (await scene()).webp().withExif(GPS_EXIF).toBuffer();
    expect((await readImageMetadata(write('gps.webp', webp))).gps).toHaveLength(1);
    const png = await (await scene()).png().withExif(GPS_EXIF).toBuffer();
    expect((await readImageMetadata(write('gps.png', png))).gps).toHaveLength(1);
  });

  it('a TIFF without location reads clean (sharp writes no EXIF into TIFF; the shared TIFFs cover GPS)', async () => {
    const tiff = await (await scene()).tiff().toBuffer();
    const m = await readImageMetadata(write('plain.tiff', tiff));
    expect(m.error).toBeUndefined();
    expect(m.gps).toEqual([]);
  });

  it("a TIFF libtiff cannot decode is damaged, and the reason does not carry the folder's full path (libtiff starts its messages with it)", async () => {
    // A 4×4 grey TIFF, no metadata, whose only strip lies far past the end of the file.
    const b = Buffer.alloc(8 + 2 + 8 * 12 + 4);
    b.write('II*\0', 0, 'latin1');
    b.writeUInt32LE(8, 4);
    b.writeUInt16LE(8, 8);
    const fields: [number, number, number][] = [[256, 3, 4], [257, 3, 4], [258, 3, 8], [259, 3, 1], [262, 3, 1], [273, 4, 0x7fffff00], [278, 3, 4], [279, 4, 16]];
    fields.forEach(([tag, type, value], i) => {
      b.writeUInt16LE(tag, 10 + i * 12);
      b.writeUInt16LE(type, 12 + i * 12);
      b.writeUInt32LE(1, 14 + i * 12);
      b.writeUInt32LE(value, 18 + i * 12);
    });
    const m = await readImageMetadata(write('strip-past-end.tif', b));
    expect(m.error).toMatch(/cannot be decoded .*strip-past-end\.tif/);
    expect(m.error).not.toContain(dir);
  });

  it('XMP GPS, place names and face regions', async () => {
    const xmp = xmpPacket(`<exif:GPSLatitude>54,35.2N</exif:GPSLatitude><exif:GPSLongitude>3,8.4W</exif:GPSLongitude>
<photoshop:City>Keswick</photoshop:City>${faceRegion('Amelia Smith')}
<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Oliver Jones</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>`);
    const m = await readImageMetadata(write('xmp.jpg', await jpeg({ xmp })));
    expect(m.gps[0]).toMatchObject({ source: 'XMP' });
    expect(m.gps[0]!.longitude).toBeCloseTo(-3.14, 2);
    expect(m.locationNames.map((l) => l.value)).toEqual(['Keswick']);
    expect(m.people.map((p) => p.value).sort()).toEqual(['Amelia Smith', 'Oliver Jones']);
  });

  it('IPTC place names and by-line', async () => {
    const bytes = insertSegment(await jpeg(), 0xed, iptcApp13([[90, 'Keswick'], [92, 'Derwent Hill'], [80, 'Jane Doe']]));
    const m = await readImageMetadata(write('iptc.jpg', bytes));
    expect(m.locationNames.map((l) => l.value)).toEqual(['Keswick', 'Derwent Hill']);
    expect(m.owner.map((o) => o.value)).toContain('Jane Doe');
  });

  it('an APP13 resource whose size runs past its segment is reported damaged, not read as empty', async () => {
    const app13 = Buffer.concat([iptcApp13([[90, 'Keswick']]).subarray(0, 14), Buffer.from('8BIM\x03\xed\0\0\0\0\x01\0', 'latin1'), iptcApp13([[90, 'Keswick']]).subarray(14)]);
    const m = await readImageMetadata(write('iptc-overrun.jpg', insertSegment(await jpeg(), 0xed, app13)));
    expect(m.error).toMatch(/damaged/);
  });

  describe('a Photoshop block split over consecutive APP13 segments is read joined, as ExifTool reads it', () => {
    const app13 = (segments: Buffer[]) => segments.map((s): [number, Buffer] => [0xed, s]);
    it.each([
      ['a 100 KB thumbnail, the IPTC in the second segment', 100_000],
      ['the City cut in two by the segment boundary', 65_486],
    ])('%s', async (_, thumbnail) => {
      const segments = splitPhotoshopBlock([[90, 'Chester'], [80, 'Jane Doe']], thumbnail);
      expect(segments).toHaveLength(2);
      const m = await readImageMetadata(write(`split-${thumbnail}.jpg`, withSegments(await jpeg(), ...app13(segments))));
      expect(m.error).toBeUndefined();
      expect(m.locationNames.map((l) => `${l.field}: ${l.value}`)).toEqual(['IPTC City: Chester']);
      expect(m.owner.map((o) => o.value)).toContain('Jane Doe');
    });

    it('two whole blocks in consecutive segments, joined, still give the IPTC of both', async () => {
      const bytes = withSegments(await jpeg(), [0xed, iptcApp13([[90, 'Keswick']])], [0xed, iptcApp13([[92, 'Derwent Hill']])]);
      const m = await readImageMetadata(write('two-app13.jpg', bytes));
      expect(m.locationNames.map((l) => l.value)).toEqual(['Keswick', 'Derwent Hill']);
    });

    it('a resource running past a segment that no APP13 segment continues is still damaged', async () => {
      const [first, second] = splitPhotoshopBlock([[90, 'Chester']], 100_000);
      const alone = await readImageMetadata(write('split-alone.jpg', withSegments(await jpeg(), [0xed, first!])));
      expect(alone.error).toMatch(/damaged/);
      const apart = await readImageMetadata(write('split-apart.jpg', withSegments(await jpeg(), [0xed, first!], [0xfe, Buffer.from('a comment')], [0xed, second!])));
      expect(apart.error).toMatch(/damaged/);
    });
  });

  it('QuickTime ©xyz and Apple ISO 6709 location in video', async () => {
    const a = await readImageMetadata(write('a.mp4', mp4({ xyz: '+54.5867-003.1400/' })));
    expect(a.gps[0]).toMatchObject({ source: 'QuickTime', latitude: 54.5867, longitude: -3.14 });
    const b = await readImageMetadata(write('b.mov', mp4({ appleLocation: '+51.5072-000.1276+010.000/' })));
    expect(b.gps[0]).toMatchObject({ latitude: 51.5072, longitude: -0.1276 });
    expect((await readImageMetadata(write('c.mp4', mp4({})))).gps).toEqual([]);
  });

  it('a video position in degrees and minutes, a ©xyz length that lies, and a location field that is no position', async () => {
    const minutes = await readImageMetadata(write('dm.mp4', mp4({ xyz: '+5130.432-00007.662/' })));
    expect(minutes.gps[0]!.latitude).toBeCloseTo(51.5072, 4);
    expect(minutes.gps[0]!.longitude).toBeCloseTo(-0.1277, 4);
    const seconds = await readImageMetadata(write('dms.mp4', mp4({ xyz: '+513026-0000740/' })));
    expect(seconds.gps[0]!.latitude).toBeCloseTo(51.5072, 3);
    // The declared length says 0 or 3 bytes: the position after it is still found.
    for (const xyzLength of [0, 3, 200]) {
      const lying = await readImageMetadata(write(`lie-${xyzLength}.mp4`, mp4({ xyz: '+54.5867-003.1400/', xyzLength })));
      expect(lying.gps[0], String(xyzLength)).toMatchObject({ latitude: 54.5867, longitude: -3.14 });
    }
    // Something that is no position is shown as a location for a person to judge, not passed.
    const odd = await readImageMetadata(write('odd.mp4', mp4({ xyz: 'N54 35 W3 08' })));
    expect(odd.gps).toEqual([]);
    expect(odd.locationNames).toEqual([{ field: 'QuickTime ©xyz (not a position the auditor can read)', value: 'N54 35 W3 08' }]);
  });

  it('XMP sidecars photo.xmp and photo.jpg.xmp', async () => {
    const photo = write('side.jpg', await jpeg());
    write('side.jpg.xmp', Buffer.from(xmpPacket('<photoshop:City>Ambleside</photoshop:City>')));
    const m = await readImageMetadata(photo);
    expect(m.locationNames).toEqual([{ field: 'XMP sidecar photoshop:City', value: 'Ambleside' }]);
  });

  // Found by a sweep against ExifTool: each of these was missed (or read as damaged) before.
  describe('where ExifTool finds location and people', () => {
    const xmpSegment = (body: string) => Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(xmpPacket(body), 'utf8')]);

    it('HEIC: EXIF and XMP items read from the item tables (no decoder), size from ispe', async () => {
      const bytes = heif([{ type: 'Exif', data: heifExifItem(gpsTiff({ latRef: 'S', lonRef: 'E' })) }, { type: 'xmp', data: Buffer.from(xmpPacket(faceRegion('Amelia Smith'))) }], { width: 4032, height: 3024 });
      const m = await readImageMetadata(write('items.heic', bytes));
      expect(m.error).toBeUndefined();
      expect(m.format).toBe('heic');
      expect([m.width, m.height]).toEqual([4032, 3024]);
      expect(m.gps[0]).toMatchObject({ source: 'EXIF' });
      expect(m.gps[0]!.latitude).toBeCloseTo(-54.59, 2);
      expect(m.gps[0]!.longitude).toBeCloseTo(3.14, 2);
      expect(m.device.make).toBe('Canon');
      expect(m.people.map((p) => p.value)).toEqual(['Amelia Smith']);
    });

    it('HEIC: EXIF stored in the meta box (idat), and an XMP item beside an emptied EXIF item (ExifTool writes length 0)', async () => {
      const inIdat = await readImageMetadata(write('idat.heic', heif([{ type: 'Exif', data: heifExifItem(gpsTiff()), store: 'idat' }])));
      expect(inIdat.gps).toHaveLength(1);
      const emptied = heif([
        { type: 'Exif', data: Buffer.alloc(0), zeroLength: true },
        { type: 'xmp', data: Buffer.from(xmpPacket('<exif:GPSLatitude>54,35.2N</exif:GPSLatitude><exif:GPSLongitude>3,8.4W</exif:GPSLongitude>')) },
      ]);
      const m = await readImageMetadata(write('emptied.heic', emptied));
      expect(m.error).toBeUndefined();
      expect(m.gps[0]).toMatchObject({ source: 'XMP' });
    });

    it('HEIC: an item table that runs past its box is an error, never a clean pass', async () => {
      const bytes = heif([{ type: 'Exif', data: heifExifItem(gpsTiff()) }]);
      const iloc = bytes.indexOf('iloc');
      const cut = Buffer.from(bytes);
      cut.writeUInt16BE(200, iloc + 10); // item count far beyond the rows present
      expect((await readImageMetadata(write('cut-iloc.heic', cut))).error).toMatch(/damaged/);
      // A picture item that points past the end of the file (libheif refused these; so do we).
      const past = heif([{ type: 'hvc1', data: Buffer.alloc(64, 1), zeroLength: false }]);
      const rows = past.indexOf('iloc') + 4 + 4 + 4;
      past.writeUInt32BE(past.length, rows + 8 + 8 + 8); // item 2's extent offset: the end of the file
      expect((await readImageMetadata(write('past-end.heic', past))).error).toMatch(/runs past the end/);
    });

    it('JPEG: GPS in a second EXIF APP1 segment', async () => {
      const bytes = withSegments(await jpeg({ exif: { IFD0: { Make: 'Apple' } } }), [0xe1, exifPayload(gpsTiff())]);
      const m = await readImageMetadata(write('two-exif.jpg', bytes));
      expect(m.gps).toHaveLength(1);
      expect(m.device.make).toBe('Apple'); // the first EXIF block is the main one
    });

    it('JPEG: an EXIF header "Exif\\0" followed by a byte other than NUL', async () => {
      const m = await readImageMetadata(write('exif-ff.jpg', withSegments(await jpeg(), [0xe1, exifPayload(gpsTiff(), 0xff)])));
      expect(m.gps).toHaveLength(1);
    });

    it('JPEG: multi-segment EXIF (the GPS directory in the continuation segment) is joined and read', async () => {
      const tiff = gpsTiff();
      const split = 40; // inside the Make value: the GPS directory lands in the second segment
      const bytes = withSegments(await jpeg(), [0xe1, exifPayload(tiff.subarray(0, split))], [0xe1, exifPayload(tiff.subarray(split))]);
      const m = await readImageMetadata(write('multi-exif.jpg', bytes));
      expect(m.error).toBeUndefined();
      expect(m.gps).toHaveLength(1);
    });

    it('a GPS pointer in the EXIF directory or in IFD1 instead of IFD0', async () => {
      for (const where of ['exif', 'ifd1'] as const) {
        const m = await readImageMetadata(write(`misplaced-${where}.jpg`, withSegments(await jpeg(), [0xe1, misplacedGpsExif(where)])));
        expect(m.gps, where).toHaveLength(1);
        expect(m.gps[0]!.longitude).toBeCloseTo(-3.1333, 3);
      }
    });

    it('EXIF GPS: little-endian, signed rationals and lower-case references, as ExifTool reads them', async () => {
      const le = await readImageMetadata(write('le.jpg', withSegments(await jpeg(), [0xe1, exifPayload(gpsTiff({ little: true }))])));
      expect(le.gps[0]!.latitude).toBeCloseTo(54.59, 2);
      const signed = gpsTiff({ signed: true, latRef: 'n', lonRef: 'w', lat: [[-54, 1], [35, 1], [0, 1]], lon: [[3, 1], [8, 1], [0, 1]] });
      const m = await readImageMetadata(write('signed.jpg', withSegments(await jpeg(), [0xe1, exifPayload(signed)])));
      // ExifTool: the hemisphere is the reference's; -54 + 35/60 is 53.42 degrees north.
      expect(m.gps[0]!.latitude).toBeCloseTo(53.4167, 3);
      expect(m.gps[0]!.longitude).toBeCloseTo(-3.1333, 3);
    });

    it('XMP face regions written as attributes (MWG and Microsoft Photo)', async () => {
      const mwg = `<mwg-rs:Regions rdf:parseType="Resource"><mwg-rs:RegionList><rdf:Bag><rdf:li><rdf:Description mwg-rs:Name="Amelia Smith" mwg-rs:Type="Face"/></rdf:li></rdf:Bag></mwg-rs:RegionList></mwg-rs:Regions>`;
      const mp = `<MP:RegionInfo><rdf:Description><MPRI:Regions><rdf:Bag><rdf:li><rdf:Description MPReg:Rectangle="0.1, 0.1, 0.2, 0.2" MPReg:PersonDisplayName="Jim Moore"/></rdf:li></rdf:Bag></MPRI:Regions></rdf:Description></MP:RegionInfo>`;
      expect((await readImageMetadata(write('mwg-attr.jpg', await jpeg({ xmp: xmpPacket(mwg) })))).people.map((p) => p.value)).toEqual(['Amelia Smith']);
      expect((await readImageMetadata(write('mp-attr.jpg', await jpeg({ xmp: xmpPacket(mp) })))).people.map((p) => p.value)).toEqual(['Jim Moore']);
    });

    it('XMP GPS in a namespace other than exif, and a LocationCreated given only by coordinates', async () => {
      const other = `<rdf:Description rdf:about="" xmlns:exifEX="http://cipa.jp/exif/1.0/" exifEX:GPSLatitude="54,35.172N" exifEX:GPSLongitude="3,8.412W"/>`;
      const packet = xmpPacket('').replace('</rdf:Description>', `</rdf:Description>${other}`);
      const m = await readImageMetadata(write('ns.jpg', await jpeg({ xmp: packet })));
      expect(m.gps[0]!.latitude).toBeCloseTo(54.586, 3);
      const created = `<Iptc4xmpExt:LocationCreated rdf:parseType="Resource"><exif:GPSLatitude>54,30.0N</exif:GPSLatitude><exif:GPSLongitude>3,6.0W</exif:GPSLongitude></Iptc4xmpExt:LocationCreated>`;
      const c = await readImageMetadata(write('created.jpg', await jpeg({ xmp: xmpPacket(created) })));
      expect(c.locationNames.map((l) => l.field)).toEqual(['XMP Iptc4xmpExt:LocationCreated']);
    });

    it('XMP GPS written with rdf:value (qualified values)', async () => {
      const body = `<exif:GPSLatitude rdf:parseType="Resource"><rdf:value>54,35.172N</rdf:value></exif:GPSLatitude><exif:GPSLongitude><rdf:Description><rdf:value>3,8.412W</rdf:value></rdf:Description></exif:GPSLongitude>`;
      const m = await readImageMetadata(write('rdf-value.jpg', await jpeg({ xmp: xmpPacket(body) })));
      expect(m.gps[0]!.latitude).toBeCloseTo(54.586, 3);
      expect(m.gps[0]!.longitude).toBeCloseTo(-3.140, 3);
    });

    it('JPEG XMP under a mangled APP1 header ("XMP\\0://ns.adobe.com/xap/1.0/\\0", from a news agency), which ExifTool reads as XMP', async () => {
      const packet = xmpPacket(`<photoshop:City>Kitzbuehel</photoshop:City><exif:GPSLatitude>54,35.2N</exif:GPSLatitude><exif:GPSLongitude>3,8.4W</exif:GPSLongitude>${faceRegion('Amelia Smith')}`);
      const segment = Buffer.concat([Buffer.from('XMP\0://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(packet, 'utf8')]);
      const m = await readImageMetadata(write('mangled-xmp.jpg', withSegments(await jpeg(), [0xe1, segment])));
      expect(m.error).toBeUndefined();
      expect(m.gps[0]).toMatchObject({ source: 'XMP' });
      expect(m.locationNames.map((l) => l.value)).toEqual(['Kitzbuehel']);
      expect(m.people.map((p) => p.value)).toEqual(['Amelia Smith']);
    });

    it('extended (multi-segment) JPEG XMP', async () => {
      const body = xmpPacket(`<exif:GPSLatitude>54,35.2N</exif:GPSLatitude><exif:GPSLongitude>3,8.4W</exif:GPSLongitude>${faceRegion('Amelia Smith')}`);
      const bytes = withSegments(await jpeg(), ...extendedXmpSegments(body).map((p) => [0xe1, p] as [number, Buffer]));
      const m = await readImageMetadata(write('extended.jpg', bytes));
      expect(m.gps).toHaveLength(1);
      expect(m.people).toHaveLength(1);
    });

    it('JPEG XMP extended over a hundred full 64 KB segments (a Photoshop export with 6 MB of DocumentAncestors) is read to its end', async () => {
      const body = ancestorsXmp('<exif:GPSLatitude>54,35.2N</exif:GPSLatitude><exif:GPSLongitude>3,8.4W</exif:GPSLongitude>', 6_000_000);
      const segments = extendedXmpSegments(body, 65_400);
      expect(segments.length).toBeGreaterThan(90);
      const m = await readImageMetadata(write('ancestors.jpg', withSegments(await jpeg(), ...segments.map((p) => [0xe1, p] as [number, Buffer]))));
      expect(m.error).toBeUndefined();
      expect(m.gps[0]!.latitude).toBeCloseTo(54.587, 3);
    });

    it('a fragmented MP4 (a hundred moof and mdat boxes after the moov) is walked to its end', async () => {
      const m = await readImageMetadata(write('fragmented.mp4', fragmentedMp4(mp4({ xyz: '+54.5866-003.1400/' }), 100, 70_000)));
      expect(m.error).toBeUndefined();
      expect(m.gps[0]!.latitude).toBeCloseTo(54.587, 3);
    });

    it('PNG: IPTC in a "Raw profile type iptc" chunk as ExifTool writes it (name line "IPTC profile")', async () => {
      const png = await (await scene()).png().toBuffer();
      const bytes = withPngChunks(png, pngTextChunk('zTXt', 'Raw profile type iptc', rawProfileText('IPTC profile', photoshopIptc([[90, 'Bristol']]))));
      const m = await readImageMetadata(write('raw-iptc.png', bytes));
      expect(m.locationNames).toEqual([{ field: 'IPTC City', value: 'Bristol' }]);
    });

    it('GIF: XMP in its "XMP DataXMP" application extension', async () => {
      const m = await readImageMetadata(write('xmp.gif', await gifWithXmp(xmpPacket(`<exif:GPSLatitude>54,35.2N</exif:GPSLatitude><exif:GPSLongitude>3,8.4W</exif:GPSLongitude>${faceRegion('Amelia Smith')}`))));
      expect([m.error, m.format, m.width]).toEqual([undefined, 'gif', 48]);
      expect(m.gps[0]).toMatchObject({ source: 'XMP' });
      expect(m.people.map((p) => p.value)).toEqual(['Amelia Smith']);
    });

    it("a Canon camera's registered owner, from its maker note (ExifTool: Canon:OwnerName)", async () => {
      const m = await readImageMetadata(write('canon-owner.jpg', withSegments(await jpeg(), [0xe1, canonOwnerExif('Jane Teacher')])));
      expect(m.owner).toEqual([{ field: 'EXIF Canon OwnerName', value: 'Jane Teacher' }]);
      expect(m.device.make).toBe('Canon');
    });

    it("a Panasonic maker note's places and recognised faces (ExifTool: Panasonic:City, Landmark, RecognizedFace1Name, BabyName); its '---' for no landmark is no place", async () => {
      const exif = panasonicNamesExif({ places: [[0x69, 'GERMANY'], [0x6d, 'OLDENBURG (OLDB.)'], [0x6f, '---']], baby: 'Mia', faces: ['NIELS', 'AMELIA'] });
      const m = await readImageMetadata(write('panasonic-names.jpg', withSegments(await jpeg(), [0xe1, exif])));
      expect(m.error).toBeUndefined();
      expect(m.locationNames).toEqual([
        { field: 'EXIF Panasonic Country', value: 'GERMANY' },
        { field: 'EXIF Panasonic City', value: 'OLDENBURG (OLDB.)' },
      ]);
      expect(m.people.map((p) => `${p.field}: ${p.value}`)).toEqual(['EXIF Panasonic BabyName: Mia', 'EXIF Panasonic RecognizedFace1Name: NIELS', 'EXIF Panasonic RecognizedFace2Name: AMELIA']);
    });

    it('camera serial numbers kept only in Nikon, Olympus and Panasonic maker notes (ExifTool: SerialNumber, InternalSerialNumber)', async () => {
      for (const [maker, serial] of [['nikon', '3105364'], ['olympus', 'B9V508278'], ['panasonic', 'S010604030293']] as const) {
        const m = await readImageMetadata(write(`${maker}-serial.jpg`, withSegments(await jpeg(), [0xe1, makerNoteSerialExif(maker, serial)])));
        expect(m.error).toBeUndefined();
        expect(m.device.serial, maker).toBe(serial);
      }
    });

    it('camera serial numbers in Canon, older Nikon, Olympus E-1, Motorola and Sigma maker notes, as ExifTool prints them', async () => {
      // ExifTool 12.57 on its own test images: Canon.jpg 0560018150, Canon1DmkIII.jpg 500292,
      // CanonRaw.cr2 0123456789, NikonD70.jpg "NO= 20025585", OlympusE1.jpg 143008611,
      // Motorola.jpg NX0A3S0075, Sigma.jpg 02000019.
      const cases = [
        ['canon', '560018150', 'Canon EOS DIGITAL REBEL', '0560018150'],
        ['canon', '500292', 'Canon EOS-1D Mark III', '500292'],
        ['canon', '123456789', 'Canon EOS 350D DIGITAL', '0123456789'],
        ['nikon-old', 'NO= 20025585        ', 'NIKON D70', 'NO= 20025585'],
        ['olympus-e1', '143008611', 'E-1', '143008611'],
        ['motorola', 'NX0A3S0075', 'XT1575', 'NX0A3S0075'],
        ['sigma', '02000019', 'SIGMA SD10', '02000019'],
      ] as const;
      for (const [maker, serial, model, expected] of cases) {
        const m = await readImageMetadata(write(`${maker}-${serial.trim()}.jpg`, withSegments(await jpeg(), [0xe1, makerNoteSerialExif(maker, serial, model)])));
        expect(m.error).toBeUndefined();
        expect(m.device.serial, `${maker} ${model}`).toBe(expected);
      }
    });

    it("a Canon-style maker note is read for a serial only when the camera's make is Canon", async () => {
      const exif = makerNoteSerialExif('canon', '560018150', 'Canon EOS DIGITAL REBEL');
      const notCanon = Buffer.from(exif);
      notCanon.write('Nikon', notCanon.indexOf('Canon'), 'latin1');
      const m = await readImageMetadata(write('not-canon.jpg', withSegments(await jpeg(), [0xe1, notCanon])));
      expect(m.error).toBeUndefined();
      expect([m.device.make, m.device.serial]).toEqual(['Nikon', undefined]);
    });

    it('IPTC in an AFCP trailer appended after the JPEG, in either byte order (ExifTool: IPTC2 City, By-line)', async () => {
      // ExifTool 12.57 on its AFCP.jpg: IPTC2:City "city", Province-State "state", By-line "byline".
      for (const little of [false, true]) {
        const bytes = withAfcpTrailer(await jpeg(), [[90, 'Keswick'], [95, 'Cumbria'], [80, 'Jane Teacher']], { little });
        const m = await readImageMetadata(write(`afcp-${little}.jpg`, bytes));
        expect(m.error).toBeUndefined();
        expect(m.locationNames).toEqual([{ field: 'IPTC City', value: 'Keswick' }, { field: 'IPTC Province-State', value: 'Cumbria' }]);
        expect(m.owner).toEqual([{ field: 'IPTC By-line', value: 'Jane Teacher' }]);
      }
    });

    it('an AFCP trailer whose start cannot be found fails closed', async () => {
      const m = await readImageMetadata(write('afcp-bad.jpg', withAfcpTrailer(await jpeg(), [[90, 'Keswick']], { badStart: true })));
      expect(m.error).toMatch(/AFCP trailer/);
    });

    it('a JPEG whose segments are broken and whose AFCP trailer is too says what is wrong with its segments first (the trailer is read before the walk)', async () => {
      const good = await jpeg();
      // The second segment's length made to run past the end of the file.
      const broken = Buffer.from(good);
      const second = 2 + 2 + broken.readUInt16BE(4);
      broken.writeUInt16BE(0xfff0, second + 2);
      const m = await readImageMetadata(write('afcp-bad-and-broken.jpg', withAfcpTrailer(broken, [[90, 'Keswick']], { badStart: true })));
      expect(m.error).toBeDefined();
      expect(m.error).not.toMatch(/AFCP/);
    });

    it('XMP namespaces declared on rdf:RDF under prefixes of the writer\'s own are still known by their URI', async () => {
      // As ExifTool's XMP3.xmp ("nonstandard namespace prefix"): ExifTool reads dd:creator as XMP-dc:Creator.
      const packet = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dd="http://purl.org/dc/elements/1.1/" xmlns:ps="http://ns.adobe.com/photoshop/1.0/">
<rdf:Description rdf:about=""><dd:creator><rdf:Bag><rdf:li>Jane Teacher</rdf:li></rdf:Bag></dd:creator><ps:City>Keswick</ps:City></rdf:Description>
</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
      const m = await readImageMetadata(write('prefixes.jpg', await jpeg({ xmp: packet })));
      expect(m.owner).toEqual([{ field: 'XMP dc:creator', value: 'Jane Teacher' }]);
      expect(m.locationNames).toEqual([{ field: 'XMP photoshop:City', value: 'Keswick' }]);
    });

    it('Content Credentials (C2PA JUMBF in APP11, split over segments): the position, place, author and copyright their JSON assertions give', async () => {
      // ExifTool 12.57 on its ExifTool.jpg: JSON:Location "Salem, Oregon" (cai.location.broad) and
      // JSON:Copyright (cai.rights); on the file built here JSON:ExifGPSLatitude "54,35.2N",
      // ExifGPSLongitude "3,8.4W", Location, AuthorName "Jane Teacher" and Copyright.
      const segments = c2paApp11([
        ['stds.exif', { '@context': { exif: 'http://ns.adobe.com/exif/1.0/' }, 'exif:GPSLatitude': '54,35.2N', 'exif:GPSLongitude': '3,8.4W' }],
        ['cai.location.broad', { location: 'Keswick, Cumbria' }],
        ['stds.schema-org.CreativeWork', { '@context': 'https://schema.org', '@type': 'CreativeWork', author: [{ '@type': 'Person', name: 'Jane Teacher' }] }],
        ['cai.rights', { Copyright: 'Jane Teacher' }],
      ]);
      expect(segments.length).toBeGreaterThan(2);
      const m = await readImageMetadata(write('c2pa.jpg', withSegments(await jpeg(), ...segments.map((s): [number, Buffer] => [0xeb, s]))));
      expect(m.error).toBeUndefined();
      expect(m.gps).toEqual([expect.objectContaining({ source: 'C2PA', field: 'stds.exif exif:GPSLatitude' })]);
      expect(m.gps[0]!.latitude).toBeCloseTo(54.5867, 3);
      expect(m.gps[0]!.longitude).toBeCloseTo(-3.14, 3);
      expect(m.locationNames).toEqual([{ field: 'C2PA cai.location.broad location', value: 'Keswick, Cumbria' }]);
      expect(m.owner).toEqual([{ field: 'C2PA stds.schema-org.CreativeWork author', value: 'Jane Teacher' }]);
      expect(m.copyright).toEqual([{ field: 'C2PA cai.rights Copyright', value: 'Jane Teacher' }]);
    });

    it('a JUMBF segment numbered near 2^32 is skipped at once (no sparse list of four billion pieces)', async () => {
      const [segment] = c2paApp11([['cai.location.broad', { location: 'Keswick' }]], 4096);
      const far = Buffer.from(segment!);
      far.writeUInt32BE(0xfffffff0, 4);
      const m = await readImageMetadata(write('c2pa-far.jpg', withSegments(await jpeg(), [0xeb, segment!], [0xeb, far])));
      expect([m.error, m.locationNames.map((v) => v.value)]).toEqual([undefined, ['Keswick']]);
    });

    it('Content Credentials: a second JUMBF box of the same type (box instance 2) is read too', async () => {
      const first = c2paApp11([['c2pa.actions', { actions: [{ action: 'c2pa.created' }] }]], 200, 1);
      const second = c2paApp11([['stds.schema-org.CreativeWork', { '@type': 'CreativeWork', location: 'Whitby Youth Hostel, Whitby' }]], 200, 2);
      const m = await readImageMetadata(write('c2pa-two.jpg', withSegments(await jpeg(), ...[...first, ...second].map((s): [number, Buffer] => [0xeb, s]))));
      expect([m.error, m.locationNames]).toEqual([undefined, [{ field: 'C2PA stds.schema-org.CreativeWork location', value: 'Whitby Youth Hostel, Whitby' }]]);
    });

    it('fails closed on Content Credentials that cannot be read whole: a missing segment, a segment numbered 0, JSON that does not parse', async () => {
      const segments = c2paApp11([['cai.location.broad', { location: 'Keswick, Cumbria' }], ['c2pa.actions', { actions: [{ action: 'c2pa.created' }] }]], 60);
      expect(segments.length).toBeGreaterThan(2);
      const read = async (name: string, parts: Buffer[]) => (await readImageMetadata(write(name, withSegments(await jpeg(), ...parts.map((s): [number, Buffer] => [0xeb, s]))))).error;
      expect(await read('c2pa-whole.jpg', segments)).toBeUndefined();
      expect(await read('c2pa-cut.jpg', segments.slice(0, -1))).toMatch(/Content Credentials \(JUMBF\) box 1 is missing its segment/);
      expect(await read('c2pa-gap.jpg', [segments[0]!, ...segments.slice(2)])).toMatch(/missing its segment 2/);
      const zero = segments.map((s) => Buffer.from(s));
      zero[0]!.writeUInt32BE(0, 4);
      expect(await read('c2pa-zero.jpg', zero)).toMatch(/segment is numbered 0/);
      const [whole] = c2paApp11([['cai.location.broad', { location: 'Keswick' }]], 4096);
      const bad = Buffer.from(whole!);
      bad.write(' ', bad.indexOf('{"location"'), 'latin1'); // same length: '{ location"…' is not JSON
      expect(await read('c2pa-json.jpg', [bad])).toMatch(/JSON box does not parse/);
    });

    it('QuickTime keys: the place name and the artist', async () => {
      const bytes = mp4({ appleKeys: [['com.apple.quicktime.location.name', 'Keswick'], ['com.apple.quicktime.artist', 'Jane Teacher']] });
      const m = await readImageMetadata(write('keys.mov', bytes));
      expect(m.locationNames).toEqual([{ field: 'QuickTime LocationName', value: 'Keswick' }]);
      expect(m.owner).toEqual([{ field: 'QuickTime Artist', value: 'Jane Teacher' }]);
    });
  });

  it('fails closed: an EXIF block whose EXIF directory lies outside it (a cut or damaged file) is an error, not a pass', async () => {
    // Found by cutting and flipping bytes of ExifTool's test images: a CR2 cut after IFD0 passed with its
    // camera fields, its EXIF directory (owner, serial, maker note) never read. ExifTool: "Bad ExifIFD directory".
    const payload = misplacedGpsExif('ifd1');
    expect((await readImageMetadata(write('exif-ok.jpg', withSegments(await jpeg(), [0xe1, payload])))).error).toBeUndefined();
    const broken = Buffer.from(payload);
    broken.writeUInt32BE(0x7fff0000, 6 + 22 + 8); // the ExifIFD pointer in IFD0's second entry
    expect((await readImageMetadata(write('exif-out.jpg', withSegments(await jpeg(), [0xe1, broken])))).error).toMatch(/EXIF directory that cannot be read/);
  });

  it('fails closed: empty, truncated, unknown and missing files are errors', async () => {
    expect((await readImageMetadata(write('empty.jpg', Buffer.alloc(0)))).error).toMatch(/empty/);
    const whole = await jpeg({ exif: GPS_EXIF });
    expect((await readImageMetadata(write('cut.jpg', whole.subarray(0, 60)))).error).toBeDefined();
    expect((await readImageMetadata(write('notes.jpg', Buffer.from('hello, not an image')))).error).toMatch(/recognise/);
    expect((await readImageMetadata(path.join(dir, 'nope.jpg'))).error).toMatch(/not found/);
  });
});
