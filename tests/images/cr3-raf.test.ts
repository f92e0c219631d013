// Canon CR3 and Fujifilm RAF, the RAW files of Canon EOS R and Fujifilm X cameras: read like the
// other formats (they were reported as unreadable, one error per RAW file in a trip folder), and
// cleaned in place. Every file built here was checked with ExifTool 12.57 while the test was
// written (`exiftool -fast2 -n -json -GPSLatitude -GPSLongitude`, and `-G1 -a -n` for the other
// fields); its answers are recorded below so the tests run without it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { stripMetadata } from '../../src/images/strip.js';
import { runCli } from '../helpers/cli.js';
import { cr3, gpsTiff, jpeg, raf, tiffBlock, tiffFields, xmpPacket } from './build.js';
import { tempFolder } from '../helpers/temp-folder.js';

const { dir, put } = tempFolder('cr3-raf');


const le = tiffFields(true);
const be = tiffFields(false);

/** An EOS R6 CR3 with everything: IFD0 names, EXIF serial and owner, the maker note's owner, GPS, XMP city. */
const fullCr3 = () =>
  cr3({
    CMT1: tiffBlock([le.ascii(0x10f, 'Canon'), le.ascii(0x110, 'Canon EOS R6'), le.ascii(0x13b, 'Jane Teacher'), le.ascii(0x8298, 'Jane Teacher 2026')]),
    CMT2: tiffBlock([le.ascii(0xa431, '032021001234'), le.ascii(0xa430, 'J. Teacher')]),
    CMT3: tiffBlock([le.ascii(0x0009, 'Jane T Owner')]),
    CMT4: tiffBlock(le.gps([51, 30, 26.46], 'N', [0, 7, 39.9], 'W')),
    xmp: xmpPacket('<photoshop:City>Whitby</photoshop:City>'),
  });

/** As a camera writes it with no GPS fix: CMT4 holds GPSVersionID alone. */
const noFixCr3 = () =>
  cr3({
    CMT1: tiffBlock([le.ascii(0x10f, 'Canon'), le.ascii(0x110, 'Canon EOS R6')]),
    CMT2: tiffBlock([le.ascii(0xa431, '032021001234')]),
    CMT4: tiffBlock([le.bytes(0, [2, 3, 0, 0])]),
  });

const fullRaf = async () =>
  raf(
    await jpeg({
      exif: {
        IFD0: { Make: 'FUJIFILM', Model: 'X-T5', Artist: 'Jane Teacher', Copyright: 'Jane 2026' },
        IFD2: { BodySerialNumber: '5ABC12345' },
        IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '33/1 51/1 5400/100', GPSLongitudeRef: 'E', GPSLongitude: '151/1 12/1 3000/100' },
      },
      xmp: xmpPacket('<photoshop:City>Sydney</photoshop:City>'),
    }),
  );

/** What ExifTool 12.57 reported on these files (GPS from -n -json; the rest from -G1 -a). */
const EXIFTOOL = {
  fullCr3: { GPSLatitude: 51.50735, GPSLongitude: -0.12775, Make: 'Canon', Model: 'Canon EOS R6', Artist: 'Jane Teacher', Copyright: 'Jane Teacher 2026', 'ExifIFD:OwnerName': 'J. Teacher', SerialNumber: '032021001234', 'Canon:OwnerName': 'Jane T Owner', City: 'Whitby' },
  noFixCr3: { GPSVersionID: '2 3 0 0', Make: 'Canon', Model: 'Canon EOS R6', SerialNumber: '032021001234' },
  noCmt4Cr3: { Make: 'Canon', Model: 'Canon EOS R6' },
  bigEndianCr3: { GPSLatitude: 40.4461944444444, GPSLongitude: -79.9822222222222, 'Canon:OwnerName': 'Sam Parent', Make: 'Canon', Model: 'Canon EOS R50' },
  /** IFD0 (CMT1) with a GPS pointer of its own, as in a JPEG's EXIF; and its cleaned copy. */
  cmt1GpsCr3: { GPSLatitude: 54.5866666666667, GPSLongitude: -3.14, Make: 'Canon' },
  cmt1GpsCleaned: { Make: 'Canon' },
  fullRaf: { FileType: 'RAF', GPSLatitude: -33.865, GPSLongitude: 151.208333333333, Make: 'FUJIFILM', Model: 'X-T5', Artist: 'Jane Teacher', Copyright: 'Jane 2026', SerialNumber: '5ABC12345', City: 'Sydney' },
  noGpsRaf: { Make: 'FUJIFILM', Model: 'X-T5' },
  /** The cleaned copies: no GPS tag at all (GPSVersionID included) and no City; the camera fields kept. */
  cleanedCr3: { Make: 'Canon', Model: 'Canon EOS R6', SerialNumber: '032021001234' },
  cleanedRaf: { Make: 'FUJIFILM', Model: 'X-T5', SerialNumber: '5ABC12345' },
};

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

