// A segment as a reader sees it, which is how the rules read it; every position still points into the file.
// - Characters that take no room on the page — zero-width spaces and joiners, soft hyphens, direction
//   marks, byte-order marks, variation selectors, tags (Unicode's default-ignorable code points) — are
//   left out. Text pasted from web pages and Word carries them, and a hostile writer hides in them:
//   they split a word or number the reader sees whole ("07700<ZWSP>900123", "id<SHY>iot").
// - A letter written as a base letter and combining accents (decomposed, NFD: how macOS names files,
//   and how text copied from some PDFs, phones and keyboards comes) is read as the one letter it shows
//   (composed, NFC). Words and names end at a combining mark, so "Siân Jones" written decomposed was
//   read as "Sia", "n" and "Jones", and a pupil without consent passed unnamed.
// - Text after a right-to-left override (U+202E) is shown backwards, so "Ring <RLO>321009 00770" shows a
//   phone number the file holds reversed ("Trojan Source"): it is read in the order it is shown.
import { PieceCursor, sourceOffset, withRangesReplaced, withoutRanges } from '../core/position.js';
import type { TextSegment } from '../core/types.js';

const INVISIBLE_RUN = /\p{Default_Ignorable_Code_Point}+/gu;
const HAS_INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
/** A character and the combining marks on it. */
const MARKED = /\P{M}\p{M}+/gu;

/** The segment as a reader sees it: without characters that show nothing, its accented letters composed. */
export function asShown(segment: TextSegment): TextSegment {
  return composed(withoutInvisibleCharacters(inDisplayOrder(segment)));
}

const RIGHT_TO_LEFT_OVERRIDE = '\u202e';
/** An override's reach: to the pop (U+202C), another embedding, override or isolate, or the line's end. */
const OVERRIDDEN_RUN = /\u202e([^\u202a-\u202e\u2066-\u2069\n]*)/gu;
/** A character and the combining marks shown on it, which stay together when a run is shown backwards. */
const SHOWN_CHARACTER = /\P{M}\p{M}*|\p{M}+/gu;

/** Longest run shown backwards whose characters each keep their own place in the source; a longer one points at its start. */
const LONGEST_MAPPED_RUN = 4_096;

/** The segment with each run a right-to-left override turns round in the order it is shown. */
export function inDisplayOrder(segment: TextSegment): TextSegment {
  const { text } = segment;
  if (!text.includes(RIGHT_TO_LEFT_OVERRIDE)) return segment;
  const cursor = new PieceCursor(segment.pieces);
  const pieces: TextSegment['pieces'] = [];
  let shown = '';
  let at = 0;
  for (const run of text.matchAll(OVERRIDDEN_RUN)) {
    const start = run.index! + 1;
    const end = start + run[1]!.length;
    cursor.copy(at, start, shown.length, pieces);
    shown += text.slice(at, start);
    const backwards = [...run[1]!.matchAll(SHOWN_CHARACTER)].reverse();
    if (run[1]!.length > LONGEST_MAPPED_RUN) {
      pieces.push({ textStart: shown.length, sourceStart: sourceOffset(segment, start), length: run[1]!.length });
      for (const character of backwards) shown += character[0];
    } else {
      for (const character of backwards) {
        for (let i = 0; i < character[0].length; i++) pieces.push({ textStart: shown.length + i, sourceStart: sourceOffset(segment, start + character.index! + i), length: 1 });
        shown += character[0];
      }
    }
    at = end;
  }
  cursor.copy(at, text.length, shown.length, pieces);
  shown += text.slice(at);
  return { ...segment, text: shown, pieces };
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
