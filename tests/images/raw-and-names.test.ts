// What a trip folder holds besides .jpg and .png: camera RAW files (RAW+JPEG), .jfif/.jpe/.mpo
// names, files with no extension or a mangled one. Found by hand: a folder of a clean JPEG and a
// DNG/CR2/NEF/ARW with a GPS position passed (exit 0) — every RAW file, .jfif, .jpe, .mpo and
// extension-less photo was skipped without a word.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { stripMetadata } from '../../src/images/strip.js';
import { walkPhotos } from '../../src/images/walk.js';
import { runCli } from '../helpers/cli.js';
import { GPS_EXIF, gpsTiff, jpeg } from './build.js';
import { tempFolder } from '../helpers/temp-folder.js';

const { dir, put } = tempFolder('raw');


/** A TIFF-based RAW file with another magic number (Olympus ORF "IIRO", Panasonic RW2 "IIU\0"). */
function withMagic(tiff: Buffer, magic: string): Buffer {
  const copy = Buffer.from(tiff);
  copy.write(magic, 0, 'latin1');
  return copy;
}

describe('camera RAW files', () => {
  it.each([
    ['dng', gpsTiff()],
    ['CR2', gpsTiff({ little: true })],
    ['nef', gpsTiff()],
    ['arw', gpsTiff({ little: true })],
    ['orf', withMagic(gpsTiff({ little: true }), 'IIRO')],
    ['rw2', withMagic(gpsTiff({ little: true }), 'IIU\0')],
  ])('.%s: the GPS position is read, and a cleaned copy has none', async (ext, bytes) => {
    const input = put(`raw/IMG_0001.${ext}`, bytes);
    const m = await readImageMetadata(input);
    expect(m.error).toBeUndefined();
    expect(m.gps).toHaveLength(1);
    const output = path.join(dir, 'raw-clean', `IMG_0001.${ext}`);
    const result = await stripMetadata(input, output, { location: true, people: false });
    expect(result.written, result.message).toBe(true);
    expect((await readImageMetadata(output)).gps).toEqual([]);
  });

  it('a Canon CR3 (an ISO box file) is read as a CR3, not as a video (see cr3-raf.test.ts)', async () => {
    const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypcrx \0\0\0\x01crx isom', 'latin1')]);
    const moov = Buffer.concat([Buffer.from([0, 0, 0, 8]), Buffer.from('moov', 'latin1')]);
    const mdat = Buffer.concat([Buffer.from([0, 0, 0, 8]), Buffer.from('mdat', 'latin1')]);
    const m = await readImageMetadata(put('raw/IMG_0002.CR3', Buffer.concat([ftyp, moov, mdat])));
    expect(m.error).toBeUndefined();
    expect(m.format).toBe('cr3');
    expect((await readImageMetadata(put('raw/IMG_0003.CR3', Buffer.concat([ftyp, moov])))).error).toBe('the file is damaged: the CR3 has no mdat box (the file may be cut short)');
  });
});

describe('audit photos: files by their bytes as well as their names', () => {
  it('RAW, .jfif, .jpe, .mpo and files with no or a mangled extension are scanned; documents are not', async () => {
    const folder = path.join(dir, 'trip');
    const gps = await jpeg({ exif: GPS_EXIF });
    const names = ['IMG_0001.dng', 'download.jfif', 'old.jpe', 'stereo.mpo', 'IMG_0002', 'photo.jpg_large', 'clean.jpg'];
    for (const name of names) writeFileSync(path.join((mkdirSync(folder, { recursive: true }), folder), name), name === 'IMG_0001.dng' ? gpsTiff() : name === 'clean.jpg' ? await jpeg() : gps);
    writeFileSync(path.join(folder, 'notes.txt'), 'not a photo');
    writeFileSync(path.join(folder, 'README'), 'not a photo either');
    const found: string[] = [];
    for await (const photo of walkPhotos(folder)) found.push(path.basename(photo.path));
    expect(found.sort()).toEqual([...names].sort());

    const before = createHash('sha256').update(readFileSync(path.join(folder, 'IMG_0001.dng'))).digest('hex');
    const r = runCli(['photos', folder, '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] };
    const gpsFiles = report.files.filter((f) => f.findings.some((x) => x.ruleId === 'image/gps')).map((f) => path.basename(f.path));
    expect(gpsFiles.sort()).toEqual(names.filter((n) => n !== 'clean.jpg').sort());
    expect(createHash('sha256').update(readFileSync(path.join(folder, 'IMG_0001.dng'))).digest('hex')).toBe(before);
  });
});

describe('audit photos: macOS "._" files', () => {
  it('an AppleDouble "._" file beside each photo is skipped and counted, not reported as unreadable; a real photo named "._" is scanned', async () => {
    const folder = path.join(dir, 'from-a-mac');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'clean.jpg'), await jpeg());
    // The AppleDouble header: magic 0x00051607, version 2, then "Mac OS X" filler.
    writeFileSync(path.join(folder, '._clean.jpg'), Buffer.concat([Buffer.from([0, 5, 0x16, 7, 0, 2, 0, 0]), Buffer.from('Mac OS X        ')]));
    const text = runCli(['photos', folder]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Scanned 1 photo(s)');
    expect(text.stdout).toContain('Skipped 1 macOS "._" file(s)');
    expect(text.stdout).toContain('unreadable:               0');

    writeFileSync(path.join(folder, '._located.jpg'), await jpeg({ exif: GPS_EXIF }));
    const json = runCli(['photos', folder, '--format', 'json']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] };
    expect(report.files.map((f) => [path.basename(f.path), f.findings.map((x) => x.ruleId)])).toEqual([
      ['._located.jpg', ['image/gps']],
      ['clean.jpg', []],
    ]);
  });
});
