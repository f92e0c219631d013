import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { FileProblem, notWritableThere } from '../core/files.js';
import { temporaryName } from '../core/paths.js';

/** Colour only on a terminal, never with NO_COLOR; FORCE_COLOR forces it. */
export function useColor(stream: NodeJS.WriteStream = process.stdout, env = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/**
 * Writes a file atomically: a temporary file beside it, flushed to disk, then renamed into place (so a
 * crash or a kill leaves the old file or the new one, never part of one). `mode` sets its permissions.
 * A temporary file that could not be completed is removed.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, mode?: number): void {
  // One missing folder is made (`--baseline ci/baseline.json`); not a whole path: Node's recursive
  // mkdir spins for ever on some paths (under /proc), and a deep new tree is more likely a typo.
  if (!existsSync(path.dirname(file))) mkdirSync(path.dirname(file));
  const refused = notWritableThere(file);
  if (refused) throw new FileProblem(refused);
  const temp = path.join(path.dirname(file), temporaryName(file, String(process.pid)));
  try {
    const fd = openSync(temp, 'w', 0o666);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
