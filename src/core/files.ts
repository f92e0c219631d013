// Reading a file the user named or the auditor found (a config, a policy pack, a consent record, a
// baseline, an XMP sidecar) when it may be anything: a pipe, /dev/zero, a folder, a file growing as it
// is read. It is opened without waiting (a pipe's open would block until a writer came), checked to be
// an ordinary file of at most `maxBytes`, and only then read — at most the size it had when opened.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
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
