// A place spoiled by the group's coming (hate11): "Nice neighbourhood until the X showed up", "Used to be a good school
// before all the X started coming" — a good said of a place or time, then "until" or "before" and the group as the
// subject of an arrival (the `turn` terms of lexicons/hostility.yaml), which ends its clause. The decline is left
// unsaid; the arrival is what it is dated from.
// And the group's coming told as a flood ("X are pouring in"), only where the flood ends its clause (floodEndsClause).
import type { Hit, Identity } from './types.js';
import type { Sentence } from './judge-sentence.js';
import { negated } from './judge-negation.js';

/** What dates the turn: the time the good lasted "until" or "before". */
const TURNING = new Set(['until', 'till', 'til', 'before']);
/** Between the turning word and the group: "until the X", "before all these X". */
const GROUP_LEAD = new Set(['the', 'all', 'these', 'those', 'them', 'some', 'a', 'an', 'lots', 'of', 'loads', 'more']);
/** Between the group and its arrival: "until the X finally showed up", "before the X had moved in". */
const ARRIVAL_LEAD = new Set(['had', 'have', 'finally', 'all', 'started', 'began', 'just', 'suddenly']);
/**
 * Goods a place or a time had: "nice", "a good school", "lovely area". Not "quiet" (a quiet hall until the choir
 * arrived is livelier, not worse) nor "fine" (the weather).
 */
const PLACE_GOOD = new Set(['nice', 'good', 'lovely', 'decent', 'great', 'safe', 'safer', 'friendly', 'clean', 'pleasant', 'respectable', 'peaceful', 'nicer', 'better', 'happy', 'proper', 'posh', 'tidy', 'smart']);
/** After the arrival, words that still close its clause: "… showed up round here", "… moved in next door". */
const ARRIVAL_TAIL = new Set(['here', 'round', 'around', 'in', 'on', 'onto', 'into', 'to', 'our', 'my', 'the', 'this', 'that', 'street', 'road', 'estate', 'area', 'town', 'village', 'school', 'next', 'door', 'again', 'now', 'lol', 'tbh', 'basically', 'innit']);
/** A good brought by the arrival: "… until the X arrived and brought it to life", "… and made it even better". */
const GOOD_AFTER = new Set(['and', 'but', 'who', 'which', 'bringing', 'brought', 'making', 'made', 'with']);

/** The group whose arrival a spoiled good is dated from, for a `turn` hit (the arrival). */
export function spoiledByArrival(s: Sentence, hit: Hit): Identity | undefined {
  const [first, last] = s.sentenceTokens;
  if (s.question || negated(s, hit)) return undefined;
  // The group right before the arrival.
  let end = hit.match.firstToken - 1;
  while (end > first && ARRIVAL_LEAD.has(s.tokens[end]!.norm)) end--;
  const g = s.groups.find((o) => !o.place && !o.pronoun && o.last === end);
  if (!g) return undefined;
  // "until"/"before" right before it.
  let k = g.first - 1;
  while (k > first && GROUP_LEAD.has(s.tokens[k]!.norm)) k--;
  if (k < first || !TURNING.has(s.tokens[k]!.norm) || k === first) return undefined;
  // A good of the place before, not denied.
  let good = false;
  for (let j = Math.max(first, k - 8); j < k; j++) {
    // Not denied: "never a nice town until …" says the coming made it nice.
    if (PLACE_GOOD.has(s.tokens[j]!.norm) && ![1, 2, 3].some((d) => j - d >= first && DENIED.has(s.tokens[j - d]!.norm))) good = true;
  }
  if (!good) return undefined;
  // The arrival closes its clause: only words of place after it, then the sentence's end or a break.
  for (let j = hit.match.lastToken + 1; j <= last; j++) {
    if (/[,;:—–(]/.test(s.text.slice(s.tokens[j - 1]!.end, s.tokens[j]!.start))) break;
    const w = s.tokens[j]!.norm;
    if (GOOD_AFTER.has(w) || !ARRIVAL_TAIL.has(w)) return undefined;
  }
  return g;
}
const DENIED = new Set(['not', 'never', "wasn't", "weren't", 'no', "isn't"]);

/** The flood terms of the dehumanising class (hate11): "X are pouring in", "X keep flooding into our towns". */
export const FLOOD = /\b(?:pouring|flooding|streaming)\b/;
/** After a flood, only where to and how often: "… into our country every day", "… in, everywhere you look". */
const FLOOD_TAIL = new Set(['in', 'to', 'into', 'our', 'this', 'the', 'country', 'town', 'city', 'area', 'schools', 'school', 'estate', 'streets', 'every', 'day', 'week', 'year', 'now', 'again', 'everywhere', 'here', 'all', 'over', 'britain', 'england', 'uk', 'europe', 'by', 'the', 'thousand', 'thousands', 'hundreds', 'million', 'millions', 'daily', 'still', 'illegally', 'unchecked']);

/** The flood ends its clause: nothing after it but where to and how often, then the sentence's end or a break. */
export function floodEndsClause(s: Sentence, hit: Hit): boolean {
  for (let j = hit.match.lastToken + 1; j <= s.sentenceTokens[1]; j++) {
    if (/[,;:—–(]/.test(s.text.slice(s.tokens[j - 1]!.end, s.tokens[j]!.start))) return true;
    if (!FLOOD_TAIL.has(s.tokens[j]!.norm)) return false;
  }
  return true;
}
