// A post that is a symbolic link out of the project is not read: a pull request adding
// content/leak.md -> a runner's secrets would otherwise print parts of that file (the phone numbers
// and e-mail addresses found in it) in the CI log. A link inside the project is read as usual.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-linked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('posts that are links', () => {
  it('a link out of the project is a post/unreadable error, never read; a link within it is read', () => {
    const repo = path.join(dir, 'repo');
    mkdirSync(path.join(repo, 'content'), { recursive: true });
    mkdirSync(path.join(repo, '.git'));
    mkdirSync(path.join(dir, 'outside'));
    writeFileSync(path.join(dir, 'outside', 'secret.md'), 'Call 07700 900123 or write to jo.bloggs@gmail.com\n');
    symlinkSync(path.join(dir, 'outside', 'secret.md'), path.join(repo, 'content', 'leak.md'));
    writeFileSync(path.join(repo, 'content', 'ok.md'), '---\napproved_by: Mrs Patel\n---\nYear 4 loved the trip. Call 07700 900456.\n');
    symlinkSync('ok.md', path.join(repo, 'content', 'alias.md'));

    const r = runCli(['content/', '--format', 'json'], { cwd: repo });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('900123');
    expect(r.stdout).not.toContain('jo.bloggs');
    const report = JSON.parse(r.stdout) as { files: { path: string; findings: { ruleId: string; message: string }[] }[] };
    const byName = Object.fromEntries(report.files.map((f) => [path.basename(f.path), f.findings.map((x) => x.ruleId)]));
    expect(byName['leak.md']).toEqual(['post/unreadable']);
    expect(report.files.find((f) => f.path.endsWith('leak.md'))!.findings[0]!.message).toMatch(/outside the project folder/);
    expect(byName['alias.md']).toContain('text/personal-data');
    expect(byName['ok.md']).toContain('text/personal-data');
  });
});
