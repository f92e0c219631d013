// Redaction for public output (CI): no name from the consent record may appear in any format.
import type { ConsentRecord } from './record.js';
import { escapeRegExp } from '../core/regex.js';
import { percentDecoded } from '../load/decode.js';
import { plainLetters } from './name-tokens.js';

export interface Redactor {
  (text: string, personal?: string[]): string;
  /** File paths keep their shape, but a pupil's full name in a file name is masked. */
  path(file: string): string;
}

const MASK = '[redacted]';
/** A run of letters and digits: what a name pattern bounded by (?<![\p{L}\p{N}]) … (?![\p{L}\p{N}]) matches whole. */
const RUN = /[\p{L}\p{N}]+/gu;
const WHOLE_WORD = /^[\p{L}\p{N}]+$/u;
/** A run that joins words the matcher reads apart: a small letter then a capital ("ZuzannaWojcik"), or letters and digits ("kwame1"). */
const JOINED_RUN = /\p{Ll}\p{Lu}|\p{L}\p{N}|\p{N}\p{L}/u;
/** The words of such a run, as a hashtag's are read: "Zuzanna", "Wojcik"; "kwame", "1". */
const RUN_PIECE = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu;

/** A run of percent-encoded bytes ("%C3%A2"). */
const PERCENT_ENCODED = /(?:%[0-9a-f]{2})+/gi;

const cache = new WeakMap<ConsentRecord, Redactor>();
const noRecord = build(undefined);

/** One redactor per record (its patterns are compiled once, not per post or per finding). */
export function redactor(consent: ConsentRecord | undefined): Redactor {
  if (!consent) return noRecord;
  let mask = cache.get(consent);
  if (!mask) {
    mask = build(consent);
    cache.set(consent, mask);
  }
  return mask;
}

// A record of a whole trust can hold tens of thousands of names: one regular expression of all of
// them (as this once was) took seconds to compile and run and hundreds of MB. A name made of letters
// and digits is matched as a whole word by a set lookup; only names with other characters (O'Neil,
// St.John) stay in a pattern; a file path is searched only for the full names it could hold.
function build(consent: ConsentRecord | undefined): Redactor {
  const words = new Set<string>();
  const others = new Set<string>();
  // A first (or preferred) name and surname run together: "kwamemensah", "MensahKwame".
  const joined = new Set<string>();
  const fullNames: { together: string[]; patterns: string[] }[] = [];
  for (const pupil of consent?.pupils ?? []) {
    for (const name of [pupil.firstName, pupil.lastName, pupil.preferredName]) {
      for (const part of (name ?? '').split(/[\s-]+/)) {
        if (part.length < 2) continue;
        if (WHOLE_WORD.test(part)) words.add(fold(part));
        else {
          others.add(part);
          // "O'Neil" as the matcher also finds it, "ONeil" and "Oneil".
          if (compact(part).length >= 2) words.add(compact(part));
        }
      }
    }
    if (pupil.firstName && pupil.lastName) {
      const [first, last] = [folded(pupil.firstName), folded(pupil.lastName)];
      fullNames.push({
        together: [compact(pupil.firstName + pupil.lastName), compact(pupil.lastName + pupil.firstName)],
        patterns: [`${first}[\\s_.-]*${last}`, `${last}[\\s_.,-]*${first}`],
      });
      for (const own of [pupil.firstName, pupil.preferredName]) {
        if (!own) continue;
        joined.add(compact(own + pupil.lastName));
        joined.add(compact(pupil.lastName + own));
      }
    }
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  const otherPattern =
    others.size > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...others].map(escapeRegExp).sort(byLength).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
      : undefined;

  const isName = (word: string) => words.has(fold(word)) || joined.has(compact(word));
  // A run that is a name, or holds names the matcher reads in it apart ("ZuzannaWojcik", "kwame1"): each masked.
  const maskRun = (run: string) => {
    if (isName(run)) return MASK;
    if (!JOINED_RUN.test(run)) return run;
    return run.replace(RUN_PIECE, (piece) => (isName(piece) ? MASK : piece));
  };
  const mask = ((text: string, personal: string[] = []) => {
    // Read as a person would: a link's percent-encoding undone ("Si%C3%A2n-Jones.jpg", as an excerpt
    // quotes a photo's link), and composed, as the record's names are ("Sia\u0302n", decomposed, as a
    // Mac names files, is the word "Siân").
    let out = (text.includes('%') ? text.replace(PERCENT_ENCODED, percentDecoded) : text).normalize('NFC');
    // MASK holds no "$", so replaceAll puts it in as written (as split and join did, without the array).
    for (const value of personal) if (value) out = out.replaceAll(value, MASK);
    // Names with other characters first: such a name starts where a word does and is longer than it.
    if (otherPattern) out = out.replace(otherPattern, MASK);
    if (words.size > 0) {
      const before = out;
      out = out.replace(RUN, maskRun);
      // A name with other characters glued to one just masked ("AmeliaO'Neil") now starts a word.
      if (otherPattern && out !== before) out = out.replace(otherPattern, MASK);
    }
    return out;
  }) as Redactor;
  mask.path = (written: string) => {
    if (fullNames.length === 0) return written;
    const file = written.normalize('NFC');
    const haystack = compact(file);
    const present = fullNames.filter((name) => name.together.some((together) => haystack.includes(together)));
    if (present.length === 0) return written;
    // Searched in the path folded as the names are ("Wojcik" is Wójcik), masked where it is written.
    const { text, origin } = foldedWithOrigin(file);
    const pattern = new RegExp(present.flatMap((name) => name.patterns).sort(byLength).join('|'), 'gu');
    let out = '';
    let copied = 0;
    for (const match of text.matchAll(pattern)) {
      if (match[0] === '') continue;
      const start = origin[match.index]!;
      const end = origin[match.index + match[0].length]!;
      if (start < copied) continue;
      out += `${file.slice(copied, start)}redacted`;
      copied = end;
    }
    return out + file.slice(copied);
  };
  return mask;
}

