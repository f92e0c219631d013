// Splits the places a post can name someone into word tokens with the facts name matching needs:
// capitalisation, sentence position, whether the word sits in a hashtag/@mention, and the people
// tags embedded in attached images (each tag value is a place of its own, located at the attachment).
import path from 'node:path';
import type { Attachment, Post, TextSegment } from '../core/types.js';
import { normaliseWord, SHARE_FROM_CHARS, segmentWords, type Token } from '../lexicons/tokenize.js';
import { scanWords } from '../lexicons/words.js';

export type MentionVia = 'text' | 'hashtag' | 'mention' | 'file-name' | 'people-tag';

export interface NameToken {
  /** Lower case, accents removed, possessive "'s" removed. */
  readonly norm: string;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Starts with a capital (or sits where case says nothing: file names, tags). */
  readonly capitalised: boolean;
  /** First word of a sentence, heading or list item (capitalised for grammar, not as a name). */
  readonly sentenceStart: boolean;
  readonly possessive: boolean;
  /** A single letter, e.g. a surname initial "R" or "R.". */
  readonly initial: boolean;
  readonly via: MentionVia;
}

export interface NamePlace {
  segment: TextSegment;
  /** Built on first use (most paragraphs of a long post name no one: see `someCapitalisedWord`); shared by places of the same text: do not modify. */
  readonly tokens: NameToken[];
  /** Every word here is a person's name (image people tags). */
  person: boolean;
  /** Case says nothing here (file names): every word counts as capitalised, but word-names need a surname. */
  caseless: boolean;
  /** A Title Case heading: capitals are not evidence. */
  readonly titleCase: boolean;
  attachment?: Attachment;
}

/** A post's text segment as a name place: its name tokens are made only when a rule asks for them. */
class TextPlace implements NamePlace {
  readonly person = false;
  private built: NameToken[] | undefined;
  private title: boolean | undefined;

  constructor(
    readonly segment: TextSegment,
    readonly caseless: boolean,
    private readonly kept: KeptNameTokens,
  ) {}

  get tokens(): NameToken[] {
    let built = this.built;
    if (!built) {
      built = this.built = sharedNameTokens(this.segment, this.caseless ? 'file-name' : 'text');
      this.kept.add(this, built.length);
    }
    return built;
  }

  /** Drops the name tokens (made again, the same, if asked for): how many there were. */
  release(): number {
    const count = this.built?.length ?? 0;
    this.built = undefined;
    return count;
  }

  get titleCase(): boolean {
    return (this.title ??= !this.caseless && isTitleCase(this.tokens));
  }

  /**
   * Hashtags and @mentions become tokens of their own: only the name tokens tell about them. Text
   * with a "#" or "@" in no tag (an e-mail address: "office@school.org") has plain words as its tokens.
   */
  get plainWords(): readonly Token[] | undefined {
    if (this.built) return undefined;
    const text = this.segment.text;
    if (!this.caseless && (text.includes('#') || text.includes('@')) && ANY_TAG.test(text)) return undefined;
    return segmentWords(this.segment);
  }
}

// Name tokens of the last few hundred long texts, as their word tokens are shared (segmentWords): a
// long post's repeated paragraphs are split once. Read-only, like the word tokens.
const recentNameTokens = { text: new Map<string, NameToken[]>(), 'file-name': new Map<string, NameToken[]>() };
const RECENT_LIMIT = 512;

function sharedNameTokens(segment: TextSegment, via: 'text' | 'file-name'): NameToken[] {
  if (segment.text.length < SHARE_FROM_CHARS) return tokenizeSegment(segment.text, via, segmentWords(segment));
  const recent = recentNameTokens[via];
  let tokens = recent.get(segment.text);
  if (!tokens) {
    tokens = tokenizeSegment(segment.text, via, segmentWords(segment));
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(segment.text, tokens);
  }
  return tokens;
}

/**
 * Whether some token of the place that counts as capitalised passes `test` (given its name norm),
 * answered from the shared word tokens when the name tokens are not built yet, so a paragraph with
 * no candidate name never gets name tokens. Same answer as testing `place.tokens`. Most words of
 * prose are not capitalised: one character code settles them.
 */
