// YAML front matter (TOML's is read by toml-front-matter.ts): the post's settings (channel, account, approved_by, trip, date, media) and the
// free-text fields (title, author, caption …) that rules read like body text.
import type { Node } from 'yaml';
import { yamlTooDeep, type YamlModule } from '../core/yaml.js';
import { verbatimSegment } from '../core/position.js';
import type { FrontMatter, TextSegment } from '../core/types.js';
import { hasMediaExtension } from '../images/format.js';
import type { MediaReference } from './parsed.js';

export interface ParsedFrontMatter {
  data: FrontMatter;
  segments: TextSegment[];
  media: MediaReference[];
  /** A YAML syntax error, reported by the loader as a finding. */
  error?: { message: string; offset: number };
}

/** Keys whose values are attachments. */
export const MEDIA_KEYS = new Set([
  'media', 'image', 'images', 'cover', 'cover_image', 'coverimage', 'featured_image', 'featuredimage', 'thumbnail',
  'hero', 'hero_image', 'banner', 'og_image', 'photo', 'photos', 'video', 'videos', 'gallery', 'header_image',
]);
/**
 * A value under any other key that is a photo or video path (`hero_pic: photos/trip.jpg`, a theme's
 * own key): an attachment too, or its location would never be read. One line naming a media file.
 */
export function isMediaPath(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_MEDIA_PATH && !/[\n\r]/.test(trimmed) && hasMediaExtension(trimmed);
}
const MAX_MEDIA_PATH = 1024;

/** Keys whose values are settings, not prose. */
export const SETTING_KEYS = new Set([
  'channel', 'account', 'approved_by', 'trip', 'date', 'layout', 'draft', 'slug', 'permalink', 'lang', 'weight',
  'lastmod', 'publishdate', 'expirydate', 'type', 'url', 'aliases', 'id', 'template', 'published',
]);

/** `yaml` is passed in (imported lazily by the caller) so posts without front matter never load it. */
export function parseFrontMatter(yamlText: string, offset: number, yaml: YamlModule): ParsedFrontMatter {
  const { isMap, isScalar } = yaml;
  const result: ParsedFrontMatter = { data: {}, segments: [], media: [] };
  const tooDeep = yamlTooDeep(yamlText);
  if (tooDeep) {
    result.error = { message: `${tooDeep}, so it was not parsed`, offset };
    return result;
  }
  const doc = yaml.parseDocument(yamlText, { keepSourceTokens: false, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    result.error = { message: error.message.split('\n')[0]!, offset: offset + (error.pos?.[0] ?? 0) };
    return result;
  }
  let json: unknown;
  try {
    json = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // An alias to an anchor never set, or an alias bomb: parsed, but it has no value.
    result.error = { message: (error instanceof Error ? error.message : String(error)).split('\n')[0]!, offset };
    return result;
  }
  if (json === null || json === undefined) return result;
  if (typeof json !== 'object' || Array.isArray(json)) {
    result.error = { message: 'front matter must be a set of "key: value" lines', offset };
    return result;
  }
  result.data = normaliseData(json as Record<string, unknown>);
  if (!isMap(doc.contents)) return result;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const walk: KeyWalk<{ at: number; node: Node }> = (fields, fn) => collectStrings(yaml, pair.value as Node | null, fields, (value, at, node, field) => fn(value, { at, node }, field));
    sortKeyStrings(key, walk, {
      media: (value, { at }) => result.media.push({ ref: value, offset: offset + at }),
      prose: (value, { at, node }) => {
        const raw = yamlText.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0);
        const inner = raw.indexOf(value);
        result.segments.push(verbatimSegment('front-matter', value, offset + (inner === -1 ? at : (node.range?.[0] ?? 0) + inner), key));
      },
    });
  }
  return result;
}

/** Calls `fn` for each string under one top-level key (`fields`: the map keys to descend into, or all), with the map key it sits under. */
export type KeyWalk<N> = (fields: Set<string> | 'all', fn: (value: string, node: N, field: string | undefined) => void) => void;

