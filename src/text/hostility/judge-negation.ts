// What denies a hostile or good word in a sentence, and what only looks like a denial: questions that ask
// for agreement, "without a doubt", "nothing is worse than", refusals by the speaker, feelings reported.
import type { Hit } from './types.js';
import {
  APPLYING, CLAUSE_OPENER, CONDUCT, COPULA, DESCRIPTIVE_NEGATION, DOUBT, EXPERIENCE, FEELING_VERB, FELT_SUBJECT, FILLER, LIKENING, MAKING, MODAL,
  NEGATION_REACH, NOT_A_NEGATION, NOTHING_DONE, PAST_AUXILIARY, PAST_NEGATION, REFUSER, REFUSER_MODAL, REFUSING_MODAL, RELATIVE, SCOPE_BREAK, SINGLE,
  SPEAKER, SPECIFIC, STUDYING, SUBJECT_NEGATION, SUPERLATIVE_SUBJECT, WH_WORD, WOULD_NOT, YES_NO_OPENER,
} from './vocabulary.js';
import type { Sentence } from './judge-sentence.js';
import { contactClause, inSentence, roleAt } from './judge-sentence.js';

/** Who a group is said to be no worse than, for that to deny the remark: anyone at all. */
const EVERYONE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'others', 'other', 'us', 'you']);

/** A modal before "never" wishes what follows ("X should never get …"). */
const WISHED_NEVER = new Set(['should', 'must', 'ought', 'shall']);

// A question's opening negation asks for agreement ("Isn't it …", "Why can't X just …"); it denies nothing.
// "How are X not disgusting?" asks the same of the negation right after the group.
export function howNot(s: Sentence, k: number) {
  return s.tokens[s.sentenceTokens[0]]!.norm === 'how' && ['are', 'is', 'were', 'was'].includes(s.tokens[s.sentenceTokens[0] + 1]?.norm ?? '') && s.tokens[k]!.norm === 'not' && s.groups.some((g) => !g.pronoun && (g.first === s.sentenceTokens[0] + 2 || (g.first === s.sentenceTokens[0] + 3 && ['a', 'an'].includes(s.tokens[s.sentenceTokens[0] + 2]!.norm))) && g.last === k - 1);
}

export function rhetorical(s: Sentence, k: number) {
  return k === s.sentenceTokens[0] || (k === s.sentenceTokens[0] + 1 && (WH_WORD.has(s.tokens[s.sentenceTokens[0]]!.norm) || s.tokens[s.sentenceTokens[0]]!.norm === 'who')) || howNot(s, k);
}

/**
 * "Why can't X behave like normal human beings?": asking why the group does not behave like the good
 * says it does not — unlike "Why can't X be treated like human beings?", which asks for it for them.
 * Where the question's negation stands, or -1.
 */
export function conductAsked(s: Sentence, hit: Hit) {
  const negation = s.sentenceTokens[0] + 1;
  if (!s.question || s.tokens[s.sentenceTokens[0]]!.norm !== 'why' || !roleAt(s, negation, 'negation')) return -1;
  for (let k = hit.match.firstToken - 1; k >= Math.max(negation + 2, hit.match.firstToken - 3); k--) {
    // The group is who behaves: named between the negation and the verb ("Why don't we act like decent human beings towards refugees?" is not about them).
    if (LIKENING.has(s.tokens[k]!.norm) && CONDUCT.has(s.tokens[k - 1]!.norm)) return s.groups.some((g) => g.first > negation && g.last < k - 1) ? negation : -1;
  }
  return -1;
}

// "without a doubt", "no doubt", "without question": certainty, not negation.
export function doubtless(s: Sentence, k: number) {
  return DOUBT.has(s.tokens[k + 1]?.norm ?? '') || (s.tokens[k + 1]?.norm === 'a' && s.tokens[k + 2]?.norm === 'doubt');
}

