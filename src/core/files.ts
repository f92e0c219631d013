// Reading a file the user named or the auditor found (a config, a policy pack, a consent record, a
// baseline, an XMP sidecar) when it may be anything: a pipe, /dev/zero, a folder, a file growing as it
// is read. It is opened without waiting (a pipe's open would block until a writer came), checked to be
// an ordinary file of at most `maxBytes`, and only then read — at most the size it had when opened.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { megabytes } from './limits.js';

/** Why a file was not read, in words for the person who named it (the caller adds the file's name). */
export class FileProblem extends Error {}

export function readOrdinaryFile(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new FileProblem('a folder, not a file');
    if (!info.isFile()) throw new FileProblem('not a regular file (a pipe, device or socket cannot be read)');
    if (info.size > maxBytes) throw new FileProblem(`the file is ${megabytes(info.size)}, more than the ${megabytes(maxBytes)} the auditor reads`);
    const bytes = Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break; // cut shorter while being read
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes `dir` and the folders above it that are missing, one at a time. Node's own recursive mkdir
 * never returns under /proc (`--out /proc/self/x` hung the run); here a folder that cannot be made
 * is an error at once.
 */
export async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR' });
      break;
    }
    if (path.dirname(at) === at) break;
    missing.push(at);
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

/**
 * Why nothing may be written in place of `file`, or undefined: a pipe, a device or a socket there
 * would be replaced by the rename of an atomic write (as root, `--baseline /dev/full` replaced the
 * device with a file) or block the open of a direct one (a pipe named as the --report).
 */
export function notWritableThere(file: string): string | undefined {
  let info;
  try {
    info = lstatSync(file);
  } catch {
    return undefined;
  }
  if (info.isDirectory()) return 'is a folder, not a file';
  if (info.isFile() || info.isSymbolicLink()) return undefined;
  return 'not a regular file (a pipe, device or socket), so nothing was written there';
}