export function someCapitalisedWord(place: NamePlace, test: (norm: string) => boolean): boolean {
  const words = place instanceof TextPlace ? place.plainWords : undefined;
  if (!words) return place.tokens.some((token) => token.capitalised && test(token.norm));
  const caseless = place.caseless;
  for (const word of words) {
    if (!caseless && !startsUpper(word.raw)) continue;
    if (test(possessiveStem(word.norm).norm)) return true;
  }
  return false;
}

/** Whether some token of the place, capitalised or not, passes `test` (given its name norm); as someCapitalisedWord. */
export function someNameWord(place: NamePlace, test: (norm: string) => boolean): boolean {
  const words = place instanceof TextPlace ? place.plainWords : undefined;
  if (!words) return place.tokens.some((token) => test(token.norm));
  for (const word of words) if (test(possessiveStem(word.norm).norm)) return true;
  return false;
}

/**
 * Visits the words of a place as its name tokens give them (norm, where, whether capitalised), from
 * the shared word tokens when the name tokens are not built yet (the same words: see
 * someCapitalisedWord), so a rule that only reads a few paragraphs' words does not build their tokens.
 */
export function forEachNameWord(place: NamePlace, visit: (norm: string, start: number, end: number, capitalised: boolean) => void): void {
  const words = place instanceof TextPlace ? place.plainWords : undefined;
  if (!words) {
    for (const token of place.tokens) visit(token.norm, token.start, token.end, token.capitalised);
    return;
  }
  const caseless = place.caseless;
  for (const word of words) visit(possessiveStem(word.norm).norm, word.start, word.end, caseless || startsUpper(word.raw));
}

