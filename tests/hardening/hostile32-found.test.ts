// What the hostile32 corpus found (broken and hostile files the earlier tests had not met): each case
// is a small input built here, and what the auditor must now do with it.
import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { addValue, type MetadataValue } from '../../src/images/types.js';
import { tagLocator } from '../../src/load/html.js';
import { loadPost } from '../../src/load/post.js';
import { ancestorsXmp, box, gpsTiff, insertSegment, jxl, mp4, xmpPacket } from '../images/build.js';
import { bin, runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { noHang } from './seed.js';
import { docx, para } from '../load/word.js';
import { xlsx } from '../consent/xlsx.js';

const GPS_XMP = '<exif:GPSLatitude>54,30.0N</exif:GPSLatitude><exif:GPSLongitude>3,8.4W</exif:GPSLongitude>';
const plainJpeg = () => sharp({ create: { width: 16, height: 16, channels: 3, background: '#6699cc' } }).jpeg().toBuffer();

describe('a box whose 64-bit size is 0', () => {
  // size 1 says "the size follows in 64 bits"; a following 0 ended the list of boxes in silence,
  // and the JPEG XL's Exif box after it (its GPS) was never read: exit 0.
  const largeSizeZero = (type: string) => Buffer.concat([Buffer.from([0, 0, 0, 1]), Buffer.from(type, 'latin1'), Buffer.alloc(8)]);

  it('in a JPEG XL before its Exif box: damaged, not clean', async () => {
    const file = jxl({ exif: gpsTiff() });
    const at = file.indexOf('Exif') - 4;
    const hostile = Buffer.concat([file.subarray(0, at), largeSizeZero('free'), file.subarray(at)]);
    const { put } = tempFolder('hostile32-jxl');
    const metadata = await noHang(readImageMetadata(put('photo.jxl', hostile)), 'jxl');
    expect(metadata.error).toMatch(/declares a size smaller than its header/);
    expect(metadata.gps).toEqual([]);
  });

  it('in a video before its moov box: damaged, not clean', async () => {
    const video = mp4({ xyz: '+54.5000-003.1400/' });
    const ftypEnd = video.readUInt32BE(0);
    const { put } = tempFolder('hostile32-mp4');
    const metadata = await noHang(readImageMetadata(put('video.mp4', Buffer.concat([video.subarray(0, ftypEnd), largeSizeZero('free'), video.subarray(ftypEnd)]))), 'mp4');
    expect(metadata.error).toMatch(/declares a size smaller than its header/);
  });

  it('a box of the right size after it is still read (the check is on the size alone)', async () => {
    const { put } = tempFolder('hostile32-mp4-ok');
    const video = mp4({ xyz: '+54.5000-003.1400/' });
    const ftypEnd = video.readUInt32BE(0);
    const free = Buffer.concat([Buffer.from([0, 0, 0, 1]), Buffer.from('free', 'latin1'), Buffer.from([0, 0, 0, 0, 0, 0, 0, 16])]);
    const metadata = await readImageMetadata(put('video.mp4', Buffer.concat([video.subarray(0, ftypEnd), free, box('skip'), video.subarray(ftypEnd)])));
    expect(metadata.error).toBeUndefined();
    expect(metadata.gps).toHaveLength(1);
  });
});

describe('XMP that declares a document type or entities', () => {
  // The entities are never expanded (a billion laughs stays small), so a GPSLatitude written as one
  // was read as no position: exit 0 with the place name a warning, the longitude ignored.
  const lol = '<!DOCTYPE x [<!ENTITY a "54,30.0N"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
  const hostile = lol + xmpPacket('<exif:GPSLatitude>&c;</exif:GPSLatitude><exif:GPSLongitude>3,8.4W</exif:GPSLongitude>');

  it('inside a JPEG: unreadable, not clean', async () => {
    const { put } = tempFolder('hostile32-xmp');
    const photo = insertSegment(await plainJpeg(), 0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(hostile)]));
    const metadata = await readImageMetadata(put('photo.jpg', photo));
    expect(metadata.error).toMatch(/its XMP declares a document type or entities/);
  });

  it('an external entity (SYSTEM "file:///etc/passwd") is refused the same way, nothing opened', async () => {
    const { put } = tempFolder('hostile32-xmp-system');
    const packet = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + xmpPacket(`<photoshop:City>&e;</photoshop:City>${GPS_XMP}`);
    const photo = insertSegment(await plainJpeg(), 0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(packet)]));
    const metadata = await readImageMetadata(put('photo.jpg', photo));
    expect(metadata.error).toMatch(/declares a document type or entities/);
    expect(JSON.stringify(metadata)).not.toMatch(/root:/);
  });

  it('in a sidecar: the photo is unreadable, and the sidecar named', async () => {
    const { put } = tempFolder('hostile32-xmp-sidecar');
    const photo = put('photo.jpg', await plainJpeg());
    put('photo.xmp', hostile);
    const metadata = await readImageMetadata(photo);
    expect(metadata.error).toMatch(/its XMP sidecar photo\.xmp declares a document type or entities/);
  });

  it('an ordinary packet is read as before', async () => {
    const { put } = tempFolder('hostile32-xmp-plain');
    const photo = insertSegment(await plainJpeg(), 0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(xmpPacket(GPS_XMP))]));
    const metadata = await readImageMetadata(put('photo.jpg', photo));
    expect(metadata.error).toBeUndefined();
    expect(metadata.gps).toHaveLength(1);
  });
});

