// Splits the places a post can name someone into word tokens with the facts name matching needs:
// capitalisation, sentence position, whether the word sits in a hashtag/@mention, and the people
// tags embedded in attached images (each tag value is a place of its own, located at the attachment).
import path from 'node:path';
import type { Attachment, Post, TextSegment } from '../core/types.js';
import { normaliseWord } from '../lexicons/tokenize.js';

export type MentionVia = 'text' | 'hashtag' | 'mention' | 'file-name' | 'people-tag';

export interface NameToken {
  /** Lower case, accents removed, possessive "'s" removed. */
  norm: string;
  raw: string;
  start: number;
  end: number;
  /** Starts with a capital (or sits where case says nothing: file names, tags). */
  capitalised: boolean;
  /** First word of a sentence, heading or list item (capitalised for grammar, not as a name). */
  sentenceStart: boolean;
  possessive: boolean;
  /** A single letter, e.g. a surname initial "R" or "R.". */
  initial: boolean;
  via: MentionVia;
}

export interface NamePlace {
  segment: TextSegment;
  tokens: NameToken[];
  /** Every word here is a person's name (image people tags). */
  person: boolean;
  /** Case says nothing here (file names): every word counts as capitalised, but word-names need a surname. */
  caseless: boolean;
  /** A Title Case heading: capitals are not evidence. */
  titleCase: boolean;
  attachment?: Attachment;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const TAG = /(?<![\p{L}\p{N}_/])([#@])([\p{L}\p{N}_]+)/gu;

export function namePlaces(post: Post): NamePlace[] {
  const places: NamePlace[] = [];
  for (const segment of post.segments) {
    const caseless = segment.kind === 'file-name';
    const tokens = tokenizeSegment(segment.text, caseless ? 'file-name' : 'text');
    places.push({ segment, tokens, person: false, caseless, titleCase: !caseless && isTitleCase(tokens) });
  }
  for (const attachment of post.attachments) {
    for (const tag of attachment.metadata?.people ?? []) {
      const text = tag.value.trim();
      if (!text) continue;
      const segment: TextSegment = {
        kind: 'caption',
        text,
        pieces: [{ textStart: 0, sourceStart: attachment.offset ?? 0, length: 0 }],
        field: tag.field,
      };
      const tokens = tokenizeSegment(text, 'people-tag');
      places.push({ segment, tokens, person: true, caseless: true, titleCase: false, attachment });
    }
  }
  return places;
}

export function tokenizeSegment(text: string, via: MentionVia): NameToken[] {
  const tokens: NameToken[] = [];
  const tagRanges: [number, number][] = [];
  if (via === 'text') {
    for (const match of text.matchAll(TAG)) {
      const start = match.index + 1;
      tagRanges.push([match.index, match.index + match[0].length]);
      for (const part of splitTag(match[2]!, start)) {
        tokens.push(token(part.raw, part.start, match[1] === '#' ? 'hashtag' : 'mention', true, false));
      }
    }
  }
  let previousEnd = 0;
  let first = true;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (tagRanges.some(([s, e]) => start >= s && start < e)) continue;
    const gap = text.slice(previousEnd, start);
    const sentenceStart = first || /[.!?:;\n•*|–—"“(]|^\s*[-*]\s/.test(gap);
    const caseless = via === 'file-name' || via === 'people-tag';
    tokens.push(token(match[0], start, via, caseless || /^\p{Lu}/u.test(match[0]), sentenceStart && !caseless));
    previousEnd = start + match[0].length;
    first = false;
  }
  return tokens.sort((a, b) => a.start - b.start);
}

function token(raw: string, start: number, via: MentionVia, capitalised: boolean, sentenceStart: boolean): NameToken {
  let norm = normaliseWord(raw);
  const possessive = /'s$/.test(norm) || (/s'$/.test(norm) && norm.length > 3);
  if (norm.endsWith("'s")) norm = norm.slice(0, -2);
  else if (norm.endsWith("'")) norm = norm.slice(0, -1);
  const initial = /^\p{L}$/u.test(raw);
  return { norm, raw, start, end: start + raw.length, capitalised, sentenceStart, possessive, initial, via };
}

/** "AmeliaSmith" → Amelia, Smith; "amelia_s" → amelia, s; "Year6Stars" → Year, 6, Stars. */
function splitTag(body: string, offset: number): { raw: string; start: number }[] {
  const parts: { raw: string; start: number }[] = [];
  const pattern = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu;
  for (const match of body.matchAll(pattern)) parts.push({ raw: match[0], start: offset + match.index });
  return parts;
}

function isTitleCase(tokens: NameToken[]): boolean {
  const long = tokens.filter((t) => t.raw.length > 3 && /^\p{L}/u.test(t.raw));
  if (long.length < 3) return false;
  return long.filter((t) => /^\p{Lu}/u.test(t.raw)).length / long.length >= 0.75;
}

/** Text between two tokens of a place. */
export function gapBetween(place: NamePlace, a: NameToken, b: NameToken): string {
  return place.segment.text.slice(a.end, b.start);
}

export function attachmentName(attachment: Attachment): string {
  return path.basename(attachment.displayPath);
}
