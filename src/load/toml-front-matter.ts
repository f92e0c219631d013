// TOML front matter, between "+++" lines, as Hugo writes it: read with smol-toml (imported only for
// such a post) and sorted like YAML front matter — settings, attachments and prose fields (see
// front-matter.ts). TOML keeps no positions, so each string is found again in the text. A value
// written with escapes is not there verbatim: its findings all point at where it starts, and none
// spans text, so --fix never edits it by a position that does not hold it.
import { verbatimSegment } from '../core/position.js';
import type { TextSegment } from '../core/types.js';
import { normaliseData, sortKeyStrings, type ParsedFrontMatter } from './front-matter.js';

type TomlModule = typeof import('smol-toml');
let tomlModule: Promise<TomlModule> | undefined;

export function loadToml(): Promise<TomlModule> {
  tomlModule ??= import('smol-toml');
  return tomlModule;
}

/** Deeper than this in inline tables and arrays a front matter is refused (the parser recurses per level). */
const MAX_TOML_DEPTH = 64;

export function parseTomlFrontMatter(tomlText: string, offset: number, toml: TomlModule): ParsedFrontMatter {
  const result: ParsedFrontMatter = { data: {}, segments: [], media: [] };
  let table: Record<string, unknown>;
  try {
    // 'keep': a key such as "__proto__" is kept as the table's own key, so a photo named under it is still seen.
    table = toml.parse(tomlText, { maxDepth: MAX_TOML_DEPTH, unsafeKeyBehaviour: 'keep' });
  } catch (error) {
    const { line, column } = error as { line?: number; column?: number };
    const message = (error instanceof Error ? error.message : String(error)).replace(/^Invalid TOML document: /, '').split('\n')[0]!;
    result.error = { message, offset: offset + (line && column ? lineStart(tomlText, line) + column - 1 : 0) };
    return result;
  }
  result.data = normaliseData(table);
  const find = locator(tomlText);
  const locate = (value: string) => offset + Math.max(0, find(value));
  for (const [key, value] of Object.entries(table)) {
    sortKeyStrings<undefined>(key, (fields, fn) => eachString(value, fields, (text, field) => fn(text, undefined, field)), {
      media: (text) => result.media.push({ ref: text, offset: locate(text) }),
      prose: (text) => result.segments.push(proseSegment(text, tomlText, offset, find, key)),
    });
  }
  return result;
}

function eachString(value: unknown, fields: Set<string> | 'all', fn: (text: string, field: string | undefined) => void, field?: string): void {
  if (typeof value === 'string') {
    if (value.trim()) fn(value, field);
  } else if (Array.isArray(value)) {
    for (const item of value) eachString(item, fields, fn, field);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) {
      const lower = key.toLowerCase();
      if (fields === 'all' || fields.has(lower)) eachString(inner, fields, fn, lower);
    }
  }
}

/** Where each string is in the text (-1 when not verbatim), searching on from the last one found: values come in the order written. */
function locator(text: string): (value: string) => number {
  let cursor = 0;
  return (value) => {
    let at = text.indexOf(value, cursor);
    if (at === -1) at = text.indexOf(value);
    if (at !== -1) cursor = at + value.length;
    return at;
  };
}

function proseSegment(value: string, tomlText: string, offset: number, find: (value: string) => number, key: string): TextSegment {
  const at = find(value);
  if (at !== -1) return verbatimSegment('front-matter', value, offset + at, key);
  // Written with escapes: placed where its text up to the first escaped character is, else at the front matter's start.
  const plain = value.slice(0, Math.max(0, value.search(/["\\\u0000-\u001f\u007f]/)));
  const start = plain.length >= 3 ? tomlText.indexOf(plain) : -1;
  return { kind: 'front-matter', text: value, pieces: [{ textStart: 0, sourceStart: offset + Math.max(0, start), length: 0 }], field: key };
}

function lineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line && at !== -1; n++) at = text.indexOf('\n', at) + 1 || -1;
  return at === -1 ? 0 : at;
}
