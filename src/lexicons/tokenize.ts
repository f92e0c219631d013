import { charWidth, wordCharWidth, wordEnd } from './words.js';

export interface Token {
  /** Lower-case, accents removed, curly apostrophes straightened. */
  norm: string;
  start: number;
  end: number;
  /** As written. */
  raw: string;
}

const LOWER_ASCII = 0;
const MIXED_ASCII = 1;
const NOT_ASCII = 2;

/** Whether a word is ASCII, and if so whether it has any capital letter. */
function asciiCase(word: string): number {
  let result = LOWER_ASCII;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return NOT_ASCII;
    if (code >= 65 && code <= 90) result = MIXED_ASCII;
  }
  return result;
}

export function normaliseWord(word: string): string {
  // Most words are plain ASCII: lower-casing is all they need, and lower-case ones need nothing.
  const plain = asciiCase(word);
  if (plain === LOWER_ASCII) return word;
  if (plain === MIXED_ASCII) return word.toLowerCase();
  // Compatibility forms read as the letters they show: "Ｉｄｉｏｔ" (full width), "𝐢𝐝𝐢𝐨𝐭" (styled
  // letters), "ﬁ" (a ligature); accents dropped ("Zoë" → zoe).
  const folded = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/’/g, "'")
    .toLowerCase();
  return LATIN.test(folded) && LOOKALIKE.test(folded) ? folded.replace(LOOKALIKES, (c) => LATIN_FOR[c] ?? c) : folded;
}

// A word that mixes Latin letters with Cyrillic or Greek ones that look the same ("іdіot" with a
// Cyrillic і) is spelt to hide it: those letters are read as the Latin ones they imitate. A word
// wholly in Cyrillic or Greek is left as it is (it is another language, not a disguise).
const LATIN_FOR: Record<string, string> = {
  а: 'a', е: 'e', і: 'i', ј: 'j', к: 'k', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const LOOKALIKES = new RegExp(`[${Object.keys(LATIN_FOR).join('')}]`, 'g');
const LOOKALIKE = new RegExp(`[${Object.keys(LATIN_FOR).join('')}]`);
const LATIN = /[a-z]/;

// Several rules tokenize the same segment texts of a post one after another: keep the last few.
const recent = new Map<string, Token[]>();
const RECENT_LIMIT = 512;

/** Word tokens of a text. The returned array is shared between callers: do not modify it. */
export function tokenize(text: string): Token[] {
  const cached = recent.get(text);
  if (cached) return cached;
  const tokens = tokenizeOnce(text);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(text, tokens);
  return tokens;
}

/** Word tokens of a text that will not be tokenized again (a lexicon term), bypassing the cache. */
export function tokenizeOnce(text: string): Token[] {
  // The words scanWords finds, with a fast path for plain ASCII words (most of any English post):
  // one pass finds the word's end, whether it has capitals and its hash, and a word seen before
  // (in this post or a recent one) reuses the strings made for it then (see `interned`).
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const upper = code >= 65 && code <= 90;
      if (!upper && !(code >= 97 && code <= 122) && !(code >= 48 && code <= 57)) {
        i++;
        continue;
      }
      let end = i + 1;
      let capitals = upper;
      let hash = code;
      for (; end < length; end++) {
        const c = text.charCodeAt(end);
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
          hash = (Math.imul(hash, 31) + c) | 0;
          continue;
        }
        if (c >= 65 && c <= 90) {
          hash = (Math.imul(hash, 31) + c) | 0;
          capitals = true;
          continue;
        }
        break;
      }
      // Not read past the end: optimised code that meets an out-of-range charCodeAt (NaN) is thrown away.
      const next = end < length ? text.charCodeAt(end) : 0;
      if (next >= 128 || next === 0x27) {
        // An accent, a letter of another script or an apostrophe: the general path decides.
        end = wordEnd(text, end);
        const raw = text.slice(i, end);
        tokens.push({ norm: normaliseWord(raw), start: i, end, raw });
      } else {
        const entry = interned(text, i, end, hash, capitals);
        tokens.push({ norm: entry.norm, start: i, end, raw: entry.raw });
      }
      i = end;
      continue;
    }
    const width = wordCharWidth(text, i, false);
    if (width === 0) {
      i += charWidth(text, i);
      continue;
    }
    const end = wordEnd(text, i + width);
    const raw = text.slice(i, end);
    tokens.push({ norm: normaliseWord(raw), start: i, end, raw });
    i = end;
  }
  return tokens;
}

// Plain ASCII words, interned: a long post repeats a few thousand words millions of times, and
// one shared string per word (instead of a new one per occurrence) saves the memory, the garbage
// collection and the re-hashing of every lookup the rules then make with it. Open addressing on the
// hash computed while scanning; cleared when half full, so it stays small across a run.
const INTERN_SIZE = 1 << 16;
const INTERN_MASK = INTERN_SIZE - 1;
/** Words longer than this are not interned (rare, and their slices could keep a whole text alive). */
const INTERN_MAX_LENGTH = 12;
// A slot's hash (never 0: 0 marks a free slot) in a dense array probed first, and its two strings side
// by side: a lookup touches one cache line of each instead of three arrays' lines.
const internHash = new Int32Array(INTERN_SIZE);
/** [raw, norm] of each slot at 2 × slot. */
let internStrings: string[] = new Array<string>(2 * INTERN_SIZE);
let internCount = 0;
const found = { raw: '', norm: '' };

