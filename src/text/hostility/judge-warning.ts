// A conditional threat (hate11): "Come near my kids again, X, and you'll regret it", "Keep it up, X, or you'll be
// sorry" — an order to keep away or to stop, then "and"/"or" and a consequence warned of (WARNED_OFF in
// vocabulary.ts), said to someone addressed by their group (addressedGroup in judge-links.ts). Not advice: "Book now,
// X families, or you'll regret it", "Come to the fair and you won't regret it".
import type { Hit } from './types.js';
import type { Sentence } from './judge-sentence.js';

/** Orders to keep away or stop, by their first word and the one after it: "come near", "keep it up", "show your face". */
const KEEP_AWAY = new Map<string, Set<string>>([
  ['come', new Set(['near', 'round', 'around', 'back', 'anywhere', 'here', 'to'])],
  ['go', new Set(['near', 'anywhere'])],
  ['keep', new Set(['it', 'that', 'this', 'walking', 'looking', 'staring', 'talking', 'on', 'coming', 'parking'])],
  ['show', new Set(['your', 'ur'])],
  ['set', new Set(['foot'])],
  ['step', new Set(['foot', 'near', 'inside', 'on'])],
  ['try', new Set(['it', 'that', 'this', 'anything'])],
  ['touch', new Set(['my', 'our', 'me'])],
  ['lay', new Set(['a'])],
  ['look', new Set(['at'])],
  ['say', new Set(['that', 'one', 'another'])],
  ['open', new Set(['your', 'ur'])],
  ['park', new Set(['there', 'here', 'outside', 'on', 'in'])],
  ['do', new Set(['that', 'it'])],
]);
/** Words that may stand before the order: "just come near …", "you come near …", "go on, try it". */
const ORDER_LEAD = new Set(['just', 'you', 'ever', 'dare', 'again', 'on']);

/** The warning follows an order to keep away or stop, at the sentence's start or right after the group addressed. */
export function warnedOff(s: Sentence, hit: Hit): boolean {
  const [first] = s.sentenceTokens;
  const join = s.tokens[hit.match.firstToken - 1]?.norm;
  if (join !== 'and' && join !== 'or') return false;
  for (let k = first; k < hit.match.firstToken - 1; k++) {
    const seconds = KEEP_AWAY.get(s.tokens[k]!.norm);
    if (!seconds || !seconds.has(s.tokens[k + 1]?.norm ?? '')) continue;
    // The order opens the sentence, over a lead word, or opens what follows a comma ("X, come near my kids …").
    let j = k - 1;
    while (j >= first && ORDER_LEAD.has(s.tokens[j]!.norm)) j--;
    if (j < first || /[,;:—–]/.test(s.text.slice(s.tokens[j]!.end, s.tokens[j + 1]!.start))) return true;
  }
  return false;
}
