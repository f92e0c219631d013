// A vice said to be born into the group (hate10): "Violence comes naturally to X, it's in the blood", "Thieving is
// in their blood, X", "Deceit is second nature to that lot", "X always lie, it is in their nature".
import type { Hit, Identity } from './types.js';
import type { Sentence } from './judge-sentence.js';
import { negated } from './judge-negation.js';

/** What an essence word may say is born into the group: a vice named, a negative attribute, a bad habit, an insult. */
const VICE_ROLES = new Set(['vice', 'attribute', 'conduct', 'stereotype']);

/**
 * The group an essence word ("in their blood", "second nature to", "comes naturally to") says a vice is born into:
 * a vice in the same sentence, not denied ("Violence is not in their nature"), and a group named there (or the
 * group "their" stands for). Never a gift ("Music is in their blood"): no vice, no remark.
 */
export function essenceOf(s: Sentence, hit: Hit): Identity | undefined {
  if (negated(s, hit)) return undefined;
  const vice = s.hits.some((h) => h !== hit && (VICE_ROLES.has(h.role) || (h.role === 'word' && h.term.category === 'insult')) && !negated(s, h));
  if (!vice) return undefined;
  return s.groups.find((g) => !g.place && !g.pronoun) ?? s.groups.find((g) => !g.place);
}

/** Between an oath and the group it is said over: "Screw the X", "Damn all these X". */
const OATH_GAP = new Set(['the', 'all', 'these', 'those', 'them', 'you', 'every', 'bloody']);
/** What may open the clause before an oath: "Honestly, screw the X", "Oh damn X". */
const OATH_LEAD = new Set(['honestly', 'tbh', 'oh', 'well', 'so', 'and', 'just', 'frankly', 'seriously', 'ngl', 'i', 'say']);

/**
 * The group a mild oath is said over as an exclamation (hate10): "Screw the X, I'm done being nice", "Damn X think the
 * world owes them a living", "To hell with X" — the oath opening its clause (after fillers) and the group right after
 * it. Not "screw the hinge to the door" (no group), "Damn, the X team won" (a comma between), nor denied.
 */
export function oathAt(s: Sentence, hit: Hit): Identity | undefined {
  let k = hit.match.firstToken - 1;
  while (k >= s.sentenceTokens[0] && OATH_LEAD.has(s.tokens[k]!.norm) && !/[,;:—–]/.test(s.text.slice(s.tokens[k]!.end, s.tokens[k + 1]!.start))) k--;
  if (k >= s.sentenceTokens[0] && !/[,;:—–]/.test(s.text.slice(s.tokens[k]!.end, s.tokens[k + 1]!.start))) return undefined;
  let j = hit.match.lastToken + 1;
  if (/[^\s]/.test(s.text.slice(s.tokens[hit.match.lastToken]!.end, s.tokens[j]?.start ?? s.text.length))) return undefined;
  while (j <= s.sentenceTokens[1] && OATH_GAP.has(s.tokens[j]!.norm) && !s.groups.some((g) => g.first === j)) j++;
  if (negated(s, hit)) return undefined;
  // The people themselves, in the plural and not a word before a thing of theirs: not "Screw the Muslim prayer room sign
  // to the wall", "the refugees' hampers".
  return s.groups.find((g) => {
    if (g.place || g.pronoun || g.first !== j) return false;
    const head = s.tokens[g.last]!.norm;
    const after = s.text.slice(s.tokens[g.last]!.end, s.tokens[g.last + 1]?.start ?? s.text.length);
    return (head.endsWith('s') || PLURAL_PEOPLE.has(head)) && !/^['’]/.test(after) && (g.last === s.sentenceTokens[1] || /[^\s]/.test(after) || !/^[a-z]+$/.test(s.tokens[g.last + 1]!.norm) || !NOUN_AFTER.test(s.tokens[g.last + 1]!.norm));
  });
}
const PLURAL_PEOPLE = new Set(['people', 'women', 'men', 'folk', 'children']);
/** A word after the group that may be a noun it describes ("Muslims' … ", "refugee hampers"): a plural or a thing. */
const NOUN_AFTER = /^(?!(?:are|is|was|were|has|have|had|think|thinks|want|wants|can|will|should|never|always|and|or|all|too|everywhere|again|lot)$)[a-z]+s$/;
