// Formats a school folder holds besides camera files: Photoshop documents (designers' files keep
// the camera's EXIF, XMP and IPTC in their image resources) and JPEG XL (EXIF and XMP in boxes,
// possibly Brotli-compressed). Found comparing `audit photos` with ExifTool 12.57 on its own test
// images: Photoshop.psd (Artist/Creator/By-line "Phil Harvey") and JXL files were skipped unseen.
// The files here are built in the test; what ExifTool reads from such files is noted beside each.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { stripMetadata } from '../../src/images/strip.js';
import { walkPhotos } from '../../src/images/walk.js';
import { runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { c2paSuperbox, crw, faceRegion, gpsTiff, jxl, pngChunk, psd, withPngChunks, xmpPacket } from './build.js';

const { dir, put } = tempFolder('psd-jxl');
const placeAndFace = xmpPacket(`<photoshop:City>Keswick</photoshop:City>${faceRegion('Amelia Smith')}`);
const both = { location: true, people: true };

describe('Photoshop PSD/PSB', () => {
  // ExifTool reads such a file as GPSLatitude 54.59 / GPSLongitude -3.14 (EXIF), City Keswick
  // (IPTC and XMP-photoshop), RegionName Amelia Smith, By-line Jane Teacher.
  const bytes = psd({ exif: gpsTiff(), xmp: placeAndFace, iptc: [[90, 'Keswick'], [80, 'Jane Teacher']] });

  it('EXIF GPS, XMP place and face regions, and IPTC in the image resources are read', async () => {
    const m = await readImageMetadata(put('design.psd', bytes));
    expect([m.error, m.format, m.width, m.height]).toEqual([undefined, 'psd', 4, 3]);
    expect(m.gps).toEqual([expect.objectContaining({ source: 'EXIF' })]);
    expect(m.gps[0]!.latitude).toBeCloseTo(54.59, 2);
    expect(m.gps[0]!.longitude).toBeCloseTo(-3.14, 2);
    expect(m.locationNames.map((v) => v.value)).toEqual(['Keswick']);
    expect(m.people.map((v) => v.value)).toEqual(['Amelia Smith']);
    expect(m.owner).toEqual([{ field: 'IPTC By-line', value: 'Jane Teacher' }]);
    expect(m.device.make).toBe('Canon');
  });

  it('a PSB (version 2) is read the same way', async () => {
    const m = await readImageMetadata(put('large.psb', psd({ exif: gpsTiff(), version: 2 })));
    expect([m.error, m.format, m.gps.length]).toEqual([undefined, 'psd', 1]);
  });

  it('cleaned in place: GPS, place names and people gone, the By-line and the length kept', async () => {
    const input = put('clean-me.psd', bytes);
    const output = path.join(dir, 'out', 'clean-me.psd');
    const result = await stripMetadata(input, output, both);
    expect(result.written, result.message).toBe(true);
    expect(result.removed).toEqual(expect.arrayContaining(['EXIF GPS', 'IPTC City', 'XMP photoshop:City', 'XMP mwg-rs:Regions']));
    const m = await readImageMetadata(output);
    expect([m.error, m.gps, m.locationNames, m.people]).toEqual([undefined, [], [], []]);
    expect(m.owner.map((o) => o.value)).toEqual(['Jane Teacher']);
    expect(readFileSync(output).length).toBe(bytes.length);
    // The pixels (the last 36 bytes) are copied byte for byte.
    expect(readFileSync(output).subarray(-36).equals(bytes.subarray(-36))).toBe(true);
  });

  it('resources that cannot be walked to their end fail closed', async () => {
    const broken = Buffer.from(bytes);
    broken.write('XXXX', broken.indexOf('8BIM', 40), 'latin1');
    expect((await readImageMetadata(put('broken.psd', broken))).error).toMatch(/damaged.*image resources/);
    expect((await readImageMetadata(put('cut.psd', bytes.subarray(0, 40)))).error).toMatch(/damaged/);
  });

  it('a resource whose size runs past the resource section fails closed instead of hiding the resources after it', async () => {
    // The first resource (0x03ED, 16 bytes) claims to run to the end of the section, swallowing the
    // IPTC place and the EXIF GPS that follow it.
    const overrun = Buffer.from(bytes);
    const first = overrun.indexOf('8BIM', 26);
    const sectionLength = overrun.readUInt32BE(first - 4);
    overrun.writeUInt32BE(sectionLength, first + 8);
    const m = await readImageMetadata(put('overrun.psd', overrun));
    expect(m.error).toMatch(/damaged/);
    const result = await stripMetadata(put('overrun-clean.psd', overrun), path.join(dir, 'out', 'overrun-clean.psd'), both);
    expect(result.written).toBe(false);
  });
});

describe('JPEG XL', () => {
  it('EXIF and XMP boxes are read (ExifTool: GPSLatitude 54.59, City Keswick, RegionName Amelia Smith)', async () => {
    const m = await readImageMetadata(put('photo.jxl', jxl({ exif: gpsTiff({ little: true }), xmp: placeAndFace })));
    expect([m.error, m.format]).toEqual([undefined, 'jxl']);
    expect(m.gps[0]!.latitude).toBeCloseTo(54.59, 2);
    expect(m.locationNames.map((v) => v.value)).toEqual(['Keswick']);
    expect(m.people.map((v) => v.value)).toEqual(['Amelia Smith']);
  });

  // ExifTool reads a brob box only with the Perl module IO::Uncompress::Brotli (absent on this machine:
  // it skips the compressed Exif box without a warning); the same boxes uncompressed are checked above.
  it('Brotli-compressed boxes (brob) are decompressed and read', async () => {
    const exif = await readImageMetadata(put('brob-exif.jxl', jxl({ exif: gpsTiff(), compress: 'Exif' })));
    expect([exif.error, exif.gps.length]).toEqual([undefined, 1]);
    const xmp = await readImageMetadata(put('brob-xmp.jxl', jxl({ xmp: placeAndFace, compress: 'xml ' })));
    expect([xmp.error, xmp.locationNames.map((v) => v.value)]).toEqual([undefined, ['Keswick']]);
  });

  it('a bare codestream holds no metadata and is read as such; a brob box that does not decompress fails closed', async () => {
    const bare = await readImageMetadata(put('bare.jxl', Buffer.concat([Buffer.from([0xff, 0x0a]), Buffer.alloc(64, 0x11)])));
    expect([bare.error, bare.format, bare.gps]).toEqual([undefined, 'jxl', []]);
    const bad = jxl({ exif: gpsTiff(), compress: 'Exif' });
    bad.fill(0x55, bad.indexOf('brob') + 8, bad.indexOf('brob') + 20);
    expect((await readImageMetadata(put('bad-brob.jxl', bad))).error).toMatch(/compressed Exif box cannot be decompressed/);
  });

  it('cleaned in place; a compressed box still holding a position is refused, not written', async () => {
    const input = put('clean-me.jxl', jxl({ exif: gpsTiff(), xmp: placeAndFace }));
    const output = path.join(dir, 'out', 'clean-me.jxl');
    const result = await stripMetadata(input, output, both);
    expect(result.written, result.message).toBe(true);
    const m = await readImageMetadata(output);
    expect([m.error, m.gps, m.locationNames, m.people]).toEqual([undefined, [], [], []]);

    const compressed = put('compressed.jxl', jxl({ exif: gpsTiff(), compress: 'Exif' }));
    const refused = await stripMetadata(compressed, path.join(dir, 'out', 'compressed.jxl'), both);
    expect(refused.written).toBe(false);
    expect(refused.message).toMatch(/not cleaned: the cleaned copy still carried a GPS position/);
  });
});

describe('Content Credentials (C2PA) in a JPEG XL jumb box and a PNG caBX chunk', () => {
  // ExifTool 12.57 reads both as JSON:Location "Keswick, Cumbria".
  const credentials = c2paSuperbox([['cai.location.broad', { location: 'Keswick, Cumbria' }]]);

  it('are read, and a copy is refused rather than written with them', async () => {
    const png = withPngChunks(await sharp({ create: { width: 4, height: 3, channels: 3, background: '#8080ff' } }).png().toBuffer(), pngChunk('caBX', credentials));
    for (const [name, bytes] of [['credentials.jxl', jxl({ jumbf: credentials })], ['credentials.png', png]] as const) {
      const input = put(name, bytes);
      const m = await readImageMetadata(input);
      expect([m.error, m.locationNames]).toEqual([undefined, [{ field: 'C2PA cai.location.broad location', value: 'Keswick, Cumbria' }]]);
      const result = await stripMetadata(input, path.join(dir, 'out', name), both);
      expect(result.written, name).toBe(false);
      expect(result.message).toMatch(/Content Credentials \(C2PA\) record place names/);
    }
  });
  it('JPEG XL: credentials in a Brotli-compressed jumb box (brob) are read as the plain box is, and a copy refused', async () => {
    const bytes = jxl({ jumbf: credentials, compress: 'jumb' });
    expect([bytes.includes('brob'), bytes.includes('Keswick')]).toEqual([true, false]);
    const input = put('credentials-brob.jxl', bytes);
    const m = await readImageMetadata(input);
    expect([m.error, m.locationNames]).toEqual([undefined, [{ field: 'C2PA cai.location.broad location', value: 'Keswick, Cumbria' }]]);
    const output = path.join(dir, 'out', 'credentials-brob.jxl');
    const result = await stripMetadata(input, output, both);
    expect([result.written, existsSync(output)]).toEqual([false, false]);
    expect(result.message).toMatch(/Content Credentials \(C2PA\) record place names/);
  });
});

describe('Canon CRW', () => {
  // ExifTool 12.57 on its CanonRaw.crw: Make Canon, Model "Canon EOS DIGITAL REBEL", OwnerName
  // "Phil Harvey", SerialNumber 0560018150 — and on the file built here the same fields.
  it('the camera, its owner and its serial number are read (a CRW holds no position)', async () => {
    const m = await readImageMetadata(put('IMG_0001.CRW', crw({ model: 'Canon EOS D60', owner: 'Jane Teacher', serial: 560018150 })));
    expect([m.error, m.format]).toEqual([undefined, 'crw']);
    expect(m.device).toEqual({ make: 'Canon', model: 'Canon EOS D60', serial: '0560018150' });
    expect(m.owner).toEqual([{ field: 'CRW OwnerName', value: 'Jane Teacher' }]);
  });

  it('is copied by --strip-location (nothing to remove); a damaged one is an error', async () => {
    const input = put('IMG_0002.CRW', crw({ owner: 'Jane Teacher' }));
    const result = await stripMetadata(input, path.join(dir, 'out', 'IMG_0002.CRW'), both);
    expect([result.written, result.message]).toEqual([true, undefined]);
    const broken = crw({ owner: 'Jane Teacher' });
    broken.writeUInt32LE(0x7fffff00, broken.length - 4);
    expect((await readImageMetadata(put('IMG_0003.CRW', broken))).error).toMatch(/damaged/);
  });

  it('directories outside their heap, or more entries than any camera writes, are damage, not a long walk', async () => {
    const many = crw({ owner: 'Jane Teacher', extraHeaps: 6000 });
    expect((await readImageMetadata(put('IMG_0004.CRW', many))).error).toMatch(/damaged.*more than 10000 entries/);
    expect((await readImageMetadata(put('IMG_0005.CRW', crw({ owner: 'Jane Teacher', extraHeaps: 100 })))).owner).toHaveLength(1);
    // The root directory's count enlarged so that its entries would run into the offset after it.
    const overlong = crw({ owner: 'Jane Teacher' });
    const rootDirectory = 26 + overlong.readUInt32LE(overlong.length - 4);
    overlong.writeUInt16LE(3, rootDirectory);
    expect((await readImageMetadata(put('IMG_0006.CRW', overlong))).error).toMatch(/damaged.*runs past its heap/);
  });
});

describe('audit photos: formats that are not read are reported, never skipped', () => {
  const tiffHeader = (magic: string) => Buffer.concat([Buffer.from(magic, 'latin1'), Buffer.alloc(60)]);
  const files: Record<string, Buffer> = {
    'scan.btf': Buffer.concat([Buffer.from('II+\0\x08\0\0\0', 'latin1'), Buffer.alloc(60)]),
    'old-camera.avi': Buffer.concat([Buffer.from('RIFF\x40\0\0\0AVI LIST', 'latin1'), Buffer.alloc(60)]),
    'camcorder.mts': Buffer.concat(Array.from({ length: 3 }, () => Buffer.concat([Buffer.alloc(4), Buffer.from([0x47]), Buffer.alloc(187)]))),
    'notes.mie': Buffer.concat([Buffer.from('~\x10\x04\xfe0MIE', 'latin1'), Buffer.alloc(60)]),
    'renamed.mts': tiffHeader('MM\0*'), // not what its name says: read by its bytes (a damaged TIFF here)
  };

  it('BigTIFF, AVI, AVCHD .mts and MIE: found by the folder scan and reported as not inspected', async () => {
    const folder = path.join(dir, 'formats');
    for (const [name, data] of Object.entries(files)) put(`formats/${name}`, data);
    const found: string[] = [];
    for await (const photo of walkPhotos(folder)) found.push(path.basename(photo.path));
    expect(found.sort()).toEqual(Object.keys(files).sort());

    const r = runCli(['photos', folder, '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { path: string; verdict: string; findings: { ruleId: string; message: string }[] }[] };
    const messages = Object.fromEntries(report.files.map((f) => [path.basename(f.path), f.findings.filter((x) => x.ruleId === 'image/unreadable').map((x) => x.message).join()]));
    expect(messages['scan.btf']).toMatch(/Could not inspect [^:]*: the auditor does not read BigTIFF files/);
    expect(messages['old-camera.avi']).toMatch(/Could not inspect [^:]*: the auditor does not read AVI video files/);
    expect(messages['camcorder.mts']).toMatch(/Could not inspect [^:]*: the auditor does not read MPEG transport stream video/);
    expect(messages['notes.mie']).toMatch(/Could not inspect [^:]*: the auditor does not read MIE/);
    expect(messages['renamed.mts']).toMatch(/damaged/);
    expect(report.files.every((f) => f.verdict === 'fail')).toBe(true);
  });

  it('--strip-location says why such a file is not cleaned', async () => {
    const result = await stripMetadata(put('strip/scan.btf', files['scan.btf']!), path.join(dir, 'strip-out', 'scan.btf'), both);
    expect([result.written, result.message]).toEqual([false, 'not cleaned: the auditor does not read BigTIFF files, so it cannot clean them']);
  });
});
