export interface Token {
  /** Lower-case, accents removed, curly apostrophes straightened. */
  norm: string;
  start: number;
  end: number;
  /** As written. */
  raw: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/’/g, "'")
    .toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ norm: normaliseWord(match[0]), start: match.index, end: match.index + match[0].length, raw: match[0] });
  }
  return tokens;
}
