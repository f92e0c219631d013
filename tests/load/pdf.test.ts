// PDF newsletters: the text of each page laid out a paragraph a line, the JPEG photos stored in the
// file read as they are (EXIF included), and what is refused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { NotAPdf, readPdf } from '../../src/load/pdf.js';
import { GPS_EXIF, jpeg } from '../images/build.js';
import { pdf } from './pdf-builder.js';

const lines = (source: string) => source.split('\n');
let gpsPhoto: Buffer;
let cleanPhoto: Buffer;

beforeAll(async () => {
  [gpsPhoto, cleanPhoto] = await Promise.all([jpeg({ exif: GPS_EXIF }), jpeg()]);
});

describe('readPdf', () => {
  it('lays out each page’s text a paragraph a line, in reading order, with the page each starts on', async () => {
    const doc = await readPdf(
      pdf({
        pages: [
          { paragraphs: ['Oakfield News', ['Well done to Year 4 for a', 'brilliant sports day.'], 'Ring the office on 01632 960000.'], sizes: [20] },
          { paragraphs: ['Page two', 'Dates for your diary'] },
        ],
        info: { Author: 'Amelia Smith', Title: 'Newsletter 12' },
      }),
    );
    expect(lines(doc.source)).toEqual(['Oakfield News', 'Well done to Year 4 for a brilliant sports day.', 'Ring the office on 01632 960000.', 'Page two', 'Dates for your diary', 'Title: Newsletter 12', '']);
    expect(doc.pageStarts).toEqual([1, 4, 6]);
    expect(doc.segments[0]).toMatchObject({ kind: 'heading', text: 'Oakfield News' });
    expect(doc.segments[1]).toMatchObject({ kind: 'body' });
    // Of the document's properties, the title is shown (a browser's tab); its author is not.
    expect(doc.source).not.toContain('Amelia');
    for (const segment of doc.segments) expect(doc.source.slice(segment.pieces[0]!.sourceStart, segment.pieces[0]!.sourceStart + segment.text.length)).toBe(segment.text);
  });

  it('reads the properties a reader is shown — title, subject, keywords — last, a line each (a title is often the file it was exported from)', async () => {
    const utf16 = `\u00fe\u00ff${Buffer.from('Zoë Smith — EHCP review.docx', 'utf16le').swap16().toString('latin1')}`;
    const doc = await readPdf(
      pdf({
        pages: [{ paragraphs: ['Oakfield News'] }],
        info: { Title: utf16, Subject: 'Ring 07700 900123', Keywords: 'trip, Year 4', Author: 'Jo Patel', Producer: 'Word' },
      }),
    );
    expect(lines(doc.source)).toEqual(['Oakfield News', 'Title: Zoë Smith — EHCP review.docx', 'Subject: Ring 07700 900123', 'Keywords: trip, Year 4', '']);
    expect(doc.pageStarts).toEqual([1, 2]);
    expect(doc.source).not.toContain('Jo Patel');
  });

  it.each([false, true])('hands out each JPEG photo’s stored bytes, EXIF GPS included, on the line after its page’s text (object streams: %s)', async (compressed) => {
    const doc = await readPdf(
      pdf({
        compressed,
        pages: [{ paragraphs: ['Our trip'], photos: [gpsPhoto], otherImages: ['flate'] }, { paragraphs: ['More'], photos: [cleanPhoto, gpsPhoto] }],
        orphanPhotos: [gpsPhoto],
      }),
    );
    expect(lines(doc.source)).toEqual(['Our trip', '[picture: photo 1 on page 1]', 'More', '[picture: photo 1 on page 2] [picture: photo 2 on page 2]', '[picture: photo 1 on no page]', '']);
    expect(doc.pictures.map((p) => p.ref)).toEqual(['photo 1 on page 1', 'photo 1 on page 2', 'photo 2 on page 2', 'photo 1 on no page']);
    const first = doc.pictures[0]!.inside!;
    expect('bytes' in first && first.bytes.equals(gpsPhoto)).toBe(true);
    expect(doc.pictures[0]!.offset).toBe('Our trip\n'.length);
    const metadata = await readImageMetadata((doc.pictures[2]!.inside as { bytes: Buffer }).bytes);
    expect(metadata.gps[0]?.latitude).toBeCloseTo(54.59, 1);
  });

  it('reads no more pages than the cap, and says so as an error (POST_AUDIT_MAX_PDF_PAGES)', async () => {
    process.env.POST_AUDIT_MAX_PDF_PAGES = '1';
    try {
      const doc = await readPdf(pdf({ pages: [{ paragraphs: ['One'] }, { paragraphs: ['Two'], photos: [gpsPhoto] }] }));
      expect(lines(doc.source)).toEqual(['One', '[picture: photo 1 on page 2]', '']);
      expect(doc.problems).toEqual([{ message: 'it has 2 pages: only the first 1 were read', offset: 0 }]);
    } finally {
      delete process.env.POST_AUDIT_MAX_PDF_PAGES;
    }
  });

  it.each([
    ['one resource dictionary for every page', { sharedResources: true }],
    ['each photo drawn through a form', { photosInForms: true }],
    ['both, content compressed', { sharedResources: true, photosInForms: true, compressed: true }],
  ])('places a photo on the page that draws it: %s', async (_, options) => {
    const doc = await readPdf(pdf({ ...options, pages: [{ paragraphs: ['No photo here'] }, { paragraphs: ['Sports day'], photos: [cleanPhoto] }, { paragraphs: ['The trip'], photos: [gpsPhoto] }] }));
    expect(lines(doc.source)).toEqual(['No photo here', 'Sports day', '[picture: photo 1 on page 2]', 'The trip', '[picture: photo 1 on page 3]', '']);
    expect((doc.pictures[1]!.inside as { bytes: Buffer }).bytes.equals(gpsPhoto)).toBe(true);
  });

  it('reads a page’s comments (sticky notes) as text and its e-mail and phone links as addresses; a comment "audit-ignore …" applies to its page', async () => {
    const doc = await readPdf(
      pdf({
        pages: [
          { paragraphs: ['Contact us'], annotations: [{ note: 'Sam, who has an EHCP,\nis not to be named' }, { link: 'mailto:jo.bloggs@gmail.com' }, { link: 'tel:07700900123' }, { link: 'https://example.org/' }] },
          { paragraphs: ['Ring 07700 900123'], annotations: [{ note: 'audit-ignore text/personal-data: the office mobile, published on purpose' }] },
        ],
      }),
    );
    expect(lines(doc.source)).toEqual(['Contact us', 'Comment: Sam, who has an EHCP, is not to be named', '[link: jo.bloggs@gmail.com] [link: 07700900123]', 'Ring 07700 900123', '']);
    const page2 = doc.source.indexOf('Ring');
    expect(doc.suppressions).toEqual([{ ruleId: 'text/personal-data', reason: 'the office mobile, published on purpose', start: page2, end: page2 + 'Ring 07700 900123'.length, offset: page2 }]);
    expect(doc.segments.map((segment) => segment.text)).toContain('jo.bloggs@gmail.com');
  });

  it('notes a JPEG 2000 picture as not inspected', async () => {
    const doc = await readPdf(pdf({ pages: [{ paragraphs: ['Art week'], otherImages: ['jpx'] }] }));
    expect(lines(doc.source)).toEqual(['Art week', '']);
    expect(doc.pictures).toEqual([]);
    expect(doc.problems).toEqual([{ severity: 'warning', offset: 0, message: 'a picture on page 1 is JPEG 2000, which the auditor does not inspect: check that photo for a location before it goes into the newsletter' }]);
  });

  it('refuses an encrypted, damaged, empty or false PDF, saying what to do', async () => {
    await expect(readPdf(pdf({ pages: [{ paragraphs: ['Secret'] }], encrypt: true }))).rejects.toThrow(/encrypted .*export the newsletter again without a password/);
    await expect(readPdf(Buffer.from('random bytes, not a PDF'))).rejects.toThrow(NotAPdf);
    const whole = pdf({ pages: [{ paragraphs: ['Hello'] }] });
    await expect(readPdf(whole.subarray(0, 30))).rejects.toThrow(NotAPdf);
    await expect(readPdf(pdf({ pages: [{ otherImages: ['flate'] }] }))).rejects.toThrow(/no text to read .*scanned/);
  });

  it('refuses a damaged PDF whose page pdf.js skipped (its page tree and pdf.js disagree), not passing it as a text-less scan', async () => {
    // Found by the hardening tests: an object stream with a byte changed.
    const damaged = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'pdf', 'skipped-first-page.pdf'));
    await expect(readPdf(damaged)).rejects.toThrow(/it is damaged \(its page tree lists 0 pages, and 1 could be read\)/);
  });

  it.each([
    ['every object an unclosed string', '1 0 obj ('],
    ['every object an unclosed hex string', '1 0 obj <'],
    ['every object a stream with no end', '1 0 obj <</Length 5>> stream\n'],
  ])('refuses a hostile file, not reading it again from each object: %s', async (_, object) => {
    // Read again from each of its ~500,000 objects, this file took far longer than the test timeout.
    await expect(readPdf(Buffer.from(`%PDF-1.7\n${object.repeat(4_000_000 / object.length)}`, 'latin1'))).rejects.toThrow(/its objects cannot be told apart/);
  });

  it('reads a scan with photos but no text, with a warning that its words were not checked', async () => {
    const doc = await readPdf(pdf({ pages: [{ photos: [cleanPhoto] }] }));
    expect(doc.pictures).toHaveLength(1);
    expect(doc.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/no text to read/) })]);
  });
});
