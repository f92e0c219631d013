// Choosing what to audit beyond the command line's paths: changed files, a list on stdin, a CI shard.
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError, fsReason } from '../core/errors.js';
import { maxPostBytes } from '../core/limits.js';
import { kindOf, POST_EXTENSIONS } from '../load/post.js';
import { changedFiles, isGitRef, repositoryFiles, repositoryTop } from './git-changes.js';
import { displayPath, isInside } from '../core/paths.js';

export { isGitRef };

export interface Shard {
  index: number;
  count: number;
}

/** "2/4" → the second of four shards (1-based, as CI matrices count). */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  // Past 2^32 the split (a 32-bit hash modulo n) can no longer reach every shard, and such a count
  // is a mistake: 99999999999999999999 passed, every shard empty, exit 0 with nothing audited.
  if (!match || count < 1 || index < 1 || index > count || count > 2 ** 32) {
    throw new UsageError(`--shard "${value}": use <i>/<n> with 1 ≤ i ≤ n, e.g. --shard 2/4`);
  }
  return { index, count };
}

/** Deterministic: a file is in the shard its path's hash falls in, whatever machine or order. */
export function inShard(file: string, shard: Shard, cwd = process.cwd()): boolean {
  const key = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  const hash = createHash('sha256').update(key).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}

/** Newline-separated paths (as `git diff --name-only` prints them); blank lines and # comments ignored. */
export function pathsFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export function readStdin(): string {
  return readStdinBytes('--stdin').toString('utf8');
}

/** Everything on standard input; `what` names the option that asked for it in an error. */
export function readStdinBytes(what: string): Buffer {
  try {
    return readFileSync(0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN') throw new UsageError(`${what}: nothing to read on standard input`);
    throw new UsageError(`${what}: standard input cannot be read (${fsReason(error)})`);
  }
}

/**
 * The posts and images changed since a base. A changed image is audited through the posts that link it
 * (so consent and captions are checked with it); an image no post links is audited on its own.
 */
export function changedInputs(base: string | undefined, cwd = process.cwd()): string[] {
  const changed = changedFiles(base, cwd).filter((file) => kindOf(file) !== undefined && isEntry(file));
  refuseLinksOut(changed, cwd);
  const posts = changed.filter((file) => kindOf(file) !== 'image');
  const images = changed.filter((file) => kindOf(file) === 'image');
  if (images.length === 0) return posts;
  const chosen = new Set(posts);
  const unlinked = new Set(images);
  const allPosts = repositoryFiles(cwd).filter((file) => POST_EXTENSIONS.has(path.extname(file).toLowerCase()));
  for (const post of allPosts) {
    // Only ordinary files within the post size limit: a repository may hold a link named like a post
    // to /dev/zero or a pipe, which read whole would never end. A post skipped here is still audited
    // when it changed itself, and an image no post is found to link is audited on its own.
    let text: string;
    try {
      const info = statSync(post);
      if (!info.isFile() || info.size > maxPostBytes()) continue;
      text = readFileSync(post, 'utf8');
    } catch {
      continue;
    }
    for (const image of images) {
      if (text.includes(path.basename(image)) || text.includes(encodeURI(path.basename(image)))) {
        chosen.add(post);
        unlinked.delete(image);
      }
    }
  }
  return [...[...chosen].sort(), ...[...unlinked].sort()];
}

/**
 * Still there (a deleted file is not audited). A link that leads nowhere, or to a pipe or device, is
 * kept: the loader stops on it with a clear error, where leaving it out would pass it unread.
 */
function isEntry(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * A changed post or photo that is a link out of the repository (to a runner's secrets, another
 * checkout, /proc/self/environ) is refused: auditing it would print parts of that file (excerpts of
 * what was found in it) in the CI log.
 */
function refuseLinksOut(files: string[], cwd: string): void {
  const top = repositoryTop(cwd);
  if (!top) return;
  const realTop = realpathSync(top);
  for (const file of files) {
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      continue; // a dangling link: the loader reports it
    }
    if (!isInside(real, realTop)) {
      throw new UsageError(`--changed: ${displayPath(file)} is a link to a file outside the repository; it was not read (remove the link, or commit the file itself)`);
    }
  }
}
