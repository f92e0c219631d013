// `audit draft.docx`: a comms officer's Word draft is audited like a post, its pictures included,
// and never rewritten.
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { examplesDir, runCli } from '../helpers/cli.js';
import { docx, para, picture } from '../load/word.js';
import { frame, odt } from '../load/odf.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
type Finding = { ruleId: string; severity: string; location: { file?: string; line?: number; field?: string }; suggestion?: string };

describe('audit draft.docx', () => {
  let dir: string;
  let draft: string;
  const beach = readFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'));
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-word-'));
    draft = path.join(dir, 'beach day.docx');
    writeFileSync(
      draft,
      docx({
        body:
          para('Year 5 on the beach', 'Heading1') +
          para('What a day! Sam in Year 5, who has an EHCP, loved the rock pools.') +
          picture('rId5', 'The class on the sand') +
          para('Please ring Mrs Patel on 07700 900123 about lifts.') +
          '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Our poem: "Sticks and stones, and the bitch next door"</w:t></w:r><w:commentRangeEnd w:id="0"/></w:p>',
        relationships: { rId5: ['media/image1.jpeg'] },
        media: { 'image1.jpeg': beach },
        comments: { '0': 'audit-ignore text/derogatory: a line of a Year 6 poem about bullying, approved by the Head' },
      }),
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a photo the document holds but does not show is inspected too: its GPS fails the audit', () => {
    const hidden = path.join(dir, 'hidden photo.docx');
    writeFileSync(hidden, docx({ body: para('Our trip to the beach was great.'), media: { 'image9.jpg': beach } }));
    const result = runCli([hidden, '--format', 'json']);
    const findings = (JSON.parse(result.stdout) as { files: { findings: Finding[] }[] }).files.flatMap((f) => f.findings);
    expect(findings.map((f) => f.ruleId)).toContain('image/gps');
    expect(result.status).toBe(1);
  });

  it('says where by paragraph in the report a person reads', () => {
    const result = runCli(['beach day.docx'], { cwd: dir });
    expect(result.stdout).toMatch(/error +¶2 +Confidential/);
    expect(result.stdout).toMatch(/error +¶3 +The photo records where it was taken/);
  });

  it('finds what a post would hold, at the paragraph holding it, the picture’s location included', () => {
    const result = runCli(['beach day.docx', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    const findings: Finding[] = report.files[0].findings;
    const at = (ruleId: string) => findings.find((f) => f.ruleId === ruleId);
    expect(at('text/confidential')).toMatchObject({ severity: 'error', location: { file: 'beach day.docx', line: 2 } });
    expect(at('image/gps')).toMatchObject({ severity: 'error', location: { file: 'beach day.docx', line: 3, field: 'GPSLatitude' } });
    expect(at('image/gps')!.suggestion).toMatch(/inside the document: .*--fix removes the location from it in the document/);
    expect(at('text/personal-data')).toMatchObject({ location: { line: 4 } });
    // The quoted poem is suppressed by the Word comment, and the report says why.
    expect(at('text/derogatory')).toBeUndefined();
    expect(JSON.stringify(report)).toContain('a line of a Year 6 poem about bullying');
  });

  it('with --fix removes the location from the picture inside the document, keeping a backup and every other part', async () => {
    const before = readFileSync(draft);
    const result = runCli(['beach day.docx', '--fix'], { cwd: dir });
    expect(result.stdout).toContain('fixed: paragraph 3: removed the location from the picture');
    expect(result.stdout).toContain('fixed: saved beach day.docx (the previous version is in beach day.docx.bak)');
    expect(result.stdout).toContain('1 post changed');
    expect(readFileSync(`${draft}.bak`).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['beach day.docx', 'beach day.docx.bak']);

    const [old, now] = [unzipSync(before), unzipSync(readFileSync(draft))];
    expect(Object.keys(now)).toEqual(Object.keys(old));
    for (const name of Object.keys(old)) if (name !== 'word/media/image1.jpeg') expect(Buffer.from(now[name]!).equals(Buffer.from(old[name]!)), name).toBe(true);
    const picture = Buffer.from(now['word/media/image1.jpeg']!);
    expect((await readImageMetadata(picture)).gps).toEqual([]);
    const [a, b] = await Promise.all([sharp(beach).raw().toBuffer(), sharp(picture).raw().toBuffer()]);
    expect(b.equals(a)).toBe(true);

    const again = runCli(['beach day.docx', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(again.stdout).files[0].findings.map((f: Finding) => f.ruleId)).not.toContain('image/gps');
  });

  it('with --fix leaves a read-only document as it was, and says so', () => {
    const before = sha(draft);
    chmodSync(draft, 0o444);
    try {
      const result = runCli(['beach day.docx', '--fix'], { cwd: dir });
      expect(result.stdout).toContain('not fixed: beach day.docx was not changed, because it is read-only');
      expect(result.stdout).not.toContain('removed the location');
      expect(sha(draft)).toBe(before);
    } finally {
      chmodSync(draft, 0o644);
    }
  });

  it('keeps a baseline of a Word document when paragraphs are added above its findings', () => {
    const base = (body: string) => docx({ body: body + para('Please ring Mrs Patel on 07700 900123 about lifts.') });
    writeFileSync(draft, base(para('Year 5 on the beach')));
    const recorded = runCli(['beach day.docx', '--baseline', 'baseline.json', '--update-baseline'], { cwd: dir });
    expect(recorded.status).toBe(0);
    writeFileSync(draft, base(para('Year 5 on the beach') + para('A new first paragraph.') + para('And another.')));
    const after = runCli(['beach day.docx', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    expect(after.status).toBe(0);
    writeFileSync(draft, base(para('Ring 07700 900999 too.')));
    expect(runCli(['beach day.docx', '--baseline', 'baseline.json'], { cwd: dir }).status).toBe(1);
  });

  it('says a picture inside the document was not cleaned by --strip-location --out', () => {
    const result = runCli(['beach day.docx', '--strip-location', '--out', 'clean'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not cleaned: beach day.docx paragraph 3: the picture is inside the document');
  });

  it('is read in a folder beside Markdown posts (Word\'s lock file is not), and a clean draft passes', () => {
    writeFileSync(path.join(dir, 'beach day.docx'), docx({ body: para('Year 5 had a wonderful day at the beach. Thank you to all our parent helpers!') }));
    writeFileSync(path.join(dir, 'notes.md'), '---\napproved_by: Mrs Patel\n---\nYear 3 loved their trip to the farm.\n');
    // The lock file Word keeps beside an open document: not a document, never audited.
    writeFileSync(path.join(dir, '~$ach day.docx'), Buffer.concat([Buffer.from([10]), Buffer.from('Mrs Patel'), Buffer.alloc(150)]));
    const result = runCli(['.', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path).sort()).toEqual(['beach day.docx', 'notes.md']);
  });

  it("reads the file's properties anyone given it can see, and says that is where a finding is", () => {
    const core = '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Summer news</dc:title><dc:description>Ring her dad on 07700 900123</dc:description></cp:coreProperties>';
    writeFileSync(path.join(dir, 'news.docx'), docx({ body: para('Year 5 had a wonderful day at the beach.'), files: { 'docProps/core.xml': core } }));
    const result = runCli(['news.docx', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout).files[0].findings as (Finding & { message: string })[];
    expect(findings.filter((f) => f.ruleId === 'text/personal-data').map((f) => [f.location.line, f.message])).toEqual([
      [3, "A mobile phone number in a post: only the school's own public number may be published (in the document's Comments property)"],
    ]);
  });

  it('reports an old .doc, a password-protected file or a damaged one as not read (exit 1), saying what to do', () => {
    writeFileSync(path.join(dir, 'old.docx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]));
    writeFileSync(path.join(dir, 'cut.docx'), readFileSync(draft).subarray(0, 600));
    const result = runCli(['old.docx', 'cut.docx', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const [old, cut] = JSON.parse(result.stdout).files;
    expect(old.findings).toEqual([expect.objectContaining({ ruleId: 'post/unreadable', severity: 'error', message: expect.stringContaining('an old-style Word document (.doc) or a password-protected one: save it as a Word Document (.docx)') })]);
    expect(cut.findings).toEqual([expect.objectContaining({ ruleId: 'post/unreadable', severity: 'error' })]);
  });
});

describe('audit draft.odt (LibreOffice Writer)', () => {
  let dir: string;
  const beach = readFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'));
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-odt-'));
    writeFileSync(path.join(dir, 'draft.odt'), odt({ body: `<text:p>Year 5 on the beach. Ring 07700 900123.</text:p><text:p>${frame('Pictures/beach.jpg', 'The class')}</text:p>`, pictures: { 'beach.jpg': beach } }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds what a Word document would hold, by paragraph', () => {
    const result = runCli(['draft.odt', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    const findings: Finding[] = JSON.parse(result.stdout).files[0].findings;
    expect(findings.map((f) => [f.ruleId, f.location.line])).toEqual([
      ['text/personal-data', 1],
      ['image/gps', 2],
    ]);
  });

  it('with --fix removes the picture’s location inside it, the mimetype kept first and stored as OpenDocument requires', async () => {
    const result = runCli(['draft.odt', '--fix'], { cwd: dir });
    expect(result.stdout).toContain('fixed: saved draft.odt (the previous version is in draft.odt.bak)');
    const now = readFileSync(path.join(dir, 'draft.odt'));
    expect(now.toString('latin1', 30, 38)).toBe('mimetype');
    expect(now.readUInt16LE(8)).toBe(0); // stored
    expect(now.toString('latin1', 38, 38 + 39)).toBe('application/vnd.oasis.opendocument.text');
    const picture = Buffer.from(unzipSync(now)['Pictures/beach.jpg']!);
    expect((await readImageMetadata(picture)).gps).toEqual([]);
    const [a, b] = await Promise.all([sharp(beach).raw().toBuffer(), sharp(picture).raw().toBuffer()]);
    expect(b.equals(a)).toBe(true);
  });
});
