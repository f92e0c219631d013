import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package's root folder (works from src/ under vitest and from dist/ when bundled). */
export const packageRoot: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && existsSync(path.join(dir, 'lexicons'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('post-audit: cannot find its package folder');
    dir = parent;
  }
})();

export const lexiconsDir = path.join(packageRoot, 'lexicons');

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** A path as reports show it: relative to the working directory, with forward slashes. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  // A plainly written path inside the working folder (nearly every post and photo): what
  // path.relative gives, without resolving both paths again for each of a folder's files.
  if (plainlyInside(absolute, cwd)) return absolute.slice(cwd.length + 1);
  const relative = path.relative(cwd, absolute) || '.';
  return relative.split(path.sep).join('/');
}

/**
 * Whether `file` is inside `folder` as both are written: plain absolute POSIX paths, `folder` and a
 * "/" starting `file`. Then path.relative(folder, file) is the rest of `file`, found without it.
 */
export function plainlyInside(file: string, folder: string): boolean {
  return path.sep === '/' && file.length > folder.length + 1 && file.charCodeAt(folder.length) === 0x2f && file.startsWith(folder) && plainPosix(folder) && plainPosix(file);
}

/** An absolute POSIX path that path.resolve leaves as it is: no empty, "." or ".." part, no trailing "/". */
function plainPosix(file: string): boolean {
  return file.length > 1 && file.charCodeAt(0) === 0x2f && !file.endsWith('/') && !file.includes('//') && !file.includes('/.');
}

/** The longest file name most file systems take, in bytes. */
const MAX_NAME_BYTES = 255;

/**
 * A hidden temporary name beside `file` for writing it before a rename: ".<name>.<suffix>.tmp", the
 * name shortened (by whole characters) when the whole would pass the 255-byte limit — a photo whose
 * own name is 250 bytes long could not be cleaned (ENAMETOOLONG) when its temporary name was longer.
 */
export function temporaryName(file: string, suffix: string): string {
  const tail = `.${suffix}.tmp`;
  let name = path.basename(file);
  // 16 bytes spare for a name made from this one (strip.ts splices into "<temp>.splice").
  const room = MAX_NAME_BYTES - 16 - 1 - Buffer.byteLength(tail);
  while (Buffer.byteLength(name) > room) name = [...name].slice(0, -1).join('');
  return `.${name}${tail}`;
}

/** Whether `file` is `root` or lies below it. */
export function isInside(file: string, root: string): boolean {
  if (plainlyInside(file, root)) return true;
  const relative = path.relative(root, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