/**
 * Case folded at least as far as a case-insensitive Unicode pattern folds (so a set lookup finds
 * every word such a pattern would): "ẞ"/"ß" → "ss", "ſ" → "s", final "ς" → "σ"; and without accents,
 * as the matcher reads names ("Wojcik" is Wójcik, "Lukasz" Łukasz, "Sian" Siân): a name found in a
 * post is masked however it was written.
 */
function fold(text: string): string {
  const cased = text.toLowerCase().toUpperCase().toLowerCase().replace(/ς/g, 'σ');
  return ASCII_ONLY.test(cased) ? cased : plainLetters(cased.normalize('NFD').replace(/\p{M}+/gu, ''));
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Folded, without the separators a full name may have between or inside its parts in a file name (nor apostrophes: "OConnor"). */
function compact(text: string): string {
  return fold(text).replace(/[\s_.,'’-]+/g, '');
}

/** A name as a pattern for a folded path: folded, any separator or apostrophe inside it optional ("Mary Jane", "O'Connor"). */
function folded(name: string): string {
  return fold(name)
    .split(/[\s_.,'’-]+/)
    .filter(Boolean)
    .map(escapeRegExp)
    .join("[\\s_.,'’-]*");
}

const foldedChars = new Map<string, string>();

/** `text` folded character by character, and for each folded character (and the end) where it stands in `text`. */
function foldedWithOrigin(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let at = 0;
  for (const char of text) {
    let f = foldedChars.get(char);
    if (f === undefined) foldedChars.set(char, (f = fold(char)));
    out += f;
    for (let k = 0; k < f.length; k++) origin.push(at);
    at += char.length;
  }
  origin.push(text.length);
  return { text: out, origin };
}

/**
 * Masks any name part of three or more letters wherever it appears, even inside a word
 * ("#AmeliaSmith"), case-insensitively: for text that does not come from findings (rule
 * documentation in SARIF). Longest name first at each place, as one pattern of every name would,
 * but with set lookups: a trust's record of 100,000 pupils made that pattern take a minute.
 */
export function namesInsideWords(consent: ConsentRecord | undefined): (text: string) => string {
  const lower = new Set<string>();
  const folded = new Set<string>();
  const lengths = new Set<number>();
  for (const pupil of consent?.pupils ?? []) {
    for (const name of [pupil.firstName, pupil.lastName, pupil.preferredName]) {
      for (const part of (name ?? '').split(/[\s-]+/)) {
        if (part.length < 3) continue;
        lower.add(part.toLowerCase());
        folded.add(fold(part));
        lengths.add(part.toLowerCase().length);
      }
    }
  }
  const longestFirst = [...lengths].sort((a, b) => b - a);
  const isName = (candidate: string) => lower.has(candidate) || (!ASCII.test(candidate) && folded.has(fold(candidate)));
  return (text) => {
    if (lower.size === 0) return text;
    const lowered = text.toLowerCase();
    const sameLength = lowered.length === text.length;
    const candidate = (i: number, n: number) => (sameLength ? lowered.slice(i, i + n) : text.slice(i, i + n).toLowerCase());
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length; ) {
      const length = longestFirst.find((n) => i + n <= text.length && isName(candidate(i, n)));
      if (length === undefined) {
        i++;
        continue;
      }
      out += `${text.slice(copied, i)}${MASK}`;
      i += length;
      copied = i;
    }
    return out + text.slice(copied);
  };
}

const ASCII = /^[\x00-\x7f]*$/;

