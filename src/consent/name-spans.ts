// A pupil mention and the pieces every name matcher builds one from: the text between two words, a
// surname written whole from a word, and where a name ends (without its possessive).
import { sourceOffset } from '../core/position.js';
import type { Attachment, TextSegment } from '../core/types.js';
import type { MatchKind } from './name-index.js';
import type { MentionVia, NamePlace, NameToken } from './name-tokens.js';
import type { Pupil } from './record.js';

export interface PupilMention {
  /** Every pupil the words could be (more than one when only a first name is given). */
  pupils: Pupil[];
  /** The words as written. */
  text: string;
  /** First name plus surname (not just an initial). */
  fullName: boolean;
  offset: number;
  endOffset: number;
  /** Where the words are in the segment's text (a file name's words all map to one place in the source). */
  textStart: number;
  textEnd: number;
  segment: TextSegment;
  /** Where the name was found: prose, a hashtag, an @mention, a file name, an image's people tag. */
  via: MentionVia;
  /** How the first name matched the record. */
  match: MatchKind;
  /** For people tags: the image that carries the tag. */
  attachment?: Attachment;
}

export interface Found {
  mention: PupilMention;
  last: number;
}

export function mention(place: NamePlace, first: number, last: number, pupils: Pupil[], fullName: boolean, how: MatchKind): Found {
  const start = place.tokens[first]!.start;
  const segment = place.segment;
  const end = nameEnd(segment.text, place.tokens[last]!);
  const m: PupilMention = {
    pupils,
    text: segment.text.slice(start, end),
    fullName,
    offset: sourceOffset(segment, start),
    endOffset: sourceOffset(segment, end),
    textStart: start,
    textEnd: end,
    segment,
    via: place.tokens[first]!.via,
    match: how,
  };
  if (place.attachment) m.attachment = place.attachment;
  return { mention: m, last };
}

export const SURNAME_GAP = /^[\s_-]*$/;
/** The small words that open many surnames and are written in small letters: "Daan van der Berg", "Dafydd ap Rhys", "Maria de la Cruz". */
export const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ap', 'ab', 'ni', 'nic', 'mac', 'bin', 'binti', 'bint', 'al', 'el', 'ter', 'ten', 'st']);
const POSSESSIVE_END = /(?<=\p{L})['’]s?$/u;

/** Where a name that ends with `last` ends, without its possessive: "Oluwaseun's dad" is about Oluwaseun. */
export function nameEnd(text: string, last: { start: number; end: number }): number {
  return last.end - (POSSESSIVE_END.exec(text.slice(last.start, last.end))?.[0].length ?? 0);
}

/** The last token of `surname` written whole from token `at` (capitalised, joined by spaces or hyphens), or -1. */
export function wholeSurnameAt(place: NamePlace, at: number, surname: string[], skip: Set<number>, anyCase = false): number {
  if (surname.length === 0) return -1;
  for (let j = 0; j < surname.length; j++) {
    const token = place.tokens[at + j];
    if (!token || skip.has(at + j) || token.norm !== surname[j] || !(token.capitalised || place.caseless || anyCase || (j < surname.length - 1 && SURNAME_PARTICLES.has(token.norm)))) return -1;
    if (j > 0 && !SURNAME_GAP.test(gapText(place, place.tokens[at + j - 1]!, token))) return -1;
  }
  return at + surname.length - 1;
}

export function gapText(place: NamePlace, a: NameToken, b: NameToken): string {
  return place.segment.text.slice(a.end, b.start);
}
