// Finds lexicon phrases in text by walking a trie of word tokens: one pass per text, whatever the
// number of entries.
import type { LexiconEntry } from './schema.js';
import { normaliseWord, tokenize, tokenizeOnce, type Token } from './tokenize.js';

export interface PhraseMatch<T> {
  entry: T;
  term: string;
  /** Index range in the text. */
  start: number;
  end: number;
  /** Token index range. */
  firstToken: number;
  lastToken: number;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  /** Entries whose phrase ends here. */
  ends: { entry: T; term: string; caseSensitive: boolean }[];
  /** Entries whose last word is a prefix ("bull*"): checked against the next token. */
  prefixes: { prefix: string; entry: T; term: string }[];
}

const node = <T>(): TrieNode<T> => ({ next: new Map(), ends: [], prefixes: [] });

export class PhraseMatcher<T extends Pick<LexiconEntry, 'terms'> & { caseSensitive?: boolean | undefined }> {
  private readonly root: TrieNode<T> = node();

  constructor(entries: readonly T[]) {
    for (const entry of entries) for (const term of entry.terms) this.add(entry, term);
  }

  private add(entry: T, term: string): void {
    const words = tokenizeOnce(term).map((t) => t.norm);
    const wildcard = term.trim().endsWith('*');
    if (words.length === 0) return;
    let current = this.root;
    const last = words.length - 1;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (i === last && wildcard) {
        current.prefixes.push({ prefix: word, entry, term });
        return;
      }
      let child = current.next.get(word);
      if (!child) {
        child = node();
        current.next.set(word, child);
      }
      current = child;
    }
    current.ends.push({ entry, term, caseSensitive: entry.caseSensitive === true });
  }

  /** All matches, longest first at each start; overlapping matches at different starts are all kept. */
  match(text: string, tokens: Token[] = tokenize(text)): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let current: TrieNode<T> | undefined = this.root;
      for (let j = i; j < tokens.length && current; j++) {
        const token = tokens[j]!;
        if (j > i && !adjacent(text, tokens[j - 1]!, token)) break;
        for (const { prefix, entry, term } of current.prefixes) {
          if (token.norm.startsWith(prefix)) found.push({ entry, term, start: tokens[i]!.start, end: token.end, firstToken: i, lastToken: j });
        }
        current = current.next.get(token.norm) ?? possessiveChild(current, token.norm);
        if (!current) break;
        for (const { entry, term, caseSensitive } of current.ends) {
          if (caseSensitive && text.slice(tokens[i]!.start, token.end) !== term) continue;
          found.push({ entry, term, start: tokens[i]!.start, end: token.end, firstToken: i, lastToken: j });
        }
      }
    }
    return found;
  }
}

/** Words of a phrase must be separated only by spaces or light punctuation, not a sentence end. */
function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  if (b.start - a.end === 1 && text.charCodeAt(a.end) === 32) return true; // the common single space
  return /^[\s\-–/]*$/.test(text.slice(a.end, b.start));
}

/** The child for "amelia's" under "amelia" (most words have no "'s": no second lookup). */
function possessiveChild<T>(node: TrieNode<T>, word: string): TrieNode<T> | undefined {
  return word.endsWith("'s") ? node.next.get(word.slice(0, -2)) : undefined;
}

export { normaliseWord };