const TAG = /(?<![\p{L}\p{N}_/])([#@])([\p{L}\p{N}_]+)/gu;
/** Whether a text holds a tag as tokenizeSegment reads them (TAG, not global). */
const ANY_TAG = new RegExp(TAG.source, 'u');

// Several consent rules (unknown names, pupil mentions) walk the same post: tokenize it once.
const placesCache = new WeakMap<Post, { segments: readonly TextSegment[]; places: NamePlace[] }>();

/** The name places of a post. The returned array is shared between callers: do not modify it. */
export function namePlaces(post: Post): NamePlace[] {
  const cached = placesCache.get(post);
  if (cached && cached.segments === post.segments) return cached.places;
  const places = buildPlaces(post);
  placesCache.set(post, { segments: post.segments, places });
  return places;
}

/**
 * Name tokens kept by a post's places, at most about NAME_TOKEN_BUDGET of them: a place's tokens are
 * read while the rules look at that place, and the places are read in order, so those of the places
 * read longest ago are dropped. A 10 MB post otherwise held a hundred bytes for each of its words
 * through every rule run after the consent rules. Posts under the budget keep all of theirs.
 */
class KeptNameTokens {
  private places: (TextPlace | undefined)[] = [];
  private first = 0;
  private count = 0;

  add(place: TextPlace, tokens: number): void {
    this.places.push(place);
    this.count += tokens;
    // The place just built is never dropped: its reader holds its tokens now.
    while (this.count > NAME_TOKEN_BUDGET && this.first < this.places.length - 1) {
      const oldest = this.places[this.first]!;
      this.places[this.first++] = undefined;
      this.count -= oldest.release();
    }
    if (this.first > 1024 && this.first * 2 > this.places.length) {
      this.places = this.places.slice(this.first);
      this.first = 0;
    }
  }
}

/** About 25 MB of name tokens. */
let NAME_TOKEN_BUDGET = 250_000;

/** @internal For tests: the budget (returns the previous one). */
export function setNameTokenBudget(tokens: number): number {
  const previous = NAME_TOKEN_BUDGET;
  NAME_TOKEN_BUDGET = tokens;
  return previous;
}

function buildPlaces(post: Post): NamePlace[] {
  const places: NamePlace[] = [];
  const kept = new KeptNameTokens();
  for (const segment of post.segments) places.push(new TextPlace(segment, segment.kind === 'file-name', kept));
  for (const attachment of post.attachments) {
    for (const tag of attachment.metadata?.people ?? []) {
      // Composed (see load/as-shown.ts): a photo tagged on a Mac may hold "Sia\u0302n".
      const text = tag.value.trim().normalize('NFC');
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

/** `words`: the text's word tokens (segmentWords), when the caller has them. */
export function tokenizeSegment(text: string, via: MentionVia, words?: readonly Token[]): NameToken[] {
  const tokens: NameToken[] = [];
  const tagRanges: [number, number][] = [];
  if (via === 'text' && (text.includes('#') || text.includes('@'))) {
    for (const match of text.matchAll(TAG)) {
      const start = match.index + 1;
      tagRanges.push([match.index, match.index + match[0].length]);
      for (const part of splitTag(match[2]!, start)) {
        tokens.push(token(part.raw, normaliseWord(part.raw), part.start, match[1] === '#' ? 'hashtag' : 'mention', true, false));
      }
    }
  }
  const caseless = via === 'file-name' || via === 'people-tag';
  let previousEnd = 0;
  let first = true;
  // Tag ranges and words both come in text order: one cursor walks the ranges.
  let tag = 0;
  const onWord = (start: number, end: number, raw: string, norm: string) => {
    while (tag < tagRanges.length && tagRanges[tag]![1] <= start) tag++;
    if (tag < tagRanges.length && start >= tagRanges[tag]![0]) return;
    const sentenceStart = first || startsSentence(text, previousEnd, start);
    tokens.push(token(raw, norm, start, via, caseless || startsUpper(raw), sentenceStart && !caseless));
    previousEnd = end;
    first = false;
  };
  if (words) for (const word of words) onWord(word.start, word.end, word.raw, word.norm);
  else {
    scanWords(text, (start, end) => {
      const raw = text.slice(start, end);
      onWord(start, end, raw, normaliseWord(raw));
    });
  }
  // Tag parts were pushed first; words alone are already in order.
  return tagRanges.length > 0 ? tokens.sort((a, b) => a.start - b.start) : tokens;
}

const SENTENCE_MARK = /[.!?:;\n•*|–—"“(]/;
const LIST_DASH = /^\s*-\s/;

/** Whether the gap text[from, to) before a word ends a sentence or opens a list item. */
function startsSentence(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 32) return false; // the common single space
  if (!mayStartSentence(text, from, to)) return false; // ", " and the like: no slice, no pattern
  const gap = text.slice(from, to);
  return SENTENCE_MARK.test(gap) || LIST_DASH.test(gap);
}

/** Whether text[from, to) holds a character SENTENCE_MARK or LIST_DASH needs. */
function mayStartSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SENTENCE_CHARS.has(text.charCodeAt(k))) return true;
  return false;
}

const SENTENCE_CHARS = new Set([...'.!?:;\n•*|–—"“(-'].map((c) => c.charCodeAt(0)));

const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}$/u;

function startsUpper(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(raw);
}

const APOSTROPHE = 0x27;
const SMALL_S = 0x73;

/** `word`: normaliseWord(raw). */
function token(raw: string, word: string, start: number, via: MentionVia, capitalised: boolean, sentenceStart: boolean): NameToken {
  const { norm, possessive } = possessiveStem(word);
  const flags = (capitalised ? CAPITALISED : 0) | (sentenceStart ? SENTENCE_START : 0) | (possessive ? POSSESSIVE : 0) | (VIA_CODE[via] << VIA_SHIFT);
  return new PackedNameToken(norm, raw, start, flags);
}

const CAPITALISED = 1;
const SENTENCE_START = 2;
const POSSESSIVE = 4;
const VIA_SHIFT = 3;
const VIAS: readonly MentionVia[] = ['text', 'hashtag', 'mention', 'file-name', 'people-tag'];
const VIA_CODE = Object.fromEntries(VIAS.map((via, code) => [via, code])) as Record<MentionVia, number>;

/**
 * A name token as four fields (the flags in one number, the end and initial worked out when read):
 * a post keeps one for each word of the places it names people in, and nine fields took about 100
 * bytes each. Read-only, as every reader treats it.
 */
class PackedNameToken implements NameToken {
  constructor(
    readonly norm: string,
    readonly raw: string,
    readonly start: number,
    private readonly flags: number,
  ) {}

  get end(): number {
    return this.start + this.raw.length;
  }

  get capitalised(): boolean {
    return (this.flags & CAPITALISED) !== 0;
  }

  get sentenceStart(): boolean {
    return (this.flags & SENTENCE_START) !== 0;
  }

  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }

  get initial(): boolean {
    return isInitial(this.raw);
  }

  get via(): MentionVia {
    return VIAS[this.flags >> VIA_SHIFT]!;
  }
}

// Returned for the common case and read at once by every caller: no object per word.
const PLAIN = { norm: '', possessive: false };

/**
 * Letters that carry their mark in themselves, so that taking accents off (normaliseWord) leaves them:
 * "Łukasz" is written "Lukasz", "Yılmaz" "Yilmaz", "Søren" "Soren" on an English keyboard.
 */
const WHOLE_LETTERS: Record<string, string> = { ł: 'l', ı: 'i', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ħ: 'h', ŀ: 'l', ŧ: 't' };
const WHOLE_LETTER = /[łıøđðþßæœħŀŧ]/gu;
const NOT_ASCII = /[^\0-\x7f]/;

/** A normalised word (small letters, accents off) with WHOLE_LETTERS spelt as the plain letters typed for them. */
export function plainLetters(word: string): string {
  return hasNonAscii(word) ? word.replace(WHOLE_LETTER, (c) => WHOLE_LETTERS[c] ?? c) : word;
}

/** A short word is looked at letter by letter; a long one by a regex, which scans faster but costs more to call. */
function hasNonAscii(word: string): boolean {
  if (word.length >= 32) return NOT_ASCII.test(word);
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 0x7f) return true;
  return false;
}