describe('a large XMP packet nested thousands deep', () => {
  // The XMP parser searched for each element's end tag again at every level: a 32 MB sidecar nested
  // 880,000 deep took 56 s to fail (a 60 s limit away from a hang).
  it('is unreadable at once, saying so; a large packet of ordinary depth is still read', async () => {
    const { put } = tempFolder('hostile32-xmp-deep');
    const photo = put('photo.jpg', await plainJpeg());
    const deep = 100_000;
    put('photo.xmp', xmpPacket(`<dc:subject>${'<rdf:Bag><rdf:li>'.repeat(deep)}x${'</rdf:li></rdf:Bag>'.repeat(deep)}</dc:subject>${GPS_XMP}`));
    const started = Date.now();
    const metadata = await noHang(readImageMetadata(photo), 'deep sidecar');
    expect(metadata.error).toMatch(/its XMP nests more than 2000 elements deep/);
    expect(Date.now() - started).toBeLessThan(5_000);

    put('photo.xmp', ancestorsXmp(GPS_XMP, 3 * 1024 * 1024));
    const shallow = await readImageMetadata(photo);
    expect(shallow.error).toBeUndefined();
    expect(shallow.gps).toHaveLength(1);
  });
});

describe('audit photos: a sidecar that is not a regular file', () => {
  // photo.xmp as a pipe (or a broken link) beside photo.jpg was skipped in silence: the photo passed
  // on its own bytes, exit 0, though its sidecar may hold the position.
  it('a pipe or a broken link named as the sidecar makes the photo unreadable (exit 1), and nothing waits on the pipe', async () => {
    for (const make of ['pipe', 'link'] as const) {
      const { dir, put } = tempFolder(`hostile32-sidecar-${make}`);
      put('photo.jpg', await plainJpeg());
      if (make === 'pipe') execFileSync('mkfifo', [path.join(dir, 'photo.xmp')]);
      else symlinkSync(path.join(dir, 'gone.xmp'), path.join(dir, 'photo.xmp'));
      const result = runCli(['photos', dir, '--format', 'json']);
      expect(result.status, `${make}: ${result.stderr}`).toBe(1);
      expect(result.stdout).toMatch(/image\/unreadable/);
      expect(result.stdout).toMatch(/photo\.xmp could not be read/);
    }
  });
});

