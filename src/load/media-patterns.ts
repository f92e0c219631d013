// Hugo page bundles name their pictures by pattern in front matter (`resources: [{src: "images/*.jpg"}]`):
// a pattern stands for every photo or video it matches beside the post, each of which the theme may show.
// Read as a path, it was "file not found" and none of the pictures was inspected.
import { hasMediaExtension } from '../images/format.js';
import type { MediaReference } from './parsed.js';

const PATTERN = /[*?[{]/;

/** The references with each relative pattern replaced by the media files it matches under `postDir` (kept as it is when it matches none). */
export async function expandMediaPatterns(media: MediaReference[], postDir: string): Promise<MediaReference[]> {
  if (!media.some((m) => isPattern(m.ref))) return media;
  const { globSync } = await import('tinyglobby');
  const out: MediaReference[] = [];
  for (const reference of media) {
    if (!isPattern(reference.ref)) {
      out.push(reference);
      continue;
    }
    const matches = globSync(reference.ref, { cwd: postDir, onlyFiles: true, expandDirectories: false })
      .filter(hasMediaExtension)
      .sort();
    if (matches.length === 0) out.push(reference);
    for (const file of matches) out.push({ ...reference, ref: file });
  }
  return out;
}

/** A relative path with glob characters; not a URL, a data: URL or a site-absolute path. */
function isPattern(ref: string): boolean {
  return PATTERN.test(ref) && !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('/');
}
