// Choosing what to audit in CI: --stdin, --changed, --shard, and --baseline.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inShard, parseShard, pathsFromText } from '../../src/cli/select.js';
import { examplesDir, runCli } from '../helpers/cli.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const cleanPost = '---\napproved_by: Mrs Patel\nchannel: website\n---\n\nA lovely assembly today.\n';
const badPost = '---\napproved_by: Mrs Patel\nchannel: website\n---\n\nRing me on 07700 900123.\n';

function repo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-git-'));
  made.push(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  mkdirSync(path.join(dir, 'posts'));
  mkdirSync(path.join(dir, 'photos'));
  writeFileSync(path.join(dir, 'posts', 'old.md'), badPost);
  writeFileSync(path.join(dir, 'posts', 'gallery.md'), `${cleanPost}\n![Beach](../photos/beach.jpg)\n`);
  copyFileSync(path.join(examplesDir, 'photos', 'sports-day.jpg'), path.join(dir, 'photos', 'beach.jpg'));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  return dir;
}

describe('--shard', () => {
  it('parses i/n and refuses nonsense', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', 'x', '1/0']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it('puts every file in exactly one shard, the same way every time', () => {
    const files = Array.from({ length: 200 }, (_, i) => `news/2026/post-${i}.md`);
    const shards = [1, 2, 3].map((index) => files.filter((file) => inShard(file, { index, count: 3 }, '/repo')));
    expect(shards.flat().sort()).toEqual([...files].sort());
    for (const shard of shards) expect(shard.length).toBeGreaterThan(30);
    expect(files.filter((file) => inShard(file, { index: 2, count: 3 }, '/repo'))).toEqual(shards[1]);
  });

  it('splits a folder across the CLI runs', () => {
    const dir = repo();
    for (let i = 0; i < 6; i++) writeFileSync(path.join(dir, 'posts', `p${i}.md`), cleanPost);
    const audited = [1, 2].flatMap((i) => JSON.parse(runCli(['posts/', '--shard', `${i}/2`, '--format', 'json'], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path));
    expect(audited.sort()).toEqual(['posts/gallery.md', 'posts/old.md', ...[0, 1, 2, 3, 4, 5].map((i) => `posts/p${i}.md`)].sort());
  });
});

// Found by hand (hard2): a repository holding a link named like a post to /dev/zero made --changed
// read it whole whenever a photo changed (no end: killed after 20 s); a changed link to a file outside
// the repository was audited, printing excerpts of that file (phone numbers, e-mail addresses) in the log.
describe.skipIf(process.platform === 'win32')('--changed and links', () => {
  it('a link to /dev/zero among the posts does not stop a run on a changed photo', () => {
    const dir = repo();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('checkout', '-q', 'main');
    symlinkSync('/dev/zero', path.join(dir, 'posts', 'zero.md'));
    git('add', '.');
    git('commit', '-q', '-m', 'a link');
    git('checkout', '-q', '-b', 'photo');
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(dir, 'photos', 'beach.jpg'));
    const result = runCli(['--changed', 'main', '--format', 'json'], { cwd: dir });
    expect(result.status, result.stderr).toBe(1);
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path)).toEqual(['posts/gallery.md']);
  });

  it('a changed post that links out of the repository is refused, unread', () => {
    const dir = repo();
    const outside = mkdtempSync(path.join(os.tmpdir(), 'post-audit-outside-'));
    made.push(outside);
    writeFileSync(path.join(outside, 'secret.txt'), 'runner secret: ring 07700 900999 or mail someone@elsewhere.example\n');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'posts', 'leak.md'));
    const result = runCli(['--changed', 'main', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('post-audit: --changed: posts/leak.md is a link to a file outside the repository; it was not read (remove the link, or commit the file itself)');
  });
});

