// What the fuzz22 hunt found: each case is the minimised input, and what the auditor must now do
// with it. Bombs declare their sizes in a few kilobytes; nothing large is written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, deflateSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseConsentRecord, recordDelimiter } from '../../src/consent/record.js';
import { xlsx } from '../consent/xlsx.js';
import { odt } from '../load/odf.js';
import { loadYaml, parseYaml } from '../../src/core/yaml.js';
import { readImageMetadata } from '../../src/images/read.js';
import { parseHtmlFragment, srcsetUrls } from '../../src/load/html.js';
import { stripMetadata } from '../../src/images/strip.js';
import { GPS_EXIF, exifPayload, heif, insertSegment, jpeg, jxl, pngTextChunk, scene, withPngChunks, xmpPacket } from '../images/build.js';
import { runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { SEED, int, noHang, prng, withSeed } from './seed.js';

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
  it('--out naming a folder that holds the scanned one is one line saying so (it said "no photos or videos found in this folder" of a folder of photos)', async () => {
    const parent = path.join(dir, 'parent');
    mkdirSync(path.join(parent, 'trip'), { recursive: true });
    writeFileSync(path.join(parent, 'trip', 'beach.jpg'), await jpeg({ exif: GPS_EXIF }));
    const r = runCli(['photos', 'trip', '--strip-location', '--out', '.', '--no-progress'], { cwd: parent });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['post-audit: --out . holds the folder being scanned; choose a folder apart from it']);
  });

  it('a scan with nothing to report whose copies were not all written ends "Verdict: FAIL", as its exit code says (it said "Verdict: PASS" and exited 1)', async () => {
    const root = path.join(dir, 'linked-clean-in');
    const out = path.join(dir, 'linked-clean-out');
    mkdirSync(root, { recursive: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'beach.jpg'), await jpeg());
    symlinkSync(path.join(out, 'beach.jpg'), path.join(root, 'beach.jpg'));
    writeFileSync(path.join(root, 'other.jpg'), await jpeg());
    const r = runCli(['photos', root, '--strip-location', '--out', out, '--no-progress'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Verdict: FAIL — 0 error\(s\), \d+ warning\(s\); 1 photo\(s\) not cleaned \(listed below\)$/m);
    expect(r.stdout).not.toMatch(/Verdict: PASS/);
  });

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
    // The verdict agrees with the exit code: the copies asked for were not all written ("Verdict: PASS" before).
    expect(r.stdout).toMatch(/^Verdict: FAIL — \d+ error\(s\), \d+ warning\(s\); 1 photo\(s\) not cleaned \(listed below\)$/m);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(path.join(out, 'other.jpg'))).toBe(true);
  });
});

/**
 * A little-endian TIFF of three 1×1 grey pages whose GPS pointer is in the third page's directory
 * (IFD2), or in a SubIFD (tag 0x14A) of the first: ExifTool reads the position from either.
 */
