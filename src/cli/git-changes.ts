// `--changed [<base>]`: the posts and images changed since a Git base — by default the merge base with
// the default branch (origin/HEAD, else main or master) — including uncommitted and untracked files.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../core/errors.js';

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError('--changed needs Git, and the git command was not found');
    throw new UsageError(`git ${args[0]} failed: ${stderr || 'unknown error'}`);
  }
}

function tryGit(args: string[], cwd: string): string | undefined {
  try {
    return git(args, cwd).trim();
  } catch {
    return undefined;
  }
}

export function defaultBase(cwd: string): string {
  const originHead = tryGit(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], cwd);
  if (originHead) return originHead;
  for (const candidate of ['main', 'master', 'origin/main', 'origin/master']) {
    if (tryGit(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], cwd)) return candidate;
  }
  throw new UsageError('--changed: cannot tell the default branch (no origin/HEAD, main or master); name the base, e.g. --changed origin/main');
}

/** Absolute paths of files added, copied, modified or renamed since the base, plus untracked files. */
export function changedFiles(base: string | undefined, cwd = process.cwd()): string[] {
  const top = tryGit(['rev-parse', '--show-toplevel'], cwd);
  if (!top) throw new UsageError('--changed works inside a Git repository, and this folder is not in one');
  const ref = base ?? defaultBase(cwd);
  if (!tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)) {
    throw new UsageError(`--changed: "${ref}" is not a branch, tag or commit here (in CI, fetch it first, e.g. git fetch origin main)`);
  }
  const mergeBase = tryGit(['merge-base', 'HEAD', ref], cwd) ?? ref;
  const changed = git(['diff', '--name-only', '-z', '--diff-filter=ACMR', mergeBase, '--'], top).split('\0');
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0');
  return [...new Set([...changed, ...untracked].filter(Boolean))].sort().map((file) => path.join(top, file));
}

/** The repository's top folder (git rev-parse --show-toplevel), or undefined outside one. */
export function repositoryTop(cwd = process.cwd()): string | undefined {
  return tryGit(['rev-parse', '--show-toplevel'], cwd);
}

/** Every tracked or untracked (not ignored) file in the repository, for finding posts that use an image. */
export function repositoryFiles(cwd = process.cwd()): string[] {
  const top = tryGit(['rev-parse', '--show-toplevel'], cwd);
  if (!top) return [];
  return git(['ls-files', '--cached', '--others', '--exclude-standard', '-z'], top)
    .split('\0')
    .filter(Boolean)
    .map((file) => path.join(top, file));
}

export function isGitRef(ref: string, cwd = process.cwd()): boolean {
  return tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd) !== undefined;
}
