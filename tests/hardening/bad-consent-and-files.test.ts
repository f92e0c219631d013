// Bad consent records and awkward file systems, end to end through the built CLI: a clear error
// (exit 2, one line naming the file and the problem) or a verdict — never a stack trace or a hang.
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync, copyFileSync, chmodSync, readFileSync, accessSync, constants } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConsentRecord } from '../../src/consent/record.js';
import { examplesDir, repoRoot, runCli } from '../helpers/cli.js';
import { xlsx } from '../consent/xlsx.js';
import { tempFolder } from '../helpers/temp-folder.js';

const { dir, put } = tempFolder('bad-consent');
writeFileSync(path.join(dir, '.postauditrc.json'), '{}');
const post = path.join(dir, 'post.md');
writeFileSync(post, '---\napproved_by: Mrs Patel\n---\nWell done to Amelia Smith and Year 4 on a lovely trip.\n');


/** Exit 2 with exactly one line on stderr that names `name` — the CLI's clean error. */
function expectCleanError(result: ReturnType<typeof runCli>, name: string, problem: RegExp): void {
  expect(result.status).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(name);
  expect(lines[0]).toMatch(problem);
  expect(lines[0]).not.toMatch(/internal error/);
}

const HEADER = 'first_name,last_name,photo_website,photo_social,name_published\n';

describe('bad consent records', () => {
  const consent = (name: string, content: string | Buffer) => runCli([post, '--consent', put(name, content)], { cwd: dir });

  it('broken quoting', () => {
    expectCleanError(consent('quotes.csv', `${HEADER}"Amelia,Smith,Y,Y,Y\nSam,Jones,Y,N,N\n`), 'quotes.csv', /malformed CSV|quote/i);
  });

  it('mixed separators', () => {
    expectCleanError(consent('mixed.csv', `${HEADER}Amelia;Smith;Y;Y;Y\n`), 'mixed.csv', /row 1 is one cell.*separator/);
  });

  it('duplicate headers', () => {
    expectCleanError(consent('dupes.csv', `first_name,last_name,photo_website,photo_website\nAmelia,Smith,Y,N\n`), 'dupes.csv', /column "photo_website" twice/);
  });

  it('an Excel workbook renamed .csv is read as the workbook it is; a damaged one or an old .xls is one line', () => {
    const book = xlsx([{ name: 'Consent', rows: [['Forename', 'Surname', 'photo_website', 'photo_social', 'name_published'], ['Amelia', 'Smith', 'N', 'N', 'N']] }]);
    const read = consent('export.csv', book);
    expect(read.status).toBe(1);
    expect(read.stdout).toContain('consent/no-consent');
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(200, 7)]);
    expectCleanError(consent('damaged.csv', damaged), 'damaged.csv', /not a readable zip file|not an Excel workbook/);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expectCleanError(consent('old.csv', xls), 'old.csv', /old-style Excel workbook \(\.xls\)/);
  });

  it('a cell with a line break still gives a one-line error', () => {
    expectCleanError(consent('newline.csv', `${HEADER}Amelia,Smith,"Y\nmaybe",Y,Y\n`), 'newline.csv', /not a yes\/no value/);
  });

  it('UTF-16 (Excel\'s "Unicode text", with or without a byte-order mark) and Windows-1252 records are read, not refused or misread', () => {
    // Found by hand: UTF-16 was refused as "a spreadsheet saved as .xlsx", and a Windows-1252 record
    // read as UTF-8 turned "Zoë" into "Zo\uFFFD", so a do-not-publish Zoë was only an unknown name (exit 0).
    const zoe = put('zoe.md', '---\napproved_by: Mrs Patel\n---\nWell done Zoë on a great race.\n');
    const rows = 'first_name\tlast_name\tphoto_website\tphoto_social\tname_published\tdo_not_publish\r\nZoë\tSmith\tY\tY\tY\tY\r\n';
    const records: [string, Buffer, RegExp | undefined][] = [
      ['utf16le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows, 'utf16le')]), undefined],
      ['utf16be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(rows, 'utf16le').swap16()]), undefined],
      ['utf16-no-bom.csv', Buffer.from(rows, 'utf16le'), /UTF-16 \(little-endian\) without a byte-order mark/],
      ['cp1252.csv', Buffer.from(rows.replace('ë', '\xeb'), 'latin1'), /read as Windows-1252/],
    ];
    for (const [name, bytes, note] of records) {
      const r = runCli([zoe, '--consent', put(name, bytes), '--format', 'json'], { cwd: dir });
      expect(r.status, `${name}: ${r.stderr}`).toBe(1);
      const rules = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => x.ruleId));
      expect(rules, name).toContain('consent/do-not-publish');
      if (note) expect(r.stderr).toMatch(note);
      else expect(r.stderr).toBe('');
    }
  });

  it('a Windows-1252 record with a bad value stops on one line that says both (found by fuzzing: the encoding note came first, on a line of its own)', () => {
    const bad = Buffer.from(`${HEADER}Zo\xeb,Smith,Y,N\xc0,Y\n`, 'latin1');
    expectCleanError(consent('cp1252-bad.csv', bad), 'cp1252-bad.csv', /row 1, column "photo_social": .* is not a yes\/no value .*read as Windows-1252/);
  });

  it('100,000 rows load', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `Pupil${i},Family${i % 977},${i % 2 ? 'Y' : 'N'},N,Y`).join('\n');
    const record = await parseConsentRecord(`${HEADER}${rows}\n`, 'big.csv');
    expect(record.pupils.length).toBe(100_000);
  });
});

