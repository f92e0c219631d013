// SARIF artifact URIs: every path a school's repository may hold, percent-encoded segment by segment,
// decodes back to the file the finding is in. Found by hand (hard2): a backslash in a file name (legal on
// Linux and macOS) was read as a folder separator, so "win\back.jpg" became the URI of "win/back.jpg".
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { examplesDir, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-sarif-uris-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('SARIF URIs', () => {
  it('decode back to the files, whatever their names hold', () => {
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, 'ph otos'));
    const images = ['win\\back.jpg', 'a b#c%d é,x:y?.jpg'];
    for (const name of images) copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(dir, 'ph otos', name));
    const post = 'news #1 50% ünï:code.md';
    writeFileSync(
      path.join(dir, post),
      `---\napproved_by: Mrs Patel\nchannel: website\n---\n\nRing 07700 900123.\n\n![a](<ph otos/win%5Cback.jpg>)\n\n![b](<ph otos/a b%23c%25d é,x:y%3F.jpg>)\n`,
    );
    const result = runCli([post, '--format', 'sarif'], { cwd: dir });
    expect(result.status, result.stderr).toBe(1);
    const uris = new Set<string>(JSON.parse(result.stdout).runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    const files = [...uris].map((uri) => {
      expect(uri).toMatch(/^[A-Za-z0-9\-._~%!$&'()*+,;=@/]+$/); // only URI characters, no raw space, # or ?
      expect(uri.split('/')[0]).not.toContain(':'); // not taken for a scheme
      return uri.split('/').map(decodeURIComponent).join(path.sep);
    });
    expect(files.sort()).toEqual([post, ...images.map((name) => path.join('ph otos', name))].sort());
    for (const file of files) expect(existsSync(path.join(dir, file))).toBe(true);
  });
});
