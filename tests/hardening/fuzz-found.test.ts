// What a long fuzz campaign over the built CLI found that the sampled mutation tests had not: each
// case is the minimised input, and what the auditor must now do with it.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowBlockingReads } from '../../src/images/bytes.js';
import { readImageMetadata } from '../../src/images/read.js';
import { stripMetadata } from '../../src/images/strip.js';
import { GPS_EXIF, gpsTiff, heif, heifExifItem, jpeg, mp4, scene, xmpPacket } from '../images/build.js';
import { bin, runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { noHang } from './seed.js';

const { dir, put } = tempFolder('fuzz-found');
writeFileSync(path.join(dir, '.postauditrc.json'), '{}');
const read = (file: string) => noHang(readImageMetadata(file), path.basename(file));

describe('ISO box files the fuzzer passed unread', () => {
  it('a HEIF photo whose major brand is one we do not know ("heec", one flipped byte) still has its GPS read (it was read as a video: clean, and --strip-location copied the GPS)', async () => {
    const photo = heif([{ type: 'Exif', data: heifExifItem(gpsTiff()) }], { brand: 'heec' });
    const metadata = await read(put('brand.heic', photo));
    expect(metadata.error).toBeUndefined();
    expect(metadata.format).toBe('heic');
    expect(metadata.gps).not.toEqual([]);
  });

  it('HEIF items under a video brand and no picture brand: the EXIF item is still read', async () => {
    const photo = heif([{ type: 'Exif', data: heifExifItem(gpsTiff()) }], { brand: 'isom' });
    // heif() lists mif1 and heic as compatible brands: make them video brands too.
    photo.write('iso2mp41', 16, 'latin1');
    const metadata = await read(put('video-brand.mp4', photo));
    expect(metadata.error).toBeUndefined();
    expect(metadata.gps).not.toEqual([]);
  });

  it('a video cut just before its moov box (where the recording position is) is unreadable, not clean', async () => {
    const video = mp4({ xyz: '+54.5833-003.1400/' });
    const cut = video.subarray(0, video.indexOf(Buffer.from('moov', 'latin1')) - 4);
    const metadata = await read(put('cut-before-moov.mp4', cut));
    expect(metadata.error).toMatch(/no movie box \(moov\)/);
  });
});

describe('a WebP saved twice into one file', () => {
  it('the EXIF of the copy after the RIFF end is read, and the cleaned copy carries no GPS (it kept the second EXIF: ExifTool read its GPS)', async () => {
    const bare = await (await scene()).webp({ lossless: true }).toBuffer();
    const located = await (await scene()).webp({ lossless: true }).withExif(GPS_EXIF).toBuffer();
    const original = put('twice.webp', Buffer.concat([bare, located]));
    const metadata = await read(original);
    expect(metadata.error).toBeUndefined();
    expect(metadata.gps).not.toEqual([]);
    const copy = path.join(dir, 'twice-clean.webp');
    expect((await stripMetadata(original, copy, { location: true, people: false })).written).toBe(true);
    const cleaned = await read(copy);
    expect(cleaned.error).toBeUndefined();
    expect(cleaned.gps).toEqual([]);
  });
});

describe('XMP the fuzzer passed unread', () => {
  it('a packet whose rdf:Description exifr cannot match (one flipped byte made an attribute name "xmlns:Iptc4xmp\u00fdxt") is damaged, not clean: its place name went unread', async () => {
    const packet = xmpPacket('<photoshop:City>Keswick</photoshop:City>').replace('xmlns:Iptc4xmpExt', 'xmlns:Iptc4xmp\u00fdxt');
    const metadata = await read(put('flipped-xmp.jpg', await jpeg({ xmp: packet })));
    expect(metadata.locationNames).toEqual([]);
    expect(metadata.error).toMatch(/XMP packet is damaged/);
    // The same packet undamaged is read, and names its place.
    const whole = await read(put('whole-xmp.jpg', await jpeg({ xmp: xmpPacket('<photoshop:City>Keswick</photoshop:City>') })));
    expect(whole.error).toBeUndefined();
    expect(whole.locationNames.map((n) => n.value)).toContain('Keswick');
  });
});

describe('a pipe named like a photo, on a slow disk', () => {
  it.skipIf(process.platform === 'win32')('is an error at once when the reader has switched to callback reads (it opened the pipe without O_NONBLOCK and waited for a writer forever)', async () => {
    // The reader leaves blocking calls after three slow ones: under load (the full suite on two
    // cores) that happened, and the pipe test of tests/images/read.test.ts timed out.
    const fifo = path.join(dir, 'pipe.jpg');
    execFileSync('mkfifo', [fifo]);
    allowBlockingReads(false);
    try {
      expect((await read(fifo)).error).toBeDefined();
    } finally {
      allowBlockingReads(true);
      // Frees a reader still waiting on the pipe (old code), so the test process can end.
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // no reader waiting
      }
    }
  });
});

