// Where things are in a paragraph of text, asked many times about one paragraph by the text rules:
// which spans are already reported (TakenSpans) and where its sentences begin and end
// (SentenceBounds). Both answer from structures built once, so a long paragraph full of matches
// is not searched again for each one.
import { firstAtOrAfter, lastAtOrBefore } from '../core/search.js';

/**
 * Spans already reported, so that a later pattern does not report text an earlier one did. Answers
 * as `taken.some(([s, e]) => start < e && end > s)` over every span taken so far, but from a
 * per-character owner array (allocated at the first span), so that a check costs the length of the
 * span asked about rather than the number of spans taken: a paragraph of 100,000 phone numbers made
 * that quadratic (about 35 s). Spans no detector produces (empty, reversed, fractional or outside
 * the text) are answered by the old search over the list.
 */
export class TakenSpans {
  /** owner[i]: 1 + the number of the taken span covering character i, or 0. Taken spans never overlap. */
  private owner: Int32Array | undefined;
  private readonly spans: [number, number][] = [];
  /** A span the owner array cannot hold was taken: answer from the list from then on. */
  private listOnly = false;

  constructor(private readonly length: number) {}

  /** No span taken so far overlaps [start, end). */
  free(start: number, end: number): boolean {
    if (this.listOnly || !Number.isInteger(start) || !Number.isInteger(end) || start > end) {
      return !this.spans.some(([s, e]) => start < e && end > s);
    }
    if (!this.owner) return true;
    if (start === end) {
      // An empty span overlaps a taken one only strictly inside it: the characters either side are both its.
      if (start < 1 || start >= this.length) return true;
      const before = this.owner[start - 1]!;
      return before === 0 || before !== this.owner[start];
    }
    const to = Math.min(end, this.length);
    for (let i = Math.max(start, 0); i < to; i++) if (this.owner[i] !== 0) return false;
    return true;
  }

  /** Marks [start, end) as taken. Call only when free(start, end). */
  take(start: number, end: number): void {
    this.spans.push([start, end]);
    if (!Number.isInteger(start) || !Number.isInteger(end) || !(start < end) || start < 0 || end > this.length) {
      this.listOnly = true;
      return;
    }
    this.owner ??= new Int32Array(this.length);
    this.owner.fill(this.spans.length, start, end);
  }
}

/**
 * Sentence bounds in a text, found once (on first use) rather than by searching the text around each
 * match: in a paragraph with no sentence break, every lastIndexOf went back to its start and every
 * search to its end.
 */
export class SentenceBounds {
  /** Where a break begins, ascending. */
  private breaks: number[] | undefined;
  /** Where a sentence ends, ascending. */
  private ends: number[] | undefined;
  /** Where each pattern asked about by `has` matches (made at the first question: most texts get none). */
  private found: Map<RegExp, number[]> | undefined;

  /**
   * By default, as personal-data reads a sentence: it starts after the last ". ", "! ", "? " or
   * newline at or before the index and takes in the first [.!?] before a space or the end, or newline,
   * at or after it. `breakAt` and `endAt` are global patterns of one character each (lookahead for
   * the rest) so that every place is found; `endTakesIn` is 1 when the sentence includes its end.
   */
  constructor(
    private readonly text: string,
    private readonly breakAt: RegExp = /[.!?](?= )|\n/g,
    private readonly endAt: RegExp = /[.!?](?=\s|$)|\n/g,
    private readonly endTakesIn: 0 | 1 = 1,
  ) {}

  /** The start of the sentence holding `index`: as `max(text.lastIndexOf('. ', index), …) + 1` over the break strings. */
  start(index: number): number {
    this.breaks ??= positions(this.text, this.breakAt);
    const at = lastAtOrBefore(this.breaks, index);
    return at === -1 ? 0 : this.breaks[at]! + 1;
  }

  /**
   * The start of the sentence before `index` as `text.slice(0, index)` shows it: one past the last
   * break that ends at or before `index` (a ". " whose space is at `index` is not seen).
   */
  startBefore(index: number): number {
    this.breaks ??= positions(this.text, this.breakAt);
    let at = lastAtOrBefore(this.breaks, index - 1);
    if (at !== -1 && this.breaks[at] === index - 1 && this.text[index - 1] !== '\n') at--;
    return at === -1 ? 0 : this.breaks[at]! + 1;
  }

  /** The end (exclusive) of the sentence holding `index`: as `index + text.slice(index).search(end) + endTakesIn`, or the text's length. */
  end(index: number): number {
    this.ends ??= positions(this.text, this.endAt);
    const at = firstAtOrAfter(this.ends, index);
    return at === this.ends.length ? this.text.length : this.ends[at]! + this.endTakesIn;
  }

  /**
   * `pattern` (no g or y flag) matches in the sentence holding `index`: as
   * `pattern.test(text.slice(start(index), end(index)))`, for a pattern whose matches are made only of
   * letters, spaces and apostrophes (no lookaround but \b) and break and end characters that are
   * none of these. Such a match cannot take in a sentence's bounds (the break character before its
   * start, the character that ends it), so it lies wholly inside or wholly outside the sentence, and
   * a \b at a bound reads alike in the slice and in the text: the text is scanned once, and the
   * question becomes "does a match start in [start, end)" (the scan finds the first match of every
   * run of such characters that holds one).
   */
  has(pattern: RegExp, index: number): boolean {
    this.found ??= new Map();
    let starts = this.found.get(pattern);
    if (!starts) {
      starts = positions(this.text, new RegExp(pattern.source, pattern.flags + 'g'));
      this.found.set(pattern, starts);
    }
    const from = this.start(index);
    const at = firstAtOrAfter(starts, from);
    return at < starts.length && starts[at]! < this.end(index);
  }
}

/** Where each match of a global pattern starts (an empty match moves on by one). */
export function positions(text: string, pattern: RegExp): number[] {
  const out: number[] = [];
  for (const match of text.matchAll(pattern)) out.push(match.index);
  return out;
}

/**
 * Where the clause that runs up to `to` starts: just after the last ".", "!", "?" or line break in
 * text[from, to), else `from`. (The regex `/[^.!?\n]*$/` says the same but retries from every
 * position, quadratic in the distance.)
 */
export function afterLastStop(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a) return i + 1;
  }
  return from;
}