function pagedTiff(where: 'third page' | 'SubIFD', what: 'GPS' | 'XMP' = 'GPS'): Buffer {
  const DIR = 2 + 10 * 12 + 4;
  const dirAt = (i: number) => 8 + i * DIR; // pages 0..2, then the SubIFD
  const pixel = dirAt(4);
  const gpsAt = pixel + 16;
  const valuesAt = gpsAt + 2 + 4 * 12 + 4;
  const xmpAt = valuesAt + 48;
  const xmp = what === 'XMP' ? Buffer.from(xmpPacket('<photoshop:City>Keswick</photoshop:City>')) : Buffer.alloc(0);
  const out = Buffer.alloc(xmpAt + xmp.length);
  xmp.copy(out, xmpAt);
  const hidden: [number, number, number] = what === 'GPS' ? [0x8825, 4, gpsAt] : [0x2bc, 7, xmpAt];
  out.write('II*\0', 0, 'latin1');
  out.writeUInt32LE(8, 4);
  const directory = (at: number, entries: [tag: number, type: number, value: number][], next: number) => {
    out.writeUInt16LE(entries.length, at);
    entries.forEach(([tag, type, value], i) => {
      const e = at + 2 + i * 12;
      out.writeUInt16LE(tag, e);
      out.writeUInt16LE(type, e + 2);
      out.writeUInt32LE(tag === 0x2bc ? xmp.length : 1, e + 4);
      if (type === 3) out.writeUInt16LE(value, e + 8);
      else out.writeUInt32LE(value, e + 8);
    });
    out.writeUInt32LE(next, at + 2 + entries.length * 12);
  };
  const page = (extra: [number, number, number][]) =>
    [[256, 3, 1], [257, 3, 1], [258, 3, 8], [259, 3, 1], [262, 3, 1], [273, 4, pixel], [277, 3, 1], [278, 3, 1], [279, 4, 1], ...extra].sort((a, b) => a[0]! - b[0]!) as [number, number, number][];
  directory(dirAt(0), page(where === 'SubIFD' ? [[0x14a, 4, dirAt(3)]] : []), dirAt(1));
  directory(dirAt(1), page([]), dirAt(2));
  directory(dirAt(2), page(where === 'third page' ? [hidden] : []), 0);
  directory(dirAt(3), page(where === 'SubIFD' ? [hidden] : []), 0);
  out[pixel] = 0x80;
  // GPS: N 54° 35' 0", W 3° 8' 0".
  out.writeUInt16LE(4, gpsAt);
  const gpsEntry = (i: number, tag: number, type: number, count: number, value: Buffer | number) => {
    const e = gpsAt + 2 + i * 12;
    out.writeUInt16LE(tag, e);
    out.writeUInt16LE(type, e + 2);
    out.writeUInt32LE(count, e + 4);
    if (typeof value === 'number') out.writeUInt32LE(value, e + 8);
    else value.copy(out, e + 8);
  };
  gpsEntry(0, 1, 2, 2, Buffer.from('N\0', 'latin1'));
  gpsEntry(1, 2, 5, 3, valuesAt);
  gpsEntry(2, 3, 2, 2, Buffer.from('W\0', 'latin1'));
  gpsEntry(3, 4, 5, 3, valuesAt + 24);
  [54, 1, 35, 1, 0, 1, 3, 1, 8, 1, 0, 1].forEach((n, i) => out.writeUInt32LE(n, valuesAt + i * 4));
  return out;
}

describe('a GPS position in a TIFF directory past IFD1', () => {
  for (const where of ['third page', 'SubIFD'] as const) {
    it(`in the ${where}: found in a TIFF file and in a JPEG's EXIF, and the cleaned copies are free of it (both passed clean: only IFD0, its EXIF directory and IFD1 were read)`, async () => {
      const tiff = pagedTiff(where);
      const photo = insertSegment(await (await scene()).jpeg().toBuffer(), 0xe1, exifPayload(tiff));
      const slug = where.replace(/\W+/g, '-');
      for (const file of [put(`${slug}.tif`, tiff), put(`${slug}.jpg`, photo)]) {
        const metadata = await read(file);
        expect(metadata.error).toBeUndefined();
        expect(metadata.gps.map((g) => [Math.round(g.latitude * 100) / 100, Math.round(g.longitude * 100) / 100])).toEqual([[54.58, -3.13]]);
        const copy = file.replace(/(\.\w+)$/, '-clean$1');
        expect((await stripMetadata(file, copy, { location: true, people: false })).written).toBe(true);
        const cleaned = await read(copy);
        expect(cleaned.error).toBeUndefined();
        expect(cleaned.gps).toEqual([]);
      }
    });
  }

  it('a place name in the XMP of a TIFF\'s third page or SubIFD is found, and the cleaned copy is free of it (only IFD0\'s XMP was read)', async () => {
    for (const where of ['third page', 'SubIFD'] as const) {
      const file = put(`xmp-${where.replace(/\W+/g, '-')}.tif`, pagedTiff(where, 'XMP'));
      const metadata = await read(file);
      expect(metadata.error).toBeUndefined();
      expect(metadata.locationNames.map((n) => n.value)).toContain('Keswick');
      const copy = file.replace(/\.tif$/, '-clean.tif');
      expect((await stripMetadata(file, copy, { location: true, people: false })).written).toBe(true);
      const cleaned = await read(copy);
      expect(cleaned.error).toBeUndefined();
      expect(cleaned.locationNames).toEqual([]);
    }
  });

  it('a loop of pages ends, and a SubIFDs entry claiming four billion directories is read as the 64 it may follow', async () => {
    const DIR = 2 + 10 * 12 + 4;
    const looped = pagedTiff('third page');
    looped.writeUInt32LE(8, 8 + 2 * DIR + 2 + 10 * 12); // the third page's next directory is the first again
    const loop = await read(put('loop.tif', looped));
    expect(loop.error).toBeUndefined();
    expect(loop.gps).toHaveLength(1);
    const claimed = pagedTiff('SubIFD');
    const entry = claimed.indexOf(Buffer.from([0x4a, 0x01, 4, 0, 1, 0, 0, 0]));
    expect(entry).toBeGreaterThan(0);
    claimed.writeUInt32LE(0xffffffff, entry + 4);
    expect((await read(put('many-subifds.tif', claimed))).error).toBeUndefined();
  });
});

