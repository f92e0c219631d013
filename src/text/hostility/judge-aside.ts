// A remark made in a relative clause set off by commas, about the group the clause hangs on (hate7):
// "Anyone who rents to X, who are basically criminals, …", "The X that moved onto our street, who are all
// filthy, have wrecked the gardens". The clause's "who" is the group right before its comma, or the group
// whose own restrictive clause ("that moved onto our street") runs up to it.
import type { Hit, Identity } from './types.js';
import type { Sentence } from './judge-sentence.js';
import { PERSONISH, RELATIVE_AFTER_SUBJECT } from './vocabulary.js';

/** "who are", "who're", "who were", "who is": the aside says what they are. */
const ASIDE_OPENING = new Set(['who', "who're", "who's", 'whore']);
const ASIDE_COPULA = new Set(['are', 'is', 'were', 'was', 'be']);
/** Between the copula and the hostile word: quantifiers, hedges and articles, nothing that reports or doubts ("said to be", "called"). */
const ASIDE_GAP = new Set(['all', 'basically', 'just', 'mostly', 'clearly', 'obviously', 'frankly', 'honestly', 'literally', 'nothing', 'but', 'such', 'so', 'a', 'an', 'the', 'total', 'complete', 'absolute', 'utter', 'bunch', 'of', 'lot', 'pack', 'load', 'loads', 'always', 'really', 'simply', 'little', 'more', 'than', 'every', 'one', 'them', 'as', 'far', 'i', 'can', 'tell', "i'm", 'concerned', 'let', "let's", 'face', 'it', 'be', 'honest', 'filthy', 'dirty']);
/** Most words of a place after the group before the aside's comma ("next door", "on our street", "at my work"). */
const PLACE_WORDS = 4;
const PLACE_LEAD = new Set(['next', 'on', 'at', 'in', 'from', 'across', 'round', 'around', 'near', 'opposite', 'upstairs', 'downstairs', 'above', 'below', 'behind', 'down', 'up']);
/** Most words of a restrictive clause between the group and the aside's comma. */
const OWN_CLAUSE_WORDS = 8;

export function saidInAside(s: Sentence, hit: Hit): Identity | undefined {
  const first = hit.match.firstToken;
  if (!s.aside.has(first)) return undefined;
  let open = first;
  while (open - 1 >= s.sentenceTokens[0] && s.aside.has(open - 1)) open--;
  const norm = (k: number) => s.tokens[k]?.norm ?? '';
  let k = open + 1;
  if (!ASIDE_OPENING.has(norm(open))) return undefined;
  if (norm(open) === 'who') {
    if (!ASIDE_COPULA.has(norm(k))) return undefined;
    k++;
  }
  for (; k < first; k++) if (!ASIDE_GAP.has(norm(k))) return undefined;
  const before = open - 1;
  return s.groups.find((g) => {
    if (g.place || g.pronoun || g.last > before) return false;
    const end = PERSONISH.has(norm(g.last + 1)) ? g.last + 1 : g.last;
    if (end === before) return true;
    // A place after the group, up to the comma (hate9): "The X next door, who …", "The X on our street, who …".
    if (before - end <= PLACE_WORDS && PLACE_LEAD.has(norm(end + 1)) && !/[,;:—–.!?"“”]/.test(s.text.slice(s.tokens[end]!.end, s.tokens[before]!.start))) return true;
    // Its own clause up to the comma, unbroken: "The X that moved onto our street, who …".
    if (!RELATIVE_AFTER_SUBJECT.has(norm(end + 1)) || before - end > OWN_CLAUSE_WORDS) return false;
    return !/[,;:—–.!?"“”]/.test(s.text.slice(s.tokens[end]!.end, s.tokens[before]!.end));
  });
}
