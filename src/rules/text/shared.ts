import { sourceOffset } from '../../core/position.js';
import type { Report, RuleContext, TextSegment } from '../../core/types.js';
import { segmentWords, type Token } from '../../lexicons/tokenize.js';
import { SentenceBounds } from '../../text/personal-data.js';

/** The word tokens of a segment, computed once per post for all text rules. Do not modify. */
export function segmentTokens(segment: TextSegment): Token[] {
  return segmentWords(segment);
}

/** The segments text rules read: prose, headings, alt text, captions, front-matter text (not file names). */
export function proseSegments(ctx: RuleContext): TextSegment[] {
  return ctx.post.segments.filter((segment) => segment.kind !== 'file-name');
}

/** A report located at [start, end) of a segment's text, with the matched words as the excerpt. */
export function at(segment: TextSegment, start: number, end: number): Pick<Report, 'offset' | 'endOffset' | 'excerpt'> {
  return {
    offset: offsetInSource(segment, start),
    endOffset: offsetInSource(segment, end),
    excerpt: segment.text.slice(start, end),
  };
}

/** Whether a segment's pieces are in ascending textStart order (as TextSegment promises), per pieces array. */
const ascending = new WeakMap<TextSegment['pieces'], { length: number; sorted: boolean }>();

/**
 * sourceOffset (core/position.ts) by binary search: that walks the pieces from the first, and a
 * paragraph of many links has many pieces (100,000 e-mail addresses: 300,000 pieces, walked for each
 * of 100,000 findings). Same answer: the last piece whose textStart is at or before the index (the
 * first piece if none), found by halving when textStart never decreases (checked once per segment;
 * otherwise sourceOffset itself answers).
 */
export function offsetInSource(segment: TextSegment, textIndex: number): number {
  const pieces = segment.pieces;
  if (pieces.length <= 8) return sourceOffset(segment, textIndex);
  let order = ascending.get(pieces);
  if (order === undefined || order.length !== pieces.length) {
    let sorted = true;
    for (let i = 1; i < pieces.length && sorted; i++) if (!(pieces[i - 1]!.textStart <= pieces[i]!.textStart)) sorted = false;
    order = { length: pieces.length, sorted };
    ascending.set(pieces, order);
  }
  if (!order.sorted) return sourceOffset(segment, textIndex);
  // The last piece with textStart <= textIndex; the first one when there is none.
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pieces[mid]!.textStart <= textIndex) low = mid;
    else high = mid - 1;
  }
  const chosen = pieces[low]!;
  const within = Math.min(Math.max(textIndex - chosen.textStart, 0), chosen.length);
  return chosen.sourceStart + within;
}

/**
 * The sentence around [start, end) of a text, for context checks: from after the last ". ", "! ",
 * "? " or newline before `start` to the first [.!?] before a space or the end, or newline, at or
 * after `end` (taken in). Pass one `sentences` of the text for many matches: it finds the bounds once
 * (searching the text before and after each match made a long paragraph quadratic).
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  sentences: SentenceBounds = new SentenceBounds(text),
): { text: string; start: number } {
  const { from, to } = sentenceBoundsAround(sentences, start, end);
  return { text: text.slice(from, to), start: from };
}

/** Where sentenceAround's sentence starts and ends (exclusive). */
export function sentenceBoundsAround(sentences: SentenceBounds, start: number, end: number): { from: number; to: number } {
  return { from: sentences.startBefore(start), to: sentences.end(end) };
}
