// A segment as a reader sees it, which is how the rules read it; every position still points into the file.
// - Characters that take no room on the page — zero-width spaces and joiners, soft hyphens, direction
//   marks, byte-order marks, variation selectors, tags (Unicode's default-ignorable code points) — are
//   left out. Text pasted from web pages and Word carries them, and a hostile writer hides in them:
//   they split a word or number the reader sees whole ("07700<ZWSP>900123", "id<SHY>iot").
// - A letter written as a base letter and combining accents (decomposed, NFD: how macOS names files,
//   and how text copied from some PDFs, phones and keyboards comes) is read as the one letter it shows
//   (composed, NFC). Words and names end at a combining mark, so "Siân Jones" written decomposed was
//   read as "Sia", "n" and "Jones", and a pupil without consent passed unnamed.
import { withRangesReplaced, withoutRanges } from '../core/position.js';
import type { TextSegment } from '../core/types.js';

const INVISIBLE_RUN = /\p{Default_Ignorable_Code_Point}+/gu;
const HAS_INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
/** A character and the combining marks on it. */
const MARKED = /\P{M}\p{M}+/gu;

/** The segment as a reader sees it: without characters that show nothing, its accented letters composed. */
export function asShown(segment: TextSegment): TextSegment {
  return composed(withoutInvisibleCharacters(segment));
}

/** The segment without characters that show nothing. */
export function withoutInvisibleCharacters(segment: TextSegment): TextSegment {
  if (!HAS_INVISIBLE.test(segment.text)) return segment;
  const ranges: { start: number; end: number }[] = [];
  for (const run of segment.text.matchAll(INVISIBLE_RUN)) ranges.push({ start: run.index!, end: run.index! + run[0].length });
  return withoutRanges(segment, ranges);
}

/** The segment with each letter and its combining marks composed where Unicode has one character for them (NFC). */
export function composed(segment: TextSegment): TextSegment {
  // Text already composed, nearly all of it, is known by ICU's quick check: several times faster than looking for a mark (/\p{M}/u).
  if (segment.text.normalize('NFC') === segment.text) return segment;
  const ranges: { start: number; end: number; text: string }[] = [];
  for (const match of segment.text.matchAll(MARKED)) {
    const text = match[0].normalize('NFC');
    // (NFC may also reorder marks; the rare letter it writes longer is left as written, positions being one to one)
    if (text !== match[0] && text.length <= match[0].length) ranges.push({ start: match.index!, end: match.index! + match[0].length, text });
  }
  return ranges.length === 0 ? segment : withRangesReplaced(segment, ranges);
}
