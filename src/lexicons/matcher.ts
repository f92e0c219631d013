// Finds lexicon phrases in text by walking a trie of word tokens: one pass per text, whatever the
// number of entries.
import type { LexiconEntry } from './schema.js';
import { normaliseWord, sameText, tokenize, tokenizeOnce, type Token } from './tokenize.js';

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

type Matchable = Pick<LexiconEntry, 'terms'> & { caseSensitive?: boolean | undefined };

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  /** Entries whose phrase ends here. */
  ends: { entry: T; term: string; caseSensitive: boolean }[];
  /** Entries whose last word is a prefix ("bull*"): checked against the next token. */
  prefixes: { prefix: string; entry: T; term: string }[];
}

const node = <T>(): TrieNode<T> => ({ next: new Map(), ends: [], prefixes: [] });

const SIMPLE_TERM = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

export class PhraseMatcher<T extends Pick<LexiconEntry, 'terms'> & { caseSensitive?: boolean | undefined }> {
  /** @internal Read by PhraseGroup. */
  readonly root: TrieNode<T> = node();
  private readonly group: PhraseGroup | undefined;
  /** @internal This matcher's index in its group. */
  readonly member: number = -1;

  /** `group`: other matchers run over the same segment texts, walked together by `matchSegment`. */
  constructor(entries: readonly T[], group?: PhraseGroup) {
    for (const entry of entries) for (const term of entry.terms) this.add(entry, term);
    this.group = group;
    if (group) this.member = group.join(this as unknown as PhraseMatcher<Matchable>);
  }

  /**
   * `match(segment.text, tokens)` for a post's text segment and its shared word tokens (segmentWords),
   * which the other matchers of this matcher's group also read: the first of them to ask walks one
   * trie holding all their phrases and keeps the others' matches on the segment for them. Same
   * matches. The returned array is the caller's.
   */
  matchSegment(segment: { readonly text: string }, tokens: Token[]): PhraseMatch<T>[] {
    return this.group ? (this.group.matchFor(this.member, segment, tokens) as PhraseMatch<T>[]) : this.match(segment.text, tokens);
  }

