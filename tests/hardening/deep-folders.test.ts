// A folder nested so deep that its path is longer than the system allows (PATH_MAX, 4,096 bytes on
// Linux) cannot be looked at by its path: its photos and posts must not be skipped in silence.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { GPS_EXIF, jpeg } from '../images/build.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'post-audit-deep-'));
// Node removes folders by their full paths, which fails this deep; rm walks them relative to each other.
afterAll(() => execFileSync('rm', ['-rf', root]));

/** 2,100 folders "d" inside each other below `top` (a path of 4,200 characters), the bottom one holding `name`. */
function deepFolder(top: string, name: string, bytes: Buffer): void {
  const bottom = path.join(root, `${path.basename(top)}.bottom`);
  writeFileSync(bottom, bytes);
  // Made in two halves, each short enough to name from where the shell stands.
  const half = 'd/'.repeat(1050);
  execFileSync('bash', ['-c', 'set -e; mkdir -p "$1/$2"; cd "$1/$2"; mkdir -p "$2"; cp "$3" "$2$4"', 'deep', top, half, bottom, name]);
}

describe.skipIf(process.platform !== 'linux')('a folder nested past the longest path the system allows', () => {
  it('ends a photo scan with one line naming it, not a pass that never saw its photos', async () => {
    const photos = path.join(root, 'photos');
    deepFolder(photos, 'beach.jpg', await jpeg({ exif: GPS_EXIF }));
    writeFileSync(path.join(photos, 'clean.jpg'), await jpeg());
    const r = runCli(['photos', 'photos'], { cwd: root });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^post-audit: photos\/d\/d\/d\/.*…\(\d+ more characters\)….*\/d\/d: the folder could not be read \(the path is longer than the system allows/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('ends a post audit of the folder the same way', () => {
    const posts = path.join(root, 'posts');
    deepFolder(posts, 'trip.md', Buffer.from('We are staying at the Grand Hotel tonight.\n'));
    writeFileSync(path.join(posts, 'news.md'), 'Year 4 loved their trip to the Roman baths!\n');
    const r = runCli(['posts'], { cwd: root });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/the path is longer than the system allows/);
  });
});
