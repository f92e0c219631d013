// describedInList: a list of bad qualities set beside a group rather than said of it with a verb (hate8):
// "Grasping and sneaky, that's X for you", "Selfish, violent and dishonest. That is X in three words.",
// "Thick, the whole bunch of X", "You can always spot a X, loud, rude and thick", "X? Dirty, loud and rude."
import type { Hit, Identity } from './types.js';
import type { Sentence } from './judge-sentence.js';
import { negated } from './judge-negation.js';

/** What may stand in such a list: bad qualities, names and stereotypes ("loud"). */
const LISTABLE = new Set<Hit['role']>(['attribute', 'dehumanising', 'word', 'stereotype']);
/** What the list may be about: the describing roles ("loud" alone says nothing bad). */
const DESCRIBING = new Set<Hit['role']>(['attribute', 'dehumanising', 'word']);
/** Between the items of a list, besides commas: "lazy and grasping", "proper thick, rude". */
const LIST_GAP = new Set(['and', '&', 'or', 'plus', 'so', 'very', 'really', 'proper', 'utterly', 'totally', 'completely', 'just', 'always', 'bone', 'dead']);
/** Summing the list up before the group: "that's X", "that is X", "that sums up X", "this is X". */
const SUMMING_OPEN = new Set(["that's", 'thats', 'that', 'this', "this's", 'sums', 'describes']);
const SUMMING_REST = new Set(['is', 'sums', 'up', 'describes', 'about', 'all', 'pretty', 'much', 'basically', 'just', 'you']);
/** The whole group summed up after one quality: "the whole bunch of", "the lot of them", "every one of". */
const WHOLE = new Set(['lot', 'bunch', 'every', 'all', 'whole', 'load']);
const WHOLE_GAP = new Set(['the', 'whole', 'lot', 'bunch', 'load', 'of', 'them', 'all', 'every', 'single', 'one', 'last', 'those', 'these', 'a']);

const THEM = new Set(['them', 'em', "'em"]);

interface List {
  first: number;
  last: number;
  items: number;
}

/** The list the hit stands in: describing or stereotyping matches next to one another over commas and "and". */
function listAround(s: Sentence, hit: Hit): List {
  const items = s.hits.filter((h) => LISTABLE.has(h.role) && !h.fuzzy && h.match.firstToken >= s.sentenceTokens[0] && h.match.lastToken <= s.sentenceTokens[1]).sort((a, b) => a.match.firstToken - b.match.firstToken);
  const joined = (a: Hit, b: Hit) => {
    if (b.match.firstToken <= a.match.lastToken) return true;
    const gap = s.tokens.slice(a.match.lastToken + 1, b.match.firstToken);
    const between = s.text.slice(s.tokens[a.match.lastToken]!.end, s.tokens[b.match.firstToken]!.start);
    return gap.length <= 2 && gap.every((t) => LIST_GAP.has(t.norm)) && (/,/.test(between) || gap.some((t) => t.norm === 'and' || t.norm === '&' || t.norm === 'or'));
  };
  let at = items.indexOf(hit);
  let from = at;
  while (from > 0 && joined(items[from - 1]!, items[from]!)) from--;
  while (at < items.length - 1 && joined(items[at]!, items[at + 1]!)) at++;
  let count = 0;
  let end = -1;
  for (const h of items.slice(from, at + 1)) {
    if (h.match.firstToken > end) count++;
    end = Math.max(end, h.match.lastToken);
  }
  return { first: items[from]!.match.firstToken, last: end, items: count };
}

/** The group starting at `k`, in this sentence or (for a sentence that is only a list) the next one. */
function groupAt(s: Sentence, k: number): Identity | undefined {
  for (const list of [s.groups, s.identityBySentence.get(s.id + 1) ?? []]) {
    const g = list.find((o) => !o.place && !o.pronoun && o.first === k);
    if (g) return g;
  }
  return undefined;
}

/** The group a list of bad qualities is set beside, if any. */
export function describedInList(s: Sentence, hit: Hit): Identity | undefined {
  if (!DESCRIBING.has(hit.role) || hit.fuzzy || s.question || negated(s, hit)) return undefined;
  if (hit.role === 'word' && hit.term.category !== 'insult') return undefined;
  const list = listAround(s, hit);
  const [first, last] = s.sentenceTokens;
  if (list.first === first) {
    // The list opens the sentence; then "that's X", "that is X", also in the next sentence.
    let k = list.last + 1;
    if (SUMMING_OPEN.has(s.tokens[k]?.norm ?? '')) {
      k++;
      while (k - list.last <= 5 && SUMMING_REST.has(s.tokens[k]?.norm ?? '')) k++;
      while (k - list.last <= 7 && WHOLE_GAP.has(s.tokens[k]?.norm ?? '')) k++;
      const g = list.items >= 2 ? groupAt(s, k) : undefined;
      if (g) return g;
    }
    // "Thick, the whole bunch of X", "Greedy, the whole lot of them, X …": one quality, then the whole group.
    k = list.last + 1;
    let whole = false;
    for (; k <= last && k - list.last <= 7 && WHOLE_GAP.has(s.tokens[k]!.norm); k++) if (WHOLE.has(s.tokens[k]!.norm)) whole = true;
    const g = whole && s.groups.find((o) => !o.place && !o.pronoun && o.first === k);
    if (g) return g;
  }
  // "Cant go to the shop without seeing X, all disgusting": one quality after the group, a comma and "all".
  let b = list.first - 1;
  let whole = false;
  for (; b > first && list.first - b <= 4 && WHOLE_GAP.has(s.tokens[b]!.norm); b--) if (WHOLE.has(s.tokens[b]!.norm)) whole = true;
  const before = whole && s.groups.find((o) => !o.place && !o.pronoun && o.last === b);
  if (before && /^\s*,\s*$/.test(s.text.slice(s.tokens[before.last]!.end, s.tokens[before.last + 1]!.start))) return before;
  // "Saw the X lot down the precinct, filthy the lot of em": the quality, then the whole of them, ending the sentence.
  let e = list.last + 1;
  whole = false;
  for (; e <= last && e - list.last <= 5 && (WHOLE_GAP.has(s.tokens[e]!.norm) || THEM.has(s.tokens[e]!.norm)); e++) if (WHOLE.has(s.tokens[e]!.norm)) whole = true;
  if (whole && e > last && THEM.has(s.tokens[last]!.norm)) {
    const earlier = s.groups.find((o) => !o.place && !o.pronoun && o.last < list.first);
    if (earlier) return earlier;
  }
  if (list.items < 2) return undefined;
  // "You can always spot a X, loud, rude and thick": the list ends the sentence, right after the group and a comma.
  // "X? Dirty, loud and rude.": right after a sentence that is only the group.
  if (list.last === last || /^\s*[,.!]/.test(s.text.slice(s.tokens[list.last]!.end))) {
    const beside = [...s.groups, ...(s.identityBySentence.get(s.id - 1) ?? [])].find((o) => !o.place && !o.pronoun && o.last === list.first - 1);
    if (beside && /^\s*[,?:—–-]\s*$/.test(s.text.slice(s.tokens[beside.last]!.end, s.tokens[list.first]!.start))) return beside;
  }
  return undefined;
}
