// The bad-image catalogue: every hostile or odd photo ends as metadata (with `error` → image/unreadable
// when it could not be inspected), never a crash, a hang or a clean pass for what was not read.
import { closeSync, openSync, writeSync, ftruncateSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import path from 'node:path';
import sharp, { type CreateRaw } from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { GPS_EXIF, cr3, gpsTiff, heif, heifExifItem, jpeg, insertSegment, raf, tiffBlock, tiffFields, xmpPacket } from '../images/build.js';
import { SEED, int, noHang, prng, withSeed } from './seed.js';
import { tempFolder } from '../helpers/temp-folder.js';

const { dir, put } = tempFolder('bad-images');
afterEach(() => {
  delete process.env.POST_AUDIT_MAX_IMAGE_MB;
});

const read = (file: string) => noHang(readImageMetadata(file), path.basename(file));

/** An APP1 EXIF payload: a little-endian TIFF whose IFD0 holds the given entries (tag, type, count, value). */
function exifApp1(entries: [number, number, number, number][], ifd0Offset = 8, nextIfd = 0): Buffer {
  const tiff = Buffer.alloc(8 + 2 + entries.length * 12 + 4);
  tiff.write('II*\0', 0, 'latin1');
  tiff.writeUInt32LE(ifd0Offset, 4);
  tiff.writeUInt16LE(entries.length, 8);
  entries.forEach(([tag, type, count, value], i) => {
    const at = 10 + i * 12;
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(type, at + 2);
    tiff.writeUInt32LE(count, at + 4);
    tiff.writeUInt32LE(value, at + 8);
  });
  tiff.writeUInt32LE(nextIfd, 10 + entries.length * 12);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

describe('bad images', () => {
  it('zero bytes: the file is empty', async () => {
    expect((await read(put('empty.jpg', Buffer.alloc(0)))).error).toMatch(/empty/);
  });

  it('random bytes named .jpg: not a recognised image', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24));
    expect((await read(put('random.jpg', bytes))).error).toMatch(/not an image/);
  });

  it('a compressed TIFF with no metadata whose pixel data is damaged is unreadable; an uncompressed one with a changed pixel is a picture', async () => {
    // Noise, so the LZW strip is long; libtiff writes it right after the 8-byte header.
    const raw = Buffer.from(Array.from({ length: 64 * 64 * 3 }, (_, i) => (i * 2654435761) >>> 24));
    const options = { raw: { width: 64, height: 64, channels: 3 as const } };
    const lzw = await sharp(raw, options).tiff({ compression: 'lzw' }).toBuffer();
    for (let i = 40; i < 48; i++) lzw[i] = lzw[i]! ^ 0xff;
    await expect(sharp(lzw, { failOn: 'error' }).raw().toBuffer()).rejects.toThrow(); // the decoder's verdict
    expect((await read(put('lzw-damaged.tif', lzw))).error).toMatch(/picture cannot be decoded/);
    const plain = await sharp(raw, options).tiff({ compression: 'none' }).toBuffer();
    plain[40] = plain[40]! ^ 0xff;
    expect((await read(put('plain-pixel.tif', plain))).error).toBeUndefined();
  });

  it('a PNG named .heic is read by its bytes, as the PNG it is', async () => {
    const png = await (await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })).png().toBuffer();
    const metadata = await read(put('really-a-png.heic', png));
    expect(metadata.error).toBeUndefined();
    expect(metadata.format).toBe('png');
  });

  it('EXIF whose first directory points past the end of the file', async () => {
    const base = await jpeg();
    const metadata = await read(put('ifd-past-end.jpg', insertSegment(base, 0xe1, exifApp1([], 0x7fff_fff0))));
    expect(metadata.error ?? 'read').toBeTruthy(); // answered, no throw
  });

  it('EXIF whose GPS directory points past the end: fails closed', async () => {
    const base = await jpeg();
    const metadata = await read(put('gps-past-end.jpg', insertSegment(base, 0xe1, exifApp1([[0x8825, 4, 1, 0x00ff_ff00]]))));
    expect(metadata.error).toMatch(/GPS|damaged/);
  });

  it('EXIF directories that point at themselves (loops) end', async () => {
    const base = await jpeg();
    // IFD0 → next IFD is IFD0 again; its Exif and GPS pointers point back at IFD0.
    const looped = exifApp1([[0x8769, 4, 1, 8], [0x8825, 4, 1, 8]], 8, 8);
    const metadata = await read(put('loop.jpg', insertSegment(base, 0xe1, looped)));
    expect(metadata).toBeTypeOf('object');
  });

  it('a decompression bomb (huge declared dimensions) is refused with a finding saying so', async () => {
    const png = await (await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })).png().toBuffer();
    const bomb = Buffer.from(png);
    bomb.writeUInt32BE(100_000, 16); // IHDR width
    bomb.writeUInt32BE(100_000, 20); // IHDR height (the CRC is now wrong too)
    const metadata = await read(put('bomb.png', bomb));
    expect(metadata.error).toMatch(/100000×100000 pixels.*decompression bomb/);
  });

  it('a JPEG that declares 65535×65535 pixels is refused before any decode', async () => {
    const base = await jpeg();
    const at = base.indexOf(Buffer.from([0xff, 0xc0]));
    const huge = Buffer.from(base);
    huge.writeUInt16BE(0xffff, at + 5);
    huge.writeUInt16BE(0xffff, at + 7);
    expect((await read(put('huge.jpg', huge))).error).toMatch(/decompression bomb/);
  });

  it('a 200 MB file finishes; over the configured size limit it is reported, not decoded', async () => {
    const small = await jpeg();
    const file = path.join(dir, 'big.jpg');
    const fd = openSync(file, 'w');
    writeSync(fd, small);
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: instant, no disk used
    closeSync(fd);
    const metadata = await read(file);
    expect(metadata).toBeTypeOf('object'); // under the default 256 MB limit: inspected
    process.env.POST_AUDIT_MAX_IMAGE_MB = '100';
    expect((await read(file)).error).toMatch(/200 MB, more than the 100 MB limit/);
  });

  it('animated GIF and animated WebP are read', async () => {
    const frames = await Promise.all(['#f00', '#0f0', '#00f'].map((c) => sharp({ create: { width: 24, height: 16, channels: 3, background: c } }).png().toBuffer()));
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    const webp = await sharp(frames, { join: { animated: true } }).webp().toBuffer();
    const g = await read(put('anim.gif', gif));
    const w = await read(put('anim.webp', webp));
    expect([g.error, g.format, g.width]).toEqual([undefined, 'gif', 24]);
    expect([w.error, w.format]).toEqual([undefined, 'webp']);
  });

  it('a CMYK JPEG with GPS is read (and its GPS found)', async () => {
    const cmyk = await (await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c04020' } })).toColourspace('cmyk').jpeg().withExif(GPS_EXIF).toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    const metadata = await read(put('cmyk.jpg', cmyk));
    expect(metadata.error).toBeUndefined();
    expect(metadata.gps.length).toBeGreaterThan(0);
  });

  it('a 16-bit TIFF is read', async () => {
    const pixels = new Uint16Array(64 * 48 * 3).map((_, i) => (i * 977) % 65536);
    const tiff = await sharp(Buffer.from(pixels.buffer), { raw: { width: 64, height: 48, channels: 3, depth: 'ushort' } as CreateRaw }).toColourspace('rgb16').tiff({ compression: 'lzw', predictor: 'none' }).toBuffer();
    expect((await sharp(tiff).metadata()).depth).toBe('ushort');
    const metadata = await read(put('deep.tif', tiff));
    expect(metadata.error).toBeUndefined();
    expect(metadata.format).toBe('tiff');
  });

  it('a JPEG cut inside its image data, with no metadata to read, is reported as damaged', async () => {
    const whole = await (await sharp({ create: { width: 400, height: 300, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })).jpeg().toBuffer();
    const metadata = await read(put('cut.jpg', whole.subarray(0, Math.floor(whole.length * 0.6))));
    expect(metadata.error).toMatch(/cannot be decoded/);
  });

  it('a PNG cut at a chunk boundary is reported as cut short', async () => {
    const png = await (await sharp({ create: { width: 40, height: 30, channels: 3, background: '#123456' } })).png().toBuffer();
    expect((await read(put('cut.png', png.subarray(0, 33)))).error).toMatch(/IEND|cut short/);
  });

  it('a file that only starts like a GIF or a WebP is not passed', async () => {
    expect((await read(put('fake.gif', Buffer.from('GIF89a\x10\x00\x10\x00\x00\x00\x00garbage', 'latin1')))).error).toBeTruthy();
    expect((await read(put('fake.webp', Buffer.from('RIFF\x04\x00\x00\x00WEBP', 'latin1')))).error).toBeTruthy();
  });

  it('HEIC without a meta box, or with an EXIF item stored by reference (another file): damaged, never clean', async () => {
    const noMeta = Buffer.concat([Buffer.from([0, 0, 0, 16]), Buffer.from('ftypheic\0\0\0\0', 'latin1'), Buffer.from([0, 0, 0, 16]), Buffer.from('mdat', 'latin1'), Buffer.alloc(8)]);
    expect((await read(put('no-meta.heic', noMeta))).error).toMatch(/no meta box/);
    const bytes = heif([{ type: 'Exif', data: heifExifItem(gpsTiff()) }]);
    const rows = bytes.indexOf('iloc') + 12;
    bytes.writeUInt16BE(1, rows + 16 + 4); // item 2's data_reference_index: not this file
    expect((await read(put('by-reference.heic', bytes))).error).toMatch(/by reference/);
  });

  it('HEIC whose meta box lists no items (zeros where its iinf and iloc should be): damaged, never clean', async () => {
    const zeros = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0heicmif1', 'latin1'), Buffer.from([0, 0, 0, 0]), Buffer.from('meta', 'latin1'), Buffer.alloc(50)]);
    expect((await read(put('zero-meta.heic', zeros))).error).toMatch(/lists no image items/);
    const onlyHandler = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0heicmif1', 'latin1'), Buffer.from([0, 0, 0, 45]), Buffer.from('meta\0\0\0\0', 'latin1'), Buffer.from([0, 0, 0, 33]), Buffer.from('hdlr\0\0\0\0\0\0\0\0pict', 'latin1'), Buffer.alloc(13)]);
    expect((await read(put('only-handler.heic', onlyHandler))).error).toMatch(/lists no image items/);
  });

  it('HEIC: a cut file, a deflated XMP item that does not inflate, and a meta box cut inside its item table fail closed (a good deflated one is read)', async () => {
    const whole = heif([{ type: 'Exif', data: heifExifItem(gpsTiff()) }]);
    expect((await read(put('cut.heic', whole.subarray(0, whole.length - 100)))).error).toBeDefined();
    const garbage = heif([{ type: 'xmp', data: Buffer.from('not deflate data at all'), encoding: 'deflate' }]);
    expect((await read(put('xmp-garbage.heic', garbage))).error).toMatch(/could not be decoded/);
    const packet = Buffer.from('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="54,35.2N" exif:GPSLongitude="3,8.4W"/></rdf:RDF></x:xmpmeta>');
    const deflated = heif([{ type: 'xmp', data: deflateSync(packet), encoding: 'deflate' }]);
    expect((await read(put('xmp-deflate.heic', deflated))).gps).toHaveLength(1);
    for (let cut = 40; cut < 200; cut += 17) {
      const m = await read(put(`meta-cut-${cut}.heic`, whole.subarray(0, cut)));
      expect(m.error, `cut at ${cut}`).toBeDefined();
    }
  });
});

