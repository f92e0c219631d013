// Property-based tests: whatever bytes arrive, the loaders answer with a result or a clean
// UsageError (the CLI's one-line exit 2), and the image reader answers with metadata, its `error`
// set when it could not parse the file. Seeded: see seed.ts (FC_SEED, FC_RUNS).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { parseConsentRecord } from '../../src/consent/record.js';
import { readImageMetadata } from '../../src/images/read.js';
import { loadPost } from '../../src/load/post.js';
import { loadSharp } from '../../src/images/thumbnail.js';
import { jpeg, makerNoteSerialExif, withSegments } from '../images/build.js';
import { docx, para, picture } from '../load/word.js';
import { frame, odt } from '../load/odf.js';
import { pdf } from '../load/pdf-builder.js';
import { xlsx } from '../consent/xlsx.js';
import { RUNS, SEED, noHang } from './seed.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-props-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
function tempFile(ext: string, content: Uint8Array | string): string {
  const file = path.join(dir, `case-${counter++}${ext}`);
  writeFileSync(file, content);
  return file;
}

/** Pieces real posts are made of, so random text hits the parsers' interesting paths. */
const postPiece = fc.oneof(
  fc.constantFrom(
    '---\n', '---\r\n', '...\n', 'title: ', 'channel: facebook\n', 'date: 2026-07-03\n', ': ', '- ', '  ', '\t', '\n', '\r\n', '\r',
    '# ', '**', '_', '`', '```\n', '> ', '[', ']', '(', ')', '![', '](', '![Trip](photos/a.jpg)', '![x](../../etc/passwd.jpg)',
    '![x](/abs/p.jpg)', '![x](file:///etc/x.jpg)', '![x](data:image/png;base64,iVBOR)', '![x](%2e%2e/%2fa.jpg)', '<img src="',
    '<img src=x.jpg>', '<p>', '</p>', '<div', '<!--', '-->', '<!-- post-audit-disable-next-line text/derogatory -- ok -->',
    '<script>', '</script>', '&amp;', '&#x0;', '&', '"', "'", '{', '}', '|', '\u0000', '\uFEFF', '\u202E', '\uD800', 'Amelia Smith ',
    'https://example.org/a.jpg', '*', '@', '#', '0', '07700 900123', 'AB123456C',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const postText = fc.array(postPiece, { maxLength: 60 }).map((parts) => parts.join(''));
const postBytes = fc.oneof(
  fc.uint8Array({ maxLength: 800 }),
  postText.map((t) => Buffer.from(t, 'utf8')),
  postText.map((t) => Buffer.from(t, 'latin1')),
  fc.tuple(fc.constantFrom(Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])), postText).map(([bom, t]) =>
    Buffer.concat([bom, Buffer.from(t, 'utf8')]),
  ),
);

async function loadOrUsageError(file: string): Promise<void> {
  try {
    const post = await noHang(loadPost(file, { root: dir }), `loadPost ${file}`);
    expect(typeof post.source).toBe('string');
    expect(Array.isArray(post.segments)).toBe(true);
    for (const segment of post.segments) {
      for (const piece of segment.pieces) {
        expect(piece.sourceStart).toBeGreaterThanOrEqual(0);
        expect(piece.sourceStart + piece.length).toBeLessThanOrEqual(post.source.length);
      }
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
  }
}

/** Bytes flipped, cut short or spliced in: what a damaged download or a fuzzer makes of a file. */
const byteMutations = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 40 }) }),
  ),
  { minLength: 1, maxLength: 4 },
);

function mutate(original: Buffer, mutations: { kind: 'flip' | 'cut' | 'splice'; at: number; value?: number; bytes?: Uint8Array }[]): Buffer {
  let bytes = Buffer.from(original);
  for (const m of mutations) {
    if (bytes.length === 0) break;
    const at = m.at % bytes.length;
    if (m.kind === 'flip') bytes[at] = m.value!;
    else if (m.kind === 'cut') bytes = bytes.subarray(0, at);
    else bytes = Buffer.concat([bytes.subarray(0, at), m.bytes!, bytes.subarray(at)]);
  }
  return bytes;
}

