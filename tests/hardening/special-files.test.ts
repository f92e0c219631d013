// The files the auditor reads beside a post — its config, the consent record, a policy pack, a
// baseline, a photo's XMP sidecar — can be a pipe, a link to /dev/zero or a folder on a messy share.
// Each was read whole and never ended (a pipe's read waits for a writer forever, /dev/zero has no
// end); each now ends at once, in one line naming the file or a finding on the photo.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';

const { dir } = tempFolder('special-files');
const POST = '---\napproved_by: Mrs Patel\n---\nYear 4 enjoyed their trip to the beach today.\n';
const NOT_REGULAR = /not a regular file \(a pipe, device or socket cannot be read\)/;

/** A folder holding a post and a config, with `extra` made in it. */
function project(name: string, extra: (folder: string) => void, config = '{}'): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  if (config) writeFileSync(path.join(folder, '.postauditrc.json'), config);
  writeFileSync(path.join(folder, 'post.md'), POST);
  extra(folder);
  return folder;
}
const fifo = (file: string) => execFileSync('mkfifo', [file]);

function expectOneLine(result: ReturnType<typeof runCli>, name: string, problem: RegExp): void {
  expect(result.status).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toEqual([expect.stringContaining(name)]);
  expect(lines[0]).toMatch(problem);
}

describe('special files beside a post', () => {
  it('a config found beside the post that is a pipe, a link to /dev/zero or a folder', () => {
    for (const [name, make] of [
      ['.postauditrc.json', fifo],
      ['.postauditrc.yaml', (file: string) => symlinkSync('/dev/zero', file)],
      ['package.json', fifo],
    ] as const) {
      const folder = project(`config-${name}`, (f) => make(path.join(f, name)), '');
      expectOneLine(runCli(['post.md'], { cwd: folder }), name, NOT_REGULAR);
    }
    const folder = project('config-folder', (f) => mkdirSync(path.join(f, '.postauditrc.json')), '');
    expectOneLine(runCli(['post.md'], { cwd: folder }), '.postauditrc.json', /a folder, not a file/);
  });

  it('a consent record, policy pack or baseline that is a pipe or /dev/zero', () => {
    const folder = project('named', (f) => {
      fifo(path.join(f, 'consent.csv'));
      fifo(path.join(f, 'pack.yaml'));
      fifo(path.join(f, 'baseline.json'));
    });
    expectOneLine(runCli(['post.md', '--consent', 'consent.csv'], { cwd: folder }), 'consent.csv', NOT_REGULAR);
    expectOneLine(runCli(['post.md', '--consent', '/dev/zero'], { cwd: folder }), 'dev/zero', NOT_REGULAR);
    expectOneLine(runCli(['post.md', '--policy', './pack.yaml'], { cwd: folder }), 'pack.yaml', NOT_REGULAR);
    expectOneLine(runCli(['post.md', '--baseline', 'baseline.json'], { cwd: folder }), 'baseline.json', NOT_REGULAR);
    expectOneLine(runCli(['post.md', '--baseline', '/dev/zero'], { cwd: folder }), '/dev/zero', NOT_REGULAR);
    const configured = project('configured', (f) => fifo(path.join(f, 'record.csv')), '{"consent":{"file":"record.csv"}}');
    expectOneLine(runCli(['post.md'], { cwd: configured }), 'record.csv', NOT_REGULAR);
  });

  it("a photo's XMP sidecar that is a pipe, a link to /dev/zero or a folder: the photo is reported unreadable", () => {
    for (const [name, make, problem] of [
      ['photo.xmp', fifo, 'not a regular file'],
      ['photo.jpg.xmp', (file: string) => symlinkSync('/dev/zero', file), 'not a regular file'],
      ['photo.xmp', (file: string) => mkdirSync(file), 'a folder, not a file'],
    ] as const) {
      const folder = project(`sidecar-${name}-${problem.length}`, (f) => {
        copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(f, 'photo.jpg'));
        writeFileSync(path.join(f, 'post.md'), `${POST}\n![The beach](photo.jpg)\n`);
        make(path.join(f, name));
      });
      const r = runCli(['post.md', '--format', 'json'], { cwd: folder });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      const findings = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string; message: string }[] }[] }).files[0]!.findings;
      expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'image/unreadable', message: expect.stringContaining(`its XMP sidecar ${name} could not be read (${problem}`) }));
    }
  });

  it('a glob matching a pipe or a broken link named like a post reports it unreadable (the glob listed regular files only, so "posts/*.md" passed)', () => {
    const folder = project('glob', (f) => {
      mkdirSync(path.join(f, 'posts', 'sub'), { recursive: true });
      writeFileSync(path.join(f, 'posts', 'ok.md'), POST);
      fifo(path.join(f, 'posts', 'pipe.md'));
      symlinkSync(path.join(f, 'nowhere.md'), path.join(f, 'posts', 'sub', 'broken.md'));
      mkdirSync(path.join(f, 'posts', 'folder.md'));
    });
    for (const [glob, expected] of [
      ['posts/*.md', ['posts/ok.md', 'posts/pipe.md']],
      ['posts/**/*.{md,txt}', ['posts/ok.md', 'posts/pipe.md', 'posts/sub/broken.md']],
      ['./posts/[op]*.m?', ['posts/ok.md', 'posts/pipe.md']],
    ] as const) {
      const r = runCli([glob, '--format', 'json'], { cwd: folder });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      const files = (JSON.parse(r.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] }).files;
      expect(files.map((f) => f.path)).toEqual(expected);
      for (const file of files.filter((f) => f.path !== 'posts/ok.md')) expect(file.findings.map((f) => f.ruleId)).toEqual(['post/unreadable']);
    }
  });

  // Linux file systems keep any bytes in a name; macOS and Windows refuse names that are not valid Unicode.
  it.skipIf(process.platform !== 'linux')('a post or photo whose name is not UTF-8 (Latin-1 from an old share) is unreadable and says to rename it, not "file not found"', () => {
    const folder = project('latin1-names', (f) => {
      writeFileSync(Buffer.from(path.join(f, 'caf\xe9.md'), 'latin1'), POST);
      copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), Buffer.from(path.join(f, 'trip\xff.jpg'), 'latin1'));
    });
    const posts = runCli(['.', '--format', 'json'], { cwd: folder });
    expect(posts.status).toBe(1);
    const unreadable = (JSON.parse(posts.stdout) as { files: { findings: { ruleId: string; severity: string; message: string }[] }[] }).files.flatMap((f) => f.findings).filter((f) => f.ruleId === 'post/unreadable');
    expect(unreadable).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('rename the file') })]);
    const photos = runCli(['photos', folder, '--no-progress', '--format', 'json']);
    expect(photos.status).toBe(1);
    expect(photos.stdout).toContain('rename the file');
  });
});
