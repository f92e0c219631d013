// Where cleaned copies go (`--strip-location --out <folder>`), end to end through the built CLI:
// nothing is written outside --out and no original changes, whatever the output folder holds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { GPS_EXIF, jpeg } from '../images/build.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-out-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function photoFolder(name: string): Promise<{ root: string; photo: string }> {
  const root = path.join(dir, name);
  mkdirSync(path.join(root, 'day 1'), { recursive: true });
  const photo = path.join(root, 'day 1', 'beach.jpg');
  writeFileSync(photo, await jpeg({ exif: GPS_EXIF }));
  writeFileSync(path.join(root, 'top.jpg'), await jpeg({ exif: GPS_EXIF }));
  return { root, photo };
}

describe('--out for cleaned copies', () => {
  it('a link inside --out that leads back into the scanned folder is not written through (the original would be replaced)', async () => {
    // Found by hand: out/day 1 → the scanned folder's "day 1"; the copy was renamed onto the original.
    const { root, photo } = await photoFolder('linked');
    const out = path.join(dir, 'linked-out');
    mkdirSync(out);
    symlinkSync(path.join(root, 'day 1'), path.join(out, 'day 1'));
    const before = sha256(photo);
    const r = runCli(['photos', root, '--strip-location', '--out', out]);
    expect(r.status).toBe(1);
    expect(sha256(photo)).toBe(before);
    expect(r.stderr).toMatch(/day 1\/beach\.jpg.*leads outside it through a symbolic link/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    // The other photo is still cleaned.
    expect(existsSync(path.join(out, 'top.jpg'))).toBe(true);
  });

  it('a link inside --out to a folder elsewhere gets no copy and no new folder', async () => {
    const { root } = await photoFolder('elsewhere');
    const other = path.join(dir, 'elsewhere-target');
    mkdirSync(other);
    const out = path.join(dir, 'elsewhere-out');
    mkdirSync(out);
    symlinkSync(other, path.join(out, 'day 1'));
    const r = runCli(['photos', root, '--strip-location', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/leads outside it through a symbolic link/);
    expect(existsSync(path.join(other, 'beach.jpg'))).toBe(false);
  });

  it('a post\'s photos: a link inside --out is not written through either', async () => {
    const { root, photo } = await photoFolder('post');
    writeFileSync(path.join(root, '.postauditrc.json'), '{}');
    writeFileSync(path.join(root, 'post.md'), '---\napproved_by: Mrs Patel\n---\nA day at the beach.\n\n![Beach](day%201/beach.jpg)\n');
    const out = path.join(dir, 'post-out');
    mkdirSync(out);
    symlinkSync(path.join(root, 'day 1'), path.join(out, 'day 1'));
    const before = sha256(photo);
    const r = runCli(['post.md', '--strip-location', '--out', out], { cwd: root });
    expect(r.status).toBe(1);
    expect(sha256(photo)).toBe(before);
    expect(r.stderr).toMatch(/leads outside it through a symbolic link/);
  });

  it('--out naming an existing file is one line, before any work (was an internal error)', async () => {
    const { root } = await photoFolder('file-out');
    const file = path.join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    for (const args of [['photos', root], [path.join(root, 'top.jpg')]]) {
      const r = runCli([...args, '--strip-location', '--out', file]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/--out .*a-file: this is a file, not a folder/);
      expect(readFileSync(file, 'utf8')).toBe('not a folder');
    }
  });
});
