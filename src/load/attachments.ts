// Resolves the images and videos a post references to files inside the project, failing closed:
// a reference that cannot be inspected becomes an attachment with a problem, never a silent skip.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fsReason } from '../core/errors.js';
import { maxImageBytes, megabytes } from '../core/limits.js';
import { displayPath, isInside } from '../core/paths.js';
import type { Attachment } from '../core/types.js';
import { VIDEO_EXTENSIONS } from '../images/format.js';
import { detectSite, ownPath, siteCandidates } from '../site/detect.js';
import { decodeDataUrl } from './data-url.js';
import type { MediaReference } from './parsed.js';
import { pushAll } from '../core/arrays.js';

export interface ResolveOptions {
  /** The folder the post is in. */
  postDir: string;
  /** Nothing outside this folder is read. */
  root: string;
  /** Site-absolute prefixes ("/images") mapped to folders, tried in order; "/" maps to the root. */
  sitePaths?: Record<string, string>;
  /** Detect a Hugo/Jekyll/Astro/Eleventy site above the post and look in its static folders (default true). */
  detectSite?: boolean;
}

// Liquid/Nunjucks prefixes a site template puts before its own paths: "{{ site.baseurl }}/img/a.jpg".
const TEMPLATE_PREFIX = /^(?:\{\{-?\s*(?:site\.url|site\.baseurl|site\.base_url|base_url|baseurl)\s*-?\}\}\s*)+/i;
const TEMPLATE_FILTER = /^\{\{-?\s*['"]([^'"]+)['"]\s*\|\s*(?:relative_url|absolute_url|url)\s*-?\}\}$/i;

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/**
 * Where references were found during one run, by the folder they were written in: a folder of posts
 * shows the same photos again and again. Files are taken not to change during a run (each image is
 * read once a run too).
 */
export type KnownReferences = Map<string, Attachment>;

/**
 * The attachments of a post's references, in order. A reference the post repeats, or that an earlier
 * post of the run made from the same folder (`known`), is looked up on disk once: the same answer,
 * with each reference's own offset. Pasted pictures (data: URLs) are decoded each time, as before.
 */
export function resolveAttachments(references: readonly MediaReference[], options: ResolveOptions, known: KnownReferences = new Map()): Attachment[] {
  if (references.length === 0) return [];
  const scope = `${options.postDir}\0${options.root}\0${options.detectSite === false ? '' : 'site'}\0${options.sitePaths ? JSON.stringify(options.sitePaths) : ''}`;
  return references.map((reference) => {
    if (/^\s*<?data:/i.test(reference.ref)) return resolveAttachment(reference, options);
    const key = `${scope}\0${reference.medium ?? ''}\0${reference.ref}`;
    const earlier = known.get(key);
    if (earlier) return { ...earlier, offset: reference.offset };
    const attachment = resolveAttachment(reference, options);
    // A copy: the loader later gives each post's attachment its image metadata.
    known.set(key, { ...attachment });
    return attachment;
  });
}

