// Word tokens for the derogatory check, with common obfuscations undone so that one trie pass sees
// the intended word: leetspeak ("b1tch" → bitch), letters spaced out ("f u c k" → fuck) and words run
// together ("manybitches" → many + bitches). Each rewrite is accepted only when it yields a word
// the lexicons know, so ordinary text ("Y4", "5th", "Scunthorpe", "assess") is left alone.
import { normaliseWord, tokenize, type Token } from '../lexicons/tokenize.js';

const WORD = /[\p{L}\p{N}@$]+(?:['’][\p{L}]+)*/gu;
/** A word that may have asterisks in it ("f*ggots", "c**t", "*unt"). */
const MASKED_WORD = /[\p{L}\p{N}@$*]+(?:['’][\p{L}]+)*/gu;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
const LEET_CHARS = /[013457@$!]/;
/**
 * Short words that may be run into a hostile word ("sosickening", "Deathto", "hangall", "Ihate",
 * "absolutelyvile"): function words, intensifiers and modals. Checked against WordNet (with -s, -es,
 * -ed, -ing) so that no English word splits into one of these and a hostile word — which is why
 * "the" ("therapists"), "a"/"an" ("apathetic", "amen"), "we" ("weevil") and "like" are not here.
 */
const GLUE = new Set(
  'so much many too very to all such massive are is be people just them you of and these those i they were was am being would will should must not never every your their our than more most absolutely total totally utter utterly complete completely really truly filthy dirty bloody fucking hate kill'.split(' '),
);
/** Shortest run-together word tried: "ihate" (no English word of five letters is a glue word and a hostile one but "bedim"). */
const GLUED_MIN = 5;
/** Both halves of a run-together word must be this long when neither is a glue word ("filthyvermin"). */
const MIN_HALF = 4;

export interface Vocabulary {
  /** Single-word terms of the hostile lexicons (hostile words, group words). */
  has(word: string): boolean;
}

export interface HostileToken extends Token {
  /** Read as a misspelling of a known word ("klil" → kill). */
  fuzzy?: boolean;
}

/** `variants` maps a misspelling to the word it stands for (lexicons/derogatory-variants.yaml). */
export function hostileTokens(
  text: string,
  vocabulary: Vocabulary,
  variants?: ReadonlyMap<string, string>,
  known: Vocabulary = vocabulary,
  words?: Token[],
  kinds?: ReadonlyMap<string, string>,
): HostileToken[] {
  let tokens: HostileToken[] = splitGlued(joinSpaced(text, wordTokens(text, known, words, vocabulary, kinds), vocabulary, known), vocabulary, known, text, kinds);
  if (variants) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const canonical = variantOf(token.norm, variants, known);
      if (canonical !== undefined) {
        if (tokens === cachedBase) tokens = tokens.slice(); // never modify the shared token cache
        tokens[i] = { ...token, norm: canonical, fuzzy: true };
      }
    }
  }
  cachedBase = undefined;
  return tokens;
}

let cachedBase: Token[] | undefined;

/**
 * Whether `hostileTokens` may read this plain word otherwise than the tokenizer did: a leet spelling
 * ("b1tch"), a known misspelling, or a glue word run into a hostile one ("muchdisdain"). Runs of
 * single letters, little words run together before a hostile one (`gluedBefore`) and "@"/"$" inside
 * words are for the caller to see (they span several tokens).
 */
export function mayReadDifferently(norm: string, vocabulary: Vocabulary, variants: ReadonlyMap<string, string> | undefined, known: Vocabulary): boolean {
  if (hasDigit(norm) && decodeLeet(norm, known) !== norm) return true;
  if (variantOf(norm, variants, known) !== undefined) return true;
  return norm.length >= GLUED_MIN && (gluedSplit(norm, vocabulary) !== undefined || contractionSplit(norm, known) !== undefined);
}

/**
 * "What abitch", "they are apest", "such anidiot": "a" or "an" run into a word of the word list (a slur, insult or
 * profanity: its kind is "category/strength") or a dehumanising or attribute word of three letters or more. The
 * English words that are so made (the British word list and WordNet, checked against every such word by hate11) are
 * left whole. Where the article ends, or undefined.
 */
export function articleGlued(norm: string, kinds: ReadonlyMap<string, string> | undefined): number | undefined {
  if (kinds === undefined || norm.charCodeAt(0) !== 0x61 || norm.length < 4 || ARTICLE_WORDS.has(norm)) return undefined;
  for (const at of norm.charCodeAt(1) === 0x6e ? [2, 1] : [1]) {
    const kind = norm.length - at >= 3 ? kinds.get(norm.slice(at)) : undefined;
    if (kind !== undefined && (kind.includes('/') || ARTICLE_ROLES.has(kind))) return at;
  }
  return undefined;
}
const ARTICLE_ROLES = new Set(['dehumanising', 'attribute']);
const ARTICLE_WORDS = new Set(['among', 'aspic', 'aspics', 'apathetic', 'afoul', 'atypical', 'atoxic', 'alice']);

/** A negative contraction, with or without its apostrophe, that may be run into the next word ("can'tstand"). */
const CONTRACTION = /^(?:can't|cant|cannot|don't|dont|won't|wont|wouldn't|wouldnt|shouldn't|shouldnt|doesn't|doesnt|didn't|didnt|isn't|isnt|aren't|arent)/;

/**
 * "can'tstand", "dontdeserve": a negative contraction run into a word of the lexicons (of three letters
 * or more). No English word opens so ("canteen", "canton" go on with no lexicon word), so the split is
 * safe; where the contraction ends, or undefined.
 */
function contractionSplit(norm: string, known: Vocabulary): number | undefined {
  const m = CONTRACTION.exec(norm);
  if (!m) return undefined;
  const rest = norm.slice(m[0].length);
  return rest.length >= 3 && known.has(rest) ? m[0].length : undefined;
}

/**
 * Little words run together ("shouldallbe") before a hostile or group word: where each ends, which
 * `hostileTokens` splits them at; undefined otherwise.
 */
export function gluedBefore(norm: string, next: string | undefined, vocabulary: Vocabulary): number[] | undefined {
  return norm.length >= 7 && next !== undefined && vocabulary.has(next) ? glueChain(norm) : undefined;
}

/** The word a misspelling stands for ("klil" → kill), for a word that is not itself a known word. */
function variantOf(norm: string, variants: ReadonlyMap<string, string> | undefined, known: Vocabulary): string | undefined {
  if (norm.length < 3 || known.has(norm)) return undefined;
  const variant = variants?.get(norm);
  if (variant !== undefined || !stretched(norm)) return variant;
  // "haaaate", "soooo", "disgustiiiing": a letter held three times or more is the word with it once or twice.
  const twice = unstretch(norm, 2);
  if (known.has(twice)) return twice;
  const once = unstretch(norm, 1);
  return known.has(once) ? once : variants?.get(once);
}

const LETTER = /^\p{L}$/u;
/**
 * Each letter held three times or more kept `keep` times ("haaaate" → "haate" or "hate"). A loop, not
 * /(\p{L})\1{2,}/gu: V8 backtracks through that repetition on the stack, so one run of a few million
 * letters (a 5 MB post of "xxxx…") overflowed it and the whole derogatory check was lost.
 */
function unstretch(norm: string, keep: 1 | 2): string {
  const chars = Array.from(norm);
  let out = '';
  for (let i = 0; i < chars.length; ) {
    const char = chars[i]!;
    let end = i + 1;
    while (end < chars.length && chars[end] === char) end++;
    out += end - i >= 3 && LETTER.test(char) ? char.repeat(keep) : chars.slice(i, end).join('');
    i = end;
  }
  return out;
}
const STRETCHED = /(\p{L})\1\1/u;
/** A letter three times in a row. By code unit (a regular expression per word cost 23 ms over 4,000 posts); the pattern for letters outside the BMP. */
function stretched(norm: string): boolean {
  let surrogates = false;
  for (let i = 0; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (i >= 2 && code === norm.charCodeAt(i - 1) && code === norm.charCodeAt(i - 2) && STRETCHED.test(norm.slice(i - 2, i + 1))) return true;
    if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
  }
  return surrogates && STRETCHED.test(norm);
}

/**
 * The words of a text as the derogatory check reads them: "@" and "$" inside a word are letters, and
 * a word masked with asterisks ("f*ggots", "c**t") is the lexicon word it masks. Exported for tests.
 */
export function wordTokens(text: string, vocabulary: Vocabulary, words?: Token[], maskable: Vocabulary = vocabulary, kinds?: ReadonlyMap<string, string>): Token[] {
  // Plain prose (no digits, @, $ or *): the shared word tokens are already right.
  if (!/[\d@$*]/.test(text)) return (cachedBase = words ?? tokenize(text));
  const base = words ?? tokenize(text);
  // Without @, $ or * the words are the shared ones: only those with digits may read differently.
  if (!/[@$*]/.test(text)) return decodeDigits(base, vocabulary);
  // Only the stretches between white space that hold an @, $ or * ("b@stard", an e-mail address,
  // "sc*m") read differently: no word pattern matches white space, so elsewhere the shared words stand.
  const out: Token[] = [];
  let k = 0;
  const marks = /[@$*]/g;
  for (let mark = marks.exec(text); mark; mark = marks.exec(text)) {
    let from = mark.index;
    while (from > 0 && !isSpace(text, from - 1)) from--;
    let to = mark.index + 1;
    while (to < text.length && !isSpace(text, to)) to++;
    for (; k < base.length && base[k]!.end <= from; k++) out.push(withDigitsDecoded(base[k]!, vocabulary));
    while (k < base.length && base[k]!.start < to) k++;
    MASKED_WORD.lastIndex = from;
    for (let match = MASKED_WORD.exec(text); match && match.index < to; match = MASKED_WORD.exec(text)) {
      const value = match[0];
      const unmasked = value.includes('*') ? unmask(normaliseWord(value), maskable, kinds) : undefined;
      if (unmasked) {
        out.push({ norm: unmasked, start: match.index, end: match.index + value.length, raw: value });
        continue;
      }
      // Not a masked lexicon word: its pieces between asterisks, as the word pattern reads them.
      WORD.lastIndex = match.index;
      for (let piece = WORD.exec(text); piece && piece.index < match.index + value.length; piece = WORD.exec(text)) {
        const norm = decodeLeet(normaliseWord(piece[0]), vocabulary).replace(/[@$]/g, '');
        if (norm) out.push({ norm, start: piece.index, end: piece.index + piece[0].length, raw: piece[0] });
      }
    }
    marks.lastIndex = to;
  }
  for (; k < base.length; k++) out.push(withDigitsDecoded(base[k]!, vocabulary));
  return out;
}

const SPACE = /\s/;

// Words of the vocabulary by length, built once per vocabulary, for unmasking.
const byLength = new WeakMap<Vocabulary, Map<number, string[]>>();

/**
 * The hostile or group word an asterisk-masked word stands for, one letter per asterisk ("f*ggots",
 * "c**t", "sc*m"), when at least two letters show, the asterisks are no more than the letters, and
 * one such word fits, or several of one kind or that differ only in a hidden vowel. Undefined for a word none fits
 * ("prices*", "5*") or several fit otherwise ("f***ing").
 */
export function unmask(masked: string, vocabulary: Vocabulary, kinds?: ReadonlyMap<string, string>): string | undefined {
  return unmaskMemo(vocabulary, masked, () => unmaskOnce(masked, vocabulary, kinds));
}

// A masked word recurs ("f*ck" a thousand times): each is looked up once per vocabulary.
const unmaskMemo = perVocabulary<string | undefined>();

function unmaskOnce(masked: string, vocabulary: Vocabulary, kinds?: ReadonlyMap<string, string>): string | undefined {
  const stars = masked.split('*').length - 1;
  const letters = masked.length - stars;
  if (stars === 0 || letters < 2 || stars > letters || /[^\p{L}*'’]/u.test(masked)) return undefined;
  let index = byLength.get(vocabulary);
  if (!index) {
    index = new Map();
    if (typeof (vocabulary as Partial<Iterable<string>>)[Symbol.iterator] === 'function') {
      for (const word of vocabulary as unknown as Iterable<string>) {
        if (!/^\p{L}+$/u.test(word)) continue;
        const list = index.get(word.length) ?? [];
        list.push(word);
        index.set(word.length, list);
      }
      for (const list of index.values()) list.sort();
    }
    byLength.set(vocabulary, index);
  }
  const word = masked.replace(/['’]s$/, '');
  const fits: string[] = [];
  outer: for (const candidate of index.get(word.length) ?? []) {
    for (let i = 0; i < word.length; i++) if (word[i] !== '*' && word[i] !== candidate[i]) continue outer;
    fits.push(candidate);
  }
  // Several fit: a safe guess only when they are words of one kind ("f*cking": fucking, fvcking, fxcking)
  // or differ only in a hidden vowel; otherwise the mask may hide a slur or a swear word ("f***ing").
  const onlyVowelsHidden = (candidate: string) => [...word].every((c, i) => c !== '*' || 'aeiou'.includes(candidate[i]!));
  const kind = kinds?.get(fits[0] ?? '');
  const oneKind = kind !== undefined && fits.every((candidate) => kinds!.get(candidate) === kind);
  // Of words that differ only in a hidden vowel, the one of the word list is the one masked ("sl*t": slut, not "slit").
  const listed = fits.length > 1 && fits.every(onlyVowelsHidden) ? fits.filter((candidate) => kinds?.get(candidate)?.includes('/')) : [];
  const found = listed.length === 1 ? listed[0] : fits.length === 1 || (fits.length > 1 && (oneKind || fits.every(onlyVowelsHidden))) ? fits[0] : undefined;
  return found === undefined || masked === word ? found : `${found}'s`;
}

function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 32 || code === 10) return true;
  return code > 32 && code < 128 && code !== 127 ? false : SPACE.test(text[index]!);
}

function withDigitsDecoded(token: Token, vocabulary: Vocabulary): Token {
  if (!hasDigit(token.norm)) return token;
  const norm = decodeLeet(token.norm, vocabulary);
  return norm === token.norm ? token : { ...token, norm };
}

function decodeDigits(base: Token[], vocabulary: Vocabulary): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < base.length; i++) {
    const token = base[i]!;
    if (!hasDigit(token.norm)) continue; // nothing to decode in a word of letters
    const norm = decodeLeet(token.norm, vocabulary);
    if (norm === token.norm) continue;
    out ??= base.slice(); // never modify the shared token cache
    out[i] = { ...token, norm };
  }
  if (out) return out;
  return (cachedBase = base);
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

// Numbers recur too ("Year 4", "2024"): each distinct word is decoded once per vocabulary.
const leetMemo = perVocabulary<string>();

/** "b1tch" → bitch, "h8" → hate, when the decoded word is one the lexicons know. */
function decodeLeet(norm: string, vocabulary: Vocabulary): string {
  return leetMemo(vocabulary, norm, () => decodeLeetOnce(norm, vocabulary));
}

function decodeLeetOnce(norm: string, vocabulary: Vocabulary): string {
  // A digit no spelling stands for ("a123", "2024", "Y6") leaves a number in the word: no lexicon word has one.
  if (/[269]/.test(norm)) return norm;
  if (LEET_CHARS.test(norm) && /\p{L}/u.test(norm)) {
    const known = (word: string) => vocabulary.has(word) || vocabulary.has(word.replace(/'s$/, ''));
    const decoded = norm.replace(/[013457@$!]/g, (c) => LEET[c] ?? c);
    if (known(decoded)) return decoded;
    // "1" and "!" stand for "l" as often as for "i": "Mus1ims", "s!ut".
    if (/[1!]/.test(norm)) {
      const withL = norm.replace(/[013457@$!]/g, (c) => (c === '1' || c === '!' ? 'l' : (LEET[c] ?? c)));
      if (known(withL)) return withL;
    }
  } else if (norm.includes('8') && /\p{L}/u.test(norm)) {
    const decoded = norm.replace(/8/g, 'ate'); // "h8" → hate
    if (vocabulary.has(decoded)) return decoded;
  }
  return norm;
}

/**
 * "f u c k" / "w o m e n" / "g a y  p e o p l e": runs of three or more single letters one space apart
 * become one word when it is a hostile or group word (`vocabulary`) or any other word of the lexicons
 * (`known`: "people", "users").
 */
function joinSpaced(text: string, tokens: Token[], vocabulary: Vocabulary, known: Vocabulary = vocabulary): Token[] {
  let runs = false;
  for (let i = 2; i < tokens.length && !runs; i++) runs = tokens[i]!.norm.length === 1 && tokens[i - 1]!.norm.length === 1 && tokens[i - 2]!.norm.length === 1;
  if (!runs) return tokens;
  // A run longer than any known word (plus an article) cannot spell one: it is not joined, so a
  // long run ("f u c k f u c k …", thousands of letters) costs no more than its letters.
  const longest = Math.max(longestWord(vocabulary), longestWord(known));
  const isWord = (word: string) => vocabulary.has(word) || known.has(word);
  const out: Token[] = [];
  let runEnd = -1; // the last token of the run of spaced single letters that token i is in
  let runGap: string | undefined; // what parts that run's letters
  for (let i = 0; i < tokens.length; i++) {
    if (i > runEnd) {
      runEnd = i;
      runGap = undefined;
      // One way of parting the letters all through: "r-e-t-a-r-d s_c_u_m" is two runs.
      while (runEnd + 1 < tokens.length && tokens[runEnd]!.norm.length === 1 && tokens[runEnd + 1]!.norm.length === 1 && spacedGap(text, tokens[runEnd]!.end, tokens[runEnd + 1]!.start)) {
        const next = text.slice(tokens[runEnd]!.end, tokens[runEnd + 1]!.start);
        if ((runGap ??= next) !== next) break;
        runEnd++;
      }
    }
    // Inside a run every token is one letter, so the run from i ends where the run from its start does.
    const j = tokens[i]!.norm.length === 1 ? runEnd : i;
    if (j - i + 1 >= 3 && j - i <= longest) {
      const run = tokens.slice(i, j + 1);
      const word = run.map((t) => t.norm).join('');
      // Letters parted by dots or hyphens are also how initials and acronyms are written ("S.E.N.D.", "P-E-A-C-E"):
      // such a run is joined only into a whole hostile or group word ("r.e.t.a.r.d"), never split or read as two.
      if (runGap !== ' ') {
        if (vocabulary.has(word)) {
          out.push({ norm: word, start: run[0]!.start, end: run[run.length - 1]!.end, raw: text.slice(run[0]!.start, run[run.length - 1]!.end) });
          i = j;
          continue;
        }
        out.push(tokens[i]!);
        continue;
      }
      // "a c a n c e r": the article stays a word of its own.
      let skip = 0;
      if (!isWord(word) && (word[0] === 'a' || word[0] === 'i') && isWord(word.slice(1))) skip = 1;
      if (skip === 1) out.push(run[0]!);
      if (isWord(word.slice(skip))) {
        const first = run[skip]!;
        const last = run[run.length - 1]!;
        out.push({ norm: word.slice(skip), start: first.start, end: last.end, raw: text.slice(first.start, last.end) });
        i = j;
        continue;
      }
      // "so r e p u l s i v e I eat …": the run's last letter is the next word ("I", "a"), the rest a whole word.
      const tail = word[word.length - 1];
      if ((tail === 'i' || tail === 'a') && run.length - skip >= 4 && isWord(word.slice(skip, -1))) {
        const first = run[skip]!;
        const last = run[run.length - 2]!;
        out.push({ norm: word.slice(skip, -1), start: first.start, end: last.end, raw: text.slice(first.start, last.end) });
        out.push(run[run.length - 1]!);
        i = j;
        continue;
      }
      // "i c a n t s t a n d": two words of three or more letters spelt out as one whole run ("cant" for "can't").
      const wholeRun = j === runEnd && (i === 0 || tokens[i - 1]!.norm.length !== 1 || !spacedGap(text, tokens[i - 1]!.end, tokens[i]!.start));
      if (skip === 0 && wholeRun) {
        const pair = twoWords(word, isWord) ?? ((word[0] === 'a' || word[0] === 'i') && twoWords(word.slice(1), isWord) !== undefined ? -1 : undefined);
        if (pair !== undefined) {
          const from = pair < 0 ? 1 : 0;
          const at = pair < 0 ? twoWords(word.slice(1), isWord)! + 1 : pair;
          if (from === 1) out.push(run[0]!);
          for (const [a, b] of [[from, at - 1], [at, run.length - 1]] as const) {
            const first = run[a]!;
            const last = run[b]!;
            out.push({ norm: word.slice(a, b + 1), start: first.start, end: last.end, raw: text.slice(first.start, last.end) });
          }
          i = j;
          continue;
        }
      }
    }
    out.push(tokens[i]!);
  }
  return out;
}

/** What may stand between the letters of a word spelt out: a space, or a dot, hyphen or underscore ("f a g", "r.e.t.a.r.d", "s-c-u-m"). */
function spacedGap(text: string, from: number, to: number): boolean {
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    return c === 0x20 || c === 0x2e || c === 0x2d || c === 0x5f;
  }
  return to - from === 2 && text.charCodeAt(from) === 0x2e && text.charCodeAt(from + 1) === 0x20; // "w. h. o. r. e"
}

/** Where a spelt-out run splits into two words of three or more letters ("cantstand" → 4), or undefined. */
function twoWords(word: string, isWord: (word: string) => boolean): number | undefined {
  const known = (w: string) => isWord(w) || (w.endsWith('nt') && isWord(`${w.slice(0, -2)}n't`));
  for (let k = 3; k <= word.length - 3; k++) if (known(word.slice(0, k)) && known(word.slice(k))) return k;
  return undefined;
}

const longestCache = new WeakMap<Vocabulary, number>();

/** The length of the longest word of a vocabulary that is a Set; unbounded for any other kind. */
function longestWord(vocabulary: Vocabulary): number {
  if (!(vocabulary instanceof Set)) return Number.POSITIVE_INFINITY;
  let longest = longestCache.get(vocabulary);
  if (longest === undefined) {
    longest = 0;
    for (const word of vocabulary as Set<string>) if (typeof word === 'string') longest = Math.max(longest, word.length);
    longestCache.set(vocabulary, longest);
  }
  return longest;
}

/** A word capitalised only for opening its sentence, whose two halves (split at `at`) are hostile words and no group's. */
function capitalisedBySentence(token: Token, at: number, text: string | undefined, kinds: ReadonlyMap<string, string> | undefined): boolean {
  if (text === undefined || kinds === undefined || !/^\p{Lu}\p{Ll}+$/u.test(token.raw)) return false;
  const opens = token.start === 0 || /(?:^|[.!?]["”’')\]]*)\s+$/.test(text.slice(Math.max(0, token.start - 6), token.start));
  const group = (half: string) => kinds.get(half)?.startsWith('identity') ?? true;
  return opens && !group(token.norm.slice(0, at)) && !group(token.norm.slice(at));
}

/** "muchdisdain" → much + disdain, "hangall" → hang + all: a glue word run into a known hostile word. */
function splitGlued(tokens: Token[], vocabulary: Vocabulary, known: Vocabulary = vocabulary, text?: string, kinds?: ReadonlyMap<string, string>): Token[] {
  let out: Token[] | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    let split = token.norm.length >= GLUED_MIN ? (gluedSplit(token.norm, vocabulary) ?? contractionSplit(token.norm, known)) : undefined;
    // Two hostile or group words run together ("filthyvermin") only in a word written in lower case:
    // a capitalised one is a name ("Blackburn") — unless it opens a sentence and neither half is a group's
    // word ("Stupidbitches everywhere you look", session 25).
    if (split !== undefined && split < 0) split = /^\p{Ll}/u.test(token.raw) || capitalisedBySentence(token, -split, text, kinds) ? -split : undefined;
    // "What abitch": the article run into the word, in a word written in lower case.
    if (!split && /^\p{Ll}/u.test(token.raw)) split = articleGlued(token.norm, kinds);
    if (!split) {
      // "shouldallbe shot": little words run together before a hostile one.
      const next = tokens[index + 1];
      const pieces = gluedBefore(token.norm, next?.norm, vocabulary);
      if (pieces) {
        out ??= tokens.slice(0, index);
        let from = 0;
        for (const to of pieces) {
          out.push({ norm: token.norm.slice(from, to), start: token.start + from, end: token.start + to, raw: token.raw.slice(from, to) });
          from = to;
        }
        continue;
      }
      out?.push(token);
      continue;
    }
    out ??= tokens.slice(0, index);
    const at = token.start + split;
    out.push({ norm: token.norm.slice(0, split), start: token.start, end: at, raw: token.raw.slice(0, split) });
    out.push({ norm: token.norm.slice(split), start: at, end: token.end, raw: token.raw.slice(split) });
  }
  return out ?? tokens;
}

const GLUE_LIST = [...GLUE];
const LONGEST_GLUE = Math.max(...GLUE_LIST.map((glue) => glue.length));

/**
 * Where a word made wholly of two or more glue words ends each ("shouldallbe" → 6, 9, 11, "shouldbe" →
 * 6, 8); undefined otherwise. Of English words only "uttermost" and "nevermore" are two glue words, and
 * the split is tried only before a hostile word.
 */
function glueChain(word: string): number[] | undefined {
  // Fewest pieces to each prefix, by dynamic programming over the (short) glue words.
  const pieces: (number[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 12); start < end; start++) {
      const before = pieces[start];
      if (before && GLUE.has(word.slice(start, end)) && (!pieces[end] || pieces[end]!.length > before.length + 1)) pieces[end] = [...before, end];
    }
  }
  const found = pieces[word.length];
  return found && found.length >= 2 ? found : undefined;
}

// Words recur (a post says "children" many times): each distinct word is tried against the glue
// list once per vocabulary.
const splitMemo = perVocabulary<number | undefined>();

function gluedSplit(word: string, vocabulary: Vocabulary): number | undefined {
  return splitMemo(vocabulary, word, () => trySplit(word, vocabulary));
}

const MEMO_LIMIT = 50_000;

/** A word → answer cache for each vocabulary, at most MEMO_LIMIT answers (then started afresh). */
function perVocabulary<T>(): (vocabulary: Vocabulary, word: string, work: () => T) => T {
  const memos = new WeakMap<Vocabulary, Map<string, T>>();
  return (vocabulary, word, work) => {
    let memo = memos.get(vocabulary);
    if (!memo) memos.set(vocabulary, (memo = new Map()));
    const known = memo.get(word);
    if (known !== undefined || memo.has(word)) return known as T;
    const value = work();
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, value);
    return value;
  };
}

/** Where to split a run-together word: a glue word and a hostile word; negative when both halves are hostile or group words. */
function trySplit(word: string, vocabulary: Vocabulary): number | undefined {
  // Longer than any two pieces could be (a 10 MB "word" was tried at each of its ten million cuts).
  const longest = longestWord(vocabulary);
  if (word.length > longest + Math.max(longest, LONGEST_GLUE)) return undefined;
  if (vocabulary.has(word) || hasDigit(word)) return undefined; // no lexicon word has a digit
  for (const glue of GLUE_LIST) {
    if (word.length - glue.length < 3) continue;
    if (word.startsWith(glue) && vocabulary.has(word.slice(glue.length))) return glue.length;
    if (word.endsWith(glue) && vocabulary.has(word.slice(0, word.length - glue.length))) return word.length - glue.length;
  }
  // "shootthe X", "killthe X": "the" after a hostile word only (before one it starts "therapists"). No English
  // word is a hostile word and "the" (the British word list).
  if (word.endsWith('the') && word.length >= 6 && vocabulary.has(word.slice(0, -3))) return word.length - 3;
  for (let k = MIN_HALF; k <= word.length - MIN_HALF; k++) if (vocabulary.has(word.slice(0, k)) && vocabulary.has(word.slice(k))) return -k;
  return undefined;
}