  private add(entry: T, term: string): void {
    // Most terms are lower-case words and single spaces: their words are those (as the tokenizer reads them).
    const words = SIMPLE_TERM.test(term) ? term.split(' ') : tokenizeOnce(term).map((t) => t.norm);
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

  /**
   * All matches, longest first at each start; overlapping matches at different starts are all kept.
   * New objects on every call. Texts that repeat share their tokens (tokenize, segmentWords): for a
   * long text, the matches of the last few hundred token arrays are kept and copied for them (a short
   * one is walked again: cheaper than keeping and copying its matches).
   */
  match(text: string, tokens: Token[] = tokenize(text)): PhraseMatch<T>[] {
    if (tokens.length < KEEP_FROM_TOKENS) return this.walk(text, tokens);
    const kept = this.recent.get(tokens);
    if (kept && kept.text === text) return kept.found.map(copyMatch);
    const found = this.walk(text, tokens);
    if (this.recent.size >= RECENT_WALKS) this.recent.clear();
    this.recent.set(tokens, { text, found: found.map(copyMatch) });
    return found;
  }

  private readonly recent = new Map<Token[], { text: string; found: PhraseMatch<T>[] }>();

  private walk(text: string, tokens: Token[]): PhraseMatch<T>[] {
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

function copyMatch<T>(match: PhraseMatch<T>): PhraseMatch<T> {
  return { entry: match.entry, term: match.term, start: match.start, end: match.end, firstToken: match.firstToken, lastToken: match.lastToken };
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
  return isPossessive(word) ? node.next.get(word.slice(0, -2)) : undefined;
}

/** The word without a possessive "'s" ("amelia's" → "amelia"), as the walk reads a word it has no child for. */
export function withoutPossessive(word: string): string {
  return isPossessive(word) ? word.slice(0, -2) : word;
}

function isPossessive(word: string): boolean {
  const n = word.length;
  return n > 2 && word.charCodeAt(n - 1) === SMALL_S && word.charCodeAt(n - 2) === APOSTROPHE;
}

/**
 * A node of a group's joint trie: each member's ends and prefixes, tagged with the member. Built as the walks
 * reach it, from the members' nodes it joins (one per member, undefined where a member's trie has no such
 * path): a one-paragraph post builds the few nodes its words reach, not the whole joint trie.
 */
interface JointNode {
  sources: (TrieNode<unknown> | undefined)[];
  /** The joint child on each word asked for that some member has a child on; null: none has. */
  next: Map<string, JointNode | null>;
  /**
   * For a possessive word k whose child differs when reached from a word "k's" (no member then takes
   * a second "'s" off): that child, else null. Rare (a lexicon phrase with a possessive word in it).
   */
  viaStem?: Map<string, JointNode | null>;
  /** No member has a child or a prefix here: the walk stops. */
  leaf: boolean;
  ends: { member: number; entry: unknown; term: string; caseSensitive: boolean }[];
  prefixes: { member: number; prefix: string; entry: unknown; term: string }[];
}

// Kept on the segment, like its words (segmentWords): not on the token array, whose shape every
// reader of the words would then see change.
const GROUP_MATCHES = Symbol('groupMatches');
type GroupMatches = { group: PhraseGroup; text: string; tokens: Token[]; matches: readonly PhraseMatch<unknown>[][] };
/** A segment's joint walk and the members (a bit each) that have read it. */
type SegmentMatches = { kept: GroupMatches; served: number };
type WithGroupMatches = { readonly text: string; [GROUP_MATCHES]?: SegmentMatches | undefined };
/** Members beyond this many are never marked as served (their segment's walk is then kept). */
const MAX_TRACKED_MEMBERS = 30;
/** Joint walks kept for the token arrays of the last few texts walked (see `shared`). */
const RECENT_WALKS = 512;
/** Texts of fewer words are walked again rather than kept by PhraseMatcher.match. */
const KEEP_FROM_TOKENS = 64;

/**
 * Phrase matchers that several rules run over the same segment texts (one per rule: confidential,
 * grievance, solicitation, endorsement). Walking each matcher's trie over every word of a post looks
 * every word up once per matcher; the group walks one trie joining theirs, once per text, and hands
 * each matcher exactly the matches its own walk gives (in the same order).
 */
export class PhraseGroup {
  private readonly members: PhraseMatcher<Matchable>[] = [];
  private joint: JointNode | undefined;
  private empty: readonly PhraseMatch<unknown>[][] | undefined;
  private readonly recent = new Map<Token[], GroupMatches>();

  /** The walk of a text that matches nothing: shared (matchFor hands out copies), one per member count. */
  private noMatches(): PhraseMatch<unknown>[][] {
    return (this.empty ??= Object.freeze(this.members.map(() => Object.freeze([]) as unknown as PhraseMatch<unknown>[]))) as PhraseMatch<unknown>[][];
  }

  /** @internal Called by PhraseMatcher's constructor: the new member's index. */
  join(matcher: PhraseMatcher<Matchable>): number {
    this.members.push(matcher);
    this.joint = undefined;
    this.empty = undefined;
    return this.members.length - 1;
  }

  /**
   * @internal The matches of member `member` on the segment, from the joint walk kept on the segment
   * (the first member to ask walks), as a new array each time: callers sort theirs. Segments of a
   * post with the same text (sameText) share one walk.
   */
  matchFor(member: number, segment: { readonly text: string }, tokens: Token[]): PhraseMatch<unknown>[] {
    const same = sameText(segment);
    const holder = segment as WithGroupMatches;
    let record = same ? (same.walk as SegmentMatches | undefined) : holder[GROUP_MATCHES];
    const kept = record?.kept;
    if (!record || !kept || kept.group !== this || kept.tokens !== tokens || kept.text !== segment.text || member >= kept.matches.length) {
      record = { kept: this.shared(segment.text, tokens), served: 0 };
      if (same) same.walk = record;
      else holder[GROUP_MATCHES] = record;
    }
    const found = record.kept.matches[member]!;
    // The lists of a walk that matched nothing are frozen (noMatches), and slicing a frozen array
    // takes V8's slow path: most segments match nothing.
    const matches = found.length === 0 ? [] : found.slice();
    // Rules read a long post segment by segment, one rule after another: the walk of a text the post
    // has once is kept for the others only until every member has read it, so a post's matches are
    // not all held at once (a member asking again later walks again, with the same result). The
    // walk of a repeated text stays with its segments.
    if (!same?.repeated && member < MAX_TRACKED_MEMBERS) {
      record.served |= 1 << member;
      const all = this.members.length;
      if (all <= MAX_TRACKED_MEMBERS && record.served === (1 << all) - 1) {
        if (same) same.walk = undefined;
        else holder[GROUP_MATCHES] = undefined;
      }
    }
    return matches;
  }

  /**
   * The joint walk over these tokens of this text. Long segments of the same text share their word
   * tokens (segmentWords), so a walk of the last few hundred long token arrays is kept for them too.
   */
  private shared(text: string, tokens: Token[]): GroupMatches {
    if (tokens.length < KEEP_FROM_TOKENS) return { group: this, text, tokens, matches: this.walk(text, tokens) };
    const recent = this.recent.get(tokens);
    if (recent && recent.text === text && recent.matches.length === this.members.length) return recent;
    const kept = { group: this, text, tokens, matches: this.walk(text, tokens) };
    if (this.recent.size >= RECENT_WALKS) this.recent.clear();
    this.recent.set(tokens, kept);
    return kept;
  }

  /** PhraseMatcher.match for every member at once, on the joint trie. */
  private walk(text: string, tokens: Token[]): readonly PhraseMatch<unknown>[][] {
    const root = (this.joint ??= jointNode(this.members.map((m) => m.root as TrieNode<unknown>)));
    // Most texts match nothing: their result is one shared, never modified, array of empty arrays.
    let found: PhraseMatch<unknown>[][] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      if (root.prefixes.length > 0) found = jointPrefixMatches(root, first, i, i, tokens, found, this.members.length);
      let current: JointNode | undefined = jointNext(root, first.norm);
      for (let j = i; current; ) {
        const token = tokens[j]!;
        if (current.ends.length > 0) {
          for (const { member, entry, term, caseSensitive } of current.ends) {
            if (caseSensitive && text.slice(first.start, token.end) !== term) continue;
            found ??= this.members.map(() => []);
            found[member]!.push({ entry, term, start: first.start, end: token.end, firstToken: i, lastToken: j });
          }
        }
        if (++j >= tokens.length) break;
        const next = tokens[j]!;
        if (current.leaf) break;
        if (!adjacent(text, token, next)) break;
        if (current.prefixes.length > 0) found = jointPrefixMatches(current, next, i, j, tokens, found, this.members.length);
        current = jointNext(current, next.norm);
      }
    }
    return found ?? this.noMatches();
  }
}

/** The joint node of the members' nodes (one per member, undefined where a member's trie has no such path). */
function jointNode(sources: (TrieNode<unknown> | undefined)[]): JointNode {
  const node: JointNode = { sources, next: new Map(), leaf: true, ends: [], prefixes: [] };
  sources.forEach((n, member) => {
    if (!n) return;
    for (const end of n.ends) node.ends.push({ member, ...end });
    for (const prefix of n.prefixes) node.prefixes.push({ member, ...prefix });
    if (n.next.size > 0 || n.prefixes.length > 0) node.leaf = false;
  });
  return node;
}

/**
 * Where the joint walk goes from `node` on `word`, as every member's walk goes: a member takes its child on
 * the word, else (the word possessive) its child on the word without "'s". The joint child on a word some
 * member has joins exactly those; on a word none has, the walk reads it without its "'s".
 */
function jointNext(node: JointNode, word: string): JointNode | undefined {
  const own = unionChild(node, word);
  if (own || !isPossessive(word)) return own;
  const stem = word.slice(0, -2);
  return viaStemChild(node, stem) ?? unionChild(node, stem);
}

/** The joint child on a word that some member has a child on (built and kept on first use), else undefined. */
function unionChild(node: JointNode, word: string): JointNode | undefined {
  let child = node.next.get(word);
  if (child === undefined) {
    child = node.sources.some((n) => n?.next.has(word)) ? jointNode(node.sources.map((n) => (n ? (n.next.get(word) ?? possessiveChild(n, word)) : undefined))) : null;
    node.next.set(word, child);
  }
  return child ?? undefined;
}

/** For a possessive word k some member has: the joint child of the members' own children on k, where that differs from unionChild's. */
function viaStemChild(node: JointNode, word: string): JointNode | undefined {
  if (!isPossessive(word)) return undefined;
  let child = node.viaStem?.get(word);
  if (child === undefined) {
    child = null;
    if (node.sources.some((n) => n?.next.has(word))) {
      const plain = node.sources.map((n) => n?.next.get(word));
      if (plain.some((c, member) => c !== (node.sources[member] ? (node.sources[member]!.next.get(word) ?? possessiveChild(node.sources[member]!, word)) : undefined))) child = jointNode(plain);
    }
    (node.viaStem ??= new Map()).set(word, child);
  }
  return child ?? undefined;
}

/** `found`, made when the first match is (for `members` members). */
function jointPrefixMatches(
  node: JointNode,
  token: Token,
  i: number,
  j: number,
  tokens: Token[],
  found: PhraseMatch<unknown>[][] | undefined,
  members: number,
): PhraseMatch<unknown>[][] | undefined {
  for (const { member, prefix, entry, term } of node.prefixes) {
    if (!token.norm.startsWith(prefix)) continue;
    found ??= Array.from({ length: members }, () => []);
    found[member]!.push({ entry, term, start: tokens[i]!.start, end: token.end, firstToken: i, lastToken: j });
  }
  return found;
}

export { normaliseWord };