// "Nothing fills me with more hate than X", "Nobody is worse than X": the most, not a denial.
// "Nobody irritates me the way X do", "No one annoys me as much as X": the same comparison.
export function superlative(s: Sentence, k: number, hit: Hit) {
  if (!SUPERLATIVE_SUBJECT.has(s.tokens[k]!.norm)) return false;
  const after = s.tokens.slice(k + 1, Math.min(s.sentenceTokens[1] + 1, hit.match.lastToken + 4)).map((t) => t.norm);
  // "Nothing disgusts me like X do."
  const wider = s.tokens.slice(k + 1, Math.min(s.sentenceTokens[1] + 1, hit.match.lastToken + 7)).map((t) => t.norm);
  if (wider.includes('like') && (wider.includes('do') || wider.includes('does'))) return true;
  // "Nothing winds me up quite like X.": the group right after "like" (or "quite like").
  const like = wider.indexOf('like');
  if (like >= 0 && wider[like - 1] !== 'feel' && s.groups.some((g) => !g.pronoun && g.first > k && g.first - (k + 1 + like) >= 1 && g.first - (k + 1 + like) <= 2 && s.tokens.slice(k + 2 + like, g.first).every((t) => LIKE_LEAD.has(t.norm)))) return true;
  return after.includes('than') || after.some((w, i) => (w === 'the' && after[i + 1] === 'way') || (w === 'as' && (after[i + 1] === 'much' || after[i + 1] === 'many') && after[i + 2] === 'as'));
}

const LIKE_LEAD = new Set(['the', 'those', 'these', 'a', 'an', 'any', 'all']);

/**
 * A denial put first, the subject after its auxiliary (hate9): "Never once has a X done anything useful", "Not
 * once have X made this country better", "Never will a X be equal to us". The negation at `negation` opens the
 * sentence, perhaps "once" or "ever" after it, then an auxiliary, then the group (after an article or "one") as
 * its subject. Not the speaker as subject ("Never have I met a X …", "Never will I hire a X": told or refused).
 */
export function invertedDenial(s: Sentence, negation: number, g: { first: number; pronoun?: boolean }): boolean {
  if (g.pronoun || negation !== s.sentenceTokens[0] || !INVERTED_NEGATION.has(s.tokens[negation]!.norm)) return false;
  let k = negation + 1;
  if (INVERSION_ADVERB.has(s.tokens[k]?.norm ?? '')) k++;
  // "Not once": "not" alone does not invert ("Not all X are …").
  if (s.tokens[negation]!.norm === 'not' && k === negation + 1) return false;
  if (!INVERSION_AUXILIARY.has(s.tokens[k]?.norm ?? '')) return false;
  k++;
  if (INVERSION_DETERMINER.has(s.tokens[k]?.norm ?? '')) k++;
  return g.first === k;
}
const INVERTED_NEGATION = new Set(['never', 'not', 'nor']);
const PASSIVE_AFTER = new Set(['been', 'being', 'be', 'got', 'gotten']);
const INVERSION_ADVERB = new Set(['once', 'ever', 'before', 'yet']);
const INVERSION_AUXILIARY = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'will', 'would', 'is', 'are', 'was', 'were', 'can', 'could', 'shall', 'should']);
const INVERSION_DETERMINER = new Set(['a', 'an', 'the', 'any', 'one', 'single']);

