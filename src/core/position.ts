import type { TextSegment } from './types.js';
import { firstWhere } from './search.js';

/** Converts source offsets to 1-based line and column (columns count UTF-16 units, as editors do). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

/** Maps an index in a segment's plain text back to an offset in the post source. */
export function sourceOffset(segment: TextSegment, textIndex: number): number {
  const pieces = segment.pieces;
  if (pieces.length === 0) return 0;
  // The last piece starting at or before textIndex (pieces ascend), else the first: a binary search,
  // since a paragraph broken by thousands of code spans or entities has thousands of pieces.
  const chosen = pieces[Math.max(0, firstWhere(pieces.length, (i) => !(pieces[i]!.textStart <= textIndex)) - 1)]!;
  const within = Math.min(Math.max(textIndex - chosen.textStart, 0), chosen.length);
  return chosen.sourceStart + within;
}

/**
 * The segment without some of its text (ranges ascending, not overlapping): what is left keeps its
 * place in the source, piece by piece.
 */
export function withoutRanges(segment: TextSegment, ranges: readonly { start: number; end: number }[]): TextSegment {
  return withRangesReplaced(segment, ranges.map((range) => ({ ...range, text: '' })));
}

/**
 * The segment with some of its text replaced by text no longer than it (ranges ascending, not
 * overlapping): each replacement takes the places in the source of the first characters it replaces.
 */
export function withRangesReplaced(segment: TextSegment, ranges: readonly { start: number; end: number; text: string }[]): TextSegment {
  const pieces: TextSegment['pieces'] = [];
  const cursor = new PieceCursor(segment.pieces);
  let text = '';
  const keep = (from: number, to: number, replacement?: string) => {
    if (to <= from) return;
    cursor.copy(from, to, text.length, pieces);
    text += replacement ?? segment.text.slice(from, to);
  };
  let at = 0;
  for (const range of ranges) {
    keep(at, range.start);
    const from = Math.max(at, range.start);
    keep(from, from + range.text.length, range.text);
    at = Math.max(at, range.end);
  }
  keep(at, segment.text.length);
  return { ...segment, text, pieces };
}

/**
 * Walks a segment's pieces for ascending text ranges, so each piece is visited about once however
 * many ranges are asked for.
 */
export class PieceCursor {
  private next = 0;

  constructor(private readonly pieces: TextSegment['pieces']) {}

  /** Appends to `out` the pieces of text [from, to), their text starts moved to begin at `textStart`. */
  copy(from: number, to: number, textStart: number, out: TextSegment['pieces']): void {
    const { pieces } = this;
    while (this.next < pieces.length && pieces[this.next]!.textStart + pieces[this.next]!.length <= from) this.next++;
    for (let i = this.next; i < pieces.length && pieces[i]!.textStart < to; i++) {
      const piece = pieces[i]!;
      const start = Math.max(from, piece.textStart);
      const end = Math.min(to, piece.textStart + piece.length);
      if (end > start) out.push({ textStart: textStart + (start - from), sourceStart: piece.sourceStart + (start - piece.textStart), length: end - start });
    }
  }
}

/**
 * Longest segment text the rules are given (characters). A paragraph longer than this — a plain-text
 * file whose lines are joined into one paragraph, a pasted transcript — is cut into parts at sentence
 * ends: every rule's per-paragraph work and memory stay bounded by it (a 10 MB paragraph was held
 * as millions of word tokens at once by each rule in turn). No real paragraph is this long.
 */
export const LONGEST_SEGMENT = 16_384;

/** The segment, or its parts of at most `longest` characters cut after a sentence's end (else at a space). */
export function splitLongSegment(segment: TextSegment, longest = LONGEST_SEGMENT): TextSegment[] {
  const { text } = segment;
  if (text.length <= longest) return [segment];
  const parts: TextSegment[] = [];
  const cursor = new PieceCursor(segment.pieces);
  for (let from = 0; from < text.length; ) {
    const to = text.length - from <= longest ? text.length : cutPoint(text, from, from + longest);
    const pieces: TextSegment['pieces'] = [];
    cursor.copy(from, to, 0, pieces);
    parts.push({ ...segment, text: text.slice(from, to), pieces });
    from = to;
  }
  return parts;
}

/** Where to end a part in (from, limit]: after the last sentence end in its second half, else the last space, else the limit. */
function cutPoint(text: string, from: number, limit: number): number {
  const half = from + Math.floor((limit - from) / 2);
  for (let i = limit - 1; i > half; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if ((c === 32 || c === 9) && endsSentence(text, Math.max(from, i - 4), i)) return i + 1;
  }
  for (let i = limit - 1; i > half; i--) if (text.charCodeAt(i) === 32) return i + 1;
  // No space in half a part: never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** Whether text[from, to) ends with ".", "!" or "?" and then only closing quotes or brackets. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f) return true;
    if (c !== 0x22 && c !== 0x201d && c !== 0x2019 && c !== 0x29 && c !== 0x5d) return false;
  }
  return false;
}

/** Builds a segment whose text is a verbatim slice of the source. */
export function verbatimSegment(
  kind: TextSegment['kind'],
  text: string,
  sourceStart: number,
  field?: string,
): TextSegment {
  const segment: TextSegment = { kind, text, pieces: [{ textStart: 0, sourceStart, length: text.length }] };
  if (field !== undefined) segment.field = field;
  return segment;
}

/** Accumulates text pieces into one segment (a paragraph built from several inline nodes). */
export class SegmentBuilder {
  private text = '';
  /** The last string added: `text` is built piece by piece, and asking it for its end would flatten it each time. */
  private last = '';
  private readonly pieces: TextSegment['pieces'] = [];

  constructor(
    private readonly kind: TextSegment['kind'],
    private readonly field?: string,
  ) {}

  append(value: string, sourceStart: number): void {
    if (value.length === 0) return;
    this.pieces.push({ textStart: this.text.length, sourceStart, length: value.length });
    this.text += value;
    this.last = value;
  }

  /** Adds separator text that has no source of its own (e.g. a space between inline nodes). */
  separator(value: string): void {
    if (this.text.length === 0) return;
    const endsWithIt = this.last.length >= value.length ? this.last.endsWith(value) : this.text.endsWith(value);
    if (endsWithIt) return;
    this.text += value;
    this.last = value;
  }

  /** Where the last appended piece ends in the source. */
  get sourceEnd(): number | undefined {
    const last = this.pieces[this.pieces.length - 1];
    return last ? last.sourceStart + last.length : undefined;
  }

  get isEmpty(): boolean {
    return this.text.trim().length === 0;
  }

  build(): TextSegment {
    const segment: TextSegment = { kind: this.kind, text: this.text, pieces: this.pieces };
    if (this.field !== undefined) segment.field = this.field;
    return segment;
  }
}

/** A PDF's page holding a line of its laid-out text, and the line's place on that page (none past the last page: photos on no page). */
export function pageOf(pageStarts: number[], line: number): { page: number; pageLine: number } | undefined {
  for (let page = 1; page < pageStarts.length; page++) {
    if (line >= pageStarts[page - 1]! && line < pageStarts[page]!) return { page, pageLine: line - pageStarts[page - 1]! + 1 };
  }
  return undefined;
}
