import { sourceOffset } from '../../core/position.js';
import type { Report, RuleContext, TextSegment } from '../../core/types.js';
import { segmentWords, type Token } from '../../lexicons/tokenize.js';

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

/** The sentence around [start, end) of a text, for context checks. */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  const before = text.slice(0, start);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n')) + 1;
  const after = text.slice(end).search(/[.!?](?:\s|$)|\n/);
  const sentenceEnd = after === -1 ? text.length : end + after + 1;
  return { text: text.slice(sentenceStart, sentenceEnd), start: sentenceStart };
}
