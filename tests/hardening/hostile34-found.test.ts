// What the hostile34 corpus found (odd option values, Excel consent records as Excel shows them,
// damaged photo directories …): each case is a small input built here, and what the auditor must
// now do with it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { parseConsentRecord } from '../../src/consent/record.js';
import { readImageMetadata } from '../../src/images/read.js';
import { loadPost } from '../../src/load/post.js';
import { exifPayload, gpsTiff, insertSegment } from '../images/build.js';
import { runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { xlsx, type Cell } from '../consent/xlsx.js';
import { docx, para, picture } from '../load/word.js';
import { odt } from '../load/odf.js';
import { readWordDocument } from '../../src/load/docx.js';
import { readOpenDocument } from '../../src/load/odt.js';

const HEADER = ['first_name', 'last_name', 'photo_website', 'photo_social', 'video', 'name_published', 'do_not_publish'];

/** A workbook whose first sheet gets `after` written after its sheetData (merged cells and the like). */
function workbook(rows: Cell[][], after = ''): Buffer {
  const files = unzipSync(xlsx([{ name: 'Pupils', rows }]));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('</sheetData>', `</sheetData>${after}`));
  return Buffer.from(zipSync(files));
}

const pupil = (record: Awaited<ReturnType<typeof parseConsentRecord>>, first: string) => record.pupils.find((p) => p.firstName === first)!;

