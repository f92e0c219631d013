// The shortcuts of displayPath and isInside for a plain path inside a folder must give what path.relative gives.
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, isInside } from '../../src/core/paths.js';

const viaRelative = (absolute: string, cwd: string) => (path.relative(cwd, absolute) || '.').split(path.sep).join('/');
const insideViaRelative = (file: string, root: string) => {
  const relative = path.relative(root, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
};

describe('displayPath and isInside', () => {
  it('gives what path.relative gives, for paths inside, beside and outside the working folder', () => {
    const part = fc.constantFrom('a', 'b', 'posts', '.', '..', '', '.hidden', 'a b', 'é', 'x.md');
    const file = fc.array(part, { minLength: 0, maxLength: 6 }).map((parts) => `/${parts.join('/')}`);
    fc.assert(
      fc.property(file, file, fc.boolean(), (cwd, rest, inside) => {
        const absolute = inside ? `${cwd}${rest}` : rest;
        expect(displayPath(absolute, cwd)).toBe(viaRelative(absolute, cwd));
        expect(isInside(absolute, cwd)).toBe(insideViaRelative(absolute, cwd));
      }),
      { numRuns: 2000 },
    );
  });

  it('shows a post in a subfolder of the working folder by its relative path', () => {
    expect(displayPath('/school/site/posts/2026/a.md', '/school/site')).toBe('posts/2026/a.md');
    expect(displayPath('/school/site', '/school/site')).toBe('.');
    expect(displayPath('/school/sitemap/a.md', '/school/site')).toBe('../sitemap/a.md');
  });
});