/** Where the negation before a hit stands, or -1. */
export function negationOf(s: Sentence, hit: Hit) {
  // A group of two words counts as one: "No transgender person will ever be a proper parent".
  let reach = NEGATION_REACH;
  for (const g of s.groups) if (!g.pronoun && g.last < hit.match.firstToken && g.first >= hit.match.firstToken - reach - 1) reach += g.last - g.first;
  // "Never once has a X done …": the inverted words before the group count as one with it.
  const opening = s.sentenceTokens[0];
  if (INVERTED_NEGATION.has(s.tokens[opening]!.norm) && hit.match.firstToken > opening) {
    // Only for what the group itself does or is, close after it — not a passive ("Never has a X been made to feel welcome").
    for (const g of s.groups) if (g.last < hit.match.firstToken && hit.match.firstToken - g.last <= 4 && !PASSIVE_AFTER.has(s.tokens[g.last + 1]?.norm ?? '') && invertedDenial(s, opening, g)) reach = Math.max(reach, hit.match.firstToken - opening);
  }
  // "Not a single X is …", "Not one X has ever …": the words that make the group none of it count as one.
  for (const g of s.groups) if (!g.pronoun && g.last < hit.match.firstToken && g.first >= hit.match.firstToken - reach - 1 && (s.tokens[g.first - 1]?.norm === 'single' || s.tokens[g.first - 1]?.norm === 'one')) reach += s.tokens[g.first - 1]!.norm === 'single' ? 2 : 1;
  // "None of the X I know are honest" (hate26): the contact clause after the group counts as part of it.
  let contact: [number, number] | undefined;
  for (const g of s.groups) {
    // Only for a denial of them all ("No X …", "None of the X …", "Not one X …"), not "Not gonna lie, every X on my street …".
    const n = !g.pronoun && g.last < hit.match.firstToken && g.first >= hit.match.firstToken - reach - 1 && deniedAll(s, g) ? contactClause(s, g) : 0;
    if (n > 0) (reach += n), (contact = [g.last + 1, g.last + n]);
  }
  // "…, it's …", and "…, it is …" in two words ("Being a X is nothing to hide, it is worth celebrating").
  const opener = (k: number) => CLAUSE_OPENER.has(s.tokens[k]!.norm) || (s.tokens[k]!.norm === 'it' && COPULA.has(s.tokens[k + 1]?.norm ?? ''));
  const opens = (k: number) => opener(k) && k > s.sentenceTokens[0] && s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start).includes(',');
  if (opens(hit.match.firstToken)) return -1;
  for (let k = hit.match.firstToken - 1; k >= Math.max(0, hit.match.firstToken - reach); k--) {
    if (!inSentence(s, k)) break;
    // "Sorry not sorry, X are …", "I don't care what anyone says, X are …": a comma before the group that the
    // remark is said of closes the clause the negation was in.
    if (k < hit.match.firstToken - 1 && s.text.slice(s.tokens[k]!.end, s.tokens[k + 1]!.start).includes(',') && s.groups.some((g) => !g.pronoun && g.first === k + 1 && g.last < hit.match.firstToken)) return -1;
    if ((s.aside.has(k) && !s.aside.has(hit.match.firstToken)) || (contact && k >= contact[0] && k <= contact[1])) continue;
    // "don't have to contribute", "doesn't need to pay": no obligation, not a denial.
    // Not where the need is the hit's own ("X do not need to be fixed", hate6): that need is what is denied.
    const noObligation = (s.tokens[k + 1]?.norm === 'have' || s.tokens[k + 1]?.norm === 'need' || s.tokens[k + 1]?.norm === 'has') && s.tokens[k + 2]?.norm === 'to' && k + 1 < hit.match.firstToken;
    // "X are no more vermin than anyone else": as much as anyone, a denial.
    const noMoreThan = s.tokens[k]!.norm === 'no' && s.tokens[k + 1]?.norm === 'more' && s.tokens.slice(hit.match.lastToken + 1, hit.match.lastToken + 3).some((t) => t.norm === 'than');
    if (noMoreThan) return k;
    // "X are no worse than anyone else" (hate9's check split): no worse than everyone is a denial; "no worse than rats" is not.
    if (s.tokens[k]!.norm === 'no' && k === hit.match.firstToken - 1 && s.tokens[k + 1]?.norm === 'worse' && comparedWithEveryone(s, hit.match.lastToken + 1)) return k;
    if (roleAt(s, k, 'negation') && !noObligation && !NOT_A_NEGATION.has(s.tokens[k + 1]?.norm ?? '') && !(s.question && rhetorical(s, k)) && !doubtless(s, k) && !superlative(s, k, hit)) {
      // The negation of a relative clause on the group, before the main verb: "X that can't speak English should be deported".
      const ownClause = RELATIVE.has(s.tokens[k - 1]?.norm ?? '') && s.groups.some((g) => !g.pronoun && g.last === k - 2);
      if (ownClause && s.tokens.slice(k + 1, hit.match.firstToken + 1).some((t) => MODAL.has(t.norm) || COPULA.has(t.norm))) return -1;
      return k;
    }
    if (SCOPE_BREAK.has(s.tokens[k]!.norm)) return -1; // "Is it not obvious that I hate …"
    // A new clause after a comma: "X can't help it, it's in their blood".
    if (opens(k)) return -1;
  }
  return -1;
}

