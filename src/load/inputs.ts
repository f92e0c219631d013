// Expands the command line's paths (files, folders, globs) into the files to audit.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError, fsReason } from '../core/errors.js';
import { kindOf, POST_EXTENSIONS, unreadDocument } from './post.js';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', '.cache', '_site', 'public', 'resources']);

export interface ExpandOptions {
  /** Include images found in folders (the `photos` command); posts only otherwise. */
  images?: boolean;
  cwd?: string;
}

export async function expandInputs(inputs: string[], options: ExpandOptions = {}): Promise<string[]> {
  const cwd = options.cwd ?? process.cwd();
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const input of inputs) {
    if (input.includes('\0')) throw new UsageError(`${JSON.stringify(input)}: a path cannot hold a NUL character`);
    const absolute = path.resolve(cwd, input);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (error) {
      if (isGlob(input)) {
        const { glob } = await import('tinyglobby');
        const ignore = ['**/node_modules/**', '**/.git/**'];
        const matches = await glob(input, { cwd, absolute: true, onlyFiles: true, ignore });
        // The glob lists regular files only: a pipe, a device or a broken link it matches is added
        // too, to be reported unreadable by the loader rather than skipped in silence.
        const special = await specialMatches(input, cwd, (pattern) => glob(pattern, { cwd, absolute: true, onlyDirectories: true, ignore }));
        if (matches.length === 0 && special.length === 0) throw new UsageError(`no files match ${input}`);
        for (const match of [...matches, ...special].sort()) if (kindOf(match) || unreadDocument(match)) add(path.resolve(match));
        continue;
      }
      throw new UsageError(`${input}: ${fsReason(error)}`);
    }
    if (stat.isDirectory()) {
      // Posts already named before the folder count as found in it (`audit post.md .` was "no posts found").
      let foundHere = 0;
      walk(absolute, options.images === true, (file) => (foundHere++, add(file)), new Set());
      if (foundHere === 0) throw new UsageError(`${input}: no posts found in this folder (looked for .md, .markdown, .txt, .html, .docx, .odt and .pdf files)`);
    } else {
      if (!stat.isFile()) throw new UsageError(`${input}: not a regular file (a pipe, device or socket cannot be audited)`);
      if (!kindOf(absolute)) throw new UsageError(`${input}: not a post or image the auditor reads (use .md, .markdown, .txt, .html, .docx, .odt, .pdf, or an image)`);
      add(absolute);
    }
  }
  return files;
}

function walk(dir: string, images: boolean, add: (file: string) => void, visited: Set<string>): void {
  let real: string;
  let entries;
  try {
    real = statSync(dir).ino + ':' + statSync(dir).dev;
    if (visited.has(real)) return; // symlink loop
    visited.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`${path.relative(process.cwd(), dir) || dir}: ${fsReason(error)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // "~$Sports day.docx" is the lock file Word keeps beside a document while it is open.
    if (entry.name.startsWith('.') || entry.name.startsWith('~$') || SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        isDir = false; // a dangling link: named like a post, it is audited (and reported unreadable), not skipped
      }
    }
    if (isDir) {
      walk(full, images, add, visited);
      continue;
    }
    // Not only regular files: a pipe, device or broken link named like a post is reported by the
    // loader (which never opens what is not a file), not skipped in silence.
    const kind = kindOf(full);
    if (kind && kind !== 'image' && POST_EXTENSIONS.has(path.extname(full).toLowerCase())) add(full);
    else if (unreadDocument(full)) add(full); // reported post/unreadable, not skipped in silence
    else if (kind === 'image' && images) add(full);
  }
}

/**
 * What the glob `input` names that is neither a regular file nor a folder (a pipe, a socket, a device,
 * a link to nothing), which the glob library does not list: the entries of the folders its folder
 * part matches, whose names its last part matches.
 */
async function specialMatches(input: string, cwd: string, folders: (pattern: string) => Promise<string[]>): Promise<string[]> {
  const pattern = input.split(path.sep).join('/').replace(/^(\.\/)+/, '');
  const slash = pattern.lastIndexOf('/');
  const folderPart = slash === -1 ? '.' : pattern.slice(0, slash) || '/';
  const name = nameMatcher(pattern.slice(slash + 1));
  if (!name) return [];
  const dirs = isGlob(folderPart) ? await folders(`${folderPart}/`) : [path.resolve(cwd, folderPart)];
  // "posts/**/*.md": the folders ** matches include posts itself.
  if (/(^|\/)\*\*$/.test(folderPart)) dirs.push(path.resolve(cwd, folderPart.replace(/\/?\*\*$/, '') || '.'));
  const found: string[] = [];
  for (const dir of new Set(dirs.map((d) => path.resolve(d)))) {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isFile() || entry.isDirectory() || entry.name.startsWith('.') || !name.test(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(full);
          if (target.isFile() || target.isDirectory()) continue; // the glob lists those itself
        } catch {
          // a link to nothing: found here
        }
      }
      found.push(full);
    }
  }
  return found;
}

/** A RegExp for one part of a glob (a file name): *, ?, [...] and {a,b}; undefined for what it cannot read. */
function nameMatcher(part: string): RegExp | undefined {
  let source = '';
  let braces = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (c === '*') {
      while (part[i + 1] === '*') i++;
      source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = part.indexOf(']', i + 2);
      if (end === -1) return undefined;
      const body = part.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
      source += `[${body}]`;
      i = end;
    } else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) source += '|';
    else if (c === '\\' && i + 1 < part.length) source += literal(part[++i]!);
    else source += literal(c);
  }
  if (braces > 0) return undefined;
  try {
    return new RegExp(`^${source}$`);
  } catch {
    return undefined;
  }
}

function literal(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function isGlob(input: string): boolean {
  return /[*?[\]{}]/.test(input);
}
