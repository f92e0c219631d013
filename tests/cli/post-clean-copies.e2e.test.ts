// `audit post.md --strip-location --out <folder>`: cleaned copies of the photos a post links to.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { examplesDir, runCli } from '../helpers/cli.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('audit post.md --strip-location --out', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-post-clean-'));
    cpSync(path.join(examplesDir, 'photos'), path.join(dir, 'site', 'photos'), { recursive: true });
    writeFileSync(
      path.join(dir, 'site', 'trip.md'),
      '---\ntitle: Beach day\napproved_by: Mrs Patel\n---\n\nYear 5 on the beach.\n\n![The beach](photos/trip-beach.jpg)\n\n![Again](photos/trip-beach.jpg)\n\n![Missing](photos/nowhere.jpg)\n',
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one location-free copy per linked photo, mirroring its path, and leaves the original alone', async () => {
    const original = path.join(dir, 'site', 'photos', 'trip-beach.jpg');
    const before = sha(original);
    expect((await readImageMetadata(original)).gps.length).toBeGreaterThan(0);

    const result = runCli(['site/trip.md', '--strip-location', '--out', 'clean'], { cwd: dir });
    expect(result.status).toBe(1); // the post still links to the photo with GPS, and one image is missing
    expect(result.stdout).toContain('image/gps');
    expect(result.stderr).toMatch(/1 cleaned copy .* written to/);
    expect(result.stderr).toContain('point it at these copies');

    const copy = path.join(dir, 'clean', 'site', 'photos', 'trip-beach.jpg');
    expect(existsSync(copy)).toBe(true);
    const cleaned = await readImageMetadata(copy);
    expect(cleaned.error).toBeUndefined();
    expect(cleaned.gps).toEqual([]);
    const [a, b] = await Promise.all([sharp(original).raw().toBuffer(), sharp(copy).raw().toBuffer()]);
    expect(b.equals(a)).toBe(true);
    expect(sha(original)).toBe(before);
    expect(existsSync(path.join(dir, 'clean', '.post-audit-partial'))).toBe(false);
  });

  it('says a picture pasted into the post (data: URL) was not cleaned, with its line, and exits 1', () => {
    const photo = readFileSync(path.join(dir, 'site', 'photos', 'trip-beach.jpg')).toString('base64');
    writeFileSync(path.join(dir, 'site', 'pasted.md'), `---\napproved_by: Mrs Patel\n---\n\nYear 5 on the beach.\n\n![The beach](data:image/jpeg;base64,${photo})\n`);
    const result = runCli(['site/pasted.md', '--strip-location', '--out', 'clean', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    const finding = JSON.parse(result.stdout).files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'image/gps');
    expect(finding.location).toMatchObject({ file: 'site/pasted.md', line: 7, field: 'GPSLatitude' });
    expect(finding.suggestion).toMatch(/--fix saves it beside the post without the location/);
    expect(result.stderr).toContain('not cleaned: site/pasted.md line 7: the picture is pasted into the post (a data: URL)');
    expect(result.stderr).not.toContain(photo.slice(0, 40));
  });

  it('refuses --strip-location without --out, and --out alone, with exit 2', () => {
    const noOut = runCli(['site/trip.md', '--strip-location'], { cwd: dir });
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('need --out');
    const outOnly = runCli(['site/trip.md', '--out', 'clean'], { cwd: dir });
    expect(outOnly.status).toBe(2);
    expect(outOnly.stderr).toContain('add --strip-location');
    expect(existsSync(path.join(dir, 'clean'))).toBe(false);
  });

  it('says so when the post links to no local photo', () => {
    writeFileSync(path.join(dir, 'site', 'plain.md'), '---\napproved_by: Mrs Patel\n---\n\nWell done, Year 4!\n');
    const result = runCli(['site/plain.md', '--strip-location', '--out', 'clean'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('no local photos or videos');
  });
});
