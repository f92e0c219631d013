// Finds words exactly as the pattern /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu does, but by walking the
// characters: most text is ASCII, where a character test is a comparison, and no match object is
// built per word. Non-ASCII characters are still classified by the same Unicode property classes.
// (tests/text/word-scan.test.ts checks it against the pattern on random text.)

const LETTER_OR_NUMBER_AT = /[\p{L}\p{N}]/uy;
const LETTER_AT = /\p{L}/uy;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** Calls `onWord(start, end)` for each word of the text, in order. */
export function scanWords(text: string, onWord: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const width = wordCharWidth(text, i, false);
    if (width === 0) {
      i += charWidth(text, i);
      continue;
    }
    const start = i;
    i = wordEnd(text, i + width);
    onWord(start, i);
  }
}

/** The end of the word whose first `from - start` characters are already known to be word characters. */
export function wordEnd(text: string, from: number): number {
  let i = skipRun(text, from, false);
  // "don't", "O’Brien": an apostrophe joins letters (not digits) after it.
  for (;;) {
    if (i >= text.length) return i;
    const code = text.charCodeAt(i);
    if (code !== APOSTROPHE && code !== RIGHT_QUOTE) return i;
    const letter = wordCharWidth(text, i + 1, true);
    if (letter === 0) return i;
    i = skipRun(text, i + 1 + letter, true);
  }
}

/** The index after a run of word characters (letters only when `lettersOnly`) starting at i. */
function skipRun(text: string, i: number, lettersOnly: boolean): number {
  for (;;) {
    const width = wordCharWidth(text, i, lettersOnly);
    if (width === 0) return i;
    i += width;
  }
}

/** The width (1 or 2 UTF-16 units) of the word character at i, or 0 when there is none. */
export function wordCharWidth(text: string, i: number, lettersOnly: boolean): number {
  // Past the end: asked, not read (optimised code that reads out of range is thrown away and rebuilt).
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 128) {
    const lower = code | 0x20; // ASCII capitals → small letters
    if (lower >= 97 && lower <= 122) return 1;
    return !lettersOnly && code >= 48 && code <= 57 ? 1 : 0;
  }
  if (Number.isNaN(code)) return 0; // past the end
  const pattern = lettersOnly ? LETTER_AT : LETTER_OR_NUMBER_AT;
  pattern.lastIndex = i;
  return pattern.test(text) ? pattern.lastIndex - i : 0;
}

/** 2 for a surrogate pair, else 1: the pattern steps over whole code points. */
export function charWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}