describe('bad CR3 and RAF files', () => {
  const f = tiffFields();
  const located = () =>
    cr3({
      CMT1: tiffBlock([f.ascii(0x10f, 'Canon'), f.ascii(0x110, 'Canon EOS R6')]),
      CMT2: tiffBlock([f.ascii(0xa431, '032021001234')]),
      CMT4: tiffBlock(f.gps([51, 30, 26.46], 'N', [0, 7, 39.9], 'W')),
      xmp: xmpPacket('<photoshop:City>Whitby</photoshop:City>'),
    });
  const locatedRaf = async () => raf(await jpeg({ exif: GPS_EXIF }));

  it('a CR3 cut at any byte is damaged, never clean', async () => {
    const whole = located();
    for (let cut = 1; cut < whole.length; cut += 3) {
      const m = await noHang(readImageMetadata(whole.subarray(0, cut)), `CR3 cut at ${cut}`);
      expect(m.error, `cut at ${cut}`).toBeDefined();
    }
  });

  it('a RAF cut anywhere before the end of its JPEG preview is damaged; cut in its raw data, its metadata is still read', async () => {
    const whole = await locatedRaf();
    const previewEnd = whole.readUInt32BE(84) + whole.readUInt32BE(88);
    for (let cut = 1; cut < whole.length; cut += 5) {
      const m = await noHang(readImageMetadata(whole.subarray(0, cut)), `RAF cut at ${cut}`);
      if (cut < previewEnd) expect(m.error, `cut at ${cut}`).toBeDefined();
      else expect(m.gps, `cut at ${cut}`).toHaveLength(1);
    }
  });

  it('flipped bytes in a CR3 or RAF header and metadata end as metadata or an error, never a throw or a hang', async () => {
    const random = prng(SEED);
    const sources = [located(), await locatedRaf()];
    for (let n = 0; n < 300; n++) {
      const copy = Buffer.from(sources[n % 2]!);
      const metadataEnd = n % 2 === 0 ? copy.indexOf('mdat', 0, 'latin1') : copy.indexOf(Buffer.from([0xff, 0xda]), 148);
      for (let flips = 1 + int(random, 4); flips > 0; flips--) {
        const at = int(random, metadataEnd);
        copy[at] = copy[at]! ^ (1 + int(random, 255));
      }
      const m = await noHang(readImageMetadata(copy), withSeed(`mutant ${n}`, SEED));
      expect(m.error === undefined || typeof m.error === 'string', withSeed(`mutant ${n}`, SEED)).toBe(true);
    }
  });
});