describe('pictures a post shows other than by <img src> or ![](…)', () => {
  it('each is a reference the audit inspects (each passed uninspected: a 2x srcset photo beside a clean src, an SVG image, a background, an og:image, a link to the full-size photo …)', () => {
    const html = [
      '<img src="clean.png" srcset="clean.png 1x, beach.jpg 2x">',
      '<picture><source srcset="data:image/png;base64,AA,BB 1x, beach2.jpg 640w"><img src="clean.png"></picture>',
      '<svg><image href="svg.jpg"/><image xlink:href="xlink.jpg"/></svg>',
      '<input type="image" src="button.jpg"><embed src="embed.jpg"><object data="object.jpg"></object><object data="report.pdf"></object>',
      '<p style="background-image: url(\'background.jpg\')">Hi</p>',
      '<meta property="og:image" content="share.jpg"><meta name="twitter:image" content="tweet.jpg">',
      '<p><a href="full-size.jpg">full size</a> <a href="https://example.org/remote.jpg">elsewhere</a> <a href="news.html">news</a></p>',
    ].join('\n');
    const refs = parseHtmlFragment(html).media.map((m) => m.ref);
    for (const ref of ['beach.jpg', 'data:image/png;base64,AA,BB', 'beach2.jpg', 'svg.jpg', 'xlink.jpg', 'button.jpg', 'embed.jpg', 'object.jpg', 'background.jpg', 'share.jpg', 'tweet.jpg', 'full-size.jpg']) expect(refs).toContain(ref);
    for (const ref of ['report.pdf', 'https://example.org/remote.jpg', 'news.html']) expect(refs).not.toContain(ref);
    expect(srcsetUrls(' a.jpg 1x,b.jpg,  c.jpg (max-width: 600px) 2x , ,d.jpg')).toEqual(['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg']);
  });

  it('end to end: a photo with GPS shown only as the 2x of a srcset, linked from Markdown as the full-size photo, imported by an MDX post or shown by an <Image src> component, is an error (each passed)', async () => {
    const folder = path.join(dir, 'shown-otherwise');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'beach.jpg'), await jpeg({ exif: GPS_EXIF }));
    writeFileSync(path.join(folder, 'clean.png'), await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).png().toBuffer());
    const html = put('shown-otherwise/srcset.html', '<p>Our trip.</p><img src="clean.png" srcset="beach.jpg 2x" alt="">\n');
    const markdown = put('shown-otherwise/link.md', '---\napproved_by: Mrs Patel\n---\nOur trip: see [the full-size photo](beach.jpg).\n');
    const mdx = put('shown-otherwise/import.mdx', "---\napproved_by: Mrs Patel\n---\nimport trip from './beach.jpg';\nimport { Image } from 'astro:assets';\n\nOur trip.\n\n<Image src={trip} alt=\"\" />\n");
    const component = put('shown-otherwise/component.mdx', '---\napproved_by: Mrs Patel\n---\nOur trip.\n\n<Image src="beach.jpg" alt="" />\n');
    for (const file of [html, markdown, mdx, component]) {
      const r = runCli([file, '--format', 'json'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/"ruleId": "image\/gps"/);
    }
  });
});

