// Characters that take no room on the page — zero-width spaces and joiners, soft hyphens, direction
// marks, byte-order marks, variation selectors, tags (Unicode's default-ignorable code points). Text
// pasted from web pages and Word carries them, and a hostile writer hides in them: they split a word
// or number the reader sees whole ("07700<ZWSP>900123", "id<SHY>iot"). The rules read each segment
// without them; every position still points into the file.
import { withoutRanges } from '../core/position.js';
import type { TextSegment } from '../core/types.js';

const INVISIBLE_RUN = /\p{Default_Ignorable_Code_Point}+/gu;
const HAS_INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

/** The segment as a reader sees it: without characters that show nothing. */
export function withoutInvisibleCharacters(segment: TextSegment): TextSegment {
  if (!HAS_INVISIBLE.test(segment.text)) return segment;
  const ranges: { start: number; end: number }[] = [];
  for (const run of segment.text.matchAll(INVISIBLE_RUN)) ranges.push({ start: run.index!, end: run.index! + run[0].length });
  return withoutRanges(segment, ranges);
}