describe('Canon CR3', () => {
  it('GPS (CMT4), owner and copyright (CMT1), serial and owner (CMT2), and XMP are read as ExifTool reads them', async () => {
    const m = await readImageMetadata(put('IMG_0001.CR3', fullCr3()));
    const e = EXIFTOOL.fullCr3;
    expect(m.error).toBeUndefined();
    expect(m.format).toBe('cr3');
    expect(m.gps).toHaveLength(1);
    expect(close(m.gps[0]!.latitude, e.GPSLatitude) && close(m.gps[0]!.longitude, e.GPSLongitude)).toBe(true);
    expect(m.gps[0]).toMatchObject({ source: 'EXIF', field: 'GPSLatitude' });
    expect(m.device).toEqual({ make: e.Make, model: e.Model, serial: e.SerialNumber, owner: e['ExifIFD:OwnerName'] });
    expect(m.owner).toEqual([
      { field: 'EXIF Artist', value: e.Artist },
      { field: 'EXIF CameraOwnerName', value: e['ExifIFD:OwnerName'] },
    ]);
    expect(m.copyright).toEqual([{ field: 'EXIF Copyright', value: e.Copyright }]);
    expect(m.locationNames).toEqual([{ field: 'XMP photoshop:City', value: e.City }]);
  });

  it('big-endian blocks, and the owner kept only in the Canon maker note (CMT3)', async () => {
    const m = await readImageMetadata(
      put(
        'IMG_0002.CR3',
        cr3({
          CMT1: tiffBlock([be.ascii(0x10f, 'Canon'), be.ascii(0x110, 'Canon EOS R50')], false),
          CMT3: tiffBlock([be.ascii(0x0009, 'Sam Parent')], false),
          CMT4: tiffBlock(be.gps([40, 26, 46.3], 'N', [79, 58, 56.0], 'W'), false),
        }),
      ),
    );
    const e = EXIFTOOL.bigEndianCr3;
    expect(m.error).toBeUndefined();
    expect(close(m.gps[0]!.latitude, e.GPSLatitude) && close(m.gps[0]!.longitude, e.GPSLongitude)).toBe(true);
    expect(m.owner).toEqual([{ field: 'EXIF Canon OwnerName', value: e['Canon:OwnerName'] }]);
    expect(m.device).toEqual({ make: e.Make, model: e.Model });
  });

  it('no GPS fix (CMT4 with GPSVersionID alone): no position, and not unreadable', async () => {
    const m = await readImageMetadata(put('IMG_0003.CR3', noFixCr3()));
    expect(EXIFTOOL.noFixCr3).not.toHaveProperty('GPSLatitude');
    expect(m.error).toBeUndefined();
    expect(m.gps).toEqual([]);
    expect(m.device).toEqual({ make: 'Canon', model: 'Canon EOS R6', serial: '032021001234' });
  });

  it('no CMT4 block at all: no position, and not unreadable', async () => {
    const m = await readImageMetadata(put('IMG_0004.CR3', cr3({ CMT1: tiffBlock([le.ascii(0x10f, 'Canon'), le.ascii(0x110, 'Canon EOS R6')]) })));
    expect(EXIFTOOL.noCmt4Cr3).not.toHaveProperty('GPSLatitude');
    expect(m.error).toBeUndefined();
    expect(m.gps).toEqual([]);
    expect(m.device).toEqual({ make: 'Canon', model: 'Canon EOS R6' });
  });

  it('a GPS pointer in IFD0 (CMT1) is followed, as ExifTool follows it, and cleaned', async () => {
    const input = put('IMG_0005.CR3', cr3({ CMT1: gpsTiff({ little: true }) }));
    const m = await readImageMetadata(input);
    expect(m.error).toBeUndefined();
    expect(Math.abs(m.gps[0]!.latitude - EXIFTOOL.cmt1GpsCr3.GPSLatitude) < 1e-9 && m.gps[0]!.longitude === EXIFTOOL.cmt1GpsCr3.GPSLongitude).toBe(true);
    const output = path.join(dir, 'clean-out', 'IMG_0005.CR3');
    expect(await stripMetadata(input, output, { location: true, people: false })).toEqual({ written: true, removed: ['EXIF GPS'] });
    const cleaned = await readImageMetadata(output);
    expect(cleaned.gps).toEqual([]);
    expect(cleaned.device).toEqual({ make: EXIFTOOL.cmt1GpsCleaned.Make });
  });

  it('a file cut inside its moov box is damaged (ExifTool: "Truncated \'moov\' data"), never clean', async () => {
    const m = await readImageMetadata(put('cut.CR3', fullCr3().subarray(0, 300)));
    expect(m.error).toBe('the file is damaged: the box "moov" at byte 24 runs past its container');
  });

  it('a GPS block whose directory lies past its end is damaged (ExifTool: "Bad GPS directory"), never clean', async () => {
    const gps = tiffBlock(le.gps([51, 30, 26.46], 'N', [0, 7, 39.9], 'W'));
    gps.writeUInt32LE(5000, 4);
    const m = await readImageMetadata(put('bad-gps.CR3', cr3({ CMT1: tiffBlock([le.ascii(0x10f, 'Canon')]), CMT4: gps })));
    expect(m.error).toMatch(/^the file is damaged: .*runs past the end of its CMT4 block/);
  });

  it('a CMT block that runs past the Canon box holding it is damaged', async () => {
    const bytes = fullCr3();
    const at = bytes.indexOf('CMT4', 0, 'latin1') - 4;
    bytes.writeUInt32BE(bytes.readUInt32BE(at) + 4096, at);
    expect((await readImageMetadata(put('long-cmt4.CR3', bytes))).error).toMatch(/^the file is damaged: the box "CMT4" at byte \d+ runs past its container$/);
  });
});