describe('--strip-location with a sidecar that is a pipe', () => {
  // Cleaning copies a photo's sidecars too: the pipe was opened and read, and the run waited forever
  // (audit post.md --strip-location --out; audit photos did too once the pipe counted as a sidecar).
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: '' }, encoding: 'utf8', timeout: 20_000 });

  it('audit post.md --strip-location ends (exit 1), the pipe reported not cleaned', async () => {
    const { dir, put } = tempFolder('hostile32-strip-pipe-post');
    put('photo.jpg', await plainJpeg());
    execFileSync('mkfifo', [path.join(dir, 'photo.xmp')]);
    put('post.md', '---\napproved_by: Head\n---\n![The choir](photo.jpg)\n');
    const result = run(['post.md', '--strip-location', '--out', path.join(dir, 'clean')], dir);
    expect(result.signal, 'the run was stopped after 20 s: it hung').toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr + result.stdout).toMatch(/photo\.xmp: not a regular file/);
  });

  it('audit photos --strip-location ends (exit 1), the photo reported and not copied', async () => {
    const { dir, put } = tempFolder('hostile32-strip-pipe-photos');
    put('in/photo.jpg', await plainJpeg());
    execFileSync('mkfifo', [path.join(dir, 'in', 'photo.xmp')]);
    const result = run(['photos', 'in', '--strip-location', '--out', 'clean'], dir);
    expect(result.signal, 'the run was stopped after 20 s: it hung').toBeNull();
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/photo\.xmp could not be read: not a regular file/);
  });
});

describe('Office XML that declares entities', () => {
  // Entities are never expanded (no billion laughs), so a phone number written as one was never
  // checked: the Word document passed with "&a;" where the number was.
  const withEntity = (zip: Buffer, part: string) => {
    const parts = unzipSync(zip);
    const xml = strFromU8(parts[part]!);
    const declared = xml.replace(/^(<\?xml[^>]*\?>)?/, (head) => `${head}<!DOCTYPE x [<!ENTITY a "07700 900123">]>`).replace('ENTITY-HERE', '&a;');
    parts[part] = strToU8(declared);
    return Buffer.from(zipSync(parts));
  };

  it('a Word document is unreadable, naming why', async () => {
    const { put } = tempFolder('hostile32-docx-entity');
    const file = put('post.docx', withEntity(docx({ body: para('Call ENTITY-HERE about the trip.') }), 'word/document.xml'));
    await expect(loadPost(file, { root: path.dirname(file) })).rejects.toThrow(/declares entities/);
  });

  it('an Excel consent record is one line naming why', () => {
    const { dir, put } = tempFolder('hostile32-xlsx-entity');
    put('consent.xlsx', withEntity(xlsx([{ name: 'Sheet1', rows: [['first_name', 'last_name', 'photo_social'], ['Amelia', 'ENTITY-HERE', 'N']] }]), 'xl/worksheets/sheet1.xml'));
    put('post.md', 'Well done Amelia!\n');
    const result = runCli(['post.md', '--consent', 'consent.xlsx'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/declares entities/);
  });

  it('a DOCTYPE that declares none is read as before', async () => {
    const { put } = tempFolder('hostile32-docx-doctype');
    const zip = docx({ body: para('Call 07700 900123 about the trip.') });
    const parts = unzipSync(zip);
    parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replace(/^(<\?xml[^>]*\?>)?/, (head) => `${head}<!DOCTYPE w:document>`));
    const file = put('post.docx', Buffer.from(zipSync(parts)));
    const post = await loadPost(file, { root: path.dirname(file) });
    expect(post.segments.map((segment) => segment.text).join(' ')).toMatch(/07700 900123/);
  });
});