describe(`post loader under arbitrary input (seed ${SEED}, ${RUNS} runs)`, () => {
  for (const ext of ['.md', '.html', '.txt', '.docx', '.odt', '.pdf']) {
    it(`${ext}: a Post or a UsageError, never another exception or a hang`, async () => {
      await fc.assert(fc.asyncProperty(postBytes, async (bytes) => loadOrUsageError(tempFile(ext, bytes))));
    });
  }

  it('.docx: a Word document with bytes flipped, cut or spliced gives a Post or a UsageError', async () => {
    const word = docx({
      body: para('Year 5 on the beach', 'Heading1') + '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Call 07700 900123</w:t></w:r><w:commentRangeEnd w:id="0"/></w:p>' + picture('rId5', 'Amelia'),
      relationships: { rId5: ['media/image1.jpeg'] },
      media: { 'image1.jpeg': await jpeg() },
      comments: { '0': 'audit-ignore text/personal-data: the office mobile' },
    });
    await fc.assert(
      fc.asyncProperty(byteMutations, async (mutations) => {
        await noHang(loadOrUsageError(tempFile('.docx', mutate(word, mutations))), 'a mutated Word document');
      }),
    );
  });

  it('.odt: an OpenDocument text with bytes flipped, cut or spliced gives a Post or a UsageError', async () => {
    const document = odt({
      body: `<text:h>Year 5</text:h><text:p>Call 07700 900123<office:annotation><dc:creator>Head</dc:creator><text:p>audit-ignore text/personal-data: the office mobile</text:p></office:annotation></text:p><text:p>${frame('Pictures/a.jpg', 'Amelia')}</text:p>`,
      header: '<text:p>Newsletter</text:p>',
      pictures: { 'a.jpg': await jpeg() },
    });
    await fc.assert(
      fc.asyncProperty(byteMutations, async (mutations) => {
        await noHang(loadOrUsageError(tempFile('.odt', mutate(document, mutations))), 'a mutated OpenDocument text');
      }),
    );
  });

  it.each([false, true])('.pdf: a PDF newsletter with bytes flipped, cut or spliced gives a Post or a UsageError (object streams: %s)', async (compressed) => {
    const newsletter = pdf({
      compressed,
      pages: [
        { paragraphs: ['Year 5 news', ['Call 07700 900123 about', 'the trip.']], sizes: [18], photos: [await jpeg()], otherImages: ['flate'], annotations: [{ note: 'audit-ignore text/personal-data: the office mobile' }, { link: 'mailto:office@example.org' }] },
        { paragraphs: ['Page two'], photos: [await jpeg()] },
      ],
      photosInForms: compressed,
      info: { Author: 'Amelia Smith' },
    });
    await fc.assert(
      fc.asyncProperty(byteMutations, async (mutations) => {
        await noHang(loadOrUsageError(tempFile('.pdf', mutate(newsletter, mutations))), 'a mutated PDF');
      }),
    );
  });

  it('front matter: any YAML-ish header gives a Post, with a problem when it is not valid', async () => {
    const yamlish = fc.array(
      fc.oneof(
        fc.constantFrom('key: value\n', 'a: [1, 2\n', 'b: {c: \n', '- x\n', '  - y\n', '? complex\n', ': \n', '&anchor a\n', '*anchor\n', '!!binary x\n',
          '"unclosed\n', "'single\n", '|\n', '>\n', '\t tab: 1\n', 'date: 2026-13-45\n', 'channel: [facebook]\n', 'approved_by:\n', '%YAML 1.2\n', '---\n', '<<: *a\n'),
        fc.string({ maxLength: 10 }),
      ),
      { maxLength: 20 },
    );
    await fc.assert(
      fc.asyncProperty(yamlish, fc.boolean(), fc.constantFrom('\n', '\r\n'), async (lines, closed, eol) => {
        const header = lines.join('').replace(/\n/g, eol);
        const text = `---${eol}${header}${closed ? `---${eol}` : ''}Well done to everyone.${eol}`;
        const post = await noHang(loadPost(tempFile('.md', text), { root: dir }), 'front matter');
        expect(post.frontMatter).toBeTypeOf('object');
        expect(post.frontMatter).not.toBeNull();
      }),
    );
  });

  it('TOML front matter: any TOML-ish header gives a Post, with a problem when it is not closed', async () => {
    const tomlish = fc.array(
      fc.oneof(
        fc.constantFrom('key = "value"\n', 'a = [1, 2\n', 'b = {c = \n', '[params]\n', '[[gallery]]\n', 'src = "trip.jpg"\n', 'date = 2026-13-45\n', 'x = """\n',
          "y = '''\n", 'approved_by = 3\n', 'images = ["a.jpg", 1]\n', '__proto__ = "p.jpg"\n', 'a.b.c = 1\n', 'n = 1e999\n', 'z = inf\n', '"\\u0000" = 1\n'),
        fc.string({ maxLength: 10 }),
      ),
      { maxLength: 20 },
    );
    await fc.assert(
      fc.asyncProperty(tomlish, fc.boolean(), fc.constantFrom('\n', '\r\n'), async (lines, closed, eol) => {
        const header = lines.join('').replace(/\n/g, eol);
        const text = `+++${eol}${header}${closed ? `${eol}+++${eol}` : ''}Well done to everyone.${eol}`;
        const post = await noHang(loadPost(tempFile('.md', text), { root: dir }), 'TOML front matter');
        expect(post.frontMatter).toBeTypeOf('object');
        expect(post.frontMatter).not.toBeNull();
        if (!closed && !/^\+\+\+[ \t]*$/m.test(header)) expect(post.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe(`consent loader under arbitrary input (seed ${SEED}, ${RUNS} runs)`, () => {
  const csvPiece = fc.oneof(
    fc.constantFrom('first_name', 'last_name', 'photo_website', 'photo_social', 'withdrawn_on', ',', ';', '\t', '|', '"', '""', '\n', '\r\n', 'Y', 'N', 'yes', 'maybe', '2026-01-01', '31/02/2026', 'Amelia', 'Smith', ' ', '\uFEFF', '\u0000'),
    fc.string({ maxLength: 8 }),
  );
  const csv = fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    fc.array(csvPiece, { maxLength: 80 }).map((p) => p.join('')),
    fc.array(csvPiece, { maxLength: 60 }).map((p) => `first_name,last_name,photo_website\n${p.join('')}`),
  );
  it('a record or a UsageError, never another exception', async () => {
    await fc.assert(
      fc.asyncProperty(csv, async (input) => {
        try {
          const record = await noHang(parseConsentRecord(typeof input === 'string' ? input : Buffer.from(input), 'consent.csv'), 'parseConsentRecord');
          expect(Array.isArray(record.pupils)).toBe(true);
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          expect(error.message).not.toContain('\n');
        }
      }),
    );
  });

  it('an Excel workbook with bytes flipped, cut or spliced: a record or a one-line UsageError', async () => {
    const book = xlsx([
      {
        name: 'Consent',
        rows: [
          ['Forename', 'Surname', 'photo_website', 'photo_social', 'withdrawn_on'],
          ['Amelia', 'Smith', 'Y', true, { date: 46082 }],
          ['Zoë', 'Ng', 'N', false, null],
        ],
      },
    ]);
    await fc.assert(
      fc.asyncProperty(byteMutations, async (mutations) => {
        try {
          const record = await noHang(parseConsentRecord(mutate(book, mutations), 'consent.xlsx'), 'a mutated workbook');
          expect(Array.isArray(record.pupils)).toBe(true);
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          expect(error.message).not.toContain('\n');
        }
      }),
    );
  });
});

describe(`image reader under arbitrary input (seed ${SEED}, ${RUNS} runs)`, () => {
  const magic: Record<string, Buffer> = {
    '.jpg': Buffer.from([0xff, 0xd8, 0xff]),
    '.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    '.tif': Buffer.from('II*\0', 'latin1'),
    '.webp': Buffer.from('RIFF\0\0\0\0WEBP', 'latin1'),
    '.heic': Buffer.from('\0\0\0\x18ftypheic', 'latin1'),
    '.mp4': Buffer.from('\0\0\0\x18ftypisom', 'latin1'),
    '.gif': Buffer.from('GIF89a', 'latin1'),
  };
  const extensions = Object.keys(magic);
  const imageBytes = fc.tuple(fc.constantFrom(...extensions), fc.boolean(), fc.uint8Array({ maxLength: 1500 }));

  it('returns metadata, with `error` set for garbage — never throws, never a clean result for bytes nothing can decode', async () => {
    const sharp = await loadSharp();
    await fc.assert(
      fc.asyncProperty(imageBytes, async ([ext, withMagic, body]) => {
        const bytes = withMagic ? Buffer.concat([magic[ext]!, body]) : Buffer.from(body);
        const file = tempFile(ext, bytes);
        const metadata = await noHang(readImageMetadata(file), `readImageMetadata ${ext}`);
        expect(metadata).toBeTypeOf('object');
        if (metadata.error) {
          expect(metadata.error).toBeTypeOf('string');
          return;
        }
        // A clean answer must come from a file that really is an image (or video) sharp can open.
        const decodes = await sharp(file, { failOn: 'error' }).raw().toBuffer().then(() => true, () => false);
        const isVideo = metadata.format === 'mp4' || metadata.format === 'mov';
        expect(decodes || isVideo, `clean result for undecodable bytes (${ext}, ${bytes.length} bytes, format ${metadata.format})`).toBe(true);
      }),
    );
  });
  it('a maker note with any of its bytes changed: a serial or none, never a failure of the whole photo', async () => {
    const base = await jpeg();
    const makers = ['nikon', 'nikon-old', 'olympus', 'olympus-e1', 'panasonic', 'motorola', 'sigma'] as const;
    const notes = makers.map((maker) => makerNoteSerialExif(maker, 'B9V508278'));
    await fc.assert(
      fc.asyncProperty(fc.nat(notes.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 8 }), async (which, flips) => {
        const note = Buffer.from(notes[which]!);
        // Only the maker note's own bytes change (it starts with the maker's name, and comes last), not
        // the EXIF around it: a damaged EXIF directory is an error of its own.
        const start = ['Nikon', 'OLYMP', 'Panasonic', 'MOT', 'SIGMA'].map((name) => note.lastIndexOf(name)).find((at) => at >= 0)!;
        for (const [at, value] of flips) note[start + (at % (note.length - start))] = value;
        const metadata = await noHang(readImageMetadata(tempFile('.jpg', withSegments(base, [0xe1, note]))), 'readImageMetadata maker note');
        expect(metadata.error).toBeUndefined();
        expect(metadata.device.serial === undefined || typeof metadata.device.serial === 'string').toBe(true);
      }),
    );
  });
});
