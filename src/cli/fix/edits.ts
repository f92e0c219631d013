// Text edits the fixer makes to a post, computed from findings' line/column locations.
import type { Finding } from '../../core/types.js';
import { escapeRegExp } from '../../core/regex.js';

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** The source offset of a 1-based line and column (UTF-16 units, as the engine reports them). */
export function offsetOf(source: string, line: number, column = 1): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = source.indexOf('\n', offset);
    if (next === -1) return source.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, source.length);
}

/** The exact text a finding points at, when it has a start and an end. */
export function spanOf(source: string, finding: Finding): { start: number; end: number; text: string } | undefined {
  const { line, column, endLine, endColumn } = finding.location;
  if (line === undefined || column === undefined || endColumn === undefined) return undefined;
  const start = offsetOf(source, line, column);
  const end = offsetOf(source, endLine ?? line, endColumn);
  if (end <= start) return undefined;
  return { start, end, text: source.slice(start, end) };
}

export interface NamedPupil {
  firstName: string;
  lastName: string;
  preferredName?: string;
}

/**
 * consent/full-name-with-media: "Teddy Pemberton" → "Teddy", "PEMBERTON, Teddy" → "Teddy". With the
 * consent record, the given name is the pupil's own first or preferred name as the post writes it, next
 * to their surname; when none fits, no edit (the first word of "PEMBERTON, Teddy" is the surname, and
 * keeping it would leave the identifying half). Without the record, only "First Last" with no comma.
 */
export function firstNameEdit(source: string, finding: Finding, pupils?: readonly NamedPupil[]): Edit | undefined {
  if (finding.ruleId !== 'consent/full-name-with-media') return undefined;
  const span = spanOf(source, finding);
  if (!span) return undefined;
  const parts = span.text.trim().split(/\s+/);
  if (parts.length < 2 || /[\n<>[\]()]/.test(span.text)) return undefined;
  const given = pupils ? givenNameIn(span.text, pupils) : span.text.includes(',') ? undefined : parts[0];
  if (!given) return undefined;
  return { start: span.start, end: span.end, replacement: given };
}

function givenNameIn(text: string, pupils: readonly NamedPupil[]): string | undefined {
  for (const pupil of pupils) {
    const surname = wordAt(text, pupil.lastName);
    if (surname === undefined) continue;
    for (const name of [pupil.preferredName, pupil.firstName]) {
      const at = name ? wordAt(text, name) : undefined;
      if (at !== undefined && (at + name!.length <= surname || at >= surname + pupil.lastName.length)) return text.slice(at, at + name!.length);
    }
  }
  return undefined;
}

/** Where `word` stands as a whole word in `text` (case-insensitive), or undefined. */
function wordAt(text: string, word: string): number | undefined {
  if (!word) return undefined;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu');
  const match = pattern.exec(text);
  return match ? match.index : undefined;
}

/**
 * Replaces the reference to an image at or after `near` with a new one. A Markdown image's place is
 * its "![": the search starts after its alt text, which may hold the same path ("![see ../a.jpg](../a.jpg)").
 * The reference is looked for as the loader gives it and, for a Markdown link markdown-it normalised
 * ("my%20photo.jpg"), as written ("<my photo.jpg>").
 */
export function relinkEdit(source: string, ref: string, newRef: string, near = 0): Edit | undefined {
  const from = source.startsWith('![', near) ? markdownDestination(source, near) : near;
  const forms: [string, string][] = [[ref, newRef]];
  const decoded = [safeDecode(ref), safeDecode(newRef)] as const;
  if (decoded[0] !== undefined && decoded[1] !== undefined && decoded[0] !== ref) forms.push([decoded[0], decoded[1]]);
  for (const [written, replacement] of forms) {
    const start = source.indexOf(written, from);
    if (start !== -1) return { start, end: start + written.length, replacement };
  }
  for (const [written, replacement] of forms) {
    const start = source.indexOf(written);
    if (start !== -1) return { start, end: start + written.length, replacement };
  }
  return undefined;
}

/** Where the "(destination" of the Markdown image starting at `at` begins (after its bracketed alt text). */
function markdownDestination(source: string, at: number): number {
  let depth = 0;
  for (let i = at + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return source[i + 1] === '(' ? i + 2 : at;
    else if (c === '\n' && source[i + 1] === '\n') break; // a paragraph ends: not an image after all
  }
  return at;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURI(text);
  } catch {
    return undefined;
  }
}

/**
 * An `<!-- audit-ignore rule: reason -->` line before the block the finding is in (the loader applies
 * such a comment to the next block). In the front matter, a file-wide comment after it instead.
 */
export function suppressionEdit(source: string, finding: Finding, reason: string, findingOffset?: number): Edit {
  const cleanReason = reason.replace(/-->/g, '').replace(/\s+/g, ' ').trim();
  const frontMatterEnd = frontMatterLength(source);
  const offset = findingOffset ?? (finding.location.line !== undefined ? offsetOf(source, finding.location.line, finding.location.column ?? 1) : frontMatterEnd);
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  if (offset < frontMatterEnd || finding.location.line === undefined && findingOffset === undefined) {
    return { start: frontMatterEnd, end: frontMatterEnd, replacement: `${newline}<!-- audit-ignore-file ${finding.ruleId}: ${cleanReason} -->${newline}` };
  }
  // Walk back to the first line of the paragraph (the line after a blank line, or the front matter).
  let start = source.lastIndexOf('\n', Math.max(offset - 1, 0)) + 1;
  while (start > frontMatterEnd) {
    const previousEnd = start - 1;
    const previousStart = source.lastIndexOf('\n', previousEnd - 1) + 1;
    if (source.slice(previousStart, previousEnd).trim() === '') break;
    start = previousStart;
  }
  start = Math.max(start, frontMatterEnd);
  return { start, end: start, replacement: `<!-- audit-ignore ${finding.ruleId}: ${cleanReason} -->${newline}` };
}

function frontMatterLength(source: string): number {
  const match = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? match[0].length : 0;
}

/** Applies non-overlapping edits (later ones first, so offsets stay valid); overlapping ones are dropped. */
export function applyEdits(source: string, edits: Edit[]): { text: string; applied: Edit[] } {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  const applied: Edit[] = [];
  let text = source;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) continue;
    text = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
    applied.push(edit);
    limit = edit.start;
  }
  return { text, applied: applied.reverse() };
}