const isRoot = process.getuid?.() === 0;
function readBlockedByChmod(): boolean {
  const probe = put('probe.md', 'x');
  chmodSync(probe, 0o000);
  try {
    readFileSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(probe, 0o644);
    rmSync(probe);
  }
}
const chmodWorks = !isRoot && readBlockedByChmod();

describe('file system', () => {
  it.skipIf(!chmodWorks)('an unreadable post in a folder audit is a post/unreadable finding (skipped as root: chmod 000 does not block root)', () => {
    put('locked/a.md', 'Hello.\n');
    const locked = put('locked/b.md', 'Hello.\n');
    chmodSync(locked, 0o000);
    const r = runCli(['locked', '--format', 'json'], { cwd: dir });
    chmodSync(locked, 0o644);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('post/unreadable');
  });

  it.skipIf(!chmodWorks)('an unreadable sub-folder is exit 2 naming it (skipped as root: chmod 000 does not block root)', () => {
    put('closed/inner/a.md', 'Hello.\n');
    put('closed/b.md', 'Hello.\n');
    chmodSync(path.join(dir, 'closed/inner'), 0o000);
    const r = runCli(['closed'], { cwd: dir });
    chmodSync(path.join(dir, 'closed/inner'), 0o755);
    expectCleanError(r, 'inner', /permission denied/);
  });

  it.skipIf(!chmodWorks)('an unreadable sub-folder in audit photos is exit 2 naming it (skipped as root: chmod 000 does not block root)', () => {
    put('shut/inner/x.txt', 'x');
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(dir, 'shut', 'a.jpg'));
    chmodSync(path.join(dir, 'shut/inner'), 0o000);
    const r = runCli(['photos', 'shut'], { cwd: dir });
    chmodSync(path.join(dir, 'shut/inner'), 0o755);
    expectCleanError(r, 'inner', /could not be read.*permission denied/);
  });

  it('a named pipe given as a post or a photo is refused at once, not read forever', () => {
    for (const name of ['pipe.md', 'pipe.jpg']) {
      const fifo = path.join(dir, name);
      execFileSync('mkfifo', [fifo]);
      expectCleanError(runCli([name], { cwd: dir }), name, /not a regular file/);
    }
  });

  it('audit photos reports a photo-named pipe, device link or broken link as unreadable — never skipped, never opened — and cleans the rest', () => {
    mkdirSync(path.join(dir, 'odd'), { recursive: true });
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(dir, 'odd', 'real.jpg'));
    execFileSync('mkfifo', [path.join(dir, 'odd', 'pipe.jpg')]);
    symlinkSync('/dev/zero', path.join(dir, 'odd', 'zero.jpg'));
    symlinkSync('missing/nowhere.heic', path.join(dir, 'odd', 'gone.heic'));
    const r = runCli(['photos', 'odd', '--format', 'json', '--strip-location', '--out', 'odd-clean'], { cwd: dir });
    expect(r.status).toBe(1);
    const files = (JSON.parse(r.stdout) as { files: { path: string; findings: { ruleId: string; message: string }[] }[] }).files;
    const unreadable = Object.fromEntries(files.map((f) => [path.basename(f.path), f.findings.filter((x) => x.ruleId === 'image/unreadable').map((x) => x.message).join()]));
    expect(unreadable['pipe.jpg']).toMatch(/not a regular file/);
    expect(unreadable['zero.jpg']).toMatch(/not a regular file/);
    expect(unreadable['gone.heic']).toMatch(/points to nothing/);
    expect(unreadable['real.jpg']).toBe('');
    expect(readdirSync(path.join(dir, 'odd-clean'))).toEqual(['real.jpg']);
    expect(r.stderr).toMatch(/not cleaned: .*pipe\.jpg: not a regular file/);
  });

  it('a folder audit reports a post-named broken link, pipe or device link as unreadable and audits the rest', () => {
    put('mixed/good.md', '---\napproved_by: Mrs Patel\n---\nYear 4 loved the Roman baths.\n');
    symlinkSync('drafts/missing.md', path.join(dir, 'mixed', 'gone.md'));
    execFileSync('mkfifo', [path.join(dir, 'mixed', 'pipe.md')]);
    symlinkSync('/dev/zero', path.join(dir, 'mixed', 'zero.md'));
    const r = runCli(['mixed', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const files = (JSON.parse(r.stdout) as { files: { path: string; findings: { ruleId: string; message: string }[] }[] }).files;
    const byName = Object.fromEntries(files.map((f) => [path.basename(f.path), f.findings.map((x) => `${x.ruleId}: ${x.message}`).join()]));
    expect(byName['good.md']).toBe('');
    expect(byName['gone.md']).toMatch(/post\/unreadable: .*a link to a file that does not exist/);
    expect(byName['pipe.md']).toMatch(/post\/unreadable: .*not a regular file/);
    expect(byName['zero.md']).toMatch(/post\/unreadable: .*not a regular file/);
  });

  it('symlink loops in a folder audit end, each post is audited once, and a link loop named like a post is reported', () => {
    put('loop/a.md', 'Hello from Year 4.\n');
    symlinkSync('.', path.join(dir, 'loop/self'));
    symlinkSync('../loop', path.join(dir, 'loop/parent'));
    symlinkSync('x-link', path.join(dir, 'loop/y-link'));
    symlinkSync('y-link', path.join(dir, 'loop/x-link.md'));
    const r = runCli(['loop', '--format', 'json'], { cwd: dir });
    expect([0, 1]).toContain(r.status);
    const files = (JSON.parse(r.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] }).files;
    // The link loop named like a post is reported, not skipped in silence.
    expect(files.map((f) => path.basename(f.path))).toEqual(['a.md', 'x-link.md']);
    expect(files[1]!.findings.map((f) => f.ruleId)).toEqual(['post/unreadable']);
  });

  it('a folder of many posts', () => {
    for (let i = 0; i < 400; i++) put(`many/post-${String(i).padStart(3, '0')}.md`, `Post ${i}: Year ${i % 6} had a lovely day.\n`);
    const r = runCli(['many', '--format', 'json'], { cwd: dir });
    expect([0, 1]).toContain(r.status);
    expect((JSON.parse(r.stdout) as { summary: { files: number } }).summary.files).toBe(400);
  });

  it('audit photos --out inside the folder being scanned is refused in one line', () => {
    mkdirSync(path.join(dir, 'trip photos'), { recursive: true });
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(dir, 'trip photos', 'Zoë at the beach.jpg'));
    const r = runCli(['photos', 'trip photos', '--strip-location', '--out', 'trip photos/clean'], { cwd: dir });
    expectCleanError(r, '--out', /inside the folder being scanned/);
  });

  it('audit photos --report into a folder that does not exist is one line, before any scanning', () => {
    mkdirSync(path.join(dir, 'report photos'), { recursive: true });
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(dir, 'report photos', 'a.jpg'));
    expectCleanError(runCli(['photos', 'report photos', '--report', 'no/such/folder/r.csv'], { cwd: dir }), '--report no/such/folder/r.csv', /its folder no\/such\/folder does not exist/);
  });

  it('a path with a NUL character from --stdin is one line', () => {
    const r = runCli(['--stdin'], { cwd: dir, input: 'post\u0000.md\n' });
    expectCleanError(r, 'post', /NUL character/);
  });

  it('a policy pack of our own in YAML loads in the built CLI; a broken one is one line', () => {
    const ok = runCli([post, '--policy', path.join(repoRoot, 'tests', 'fixtures', 'our-trust.yaml'), '--format', 'json'], { cwd: dir });
    expect([0, 1], ok.stderr).toContain(ok.status);
    expectCleanError(runCli([post, '--policy', put('broken-pack.yaml', 'id: [unclosed\n')], { cwd: dir }), 'broken-pack.yaml', /cannot read policy pack/);
  });

  it('audit photos on paths with spaces and non-ASCII names', () => {
    mkdirSync(path.join(dir, 'trip photos 2'), { recursive: true });
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(dir, 'trip photos 2', 'Zoë at the beach.jpg'));
    const r = runCli(['photos', 'trip photos 2', '--strip-location', '--out', 'clean copies ü', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1); // the original has GPS: a finding
    expect(r.stdout).toContain('Zoë at the beach.jpg');
    expect(() => accessSync(path.join(dir, 'clean copies ü', 'Zoë at the beach.jpg'), constants.R_OK)).not.toThrow();
  });
});