/** "anyone (else)", "other people", "the rest of us" at token k. */
function comparedWithEveryone(s: Sentence, k: number): boolean {
  const word = s.tokens[k]?.norm ?? '';
  return EVERYONE.has(word) || (word === 'the' && s.tokens[k + 1]?.norm === 'rest');
}

export function negated(s: Sentence, hit: Hit) {
  return negationOf(s, hit) >= 0;
}

/** Where "I would never"/"I'd never"/"I wouldn't"/"I will never"/"I refuse to" stands before a verb ("I'd never want my child to marry …"), or -1. */
export function refusedBySpeaker(s: Sentence, at: number) {
  for (let k = at - 1; k >= Math.max(s.sentenceTokens[0], at - 6); k--) {
    const word = s.tokens[k]!.norm;
    const prev = s.tokens[k - 1]?.norm ?? '';
    const speaker = (j: number) => j >= s.sentenceTokens[0] && REFUSER.has(s.tokens[j]!.norm);
    if ((word === 'never' && (REFUSING_MODAL.has(prev) ? speaker(k - 2) : REFUSER_MODAL.has(prev) && k - 1 >= s.sentenceTokens[0])) ||
      ((word === "wouldn't" || word === "won't" || word === 'wouldnt' || word === 'wont') && speaker(k - 1)) ||
      (word === 'not' && (prev === 'would' || prev === 'will') && speaker(k - 2)) ||
      ((word === 'refuse' || word === 'refused') && speaker(k - 1) && s.tokens[k + 1]?.norm === 'to') ||
      // "I'd hate to", "I would hate to", "I wouldn't like to", "I would not like to".
      (word === 'hate' && s.tokens[k + 1]?.norm === 'to' && (REFUSER_MODAL.has(prev) ? k - 1 >= s.sentenceTokens[0] : prev === 'would' && speaker(k - 2))) ||
      (word === 'like' && s.tokens[k + 1]?.norm === 'to' && (WOULD_NOT.has(prev) ? speaker(k - 2) : prev === 'not' && s.tokens[k - 2]?.norm === 'would' && speaker(k - 3)))) return k;
    if (SCOPE_BREAK.has(word) && !REFUSER.has(word)) return -1;
  }
  return -1;
}

/**
 * "Are X even human?", "Do X even have a brain?": a good asked after "even" is doubted, as if denied —
 * with the group before it in the question. Where the "even" stands, or -1.
 */
export function evenAsked(s: Sentence, hit: Hit) {
  const meant = meantAsked(s, hit);
  if (meant >= 0) return meant;
  const even = hit.match.firstToken - (s.tokens[hit.match.firstToken - 1]?.norm === 'even' ? 1 : s.tokens[hit.match.firstToken - 2]?.norm === 'even' && ['have', 'has', 'be', 'a', 'any'].includes(s.tokens[hit.match.firstToken - 1]!.norm) ? 2 : 0);
  if (!s.question || even === hit.match.firstToken || even <= s.sentenceTokens[0]) return -1;
  return s.groups.some((g) => !g.pronoun && g.last < even && even - g.last <= 2) ? even : -1;
}

/**
 * "How is a X meant to be trusted with anything?", "How are X supposed to be trusted?" (hate11): a good asked after "how
 * … meant to"/"supposed to", the group right before, is doubted as if denied. Not a barrier asked about ("How are
 * disabled pupils meant to be included if there is no ramp?"): nothing of "if", "without", "when" after it. Where
 * "meant" or "supposed" stands, or -1.
 */
