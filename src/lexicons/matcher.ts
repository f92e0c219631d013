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
    const root = this.root;
    for (let i = 0; i < tokens.length; i++) {
      // Most words start no phrase: one lookup at the root settles them.
      const first = tokens[i]!;
      if (root.prefixes.length > 0) this.prefixMatches(root, first, i, i, tokens, found);
      let current: TrieNode<T> | undefined = root.next.get(first.norm) ?? possessiveChild(root, first.norm);
      for (let j = i; current; ) {
        const token = tokens[j]!;
        if (current.ends.length > 0) {
          for (const { entry, term, caseSensitive } of current.ends) {
            if (caseSensitive && text.slice(first.start, token.end) !== term) continue;
            found.push({ entry, term, start: first.start, end: token.end, firstToken: i, lastToken: j });
          }
        }
        if (++j >= tokens.length) break;
        const next = tokens[j]!;
        if (current.next.size === 0 && current.prefixes.length === 0) break;
        if (!adjacent(text, token, next)) break;
        if (current.prefixes.length > 0) this.prefixMatches(current, next, i, j, tokens, found);
        current = current.next.get(next.norm) ?? possessiveChild(current, next.norm);
      }
    }
    return found;
  }

  /** Entries whose last word is a prefix ("bull*") of token j, in a phrase starting at token i. */
  private prefixMatches(node: TrieNode<T>, token: Token, i: number, j: number, tokens: Token[], found: PhraseMatch<T>[]): void {
    for (const { prefix, entry, term } of node.prefixes) {
      if (token.norm.startsWith(prefix)) found.push({ entry, term, start: tokens[i]!.start, end: token.end, firstToken: i, lastToken: j });
    }
  }
}

/** Words of a phrase must be separated only by spaces or light punctuation, not a sentence end. */
function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  if (b.start - a.end === 1 && text.charCodeAt(a.end) === 32) return true; // the common single space
  return /^[\s\-–/]*$/.test(text.slice(a.end, b.start));
}

const APOSTROPHE = 0x27;
const SMALL_S = 0x73;

/** The child for "amelia's" under "amelia" (most words have no "'s": two character codes say so). */
function possessiveChild<T>(node: TrieNode<T>, word: string): TrieNode<T> | undefined {
  const n = word.length;
  return n > 2 && word.charCodeAt(n - 1) === SMALL_S && word.charCodeAt(n - 2) === APOSTROPHE ? node.next.get(word.slice(0, -2)) : undefined;
}

export { normaliseWord };