export function resolveAttachment(reference: MediaReference, options: ResolveOptions): Attachment {
  const ref = reference.ref.trim().replace(/^<(.*)>$/, '$1');
  const medium = reference.medium ?? mediumFor(ref);
  const base = { ref: reference.ref, medium, offset: reference.offset } as const;
  if (REMOTE.test(ref) && !/^file:/i.test(ref)) {
    // A link to the site's own published address is a file in the repository: inspect that file.
    const site = options.detectSite !== false ? detectSite(options.postDir, options.root) : undefined;
    const local = site ? ownPath(site, ref) : undefined;
    if (local === undefined) return { ...base, displayPath: ref, status: 'remote' };
    return { ...resolveAttachment({ ...reference, ref: local, medium }, options), ref: reference.ref };
  }
  if (/^data:/i.test(ref)) {
    const data = decodeDataUrl(ref);
    if ('problem' in data) return { ...base, displayPath: 'data: URL', status: 'unreadable', problem: data.problem };
    const displayPath = `data: URL (${data.mediaType}, ${sizeText(data.bytes.length)})`;
    if (data.bytes.length > maxImageBytes()) {
      return { ...base, displayPath, status: 'unreadable', problem: `the embedded picture is ${megabytes(data.bytes.length)}, more than the ${megabytes(maxImageBytes())} limit for a photo, so it was not inspected` };
    }
    return { ...base, medium: data.mediaType.startsWith('video/') ? 'video' : 'photo', displayPath, status: 'ok', embedded: data.bytes };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^file:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref)) {
    return { ...base, displayPath: ref, status: 'unreadable', problem: `unsupported link type "${ref.split(':')[0]}:"` };
  }
  let target: string;
  try {
    target = /^file:/i.test(ref) ? fileURLToPath(ref) : decodeURIComponent(ref.replace(/[?#].*$/, ''));
  } catch {
    target = ref.replace(/[?#].*$/, '');
  }
  if (target.includes('\0')) {
    return { ...base, displayPath: ref, status: 'unreadable', problem: 'the file name holds a NUL character, so no such file can exist' };
  }
  const candidates = /^file:/i.test(ref) ? [target] : candidatePaths(target, options);
  // When no candidate is readable, the most telling problem is reported: a file that exists outside
  // the project beats one that could not be read, which beats "not found", which beats a path that
  // merely points outside the project (where nothing exists).
  let firstProblem: Problem | undefined;
  let firstRank = -1;
  const note = (problem: Problem, rank: number) => {
    if (rank > firstRank) [firstProblem, firstRank] = [problem, rank];
  };
  for (const candidate of candidates) {
    if (!isInside(candidate, options.root)) {
      const exists = statSync(candidate, { throwIfNoEntry: false }) !== undefined;
      note({ path: candidate, status: 'outside', problem: 'the file is outside the project folder, so it was not read' }, exists ? 3 : 0);
      continue;
    }
    try {
      // A missing file is the common case: no exception for it (they are slow to build).
      const stat = statSync(candidate, { throwIfNoEntry: false });
      if (!stat) {
        note({ path: candidate, status: 'missing', problem: fsReason({ code: 'ENOENT' }) }, 1);
        continue;
      }
      if (!stat.isFile()) {
        note({ path: candidate, status: 'unreadable', problem: 'not a file' }, 2);
        continue;
      }
      const real = realpathSync(candidate);
      if (!isInside(real, realRoot(options.root))) {
        note({ path: candidate, status: 'outside', problem: 'the file links to a place outside the project folder, so it was not read' }, 3);
        continue;
      }
      return { ...base, path: candidate, displayPath: displayPath(candidate), status: 'ok' };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      note({ path: candidate, status: code === 'ENOENT' ? 'missing' : 'unreadable', problem: fsReason(error) }, code === 'ENOENT' ? 1 : 2);
    }
  }
  const problem = firstProblem ?? { path: target, status: 'missing' as const, problem: 'file not found' };
  return { ...base, path: problem.path, displayPath: displayPath(problem.path), status: problem.status, problem: problem.problem };
}

type Problem = { path: string; status: Attachment['status']; problem: string };

// The project root's real path, once per root (a post can reference many images).
const realRoots = new Map<string, string>();
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = realpathSync(root);
    realRoots.set(root, real);
  }
  return real;
}

function candidatePaths(rawTarget: string, options: ResolveOptions): string[] {
  const filtered = TEMPLATE_FILTER.exec(rawTarget.trim())?.[1];
  let target = filtered ?? rawTarget;
  if (TEMPLATE_PREFIX.test(target)) target = `/${target.replace(TEMPLATE_PREFIX, '').replace(/^\/+/, '')}`;
  if (!target.startsWith('/') || path.isAbsolute(target) === false) {
    return [path.resolve(options.postDir, target)];
  }
  // A site-absolute path ("/images/trip.jpg"): try the configured mappings, then the site's static
  // folders (Hugo static/, Astro public/, the Jekyll site root …), then the project root.
  const candidates: string[] = [];
  const mappings = Object.entries(options.sitePaths ?? {}).sort((a, b) => b[0].length - a[0].length);
  for (const [prefix, folder] of mappings) {
    const normalised = prefix.endsWith('/') ? prefix : `${prefix}/`;
    if (target.startsWith(normalised) || prefix === '/') {
      candidates.push(path.resolve(options.root, folder, target.slice(prefix === '/' ? 1 : normalised.length)));
    }
  }
  if (options.detectSite !== false) {
    const site = detectSite(options.postDir, options.root);
    if (site) pushAll(candidates, siteCandidates(site, target));
  }
  candidates.push(path.join(options.root, target));
  // A real absolute path on this machine (e.g. /home/…/photo.jpg) is judged by the root check.
  candidates.push(target);
  return [...new Set(candidates)];
}


export function mediumFor(ref: string): 'photo' | 'video' {
  const clean = ref.replace(/[?#].*$/, '');
  return VIDEO_EXTENSIONS.has(path.extname(clean).toLowerCase()) ? 'video' : 'photo';
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : megabytes(bytes);
}
