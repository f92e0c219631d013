// What everyone is said to know the group is like (hate11): "You know what X are like", "We all know what X are like.",
// "Everyone knows how X are" — a stock insinuation that leaves the fault unsaid. The `knowing` terms of
// lexicons/hostility.yaml open it; the group follows, in general (not "our X"), then "are like" or "are", and the
// clause ends there. Not asked ("Do you know what X are like at Eid?"), nor with what they are like said after it
// ("You know what X are like: first to help").
import type { Hit, Identity } from './types.js';
import type { Sentence } from './judge-sentence.js';

const GROUP_LEAD = new Set(['the', 'these', 'those', 'all']);
const BE_LIKE = new Set(['are', "'re", 're', 'is', 'get', 'can', 'be']);

export function knownToBeLike(s: Sentence, hit: Hit): Identity | undefined {
  if (s.question) return undefined;
  let at = hit.match.lastToken + 1;
  while (at - hit.match.lastToken <= 2 && GROUP_LEAD.has(s.tokens[at]?.norm ?? '')) at++;
  const g = s.groups.find((o) => !o.place && !o.pronoun && o.first === at);
  if (!g) return undefined;
  let k = g.last + 1;
  if (!BE_LIKE.has(s.tokens[k]?.norm ?? '')) return undefined;
  if (s.tokens[k]!.norm === 'can' && s.tokens[k + 1]?.norm === 'be') k++;
  if (s.tokens[k + 1]?.norm === 'like') k++;
  // The clause ends there: the sentence's end, or a stop, a comma or a dash after it with nothing said of them.
  const after = s.text.slice(s.tokens[k]!.end, s.tokens[k + 1]?.start ?? s.text.length);
  if (/[:—–-]/.test(after)) return undefined;
  return k === s.sentenceTokens[1] || /[.!,;…]/.test(after) ? g : undefined;
}