describe('a folder named after a post already named', () => {
  it('audit post.md . audits the post (it was exit 2: "no posts found in this folder")', () => {
    const { dir, put } = tempFolder('hostile32-twice');
    put('post.md', 'Call 07700 900123 about the trip.\n');
    const result = runCli(['post.md', '.'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/1 file/);
  });
});

describe('structures nested past what a parser can recurse into', () => {
  it('TOML front matter of 100,000 dotted keys is post/unreadable saying it is nested too deeply (it said "Maximum call stack size exceeded")', () => {
    const { dir, put } = tempFolder('hostile32-toml');
    put('post.md', `+++\n${Array.from({ length: 100_000 }, () => 'a').join('.')} = 1\n+++\nCall 07700 900123\n`);
    const result = runCli(['post.md'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/post\/unreadable/);
    expect(result.stdout).toMatch(/nested too deeply to read/);
    expect(result.stdout).not.toMatch(/Maximum call stack/);
  });
});

describe('many values of one kind in one photo', () => {
  it('100,000 distinct captions are added in linear time (each was compared with every one before it: a PNG of 100,000 text chunks took 33 s)', () => {
    const list: MetadataValue[] = [];
    const started = Date.now();
    for (let i = 0; i < 100_000; i++) addValue(list, 'PNG Comment', `caption ${i}`);
    expect(list).toHaveLength(100_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('still adds each value once, including values another reader pushed directly', () => {
    const list: MetadataValue[] = [{ field: 'EXIF Artist', value: 'A. Smith' }];
    addValue(list, 'XMP dc:creator', 'A. Smith');
    list.push({ field: 'IPTC By-line', value: 'B. Jones' });
    addValue(list, 'XMP dc:creator', 'B. Jones');
    addValue(list, 'XMP dc:creator', 'C. Brown');
    addValue(list, 'IPTC By-line', 'C. Brown');
    expect(list.map((v) => v.value)).toEqual(['A. Smith', 'B. Jones', 'C. Brown']);
  });

  it('a PNG of 20,000 text chunks audited as a post photo finishes', async () => {
    const { put } = tempFolder('hostile32-png');
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer();
    const chunk = (i: number) => {
      const data = Buffer.from(`Comment\0caption ${i}`, 'latin1');
      const head = Buffer.alloc(8);
      head.writeUInt32BE(data.length, 0);
      head.write('tEXt', 4, 'latin1');
      return Buffer.concat([head, data, Buffer.alloc(4)]);
    };
    const hostile = Buffer.concat([png.subarray(0, 33), ...Array.from({ length: 20_000 }, (_, i) => chunk(i)), png.subarray(33)]);
    const metadata = await noHang(readImageMetadata(put('photo.png', hostile), { captions: true }), 'png');
    expect(metadata.captions!.length).toBeGreaterThan(1000);
  });
});

describe('an HTML tag with tens of thousands of srcset candidates', () => {
  it('each candidate is found where it is written, searching on from the one before', () => {
    const tag = '<img srcset="a.jpg 1x, data.jpg 2x, b.jpg 3x" src="a.jpg">';
    const at = tagLocator(tag, 100);
    expect(at('a.jpg')).toBe(100 + tag.indexOf('a.jpg'));
    expect(at('data.jpg')).toBe(100 + tag.indexOf('data.jpg'));
    expect(at('b.jpg')).toBe(100 + tag.indexOf('b.jpg'));
    // One written before the last one found is still found, from the start.
    expect(tagLocator(tag, 0)('b.jpg')).toBe(tag.indexOf('b.jpg'));
    expect(at('missing.jpg')).toBe(100);
  });

  it('50,000 candidates are found in linear time (each was searched for from the tag\'s start: a post of them took 21 s)', () => {
    const candidates = Array.from({ length: 50_000 }, (_, i) => `p${i}.jpg`);
    const tag = `<img srcset="${candidates.map((c, i) => `${c} ${i + 1}w`).join(', ')}">`;
    const at = tagLocator(tag, 0);
    const started = Date.now();
    const offsets = candidates.map((c) => at(c));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(offsets[49_999]).toBe(tag.indexOf('p49999.jpg'));
  });

  it('a post of 50,000 candidates loads, each candidate a reference at its place', async () => {
    const { put } = tempFolder('hostile32-srcset');
    const html = `<p>Hello</p><img srcset="${Array.from({ length: 50_000 }, (_, i) => `p${i}.jpg ${i + 1}w`).join(', ')}">`;
    const file = put('post.html', html);
    const post = await noHang(loadPost(file, { root: path.dirname(file) }), 'srcset post');
    const last = post.attachments.find((a) => a.ref === 'p49999.jpg');
    expect(last?.offset).toBe(html.indexOf('p49999.jpg'));
  });
});