describe('--stdin', () => {
  it('reads newline-separated paths, ignoring blanks and comments', () => {
    expect(pathsFromText('a.md\r\n\n# note\n  b.md  \n')).toEqual(['a.md', 'b.md']);
    const dir = repo();
    const result = runCli(['--stdin', '--format', 'json'], { cwd: dir, input: 'posts/gallery.md\n' });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path)).toEqual(['posts/gallery.md']);
  });
});

describe('"-": a post on standard input', () => {
  it('is audited as plain text by default, with --stdin-filename naming it (format and place)', () => {
    const dir = repo();
    const pasted = runCli(['-', '--format', 'json'], { cwd: dir, input: 'Lovely day at the beach! Ring Mrs Patel on 07700 900123. https://www.bbc.co.uk/news/uk-07700900124\n' });
    expect(pasted.status).toBe(1);
    const file = JSON.parse(pasted.stdout).files[0];
    expect(file.path).toBe('stdin.txt');
    expect(file.findings.map((f: { ruleId: string; location: { line: number; column: number } }) => [f.ruleId, f.location.line, f.location.column])).toEqual([['text/personal-data', 1, 44]]);

    // As a Markdown post in the site: its front matter is read and its photo is found beside it.
    const named = runCli(['-', '--stdin-filename', 'posts/draft.md', '--format', 'json'], { cwd: dir, input: '---\napproved_by: Mrs Patel\n---\nOn the beach.\n\n![Beach](../photos/beach.jpg)\n' });
    const report = JSON.parse(named.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['posts/draft.md']);
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('post/approval');
  });

  it('refuses "-" with --stdin or --fix, and --stdin-filename without "-", in one line', () => {
    const dir = repo();
    for (const [args, problem] of [
      [['-', '--stdin'], /cannot be used together/],
      [['-', '--fix'], /--fix cannot change a post read from standard input/],
      [['posts/gallery.md', '--stdin-filename', 'x.md'], /give "-" as the path too/],
    ] as const) {
      const result = runCli([...args], { cwd: dir, input: 'text\n' });
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(problem)]);
    }
  });
});

describe('--changed', () => {
  it('audits only posts changed since the merge base, and the posts that use a changed image', () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'posts', 'new.md'), cleanPost); // untracked, new
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(dir, 'photos', 'beach.jpg')); // changed image
    const result = runCli(['--changed', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['posts/gallery.md', 'posts/new.md']);
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('image/gps');
    expect(result.status).toBe(1);
  });

  it('paths narrow the changed set, before or after --changed', () => {
    const dir = repo();
    mkdirSync(path.join(dir, 'drafts'));
    writeFileSync(path.join(dir, 'drafts', 'draft.md'), badPost);
    writeFileSync(path.join(dir, 'posts', 'new.md'), cleanPost);
    for (const args of [['posts/', '--changed'], ['--changed', 'posts/']]) {
      const result = runCli([...args, '--format', 'json'], { cwd: dir });
      expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path), args.join(' ')).toEqual(['posts/new.md']);
    }
  });

  it('with an explicit base; nothing changed is a pass', () => {
    const dir = repo();
    const result = runCli(['--changed', 'main', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).files).toEqual([]);
    expect(result.stderr).toMatch(/nothing to audit/);
  });

  it('a bad base is a usage error', () => {
    const dir = repo();
    const result = runCli(['--changed', 'no-such-branch'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/"no-such-branch" is not a branch/);
  });
});

describe('--stdin', () => {
  // Found by hand (hard2): "internal error … this is a bug" for `audit --stdin < folder`.
  it('standard input that cannot be read (a folder) is one line, exit 2', async () => {
    const { spawnSync } = await import('node:child_process');
    const { openSync, closeSync } = await import('node:fs');
    const { bin } = await import('../helpers/cli.js');
    const fd = openSync(examplesDir, 'r');
    try {
      const result = spawnSync(process.execPath, [bin, '--stdin'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, CI: '' } });
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe('post-audit: --stdin: standard input cannot be read (is a folder, not a file)');
    } finally {
      closeSync(fd);
    }
  });
});