/** The strings of the plain ASCII word text[start, end) with the given hash. Read at once: reused. */
function interned(text: string, start: number, end: number, scanned: number, capitals: boolean): { raw: string; norm: string } {
  const length = end - start;
  if (length > INTERN_MAX_LENGTH) {
    found.raw = text.slice(start, end);
    found.norm = capitals ? found.raw.toLowerCase() : found.raw;
    return found;
  }
  const hash = scanned === 0 ? 1 : scanned;
  let slot = hash & INTERN_MASK;
  for (let stored = internHash[slot]!; stored !== 0; stored = internHash[slot]!) {
    if (stored === hash) {
      const raw = internStrings[2 * slot]!;
      if (raw.length === length && sameChars(raw, text, start)) {
        found.raw = raw;
        found.norm = internStrings[2 * slot + 1]!;
        return found;
      }
    }
    slot = (slot + 1) & INTERN_MASK;
  }
  if (internCount >= INTERN_SIZE / 2) {
    internHash.fill(0);
    internStrings = new Array<string>(2 * INTERN_SIZE);
    internCount = 0;
    slot = hash & INTERN_MASK;
  }
  const raw = text.slice(start, end);
  const norm = capitals ? raw.toLowerCase() : raw;
  internHash[slot] = hash;
  internStrings[2 * slot] = raw;
  internStrings[2 * slot + 1] = norm;
  internCount++;
  found.raw = raw;
  found.norm = norm;
  return found;
}

function sameChars(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

// Kept on the segment itself rather than in a WeakMap: a long post has a hundred thousand segments,
// and a WeakMap that size costs more garbage-collection time than the tokenizing it saves.
const WORDS = Symbol('words');
/** What the segment shares with the other segments of its post of the same text (shareWordsOfSameText). */
const SAME_TEXT = Symbol('sameText');
type WithWords = { readonly text: string; [WORDS]?: Token[]; [SAME_TEXT]?: SameText };

/**
 * What the segments of a post with one text (a repeated paragraph, sign-off or caption, or a text
 * the post has once) share: one object for all of them, so that what is worked out from the text is
 * worked out once. One property on each segment, whatever it holds, keeps the segments of a post to
 * few shapes for the code that reads them.
 */
export class SameText {
  /** The text's word tokens (segmentWords). */
  words: Token[] | undefined = undefined;
  /** @internal What lexicons/matcher.ts keeps of the text's phrase walk. */
  walk: unknown = undefined;
  /** More than one segment of the post has this text. */
  repeated = false;
}

/**
 * The word tokens of a post's text segment, computed once for every rule that reads it (text rules,
 * name matching), and once for all the segments of a post with the same text once
 * shareWordsOfSameText has linked them. A long segment's are also shared with recent segments of the
 * same text in other posts, as `tokenize` shares them: a token's positions are in its text, the same
 * for each. A short one's are not: keeping them past their post costs more (in garbage collection)
 * than making them again.
 * The returned array is shared: do not modify it.
 */
export function segmentWords(segment: { readonly text: string }): Token[] {
  const same = (segment as WithWords)[SAME_TEXT];
  if (same) return (same.words ??= wordsOf(segment.text));
  const holder = segment as WithWords;
  let tokens = holder[WORDS];
  if (!tokens) {
    tokens = wordsOf(segment.text);
    holder[WORDS] = tokens;
  }
  return tokens;
}

/**
 * What a segment shares with the other segments of its post that have the same text, once
 * shareWordsOfSameText has linked them; undefined for a text the post has once. A rule that works out
 * something from a text alone can keep it here by identity, without hashing the text.
 */
export function repeatedText(segment: { readonly text: string }): SameText | undefined {
  const same = (segment as WithWords)[SAME_TEXT];
  return same?.repeated ? same : undefined;
}

function wordsOf(text: string): Token[] {
  return text.length >= SHARE_FROM_CHARS ? tokenize(text) : tokenizeOnce(text);
}

/**
 * Gives each segment of a post what it shares with the segments of the same text (SameText), so that
 * segmentWords tokenizes each text of the post once. It lives on the segments: it goes with the
 * post. Texts are told apart by a cheap fingerprint (length and three characters) and then compared
 * whole: hashing every text of a long post in a Map cost more than the words it saved.
 */
export function shareWordsOfSameText(segments: readonly { readonly text: string }[]): void {
  const seen = new Map<number, WithWords[]>();
  for (const segment of segments as readonly WithWords[]) {
    const text = segment.text;
    const key = fingerprint(text);
    const earlier = seen.get(key);
    const same = earlier?.find((other) => other.text === text)?.[SAME_TEXT];
    if (same) {
      same.repeated = true;
      segment[SAME_TEXT] = same;
      continue;
    }
    segment[SAME_TEXT] = new SameText();
    if (!earlier) seen.set(key, [segment]);
    // Texts that differ but share a fingerprint are compared with the first few only: a missed
    // link only means a text is tokenized again.
    else if (earlier.length < MAX_SAME_FINGERPRINT) earlier.push(segment);
  }
}

const MAX_SAME_FINGERPRINT = 8;

/** The same number for the same text: its length and its first, middle and last characters. */
function fingerprint(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  let key = Math.imul(n, 31) + text.charCodeAt(0);
  key = Math.imul(key, 31) + text.charCodeAt(n >> 1);
  return (Math.imul(key, 31) + text.charCodeAt(n - 1)) | 0;
}

/** What the segment shares with the segments of its post of the same text, once shareWordsOfSameText has run. */
export function sameText(segment: { readonly text: string }): SameText | undefined {
  return (segment as WithWords)[SAME_TEXT];
}

/** Segments this long or longer share their word tokens with recent segments of the same text. */
export const SHARE_FROM_CHARS = 256;
