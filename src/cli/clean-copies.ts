// Cleaned copies of photos: `--strip-location [--strip-people] --out <folder>`, shared by
// `audit photos <folder>` and `audit post.md` (the photos and videos a post links to). Copies
// mirror their paths below a base folder; originals are never modified (src/images/strip.ts).
import { existsSync } from 'node:fs';
import { realpath, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/schema.js';
import { UsageError, fsReason } from '../core/errors.js';
import { displayPath, isInside } from '../core/paths.js';
import { sidecarCandidates } from '../images/read.js';
import { isDocument, type Post } from '../core/types.js';
import { LineIndex, pageOf } from '../core/position.js';

export interface CleanFlags {
  stripLocation?: boolean;
  stripPeople?: boolean;
  out?: string;
}

/** Copies are written here first and renamed into place; a killed run leaves only this folder, which the next run clears. */
export const PARTIAL_DIR = '.post-audit-partial';

/** Why a copy was not written, without the "not cleaned:" the summary line already starts with. */
export function whyNotCleaned(message: string | undefined): string {
  return message?.replace(/^not cleaned: /, '') || 'the copy could not be written';
}

/** Refuses flags that do not make sense together; returns the output folder when copies are asked for. */
export function cleanOutput(flags: CleanFlags): string | undefined {
  if ((flags.stripLocation || flags.stripPeople) && !flags.out) {
    throw new UsageError('--strip-location and --strip-people need --out <folder> for the cleaned copies (originals are never modified)');
  }
  if (flags.out && !flags.stripLocation && !flags.stripPeople) throw new UsageError('--out is for cleaned copies: add --strip-location (and --strip-people if wanted)');
  return flags.out ? path.resolve(flags.out) : undefined;
}

/** --out must be a folder, or not exist yet (it is made): anything else is one line before any work. */
export async function checkOutFolder(out: string, shown: string): Promise<void> {
  const info = await stat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new UsageError(`--out ${shown}: ${fsReason(error)}`);
  });
  if (info && !info.isDirectory()) throw new UsageError(`--out ${shown}: this is a file, not a folder; give a folder for the cleaned copies`);
}

/** The folder's real location, links resolved (for a folder not made yet: its nearest existing parent's). */
export async function realFolder(folder: string): Promise<string> {
  const rest: string[] = [];
  for (let at = folder; ; at = path.dirname(at)) {
    const real = await realpath(at).catch(() => undefined);
    if (real !== undefined) return path.join(real, ...rest.reverse());
    if (path.dirname(at) === at) return folder;
    rest.push(path.basename(at));
  }
}

export interface CleanSummary {
  cleaned: string[];
  notCleaned: string[];
}

/** Collects the local photos and videos of audited posts (pass `add` as the engine's onPost). */
export class PostMedia {
  /** Image path → its path below --out. */
  readonly targets = new Map<string, string>();
  /** Pictures pasted into a post (data: URLs): there is no file to copy, so they are reported. */
  readonly embedded: string[] = [];

  constructor(private readonly cwd: string) {}

  add = (post: Post, config: ResolvedConfig): void => {
    let lines: LineIndex | undefined;
    for (const attachment of post.attachments) {
      if (attachment.status === 'ok' && attachment.embedded) {
        const document = isDocument(post.kind);
        const at = attachment.offset !== undefined ? (lines ??= new LineIndex(post.source)).position(attachment.offset).line : undefined;
        const page = at !== undefined && post.pageStarts ? pageOf(post.pageStarts, at) : undefined;
        const line = at === undefined ? '' : page ? ` page ${page.page}` : ` ${document ? 'paragraph' : 'line'} ${at}`;
        const where = post.kind === 'pdf' ? 'inside the PDF' : document ? 'inside the document' : 'pasted into the post (a data: URL)';
        const fix =
          post.kind === 'pdf'
            ? 'the auditor does not rewrite PDFs: remove the location from the photo before it goes into the newsletter, then make the PDF again'
            : document
              ? 'audit it with --fix to remove its location in the document'
              : 'audit it with --fix to save it beside the post without its location';
        this.embedded.push(`${post.displayPath}${line}: the picture is ${where}, so there is no file to copy; ${fix}`);
        continue;
      }
      if (attachment.status !== 'ok' || !attachment.path || this.targets.has(attachment.path)) continue;
      const base = isInside(attachment.path, this.cwd) ? this.cwd : config.root;
      const relative = path.relative(base, attachment.path);
      this.targets.set(attachment.path, relative.startsWith('..') || path.isAbsolute(relative) ? path.basename(attachment.path) : relative);
    }
  };
}

/**
 * Clean copies of the posts' photos and videos below `out` at their path relative to the current
 * folder (or, for one outside it, to the post's project root). The audit itself is unchanged: its
 * findings are about the files the posts link to now.
 */
export async function cleanPostMedia(media: PostMedia, out: string, flags: CleanFlags): Promise<CleanSummary> {
  const { stripMetadata } = await import('../images/strip.js');
  const summary: CleanSummary = { cleaned: [], notCleaned: [...media.embedded] };
  if (media.targets.size === 0) return summary;
  const realOut = await realFolder(out);
  const partial = path.join(out, PARTIAL_DIR);
  await rm(partial, { recursive: true, force: true });
  const options = { location: true, people: flags.stripPeople === true, tempDir: partial, within: realOut };
  for (const [source, relative] of media.targets) {
    const shown = displayPath(source);
    if (isInside(source, out) || isInside(await realFolder(source), realOut)) {
      summary.notCleaned.push(`${shown}: it is inside --out; choose an output folder apart from the photos`);
      continue;
    }
    const target = path.join(out, relative);
    const result = await stripMetadata(source, target, options);
    if (result.written) summary.cleaned.push(displayPath(target));
    else summary.notCleaned.push(`${shown}: ${whyNotCleaned(result.message)}`);
    for (const sidecar of sidecarCandidates(source).filter((candidate) => existsSync(candidate))) {
      const side = await stripMetadata(sidecar, path.join(path.dirname(target), path.basename(sidecar)), options);
      if (!side.written) summary.notCleaned.push(`${displayPath(sidecar)}: ${whyNotCleaned(side.message)}`);
    }
  }
  await rm(partial, { recursive: true, force: true });
  return summary;
}

