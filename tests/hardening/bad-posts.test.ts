// The bad-post catalogue, end to end through the built CLI: every odd post ends as findings (exit 0
// or 1 with a verdict) or exit 2 with one line naming the file — never a stack trace, never a hang.
import { mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPost } from '../../src/load/post.js';
import { examplesDir, runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';

const { dir, put } = tempFolder('bad-posts');
mkdirSync(path.join(dir, 'photos'));
copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(dir, 'photos', 'trip beach é.jpg'));
writeFileSync(path.join(dir, '.postauditrc.json'), '{}');


interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
}
function audit(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = runCli([...args, '--format', 'json'], { cwd: dir, env });
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(result.stderr).not.toMatch(/internal error/);
  const findings: JsonFinding[] =
    result.status === 2 ? [] : (JSON.parse(result.stdout) as { files: { findings: JsonFinding[] }[] }).files.flatMap((f) => f.findings);
  return { ...result, findings, ids: findings.map((f) => f.ruleId) };
}
const body = 'Year 4 enjoyed their trip to the beach today.\n';

describe('bad posts', () => {
  it('Windows-1252 text is decoded, with a warning saying so', () => {
    const file = put('word.txt', Buffer.from('Caf\xe9 trip \x96 Year 4 \x93loved it\x94.\n', 'latin1'));
    const r = audit([file]);
    expect(r.status).toBe(0);
    expect(r.findings.find((f) => f.ruleId === 'post/unreadable')).toMatchObject({ severity: 'warning', message: expect.stringMatching(/Windows-1252/) });
  });

  it('UTF-16 without a byte-order mark is read as UTF-16, with a warning saying so', () => {
    for (const [name, encoding] of [['le.md', 'utf16le'], ['be.md', 'utf16be']] as const) {
      const text = 'Year 4 loved it. Call Mrs Jones on 07700 900123 tonight.\n';
      const bytes = encoding === 'utf16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16();
      const r = audit([put(`utf16-${name}`, bytes)]);
      expect(r.findings.find((f) => f.ruleId === 'post/unreadable')).toMatchObject({ severity: 'warning', message: expect.stringMatching(/UTF-16/) });
      expect(r.ids).toContain('text/personal-data'); // the number was read
    }
  });

  it('a byte-order mark and CRLF line ends: front matter still read, nothing reported about them', async () => {
    const file = put('bom.md', `\uFEFF---\r\ntitle: Trip\r\nchannel: website\r\n---\r\n\r\n${body.replace('\n', '\r\n')}`);
    const post = await loadPost(file, { root: dir });
    expect(post.frontMatter).toMatchObject({ title: 'Trip', channel: 'website' });
    expect(post.source.startsWith('\uFEFF')).toBe(false);
    expect(audit([file]).ids).not.toContain('post/unreadable');
  });

  it('an empty post of any kind (no bytes, or a byte-order mark alone) is post/unreadable, never a pass (a .txt or .html of 0 bytes passed)', () => {
    for (const [name, bytes] of [
      ['empty.txt', Buffer.alloc(0)],
      ['empty.html', Buffer.alloc(0)],
      ['empty.md', Buffer.alloc(0)],
      ['bom.txt', Buffer.from([0xef, 0xbb, 0xbf])],
      ['bom16.html', Buffer.from([0xff, 0xfe])],
      ['empty.docx', Buffer.alloc(0)],
      ['empty.pdf', Buffer.alloc(0)],
    ] as const) {
      const r = audit([put(name, bytes)]);
      expect(r.status, name).toBe(1);
      expect(r.findings.filter((f) => f.ruleId === 'post/unreadable' && f.severity === 'error'), name).toHaveLength(1);
    }
    const stdin = runCli(['-', '--format', 'json'], { cwd: dir, input: '' });
    expect(stdin.status).toBe(1);
    expect(stdin.stdout).toMatch(/the file is empty \(0 bytes\)/);
  });

  it('a 10 MB post finishes', () => {
    const paragraph = 'The choir sang at the town hall and everyone enjoyed the concert very much. '.repeat(12) + '\n\n';
    const file = put('huge.md', `---\ntitle: Long\n---\n\n${paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length))}`);
    const r = audit([file]);
    expect([0, 1]).toContain(r.status);
  });

  it('unclosed front matter and invalid YAML are errors (post/unreadable), not a pass', () => {
    const unclosed = audit([put('unclosed.md', `---\ntitle: Trip\n\n${body}`)]);
    expect(unclosed.status).toBe(1);
    expect(unclosed.ids).toContain('post/unreadable');
    const invalid = audit([put('invalid.md', `---\ntitle: [Trip\nchannel: {\n---\n${body}`)]);
    expect(invalid.status).toBe(1);
    expect(invalid.ids).toContain('post/unreadable');
  });

  it('HTML soup is read', () => {
    const r = audit([put('soup.html', `<div><p>Well done <b><i>Year 4</b></i><img src="photos/trip beach é.jpg"<p>unclosed <script>alert(1)</scr` + 'ipt><!-- never closed')]);
    expect([0, 1]).toContain(r.status);
  });

  it('HTML nested 200,000 deep is a post/unreadable finding at once (the parser would take minutes)', () => {
    const r = audit([put('deep.html', `${'<div>'.repeat(200_000)}Amelia${'</div>'.repeat(200_000)}`)]);
    expect(r.status).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'post/unreadable', message: expect.stringMatching(/nests 200000 elements deep.*nothing in it was checked/) })]);
  });

  it('Markdown quotes and lists nested past markdown-it’s limit of 100 are still read (they passed clean)', () => {
    const quotes = audit([put('deep-quotes.md', `${body}\n${'> '.repeat(150)}Ring 07700 900123 after 6pm.\n`)]);
    expect(quotes.status).toBe(1);
    expect(quotes.ids).toContain('text/personal-data');
    const items = Array.from({ length: 130 }, (_, depth) => `${'  '.repeat(depth)}- Ring 07700 900123`).join('\n');
    const lists = audit([put('deep-lists.md', `${body}\n${items}\n`)]);
    expect(lists.status).toBe(1);
    expect(lists.findings.filter((finding) => finding.ruleId === 'text/personal-data').length).toBeGreaterThan(100);
  });

  it('image links: .., absolute, file://, data: and percent-encoded names all end as findings or are read', () => {
    const outside = path.join(os.tmpdir(), 'post-audit-outside.jpg');
    const outside2 = path.join(os.tmpdir(), 'post-audit-outside-2.jpg');
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), outside);
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), outside2);
    const r = audit([
      put(
        'links.md',
        [
          `![a](../post-audit-outside.jpg)`,
          `![b](${outside})`,
          `![c](file://${outside2})`,
          `![d](data:image/png;base64,iVBORw0KGgo=)`,
          `![e](photos/trip%20beach%20%C3%A9.jpg)`,
          `![f](photos/%00.jpg)`,
          `![g](photos/%E0%A4%A.jpg)`,
        ].join('\n\n'),
      ),
    ]);
    rmSync(outside, { force: true });
    rmSync(outside2, { force: true });
    expect(r.status).toBe(1);
    const unreadable = r.findings.filter((f) => f.ruleId === 'image/unreadable').map((f) => f.message);
    expect(unreadable.filter((m) => /outside the project/.test(m)).length).toBe(3); // .., absolute, file://
    expect(unreadable.some((m) => /NUL/.test(m))).toBe(true);
    expect(unreadable.some((m) => /data: URL/.test(m))).toBe(true);
    expect(unreadable.some((m) => /trip beach é/.test(m))).toBe(false); // the percent-encoded name was found and read
    expect(unreadable.length).toBe(6);
  });

  it('a post that cannot be read inside a folder audit is a finding, and the audit goes on', () => {
    const folder = path.join(dir, 'news');
    put('news/a-good.md', body);
    put('news/b-too-big.md', 'x'.repeat(2 * 1024 * 1024));
    put('news/c-good.md', body);
    const r = audit(['news'], { POST_AUDIT_MAX_POST_MB: '1' });
    expect(r.status).toBe(1);
    const files = (JSON.parse(r.stdout) as { files: { path: string; findings: JsonFinding[] }[] }).files;
    expect(files.map((f) => path.basename(f.path))).toEqual(['a-good.md', 'b-too-big.md', 'c-good.md']);
    const bad = files[1]!.findings;
    expect(bad).toEqual([expect.objectContaining({ ruleId: 'post/unreadable', severity: 'error', message: expect.stringMatching(/more than the 1\.0 MB a post may be.*nothing in it was checked/) })]);
    expect(folder).toBeTruthy();
  });

  it('a missing file named on the command line is exit 2 with one line naming it', () => {
    const r = runCli(['no-such-post.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/no-such-post\.md: file not found/)]);
  });

  it('paths with spaces and non-ASCII names', () => {
    const r = audit([put('sub folder/Zoë’s café post.md', `${body}\n![x](../photos/trip beach é.jpg)\n`)]);
    expect([0, 1]).toContain(r.status);
    expect(r.ids).not.toContain('image/unreadable');
  });
});