describe('posts the fuzzer broke a rule on', () => {
  it('a 5 MB post of one word ("xxxx…") is fully inspected: text/derogatory overflowed the stack collapsing the held letter', () => {
    const file = put('one-word.md', `---\napproved_by: Mrs Patel\n---\n# Trip\n\n${'x'.repeat(5_000_000)}\n`);
    const result = runCli([file, '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/could not finish/);
    expect([0, 1]).toContain(result.status);
  });

  it('a plain-text or HTML post of one 88 KB run of web addresses ("http://a.b/" 8,000 times, no space) finishes (linkify-it validated the rest of the run at each of its 8,000 schemes: two minutes)', async () => {
    const run = 'http://a.b/'.repeat(8_000);
    for (const file of [put('addresses.txt', `${run}\n`), put('addresses.html', `<p>${run}</p>\n`)]) {
      const child = spawn(process.execPath, [bin, file, '--format', 'json'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', CI: '' } });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const status = new Promise<number | null>((resolve) => child.on('close', resolve));
      try {
        expect([0, 1]).toContain(await noHang(status, path.basename(file)));
      } finally {
        child.kill('SIGKILL');
      }
      expect(stdout).not.toMatch(/could not finish/);
    }
  });

  it('front matter nested a thousand levels deep, in two posts of one folder, is post/unreadable in each (the second YAML parse killed node: "RegExpCompiler Allocation failed", exit 134)', () => {
    const folder = path.join(dir, 'deep-front-matter');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'a.md'), `---\n${'['.repeat(1_000)}\n---\nHello.\n`);
    writeFileSync(path.join(folder, 'b.md'), `---\n${'- '.repeat(1_000)}x\n---\nHello.\n`);
    const result = runCli([folder, '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const files = (JSON.parse(result.stdout) as { files: { findings: { ruleId: string; message: string }[] }[] }).files;
    expect(files).toHaveLength(2);
    for (const file of files) expect(file.findings.find((f) => f.ruleId === 'post/unreadable')?.message).toMatch(/nested more than/);
  });

  it('a YAML config nested a thousand levels deep is one line and exit 2', () => {
    const folder = path.join(dir, 'deep-config');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, '.postauditrc.yaml'), `staff:\n${'  - '.repeat(600)}x\n`);
    writeFileSync(path.join(folder, 'post.md'), '---\napproved_by: Mrs Patel\n---\nHello.\n');
    const result = runCli([path.join(folder, 'post.md')], { cwd: folder });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/postauditrc\.yaml: not valid YAML \(nested more than/);
  });

  it('YAML the yaml package warns about (an unknown tag, a key that is a list) prints no Node warning: a config error stays one line, a post\'s report is clean stderr', () => {
    const folder = path.join(dir, 'yaml-warnings');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, '.postauditrc.yml'), '!!js/undefined\n');
    writeFileSync(path.join(folder, 'post.md'), '---\napproved_by: Mrs Patel\n---\nHello.\n');
    const config = runCli([path.join(folder, 'post.md')], { cwd: folder });
    expect(config.status).toBe(2);
    expect(config.stderr.trim().split('\n')).toHaveLength(1);
    const post = put('key-list.md', '---\n? [a, b]\n: c\napproved_by: Mrs Patel\n---\nHello.\n');
    const report = runCli([post, '--format', 'json'], { cwd: dir });
    expect(report.stderr).toBe('');
  });
});
