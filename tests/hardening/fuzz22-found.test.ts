// What the fuzz22 hunt found: each case is the minimised input, and what the auditor must now do
// with it. Bombs declare their sizes in a few kilobytes; nothing large is written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { stripMetadata } from '../../src/images/strip.js';
import { GPS_EXIF, heif, jpeg, jxl, pngTextChunk, withPngChunks, xmpPacket } from '../images/build.js';
import { runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { noHang } from './seed.js';

const { dir, put } = tempFolder('fuzz22-found');
writeFileSync(path.join(dir, '.postauditrc.json'), '{}');
const read = (file: string) => noHang(readImageMetadata(file), path.basename(file));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** An XMP packet padded with spaces to `bytes` (compresses to about a thousandth of that). */
const paddedXmp = (bytes: number) => Buffer.from(xmpPacket(`<photoshop:City>Keswick</photoshop:City>${' '.repeat(bytes)}`));

describe('compressed metadata that inflates to more than a file could hold, in many blocks', () => {
  it('a PNG of three zTXt XMP chunks of 15 MB each (45 KB on disk) is unreadable, and no copy is written (each chunk alone was allowed: 200 of them took 42 s and 3.8 GB)', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).png().toBuffer();
    const chunk = pngTextChunk('zTXt', 'XML:com.adobe.xmp', paddedXmp(15 * 1024 * 1024));
    expect(chunk.length).toBeLessThan(40_000);
    const file = put('text-bomb.png', withPngChunks(png, chunk, chunk, chunk));
    expect((await read(file)).error).toMatch(/PNG's compressed text chunks inflate to more than 32 MB together/);
    const copy = path.join(dir, 'text-bomb-clean.png');
    const result = await stripMetadata(file, copy, { location: true, people: false });
    expect(result.written).toBe(false);
    expect(result.message).toMatch(/inflate to more than 32 MB together/);
    expect(existsSync(copy)).toBe(false);
    // One such chunk is read as before, and its place name found.
    const one = await read(put('one-text.png', withPngChunks(png, chunk)));
    expect(one.error).toBeUndefined();
    expect(one.locationNames.map((n) => n.value)).toContain('Keswick');
  });

  it('a HEIF of three deflated XMP items of 15 MB each is unreadable, never read item by item into memory', async () => {
    const data = deflateSync(paddedXmp(15 * 1024 * 1024));
    const photo = heif([1, 2, 3].map(() => ({ type: 'xmp' as const, data, encoding: 'deflate' })));
    expect((await read(put('xmp-bomb.heic', photo))).error).toMatch(/HEIF's compressed XMP items inflate to more than 32 MB together/);
  });

  it('a JPEG XL whose Brotli-compressed XMP and Content Credentials together pass 32 MB is unreadable', async () => {
    const brob = (type: string, content: Buffer) => {
      const data = Buffer.concat([Buffer.from(type, 'latin1'), brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } })]);
      const head = Buffer.alloc(8);
      head.writeUInt32BE(8 + data.length, 0);
      head.write('brob', 4, 'latin1');
      return Buffer.concat([head, data]);
    };
    const file = jxl({});
    const codestream = file.lastIndexOf(Buffer.from('jxlc', 'latin1')) - 4;
    const photo = Buffer.concat([file.subarray(0, codestream), brob('xml ', paddedXmp(20 * 1024 * 1024)), brob('jumb', Buffer.alloc(20 * 1024 * 1024)), file.subarray(codestream)]);
    expect(photo.length).toBeLessThan(100_000);
    expect((await read(put('brob-bomb.jxl', photo))).error).toMatch(/JPEG XL's compressed boxes inflate to more than 32 MB together/);
  });
});

describe('audit photos --strip-location --out, where a photo of the scanned folder is a link into --out', () => {
  it('the file it links to (the original) is left as it was, and the photo is reported not cleaned (the copy was renamed over it)', async () => {
    const root = path.join(dir, 'linked-in');
    const out = path.join(dir, 'linked-out');
    mkdirSync(root, { recursive: true });
    mkdirSync(out, { recursive: true });
    const original = path.join(out, 'beach.jpg');
    writeFileSync(original, await jpeg({ exif: GPS_EXIF }));
    symlinkSync(original, path.join(root, 'beach.jpg'));
    writeFileSync(path.join(root, 'other.jpg'), await jpeg({ exif: GPS_EXIF }));
    const before = sha256(original);
    const r = runCli(['photos', root, '--strip-location', '--out', out, '--no-progress'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(sha256(original)).toBe(before);
    expect(r.stderr).toMatch(/not cleaned: .*beach\.jpg: it is a link to .*linked-out\/beach\.jpg, inside the output folder/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(path.join(out, 'other.jpg'))).toBe(true);
  });
});
