// A photo or report whose own name is near the 255-byte limit of a file name: the temporary file it
// is written to before its rename must fit too. ".<name>.<pid>.<random>.tmp" did not — a photo named
// with 244 characters could not be cleaned (ENAMETOOLONG), nor a report written under such a name.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryName } from '../../src/core/paths.js';
import { examplesDir, runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';

const { dir, put } = tempFolder('long-names');

describe('names near the limit', () => {
  it('a post named with more than 255 bytes is one error line that says a name is too long, not the whole path', () => {
    const r = runCli([path.join(dir, `${'a'.repeat(300)}.md`)]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/: a name in the path is longer than the system allows \(255 bytes for a file or folder name\)$/m);
  });

  it('temporary names stay within 255 bytes (with room for a name made from them), whole characters kept', () => {
    for (const name of ['a.jpg', `${'x'.repeat(250)}.jpg`, `${'é'.repeat(125)}.jpg`, `${'😀'.repeat(62)}.jpg`]) {
      const temp = temporaryName(`/some/folder/${name}`, '12345.abcdef');
      expect(Buffer.byteLength(temp)).toBeLessThanOrEqual(255 - 16);
      expect(temp.startsWith('.')).toBe(true);
      expect(temp.endsWith('.12345.abcdef.tmp')).toBe(true);
      expect(temp).not.toContain('\uFFFD');
      expect(name.startsWith(temp.slice(1, 6))).toBe(true);
    }
  });

  it('audit photos --strip-location cleans a photo whose name is 250 bytes, with a report of such a name, and leaves no temporary file', () => {
    for (const name of [`${'x'.repeat(246)}.jpg`, `${'é'.repeat(124)}.jpg`]) {
      const folder = path.join(dir, `case-${name.length}`);
      put(`case-${name.length}/photos/${name}`, new Uint8Array(0));
      copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(folder, 'photos', name));
      const report = `${'r'.repeat(246)}.csv`;
      const r = runCli(['photos', 'photos', '--strip-location', '--out', 'clean', '--report', report], { cwd: folder });
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/Cleaned copies written to clean: 1/);
      expect(existsSync(path.join(folder, 'clean', name))).toBe(true);
      expect(existsSync(path.join(folder, report))).toBe(true);
      for (const sub of ['.', 'clean', 'photos']) expect(readdirSync(path.join(folder, sub)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  });
});