describe('a consent CSV whose first line is very long', () => {
  it('the line end is found by the auditor, not by csv-parse (which allocated at every character of the first line: a 50 MB header took 28 s), and found where csv-parse finds it', async () => {
    expect(recordDelimiter(`first_name,last_name${'x'.repeat(1_000_000)}`, ',')).toBe('\n');
    expect(recordDelimiter('\uFEFFa,b\r\nc,d\n', ',')).toBe('\r\n');
    expect(recordDelimiter('a;b\rc;d\r\n', ';')).toBe('\r');
    expect(recordDelimiter('"first\nname", "x""\r\ny"\r\nc,d', ',')).toBe('\r\n');
    expect(recordDelimiter('"unclosed\n', ',')).toBeUndefined();
    // The same rows as csv-parse's own discovery, over random small CSV texts.
    const { parse } = await import('csv-parse/sync');
    const parts = ['a', 'b c', ' ', ',', ';', '"', '""', '"x,y"', '"p\nq"', '\n', '\r\n', '\r', '\uFEFF'];
    const random = prng(SEED);
    for (let run = 0; run < 400; run++) {
      const text = Array.from({ length: 1 + int(random, 14) }, () => parts[int(random, parts.length)]!).join('');
      const options = { bom: true, delimiter: ',', relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true };
      const outcome = (extra: object) => {
        try {
          return JSON.stringify(parse(text, { ...options, ...extra }));
        } catch (error) {
          return `error: ${(error as { code?: string }).code}`;
        }
      };
      const lineEnd = recordDelimiter(text, ',');
      expect(outcome(lineEnd ? { record_delimiter: lineEnd } : {}), withSeed(`${JSON.stringify(text)} (run ${run})`, SEED)).toBe(outcome({}));
    }
  });
});

describe('a consent CSV whose header has thousands of columns and none it needs', () => {
  it('names the first 40 and how many more (the one error line listed all 10,000)', async () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `column ${i}`).join(',');
    await expect(parseConsentRecord(`${header}\nAmelia\n`, 'consent.csv')).rejects.toThrow(/the file has: column 0, column 1, .*column 39 and 9,960 more — map it/);
  });
});

describe('an Excel consent record that unpacks to far more than it holds', () => {
  it('is refused past the consent record limit, counted unpacked (its shared strings were allowed 256 MB: a 400 KB workbook whose strings unpacked to 170 MB took 14 s and a gigabyte)', async () => {
    const header = ['first_name', 'last_name', 'photo_website', 'photo_social'];
    // A hidden sheet's one long string puts 1.2 MB in the shared strings; the file itself is a few kilobytes.
    const workbook = xlsx([
      { name: 'Pupils', rows: [header, ['Amelia', 'Smith', 'Y', 'Y']] },
      { name: 'Padding', hidden: true, rows: [['x'.repeat(1_200_000)]] },
    ]);
    expect(workbook.length).toBeLessThan(100_000);
    const saved = process.env.POST_AUDIT_MAX_CONSENT_MB;
    process.env.POST_AUDIT_MAX_CONSENT_MB = '1';
    try {
      await expect(parseConsentRecord(workbook, 'consent.xlsx')).rejects.toThrow(/consent record consent\.xlsx: it unpacks to more than 1 MB/);
    } finally {
      if (saved === undefined) delete process.env.POST_AUDIT_MAX_CONSENT_MB;
      else process.env.POST_AUDIT_MAX_CONSENT_MB = saved;
    }
    // Within the limit it is read as before.
    expect((await parseConsentRecord(workbook, 'consent.xlsx')).pupils).toHaveLength(1);
  });
});

describe('a GIF whose XMP comes after its picture', () => {
  const xmpExtension = (packet: string) =>
    Buffer.concat([Buffer.from([0x21, 0xff, 0x0b]), Buffer.from('XMP DataXMP', 'latin1'), Buffer.from(packet, 'utf8'), Buffer.from([0x01, ...Array.from({ length: 256 }, (_, i) => 255 - i), 0x00])]);

  it('the XMP between the image and the trailer is read and cleaned (only the blocks before the first image were read: it passed, ExifTool printed City: Keswick)', async () => {
    const gif = await (await scene(48, 32)).gif().toBuffer();
    const file = put('xmp-after-image.gif', Buffer.concat([gif.subarray(0, -1), xmpExtension(xmpPacket('<photoshop:City>Keswick</photoshop:City>')), gif.subarray(-1)]));
    const metadata = await read(file);
    expect(metadata.error).toBeUndefined();
    expect(metadata.locationNames.map((n) => n.value)).toContain('Keswick');
    const copy = path.join(dir, 'xmp-after-image-clean.gif');
    expect((await stripMetadata(file, copy, { location: true, people: false })).written).toBe(true);
    expect((await read(copy)).locationNames).toEqual([]);
  });

  it('in an animation, XMP after the second frame is read; an animation cut inside a later frame still reads', async () => {
    const animated = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#369' } }).gif().toBuffer();
    // Two copies of the one frame's blocks make an animation of two images; XMP after them.
    const screenEnd = 13 + (animated[10]! & 0x80 ? 3 * 2 ** ((animated[10]! & 0x07) + 1) : 0);
    const body = animated.subarray(screenEnd, -1);
    const file = put('animation.gif', Buffer.concat([animated.subarray(0, screenEnd), body, body, xmpExtension(xmpPacket('<photoshop:City>Keswick</photoshop:City>')), Buffer.from([0x3b])]));
    expect((await read(file)).locationNames.map((n) => n.value)).toContain('Keswick');
    const cut = put('animation-cut.gif', Buffer.concat([animated.subarray(0, screenEnd), body, body.subarray(0, Math.floor(body.length / 2))]));
    expect((await read(cut)).error ?? '').not.toMatch(/GIF/);
  });
});