function meantAsked(s: Sentence, hit: Hit): number {
  if (!s.question || s.tokens[s.sentenceTokens[0]]!.norm !== 'how') return -1;
  let k = hit.match.firstToken - 1;
  if (s.tokens[k]?.norm === 'be') k--;
  if (s.tokens[k]?.norm !== 'to' || !MEANT.has(s.tokens[k - 1]?.norm ?? '')) return -1;
  const at = k - 1;
  if (!s.groups.some((g) => !g.pronoun && !g.place && g.last === at - 1)) return -1;
  for (let j = hit.match.lastToken + 1; j <= s.sentenceTokens[1]; j++) if (BARRIER.has(s.tokens[j]!.norm)) return -1;
  return at;
}
const MEANT = new Set(['meant', 'supposed', 'expected']);
const BARRIER = new Set(['if', 'without', 'when', 'unless', 'while', 'because', 'since', 'given']);

/**
 * "Are X even capable of thinking?", "Can X ever be trusted?", "Will X ever be any good?": a yes-no
 * question on the group with "even" or "ever" before a quality doubts it. Where the word stands, or -1.
 */
export function everAsked(s: Sentence, hit: Hit) {
  const even = evenAsked(s, hit);
  if (even >= 0) return even;
  if (!s.question || !YES_NO_OPENER.has(s.tokens[s.sentenceTokens[0]]!.norm)) return -1;
  // "Can X ever be trusted to manage their own money?": one ability asked about.
  if (hit.match.lastToken < s.sentenceTokens[1] && (s.tokens[hit.match.lastToken + 1]!.norm === 'to' || s.tokens[hit.match.lastToken + 1]!.norm === 'with')) return -1;
  for (let k = hit.match.firstToken - 1; k >= Math.max(s.sentenceTokens[0] + 1, hit.match.firstToken - 3); k--) {
    // The whole group, named generally: "Is a X ever capable of running a marathon?" asks about one.
    if (s.tokens[k]!.norm === 'ever' || s.tokens[k]!.norm === 'even') return s.groups.some((g) => !g.pronoun && g.last < k && k - g.last <= 2 && g.first - s.sentenceTokens[0] <= 2 && !SINGLE.has(s.tokens[g.first - 1]?.norm ?? '') && !SPECIFIC.has(s.tokens[g.first - 1]?.norm ?? '')) ? k : -1;
    if (!COPULA.has(s.tokens[k]!.norm) && !FILLER.has(s.tokens[k]!.norm)) return -1;
  }
  return -1;
}

/**
 * "Muslim families don't always feel welcome", "X don't get the respect they deserve": the group
 * itself does not feel or receive the good — how it is treated, told — where "X shouldn't get any
 * respect" (a modal), "X are not welcome" (a copula) and "X don't get respect from me" deny it to them.
 */
export function experiencedByGroup(s: Sentence, negation: number, good: number, goodEnd: number) {
  const word = s.tokens[negation]!.norm;
  const told = DESCRIPTIVE_NEGATION.has(word) || (word === 'not' && /^(?:do|does|did)$/.test(s.tokens[negation - 1]?.norm ?? ''));
  // "X should never get respect": wished, not told.
  if (!told || WISHED_NEVER.has(s.tokens[negation - 1]?.norm ?? '')) return false;
  if (s.tokens[goodEnd + 1]?.norm === 'from' && SPEAKER.has(s.tokens[goodEnd + 2]?.norm ?? '')) return false;
  for (let k = negation + 1; k < good; k++) if (EXPERIENCE.has(s.tokens[k]!.norm)) return true;
  return false;
}

/**
 * "No X should ever be made to feel they don't belong", "Many X feel they aren't welcome at school": a
 * denial inside what someone feels, or is made to feel, is that feeling told — not the speaker's. Not
 * when the speaker feels it ("I honestly feel they don't belong") or it is wished on them and nothing
 * denies the wish ("X should be made to feel they aren't welcome").
 */
