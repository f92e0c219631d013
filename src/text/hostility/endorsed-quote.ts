// A quotation the writer agrees with (hate10): '"X make me sick" - this, exactly this.', "Quote: 'X ruin
// everything they touch.' Hard to argue with, tbh." A reply that quotes a remark and endorses it makes the remark
// its own; quotation marks then soften nothing.
import type { PhraseMatch } from '../../lexicons/matcher.js';
import type { HostileToken as Token } from '../deobfuscate.js';
import type { Term } from './types.js';

/** Words that may stand beside an agreement in its clause: "exactly this tbh", "so true mate", "yep, 100%". */
const AGREEMENT_FILLER = new Set(['tbh', 'tbf', 'honestly', 'mate', 'lol', 'lmao', 'so', 'just', 'and', 'yes', 'yeah', 'totally', 'completely', 'absolutely', 'really', 'this', 'exactly', '100', 'percent', 'per', 'cent', 'oh', 'well', 'very', 'all', 'the', 'way', 'ngl', 'fr']);
/** What ends a clause between two words. */
const CLAUSE_GAP = /[,.;:!?—–"“”‘’()]|\s-\s|^\s*'|'\s*$/;

/**
 * Whether the text endorses a quotation in it: an agreement (the `agreement` word class) outside every quotation,
 * standing as a clause of its own with at most filler words beside it, and no counter-speech anywhere in the text
 * ("'X are vermin' - no. Just no." has no agreement; "Agreed, and saying 'X are vermin' is hate" has counter-speech).
 */
export function quoteEndorsed(matches: PhraseMatch<Term>[], quotes: [number, number][][], tokens: Token[], text: string): boolean {
  if (quotes.every((list) => list.length === 0)) return false;
  if (matches.some((m) => m.entry.role === 'counter')) return false;
  const inQuote = (at: number) => quotes.some((list) => list.some(([from, to]) => from <= at && at < to));
  const gapAt = (k: number) => (k < 0 || k >= tokens.length - 1 ? true : CLAUSE_GAP.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)));
  return matches.some((m) => {
    if (m.entry.role !== 'agreement' || inQuote(m.start)) return false;
    let first = m.firstToken;
    while (first > 0 && !gapAt(first - 1) && AGREEMENT_FILLER.has(tokens[first - 1]!.norm)) first--;
    let last = m.lastToken;
    while (last < tokens.length - 1 && !gapAt(last) && AGREEMENT_FILLER.has(tokens[last + 1]!.norm)) last++;
    return gapAt(first - 1) && gapAt(last);
  });
}