describe('an option or a path given as ""', () => {
  // `audit post.md --consent "$CONSENT"` with the variable unset: the audit ran without the record
  // (exit 1 on other findings, the names only warnings); --config "" and --policy "" fell back to the
  // defaults; `audit ""` audited the whole current folder.
  const { dir, put } = tempFolder('hostile34-empty');
  put('post.md', '---\ntitle: Sports day\napproved_by: Mrs Patel\n---\n\nYear 4 had a lovely day.\n');

  it.each([
    [['--consent', '', 'post.md'], /^post-audit: --consent: the value is empty/],
    [['--config', '', 'post.md'], /^post-audit: --config: the value is empty/],
    [['--policy', ' ', 'post.md'], /^post-audit: --policy: the value is empty/],
    [['--baseline', '', 'post.md'], /^post-audit: --baseline: the value is empty/],
    [['--shard', '', 'post.md'], /^post-audit: --shard: the value is empty/],
    [['--changed', '', 'post.md'], /^post-audit: --changed: the value is empty/],
    [['-', '--stdin-filename', ''], /^post-audit: --stdin-filename: the value is empty/],
    [[''], /^post-audit: a path given is empty/],
    [['post.md', ''], /^post-audit: a path given is empty/],
    [['photos', ''], /^post-audit: audit photos: the folder given is empty/],
    [['photos', '.', '--report', ''], /^post-audit: --report: the value is empty/],
    [['explain', ''], /^post-audit: audit explain: the rule-id given is empty/],
  ])('audit %j is exit 2 and one line', (args, message) => {
    const result = runCli(args, { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('a value that is not empty is read as before', () => {
    expect(runCli(['--policy', 'whmat', 'post.md'], { cwd: dir }).status).toBe(0);
  });
});

describe('--shard with a count past what the split can reach', () => {
  it('1/99999999999999999999 is refused (it passed, exit 0, every shard empty and nothing audited)', () => {
    const { dir, put } = tempFolder('hostile34-shard');
    put('post.md', '---\ntitle: x\napproved_by: Mrs Patel\n---\n\nHello.\n');
    const result = runCli(['--shard', '1/99999999999999999999', 'post.md'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--shard "1\/99999999999999999999"/);
    expect(runCli(['--shard', '1/1', 'post.md'], { cwd: dir }).status).toBe(0);
  });
});

describe('an Excel consent record read as Excel shows it', () => {
  it('a "Y" merged down the do-not-publish column is a "Y" for every pupil in the range (the pupils below it were read as blank: not on the list)', async () => {
    const rows: Cell[][] = [HEADER, ['Amelia', 'Hart', 'Y', 'Y', 'Y', 'Y', 'Y'], ['Theo', 'Pemberton', 'Y', 'Y', 'Y', 'Y', null], ['Ada', 'Lovel', 'Y', 'Y', 'Y', 'Y', 'N']];
    const record = await parseConsentRecord(workbook(rows, '<mergeCells count="1"><mergeCell ref="G2:G3"/></mergeCells>'), 'c.xlsx');
    expect(pupil(record, 'Theo').doNotPublish).toBe(true);
    expect(pupil(record, 'Ada').doNotPublish).toBe(false);
    // Without the merge the blank is read as before.
    expect(pupil(await parseConsentRecord(workbook(rows), 'c.xlsx'), 'Theo').doNotPublish).toBe(false);
  });

  it('a merged range across columns, or over a cell with its own value, fills only the blanks; a range of a million rows costs no more than the sheet', async () => {
    const rows: Cell[][] = [HEADER, ['Amelia', 'Hart', 'N', null, null, 'N', 'N']];
    const record = await parseConsentRecord(workbook(rows, '<mergeCells><mergeCell ref="C2:E2"/><mergeCell ref="$F$2:$G$1048576"/><mergeCell ref="nonsense"/></mergeCells>'), 'c.xlsx');
    const amelia = pupil(record, 'Amelia');
    expect([amelia.photoWebsite, amelia.photoSocial, amelia.video, amelia.namePublished, amelia.doNotPublish]).toEqual([false, false, false, false, false]);
    expect(record.pupils).toHaveLength(1);
  });

  it('a cell naming a shared string the file does not hold is one line naming the cell (it was read as blank)', async () => {
    for (const index of ['700', '-1', 'x']) {
      const rows: Cell[][] = [HEADER, ['Theo', 'Pemberton', 'Y', 'Y', 'Y', 'Y', { type: 's', xml: `<v>${index}</v>` }]];
      await expect(parseConsentRecord(workbook(rows), 'c.xlsx')).rejects.toThrow(`consent record c.xlsx: the cell G2 names shared string "${index}"`);
    }
  });

  it('a formula with no calculated value is one line naming the cell (it was read as blank); a calculated one is read', async () => {
    const uncalculated: Cell[][] = [HEADER, ['Theo', 'Pemberton', 'Y', 'Y', 'Y', 'Y', { type: 'str', xml: '<f>IF(A2="Theo","Y","N")</f>' }]];
    await expect(parseConsentRecord(workbook(uncalculated), 'c.xlsx')).rejects.toThrow(/the cell G2 holds a formula whose value was never calculated/);
    const calculated: Cell[][] = [HEADER, ['Theo', 'Pemberton', 'Y', 'Y', 'Y', 'Y', { type: 'str', xml: '<f>IF(A2="Theo","Y","N")</f><v>Y</v>' }]];
    expect(pupil(await parseConsentRecord(workbook(calculated), 'c.xlsx'), 'Theo').doNotPublish).toBe(true);
  });

  it('a cell written twice in a row is one line (the second was taken: "N" over the "Y" before it)', async () => {
    const files = unzipSync(xlsx([{ name: 'Pupils', rows: [HEADER, ['Theo', 'Pemberton', 'Y', 'Y', 'Y', 'Y', 'Y']] }]));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('</row></sheetData>', '<c r="G2" t="inlineStr"><is><t>N</t></is></c></row></sheetData>'));
    await expect(parseConsentRecord(Buffer.from(zipSync(files)), 'c.xlsx')).rejects.toThrow(/the cell G2 is written twice/);
  });

  it('end to end: the merged "Y" makes the post an error', () => {
    const { dir, put } = tempFolder('hostile34-merged');
    const rows: Cell[][] = [HEADER, ['Amelia', 'Hart', 'Y', 'Y', 'Y', 'Y', 'Y'], ['Theo', 'Pemberton', 'Y', 'Y', 'Y', 'Y', null]];
    put('c.xlsx', workbook(rows, '<mergeCells count="1"><mergeCell ref="G2:G3"/></mergeCells>'));
    put('post.md', '---\ntitle: Sack race\napproved_by: Mrs Patel\n---\n\nWell done Theo Pemberton on the sack race.\n');
    const result = runCli(['post.md', '--consent', 'c.xlsx', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('consent/do-not-publish');
  });
});

describe('an EXIF GPS pointer that points back at IFD0', () => {
  // gpsTiff writes IFD0 at offset 8 with two entries (Make, then the GPS pointer, whose value is at 30).
  const pointingBack = () => {
    const tiff = gpsTiff();
    tiff.writeUInt32BE(8, 30);
    return tiff;
  };
  const jpeg = async (tiff: Buffer) => insertSegment(await sharp({ create: { width: 16, height: 16, channels: 3, background: '#6699cc' } }).jpeg().toBuffer(), 0xe1, exifPayload(tiff));

  it('is a damaged photo, not a clean one (it passed: IFD0 was read as a GPS directory with no position; ExifTool warns "GPS pointer references previous IFD0 directory")', async () => {
    const { put } = tempFolder('hostile34-gps-ifd0');
    const metadata = await readImageMetadata(put('photo.jpg', await jpeg(pointingBack())));
    expect(metadata.error).toMatch(/GPS directory that cannot be read/);
    const ordinary = await readImageMetadata(put('ordinary.jpg', await jpeg(gpsTiff())));
    expect(ordinary.error).toBeUndefined();
    expect(ordinary.gps).toHaveLength(1);
  });

  it('so is a GPS pointer at a directory of no GPS tags (the pointer off, or at another kind of directory: it passed clean with no position)', async () => {
    const tiff = gpsTiff();
    const gpsAt = tiff.readUInt32BE(30);
    for (let i = 0; i < tiff.readUInt16BE(gpsAt); i++) tiff.writeUInt16BE(tiff.readUInt16BE(gpsAt + 2 + i * 12) + 0x100, gpsAt + 2 + i * 12);
    const { put } = tempFolder('hostile34-gps-none');
    expect((await readImageMetadata(put('photo.jpg', await jpeg(tiff)))).error).toMatch(/GPS directory that cannot be read/);
  });

  it('--strip-location writes no copy of it (the copy had IFD0 blanked as if it were the GPS directory, and the GPS directory left in it)', async () => {
    const { dir, put } = tempFolder('hostile34-gps-ifd0-strip');
    put('photo.jpg', await jpeg(pointingBack()));
    put('post.md', '---\ntitle: Trip\napproved_by: Mrs Patel\n---\n\nA lovely day.\n\n![The beach](photo.jpg)\n');
    const result = runCli(['post.md', '--strip-location', '--out', 'clean'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/not cleaned: photo\.jpg/);
    expect(existsSync(path.join(dir, 'clean', 'photo.jpg'))).toBe(false);
  });
});

describe('Hugo\'s JSON front matter', () => {
  const load = (file: string) => loadPost(file, { root: path.dirname(file) });
  // A post opening with a JSON object, as Hugo reads it: its keys were read as body text, so the
  // photo it names passed uninspected and its approved_by was missing.
  it('is read as front matter: the photo it names is an attachment, its settings and text are read', async () => {
    const { put } = tempFolder('hostile34-json-fm');
    const post = await load(put('post.md', '{\n  "title": "Trip {day}",\n  "approved_by": "Mrs Patel",\n  "images": ["beach.jpg"],\n  "note": "a \\"quoted\\" } brace"\n}\n\nA lovely day.\n'));
    expect(post.attachments.map((a) => a.ref)).toEqual(['beach.jpg']);
    expect(post.frontMatter.approved_by).toBe('Mrs Patel');
    expect(post.problems).toEqual([]);
    expect(post.segments.some((s) => s.kind === 'body' && s.text.includes('A lovely day.'))).toBe(true);
    expect(post.segments.some((s) => s.kind === 'body' && s.text.includes('approved_by'))).toBe(false);
  });

  it('one never closed, or not valid, is post/unreadable; a post opening with a shortcode or a Liquid tag is not front matter', async () => {
    const { put } = tempFolder('hostile34-json-fm-bad');
    const unclosed = await load(put('a.md', '{\n  "image": "beach.jpg"\n\nA lovely day.\n'));
    expect(unclosed.problems.map((p) => p.message)).toEqual(['the JSON front matter starting on line 1 is never closed with a "}" ending its line']);
    const invalid = await load(put('b.md', '{ "image": "beach.jpg", }} \n\nHi\n'));
    expect(invalid.problems.map((p) => p.message).join()).toMatch(/never closed|not valid JSON/);
    for (const opening of ['{{< figure src="beach.jpg" >}}', '{% include figure.html image="beach.jpg" %}']) {
      const post = await load(put('c.md', `${opening}\n\nA lovely day.\n`));
      expect(post.problems).toEqual([]);
      expect(post.attachments.map((a) => a.ref)).toEqual(['beach.jpg']);
    }
  });
});

describe('a folder or glob of posts under other names', () => {
  const phone = '---\ntitle: Trip\napproved_by: Mrs Patel\n---\n\nCall Mrs Smith on 07700 900123 tonight.\n';

  it('Markdown as .mkd, .mkdn, .mdown, .markdn or .mdwn and HTML as .xhtml are read (each was skipped in silence, and a folder of only them was "no posts found")', () => {
    const { dir, put } = tempFolder('hostile34-ext');
    for (const ext of ['mkd', 'mkdn', 'mdown', 'markdn', 'mdwn', 'xhtml']) put(`news/post.${ext}`, phone);
    const result = runCli(['news', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    const files = JSON.parse(result.stdout).files as { findings: { ruleId: string }[] }[];
    expect(files).toHaveLength(6);
    for (const file of files) expect(file.findings.map((f) => f.ruleId)).toContain('text/personal-data');
  });

  it('an old Word .doc, an .rtf, a Pages or an AsciiDoc file beside a post is post/unreadable (each was skipped: exit 0 on the .md alone)', () => {
    const { dir, put } = tempFolder('hostile34-unread');
    put('news/ok.md', '---\ntitle: Trip\napproved_by: Mrs Patel\n---\n\nA lovely day.\n');
    for (const name of ['letter.doc', 'letter.rtf', 'letter.pages', 'trip.adoc']) put(`news/${name}`, 'x');
    for (const args of [['news'], ['news/*']]) {
      const result = runCli([...args, '--format', 'json'], { cwd: dir });
      expect(result.status).toBe(1);
      const files = JSON.parse(result.stdout).files as { path: string; findings: { ruleId: string; message: string }[] }[];
      const unreadable = files.filter((f) => f.findings.some((x) => x.ruleId === 'post/unreadable'));
      expect(unreadable.map((f) => path.basename(f.path)).sort()).toEqual(['letter.doc', 'letter.pages', 'letter.rtf', 'trip.adoc']);
      expect(JSON.stringify(files)).toMatch(/an old-style Word document \(\.doc\), which the auditor cannot read/);
    }
    // Named on its own it is still exit 2, as any file the auditor does not read.
    expect(runCli(['news/letter.doc'], { cwd: dir }).status).toBe(2);
  });
});

describe('a photo stored in an Office document under a drawing\'s name (.emf, .wmf, .svm)', () => {
  // Drawings were skipped by their name: a JPEG with a GPS position stored as word/media/image1.emf
  // (or shown through a relationship to it) was never read, and the document passed, exit 0.
  const photo = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#c33' } }).jpeg().toBuffer();
  const emf = () => {
    const b = Buffer.alloc(88);
    b.writeUInt32LE(1, 0);
    b.write(' EMF', 40, 'latin1');
    return b;
  };

  it('in a Word document, shown or only held, is inspected; a real EMF drawing is still skipped', async () => {
    const jpeg = await photo();
    const shown = readWordDocument(docx({ body: para('Our trip') + picture('rId7'), relationships: { rId7: ['media/image2.emf'] }, media: { 'image2.emf': jpeg } }));
    expect(shown.pictures.map((p) => p.ref)).toEqual(['word/media/image2.emf']);
    const held = readWordDocument(docx({ body: para('Our trip'), media: { 'image2.emf': jpeg, 'shape.wmf': jpeg } }));
    expect(held.pictures.map((p) => p.ref).sort()).toEqual(['word/media/image2.emf', 'word/media/shape.wmf']);
    const drawing = readWordDocument(docx({ body: para('Our trip'), media: { 'image2.emf': emf() } }));
    expect(drawing.pictures).toEqual([]);
  });

  it('in an OpenDocument text, shown in a frame, is inspected; a real StarView drawing is still skipped', async () => {
    const jpeg = await photo();
    const frame = (href: string) => `<draw:frame><draw:image xlink:href="${href}"/></draw:frame>`;
    const doc = readOpenDocument(odt({ body: `<text:p>Trip</text:p><text:p>${frame('Pictures/chart.svm')}${frame('./Pictures/real.svm')}</text:p>`, pictures: { 'chart.svm': jpeg, 'real.svm': Buffer.from('VCLMTF\u0001\u0000', 'latin1') } }));
    expect(doc.pictures.map((p) => p.ref)).toEqual(['Pictures/chart.svm']);
  });
});

describe('pictures an HTML page names in structured data or in CSS it had not read', () => {
  const load = (file: string) => loadPost(file, { root: path.dirname(file) });

  it('a JSON-LD "image", "thumbnailUrl" or ImageObject url is inspected (it passed: og:image was read, the search result\'s picture was not)', async () => {
    const { put } = tempFolder('hostile34-jsonld');
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', image: ['a.jpg', { '@type': 'ImageObject', url: 'b.jpeg' }], thumbnailUrl: 'c.png', author: { name: 'Mrs Patel', url: 'https://x.example/team' }, logo: 'logo.png' });
    const post = await load(put('post.html', `<script type="application/ld+json">${ld}</script><p>Our trip</p>`));
    expect(post.attachments.map((a) => a.ref)).toEqual(['a.jpg', 'b.jpeg', 'c.png']);
    // Structured data that is not JSON is ignored, as search engines ignore it; an ordinary script is not read.
    const broken = await load(put('broken.html', '<script type="application/ld+json">{"image": "a.jpg",</script><script>var image = {"image": "a.jpg"}</script><p>Hi</p>'));
    expect(broken.attachments).toEqual([]);
  });

  it('the strings of a CSS image-set(), and a url() written with CSS escapes, are inspected (both passed unread)', async () => {
    const { put } = tempFolder('hostile34-css');
    const post = await load(put('post.html', '<p>Trip</p><div style="background-image: -webkit-image-set(\'a.jpg\' 1x, url(b.jpg) 2x); color: red"></div><div style="background:url(c\\2e jpg)"></div><style>.x{background:image-set("d.webp" type("image/webp"))}</style>'));
    expect(post.attachments.map((a) => a.ref).sort()).toEqual(['a.jpg', 'b.jpg', 'c.jpg', 'd.webp']);
  });
});
