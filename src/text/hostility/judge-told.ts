// Violence a school post tells rather than threatens, in wordings the narration tests (narration.ts) leave
// out: a story's plot told in the present with an aside between the doer and the verb, a character's deed
// in a relative clause, and a match won ("murdering them in the final quarter"). Found on posts a school
// writes (RE, drama, sports pages), each kept narrow: a threat said to "you", wished by a modal, or aimed
// at a place or time that is no part of a game still counts.
import type { Hit, Identity } from './types.js';
import type { Sentence } from './judge-sentence.js';
import { ANY_VICTIM, MODAL, PERPETRATOR } from './vocabulary.js';
import { hasModalBefore } from './targets.js';

/** Whether the text between two adjacent tokens holds a comma or a dash (an aside opens or closes there). */
function breakBetween(s: Sentence, k: number): boolean {
  const a = s.tokens[k];
  const b = s.tokens[k + 1];
  return a !== undefined && b !== undefined && /[,—–]/.test(s.text.slice(a.end, b.start));
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const NO_ONE_NAMED = new Set(['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'he', 'she', 'it', 'they', 'we', 'i', 'you']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ya', 'ur']);
const THIRD_PERSON_OBJECT = new Set(['him', 'her', 'them', 'it', 'himself', 'herself', 'themselves', 'itself']);
const ARTICLE = new Set(['a', 'an', 'the']);
const SPEAKER_ASIDE = new Set(['i', "i'm", "i'll", 'we', "we'll", "we're", 'swear', 'promise', 'mark', 'tomorrow', 'tonight', 'soon']);

/**
 * "…, in which Rama, with the help of Hanuman and his army of monkeys, kills Ravana and rescues her": the
 * present tense of a story, the doer a name (or "the hero") before an aside set off by commas. As
 * narratedInPresent (narration.ts) with the subject right before the verb; not "Someone, one day, kills you".
 */
function storyThroughAside(s: Sentence, hit: Hit): boolean {
  const at = hit.match.firstToken;
  const first = s.sentenceTokens[0];
  if (at !== hit.match.lastToken || !/[^su]s$/.test(s.tokens[at]!.norm) || at - 2 < first) return false;
  const object = s.tokens[at + 1];
  if (!object || !(THIRD_PERSON_OBJECT.has(object.norm) || CAPITALISED.test(object.raw))) return false;
  if (!breakBetween(s, at - 1)) return false;
  for (let k = at - 2; k >= Math.max(first, at - 14); k--) {
    const word = s.tokens[k]!.norm;
    // "The caretaker, I swear, kills him": the speaker's aside makes it a promise.
    if (SECOND_PERSON.has(word) || MODAL.has(word) || SPEAKER_ASIDE.has(word)) return false;
    if (!breakBetween(s, k)) continue;
    // The aside opened after token k: the doer is the name (or "the hero") ending there.
    const subject = s.tokens[k]!;
    if (NO_ONE_NAMED.has(subject.norm) || ANY_VICTIM.has(subject.norm) || PERPETRATOR.has(subject.norm)) return false;
    if (hasModalBefore(s.tokens, k + 1, Math.min(6, k + 1 - first))) return false;
    return CAPITALISED.test(subject.raw) || (k - 1 >= first && ARTICLE.has(s.tokens[k - 1]!.norm)) || (k - 2 >= first && ARTICLE.has(s.tokens[k - 2]!.norm));
  }
  return false;
}

/**
 * "Sweeney Todd, the demon barber who slits his customers' throats and has them baked into pies": what a
 * character does, in a relative clause in the present on "the barber", "a man" or a name — not on
 * "anyone who …" (praised or condemned, see perpetrators), nor "… who kills you", nor with a modal.
 */
function characterDeed(s: Sentence, hit: Hit): boolean {
  const first = s.sentenceTokens[0];
  for (let k = hit.match.firstToken - 1; k >= Math.max(first + 1, hit.match.firstToken - 4); k--) {
    const word = s.tokens[k]!.norm;
    if (word !== 'who' && word !== 'that') continue;
    const verb = s.tokens[k + 1]!;
    // The clause's verb in the present of one doer: "slits", "murders", "kills" (not "is", "has", a modal).
    if (!/[^su]s$/.test(verb.norm) || verb.norm === 'is' || verb.norm === 'has' || verb.norm === 'does' || MODAL.has(verb.norm)) return false;
    const antecedent = s.tokens[k - 1]!;
    if (ANY_VICTIM.has(antecedent.norm) || PERPETRATOR.has(antecedent.norm) || NO_ONE_NAMED.has(antecedent.norm) || antecedent.norm === 'whoever') return false;
    const named = CAPITALISED.test(antecedent.raw) || [1, 2, 3].some((d) => k - 1 - d >= first && ARTICLE.has(s.tokens[k - 1 - d]!.norm));
    if (!named) return false;
    for (let j = k + 1; j <= Math.min(s.sentenceTokens[1], hit.match.lastToken + 4); j++) if (SECOND_PERSON.has(s.tokens[j]!.norm)) return false;
    return true;
  }
  return false;
}

/** Violent words for winning big: "murdering them", "killed them", "slaughtering them". */
const WINNING_BIG = /^(?:kill|murder|slaughter|batter|destroy|thrash|smash|annihilat|demolish|crush|hammer|massacr|butcher)/;
const PLAYED_AGAINST = new Set(['them', "'em", 'em', 'us']);
const PART_DETERMINER = new Set(['the', 'this', "today's", "saturday's", "sunday's", 'each', 'every']);
const PART_ORDINAL = new Set(['first', 'second', 'third', 'fourth', 'last', 'final', 'opening', 'closing', 'next', 'early', 'late']);
/** The parts of a game a win is told in: "in the final quarter", "in the second half", "in straight sets". */
const GAME_PART = new Set(['quarter', 'quarters', 'half', 'halves', 'set', 'sets', 'innings', 'round', 'rounds', 'frame', 'frames', 'period', 'periods', 'final', 'finals', 'semi-final',
  'semi-finals', 'semis', 'decider', 'tie-break', 'tiebreak', 'leg', 'heat', 'heats', 'minutes', 'overs', 'chukka', 'match', 'game', 'rematch', 'replay']);

/**
 * "They beat St Anne's 21–3, murdering them in the final quarter": the other team beaten in a part of the
 * game — the verb with "them" and then "in" the part ("in the second half", "in straight sets"). Not "in
 * their beds", "in the car park".
 */
function wonInPlay(s: Sentence, hit: Hit): boolean {
  if (!WINNING_BIG.test(s.tokens[hit.match.firstToken]!.norm)) return false;
  let k = hit.match.lastToken + 1;
  if (!PLAYED_AGAINST.has(s.tokens[k]?.norm ?? '')) {
    // The phrase may hold the object: "kill them".
    if (!PLAYED_AGAINST.has(s.tokens[hit.match.lastToken]!.norm)) return false;
    k = hit.match.lastToken;
  }
  if (s.tokens[k + 1]?.norm !== 'in') return false;
  let j = k + 2;
  if (PART_DETERMINER.has(s.tokens[j]?.norm ?? '')) j++;
  // "in the second half", "in straight sets" — or "in the final" itself.
  if ((PART_ORDINAL.has(s.tokens[j]?.norm ?? '') || s.tokens[j]?.norm === 'straight') && GAME_PART.has(s.tokens[j + 1]?.norm ?? '')) j++;
  return GAME_PART.has(s.tokens[j]?.norm ?? '');
}

/** A threat match that is violence told on a school's post (a story, a character, a match), not threatened. */
export function violenceTold(s: Sentence, hit: Hit): boolean {
  return storyThroughAside(s, hit) || characterDeed(s, hit) || wonInPlay(s, hit);
}

const ONE_WOMAN = new Set(['woman', 'lady', 'girl']);
const COPULA_ONE = new Set(['is', 'was', "'s"]);
/** Words that make one woman stand for all women: "a typical woman", "just a silly woman", "a real woman". */
const STANDS_FOR_ALL = new Set(['typical', 'real', 'proper', 'just', 'only', 'like', 'all', 'every', 'such']);
/** Titles a school gives its adults: a described "Mrs Jones" is someone real the school knows. */
const ADULT_TITLE = new Set(['mr', 'mrs', 'miss', 'ms', 'mx', 'dr']);
/** Small words inside a name: "Cruella de Vil", "the Wicked Witch of the West". */
const NAME_PARTICLE = new Set(['de', 'van', 'von', 'le', 'la', 'of', 'the', 'da', 'di']);

/**
 * "Lady Macbeth is a manipulative, evil woman", "Cruella de Vil is an evil woman": one person described by
 * name, as a pupil's book review describes a character — no more a remark on women than "Scrooge is a mean,
 * greedy old man" is on men. The attribute stands between "a" and "woman" after "is" and a name that no
 * title of the school's adults opens (not "Mrs Jones is an evil woman", "She is …", "My neighbour is …",
 * "Sarah is just a silly woman", "a typical woman").
 */
export function oneNamedWomanDescribed(s: Sentence, hit: Hit, identity: Identity): boolean {
  if (identity.pronoun || identity.first !== identity.last || !ONE_WOMAN.has(s.tokens[identity.first]!.norm)) return false;
  if (hit.match.lastToken >= identity.first) return false;
  // "…, and all women are like that": one woman made to stand for the rest.
  if (s.groups.some((g) => g.first !== identity.first && !g.place)) return false;
  const first = s.sentenceTokens[0];
  let a = hit.match.firstToken - 1;
  while (a >= first && a >= hit.match.firstToken - 4 && s.tokens[a]!.norm !== 'a' && s.tokens[a]!.norm !== 'an') a--;
  if (a < first || (s.tokens[a]!.norm !== 'a' && s.tokens[a]!.norm !== 'an')) return false;
  for (let k = a - 1; k < identity.first; k++) if (k >= first && STANDS_FOR_ALL.has(s.tokens[k]!.norm)) return false;
  if (a - 2 < first || !COPULA_ONE.has(s.tokens[a - 1]!.norm)) return false;
  const subject = s.tokens[a - 2]!;
  if (!CAPITALISED.test(subject.raw) || NO_ONE_NAMED.has(subject.norm)) return false;
  let start = a - 2;
  while (start - 1 >= first && (CAPITALISED.test(s.tokens[start - 1]!.raw) || NAME_PARTICLE.has(s.tokens[start - 1]!.norm))) start--;
  return !ADULT_TITLE.has(s.tokens[start]!.norm);
}

/** Verbs of how others treated or saw a group, in the past: "treated enslaved Africans as animals". */
const TREATED_IN_THE_PAST = new Set(['treated', 'saw', 'regarded', 'viewed', 'considered', 'portrayed', 'depicted', 'dismissed']);
const SPEAKER_SUBJECT = new Set(['i', 'we', 'you', 'u', "i've", "we've", 'me', 'us']);
/** After the likening, what makes it the speaker's: "…, and rightly so", "… and they deserved it". */
const ENDORSED_AFTER = new Set(['rightly', 'proud', 'good', 'fine', 'miss', 'bring', 'deserve', 'deserved', 'deserves', 'should', 'must', 'right', 'still', 'are', 'is']);
/** Between the verb and the group: determiners and adjectives ("the enslaved", "many Jewish"). */
const GROUP_LEAD = new Set(['the', 'all', 'many', 'most', 'their', 'enslaved', 'captured', 'local', 'native']);

/**
 * "Slave owners treated enslaved Africans as animals", "the settlers saw Native Americans as savages": how
 * others in the past treated or saw the group, told in a history lesson — as toldAsDone (narration.ts) tells
 * "were treated as animals". The verb in the past after a subject that is not the speaker, no modal before
 * it and nothing after that takes it up ("…, and rightly so", "… and they still are"). Not "I treat X as
 * animals", "We should treat X like dirt".
 */
export function likenedInThePast(s: Sentence, hit: Hit, identity: Identity): boolean {
  if (identity.pronoun || identity.last >= hit.match.firstToken) return false;
  const first = s.sentenceTokens[0];
  let verb = identity.first - 1;
  while (verb > first && GROUP_LEAD.has(s.tokens[verb]!.norm)) verb--;
  if (verb - 1 < first || !TREATED_IN_THE_PAST.has(s.tokens[verb]!.norm)) return false;
  // The likening right after the group: "as animals", "like animals", or the phrase itself opens with it.
  const likening = s.tokens[identity.last + 1]?.norm ?? '';
  if (likening !== 'as' && likening !== 'like') return false;
  if (SPEAKER_SUBJECT.has(s.tokens[verb - 1]!.norm)) return false;
  if (hasModalBefore(s.tokens, verb, verb - first)) return false;
  for (let k = hit.match.lastToken + 1; k <= s.sentenceTokens[1]; k++) if (ENDORSED_AFTER.has(s.tokens[k]!.norm) || MODAL.has(s.tokens[k]!.norm)) return false;
  return true;
}