/** A one-page PDF of one line of text with `files` attached (EmbeddedFiles in its name tree), the second and on deflated. */
function pdfWithAttachments(files: [name: string, bytes: Buffer][]): Buffer {
  const objects: Buffer[] = [];
  const content = Buffer.from('BT /F1 12 Tf 72 700 Td (Our trip to the beach.) Tj ET', 'latin1');
  const names = files.map(([name], i) => `(${name}) ${5 + i * 2} 0 R`).join(' ');
  objects.push(Buffer.from(`<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [${names}] >> >> >>`, 'latin1'));
  objects.push(Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>', 'latin1'));
  objects.push(Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 4 0 R >>', 'latin1'));
  objects.push(Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream', 'latin1')]));
  files.forEach(([name, bytes], i) => {
    const data = i === 0 ? bytes : deflateSync(bytes);
    objects.push(Buffer.from(`<< /Type /Filespec /F (${name}) /UF (${name}) /EF << /F ${6 + i * 2} 0 R >> >>`, 'latin1'));
    objects.push(Buffer.concat([Buffer.from(`<< /Type /EmbeddedFile /Length ${data.length}${i === 0 ? '' : ' /Filter /FlateDecode'} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]));
  });
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const bytes = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), object, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(bytes);
    length += bytes.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

describe('a PDF newsletter with files attached', () => {
  it('an attached photo is inspected (its GPS passed: only image XObjects were read), and an attached file that is no photo is reported', async () => {
    const photo = await jpeg({ exif: GPS_EXIF });
    const file = put('attached.pdf', pdfWithAttachments([['beach.jpg', photo], ['beach again.jpg', photo], ['consent form.docx', Buffer.from('PK\x03\x04 not really a document')]]));
    const r = runCli([file, '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const findings = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string; message: string }[] }[] }).files[0]!.findings;
    expect(findings.filter((f) => f.ruleId === 'image/gps')).toHaveLength(2);
    expect(findings.find((f) => f.ruleId === 'post/unreadable')?.message).toMatch(/attached file, "consent form\.docx", which the auditor does not inspect/);
  });
});

/** A Word document of one paragraph that imports `chunk` (an altChunk) after it. */
function docxWithChunk(chunkName: string, chunk: string | undefined): Buffer {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(`<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p><w:r><w:t>Our trip to the beach.</w:t></w:r></w:p><w:altChunk r:id="rIdC"/></w:body></w:document>`),
      'word/_rels/document.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdC" Type="${R}/aFChunk" Target="${chunkName}"/></Relationships>`),
      ...(chunk === undefined ? {} : { [`word/${chunkName}`]: strToU8(chunk) }),
    }),
  );
}

describe('a Word document that imports another file into its text (w:altChunk)', () => {
  it('an imported HTML or text chunk is read as the document\'s text; another kind, or a missing one, makes it unreadable (each passed clean: the chunk was never read, though Word shows it)', () => {
    const cases: [name: string, chunk: string | undefined, expected: RegExp][] = [
      ['afchunk.htm', '<html><body><p>For more, call Mrs Jones on 07700 900123.</p></body></html>', /"ruleId": "text\/personal-data"/],
      ['afchunk.txt', 'For more, call Mrs Jones on 07700 900123.\n', /"ruleId": "text\/personal-data"/],
      ['afchunk.mht', 'MIME-Version: 1.0\n\n<p>For more, call 07700 900123.</p>', /imports word\/afchunk\.mht into its text \(an altChunk\), a kind of file the auditor does not read/],
      ['missing.htm', undefined, /imports word\/missing\.htm into its text \(an altChunk\), which it does not hold/],
    ];
    for (const [name, chunk, expected] of cases) {
      const file = put(`chunk-${name}.docx`, docxWithChunk(name, chunk));
      const r = runCli([file, '--format', 'json'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.status, name).toBe(1);
      expect(r.stdout, name).toMatch(expected);
    }
  });
});

describe('a HEIF whose many XMP items name the same bytes', () => {
  /** A HEIF of `count` XMP items all stored at the first one's extent, moved on `shift` bytes more for each. */
  function sharedExtents(packet: Buffer, count: number, shift: number): Buffer {
    const photo = heif(Array.from({ length: count }, (_, i) => ({ type: 'xmp' as const, data: i === 0 ? packet : Buffer.alloc(0) })));
    // iloc v1: its full-box header, the size fields and a 16-bit item count, then 16 bytes an item (the picture first).
    const rows = photo.indexOf(Buffer.from('iloc', 'latin1')) + 4 + 4 + 4;
    const offset = photo.readUInt32BE(rows + 16 + 8);
    for (let i = 1; i < count; i++) {
      photo.writeUInt32BE(offset + i * shift, rows + (i + 1) * 16 + 8);
      photo.writeUInt32BE(packet.length - i * shift, rows + (i + 1) * 16 + 12);
    }
    return photo;
  }
  const packet = Buffer.from(xmpPacket(`<photoshop:City>Keswick</photoshop:City>${'<dc:description>x</dc:description>'.repeat(20_000)}`));

  it('items naming one packet are read once (250 of them naming 680 KB took 20–34 s, a parse each)', async () => {
    const metadata = await read(put('shared-xmp.heic', sharedExtents(packet, 250, 0)));
    expect(metadata.error).toBeUndefined();
    expect(metadata.locationNames.map((n) => n.value)).toEqual(['Keswick']);
  });

  it('items naming overlapping bytes past 32 MB of XMP together are unreadable, not parsed one by one', async () => {
    expect((await read(put('overlapping-xmp.heic', sharedExtents(packet, 100, 1)))).error).toMatch(/its XMP packets come to \d+ MB, more than the 32 MB the auditor reads/);
  });
});

describe('an OpenDocument text whose picture is written into its XML (office:binary-data)', () => {
  it('the picture is inspected (it passed: only pictures named by xlink:href were read)', async () => {
    const photo = (await jpeg({ exif: GPS_EXIF })).toString('base64');
    const body = `<text:p>Our trip.<draw:frame draw:name="Image1" text:anchor-type="as-char"><draw:image><office:binary-data>${photo.replace(/(.{76})/g, '$1\n')}</office:binary-data></draw:image></draw:frame></text:p>`;
    const file = put('held-picture.odt', odt({ body }));
    const r = runCli([file, '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/"ruleId": "image\/gps"/);
  });
});

describe('a YAML config of thousands of keys', () => {
  it('is parsed in time that grows with its size (the yaml package compared each key with every one before it: 200,000 keys took minutes), and a repeated key is still refused', async () => {
    const yaml = await loadYaml();
    const keys = 50_000;
    const parsed = parseYaml(yaml, Array.from({ length: keys }, (_, i) => `k${i}: ${i}\n`).join('')) as Record<string, number>;
    expect(Object.keys(parsed)).toHaveLength(keys);
    expect(() => parseYaml(yaml, 'staff: [Mr A]\npolicy: wmat\nstaff: [Mr B]\n')).toThrow(/Map keys must be unique \("staff" is repeated\)/);
    expect(() => parseYaml(yaml, 'a: [1\n')).toThrow();
  });

  it('stray keys are named on one short line: the first ten and how many more (every one was listed)', () => {
    const folder = path.join(dir, 'stray-keys');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, '.postauditrc.yaml'), Array.from({ length: 2_000 }, (_, i) => `key${i}: 1\n`).join(''));
    writeFileSync(path.join(folder, 'post.md'), '---\napproved_by: Mrs Patel\n---\nHello.\n');
    const r = runCli([path.join(folder, 'post.md')], { cwd: folder });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^post-audit: \.postauditrc\.yaml: unknown key "key0", "key1", .*"key9" and 1,990 more$/)]);
  });
});
