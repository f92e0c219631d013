import type { Suppression } from '../core/types.js';
import { firstAtOrAfter, lastAtOrBefore } from '../core/search.js';

/** `<!-- audit-ignore text/derogatory, text/grievance: reason -->` (or `audit-ignore-file`). */
const COMMENT = /<!--\s*audit-ignore(-file)?\b([\s\S]*?)-->/g;

export interface ParsedSuppression {
  ruleIds: string[];
  reason: string;
  wholeFile: boolean;
  offset: number;
  end: number;
}

export function findSuppressionComments(text: string, base = 0): ParsedSuppression[] {
  const found: ParsedSuppression[] = [];
  for (const match of text.matchAll(COMMENT)) {
    const body = match[2]!.trim();
    const colon = body.indexOf(':');
    const ids = (colon === -1 ? body : body.slice(0, colon)).split(/[\s,]+/).filter(Boolean);
    const reason = colon === -1 ? '' : body.slice(colon + 1).trim();
    found.push({
      ruleIds: ids,
      reason,
      wholeFile: match[1] !== undefined,
      offset: base + match.index,
      end: base + match.index + match[0].length,
    });
  }
  return found;
}

export function toSuppressions(parsed: ParsedSuppression, start: number, end: number): Suppression[] {
  return parsed.ruleIds.map((ruleId) => ({ ruleId, reason: parsed.reason, start, end, offset: parsed.offset }));
}

/**
 * Answers, for a finding of `ruleId` at source `offset`, what
 * `suppressions.find((s) => s.ruleId === ruleId && s.reason !== '' && offset >= s.start && offset < s.end)`
 * answers — the first such suppression in post order — in O(log n) instead of O(n) per finding
 * (20,000 suppressed findings against 20,000 comments took about 12 s).
 *
 * Per rule, the starts and ends of its suppressions cut the source into elementary ranges; every
 * offset in one range lies in the same suppressions, so each range is given the first of them in
 * post order once (suppressions are painted in post order, skipping ranges already painted), and a
 * lookup is a binary search for the range holding the offset.
 */
export function suppressionLookup<S extends Suppression>(suppressions: readonly S[]): (ruleId: string, offset: number) => S | undefined {
  const byRule = new Map<string, S[]>();
  for (const s of suppressions) {
    if (s.reason === '') continue;
    const list = byRule.get(s.ruleId);
    if (list) list.push(s);
    else byRule.set(s.ruleId, [s]);
  }
  const indexes = new Map<string, RangeIndex<S>>();
  return (ruleId, offset) => {
    const list = byRule.get(ruleId);
    if (!list) return undefined;
    let index = indexes.get(ruleId);
    if (!index) {
      index = buildRangeIndex(list);
      indexes.set(ruleId, index);
    }
    return index.at(offset);
  };
}

interface RangeIndex<S> {
  at(offset: number): S | undefined;
}

function buildRangeIndex<S extends Suppression>(list: readonly S[]): RangeIndex<S> {
  // A short list is searched as before: nothing to gain.
  if (list.length <= 8) return { at: (offset) => list.find((s) => offset >= s.start && offset < s.end) };
  const cuts = [...new Set(list.flatMap((s) => [s.start, s.end]))].filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
  // owner[k]: the first suppression (post order) covering [cuts[k], cuts[k + 1]).
  const owner = new Array<S | undefined>(cuts.length).fill(undefined);
  // next[k]: the first range at or after k that is not painted yet (path-halving union-find).
  const next = Int32Array.from({ length: cuts.length + 1 }, (_, k) => k);
  const find = (k: number) => {
    while (next[k] !== k) {
      next[k] = next[next[k]!]!;
      k = next[k]!;
    }
    return k;
  };
  for (const s of list) {
    if (!(s.start < s.end)) continue; // covers no offset
    const from = firstAtOrAfter(cuts, s.start);
    const to = firstAtOrAfter(cuts, s.end); // ranges from..to-1 make up [start, end)
    for (let k = find(from); k < to; k = find(k)) {
      owner[k] = s;
      next[k] = k + 1;
    }
  }
  return {
    at(offset) {
      if (!(offset >= cuts[0]!)) return undefined; // before every suppression, or NaN
      return owner[lastAtOrBefore(cuts, offset)];
    },
  };
}