/** "amelia's" → amelia (possessive), "james'" → james; any other word as it is (its letters plain: see plainLetters). */
function possessiveStem(normalised: string): { norm: string; possessive: boolean } {
  const word = plainLetters(normalised);
  const last = word.charCodeAt(word.length - 1);
  // Most words end in neither "'s" nor "'": one character code says so.
  if (last === SMALL_S && word.charCodeAt(word.length - 2) === APOSTROPHE) return { norm: word.slice(0, -2), possessive: true };
  if (last === APOSTROPHE) return { norm: word.slice(0, -1), possessive: word.length > 3 && word.charCodeAt(word.length - 2) === SMALL_S };
  PLAIN.norm = word;
  return PLAIN;
}

/** A single letter: one UTF-16 unit, or two for one outside the BMP. */
function isInitial(raw: string): boolean {
  if (raw.length > 2) return false;
  const code = raw.charCodeAt(0);
  if (raw.length === 1 && code < 128) return ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  if (raw.length === 2 && code < 0xd800) return false; // two BMP characters: not one letter
  return LETTER.test(raw);
}

/** "AmeliaSmith" → Amelia, Smith; "amelia_s" → amelia, s; "Year6Stars" → Year, 6, Stars. */
function splitTag(body: string, offset: number): { raw: string; start: number }[] {
  const parts: { raw: string; start: number }[] = [];
  const pattern = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu;
  for (const match of body.matchAll(pattern)) parts.push({ raw: match[0], start: offset + match.index });
  return parts;
}

/**
 * Headline style: three or more long words, nearly all capitalised, and any long word in small
 * letters one that headlines leave small ("with", "from" …). "Well done Ruby, our Star of the
 * Week!" is a sentence: "done" would be "Done" in a headline.
 */
function isTitleCase(tokens: NameToken[]): boolean {
  let long = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.raw.length <= 3 || !startsLetter(t.raw)) continue;
    long++;
    if (startsUpper(t.raw)) upper++;
    else if (!HEADLINE_SMALL_WORDS.has(t.norm)) return false;
  }
  return long >= 3 && upper / long >= 0.75;
}

/** Words of four letters or more that headline style leaves in small letters. */
const HEADLINE_SMALL_WORDS = new Set([
  'with', 'from', 'into', 'onto', 'over', 'upon', 'than', 'that', 'when', 'then', 'about', 'after', 'before', 'under',
  'until', 'while', 'within', 'without', 'between', 'among', 'through', 'across', 'during', 'against', 'along',
  'around', 'behind', 'below', 'beside', 'beyond', 'down', 'near', 'past', 'since', 'towards', 'toward', 'amid',
  'like', 'till', 'unto', 'versus',
]);

const STARTS_LETTER = /^\p{L}/u;

function startsLetter(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code >= 128) return STARTS_LETTER.test(raw);
  const lower = code | 0x20; // ASCII capitals → small letters
  return lower >= 97 && lower <= 122;
}

/** Text between two tokens of a place. */
export function gapBetween(place: NamePlace, a: NameToken, b: NameToken): string {
  return place.segment.text.slice(a.end, b.start);
}

export function attachmentName(attachment: Attachment): string {
  return path.basename(attachment.displayPath);
}
