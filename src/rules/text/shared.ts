import { sourceOffset } from '../../core/position.js';
import type { Report, RuleContext, TextSegment } from '../../core/types.js';
import { segmentWords, type Token } from '../../lexicons/tokenize.js';
import { SentenceBounds } from '../../text/spans.js';

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
    offset: sourceOffset(segment, start),
    endOffset: sourceOffset(segment, end),
    excerpt: segment.text.slice(start, end),
  };
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
