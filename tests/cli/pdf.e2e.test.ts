// `audit newsletter.pdf`: a school's PDF newsletter is audited like a post — its text page by page,
// the photos stored in it — and never rewritten.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, repoRoot, runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { pdf } from '../load/pdf-builder.js';

type Finding = { ruleId: string; severity: string; message: string; location: { file?: string; line?: number; page?: number; pageLine?: number; field?: string }; suggestion?: string };

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('audit newsletter.pdf', () => {
  const { dir, put } = tempFolder('pdf');
  const beach = readFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'));
  const sportsDay = readFileSync(path.join(examplesDir, 'photos', 'sports-day.jpg'));
  const findingsOf = (stdout: string, file = 0): Finding[] => JSON.parse(stdout).files[file].findings;

  beforeAll(() => {
    // The example school's config and consent record: Teddy Pemberton has no photo consent for social media.
    const config = JSON.parse(readFileSync(path.join(examplesDir, '.postauditrc.json'), 'utf8'));
    delete config.$schema;
    put('.postauditrc.json', JSON.stringify(config));
    copyFileSync(path.join(examplesDir, 'consent.csv'), path.join(dir, 'consent.csv'));
    put(
      'newsletter.pdf',
      pdf({
        compressed: true,
        info: { Author: 'Teddy Pemberton', Title: 'Newsletter 12' },
        pages: [
          { paragraphs: ['Harbourside News', ['What a week! Year 5 went to the beach and', 'Teddy Pemberton found a crab.'], 'Please ring Mrs Patel on 07700 900123 about lifts.'], sizes: [20], photos: [sportsDay] },
          { paragraphs: ['Trip photos', 'Everyone loved the rock pools.'], photos: [beach] },
        ],
      }),
    );
    put('clean.pdf', pdf({ pages: [{ paragraphs: ['Harbourside News', 'Our summer fair raised £400 for the library. Thank you!'], sizes: [20], photos: [sportsDay] }] }));
  });

  it('says where by page and paragraph in the report a person reads', () => {
    const result = runCli(['newsletter.pdf'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/error +p1 ¶3 +A mobile phone number/);
    expect(result.stdout).toMatch(/error +p2 ¶3 +The photo records where it was taken \(EXIF GPS 50\.72670, -3\.52883\)/);
    expect(result.stdout).toMatch(/error +p1 ¶2 +Teddy Pemberton is named in full/);
    expect(result.stdout).toContain('The photo is inside the PDF, which the auditor does not rewrite');
  });

  it('finds the photo’s GPS, the phone number and the pupil without consent, with page and line in JSON; the document’s Author is not text', () => {
    const result = runCli(['newsletter.pdf', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const findings = findingsOf(result.stdout);
    const at = (ruleId: string) => findings.filter((f) => f.ruleId === ruleId);
    expect(at('image/gps')).toEqual([expect.objectContaining({ severity: 'error', location: { file: 'newsletter.pdf', line: 7, column: 1, page: 2, pageLine: 3, field: 'GPSLatitude' } })]);
    expect(at('text/personal-data')).toEqual([expect.objectContaining({ location: expect.objectContaining({ line: 3, page: 1, pageLine: 3 }) })]);
    expect(at('consent/no-consent')).toEqual([expect.objectContaining({ location: expect.objectContaining({ line: 2, page: 1 }) })]);
    // Only the name in the text: the Author property would have made a second one.
    expect(at('consent/full-name-with-media')).toHaveLength(1);
    // The clean photo on page 1 (taken on the school's camera) has nothing to report.
    expect(findings.filter((f) => f.location.page === 1 && f.ruleId.startsWith('image/'))).toEqual([]);
  });

  it('reads a comment left on a page (it is published with the PDF), and keeps what a comment "audit-ignore …" allows on its page', () => {
    put(
      'reviewed.pdf',
      pdf({
        pages: [
          { paragraphs: ['Sports day'], annotations: [{ note: 'Before sending: ring Mrs Patel on 07700 900123 to check' }] },
          { paragraphs: ['Ring the trip mobile on 07700 900987.'], annotations: [{ note: 'audit-ignore text/personal-data: the trip mobile, published on purpose' }] },
        ],
      }),
    );
    const result = runCli(['reviewed.pdf', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    const file = JSON.parse(result.stdout).files[0];
    expect(file.findings).toEqual([expect.objectContaining({ ruleId: 'text/personal-data', location: expect.objectContaining({ page: 1, pageLine: 2 }) })]);
    expect(file.suppressed).toEqual([expect.objectContaining({ ruleId: 'text/personal-data', reason: 'the trip mobile, published on purpose', location: expect.objectContaining({ page: 2, pageLine: 1 }) })]);
  });

  it('passes a clean newsletter (exit 0)', () => {
    const result = runCli(['clean.pdf'], { cwd: dir });
    expect(result.stdout).toMatch(/✔ PASS — 0 errors, 0 warnings in 1 file/);
    expect(result.status).toBe(0);
  });

  it('reads a PDF from standard input, and fingerprints its findings by its laid-out text in SARIF', () => {
    const result = runCli(['-', '--stdin-filename', 'newsletter.pdf', '--format', 'sarif'], { cwd: dir, input: readFileSync(path.join(dir, 'newsletter.pdf')) });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('image/gps');
  });

  it('keeps a baseline when a paragraph is added above the findings', () => {
    const base = (paragraphs: string[]) => pdf({ pages: [{ paragraphs: [...paragraphs, 'Please ring Mrs Patel on 07700 900123 about lifts.'] }] });
    put('moving.pdf', base(['Harbourside News']));
    expect(runCli(['moving.pdf', '--baseline', 'baseline.json', '--update-baseline'], { cwd: dir }).status).toBe(0);
    put('moving.pdf', base(['Harbourside News', 'A new first paragraph.']));
    expect(runCli(['moving.pdf', '--baseline', 'baseline.json'], { cwd: dir }).status).toBe(0);
    put('moving.pdf', base(['Ring 07700 900999 too.']));
    expect(runCli(['moving.pdf', '--baseline', 'baseline.json'], { cwd: dir }).status).toBe(1);
  });

  it('with --fix changes nothing and says the PDF was not cleaned and what to do before making it', () => {
    const before = sha(path.join(dir, 'newsletter.pdf'));
    const files = readdirSync(dir).sort();
    const result = runCli(['newsletter.pdf', '--fix'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('not fixed: newsletter.pdf was not cleaned, because the auditor does not rewrite PDFs: remove the location and other details from the photos before they go into the newsletter');
    expect(result.stdout).toContain('0 posts changed');
    expect(sha(path.join(dir, 'newsletter.pdf'))).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it('says a photo inside the PDF was not cleaned by --strip-location --out', () => {
    const result = runCli(['newsletter.pdf', '--strip-location', '--out', 'cleaned'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not cleaned: newsletter.pdf page 2: the picture is inside the PDF, so there is no file to copy; the auditor does not rewrite PDFs');
  });

  it('reports an encrypted, damaged or false PDF as not read (exit 1, no stack trace), saying what to do', () => {
    put('locked.pdf', pdf({ pages: [{ paragraphs: ['Secret'] }], encrypt: true }));
    put('random.pdf', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251)));
    put('cut.pdf', readFileSync(path.join(dir, 'newsletter.pdf')).subarray(0, 400));
    put('scan.pdf', pdf({ pages: [{ otherImages: ['flate'] }] }));
    // Found by the hardening tests: pdf.js skips its broken first page, and leaves a rejection of its own unhandled.
    copyFileSync(path.join(repoRoot, 'tests', 'fixtures', 'pdf', 'skipped-first-page.pdf'), path.join(dir, 'mended.pdf'));
    const result = runCli(['locked.pdf', 'random.pdf', 'cut.pdf', 'scan.pdf', 'mended.pdf', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const files = JSON.parse(result.stdout).files as { path: string; findings: Finding[] }[];
    const only = (file: string) => files.find((f) => f.path === file)!.findings;
    for (const file of ['locked.pdf', 'random.pdf', 'cut.pdf', 'scan.pdf', 'mended.pdf']) expect(only(file), file).toEqual([expect.objectContaining({ ruleId: 'post/unreadable', severity: 'error' })]);
    expect(only('locked.pdf')[0]!.message).toMatch(/encrypted .*: export the newsletter again without a password/);
    expect(only('random.pdf')[0]!.message).toMatch(/not a PDF/);
    expect(only('scan.pdf')[0]!.message).toMatch(/no text to read \(a scanned newsletter\?\)/);
    expect(only('mended.pdf')[0]!.message).toMatch(/it is damaged \(its page tree lists 0 pages, and 1 could be read\)/);
  });

  it('ends the reader of a PDF past the time or memory limit, and reads the next PDF with a new one', () => {
    // pdf.js takes about 8 s over this page of 300,000 lines on a 2-core machine, and cannot be stopped
    // inside a page. The limit leaves the newsletter (a new reader, pdf.js loaded again) time to spare
    // on a busy machine: at 1 s it was itself cut off under a load of 5.
    put('slow.pdf', pdf({ compressed: true, pages: [{ paragraphs: [Array.from({ length: 300_000 }, (_, i) => `line ${i} of a very long page`)] }] }));
    const timed = runCli(['slow.pdf', 'newsletter.pdf', '--format', 'json'], { cwd: dir, env: { POST_AUDIT_MAX_PDF_SECONDS: '3' } });
    expect(timed.stderr).toBe('');
    const [slow, newsletter] = JSON.parse(timed.stdout).files as { path: string; findings: Finding[] }[];
    expect(slow!.findings).toEqual([expect.objectContaining({ ruleId: 'post/unreadable', message: expect.stringContaining('reading its text took more than 3 seconds, so it was not read') })]);
    expect(newsletter!.findings.map((f) => f.ruleId)).toContain('image/gps');
    const memory = runCli(['slow.pdf', '--format', 'json'], { cwd: dir, env: { POST_AUDIT_MAX_PDF_MB: '16' } });
    expect(memory.stderr).toBe('');
    expect(findingsOf(memory.stdout)).toEqual([expect.objectContaining({ ruleId: 'post/unreadable', message: expect.stringContaining('needed more than 16 MB of memory') })]);
  });

  it('is found in a folder beside Markdown posts', () => {
    const { dir: folder, put: putIn } = tempFolder('pdf-folder');
    putIn('news/issue-1.pdf', pdf({ pages: [{ paragraphs: ['Year 3 loved their trip to the farm.'] }] }));
    putIn('news/notes.md', '---\napproved_by: Mrs Patel\n---\nYear 3 loved their trip to the farm.\n');
    const result = runCli(['.', '--format', 'json'], { cwd: folder });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path).sort()).toEqual(['news/issue-1.pdf', 'news/notes.md']);
  });

  it('is named in the help as a post it reads', () => {
    expect(runCli(['--help']).stdout.replace(/\s+/g, ' ')).toContain('.odt, .pdf), images, folders or globs');
  });
});

describe('a PDF that is not a post', () => {
  it('is refused only when its extension is unknown: "newsletter.pdf.bak" is not a post (exit 2)', () => {
    const { dir, put } = tempFolder('pdf-bak');
    put('newsletter.pdf.bak', pdf({ pages: [{ paragraphs: ['x'] }] }));
    writeFileSync(path.join(dir, 'x.txt'), 'x');
    const result = runCli(['newsletter.pdf.bak'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('use .md, .markdown, .txt, .html, .docx, .odt, .pdf, or an image');
  });
});