export function feelingReported(s: Sentence, negation: number): boolean {
  let k = negation - 1;
  if (FELT_SUBJECT.has(s.tokens[k]?.norm ?? '')) k--;
  if (s.tokens[k]?.norm === 'that') k--;
  if (k < s.sentenceTokens[0] || !FEELING_VERB.has(s.tokens[k]!.norm)) return false;
  // Made to feel: "be made to feel", "make X feel".
  for (let j = k - 1; j >= Math.max(s.sentenceTokens[0], k - 4); j--) {
    if (!MAKING.has(s.tokens[j]!.norm)) continue;
    for (let n = j - 1; n >= s.sentenceTokens[0]; n--) if (roleAt(s, n, 'negation') || SUBJECT_NEGATION.has(s.tokens[n]!.norm) || NOTHING_DONE.has(s.tokens[n]!.norm)) return true;
    return false;
  }
  return ![1, 2].some((d) => k - d >= s.sentenceTokens[0] && SPEAKER.has(s.tokens[k - d]!.norm));
}

/** "Human rights should not apply to X": the good first, denied after it. Where the negation stands, or -1. */
export function denialAfter(s: Sentence, hit: Hit) {
  for (let k = hit.match.lastToken + 1; k <= Math.min(s.sentenceTokens[1], hit.match.lastToken + 3); k++) {
    if (roleAt(s, k, 'negation')) return APPLYING.has(s.tokens[k + 1]?.norm ?? '') || APPLYING.has(s.tokens[k + 2]?.norm ?? '') ? k : -1;
  }
  return -1;
}

export function studiedQuestion(s: Sentence, at: number) {
  // "… how much I hate …": the speaker's own feeling.
  if ([1, 2, 3].some((d) => SPEAKER.has(s.tokens[at - d]?.norm ?? ''))) return false;
  for (let k = Math.max(s.sentenceTokens[0] + 1, at - 8); k < at; k++) {
    if ((s.tokens[k]!.norm === 'how' || s.tokens[k]!.norm === 'why') && STUDYING.has(s.tokens[k - 1]!.norm)) return true;
  }
  return false;
}

/**
 * A feeling others are taught or come to learn, told: "online spaces where young men are taught to hate women",
 * "Influencers teach boys to hate women", "Boys learn to hate women from influencers". Not the speaker's own
 * ("I was taught to hate X", "We teach our sons to hate X") nor wished ("Boys should learn to hate X").
 */
export function taughtFeeling(s: Sentence, at: number) {
  if (s.tokens[at - 1]?.norm !== 'to') return false;
  let teach = -1;
  for (let k = at - 2; k >= Math.max(s.sentenceTokens[0], at - 5); k--) if (TEACHING.has(s.tokens[k]!.norm)) { teach = k; break; }
  if (teach < 0) return false;
  for (let k = teach - 1; k >= Math.max(s.sentenceTokens[0], teach - 6); k--) if (SPEAKER.has(s.tokens[k]!.norm) || MODAL.has(s.tokens[k]!.norm)) return false;
  return true;
}
const TEACHING = new Set(['taught', 'teach', 'teaches', 'teaching', 'learn', 'learns', 'learned', 'learnt', 'learning', 'groomed', 'encouraged', 'radicalised', 'radicalized', 'conditioned', 'brainwashed', 'trained']);

/** Where the negation denying a good or quality now stands, or -1 — also when it is denied in the past, as history tells it ("Black families were not welcome in many lodgings"). */
export function presentDenial(s: Sentence, hit: Hit) {
  const negation = negationOf(s, hit);
  return negation < 0 || PAST_NEGATION.has(s.tokens[negation]!.norm) || PAST_AUXILIARY.has(s.tokens[negation - 1]?.norm ?? '') ? -1 : negation;
}

/** The group is denied as a whole right before it: "no X", "none of the X", "not one X", "not a single X", "neither". */
function deniedAll(s: Sentence, g: { first: number }): boolean {
  for (let k = g.first - 1; k >= Math.max(s.sentenceTokens[0], g.first - 4); k--) {
    const w = s.tokens[k]!.norm;
    if (w === 'no' || w === 'none' || w === 'neither' || (w === 'not' && NOT_ALL.has(s.tokens[k + 1]?.norm ?? ''))) return true;
    if (!DENIED_ALL_GAP.has(w)) return false;
  }
  return false;
}
const NOT_ALL = new Set(['one', 'a', 'single', 'any']);
const DENIED_ALL_GAP = new Set(['of', 'the', 'those', 'these', 'one', 'a', 'single', 'any', 'them']);