/**
 * What one top-level key's strings are, in YAML or TOML alike (`walk` goes through either's values):
 * under a media key, attachments, and prose under a prose field (a photo's caption or alt); under any other key but a setting, a media path at any depth is an
 * attachment (a theme's `header: {overlay_image: trip.jpg}`), and text is prose at the top, in a list or
 * under a prose field — not under a path field that names no media file ("image: /img/123").
 */
export function sortKeyStrings<N>(key: string, walk: KeyWalk<N>, found: { media: (value: string, node: N) => void; prose: (value: string, node: N) => void }): void {
  const lower = key.toLowerCase();
  if (MEDIA_KEYS.has(lower)) {
    // A gallery's items: paths, and the captions and alt text published beside the photos
    // (`gallery: [{image: trip.jpg, caption: …}]` — the caption was not read).
    walk('all', (value, node, field) => {
      if (field === undefined || MEDIA_FIELDS.has(field) || isMediaPath(value)) found.media(value, node);
      else if (isTextField(field)) found.prose(value, node);
    });
  } else if (!SETTING_KEYS.has(lower)) {
    walk('all', (value, node, field) => {
      if (isMediaPath(value)) found.media(value, node);
      else if (field === undefined || isTextField(field)) found.prose(value, node);
    });
  }
}

/** Inside a list of objects (`media: [{src: a.jpg, alt: …}]`), the keys that hold a path / prose. */
const MEDIA_FIELDS = new Set(['src', 'url', 'path', 'file', 'image']);
const TEXT_FIELDS = new Set([
  'name', 'names', 'alt', 'caption', 'title', 'subtitle', 'headline', 'heading', 'subheading', 'description', 'summary', 'excerpt',
  'intro', 'teaser', 'text', 'body', 'content', 'quote', 'label', 'tagline', 'lede', 'standfirst', 'blurb', 'message', 'note',
  'notes', 'credit', 'byline', 'tags', 'keywords', 'people',
]);
/** A field named for what it shows, with a prefix of the page or site it is for: `og_description`, `twitterTitle`, `photo-caption`. */
const TEXT_FIELD_ENDING = /(?:title|headline|description|caption|summary|excerpt|tagline|keywords|_text|-text|_alt|-alt)$/;

function isTextField(field: string): boolean {
  return TEXT_FIELDS.has(field) || TEXT_FIELD_ENDING.test(field);
}

/** Calls `fn` for each string under `node`, with the map key it sits under (none at the top or in a list). */
function collectStrings(
  yaml: YamlModule,
  node: Node | null,
  fields: Set<string> | 'all',
  fn: (value: string, at: number, node: Node, field: string | undefined) => void,
  field?: string,
): void {
  const { isMap, isScalar, isSeq } = yaml;
  if (!node) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.value.trim()) fn(node.value, node.range?.[0] ?? 0, node, field);
  } else if (isSeq(node)) {
    for (const item of node.items) collectStrings(yaml, item as Node, fields, fn, field);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value).toLowerCase() : '';
      if (fields === 'all' || fields.has(key)) collectStrings(yaml, pair.value as Node, fields, fn, key);
    }
  }
}

export function normaliseData(raw: Record<string, unknown>): FrontMatter {
  const data: FrontMatter = { ...raw };
  for (const key of ['channel', 'account'] as const) {
    const value = raw[key];
    if (value !== undefined && value !== null) data[key] = String(value).trim();
  }
  // Who approved it is a name, or a list of names: "approved_by: [1, {a: b}]" or "approved_by: true" names no one.
  const approvedBy = raw.approved_by;
  if (typeof approvedBy === 'string') data.approved_by = approvedBy.trim();
  else if (Array.isArray(approvedBy) && approvedBy.length > 0 && approvedBy.every((name) => typeof name === 'string' && name.trim() !== '')) data.approved_by = approvedBy.map((name: string) => name.trim()).join(', ');
  else delete data.approved_by;
  if (raw.date instanceof Date) data.date = raw.date.toISOString().slice(0, 10);
  else if (raw.date !== undefined && raw.date !== null) data.date = String(raw.date);
  const media = raw.media;
  if (typeof media === 'string') data.media = [media];
  else if (Array.isArray(media)) data.media = media.filter((m): m is string => typeof m === 'string');
  return data;
}
