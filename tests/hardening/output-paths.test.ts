// What is at the path an output goes to: a pipe, a link, /proc. A --report that was a pipe blocked the
// run for ever (opened for writing, it waited for a reader); a report written through a link at its
// path changed the file the link led to; --baseline /dev/full, as root, replaced the device with a
// file (an atomic write renames over whatever is there); --out under /proc hung in Node's recursive mkdir.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';

const { dir } = tempFolder('output-paths');
let cases = 0;
/** A folder holding photos/a.jpg (with GPS) and a post. */
function scene(): string {
  const folder = path.join(dir, `case-${++cases}`);
  mkdirSync(path.join(folder, 'photos'), { recursive: true });
  copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(folder, 'photos', 'a.jpg'));
  writeFileSync(path.join(folder, '.postauditrc.json'), '{}');
  writeFileSync(path.join(folder, 'post.md'), '---\napproved_by: Mrs Patel\n---\nCall 07700 900123.\n');
  return folder;
}
const temporaries = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

describe('output paths', () => {
  it('--report naming a pipe is one line at once, and the pipe is left as it was', () => {
    const folder = scene();
    execFileSync('mkfifo', [path.join(folder, 'r.csv')]);
    const r = runCli(['photos', 'photos', '--report', 'r.csv'], { cwd: folder });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--report r\.csv: not a regular file \(a pipe, device or socket\), so nothing was written there/)]);
    expect(lstatSync(path.join(folder, 'r.csv')).isFIFO()).toBe(true);
  });

  it('--report at a link: the link is replaced by the report, the file it led to is not written', () => {
    const folder = scene();
    writeFileSync(path.join(folder, 'victim.txt'), 'victim');
    symlinkSync(path.join(folder, 'victim.txt'), path.join(folder, 'r.csv'));
    const r = runCli(['photos', 'photos', '--report', 'r.csv'], { cwd: folder });
    expect(r.status).toBe(1);
    expect(readFileSync(path.join(folder, 'victim.txt'), 'utf8')).toBe('victim');
    expect(lstatSync(path.join(folder, 'r.csv')).isFile()).toBe(true);
    expect(readFileSync(path.join(folder, 'r.csv'), 'utf8')).toMatch(/^path,/);
    expect(temporaries(folder)).toEqual([]);
  });

  it('a scan that ends in an error leaves an earlier report as it was and no temporary file', () => {
    const folder = scene();
    mkdirSync(path.join(folder, 'empty'));
    writeFileSync(path.join(folder, 'r.json'), 'earlier report');
    const r = runCli(['photos', 'empty', '--report', 'r.json'], { cwd: folder });
    expect(r.status).toBe(2);
    expect(readFileSync(path.join(folder, 'r.json'), 'utf8')).toBe('earlier report');
    expect(temporaries(folder)).toEqual([]);
  });

  it('--update-baseline naming a pipe is refused, not renamed over', () => {
    const folder = scene();
    execFileSync('mkfifo', [path.join(folder, 'baseline.json')]);
    const r = runCli(['post.md', '--baseline', 'baseline.json', '--update-baseline'], { cwd: folder });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/baseline\.json: cannot write it \(not a regular file/);
    expect(lstatSync(path.join(folder, 'baseline.json')).isFIFO()).toBe(true);
  });

  it.skipIf(!existsSync('/proc/self'))('--out under /proc ends with each photo not cleaned (Node\'s recursive mkdir never returned there)', () => {
    const folder = scene();
    const r = runCli(['photos', 'photos', '--strip-location', '--out', '/proc/self/post-audit-out'], { cwd: folder });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not cleaned: photos\/a\.jpg: its folder in the output could not be made/);
  });
});