describe('Fujifilm RAF', () => {
  it('GPS, owner, copyright, serial and XMP from the JPEG preview are read as ExifTool reads them', async () => {
    const m = await readImageMetadata(put('DSCF0001.RAF', await fullRaf()));
    const e = EXIFTOOL.fullRaf;
    expect(m.error).toBeUndefined();
    expect(m.format).toBe('raf');
    expect(close(m.gps[0]!.latitude, e.GPSLatitude) && Math.abs(m.gps[0]!.longitude - e.GPSLongitude) < 1e-9).toBe(true);
    expect(m.device).toEqual({ make: e.Make, model: e.Model, serial: e.SerialNumber });
    expect(m.owner).toEqual([{ field: 'EXIF Artist', value: e.Artist }]);
    expect(m.copyright).toEqual([{ field: 'EXIF Copyright', value: e.Copyright }]);
    expect(m.locationNames).toEqual([{ field: 'XMP photoshop:City', value: e.City }]);
    // The preview's 240×160 is not the photo's size.
    expect(m.width).toBeUndefined();
  });

  it('no GPS: no position, and not unreadable', async () => {
    const m = await readImageMetadata(put('DSCF0002.RAF', raf(await jpeg({ exif: { IFD0: { Make: 'FUJIFILM', Model: 'X-T5' } } }))));
    expect(EXIFTOOL.noGpsRaf).not.toHaveProperty('GPSLatitude');
    expect(m.error).toBeUndefined();
    expect(m.gps).toEqual([]);
    expect(m.device).toEqual({ make: 'FUJIFILM', model: 'X-T5' });
  });

  it.each([
    ['a JPEG offset past the end of the file', { at: 10_000_000 }, /^the file is damaged: the RAF header places its JPEG preview \(\d+ bytes at byte 10000000\) outside the file/],
    ['a JPEG length past the end of the file', { length: 0x7fffffff }, /^the file is damaged: the RAF header places its JPEG preview \(2147483647 bytes/],
    ['an offset into the header', { at: 40 }, /^the file is damaged: the RAF header gives its JPEG preview an impossible place \(\d+ bytes at byte 40\)$/],
    ['an offset to bytes that are not a JPEG', { at: 100 }, /^the file is damaged: the RAF header points to byte 100, which is not the start of a JPEG$/],
    ['a JPEG length that ends before the image data', { length: 100 }, /^the file is damaged: the JPEG ends before its image data$/],
  ])('%s: damaged, never clean', async (_, options, message) => {
    const preview = await jpeg({ exif: { IFD0: { Make: 'FUJIFILM' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '1/1 0/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '1/1 0/1 0/1' } } });
    expect((await readImageMetadata(put('bad.RAF', raf(preview, options)))).error).toMatch(message);
  });

  it('a header cut short: damaged (ExifTool: "File format error")', async () => {
    const bytes = raf(await jpeg()).subarray(0, 80);
    expect((await readImageMetadata(put('short.RAF', bytes))).error).toBe('the file is damaged: the RAF header is cut short (80 bytes)');
  });
});

describe('cleaning CR3 and RAF copies', () => {
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  /** The byte ranges where two files of the same length differ. */
  const changed = (a: Buffer, b: Buffer) => {
    expect(b.length).toBe(a.length);
    const out: [number, number][] = [];
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      const last = out.at(-1);
      if (last && last[1] >= i - 16) last[1] = i;
      else out.push([i, i]);
    }
    return out;
  };

  it('CR3: the GPS block is emptied and the XMP city blanked in place; the image data and camera fields are untouched', async () => {
    const input = put('clean/IMG_0001.CR3', fullCr3());
    const output = path.join(dir, 'clean-out', 'IMG_0001.CR3');
    const result = await stripMetadata(input, output, { location: true, people: false });
    expect(result.written, result.message).toBe(true);
    expect(result.removed).toEqual(['EXIF GPS', 'XMP photoshop:City']);
    const before = readFileSync(input);
    const after = readFileSync(output);
    // Only inside the CMT4 block and the XMP box.
    const cmt4 = before.indexOf('CMT4', 0, 'latin1') - 4;
    const cmt4End = cmt4 + before.readUInt32BE(cmt4);
    const xmp = before.indexOf(Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex'));
    const mdat = before.indexOf('mdat', 0, 'latin1') - 4;
    for (const [from, to] of changed(before, after)) expect((from >= cmt4 && to < cmt4End) || (from >= xmp && to < mdat)).toBe(true);
    expect(sha(after.subarray(mdat))).toBe(sha(before.subarray(mdat)));
    const m = await readImageMetadata(output);
    expect(m.error).toBeUndefined();
    expect(m.gps).toEqual([]);
    expect(m.locationNames).toEqual([]);
    expect(m.device).toEqual({ make: EXIFTOOL.cleanedCr3.Make, model: EXIFTOOL.cleanedCr3.Model, serial: EXIFTOOL.cleanedCr3.SerialNumber, owner: 'J. Teacher' });
  });

  it('CR3 with no GPS fix: copied byte for byte, nothing reported removed', async () => {
    const input = put('clean/IMG_0003.CR3', noFixCr3());
    const output = path.join(dir, 'clean-out', 'IMG_0003.CR3');
    const result = await stripMetadata(input, output, { location: true, people: false });
    expect(result).toEqual({ written: true, removed: [] });
    expect(sha(readFileSync(output))).toBe(sha(readFileSync(input)));
  });

  it('RAF: the JPEG preview is cleaned as a JPEG; the header, the preview\'s image data and the raw data are untouched', async () => {
    const input = put('clean/DSCF0001.RAF', await fullRaf());
    const output = path.join(dir, 'clean-out', 'DSCF0001.RAF');
    const result = await stripMetadata(input, output, { location: true, people: false });
    expect(result.written, result.message).toBe(true);
    expect(result.removed).toEqual(['EXIF GPS', 'XMP photoshop:City']);
    const before = readFileSync(input);
    const after = readFileSync(output);
    const sos = before.indexOf(Buffer.from([0xff, 0xda]), 148);
    expect(sha(after.subarray(0, 148))).toBe(sha(before.subarray(0, 148)));
    expect(sha(after.subarray(sos))).toBe(sha(before.subarray(sos)));
    expect(changed(before, after).length).toBeGreaterThan(0);
    const m = await readImageMetadata(output);
    expect(m.error).toBeUndefined();
    expect(m.gps).toEqual([]);
    expect(m.locationNames).toEqual([]);
    expect(m.device).toEqual({ make: EXIFTOOL.cleanedRaf.Make, model: EXIFTOOL.cleanedRaf.Model, serial: EXIFTOOL.cleanedRaf.SerialNumber });
  });

  it('a damaged RAF is not cleaned, and says why', async () => {
    const input = put('clean/bad.RAF', raf(await jpeg(), { at: 10_000_000 }));
    const result = await stripMetadata(input, path.join(dir, 'clean-out', 'bad.RAF'), { location: true, people: false });
    expect(result.written).toBe(false);
    expect(result.message).toMatch(/^not cleaned: the RAF header places its JPEG preview/);
  });
});

describe('audit photos on a Canon and Fujifilm trip folder', () => {
  it('a CR3 and a RAF with GPS are reported under image/gps (exit 1), and --strip-location cleans both', async () => {
    const folder = path.join(dir, 'trip');
    put('trip/IMG_0001.CR3', fullCr3());
    put('trip/DSCF0001.RAF', await fullRaf());
    put('trip/IMG_0003.CR3', noFixCr3());
    const r = runCli(['photos', folder, '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] };
    const rules = Object.fromEntries(report.files.map((f) => [path.basename(f.path), [...new Set(f.findings.map((x) => x.ruleId))].sort()]));
    expect(rules).toEqual({
      'DSCF0001.RAF': ['image/copyright', 'image/gps', 'image/location-names', 'image/owner-details'],
      'IMG_0001.CR3': ['image/copyright', 'image/gps', 'image/location-names', 'image/owner-details'],
      'IMG_0003.CR3': [],
    });

    const out = path.join(dir, 'trip-clean');
    const cleaned = runCli(['photos', folder, '--strip-location', '--out', out, '--no-progress']);
    expect(cleaned.stderr).not.toMatch(/not cleaned/);
    for (const name of ['IMG_0001.CR3', 'DSCF0001.RAF']) expect((await readImageMetadata(path.join(out, name))).gps).toEqual([]);
  });
});