describe('--baseline', () => {
  it('records fingerprints (never names), then fails only on new findings', () => {
    const dir = repo();
    const baseline = path.join(dir, '.post-audit-baseline.json');
    writeFileSync(path.join(dir, 'posts', 'named.md'), `${cleanPost}\nTeddy Pemberton won.\n![x](../photos/beach.jpg)\n`);
    const consent = path.join(examplesDir, 'consent.csv');
    const write = runCli(['posts/', '--consent', consent, '--baseline', baseline, '--update-baseline'], { cwd: dir });
    expect(write.status, write.stderr).toBe(0);
    expect(write.stderr).toMatch(/wrote \d+ finding fingerprints/);
    const text = readFileSync(baseline, 'utf8');
    expect(text).not.toMatch(/Teddy|Pemberton|07700|named\.md|old\.md/);
    const stored = JSON.parse(text);
    expect(Object.keys(stored.findings).every((key) => /^[0-9a-f]{64}$/.test(key))).toBe(true);

    expect(runCli(['posts/', '--consent', consent, '--baseline', baseline], { cwd: dir }).status).toBe(0);
    // Lines moving does not matter; a new problem does.
    writeFileSync(path.join(dir, 'posts', 'old.md'), badPost.replace('Ring me', 'Hello all.\n\nRing me') + '\nOr 07700 900456.\n');
    const after = runCli(['posts/', '--consent', consent, '--baseline', baseline, '--format', 'json'], { cwd: dir });
    expect(after.status).toBe(1);
    const findings = JSON.parse(after.stdout).files.flatMap((f: { findings: { message: string; location: { line: number } }[] }) => f.findings);
    expect(findings).toHaveLength(1);
    expect(findings[0].location.line).toBe(10);
  });

  // Found by hand (hard2): a post over the size limit was recorded as an "existing finding"; the same
  // post, later holding a do-not-publish pupil and a mobile number, then passed (its fingerprint, line 1
  // "---", never changes).
  it('never records or accepts a file it could not read', () => {
    const dir = repo();
    const baseline = path.join(dir, 'baseline.json');
    const env = { POST_AUDIT_MAX_POST_MB: '0.00005' }; // 52 bytes: old.md is over it
    const write = runCli(['posts/old.md', '--baseline', baseline, '--update-baseline'], { cwd: dir, env });
    expect(write.status, write.stderr).toBe(0);
    expect(write.stderr).toMatch(/1 error about a file the auditor could not read is not recorded/);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).findings).toEqual({});
    const after = runCli(['posts/old.md', '--baseline', baseline, '--format', 'json'], { cwd: dir, env });
    expect(after.status).toBe(1);
    expect(JSON.parse(after.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['post/unreadable']);

    // A baseline that recorded one (as this tool once did) does not pass it either.
    const fingerprint = (JSON.parse(runCli(['posts/old.md', '--format', 'sarif'], { cwd: dir, env }).stdout).runs[0].results[0].partialFingerprints)['postAudit/v1'];
    writeFileSync(baseline, JSON.stringify({ version: 1, tool: 'post-audit', findings: { [fingerprint]: 'post/unreadable' } }));
    expect(runCli(['posts/old.md', '--baseline', baseline], { cwd: dir, env }).status).toBe(1);
  });

  it('a baseline that cannot be written is one line, exit 2 (not an internal error)', () => {
    const dir = repo();
    mkdirSync(path.join(dir, 'a-folder'));
    for (const target of ['a-folder', 'no/such/folder/b.json']) {
      const result = runCli(['posts/', '--baseline', target, '--update-baseline'], { cwd: dir });
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^post-audit: --baseline .*: cannot write it \((is a folder, not a file|its folder does not exist)\)$/)]);
    }
  });

  it('a missing baseline file is a usage error', () => {
    const result = runCli(['posts/', '--baseline', 'nope.json'], { cwd: examplesDir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/baseline file not found/);
  });
});
