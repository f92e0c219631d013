// judgeSentence: given the matches in one sentence and the groups it names, decide what is hostile, how
// strongly, and what lessens it (negation, counter-speech, quotation, a story told, a homonym).
import type { HostileToken as Token } from '../deobfuscate.js';
import type { Hit, HostileFinding, Identity, Role } from './types.js';
import { asideTokens, goneFast, isQuestion, reportedViolence, spanOf, takenOnAsClose, tellsAStory, toldAsDone, usedAsVerb } from './narration.js';
import {
  ADJECTIVE_ENDING, ADMITTED_TO, ADMITTING, ADVISING, ANY_VICTIM, APPLYING, ARE, AS_IT_GETS, ASKED_HEARER, ASKED_REGARD, AWAY, BAD_GONE, BELIEF,
  BELIEF_AUXILIARY, BELIEF_PAST, BLAME_ADVERB, BLAMED_ROLES, CAUGHT, CAUSATIVE, CAUSE_MARK, CIRCUMSTANCE, CLAUSE_LEAD, CLAUSE_OPENER, COMPARATIVE,
  COMPETITION, CONDEMNING_ROLES, CONDITION_MARKER, CONDITION_REACH, CONDITION_VERB, conditionVerb, CONDUCT, CONDUCT_TO, CONSEQUENCE_JOIN, CONSEQUENCE_REACH,
  CONTACT_SUBJECT, CONTEST, COORDINATOR, COPULA, DESCRIPTIVE_NEGATION, DETERMINERS, DOER, DOUBT, ENDED_BY, ENDORSING_SUBJECT, EVERYTHING, EXCESS,
  EXCESS_AFTER, EXCESS_PLACE, EXIST_ADVERB, EXISTING, EXISTING_WHERE, EXPELLING, EXPERIENCE, EXPULSION, FAULT, FEELING_ADVERB, FEELING_VERB, FELT_FOR,
  FELT_SUBJECT, FILLER, FOR_GOOD, FORETELLING, FRAGMENT_TAIL, GAP_RELATIVE_WORDS, GENERALISING, GENERIC_SUBJECT, GONE, GONE_LEAD, GOODS, GROUP_ONLY_THREATS,
  GROUP_PRONOUN_SUBJECT, HABIT_AFTER, HABIT_GAP, HABITUAL, HAD_BETTER, HELD_BELIEF, HOSTILE_ROLES, HYPOTHETICAL, IMPERSONAL_CAUSES, IMPROVEMENT_LEAD,
  INDIFFERENT, INTENDING, JOURNEY_ON, KEEP, LACKABLE, LACKING, LESSER, LIKENED_BY, LIKENING, LIST_JOINS, MAKING, MEETING, MODAL, NEED_NOT, NEEDING,
  NEGATION_REACH, NONE_SUCH_LEAD, NOT_A_NEGATION, NOT_ONE, NOTHING_DONE, NOUN_ADJECTIVE, NOUN_MARK, OBJECT_GAP, OBJECT_LEAD, OBJECT_ONLY_THREATS,
  OBJECT_PREPOSITION, OBJECT_QUANTIFIER, OFFERING_ASKED, ORDER_OPENER, ORGANISATION_WORD, OTHER_PEOPLE, OUNCE, OUTCOME_AUXILIARY, OWED_GOODS, OWING, OWNING,
  PASSIVE_BE, PASSIVE_OF, PAST_AUXILIARY, PAST_NEGATION, PERCEIVING, PERPETRATOR, PERSON_TARGET, PERSONISH, PICKED, PLACE_VERB, POINTING, PRAISING_DEGREE,
  PRECAUTION, PRESENT_LINK, PRESENT_REPORT, PROMISED_TOO, PRONOUN_BACK, PROXIMITY, PUT_IN, RANKED_ABOVE, RECLINING, REFUSAL, REFUSAL_GAP, REFUSED_AS, REFUSER,
  REFUSER_MODAL, REFUSING_MODAL, REGRET, RELATIVE, RELATIVE_AFTER_SUBJECT, RELATIVE_REACH, REPORTING, REPORTING_GERUND, RIGHTS, SAID_WHERE, SAMENESS,
  SANDWICHED, SCOPE_BREAK, SECOND_PERSON, SEEN_DOING, SENT_OFF, SENTENCE_END, SINGLE, SLUR_CATEGORIES, SPEAKER, SPEAKERS_OWN, SPECIFIC, SPORTING, SPREADING,
  STATE_CAUSE, STEREOTYPE_GAP, STRENGTH, STUDYING, SUBJECT_DETERMINER, SUBJECT_NEGATION, SUBJECT_REACH, SUGGEST_GROUP, SUGGEST_WORD, SUPERLATIVE_SUBJECT,
  TEMPORAL_LINK, THING_OPENERS, THINGS_OWNED, TIME_ADVERB, TIME_COME, TRAIT_ADVERB, UNWELL, WANTING, WANTING_TO_SEE, WAYS, WH_WORD, WISHING, WISHING_MODAL,
  WOULD_NOT, WRONG_DONE, YES_NO_OPENER,
} from './vocabulary.js';
import { groupLabel, worshipPlaces } from './groups.js';
import {
  addressedOrPointedAt, aimedAtPerson, coordinatedPromise, coordinatedWish, goodFeelingCaused, hasModalBefore, hasTarget, hasWishBefore, homonymNear, ownPlaceAt, settingAt,
  threatAimed,
} from './targets.js';
import { atAnActivity, keptFromSpeaker, wronged } from './harmless.js';

/** A sentence opening on one of these is a deed done to the group that a verdict may follow ("Bullying X is …"). */
const ABUSE_GERUND = new Set(['bullying', 'harassing', 'abusing', 'insulting', 'mocking', 'attacking', 'hurting', 'targeting', 'threatening', 'humiliating', 'belittling', 'harming', 'hitting', 'beating', 'stoning', 'killing', 'hanging', 'shooting', 'lynching', 'burning', 'torturing', 'murdering', 'hating', 'excluding', 'persecuting']);
const DEED_ROLES = new Set<Role>(['threat', 'harm-verb', 'emotion']);
/** A feeling's cause named right before it that is not a group ("that scares me", "it makes me sick"). */
const CAUSE_PRONOUN = new Set(['that', 'it', 'this', 'which', 'what']);
/** A modal before "never" wishes what follows ("X should never get …"). */
const WISHED_NEVER = new Set(['should', 'must', 'ought', 'shall']);
/** Between the group and a good in "Why should X get …?". */
const OWED_GAP = new Set(['get', 'have', 'be', 'given', 'receive', 'even', 'any', 'ever', 'still', 'our', 'free', 'all', 'the', 'same', 'more']);
/** Between a ranking ("more brains than") and the group: "the whole lot of", "all of you", "every single one of those". */
const RANKED_GAP = new Set(['the', 'whole', 'lot', 'of', 'all', 'you', 'every', 'single', 'one', 'entire', 'bunch', 'those', 'these', 'any', 'a']);
/** A time to come that foretells a harm ("… are getting burnt out this weekend"). */
const FORETOLD_TIME = new Set(['tonight', 'tomorrow', 'soon', 'weekend', 'tomorow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'shortly']);
/** Complaining, mocked ("cry about discrimination", "whinge about racism", "bang on about sexism"). */
const COMPLAINING = new Set(['cry', 'cries', 'crying', 'whine', 'whines', 'whining', 'moan', 'moans', 'moaning', 'bleat', 'bleats', 'bleating', 'whinge', 'whinges', 'whinging', 'whinge', 'bang', 'banging', 'harp', 'harping', 'squeal', 'squealing', 'wail', 'wailing', 'go', 'goes', 'going']);
const DEED_COPULA = new Set(['is', "isn't", 'was', 'would', 'should', 'will', 'be', "'s"]);
const VERDICT_DEGREE = new Set(['be', 'never', 'not', 'so', 'really', 'just', 'absolutely', 'completely', 'totally', 'utterly', 'always', 'simply', 'still', 'clearly', 'truly', 'deeply', 'plain', 'plainly', 'pure', 'only']);
const CONDEMNED = new Set(['wrong', 'crime', 'criminal', 'illegal', 'barbaric', 'evil', 'cruel', 'inhumane', 'unacceptable', 'disgusting', 'sick', 'vile', 'shameful', 'horrific', 'monstrous', 'cowardly', 'murder', 'terrorism',
  'indefensible', 'abhorrent', 'despicable', 'sickening', 'hateful', 'bigoted', 'racist', 'sexist', 'homophobic', 'transphobic', 'ableist', 'appalling', 'hate', 'disgrace', 'outrage', 'atrocity']);
const OKAY = new Set(['okay', 'ok', 'acceptable', 'justified', 'right', 'fine', 'alright', 'allowed', 'excusable', 'funny']);
const ENDORSED = new Set(['justice', 'fine', 'legal', 'answer', 'solution', 'service', 'deserved', 'needed', 'overdue', 'right', 'good', 'great', 'fair', 'necessary', 'the', 'fun']);

export function judgeSentence(
  id: number,
  hits: Hit[],
  identityBySentence: Map<number, Identity[]>,
  tokens: Token[],
  sentenceTokens: [number, number],
  quotes: [number, number][],
  text: string,
  framedAsReport: boolean,
): HostileFinding | undefined {
  const question = isQuestion(text, tokens, sentenceTokens);
  // "In the novel, the mob wants to hang …", "In Act 3 the murderers stab …": a story's plot, told.
  const storyTold = tellsAStory(tokens, sentenceTokens[0]);
  const selfMarks = hits.filter((h) => h.role === 'self');
  /** A clause boundary between two tokens: "To my mind, X are …" does not describe the speaker. */
  const clauseBreakBetween = (from: number, to: number) => {
    for (let k = from + 1; k <= to; k++) {
      if (k < to && (SCOPE_BREAK.has(tokens[k]!.norm) || tokens[k]!.norm === 'than')) return true;
      if (/[,;:—–]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return true;
    }
    return false;
  };
  // Not across a hostile word: "my blood boils whenever …" does not describe the speaker.
  const selfDescribed = (hit: { match: { firstToken: number } }) =>
    // "We queers have been fighting …": "we" right before the word (elsewhere it names no one: "We saw some …").
    tokens[hit.match.firstToken - 1]?.norm === 'we' ||
    selfMarks.some(
      (s) =>
        s.match.lastToken < hit.match.firstToken &&
        // "my" describes the speaker only right before the word ("my queer friends"); "My neighbour's a …" is someone else.
        s.match.lastToken >= hit.match.firstToken - (s.match.term === 'my' ? 1 : 4) &&
        !clauseBreakBetween(s.match.lastToken, hit.match.firstToken) &&
        !hits.some((h) => HOSTILE_ROLES.has(h.role) && h.role !== 'word' && h.match.lastToken > s.match.lastToken && h.match.lastToken < hit.match.firstToken) &&
        // "If I woke up as a woman, …": a speaker imagined as one is not one.
        !(s.match.term === 'as a' && tokens.slice(Math.max(sentenceTokens[0], s.match.firstToken - 5), s.match.firstToken).some((t) => t.norm === 'if')),
    );
  // "As a queer person, …", "I'm a proud gay man": the speaker, not a target.
  const here = identityBySentence.get(id) ?? [];
  const places = [...here.filter((g) => g.place), ...worshipPlaces(tokens, sentenceTokens)];
  const own = here.filter((g) => !g.place && (g.gerund === true || !selfDescribed({ match: { firstToken: g.first } })));
  let groups = own;
  const pronouns = hits.filter((h) => h.role === 'pronoun');
  if (pronouns.length > 0) {
    const person = (list: Identity[] | undefined) => list?.find((g) => !g.place);
    // A group named in the next sentence is "you" ("Your lives aren't worth shit to me. You're just X.") or
    // a subject the sentence opens with; not "them" met on the way ("It spoke to them of the extermination
    // camps. They learned about the horrors the Jewish people went through.").
    const ahead = pronouns.some((p) => SECOND_PERSON.has(tokens[p.match.firstToken]!.norm) || p.match.firstToken === sentenceTokens[0]);
    const referent = own[0] ?? person(identityBySentence.get(id - 1)) ?? (ahead ? person(identityBySentence.get(id + 1)) : undefined);
    if (referent) {
      // Not a group named after the pronoun in a clause of its own: "The ducks came back where they belong, and our X …".
      const later = (p: Hit) => referent === own[0] && referent.first > p.match.lastToken && tokens.slice(p.match.lastToken + 1, referent.first).some((t) => COORDINATOR.has(t.norm));
      // "Those who bully X …": whoever does it, not the group.
      const doers = (p: Hit) => tokens[p.match.firstToken]!.norm === 'those' && RELATIVE.has(tokens[p.match.lastToken + 1]?.norm ?? '');
      groups = [...own, ...pronouns.filter((p) => !own.some((g) => g.first <= p.match.firstToken && g.last >= p.match.firstToken) && !later(p) && !doers(p)).map((p) => ({ ...referent, first: p.match.firstToken, last: p.match.lastToken, pronoun: true }))];
    }
  }
  // A verbless sentence of nothing but abuse after one about a group is about that group:
  // "I saw some X at the park. Disgusting creatures." / "Vile, the lot of them."
  // (A pronoun in it, "every one of them", stands for that group too, but may be too far from the word.)
  if (groups.every((g) => g.pronoun)) {
    const referent = identityBySentence.get(id - 1)?.find((g) => !g.place);
    const abuse = hits.filter((h) => h.role === 'attribute' || h.role === 'dehumanising' || (h.role === 'word' && h.term.category === 'insult'));
    // An exclamation opens it: "What a freak.", "What scum."
    const exclaimed = (k: number) => k === sentenceTokens[0] && tokens[k]!.norm === 'what';
    const covered = (k: number) => abuse.some((h) => h.match.firstToken <= k && h.match.lastToken >= k) || FILLER.has(tokens[k]!.norm) || FRAGMENT_TAIL.has(tokens[k]!.norm) || exclaimed(k);
    // Leading intensifiers count as part of it: "Absolutely disgusting."
    let opening = sentenceTokens[0];
    while (opening < sentenceTokens[1] && (FILLER.has(tokens[opening]!.norm) || exclaimed(opening)) && !abuse.some((h) => h.match.firstToken === opening)) opening++;
    if (referent && abuse.length > 0 && abuse[0]!.match.firstToken === opening) {
      let all = true;
      for (let k = sentenceTokens[0]; k <= sentenceTokens[1] && all; k++) all = covered(k);
      if (all) groups = [{ ...referent, first: abuse[0]!.match.firstToken, last: abuse[0]!.match.firstToken, pronoun: true }];
    }
    // A feeling whose cause, the subject, is left out: "Saw some X in the shop. Made me want to spew."
    const elided = hits.find((h) => h.role === 'emotion' && h.match.firstToken === opening && MAKING.has(tokens[opening]!.norm));
    if (referent && elided && groups.length === 0) groups = [{ ...referent, first: elided.match.firstToken, last: elided.match.firstToken, pronoun: true }];
  }
  const roleAt = (index: number, role: Role) => hits.some((h) => h.role === role && h.match.firstToken <= index && h.match.lastToken >= index);
  const inSentence = (index: number) => index >= sentenceTokens[0] && index <= sentenceTokens[1];
  // A relative clause set off by commas ("The X on our road, who nobody asked for, are a disgrace")
  // is an aside: its words neither deny the main clause nor part the group from what is said of it.
  const aside = asideTokens(text, tokens, sentenceTokens);
  const asideBetween = (from: number, to: number) => {
    let n = 0;
    for (let k = from + 1; k < to; k++) if (aside.has(k)) n++;
    return n;
  };
  // A question's opening negation asks for agreement ("Isn't it …", "Why can't X just …"); it denies nothing.
  // "How are X not disgusting?" asks the same of the negation right after the group.
  const howNot = (k: number) => tokens[sentenceTokens[0]]!.norm === 'how' && ['are', 'is', 'were', 'was'].includes(tokens[sentenceTokens[0] + 1]?.norm ?? '') && tokens[k]!.norm === 'not' && groups.some((g) => !g.pronoun && (g.first === sentenceTokens[0] + 2 || (g.first === sentenceTokens[0] + 3 && ['a', 'an'].includes(tokens[sentenceTokens[0] + 2]!.norm))) && g.last === k - 1);
  const rhetorical = (k: number) => k === sentenceTokens[0] || (k === sentenceTokens[0] + 1 && (WH_WORD.has(tokens[sentenceTokens[0]]!.norm) || tokens[sentenceTokens[0]]!.norm === 'who')) || howNot(k);
  /**
   * "Why can't X behave like normal human beings?": asking why the group does not behave like the good
   * says it does not — unlike "Why can't X be treated like human beings?", which asks for it for them.
   * Where the question's negation stands, or -1.
   */
  const conductAsked = (hit: Hit) => {
    const negation = sentenceTokens[0] + 1;
    if (!question || tokens[sentenceTokens[0]]!.norm !== 'why' || !roleAt(negation, 'negation')) return -1;
    for (let k = hit.match.firstToken - 1; k >= Math.max(negation + 2, hit.match.firstToken - 3); k--) {
      // The group is who behaves: named between the negation and the verb ("Why don't we act like decent human beings towards refugees?" is not about them).
      if (LIKENING.has(tokens[k]!.norm) && CONDUCT.has(tokens[k - 1]!.norm)) return groups.some((g) => g.first > negation && g.last < k - 1) ? negation : -1;
    }
    return -1;
  };
  // "without a doubt", "no doubt", "without question": certainty, not negation.
  const doubtless = (k: number) => DOUBT.has(tokens[k + 1]?.norm ?? '') || (tokens[k + 1]?.norm === 'a' && tokens[k + 2]?.norm === 'doubt');
  // "Nothing fills me with more hate than X", "Nobody is worse than X": the most, not a denial.
  // "Nobody irritates me the way X do", "No one annoys me as much as X": the same comparison.
  const superlative = (k: number, hit: Hit) => {
    if (!SUPERLATIVE_SUBJECT.has(tokens[k]!.norm)) return false;
    const after = tokens.slice(k + 1, Math.min(sentenceTokens[1] + 1, hit.match.lastToken + 4)).map((t) => t.norm);
    // "Nothing disgusts me like X do."
    const wider = tokens.slice(k + 1, Math.min(sentenceTokens[1] + 1, hit.match.lastToken + 7)).map((t) => t.norm);
    if (wider.includes('like') && (wider.includes('do') || wider.includes('does'))) return true;
    return after.includes('than') || after.some((w, i) => (w === 'the' && after[i + 1] === 'way') || (w === 'as' && (after[i + 1] === 'much' || after[i + 1] === 'many') && after[i + 2] === 'as'));
  };
  /** Where the negation before a hit stands, or -1. */
  const negationOf = (hit: Hit) => {
    // A group of two words counts as one: "No transgender person will ever be a proper parent".
    let reach = NEGATION_REACH;
    for (const g of groups) if (!g.pronoun && g.last < hit.match.firstToken && g.first >= hit.match.firstToken - reach - 1) reach += g.last - g.first;
    // "Not a single X is …", "Not one X has ever …": the words that make the group none of it count as one.
    for (const g of groups) if (!g.pronoun && g.last < hit.match.firstToken && g.first >= hit.match.firstToken - reach - 1 && (tokens[g.first - 1]?.norm === 'single' || tokens[g.first - 1]?.norm === 'one')) reach += tokens[g.first - 1]!.norm === 'single' ? 2 : 1;
    // "…, it's …", and "…, it is …" in two words ("Being a X is nothing to hide, it is worth celebrating").
    const opener = (k: number) => CLAUSE_OPENER.has(tokens[k]!.norm) || (tokens[k]!.norm === 'it' && COPULA.has(tokens[k + 1]?.norm ?? ''));
    const opens = (k: number) => opener(k) && k > sentenceTokens[0] && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',');
    if (opens(hit.match.firstToken)) return -1;
    for (let k = hit.match.firstToken - 1; k >= Math.max(0, hit.match.firstToken - reach); k--) {
      if (!inSentence(k)) break;
      // "Sorry not sorry, X are …", "I don't care what anyone says, X are …": a comma before the group that the
      // remark is said of closes the clause the negation was in.
      if (k < hit.match.firstToken - 1 && text.slice(tokens[k]!.end, tokens[k + 1]!.start).includes(',') && groups.some((g) => !g.pronoun && g.first === k + 1 && g.last < hit.match.firstToken)) return -1;
      if (aside.has(k) && !aside.has(hit.match.firstToken)) continue;
      // "don't have to contribute", "doesn't need to pay": no obligation, not a denial.
      const noObligation = (tokens[k + 1]?.norm === 'have' || tokens[k + 1]?.norm === 'need' || tokens[k + 1]?.norm === 'has') && tokens[k + 2]?.norm === 'to';
      // "X are no more vermin than anyone else": as much as anyone, a denial.
      const noMoreThan = tokens[k]!.norm === 'no' && tokens[k + 1]?.norm === 'more' && tokens.slice(hit.match.lastToken + 1, hit.match.lastToken + 3).some((t) => t.norm === 'than');
      if (noMoreThan) return k;
      if (roleAt(k, 'negation') && !noObligation && !NOT_A_NEGATION.has(tokens[k + 1]?.norm ?? '') && !(question && rhetorical(k)) && !doubtless(k) && !superlative(k, hit)) {
        // The negation of a relative clause on the group, before the main verb: "X that can't speak English should be deported".
        const ownClause = RELATIVE.has(tokens[k - 1]?.norm ?? '') && groups.some((g) => !g.pronoun && g.last === k - 2);
        if (ownClause && tokens.slice(k + 1, hit.match.firstToken + 1).some((t) => MODAL.has(t.norm) || COPULA.has(t.norm))) return -1;
        return k;
      }
      if (SCOPE_BREAK.has(tokens[k]!.norm)) return -1; // "Is it not obvious that I hate …"
      // A new clause after a comma: "X can't help it, it's in their blood".
      if (opens(k)) return -1;
    }
    return -1;
  };
  const negated = (hit: Hit) => negationOf(hit) >= 0;
  /** Where "I would never"/"I'd never"/"I wouldn't"/"I will never"/"I refuse to" stands before a verb ("I'd never want my child to marry …"), or -1. */
  const refusedBySpeaker = (at: number) => {
    for (let k = at - 1; k >= Math.max(sentenceTokens[0], at - 6); k--) {
      const word = tokens[k]!.norm;
      const prev = tokens[k - 1]?.norm ?? '';
      const speaker = (j: number) => j >= sentenceTokens[0] && REFUSER.has(tokens[j]!.norm);
      if ((word === 'never' && (REFUSING_MODAL.has(prev) ? speaker(k - 2) : REFUSER_MODAL.has(prev) && k - 1 >= sentenceTokens[0])) ||
        ((word === "wouldn't" || word === "won't" || word === 'wouldnt' || word === 'wont') && speaker(k - 1)) ||
        (word === 'not' && (prev === 'would' || prev === 'will') && speaker(k - 2)) ||
        ((word === 'refuse' || word === 'refused') && speaker(k - 1) && tokens[k + 1]?.norm === 'to') ||
        // "I'd hate to", "I would hate to", "I wouldn't like to", "I would not like to".
        (word === 'hate' && tokens[k + 1]?.norm === 'to' && (REFUSER_MODAL.has(prev) ? k - 1 >= sentenceTokens[0] : prev === 'would' && speaker(k - 2))) ||
        (word === 'like' && tokens[k + 1]?.norm === 'to' && (WOULD_NOT.has(prev) ? speaker(k - 2) : prev === 'not' && tokens[k - 2]?.norm === 'would' && speaker(k - 3)))) return k;
      if (SCOPE_BREAK.has(word) && !REFUSER.has(word)) return -1;
    }
    return -1;
  };
  /**
   * "Are X even human?", "Do X even have a brain?": a good asked after "even" is doubted, as if denied —
   * with the group before it in the question. Where the "even" stands, or -1.
   */
  const evenAsked = (hit: Hit) => {
    const even = hit.match.firstToken - (tokens[hit.match.firstToken - 1]?.norm === 'even' ? 1 : tokens[hit.match.firstToken - 2]?.norm === 'even' && ['have', 'has', 'be', 'a', 'any'].includes(tokens[hit.match.firstToken - 1]!.norm) ? 2 : 0);
    if (!question || even === hit.match.firstToken || even <= sentenceTokens[0]) return -1;
    return groups.some((g) => !g.pronoun && g.last < even && even - g.last <= 2) ? even : -1;
  };
  /**
   * "Are X even capable of thinking?", "Can X ever be trusted?", "Will X ever be any good?": a yes-no
   * question on the group with "even" or "ever" before a quality doubts it. Where the word stands, or -1.
   */
  const everAsked = (hit: Hit) => {
    const even = evenAsked(hit);
    if (even >= 0) return even;
    if (!question || !YES_NO_OPENER.has(tokens[sentenceTokens[0]]!.norm)) return -1;
    // "Can X ever be trusted to manage their own money?": one ability asked about.
    if (hit.match.lastToken < sentenceTokens[1] && (tokens[hit.match.lastToken + 1]!.norm === 'to' || tokens[hit.match.lastToken + 1]!.norm === 'with')) return -1;
    for (let k = hit.match.firstToken - 1; k >= Math.max(sentenceTokens[0] + 1, hit.match.firstToken - 3); k--) {
      // The whole group, named generally: "Is a X ever capable of running a marathon?" asks about one.
      if (tokens[k]!.norm === 'ever' || tokens[k]!.norm === 'even') return groups.some((g) => !g.pronoun && g.last < k && k - g.last <= 2 && g.first - sentenceTokens[0] <= 2 && !SINGLE.has(tokens[g.first - 1]?.norm ?? '') && !SPECIFIC.has(tokens[g.first - 1]?.norm ?? '')) ? k : -1;
      if (!COPULA.has(tokens[k]!.norm) && !FILLER.has(tokens[k]!.norm)) return -1;
    }
    return -1;
  };
  /**
   * "Muslim families don't always feel welcome", "X don't get the respect they deserve": the group
   * itself does not feel or receive the good — how it is treated, told — where "X shouldn't get any
   * respect" (a modal), "X are not welcome" (a copula) and "X don't get respect from me" deny it to them.
   */
  const experiencedByGroup = (negation: number, good: number, goodEnd: number) => {
    const word = tokens[negation]!.norm;
    const told = DESCRIPTIVE_NEGATION.has(word) || (word === 'not' && /^(?:do|does|did)$/.test(tokens[negation - 1]?.norm ?? ''));
    // "X should never get respect": wished, not told.
    if (!told || WISHED_NEVER.has(tokens[negation - 1]?.norm ?? '')) return false;
    if (tokens[goodEnd + 1]?.norm === 'from' && SPEAKER.has(tokens[goodEnd + 2]?.norm ?? '')) return false;
    for (let k = negation + 1; k < good; k++) if (EXPERIENCE.has(tokens[k]!.norm)) return true;
    return false;
  };

  /**
   * "No X should ever be made to feel they don't belong", "Many X feel they aren't welcome at school": a
   * denial inside what someone feels, or is made to feel, is that feeling told — not the speaker's. Not
   * when the speaker feels it ("I honestly feel they don't belong") or it is wished on them and nothing
   * denies the wish ("X should be made to feel they aren't welcome").
   */
  const feelingReported = (negation: number): boolean => {
    let k = negation - 1;
    if (FELT_SUBJECT.has(tokens[k]?.norm ?? '')) k--;
    if (tokens[k]?.norm === 'that') k--;
    if (k < sentenceTokens[0] || !FEELING_VERB.has(tokens[k]!.norm)) return false;
    // Made to feel: "be made to feel", "make X feel".
    for (let j = k - 1; j >= Math.max(sentenceTokens[0], k - 4); j--) {
      if (!MAKING.has(tokens[j]!.norm)) continue;
      for (let n = j - 1; n >= sentenceTokens[0]; n--) if (roleAt(n, 'negation') || SUBJECT_NEGATION.has(tokens[n]!.norm) || NOTHING_DONE.has(tokens[n]!.norm)) return true;
      return false;
    }
    return ![1, 2].some((d) => k - d >= sentenceTokens[0] && SPEAKER.has(tokens[k - d]!.norm));
  };
  /** "Human rights should not apply to X": the good first, denied after it. Where the negation stands, or -1. */
  const denialAfter = (hit: Hit) => {
    for (let k = hit.match.lastToken + 1; k <= Math.min(sentenceTokens[1], hit.match.lastToken + 3); k++) {
      if (roleAt(k, 'negation')) return APPLYING.has(tokens[k + 1]?.norm ?? '') || APPLYING.has(tokens[k + 2]?.norm ?? '') ? k : -1;
    }
    return -1;
  };
  const studiedQuestion = (at: number) => {
    // "… how much I hate …": the speaker's own feeling.
    if ([1, 2, 3].some((d) => SPEAKER.has(tokens[at - d]?.norm ?? ''))) return false;
    for (let k = Math.max(sentenceTokens[0] + 1, at - 8); k < at; k++) {
      if ((tokens[k]!.norm === 'how' || tokens[k]!.norm === 'why') && STUDYING.has(tokens[k - 1]!.norm)) return true;
    }
    return false;
  };
  /** Where the negation denying a good or quality now stands, or -1 — also when it is denied in the past, as history tells it ("Black families were not welcome in many lodgings"). */
  const presentDenial = (hit: Hit) => {
    const negation = negationOf(hit);
    return negation < 0 || PAST_NEGATION.has(tokens[negation]!.norm) || PAST_AUXILIARY.has(tokens[negation - 1]?.norm ?? '') ? -1 : negation;
  };
  const quoted = (hit: Hit) => quotes.some(([s, e]) => hit.match.start >= s && hit.match.end <= e);
  // "What's wrong with saying …?", "Where is the mistake in saying …?": a question that endorses what is said.
  const endorsedByQuestion = (h: Hit) => {
    const k = h.match.firstToken;
    // "Am I wrong to think that …?" asks the same.
    if (question && h.match.term.startsWith('wrong to ')) return true;
    return question && k - 2 >= sentenceTokens[0] && (tokens[k - 1]!.norm === 'with' || tokens[k - 1]!.norm === 'in') && FAULT.has(tokens[k - 2]!.norm);
  };
  // "Saying X are …is false", "Calling X animals is …": a sentence whose subject is the act of saying it.
  // "The Victorians thought disabled children were a burden": a belief someone else held, told.
  const othersBelief = () => {
    for (let k = sentenceTokens[0]; k <= sentenceTokens[1]; k++) {
      // "People think disabled kids are stupid", "Some say …": what others say, now.
      // "Anyone heard saying …", "pupils caught calling …".
      if (REPORTING_GERUND.has(tokens[k]!.norm) && k > sentenceTokens[0] && CAUGHT.has(tokens[k - 1]!.norm)) return true;
      // Over an adverb: "how many people still think …", "some people honestly believe …".
      if (PRESENT_REPORT.has(tokens[k]!.norm)) {
        let j = k - 1;
        // And over where they say it: "people online say …", "folk round here think …".
        while (j > sentenceTokens[0] && (TIME_ADVERB.has(tokens[j]!.norm) || BELIEF_AUXILIARY.has(tokens[j]!.norm) || SAID_WHERE.has(tokens[j]!.norm) || (tokens[j]!.norm.length > 3 && tokens[j]!.norm.endsWith('ly')))) j--;
        if (GENERIC_SUBJECT.has(tokens[j]?.norm ?? '') && j >= sentenceTokens[0]) return true;
      }
      if (SPREADING.has(tokens[k]!.norm) && k > sentenceTokens[0]) {
        let j = k - 1;
        while (j > sentenceTokens[0] && (KEEP.has(tokens[j]!.norm) || (tokens[j]!.norm.length > 3 && tokens[j]!.norm.endsWith('ly')))) j--;
        const subject = tokens[j]!.norm;
        // A noun or "someone" before it, not the speaker, not an order ("Tell them X are …"), not the group itself.
        if (!SPEAKER.has(subject) && subject !== 'you' && !groups.some((g) => !g.pronoun && g.last === j) && (GENERIC_SUBJECT.has(subject) || /s$/.test(subject) || SUBJECT_DETERMINER.has(tokens[j - 1]?.norm ?? ''))) return true;
      }
      // "Enough said": nothing reported.
      if (roleAt(k, 'insinuation')) continue;
      // "do as they are told", "do what they're told": obeying, nothing reported.
      if (tokens[k]!.norm === 'told' && tokens.slice(Math.max(sentenceTokens[0], k - 3), k).some((t) => t.norm === 'as' || t.norm === 'what')) continue;
      // "a word said by a woman" is no report of what someone said.
      // "Nobody asked for your opinion", "no questions asked": nothing reported.
      if (k === sentenceTokens[0] || !BELIEF_PAST.has(tokens[k]!.norm) || tokens[k + 1]?.norm === 'by' || (tokens[k]!.norm === 'asked' && (tokens[k + 1]?.norm === 'for' || tokens[k - 1]!.norm === 'questions'))) continue;
      // "incapable of logical thought", "a thought": the noun, not a belief told.
      if (tokens[k]!.norm === 'thought' && (NOUN_MARK.has(tokens[k - 1]?.norm ?? '') || (NOUN_ADJECTIVE.has(tokens[k - 1]?.norm ?? '') && NOUN_MARK.has(tokens[k - 2]?.norm ?? '')))) continue;
      // The subject, back over adverbs and auxiliaries: "I've always believed", "I honestly thought".
      let j = k - 1;
      while (j > sentenceTokens[0] && (TIME_ADVERB.has(tokens[j]!.norm) || BELIEF_AUXILIARY.has(tokens[j]!.norm) || (tokens[j]!.norm.length > 3 && tokens[j]!.norm.endsWith('ly')))) j--;
      const subject = tokens[j]!.norm;
      if (!SPEAKER.has(subject) && subject !== 'you' && subject !== "you've") return true;
    }
    return false;
  };
  // "I'm not racist but …", "Call me old-fashioned but …": a disclaimer before the remark, not counter-speech.
  const disclaimer = (h: Hit) => {
    for (let k = h.match.lastToken + 1; k <= Math.min(sentenceTokens[1], h.match.lastToken + 4); k++) {
      if (tokens[k]!.norm === 'but') return hits.some((o) => o.match.firstToken > k && HOSTILE_ROLES.has(o.role) && o.role !== 'word');
    }
    return false;
  };
  // "X are disgusting and should be ashamed": a counter phrase said of the group with the abuse it follows.
  const saidWithAbuse = (h: Hit) =>
    tokens[h.match.firstToken - 1]?.norm === 'and' &&
    hits.some((o) => (o.role === 'attribute' || o.role === 'dehumanising') && o.match.lastToken === h.match.firstToken - 2) &&
    groups.some((g) => !g.pronoun && g.last < h.match.firstToken - 2 && h.match.firstToken - g.last <= 8);
  /**
   * "I will never accept X as equals", "We won't accept X here": the group itself refused, not a
   * remark ("We will never accept racism", "… accept X being treated like this").
   */
  const groupRefused = (h: Hit) => {
    if (!/(?:^| )(?:accept|tolerate)$/.test(h.match.term)) return false;
    let k = h.match.lastToken + 1;
    while (k - h.match.lastToken <= 2 && OBJECT_QUANTIFIER.has(tokens[k]?.norm ?? '')) k++;
    const g = groups.find((o) => !o.pronoun && o.first === k);
    if (!g) return false;
    const last = PERSONISH.has(tokens[g.last + 1]?.norm ?? '') ? g.last + 1 : g.last;
    return last >= sentenceTokens[1] || REFUSED_AS.has(tokens[last + 1]!.norm) || /^\s*[,.!?;]/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start));
  };
  /**
   * "My dad always said X are …, and he was right", "It goes without saying that …", "It's not
   * controversial to say …": what is reported or said is endorsed by the speaker, so it is no report.
   */
  const endorsed = () => {
    for (let k = sentenceTokens[0]; k < sentenceTokens[1]; k++) {
      const w = tokens[k]!.norm;
      const next = tokens[k + 1]!.norm;
      const after = k + 2 <= sentenceTokens[1] ? tokens[k + 2]!.norm : '';
      if (next === 'right' && (ENDORSING_SUBJECT.has(w) || /['’]s$/.test(w)) && (after === '' || after === 'to' || after === 'about' || after === 'and') && tokens[k - 1]?.norm !== 'not') return true;
      if (next === 'right' && w === 'dead') return true;
      if ((w === 'not' || w === "wasn't" || w === "isn't" || w === "aren't" || w === "weren't") && (next === 'wrong' || next === 'controversial')) return true;
      if (w === 'goes' && next === 'without' && after === 'saying') return true;
      if (w === 'i' && next === 'agree' && (after === '' || after === 'and')) return true;
    }
    return false;
  };
  /** Between a feeling and the group, someone else doing something to them: "… how people treat …", "… it when people are rude to …". */
  const othersDoing = (from: number, to: number) => {
    let marked = false;
    for (let k = from + 1; k < to; k++) {
      const w = tokens[k]!.norm;
      if (w === 'how' || w === 'when' || w === 'whenever' || w === 'way') marked = true;
      else if (marked && GENERIC_SUBJECT.has(w)) return true;
      // "I'm sick of people attacking X", "… the people who abuse X".
      else if ((GENERIC_SUBJECT.has(w) || PERPETRATOR.has(w)) && ((tokens[k + 1]?.norm ?? '').endsWith('ing') || (RELATIVE.has(tokens[k + 1]?.norm ?? '') && !ARE.has(tokens[k + 2]?.norm ?? '')))) return true;
      // "angered by the attacks on X", "sick of the abuse of X": a wrong done to them.
      else if (WRONG_DONE.has(w)) return true;
    }
    return false;
  };
  /** The feeling's subject is people in general, over an adverb: "Why do people (still) hate …". */
  const feltByOthers = (at: number) => {
    let k = at - 1;
    while (k > sentenceTokens[0] && (TIME_ADVERB.has(tokens[k]!.norm) || ['still', 'even', 'so', 'really', 'always'].includes(tokens[k]!.norm))) k--;
    return k > sentenceTokens[0] && GENERIC_SUBJECT.has(tokens[k]!.norm);
  };
  /**
   * "Killing X is a crime", "Beating X is never okay", "Stoning women to death is barbaric": violence or
   * abuse done to the group, the subject of the sentence in "-ing", then condemned — counter-speech; and
   * "Stoning X to death is what they deserve", "Beating X is fine by me": the same deed endorsed.
   * Which it is, or undefined; `judged` says where the verdict starts.
   */
  const deedJudged = (): { verdict: 'condemned' | 'endorsed'; group: Identity; copula: number } | undefined => {
    const start = sentenceTokens[0];
    const verb = tokens[start]!.norm;
    if (!verb.endsWith('ing') || !(ABUSE_GERUND.has(verb) || hits.some((h) => h.match.firstToken === start && DEED_ROLES.has(h.role)))) return undefined;
    const group = groups.find((g) => !g.pronoun && !g.place && g.first > start && g.first - start <= 3);
    if (!group) return undefined;
    for (let k = group.last + 1; k <= Math.min(sentenceTokens[1] - 1, group.last + 4); k++) {
      if (!DEED_COPULA.has(tokens[k]!.norm)) continue;
      let j = k + 1;
      while (j < sentenceTokens[1] && VERDICT_DEGREE.has(tokens[j]!.norm)) j++;
      const word = tokens[j]!.norm;
      const nextWord = tokens[j + 1]?.norm ?? '';
      const denied = tokens.slice(k + 1, j).some((t) => t.norm === 'never' || t.norm === 'not') || /n't$/.test(tokens[k]!.norm);
      const condemning = CONDEMNED.has(word) || (word === 'a' && CONDEMNED.has(nextWord));
      // "… should not be illegal" endorses it; "… is never okay" condemns it.
      if (denied) return condemning ? { verdict: 'endorsed', group, copula: k } : OKAY.has(word) ? { verdict: 'condemned', group, copula: k } : undefined;
      if (condemning) return { verdict: 'condemned', group, copula: k };
      if (ENDORSED.has(word) || (word === 'what' && nextWord === 'they' && /^deserve/.test(tokens[j + 2]?.norm ?? '')) || ((word === 'a' || word === 'the') && ENDORSED.has(nextWord))) return { verdict: 'endorsed', group, copula: k };
      return undefined;
    }
    return undefined;
  };
  /**
   * "X can cry about discrimination all they like", "X whine about racism all day": the group mocked for
   * complaining of a wrong, not counter-speech against it — the group (or "they") the complainer.
   */
  const complaintMocked = (h: Hit) => {
    let k = h.match.firstToken - 1;
    while (k > sentenceTokens[0] && h.match.firstToken - k <= 3 && (OBJECT_QUANTIFIER.has(tokens[k]!.norm) || tokens[k]!.norm === 'about' || tokens[k]!.norm === 'of' || tokens[k]!.norm === 'on')) k--;
    if (k < sentenceTokens[0] || !COMPLAINING.has(tokens[k]!.norm)) return false;
    return groups.some((g) => g.last < k && k - g.last <= 3) || tokens[k - 1]?.norm === 'they' || tokens[k - 2]?.norm === 'they';
  };
  const deed = deedJudged();
  const counter = !endorsed() && (deed?.verdict === 'condemned' || framedAsReport || hits.some((h) => h.role === 'counter' && !endorsedByQuestion(h) && !disclaimer(h) && !saidWithAbuse(h) && !groupRefused(h) && !complaintMocked(h)) || othersBelief() || (REPORTING_GERUND.has(tokens[sentenceTokens[0]]!.norm) && !hits.some((h) => h.role === 'target' && h.match.firstToken === sentenceTokens[0] + 1 && PERSON_TARGET.has(tokens[sentenceTokens[0] + 1]!.norm))));
  const selfRef = hits.some((h) => h.role === 'self');
  // A group word inside the hostile phrase is not its target ("cripples"), but a pronoun is ("kill them").
  // A group inside a quoted remark ("women belong in the kitchen") is that remark's; a word outside the
  // quotation ("Phrases such as … have no place here") is not about it.
  const inQuotedRemark = (g: Identity) => {
    if (g.pronoun || quotes.length === 0) return false;
    const span = quotes.find(([s, e]) => tokens[g.first]!.start >= s && tokens[g.last]!.end <= e);
    return span !== undefined && hits.some((h) => HOSTILE_ROLES.has(h.role) && h.match.start >= span[0] && h.match.end <= span[1]);
  };
  const isNear = (g: Identity, hit: Hit, before: number, after: number) =>
    g.last >= hit.match.firstToken - before - (g.last < hit.match.firstToken ? asideBetween(g.last, hit.match.firstToken) : 0) && g.first <= hit.match.lastToken + after && (g.pronoun === true || !(g.first >= hit.match.firstToken && g.last <= hit.match.lastToken)) &&
    !(!quoted(hit) && inQuotedRemark(g));
  const near = (hit: Hit, before: number, after: number) => groups.find((g) => isNear(g, hit, before, after));
  const distance = (g: Identity, hit: Hit) => (g.last < hit.match.firstToken ? hit.match.firstToken - g.last : g.first - hit.match.lastToken);
  /** Of the groups before the hit the nearest, else the first near enough after it. */
  const nearest = (hit: Hit, before: number, after: number) =>
    groups.filter((g) => g.last < hit.match.firstToken && isNear(g, hit, before, after)).sort((a, b) => distance(a, hit) - distance(b, hit))[0] ?? near(hit, before, after);
  const predicative = (hit: Hit, identity: Identity) => {
    // Walk back from the hostile word over fillers to a copula or the group itself; a copula must
    // have the group as its subject, a few words before it ("X like you are", "the X that is"), or
    // come before the group ("I find X disgusting"): "the trip was a waste of time, X said" is not
    // about X.
    for (let k = hit.match.firstToken - 1; k >= Math.max(sentenceTokens[0], hit.match.firstToken - 6); k--) {
      const word = tokens[k]!.norm;
      if (groups.some((g) => g.last === k)) return true;
      // "told them that the worst …": a "that" not right before the word starts another clause.
      if (word === 'that' && k < hit.match.firstToken - 1) return false;
      if (aside.has(k)) continue;
      if (COPULA.has(word)) {
        if (identity.pronoun) {
          // A pronoun after the hostile word is not the subject of the copula before it ("… are useless unless they …").
          if (identity.first > hit.match.lastToken) return false;
        } else if (identity.last < k) {
          // "Immigrant parents said the forms are useless": what they said has a subject of its own.
          if (tokens.slice(identity.last + 1, k).some((t, j) => REPORTING.has(t.norm) && !aside.has(identity.last + 1 + j))) return false;
          // "Muslims believe pigs are unclean": what the group believes of something else.
          if (identity.last < k - 2 && HELD_BELIEF.has(tokens[identity.last + 1]!.norm) && !PRONOUN_BACK.has(tokens[k - 1]!.norm) && !SPEAKER.has(tokens[k - 1]!.norm)) return false;
        }
        // "X who live on my road are vermin", "the X that moved in across the road are animals": a
        // relative clause right after the group is part of the subject, so the copula may stand further off.
        // So may one with its "who" left out: "every X I meet turns out to be a liar".
        const after = tokens[identity.last + 1]?.norm ?? '';
        const relative = RELATIVE_AFTER_SUBJECT.has(after) || (CONTACT_SUBJECT.has(after) && MEETING.has(tokens[identity.last + 2]?.norm ?? ''));
        const reach = identity.last + 1 < k && relative ? SUBJECT_REACH + RELATIVE_REACH : SUBJECT_REACH;
        return identity.pronoun === true || identity.last < k ? k - identity.last - asideBetween(identity.last, k) <= reach : identity.first > hit.match.lastToken || identity.last < hit.match.firstToken;
      }
      if ((word === 'in' || word === 'with') && PLACE_VERB.has(tokens[k - 1]?.norm ?? '')) return true;
      // "X should be kept in cages", "X should all be put in a zoo": a place wished for them, like belonging there.
      if ((word === 'in' || word === 'into') && PUT_IN.has(tokens[k - 1]?.norm ?? '') && hasModalBefore(tokens, k - 1, 4)) return true;
      // "filthy and smelly", "shifty, dishonest": another hostile word of the same list before it.
      const coordinated = (word === 'and' || word === 'or') || hits.some((h) => (h.role === 'attribute' || h.role === 'dehumanising') && h.match.firstToken <= k && h.match.lastToken >= k);
      // Adverbs ("genetically inferior") and one adjective before a hostile noun ("confused perverts").
      const modifier = (word.length > 4 && word.endsWith('ly')) || (k === hit.match.firstToken - 1 && ADJECTIVE_ENDING.test(word));
      // "should be treated as animals": how they should be treated stands for what they are said to be.
      // Only as a wish: "are treated as second-class citizens in some countries" is told.
      const treatedAt = LIKENING.has(word) && LIKENED_BY.has(tokens[k - 1]?.norm ?? '') ? k - 1 : LIKENED_BY.has(word) && LIKENING.has(tokens[k + 1]?.norm ?? '') ? k : -1;
      const likened = treatedAt >= 0 && hasModalBefore(tokens, treatedAt, 4);
      if (!FILLER.has(word) && !coordinated && !modifier && !likened) return false;
    }
    return false;
  };
  /**
   * The group a comparison sets below something: named just after a "than" later in the sentence
   * ("A pig has more brains than a trans person", "… rather … than with an immigrant"). An animal
   * needs a comparative before the "than"; a stated preference is one.
   */
  const comparedAfter = (hit: Hit, needsComparative: boolean): Identity | undefined => {
    let than = -1;
    for (let k = hit.match.lastToken + 1; k <= sentenceTokens[1]; k++) if (tokens[k]!.norm === 'than') { than = k; break; }
    if (than < 0) return undefined;
    if (needsComparative && !tokens.slice(sentenceTokens[0], than).some((t) => COMPARATIVE.has(t.norm))) return undefined;
    // In the same clause as the "than": "… rather read than watch TV, and our Polish pupils …" compares nothing with them.
    return groups.find((g) => !g.pronoun && g.first > than && g.first - than <= (needsComparative ? 4 : 6) && !clauseBreakBetween(than, g.first));
  };
  /**
   * "Is there anyone more useless than a woman?", "Nothing is more pathetic than X": the group
   * named right after "than" as the most of a negative attribute (not "… than the way X were treated").
   */
  const mostOf = (hit: Hit): Identity | undefined => {
    if (tokens[hit.match.firstToken - 1]?.norm !== 'more') return undefined;
    const than = hit.match.lastToken + 1;
    if (tokens[than]?.norm !== 'than') return undefined;
    return groups.find((g) => !g.pronoun && g.first > than && g.first - than <= 2 && (g.first === than + 1 || OBJECT_QUANTIFIER.has(tokens[than + 1]!.norm)));
  };
  /** "Typical Muslim, always …": a sentence opening on the group as a stereotype, not "the typical Muslim family in Britain". */
  const typicalOf = (hit: Hit): Identity | undefined => {
    if (hit.match.firstToken !== sentenceTokens[0]) return undefined;
    const identity = groups.find((g) => !g.pronoun && g.first === hit.match.lastToken + 1);
    if (!identity) return undefined;
    // "Typical transgender person": the noun read as the group, the person word after it.
    let last = PERSONISH.has(tokens[identity.last + 1]?.norm ?? '') ? identity.last + 1 : identity.last;
    // "Typical Muslim behaviour, …", "Typical woman logic.": the group's ways sneered at the same.
    if (WAYS.has(tokens[last + 1]?.norm ?? '') && last + 1 <= sentenceTokens[1]) last++;
    const next = tokens[last + 1];
    return next === undefined || last === sentenceTokens[1] || /^\s*[,!?.:;—–-]/.test(text.slice(tokens[last]!.end, next.start)) ? identity : undefined;
  };
  /**
   * "Women are all the same.", "Muslims are all alike, …": the group, right before "are", said to be
   * one of a kind, the sentence or clause ending there — not a group picked out ("our girls are all
   * the same height", "the twins are all the same to us").
   */
  const allAlike = (hit: Hit): Identity | undefined => {
    const copula = hit.match.firstToken - 1;
    const verb = tokens[copula]?.norm ?? '';
    if (copula < sentenceTokens[0] || !ARE.has(verb)) return undefined;
    const identity = groups.find((g) => g.last === copula - 1 || (g.pronoun === true && g.first === copula && verb !== 'are'));
    if (!identity || SPECIFIC.has(tokens[identity.first - 1]?.norm ?? '')) return undefined;
    const next = tokens[hit.match.lastToken + 1];
    return next === undefined || hit.match.lastToken >= sentenceTokens[1] || /[,;:—–!?.]/.test(text.slice(tokens[hit.match.lastToken]!.end, next.start)) ? identity : undefined;
  };
  /**
   * "There are too many X round here", "We don't need any more X", "No more X!": the group itself
   * as an excess — its presence, not what happens to it ("too many disabled people are out of work",
   * "too many women in prison"): the group right after, then the clause's end, a place or arriving.
   */
  const tooMany = (hit: Hit): Identity | undefined => {
    const term = hit.match.term;
    if (term === 'too many' ? negated(hit) : term === 'any more' ? !(negated(hit) && tokens.slice(Math.max(sentenceTokens[0], hit.match.firstToken - 3), hit.match.firstToken).some((t) => WANTING.has(t.norm))) : false) return undefined;
    const identity = groups.find((g) => !g.pronoun && g.first === hit.match.lastToken + 1);
    if (!identity) return undefined;
    const next = identity.last + 1;
    if (next > sentenceTokens[1] || /[,;:—–!?]/.test(text.slice(tokens[identity.last]!.end, tokens[next]!.start))) return identity;
    const word = tokens[next]!.norm;
    if (EXCESS_AFTER.has(word)) return identity;
    if ((word === 'round' || word === 'around') && tokens[next + 1]?.norm === 'here') return identity;
    if (word === 'in' || word === 'on' || word === 'at') {
      const place = OBJECT_LEAD.has(tokens[next + 1]?.norm ?? '') ? tokens[next + 2]?.norm : tokens[next + 1]?.norm;
      return place !== undefined && EXCESS_PLACE.has(place) ? identity : undefined;
    }
    return undefined;
  };
  /** "It's a shame X exist", "I wish X didn't exist": the group's existence regretted. */
  const existenceRegretted = (hit: Hit): Identity | undefined => {
    const negation = negationOf(hit);
    // "Why do X even exist?", "It's a shame X still exist": an adverb between.
    const adverb = EXIST_ADVERB.has(tokens[hit.match.firstToken - 1]?.norm ?? '') ? 1 : 0;
    const identity = groups.find((g) => !g.pronoun && g.last < hit.match.firstToken && hit.match.firstToken - g.last <= (negation >= 0 ? 2 : 1) + adverb);
    // The group is what exists, not the object of something else that does ("Why do stereotypes about Muslims even exist?").
    if (!identity || OBJECT_PREPOSITION.has(tokens[identity.first - 1]?.norm ?? '')) return undefined;
    const before = tokens.slice(Math.max(sentenceTokens[0], identity.first - 4), identity.first).map((t) => t.norm);
    return before.some((w) => (negation >= 0 ? WISHING : REGRET).has(w)) ? identity : undefined;
  };
  /**
   * "Anyone who runs over a X deserves a medal", "I'd buy a pint for anyone who punched a X": violence
   * by whoever does it, praised — wished, not told. The threat opens a relative clause on "anyone".
   */
  const perpetrators = (hit: Hit) => {
    // "I'm sick of people attacking X": the doers named right before the verb in "-ing", nothing wishing it.
    if (tokens[hit.match.firstToken]!.norm.endsWith('ing') && hit.match.firstToken - 1 > sentenceTokens[0] && PERPETRATOR.has(tokens[hit.match.firstToken - 1]!.norm) && !hasWishBefore(tokens, hit.match.firstToken, 6) && !hasModalBefore(tokens, hit.match.firstToken, 6)) return true;
    // Also the violence they want: "Anyone who wants to kill X …", "Anyone who wants X dead needs help".
    const wanted = (k: number) => WANTS_HARM.has(tokens[k]!.norm) || OBJECT_QUANTIFIER.has(tokens[k]!.norm) || groups.some((g) => !g.pronoun && g.first <= k && g.last >= k && g.last < hit.match.firstToken);
    for (let k = hit.match.firstToken - 1; k >= Math.max(sentenceTokens[0], hit.match.firstToken - 7); k--) {
      if (RELATIVE.has(tokens[k]!.norm)) return k > sentenceTokens[0] && PERPETRATOR.has(tokens[k - 1]!.norm);
      if (tokens[k]!.norm === 'whoever') return true;
      // "Racists want X dead", "Some people want to kill X": someone else's wish, told.
      if (WANTS_HARM.has(tokens[k + 1]?.norm ?? '') && (PERPETRATOR.has(tokens[k]!.norm) || GENERIC_SUBJECT.has(tokens[k]!.norm)) && !WISHER_TOO.has(tokens[k]!.norm) && !groups.some((g) => g.first <= k && g.last >= k)) return true;
      if (!FILLER.has(tokens[k]!.norm) && !TIME_ADVERB.has(tokens[k]!.norm) && !wanted(k)) return false;
    }
    return tokens[hit.match.firstToken - 1]?.norm === 'whoever';
  };
  /**
   * "Why should X get rights?", "Why should X be given houses?": asking why the group should have a good
   * owed says it should not — the group right after "why should", then only getting or having, and no
   * "less" ("Why should disabled people get less support?" asks for more).
   */
  const owedAsked = (hit: Hit): Identity | undefined => {
    const start = sentenceTokens[0];
    if (!question || tokens[start]!.norm !== 'why' || tokens[start + 1]?.norm !== 'should') return undefined;
    const group = groups.find((g) => !g.pronoun && !g.place && (g.first === start + 2 || (g.first === start + 3 && OBJECT_QUANTIFIER.has(tokens[start + 2]!.norm))));
    if (!group) return undefined;
    for (let k = group.last + 1; k < hit.match.firstToken; k++) if (!OWED_GAP.has(tokens[k]!.norm)) return undefined;
    return hit.match.firstToken - group.last <= 4 ? group : undefined;
  };
  /** The group the object of a verb in a relative clause on doers: "people who attack X", "anyone who abuses X". */
  const objectOfDoers = (g: Identity) => {
    for (let k = g.first - 1; k >= Math.max(sentenceTokens[0] + 1, g.first - 4); k--) {
      if (RELATIVE.has(tokens[k]!.norm)) {
        const between = tokens.slice(k + 1, g.first);
        return (PERPETRATOR.has(tokens[k - 1]!.norm) || tokens[k - 1]!.norm === 'whoever') && between.length > 0 && !between.some((t) => COPULA.has(t.norm)) && !OBJECT_QUANTIFIER.has(between[0]!.norm);
      }
      if (tokens[k]!.norm === 'whoever') return g.first - k > 1 && !tokens.slice(k + 1, g.first).some((t) => COPULA.has(t.norm));
    }
    return false;
  };
  /** Subjects whose wish may be the speaker's too ("Everyone wants X dead", "Someone should …"). */
  const WISHER_TOO = new Set(['they', 'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody', 'some', 'many']);
  /** Between "who" and the violence: "wants to", "wants … dead", "would like to", "tries to". */
  const WANTS_HARM = new Set(['want', 'wants', 'wanted', 'wish', 'wishes', 'to', 'would', 'like', 'try', 'tries', 'tried']);
  const rewarded = (hit: Hit) => {
    if (!hits.some((h) => h.role === 'reward')) return false;
    for (let k = hit.match.firstToken - 1; k >= Math.max(sentenceTokens[0] + 1, hit.match.firstToken - 3); k--) {
      if (RELATIVE.has(tokens[k]!.norm)) return ANY_VICTIM.has(tokens[k - 1]!.norm) || tokens[k - 1]!.norm === 'everyone' || tokens[k - 1]!.norm === 'everybody';
    }
    return ANY_VICTIM.has(tokens[hit.match.firstToken - 1]?.norm ?? '') && tokens[hit.match.firstToken - 1]!.norm === 'whoever';
  };
  /**
   * "Has anyone ever met a X who wasn't a liar?", "I've never met a X who isn't lazy": meeting none of
   * the group without the attribute says all of them have it. The negation opens a relative clause on
   * the group, after a verb of meeting asked about or itself denied.
   */
  const everyOneIs = (hit: Hit): Identity | undefined => {
    const negation = negationOf(hit);
    if (!RELATIVE.has(tokens[negation - 1]?.norm ?? '')) return undefined;
    const identity = groups.find((g) => !g.pronoun && g.last === negation - 2);
    if (!identity) return undefined;
    for (let k = identity.first - 1; k >= Math.max(sentenceTokens[0], identity.first - 3); k--) {
      // "Has there ever been a X who wasn't …?", "Is there a X who isn't …?", "There has never been a X who …": none without it.
      const there = tokens[k]!.norm === 'there' || (tokens[k]!.norm === 'been' && tokens.slice(Math.max(sentenceTokens[0], k - 3), k).some((t) => t.norm === 'there' || t.norm === "there's"));
      if (there) {
        const asked = question && YES_NO_OPENER.has(tokens[sentenceTokens[0]]!.norm);
        const denied = tokens.slice(Math.max(sentenceTokens[0], k - 3), k).some((t) => t.norm === 'never' || t.norm === 'no');
        return asked || denied ? identity : undefined;
      }
      if (!MEETING.has(tokens[k]!.norm)) continue;
      const asked = question && (k === sentenceTokens[0] || tokens.slice(sentenceTokens[0], k).some((t) => t.norm === 'ever' || t.norm === 'anyone' || t.norm === 'anybody' || t.norm === 'you'));
      const denied = tokens.slice(Math.max(sentenceTokens[0], k - 3), k).some((t) => t.norm === 'never' || t.norm === 'not' || t.norm === 'yet');
      return asked || denied ? identity : undefined;
    }
    return undefined;
  };
  /**
   * "There's no X who isn't welcome here", "I've never met a X who wasn't kind": a good denied in a
   * relative clause on one of the group whose existence is itself denied — every one has it.
   */
  const deniedTwice = (negation: number): boolean => {
    if (!RELATIVE_AFTER_SUBJECT.has(tokens[negation - 1]?.norm ?? '')) return false;
    let end = negation - 2;
    while (end > sentenceTokens[0] && negation - 2 - end <= 4 && !groups.some((g) => g.last === end) && (EXISTING_WHERE.has(tokens[end]!.norm) || OWNING.has(tokens[end]!.norm) || SPEAKERS_OWN.has(tokens[end]!.norm))) end--;
    const group = groups.find((g) => !g.pronoun && !g.place && g.last === end);
    if (!group) return false;
    const before = tokens.slice(Math.max(sentenceTokens[0], group.first - 5), group.first).map((t) => t.norm);
    return before.some((w) => w === 'no' || w === 'never' || w === 'not' || /n't$/.test(w));
  };
  /**
   * "I've never met a X who was caring", "There isn't a X alive who is fit to lead", "I have yet to meet a
   * X that is honest": a good said in a relative clause on one of the group whom the speaker has never met
   * or who does not exist — none has it. Not "I've never met a X who wasn't kind" (see everyOneIs: a
   * denial in the clause says all have it), nor "There's no X who isn't welcome here".
   */
  const noneWhoIs = (hit: Hit): Identity | undefined => {
    let k = hit.match.firstToken - 1;
    while (k > sentenceTokens[0] && (FILLER.has(tokens[k]!.norm) || TRAIT_ADVERB.has(tokens[k]!.norm) || COPULA.has(tokens[k]!.norm) || tokens[k]!.norm === 'ever')) k--;
    if (k <= sentenceTokens[0] || !RELATIVE_AFTER_SUBJECT.has(tokens[k]!.norm) || (k >= hit.match.firstToken - 1 && !/^who's$|^that's$/.test(tokens[k]!.norm))) return undefined;
    for (let j = k + 1; j < hit.match.firstToken; j++) if (roleAt(j, 'negation') || PRAISING_DEGREE.has(tokens[j]!.norm)) return undefined;
    // "… who was more generous than the Nowaks": praise by comparison.
    if (tokens[hit.match.lastToken + 1]?.norm === 'than') return undefined;
    // The group right before the relative, or before "alive", "anywhere", "on earth", "I know".
    let end = k - 1;
    while (end > sentenceTokens[0] && k - end <= 3 && !groups.some((g) => g.last === end) && EXISTING_WHERE.has(tokens[end]!.norm)) end--;
    const group = groups.find((g) => !g.pronoun && !g.place && g.last === end);
    if (!group) return undefined;
    let at = group.first - 1;
    while (at > sentenceTokens[0] && NONE_SUCH_LEAD.has(tokens[at]!.norm)) at--;
    const word = tokens[at]?.norm ?? '';
    // "never met", "haven't met", "yet to meet", "never known".
    if (MEETING.has(word)) {
      const before = tokens.slice(Math.max(sentenceTokens[0], at - 3), at).map((t) => t.norm);
      return before.some((w) => w === 'never' || w === 'not' || w === 'yet' || /n't$/.test(w)) ? group : undefined;
    }
    // "There isn't a X", "There's no X", "There is not one X".
    const there = tokens.slice(Math.max(sentenceTokens[0], at - 2), group.first).map((t) => t.norm);
    return (there.includes('there') || there.includes("there's") || there.includes('theres')) && there.some((w) => w === 'no' || w === 'not' || /n't$/.test(w)) ? group : undefined;
  };
  /**
   * "The worst behaved kids are the ones raised by X": a fault of children put down to the group that
   * brought them up — the group right after the upbringing, in the same clause as the fault.
   */
  const raisedBy = (hit: Hit): Identity | undefined => {
    for (const u of hits) {
      if (u.role !== 'upbringing') continue;
      const [a, b] = u.match.firstToken > hit.match.lastToken ? [hit.match.lastToken, u.match.firstToken] : [u.match.lastToken, hit.match.firstToken];
      if (clauseBreakBetween(a, b) || tokens.slice(a + 1, b).some((t) => COORDINATOR.has(t.norm))) continue;
      const identity = groups.find((g) => !g.pronoun && !g.place && g.first > u.match.lastToken && g.first - u.match.lastToken <= 2);
      if (identity) return identity;
    }
    return undefined;
  };
  /**
   * "Put a X in charge of the tuck shop and watch the money vanish", "Send your kids to a school full
   * of X and they'll come home with nits", "Give X an inch and they'll take the whole playground", "If
   * you let X in, this is what happens", "Don't leave a X alone with your purse or it'll go missing":
   * a bad result foretold of doing something with the group — an order or a condition whose object or
   * place is the group, then "and", "then" or a comma (or "or" after a warning) and the result. Not the
   * group's own harm ("If you send refugees back, they disappear"), a good result, something bad gone
   * ("… and watch the prejudice vanish"), or a result denied ("… and you won't regret it").
   */
  const consequenceOf = (hit: Hit): Identity | undefined => {
    const join = consequenceJoin(hit);
    if (!join) return conditionAfter(hit);
    for (let k = join.at + 1; k < hit.match.firstToken; k++) if (roleAt(k, 'negation') || BAD_GONE.has(tokens[k]!.norm)) return undefined;
    if (goneFast(tokens, hit.match.lastToken)) return undefined;
    const frame = conditionFrame(join.end);
    if (!frame || frame.warning !== (join.word === 'or')) return conditionAfter(hit);
    for (let k = frame.verb + 1; k < join.end; k++) if (roleAt(k, 'negation')) return undefined;
    const group = groups.find((g) => !g.pronoun && g.first > frame.verb && g.last < join.end && g.first - frame.verb <= CONDITION_REACH && !clauseBreakBetween(frame.verb, g.first));
    if (!group) return undefined;
    // A person word right after the group is one of it: "a Muslim family".
    const others = tokens.slice(frame.verb + 1, join.end).some((t, j) => OTHER_PEOPLE.has(t.norm) && !(frame.verb + 1 + j >= group.first && frame.verb + 1 + j <= group.last + 1));
    const subject = outcomeSubject(hit.match.firstToken, join.at);
    const theirs = subject !== undefined && ((GROUP_PRONOUN_SUBJECT.has(tokens[subject]!.norm) && !others) || groups.some((g) => !g.pronoun && g.first <= subject && g.last >= subject));
    if (hit.role === 'overreach') return theirs && !(tokens[hit.match.lastToken + 1]?.norm === 'the' && tokens[hit.match.lastToken + 2]?.norm === 'world') ? group : undefined;
    if (theirs) return undefined;
    if (hit.role === 'insinuation') {
      // "Give women a chance and this is what happens: …" goes on to say it; only letting the group in leaves it unsaid.
      if (/^\s*[:—–-]/.test(text.slice(hit.match.end, hit.match.end + 3))) return undefined;
      const admitted = ADMITTING.has(tokens[frame.verb]!.norm) && [1, 2, 3].some((d) => ADMITTED_TO.has(tokens[group.last + d]?.norm ?? '') && group.last + d < join.end);
      if (!admitted) return undefined;
    }
    return group;
  };
  /**
   * The same result with its condition after it: "You'll regret it if you hire a X", "I'd pull my son
   * out of the club if they let a X coach the team". The group is the object of the condition's verb
   * ("if they let a teacher shout at X" lets someone else), and nothing is denied on either side.
   */
  const conditionAfter = (hit: Hit): Identity | undefined => {
    if (hit.role === 'insinuation') return undefined;
    for (let k = sentenceTokens[0]; k < hit.match.firstToken; k++) if (roleAt(k, 'negation')) return undefined;
    for (let k = hit.match.lastToken + 1; k <= Math.min(sentenceTokens[1], hit.match.lastToken + CONSEQUENCE_REACH); k++) {
      if (!CONDITION_MARKER.has(tokens[k]!.norm)) continue;
      let verb = -1;
      for (let v = k + 2; v <= Math.min(sentenceTokens[1], k + 4) && verb < 0; v++) if (conditionVerb(tokens[v]!.norm)) verb = v;
      if (verb < 0) return undefined;
      let at = verb + 1;
      while (at - verb <= 3 && OBJECT_QUANTIFIER.has(tokens[at]?.norm ?? '')) at++;
      const group = groups.find((g) => !g.pronoun && g.first === at);
      if (!group) return undefined;
      for (let j = k + 1; j <= sentenceTokens[1]; j++) if (roleAt(j, 'negation')) return undefined;
      const subject = outcomeSubject(hit.match.firstToken, sentenceTokens[0] - 1);
      const theirs = subject !== undefined && GROUP_PRONOUN_SUBJECT.has(tokens[subject]!.norm);
      return (hit.role === 'overreach') === theirs ? group : undefined;
    }
    return undefined;
  };
  /**
   * "The PTA got a lot quieter and cleaner once the X stopped coming", "Ever since we got rid of the X
   * the street is so much nicer": a place better for the group's going — the group the subject of a
   * departure (or the object of a removal) after "once", "since", "now" or "after". Not better for the
   * group itself ("Since they moved out of the hostel, their lives are safer").
   */
  const betterWithout = (hit: Hit): Identity | undefined => {
    if (negated(hit)) return undefined;
    // "We had better leave before …", "You'd better hurry": advice, not a better place.
    if (hit.match.term === 'better' && HAD_BETTER.has(tokens[hit.match.firstToken - 1]?.norm ?? '')) return undefined;
    let subject: number | undefined = hit.match.firstToken - 1;
    while (subject >= sentenceTokens[0] && (IMPROVEMENT_LEAD.has(tokens[subject]!.norm) || OUTCOME_AUXILIARY.has(tokens[subject]!.norm))) subject--;
    if (subject < sentenceTokens[0]) subject = undefined;
    const before = subject === undefined ? '' : tokens[subject]!.norm;
    if (GROUP_PRONOUN_SUBJECT.has(before) || (subject !== undefined && (tokens[subject - 1]?.norm === 'their' || groups.some((g) => g.first <= subject && g.last >= subject)))) return undefined;
    if (tokens[hit.match.lastToken + 1]?.norm === 'for') return undefined;
    const linked = (k: number) => [1, 2, 3].some((d) => k - d >= sentenceTokens[0] && TEMPORAL_LINK.has(tokens[k - d]!.norm));
    // "Everything was better before the X came", "House prices were worth double until X moved in": better
    // before the group arrived — the group the subject of an arrival after "before", "until" or "till".
    const ended = (k: number) => [1, 2, 3].some((d) => k - d > hit.match.lastToken && ENDED_BY.has(tokens[k - d]!.norm));
    for (const a of hits) {
      if (a.role !== 'arrival') continue;
      const group = groups.find((g) => !g.place && a.match.firstToken > g.last && a.match.firstToken - g.last <= 3 && !clauseBreakBetween(g.last, a.match.firstToken) && ended(g.first));
      if (group) return group;
    }
    for (const d of hits) {
      if (d.role !== 'departure') continue;
      const group = groups.find((g) => !g.place && ((d.match.firstToken > g.last && d.match.firstToken - g.last <= 3 && !clauseBreakBetween(g.last, d.match.firstToken) && linked(g.first)) || (g.first > d.match.lastToken && g.first - d.match.lastToken <= 2 && linked(d.match.firstToken))));
      if (group) return group;
    }
    return undefined;
  };
  /**
   * "Would you let a X babysit your kids? Me neither.": a question offering the group some dealing with
   * the hearer, answered by the speaker's own refusal and nothing more ("Me neither — but the Smiths did"
   * goes on).
   */
  const refusalShared = (hit: Hit): Identity | undefined => {
    const first = sentenceTokens[0];
    if (hit.match.firstToken !== first || sentenceTokens[1] - hit.match.lastToken > 1 || first === 0) return undefined;
    if (!text.slice(tokens[first - 1]!.end, tokens[first]!.start).includes('?')) return undefined;
    let p = first - 1;
    while (p > 0 && !SENTENCE_END.test(text.slice(tokens[p - 1]!.end, tokens[p]!.start))) p--;
    if (!OFFERING_ASKED.has(tokens[p]!.norm) || !ASKED_HEARER.has(tokens[p + 1]?.norm ?? '')) return undefined;
    let verb = -1;
    for (let v = p + 2; v <= Math.min(first - 1, p + 4) && verb < 0; v++) if (CONDITION_VERB.has(tokens[v]!.norm) || tokens[v]!.norm === 'want') verb = v;
    if (verb < 0) return undefined;
    const group = identityBySentence.get(id - 1)?.find((g) => !g.place && !g.pronoun && g.first > verb && g.first - verb <= 3);
    return group ? { ...group, first: hit.match.firstToken, last: hit.match.firstToken, pronoun: true } : undefined;
  };
  /**
   * "X are the reason nobody wants to live round here", "House prices fell because of all the X": the
   * group made the cause of something bad said in the same sentence (a feeling against, a decline, a bad
   * result, squalor, harm) — the group the subject of the blame ("X are the reason …") or right after it
   * ("… because of the X"). Not denied ("X are not the reason …"), and not the cause of something good
   * ("Our Muslim mums are the reason the fair was such a success").
   */
  const blamed = (hit: Hit): Identity | undefined => {
    if (negated(hit)) return undefined;
    // "… the reason we hate to say goodbye": a feeling about doing something is no feeling against anyone — but "nobody wants to live here" is.
    const feltAboutDoing = (h: Hit) => h.role === 'emotion' && tokens[h.match.lastToken + 1]?.norm === 'to' && !/^(?:nobody|no one)\b/.test(h.match.term);
    const bad = hits.some((h) => BLAMED_ROLES.has(h.role) && inSentence(h.match.firstToken) && (h.match.lastToken < hit.match.firstToken || h.match.firstToken > hit.match.lastToken) && !negated(h) && !feltAboutDoing(h));
    if (!bad) return undefined;
    return groups.find((g) => {
      if (g.place) return false;
      if (g.last < hit.match.firstToken) {
        // The subject: "X are (all/just) the reason", "X are why …" — over a copula and fillers only.
        if (hit.match.firstToken - g.last > 4 || g.pronoun) return false;
        const between = tokens.slice(g.last + 1, hit.match.firstToken);
        return between.some((t) => COPULA.has(t.norm)) && between.every((t) => COPULA.has(t.norm) || FILLER.has(t.norm) || BLAME_ADVERB.has(t.norm));
      }
      // Right after it: "because of (all) the X", "the reason is the X".
      if (g.first <= hit.match.lastToken || g.first - hit.match.lastToken > 4) return false;
      return tokens.slice(hit.match.lastToken + 1, g.first).every((t) => OBJECT_QUANTIFIER.has(t.norm) || COPULA.has(t.norm) || t.norm === 'them');
    });
  };
  /**
   * "I can't wait till the X are gone", "Our new neighbours are X. Roll on the day they move out.": the
   * speaker longing for the group to go — the group (or "they" for it) right after the longing, the
   * subject of a departure. Not a longing for them to come ("Can't wait till the X arrive for the Eid
   * party"), nor denied.
   */
  const longedGone = (hit: Hit): Identity | undefined => {
    if (negated(hit)) return undefined;
    const group = groups.find((g) => !g.place && g.first > hit.match.lastToken && tokens.slice(hit.match.lastToken + 1, g.first).every((t) => OBJECT_QUANTIFIER.has(t.norm)) && g.first - hit.match.lastToken <= 3);
    if (!group) return undefined;
    let k = group.last + 1;
    while (k <= sentenceTokens[1] && k - group.last <= 3 && GONE_LEAD.has(tokens[k]!.norm)) k++;
    if (k > sentenceTokens[1] || roleAt(k, 'negation')) return undefined;
    const word = tokens[k]!.norm;
    const next = tokens[k + 1]?.norm ?? '';
    // "leave for the trip", "go on the trip": a journey, not a going.
    if (JOURNEY_ON.has(next)) return undefined;
    const gone = hits.some((h) => h.role === 'departure' && h.match.firstToken === k) || GONE.has(word) || (SENT_OFF.has(word) && AWAY.has(next));
    return gone ? group : undefined;
  };
  /**
   * "X are so loud", "Why are X always so demanding?", "Why do X always have to be so dramatic?": a
   * trait that is no insult said of some people ("Our Year 6 were so loud at the concert!") is a
   * stereotype said of a whole group — the group named generally (no "our", "the", "these" before
   * it, not "a X"), the subject of a present-tense copula with only fillers between, not denied.
   */
  const stereotyped = (hit: Hit): Identity | undefined => {
    if (negated(hit)) return undefined;
    // "so angry about the cuts", "look cold in this weather": a state with its cause or circumstance, not a trait.
    if (STATE_CAUSE.has(tokens[hit.match.lastToken + 1]?.norm ?? '') && hit.match.lastToken < sentenceTokens[1]) return undefined;
    let linked = false;
    let generalised = false;
    for (let k = hit.match.firstToken - 1; k >= Math.max(sentenceTokens[0], hit.match.firstToken - 7); k--) {
      const group = groups.find((g) => g.last === k);
      if (group) {
        if (group.pronoun || group.place || SPECIFIC.has(tokens[group.first - 1]?.norm ?? '') || SINGLE.has(tokens[group.first - 1]?.norm ?? '')) return undefined;
        // "Why are X so …?", "Why do X always …?": the copula or auxiliary before the group in a question.
        const asked = question && PRESENT_LINK.has(tokens[group.first - 1]?.norm ?? '');
        // Said as a trait, with a degree or a frequency ("so", "too", "always"): "X are angry, and they have every right to be" is a state.
        return (linked || asked) && generalised ? group : undefined;
      }
      const word = tokens[k]!.norm;
      if (GENERALISING.has(word)) generalised = true;
      if (PRESENT_LINK.has(word)) linked = true;
      else if (!FILLER.has(word) && !STEREOTYPE_GAP.has(word)) return undefined;
    }
    return undefined;
  };
  /**
   * "Why do X always complain?", "How come X always make a mess?", "When will X stop moaning?", "Why do
   * X think they can push in?", "X never stop complaining": a bad habit that is no insult told of some
   * people ("Year 6 complained about the rain") asked or said of a whole group named generally, as a
   * habit — a question opening on "why", "how", "when" or "do … ever", or "always", "constantly",
   * "never stop", "keep" between. Not of "our X", not with what it is about ("Why do X have to complain
   * to get a ramp?", "… complain about harassment" — except "about everything").
   */
  const habitOf = (hit: Hit): Identity | undefined => {
    const next = tokens[hit.match.lastToken + 1]?.norm ?? '';
    // Anything after it but "everything", "our …", "all the time" makes it one act or a question about it:
    // "steal bread in Les Misérables", "complain more about pain", "shout the loudest at sports day".
    if (hit.match.lastToken < sentenceTokens[1] && !HABIT_AFTER.has(next) && !(next === 'about' && EVERYTHING.has(tokens[hit.match.lastToken + 2]?.norm ?? ''))) return undefined;
    let habitual = false;
    for (let k = hit.match.firstToken - 1; k >= Math.max(sentenceTokens[0], hit.match.firstToken - 6); k--) {
      // "think they can …": the pronoun is the group's own, passed over.
      const group = groups.find((g) => g.last === k && !(g.pronoun && HABIT_GAP.has(tokens[k]!.norm)));
      if (group) {
        if (group.pronoun || group.place || SPECIFIC.has(tokens[group.first - 1]?.norm ?? '') || SINGLE.has(tokens[group.first - 1]?.norm ?? '')) return undefined;
        const opener = tokens[sentenceTokens[0]]!.norm;
        const asked = question && (WH_WORD.has(opener) || ((opener === 'do' || opener === 'does') && tokens.slice(group.last + 1, hit.match.firstToken).some((t) => t.norm === 'ever')));
        return asked || habitual ? group : undefined;
      }
      const word = tokens[k]!.norm;
      // "never stop complaining": the negation is the habit.
      if ((word === 'never' || word === "don't" || word === 'dont') && tokens[k + 1]?.norm === 'stop') habitual = true;
      else if (roleAt(k, 'negation')) return undefined;
      if (HABITUAL.has(word)) habitual = true;
      if (!HABIT_GAP.has(word) && !HABITUAL.has(word) && !roleAt(k, 'negation')) return undefined;
    }
    return undefined;
  };
  /**
   * "Keep your kids away from the X", "Make sure your daughters stay away from the X lads", "You should
   * keep your distance from X": urging others to avoid the group — an order or advice (the sentence opens
   * on the verb, "make sure", "always", "please", or a modal "should", "must", "had better" stands
   * before), the group right after. Not denied ("No need to keep away from …"), not health advice ("…
   * if you have a cold"), not a place of theirs ("the Muslim families' prayer room").
   */
  const avoidanceUrged = (hit: Hit): Identity | undefined => {
    if (negated(hit)) return undefined;
    for (let k = sentenceTokens[0]; k < hit.match.firstToken; k++) if (roleAt(k, 'negation') || NEED_NOT.has(tokens[k]!.norm)) return undefined;
    const opener = tokens[sentenceTokens[0]]!.norm;
    const urged = ORDER_OPENER.has(opener) || tokens.slice(Math.max(sentenceTokens[0], hit.match.firstToken - 8), hit.match.firstToken).some((t) => ADVISING.has(t.norm));
    if (!urged) return undefined;
    for (let k = hit.match.lastToken + 1; k <= sentenceTokens[1]; k++) if (UNWELL.has(tokens[k]!.norm)) return undefined;
    let at = hit.match.lastToken + 1;
    while (at - hit.match.lastToken <= 3 && OBJECT_QUANTIFIER.has(tokens[at]?.norm ?? '')) at++;
    const group = groups.find((g) => !g.pronoun && !g.place && g.first === at);
    if (!group) return undefined;
    // "the Muslim families' prayer room": a place of theirs, the possessive on the group or the person word after it.
    const possessive = (k: number) => tokens[k] !== undefined && (/(?:'s|s'|’s|s’)$/.test(tokens[k]!.norm) || /^['’](?!\p{L})/u.test(text.slice(tokens[k]!.end, tokens[k]!.end + 2)));
    return possessive(group.last) || (PERSONISH.has(tokens[group.last + 1]?.norm ?? '') && possessive(group.last + 1)) ? undefined : group;
  };
  /** Where the result's clause is joined to the one before: "and", "and then", "then", "or (else)", "otherwise" or a comma. */
  const consequenceJoin = (hit: Hit): { at: number; end: number; word: string } | undefined => {
    for (let k = hit.match.firstToken - 1; k > sentenceTokens[0] && k >= hit.match.firstToken - CONSEQUENCE_REACH; k--) {
      const word = tokens[k]!.norm;
      if (/[,;—–]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return { at: k, end: k + 1, word: ',' };
      if (CONSEQUENCE_JOIN.has(word)) {
        const before = tokens[k - 1]?.norm ?? '';
        // "and then", "or else": the pair is the join.
        const pair = (word === 'then' && before === 'and') || (word === 'else' && before === 'or');
        const end = pair ? k - 1 : k;
        return { at: k, end, word: pair ? before : word === 'otherwise' ? 'or' : word };
      }
    }
    return undefined;
  };
  /**
   * The order or condition before the join: a verb of doing something with someone opening the sentence
   * or a clause ("Put …", "Send …", "Don't leave …", "Keep … or") or after "if", "once", "when" and a
   * subject ("If you let …", "Once a school hires …"). Where its verb stands, and whether it is a warning
   * (a denied order or a precaution, which "or" then follows).
   */
  const conditionFrame = (end: number): { verb: number; warning: boolean } | undefined => {
    for (let k = sentenceTokens[0]; k < end; k++) {
      const opens = k === sentenceTokens[0] || /[,;—–]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) || CLAUSE_LEAD.has(tokens[k - 1]!.norm);
      if (!opens) continue;
      const word = tokens[k]!.norm;
      if (CONDITION_VERB.has(word)) return { verb: k, warning: false };
      if (PRECAUTION.has(word)) return { verb: k, warning: true };
      const denied = word === 'never' || word === "don't" || word === 'dont' ? k + 1 : word === 'do' && tokens[k + 1]?.norm === 'not' ? k + 2 : -1;
      if (denied > 0 && denied < end && CONDITION_VERB.has(tokens[denied]!.norm)) return { verb: denied, warning: true };
      if (CONDITION_MARKER.has(word) || (word === 'time' && tokens[k - 1]?.norm === 'every') || (word === 'moment' && tokens[k - 1]?.norm === 'the')) {
        for (let v = k + 2; v < Math.min(end, k + 5); v++) if (conditionVerb(tokens[v]!.norm)) return { verb: v, warning: false };
      }
    }
    return undefined;
  };
  /** The subject of the result, over auxiliaries and adverbs: "they'll" in "they'll come home with nits", "them" in "watch them vanish". */
  const outcomeSubject = (at: number, join: number): number | undefined => {
    let k = at - 1;
    while (k > join && OUTCOME_AUXILIARY.has(tokens[k]!.norm)) k--;
    return k > join ? k : undefined;
  };
  /**
   * A violent verb with the group its victim, wished, promised or praised: the group its object after
   * it ("Someone should poison all X", "I'm going to strangle every X", "Anyone who punches a X deserves
   * a medal", "Stab the lot of them" after a sentence on X) with a person its doer (not "Cuts will hurt X"),
   * or the group its subject in a wished passive ("X deserve to be punched", "X should be locked up and
   * starved"). Told ("a man punched a Muslim pupil"), denied ("nobody should ever punch a X"), in a game
   * ("we'll beat the women at rounders") or done to a thing ("kick the ball") it is not.
   */
  const harmedGroup = (hit: Hit): Identity | undefined => {
    if (deed?.verdict === 'endorsed' && hit.match.lastToken < deed.copula) return deed.group;
    if (negated(hit) || perpetratorsTold(hit) || witnessed(hit) || storyTold) return undefined;
    const at = hit.match.firstToken;
    const before = tokens[at - 1]?.norm ?? '';
    // The passive with "getting", foretold by a time to come or by the speaker's doing: "You X are all getting
    // stabbed when I find you", "The X on our street are getting burnt out this weekend" — not "X are getting
    // stabbed in this city every week", told.
    if (before === 'getting' || (before === 'get' && (tokens[at - 2]?.norm === 'gonna' || tokens[at - 2]?.norm === 'to'))) {
      const span = tokens.slice(sentenceTokens[0], sentenceTokens[1] + 1).map((t) => t.norm);
      const foretold = span.some((w, i) => FORETOLD_TIME.has(w) || ((w === 'when' || w === 'once') && SPEAKER.has(span[i + 1] ?? '')));
      const subject = groups.find((g) => !g.place && g.last < at - 1 && at - 1 - g.last <= SUBJECT_REACH + 2);
      if (foretold && subject) return subject;
    }
    // The passive: "X should (all) be poisoned", "X need to be kicked and spat on".
    if (PASSIVE_BE.has(before) || before === 'been') {
      if (!(hasWishBefore(tokens, at - 1, 4) || coordinatedWish(tokens, at, sentenceTokens[0]))) return undefined;
      // Not the object of a relative clause on the doers: "People who abuse X should be punished", "Bullies who target X should be expelled".
      const inRelative = (g: Identity) => tokens.slice(Math.max(sentenceTokens[0], g.first - 4), g.first).some((t) => RELATIVE.has(t.norm));
      return groups.find((g) => !g.place && g.last < at - 1 && at - 1 - g.last <= SUBJECT_REACH && !inRelative(g));
    }
    if (coordinatedWish(tokens, at, sentenceTokens[0])) return groups.find((g) => !g.place && g.last < at && at - g.last <= 12);
    // The passive said with "-ing" after a need: "X need locking up", "X want stringing up" (not "X need cooking lessons").
    if (NEEDING.has(before) && tokens[at]!.norm.endsWith('ing')) return groups.find((g) => !g.place && g.last < at - 1 && at - 1 - g.last <= SUBJECT_REACH);
    // The active: the group its object, over determiners and quantifiers ("all the", "every last").
    let k = hit.match.lastToken + 1;
    while (k - hit.match.lastToken <= 3 && (OBJECT_QUANTIFIER.has(tokens[k]?.norm ?? '') || PICKED.has(tokens[k]?.norm ?? ''))) k++;
    const object = groups.find((g) => !g.place && g.first === k && inSentence(g.first));
    if (!object || ownsTheThing(object)) return undefined;
    const next = object.last + 1;
    // "beat the men at rounders" is a game; "poison all the X at school" is where they are (not for a game verb: "beat the men at school").
    const setting = !SPORTING.has(hit.match.term) && settingAt(tokens, next + 1);
    if (next <= sentenceTokens[1] && (/^\d/.test(tokens[next]!.norm) || (CONTEST.has(tokens[next]!.norm) && !ownPlaceAt(tokens, next + 1) && !setting))) return undefined;
    if (rewarded(hit)) return object;
    // Ordered: the verb opens the sentence ("Poison the lot of them"), or after "go and" ("Go and poison …").
    if (at === sentenceTokens[0] || (at === sentenceTokens[0] + 2 && tokens[sentenceTokens[0]]!.norm === 'go' && tokens[sentenceTokens[0] + 1]!.norm === 'and')) return object;
    // Called for as time: "It's time to poison every X", "about time to …".
    if (tokens[at - 1]?.norm === 'to' && tokens[at - 2]?.norm === 'time') return object;
    // Wished or promised by a person: a modal ("should", "'ll", "going to", "want to") or a wish ("if someone", "I wish") before it, and a doer.
    const from = Math.max(sentenceTokens[0], at - 12);
    // Intended: "I plan to …", "I've decided to …", "I'm about to …", "I can't wait to …", "I swear to …".
    let wished = hasModalBefore(tokens, at, Math.min(6, at - sentenceTokens[0])) || (tokens[at - 1]?.norm === 'to' && at - 2 >= sentenceTokens[0] && INTENDING.has(tokens[at - 2]!.norm));
    // Suggested: "How about we lock up every X?", "What about we …", "Why don't we just …", "Why not …".
    const opener = tokens[sentenceTokens[0]]!.norm;
    const second = tokens[sentenceTokens[0] + 1]?.norm ?? '';
    // "Why haven't we deported every X yet?", "Why can't we just lock up …": asking why it is not done yet wishes it.
    const notYet = (second === "haven't" || second === 'havent' || second === "can't" || second === 'cant') && SPEAKER.has(tokens[sentenceTokens[0] + 2]?.norm ?? '');
    if (at - sentenceTokens[0] <= 5 && (((opener === 'how' || opener === 'what') && second === 'about') || (opener === 'why' && (second === "don't" || second === 'dont' || second === 'not' || notYet)))) return object;
    for (let j = at - 1; j >= from && !wished; j--) if (HYPOTHETICAL.has(tokens[j]!.norm)) wished = true;
    if (!wished) return undefined;
    for (let j = at - 1; j >= from; j--) if (DOER.has(tokens[j]!.norm)) return object;
    return undefined;
  };
  /**
   * Violence someone might see done, to be reported: "If you see anyone punch a disabled pupil, tell a
   * member of staff" — a verb of seeing before it, not one wished for ("I'd love to see someone …").
   */
  const witnessed = (hit: Hit): boolean => {
    for (let k = hit.match.firstToken - 1; k >= Math.max(sentenceTokens[0], hit.match.firstToken - 6); k--) {
      if (!PERCEIVING.has(tokens[k]!.norm)) continue;
      for (let j = k - 1; j >= Math.max(sentenceTokens[0], k - 3); j--) if (WANTING_TO_SEE.has(tokens[j]!.norm)) return false;
      // Someone seen doing it: "see anyone punch …", "saw a boy kick …" — not "Next X I see is getting a bullet".
      for (let j = k + 1; j < hit.match.firstToken; j++) if (SEEN_DOING.has(tokens[j]!.norm)) return true;
      return false;
    }
    return false;
  };
  /**
   * The group owns what the verb is done to: "Mrs Khan will shoot the Muslim families' Eid video", "hang
   * the girls' artwork" — a thing of theirs a school makes or shows, within three words of the possessive.
   */
  const ownsTheThing = (group: Identity): boolean => {
    const possessiveAt = (k: number) => {
      const token = tokens[k];
      return token !== undefined && (/['’]s$/.test(token.norm) || /^['’](?![\p{L}])/u.test(text.slice(token.end, token.end + 2)));
    };
    // The possessive on the group's last word, or on the person word after it ("the Muslim families' …").
    const owner = possessiveAt(group.last) ? group.last : group.last + 1 <= sentenceTokens[1] && possessiveAt(group.last + 1) ? group.last + 1 : -1;
    if (owner < 0) return false;
    for (let k = owner + 1; k <= Math.min(sentenceTokens[1], owner + 3); k++) if (THINGS_OWNED.has(tokens[k]!.norm)) return true;
    return false;
  };
  /**
   * A single-word violent verb foretold ("will", "would", "could") of a thing, the sentence naming no one
   * before it who could do it: "The funding cuts will hurt …", "This policy would harm …" (not "I will",
   * "Our lads will", nor called for: "The government should …").
   */
  const doneByAThing = (hit: Hit): boolean => {
    const at = hit.match.firstToken;
    if (at !== hit.match.lastToken) return false;
    // Foretold ("will", "would", "could"), not called for: "The government should shoot every X" is a threat.
    // Right before the verb, or with an adverb between ("will hit … hardest", "would badly hurt"); not
    // "The answer would be to kill all X".
    const before = tokens[at - 1]?.norm ?? '';
    const adverb = /ly$/.test(before) || before === 'also' || before === 'only' || before === 'still' || before === 'even';
    const foretold = at - 1 >= sentenceTokens[0] && (FORETELLING.has(before) || (adverb && at - 2 >= sentenceTokens[0] && FORETELLING.has(tokens[at - 2]!.norm)));
    if (!foretold) return false;
    // A thing as the subject opens with a determiner ("The cuts …", "These changes …", "Our new rules …")
    // or is a cause named bare right before the modal ("Cuts will hurt …", "Rising prices will hit …");
    // "Need to hurt every X", "It would be good to kill X" have neither.
    const modal = FORETELLING.has(before) ? at - 1 : at - 2;
    const bareCause = IMPERSONAL_CAUSES.has(tokens[modal - 1]?.norm ?? '') && modal - 1 >= sentenceTokens[0];
    if (!THING_OPENERS.has(tokens[sentenceTokens[0]]!.norm) && !bareCause) return false;
    for (let k = sentenceTokens[0]; k < at; k++) {
      if (bareCause && k === sentenceTokens[0] && !DOER.has(tokens[k]!.norm)) continue;
      const word = tokens[k]!.norm;
      // "these"/"those" as a determiner ("These changes will hurt …") is no one.
      const determiner = DETERMINERS.has(word) && !MODAL.has(tokens[k + 1]?.norm ?? '');
      if (DOER.has(word) || (roleAt(k, 'pronoun') && !determiner) || roleAt(k, 'person-noun') || roleAt(k, 'self') || roleAt(k, 'identity-noun')) return false;
      // A name: "Dave will hurt …", "our coach Mr Reed would harm …" (a capital opening the sentence only right before the modal).
      if (/^\p{Lu}/u.test(tokens[k]!.raw) && (k > sentenceTokens[0] || MODAL.has(tokens[k + 1]?.norm ?? ''))) return false;
    }
    return true;
  };
  /** "People who punch X should be jailed": whoever does it, named to be condemned (not "Anyone who punches X deserves a medal"). */
  const perpetratorsTold = (hit: Hit) => !rewarded(hit) && perpetrators(hit);
  /**
   * "Has anyone ever met a X with an ounce of decency?", "Have you ever seen a X with any manners?":
   * asking whether anyone ever met one of the group with a good says none has it (as "who wasn't" does
   * in everyOneIs) — a question with "ever", a verb of meeting, the group, then "with" and the good.
   */
  const metWith = (hit: Hit): Identity | undefined => {
    if (!question) return undefined;
    let k = hit.match.firstToken - 1;
    while (k > sentenceTokens[0] && OUNCE.has(tokens[k]!.norm)) k--;
    if (tokens[k]?.norm !== 'with') return undefined;
    const identity = groups.find((g) => !g.pronoun && !g.place && g.last === k - 1);
    if (!identity) return undefined;
    for (let j = identity.first - 1; j >= Math.max(sentenceTokens[0], identity.first - 3); j--) {
      if (MEETING.has(tokens[j]!.norm)) return tokens.slice(sentenceTokens[0], j).some((t) => t.norm === 'ever') ? identity : undefined;
    }
    return undefined;
  };
  /**
   * The group said to be who the speaker feels it for, in a relative clause after a copula: "X are
   * the people I hate most", "Muslims are the ones we can't stand".
   */
  const felt = (hit: Hit): Identity | undefined => {
    let k = hit.match.firstToken - 1;
    while (k > sentenceTokens[0] && FEELING_ADVERB.has(tokens[k]!.norm)) k--;
    if (!REFUSER.has(tokens[k]?.norm ?? '')) return undefined;
    k--;
    if (RELATIVE.has(tokens[k]?.norm ?? '')) k--;
    if (!FELT_FOR.has(tokens[k]?.norm ?? '')) return undefined;
    k--;
    while (k > sentenceTokens[0] && (POINTING.has(tokens[k]!.norm) || tokens[k]!.norm === 'only' || /est$/.test(tokens[k]!.norm))) k--;
    if (!COPULA.has(tokens[k]?.norm ?? '')) return undefined;
    return groups.find((g) => !g.pronoun && !g.place && g.last < k && k - g.last <= 2);
  };
  const groupLinked = (hit: Hit): Identity | undefined => {
    if (quoted(hit) && !counter) return undefined; // handled as a quotation below
    // "I don't think X deserve any less than the rest of us": less of a good denied is as much.
    if (GOODS.has(hit.role) && LESSER.has(tokens[hit.match.lastToken + 1]?.norm ?? '') && tokens.slice(hit.match.lastToken + 2, hit.match.lastToken + 5).some((t) => t.norm === 'than')) return undefined;
    switch (hit.role) {
      case 'emotion': {
        const after = tokens[hit.match.lastToken + 1]?.norm;
        // "we hate to say goodbye"; but "I can't bear to be in the same room as X" is a feeling about X.
        // "I can't stand being on the same bus as X" says the same with "being".
        const nearThem =
          ((after === 'to' && tokens[hit.match.lastToken + 2]?.norm === 'be') || after === 'being') &&
          tokens.slice(hit.match.lastToken + (after === 'being' ? 2 : 3), hit.match.lastToken + 8).some((t) => PROXIMITY.has(t.norm));
        if (after === 'to' && !nearThem) return undefined;
        // "faced hatred from white parents": the group is where it came from. "can't stand by while …".
        if (after === 'from' || (/stand$/.test(hit.match.term) && (after === 'by' || after === 'up'))) return undefined;
        if (negated(hit) || goodFeelingCaused(hit, tokens)) return undefined;
        // "Pupils asked how ordinary people could come to hate their Jewish neighbours": a question studied, not a feeling.
        if (studiedQuestion(hit.match.firstToken)) return undefined;
        const causative = hit.term.terms.some((t) => CAUSATIVE.test(t)) && CAUSATIVE.test(tokens.slice(hit.match.firstToken, hit.match.lastToken + 1).map((t) => t.norm).join(' '));
        // "Whenever X turn up, I feel sick", "the sight of X … makes my skin crawl": the cause comes first.
        const caused = (g: Identity) => g.last < hit.match.firstToken && [1, 2, 3].some((d) => CAUSE_MARK.has(tokens[g.first - d]?.norm ?? '') && g.first - d >= sentenceTokens[0]);
        // The feeling's object after it in the same phrase: "I can't be around nuts, said one of our X" is not about them.
        const object = (g: Identity) => g.pronoun === true || g.first <= hit.match.lastToken || !/[,;:—–]/.test(text.slice(tokens[hit.match.lastToken]!.end, tokens[g.first]!.start));
        // "Some people want to hurt X, and that scares me": the cause is "that", the violence told before it,
        // not the group ("I saw some X and it made me sick" is still about them).
        const ownCause = causative && CAUSE_PRONOUN.has(tokens[hit.match.firstToken - 1]?.norm ?? '') && hits.some((h) => (h.role === 'threat' || h.role === 'harm-verb') && h.match.lastToken < hit.match.firstToken);
        const identity = groups.find((g) => isNear(g, hit, causative && !ownCause ? 8 : 0, nearThem ? 10 : 6) && object(g)) ?? groups.find((g) => isNear(g, hit, 14, 0) && caused(g)) ?? felt(hit);
        // "I hate how people treat X", "I hate it when people are rude to X": the feeling is at what others do to them.
        if (identity && identity.first > hit.match.lastToken && othersDoing(hit.match.lastToken, identity.first)) return undefined;
        // "Why do people still hate X?": others' feeling asked about, not the speaker's.
        if (identity && question && (tokens[sentenceTokens[0]]!.norm === 'why' || tokens[sentenceTokens[0]]!.norm === 'how') && feltByOthers(hit.match.firstToken)) return undefined;
        // "Nobody wants Muslim families to feel unwelcome": a wish about how they are treated.
        if (identity && / wants$/.test(hit.match.term) && [1, 2].some((d) => tokens[identity.last + d]?.norm === 'to')) return undefined;
        // "I wouldn't want X living on my street" refuses them; "We don't want disabled pupils to miss out" does not.
        // "I wouldn't want a X as a neighbour" the same.
        if (identity && REFUSAL.test(hit.match.term) && !(identity.first > hit.match.lastToken && (keptFromSpeaker(tokens, identity.last, sentenceTokens[1]) || takenOnAsClose(tokens, identity.last)))) return undefined;
        // "hate that disabled people still face barriers", "disgusted by how black people were treated": for them, not at them.
        // Not "couldn't care less if X suffer": indifference to the wrong is the hostility.
        if (identity && identity.first > hit.match.lastToken && !INDIFFERENT.test(hit.match.term) && wronged(tokens, identity.last, sentenceTokens[1])) return undefined;
        return identity;
      }
      case 'action': {
        // Something the group is said to do ("immigrants will ruin …", "they infest …"): the group comes first, in the same clause.
        if (negated(hit)) return undefined;
        // "ruined nothing", "harmed no one": nothing done.
        if (NOTHING_DONE.has(tokens[hit.match.lastToken + 1]?.norm ?? '')) return undefined;
        // The nearest group before it with nothing between that starts another clause — a pronoun
        // standing for the group counts ("Every time X move in, they turn it into a tip").
        const sameClause = (identity: Identity) => {
          for (let k = identity.last + 1; k < hit.match.firstToken; k++) if (SCOPE_BREAK.has(tokens[k]!.norm) && tokens[k]!.norm !== 'that' && tokens[k]!.norm !== 'who') return false;
          return true;
        };
        return groups.filter((g) => isNear(g, hit, 8, 0) && g.last < hit.match.firstToken).sort((a, b) => b.last - a.last).find(sameClause);
      }
      case 'attribute':
      case 'dehumanising': {
        if (hit.match.term === 'typical') return typicalOf(hit);
        // "What is wrong with X?": the group itself the fault, the question ending on it — not "What's wrong with X getting married?".
        if (/wrong with$/.test(hit.match.term) && hit.match.term.startsWith('what')) {
          const g = groups.find((o) => !o.pronoun && !o.place && o.first === hit.match.lastToken + 1);
          const end = g && (PERSONISH.has(tokens[g.last + 1]?.norm ?? '') ? g.last + 1 : g.last);
          return g && end === sentenceTokens[1] ? g : undefined;
        }
        // "about as useful as it gets", "about as brave as they come": the most, not a sneer.
        if (/^about as /.test(hit.match.term) && AS_IT_GETS.has(tokens[hit.match.lastToken + 1]?.norm ?? '')) return undefined;
        if (SAMENESS.has(hit.match.term)) return allAlike(hit);
        // "no less capable than anyone else", "not any less human": less denied is as much.
        if (/^less /.test(hit.match.term) && ['no', 'not', 'any', 'none', 'nothing'].includes(tokens[hit.match.firstToken - 1]?.norm ?? '')) return undefined;
        // "always lying down after PE", "forever lying on the sofa": lying somewhere, not lies.
        if (hit.match.term.endsWith(' lying') && RECLINING.has(tokens[hit.match.lastToken + 1]?.norm ?? '')) return undefined;
        if (EXCESS.has(hit.match.term)) return tooMany(hit);
        if (EXISTING.has(hit.match.term)) return existenceRegretted(hit);
        if (negated(hit)) return everyOneIs(hit);
        // "Disabled people were often locked away in institutions": something done to them, told.
        if (toldAsDone(hit, tokens, sentenceTokens)) return undefined;
        // "A monkey is smarter than X" ranks the group below; "Our Muslim mums were smarter than the dads" praises it.
        // Over quantifiers: "… more brains than the whole lot of X", "… than all of you X put together".
        if (RANKED_ABOVE.has(hit.match.term)) return groups.find((g) => !g.pronoun && g.first > hit.match.lastToken && (g.first - hit.match.lastToken <= 4 || (g.first - hit.match.lastToken <= 7 && tokens.slice(hit.match.lastToken + 1, g.first).every((t) => RANKED_GAP.has(t.norm)))));
        const after = hit.match.lastToken > hit.match.firstToken ? 8 : 3;
        const placed = (identity: Identity) => {
          // "spiders are disgusting, but our Polish pupils love them": another clause, another subject.
          // But a phrase may be said of "another X" in the next clause: "… lowering its standards, they've hired another X".
          const oneMore = tokens[identity.first - 1]?.norm === 'another' && hit.match.term.includes(' ');
          if (identity.first > hit.match.lastToken && !identity.pronoun && !oneMore && clauseBreakBetween(hit.match.lastToken, identity.first)) return false;
          if (listedWith(identity)) return false;
          // "People who attack X are evil", "Those who bully X are cowards": the group the object in a relative clause on
          // the subject, who are what is said — not "People who are X are scum", where the clause names the group.
          if (identity.last < hit.match.firstToken && !identity.pronoun && objectOfDoers(identity)) return false;
          // "people are rude to X", "cruel towards X", "nasty about X": someone else's conduct to the group.
          if (identity.first > hit.match.lastToken && CONDUCT_TO.has(tokens[hit.match.lastToken + 1]?.norm ?? '') && identity.first - hit.match.lastToken <= 3) return false;
          const adjacent = identity.last + 1 === hit.match.firstToken || identity.first - 1 === hit.match.lastToken || identity.last === hit.match.firstToken;
          // A phrase stands anywhere near, except "a …"/"an …", which must be said of them: "X are a mental
          // illness", not "X are more likely to have a mental illness".
          return adjacent || predicative(hit, identity) || (hit.match.term.includes(' ') && !(hit.role === 'attribute' && /^an? /.test(hit.match.term)));
        };
        // Any group near enough that stands in the right place ("tell a woman by how dishonest they look").
        // "Our Polish pupils … absolute monkeys at football", "they were brutal in defence": how some
        // people played, not what a group is ("Women are useless at football" still is).
        const played = atAnActivity(tokens, hit.match.lastToken);
        // "the roles played by women and animals", "paintings of animals and women": two things listed, not one said to be the other.
        const listedWith = (identity: Identity): boolean => {
          if (hit.match.firstToken !== hit.match.lastToken) return false;
          const join = identity.last < hit.match.firstToken ? identity.last + 1 : hit.match.lastToken + 1;
          const other = identity.last < hit.match.firstToken ? hit.match.firstToken - 1 : identity.first - 1;
          if (join !== other || !LIST_JOINS.has(tokens[join]?.norm ?? '')) return false;
          // Unless the pair is then said to be something, or to deserve it: "Women and animals are the same".
          const next = tokens[Math.max(identity.last, hit.match.lastToken) + 1]?.norm ?? '';
          return !COPULA.has(next) && !MODAL.has(next);
        };
        const specific = (g: Identity) => g.pronoun === true || SPECIFIC.has(tokens[g.first - 1]?.norm ?? '');
        // A subject with its own relative clause may stand further off: "The X who've moved onto our street … are thieving scumbags".
        const before = (g: Identity) => (RELATIVE_AFTER_SUBJECT.has(tokens[g.last + 1]?.norm ?? '') ? 8 + RELATIVE_REACH : 8);
        return groups.find((g) => isNear(g, hit, before(g), after) && placed(g) && !(played && specific(g))) ?? raisedBy(hit) ?? (hit.role === 'dehumanising' ? comparedAfter(hit, true) : mostOf(hit));
      }
      case 'interaction': {
        // "I would never sit next to a X", "I'd never eat anything cooked by a X", "I refuse to be treated
        // by a X": the speaker refusing an everyday dealing with anyone of the group. Only the speaker,
        // only as a refusal ("would never", "'d never", "wouldn't", "will never", "refuse to") — not told
        // ("I have never sat next to …") — and only with the group the object, after the verb, in the
        // same clause with no harm between ("I would never hurt a X" is a harm refused).
        const refusal = refusedBySpeaker(hit.match.firstToken);
        if (refusal < 0) return undefined;
        if (hits.some((h) => h !== hit && h.role !== 'interaction' && HOSTILE_ROLES.has(h.role) && h.match.firstToken > refusal && h.match.firstToken < hit.match.firstToken + 8)) return undefined;
        // Between the refusal and the verb only wanting or whose child ("I'd never want my child to marry …").
        for (let k = refusal + 1; k < hit.match.firstToken; k++) if (!REFUSAL_GAP.has(tokens[k]!.norm)) return undefined;
        // The group its object: between the verb and the group only determiners or what was done by them ("eat anything cooked by a X"),
        // not another object ("serve pork to our Muslim pupils").
        return groups.find((g) => {
          if (g.pronoun || g.place || g.first <= hit.match.lastToken || g.first - hit.match.lastToken > 8) return false;
          if (hit.match.term === 'have' && !takenOnAsClose(tokens, g.last)) return false;
          // Only those words ("that has been touched by" is one clause with the verb's object), and no punctuation.
          for (let k = hit.match.lastToken + 1; k < g.first; k++) if (!OBJECT_GAP.has(tokens[k]!.norm) || /[,;:—–.!?]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
          if (/[,;:—–.!?]/.test(text.slice(tokens[g.first - 1]!.end, tokens[g.first]!.start))) return false;
          return true;
        });
      }
      case 'insinuation': {
        // "Muslims. Enough said.": the group alone in the sentence before, the rest left unsaid.
        const previous = identityBySentence.get(id - 1)?.find((g) => !g.place && !g.pronoun);
        if (!previous || previous.last !== sentenceTokens[0] - 1 || hit.match.firstToken !== sentenceTokens[0]) return refusalShared(hit) ?? consequenceOf(hit);
        const alone = previous.first === 0 || SENTENCE_END.test(text.slice(tokens[previous.first - 1]!.end, tokens[previous.first]!.start));
        return alone ? { ...previous, first: hit.match.firstToken, last: hit.match.firstToken, pronoun: true } : consequenceOf(hit);
      }
      case 'squalor': {
        // "You can always spot the house where X live, it's the one with rubbish all over the front":
        // squalor as the sign of the group, named right after the telltale.
        if (negated(hit)) return undefined;
        // "… when X have been in the room" leaves the sign unsaid only when the sentence ends there
        // ("… have been in the hall: the food is amazing" goes on to say it).
        if (/^(?:have|has) been /.test(hit.match.term) && (hit.match.lastToken !== sentenceTokens[1] || /^\s*[:—–-]/.test(text.slice(hit.match.end, hit.match.end + 3)))) return undefined;
        const signs = hits.filter((h) => h.role === 'telltale' && h.match.lastToken < hit.match.firstToken);
        return groups.find((g) => !g.place && signs.some((t) => g.first > t.match.lastToken && g.first - t.match.lastToken <= 3));
      }
      case 'decline': {
        // "Every time X move onto a street the house prices fall off a cliff", "The area went downhill
        // the day X moved in": a decline blamed on the group's arrival — the group the subject of it.
        if (negated(hit)) return undefined;
        const arrivals = hits.filter((h) => h.role === 'arrival');
        // In one clause or a clause on it: "House prices fell, and X came to the fair" blames no one.
        const joined = (g: Identity) => {
          const [a, b] = g.last < hit.match.firstToken ? [g.last, hit.match.firstToken] : [hit.match.lastToken, g.first];
          for (let k = a + 1; k < b; k++) if (COORDINATOR.has(tokens[k]!.norm)) return false;
          return true;
        };
        return groups.find((g) => !g.place && joined(g) && arrivals.some((a) => a.match.firstToken > g.last && a.match.firstToken - g.last <= 3 && !clauseBreakBetween(g.last, a.match.firstToken))) ?? consequenceOf(hit);
      }
      case 'outcome':
      case 'overreach':
        return consequenceOf(hit);
      case 'improvement':
        return betterWithout(hit);
      case 'blame':
        return blamed(hit);
      case 'longing':
        return longedGone(hit);
      case 'stereotype':
        return stereotyped(hit);
      case 'conduct':
        return habitOf(hit);
      case 'avoidance':
        return avoidanceUrged(hit);
      case 'preference':
        // "I'd rather have a rat as a neighbour than a Muslim": anything rather than the group.
        return comparedAfter(hit, false);
      case 'harm-verb':
        return harmedGroup(hit);
      case 'regard': {
        // "Why should anyone respect X?", "Who honestly likes X?", "Why would anybody want to live near X?":
        // a question opening on "why" or "who" that asks who could regard the group well says no one does —
        // not with a negation in it ("Why wouldn't anyone like X?") and with the group after, in its clause.
        const opener = tokens[sentenceTokens[0]]!.norm;
        if (!question || (opener !== 'why' && opener !== 'who')) return undefined;
        for (let k = sentenceTokens[0] + 1; k <= hit.match.lastToken; k++) if (roleAt(k, 'negation') || /n't$/.test(tokens[k]!.norm)) return undefined;
        for (let k = sentenceTokens[0] + 1; k < hit.match.firstToken; k++) if (!ASKED_REGARD.has(tokens[k]!.norm)) return undefined;
        return groups.find((g) => !g.pronoun && !g.place && g.first > hit.match.lastToken && g.first - hit.match.lastToken <= 6 && !clauseBreakBetween(hit.match.lastToken, g.first));
      }
      case 'permission': {
        // "How are X still allowed to teach?", "Why are X even allowed near kids?": a question opening on
        // "why"/"how" that wonders at the group being let do anything says they should not be — not
        // "Are X allowed to join?" (asked), "Why were X not allowed to vote?" (a wrong asked about).
        // "Should X really be allowed to vote?": "really" asks the same of a yes-no question on a modal.
        const opener = tokens[sentenceTokens[0]]!.norm;
        const really = hit.match.term.startsWith('really ') && (opener === 'should' || opener === 'can' || opener === 'must');
        if (!question || !(WH_WORD.has(opener) || really) || negated(hit)) return undefined;
        // Let do anything at all ("Why are X allowed to adopt?"): only asked why, not how ("How are X allowed to pray at school?" asks the way).
        if (hit.match.term === 'allowed to' && (opener !== 'why' || !RIGHTS.has(tokens[hit.match.lastToken + 1]?.norm ?? ''))) return undefined;
        for (let k = sentenceTokens[0] + 1; k < hit.match.firstToken; k++) if (roleAt(k, 'negation')) return undefined;
        // "How are disabled pupils still allowed to use the lift when it is broken?": the question is about
        // a circumstance, not the group.
        for (let k = hit.match.lastToken + 1; k <= sentenceTokens[1]; k++) if (CIRCUMSTANCE.has(tokens[k]!.norm)) return undefined;
        // The group is whom the question asks about: "How can we make sure X are allowed to stay …?" asks how to help them.
        if (tokens.slice(sentenceTokens[0] + 1, hit.match.firstToken).some((t) => SPEAKER.has(t.norm))) return undefined;
        return groups.find((g) => !g.place && g.first > sentenceTokens[0] && g.last < hit.match.firstToken && hit.match.firstToken - g.last <= 3);
      }
      case 'threat': {
        if (deed?.verdict === 'endorsed' && hit.match.lastToken < deed.copula) return deed.group;
        if (negated(hit) || (!rewarded(hit) && reportedViolence(hit, tokens, sentenceTokens))) return undefined;
        if (witnessed(hit) || storyTold) return undefined;
        // "People who attack Muslims deserve to be punished", "Those who spit on X should be jailed": the violence
        // names who does it, in a relative clause on people in general — unless they are praised for it (rewarded).
        if (!rewarded(hit) && perpetrators(hit)) return undefined;
        // "deal with X once and for all": the group right before it.
        if (hit.match.term === 'once and for all' && !groups.some((g) => !g.place && g.last < hit.match.firstToken && hit.match.firstToken - g.last <= 2)) return undefined;
        // "a better place without X": the group right after it, not "without bullying of X".
        if (hit.match.term.endsWith(' without')) {
          return groups.find((g) => !g.place && !g.pronoun && g.first > hit.match.lastToken && tokens.slice(hit.match.lastToken + 1, g.first).every((t) => OBJECT_QUANTIFIER.has(t.norm) || t.norm === 'you'));
        }
        // "X need to be dealt with": the group the sentence's subject, not "Complaints from X need …".
        if (hit.match.term.endsWith('dealt with') && !groups.some((g) => !g.place && g.last < hit.match.firstToken && tokens.slice(sentenceTokens[0], g.first).every((t) => OBJECT_QUANTIFIER.has(t.norm) || t.norm === 'our'))) return undefined;
        if (EXPULSION.has(hit.match.term)) {
          let k = hit.match.firstToken - 1;
          // "should", "let's", or "it's time", "isn't it time", "about time".
          const wishing = (j: number) => WISHING_MODAL.has(tokens[j]!.norm) || (PROMISED_TOO.has(hit.match.term) && MODAL.has(tokens[j]!.norm)) || (tokens[j]!.norm === 'time' && (TIME_COME.has(tokens[j - 1]?.norm ?? '') || tokens[j - 1]?.norm === 'it'));
          while (k >= Math.max(sentenceTokens[0], hit.match.firstToken - 6) && !wishing(k)) k--;
          if (k < Math.max(sentenceTokens[0], hit.match.firstToken - 6)) return undefined;
          // People only, not a place of theirs: "The mosque vandals should be kicked out of town".
          return near(hit, 8, 8);
        }
        // "run the Muslims out of town", "make the trans lot pay": the group between the verb and the
        // rest of the threat. Only so: "Our Muslim families drove out of town" threatens nobody.
        if (SANDWICHED.has(hit.match.term)) {
          // "made the Polish families pay a visit": the idiom, not the threat.
          const after = tokens[hit.match.lastToken + 1]?.norm;
          if (hit.match.term === 'pay' && after !== undefined && after !== 'dearly' && hit.match.lastToken < sentenceTokens[1]) return undefined;
          const verbs = SANDWICHED.get(hit.match.term)!;
          // "drive the X pupils out of town to the match", "… for the trip": a journey, not an expulsion ("… for good" is one).
          if (verbs === EXPELLING && JOURNEY_ON.has(after ?? '') && !FOR_GOOD.has(tokens[hit.match.lastToken + 2]?.norm ?? '')) return undefined;
          // Wished in the passive, the group its subject: "X should be run out of town", "X deserve to be put in the ground".
          const participles = PASSIVE_OF.get(verbs);
          const be = hit.match.firstToken - 2;
          if (participles?.has(tokens[be + 1]?.norm ?? '') && PASSIVE_BE.has(tokens[be]?.norm ?? '') && hasModalBefore(tokens, be, 4)) {
            const subject = groups.find((g) => !g.place && g.last < be && be - g.last <= 4);
            if (subject) return subject;
          }
          // A relative clause may pick out whom it means: "run every X who moves onto this street out of town".
          const reach = (g: Identity) => (RELATIVE_AFTER_SUBJECT.has(tokens[g.last + 1]?.norm ?? '') && !/[,;:—–.!?]/.test(text.slice(tokens[g.last]!.end, hit.match.start)) ? 2 + GAP_RELATIVE_WORDS : 2);
          return groups.find((g) => g.last < hit.match.firstToken && hit.match.firstToken - g.last <= reach(g) && [1, 2, 3].some((d) => verbs.has(tokens[g.first - d]?.norm ?? '')));
        }
        // "We should all be allowed to beat X": wished, with the group its object and no game after it.
        if (OBJECT_ONLY_THREATS.has(hit.match.term)) {
          if (!hasModalBefore(tokens, hit.match.firstToken, 5) && !coordinatedPromise(tokens, hit.match.firstToken, sentenceTokens[0])) return undefined;
          let k = hit.match.lastToken + 1;
          while (k - hit.match.lastToken <= 3 && OBJECT_QUANTIFIER.has(tokens[k]?.norm ?? '')) k++;
          const object = groups.find((g) => !g.place && g.first === k);
          if (!object) return undefined;
          const next = object.last + 1;
          return next > sentenceTokens[1] || !((CONTEST.has(tokens[next]!.norm) && !ownPlaceAt(tokens, next + 1)) || /^\d/.test(tokens[next]!.norm)) ? object : undefined;
        }
        // "Cuts will hurt disabled pupils most": foretold of a thing, with no one to do it, the group its
        // object — a prediction, not a threat ("We will hurt X", "Someone should hurt X" are).
        const nearby = near(hit, 8, 8);
        if (nearby && nearby.first > hit.match.lastToken && (doneByAThing(hit) || (nearby.first - hit.match.lastToken <= 3 && ownsTheThing(nearby)))) return undefined;
        // "burn down that Jewish school": a threat to the group's place is a threat to the group.
        // "X should all be locked in a shed and set on fire": the subject of the first wished passive is the second's.
        return nearby ?? places.find((g) => isNear(g, hit, 8, 8)) ?? (coordinatedWish(tokens, hit.match.firstToken, sentenceTokens[0]) ? groups.find((g) => !g.place && g.last < hit.match.firstToken && hit.match.firstToken - g.last <= 14) : undefined);
      }
      case 'positive': {
        const noneSuch = noneWhoIs(hit);
        if (noneSuch) return noneSuch;
        // "X don't belong in cages, nobody does": denied a dehumanising place, not a place among us.
        if (hit.match.term === 'belong' && hits.some((h) => h.role === 'dehumanising' && h.match.firstToken > hit.match.lastToken && h.match.firstToken <= hit.match.lastToken + 3)) return undefined;
        const denied = presentDenial(hit);
        const after = denied >= 0 ? -1 : denialAfter(hit);
        // "Civil rights did not apply to black people in 1950s Alabama": denied in the past, as history tells it.
        const deniedAfter = after >= 0 && (PAST_NEGATION.has(tokens[after]!.norm) || PAST_AUXILIARY.has(tokens[after - 1]?.norm ?? '')) ? -1 : after;
        const negation = denied >= 0 ? denied : deniedAfter >= 0 ? deniedAfter : conductAsked(hit) >= 0 ? conductAsked(hit) : evenAsked(hit);
        if (negation < 0) return owedAsked(hit) ?? metWith(hit);
        if (feelingReported(negation) || deniedTwice(negation)) return undefined;
        // "Lack" denies a quality ("lack any decency"), not a need ("refugee families lack a place to stay").
        if (LACKING.has(tokens[negation]!.norm) && !LACKABLE.has(hit.match.term)) return undefined;
        // "X don't deserve jobs", "X should not have a say": a good owed only denied as what they should have —
        // not "Many X don't have jobs when they arrive", "X don't always have a say", which tell how things are.
        if (OWED_GOODS.has(hit.match.term) && !tokens.slice(Math.max(sentenceTokens[0], negation - 2), hit.match.firstToken).some((t) => OWING.has(t.norm))) return undefined;
        // "X do not exist.": the group's existence denied, the sentence ending there (not "… don't exist in many picture books").
        // Said of the group, the subject right before the denial: not "Why do stereotypes about X even exist?".
        if (hit.match.term === 'exist' && (hit.match.lastToken !== sentenceTokens[1] || denied < 0 || !groups.some((g) => !g.pronoun && g.last < denied && denied - g.last <= 2))) return undefined;
        // The nearest group: "X can cry all they like, I'll never see them as human" denies it of "them", not of "they".
        const identity = nearest(hit, 8, 8);
        // "I have no respect for people who abuse X": denied to the doers, not the group.
        if (!identity || (!identity.pronoun && identity.first > hit.match.lastToken && objectOfDoers(identity))) return undefined;
        if (identity.last < negation && experiencedByGroup(negation, hit.match.firstToken, hit.match.lastToken)) return undefined;
        // Same clause: no "but" between the group and the denied good.
        const [a, b] = identity.last < hit.match.firstToken ? [identity.last, hit.match.firstToken] : [hit.match.lastToken, identity.first];
        for (let k = a; k < b; k++) if (tokens[k]!.norm === 'but' || /[,;:—–]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return undefined;
        return identity;
      }
      case 'quality': {
        const noneSuch = noneWhoIs(hit);
        if (noneSuch) return noneSuch;
        const negation = presentDenial(hit);
        if (negation < 0) {
          // "Why can't X act like normal people?": the group, between the question's negation and the verb, is who behaves.
          const asked = conductAsked(hit);
          if (asked >= 0) return groups.find((g) => g.first > asked && g.last < hit.match.firstToken);
          // "Are X even capable of thinking?", "Can X ever be trusted?": asking whether the group ever has it says it has not.
          const doubted = everAsked(hit);
          return doubted < 0 ? undefined : groups.find((g) => !g.pronoun && !g.place && g.last < doubted && doubted - g.last <= 2);
        }
        if (LACKING.has(tokens[negation]!.norm) || feelingReported(negation) || deniedTwice(negation)) return undefined;
        // "Refugee families don't get much help from the council": what they get, told (as for goods).
        if (experiencedByGroup(negation, hit.match.firstToken, hit.match.lastToken)) return undefined;
        // "not wanted by landlords": something done to them, told.
        if (tokens[hit.match.lastToken + 1]?.norm === 'by') return undefined;
        // "not worth any less than anyone else's": a lesser worth denied.
        const after = tokens[hit.match.lastToken + 1]?.norm === 'any' ? hit.match.lastToken + 2 : hit.match.lastToken + 1;
        if (['less', 'more', 'lower', 'worse'].includes(tokens[after]?.norm ?? '')) return undefined;
        // The group is what the denial is said of: its subject before the negation ("X are never any
        // good", "X will never fit in"), or right after "no"/"none of" ("No woman is capable").
        return groups.find((g) => {
          if (g.pronoun) return false;
          if (g.last < negation) return negation - g.last <= SUBJECT_REACH && !clauseBreakBetween(g.last, negation);
          if (g.first <= negation || g.last >= hit.match.firstToken) return false;
          // "I don't think X should be allowed to teach": the denial moved up to the verb of belief.
          // "I refuse to believe X can be trusted": the same, over "to".
          const belief = tokens[negation + 1]?.norm === 'to' ? negation + 2 : negation + 1;
          if (BELIEF.has(tokens[belief]?.norm ?? '')) return g.first - belief <= 2;
          // "No X …", "Not one X …", "Not a single X …".
          const none = SUBJECT_NEGATION.has(tokens[negation]!.norm) || (tokens[negation]!.norm === 'not' && NOT_ONE.has(tokens[negation + 1]?.norm ?? ''));
          return g.first - negation <= 3 && none;
        });
      }
      case 'trait': {
        // "X are not friendly", "X aren't ever grateful", "No X is polite": a good trait denied in
        // predicate position of the group. Not "X don't get a friendly welcome" (how they are treated).
        const noneSuch = noneWhoIs(hit);
        if (noneSuch) return noneSuch;
        const negation = presentDenial(hit);
        if (negation < 0 || LACKING.has(tokens[negation]!.norm) || feelingReported(negation) || deniedTwice(negation)) return undefined;
        const inGroup = (k: number) => groups.some((g) => g.first <= k && g.last >= k);
        for (let k = negation + 1; k < hit.match.firstToken; k++) {
          const word = tokens[k]!.norm;
          // "Not one X is …", "Not a single X is …".
          const notOne = tokens[negation]!.norm === 'not' && k <= negation + 2 && NOT_ONE.has(word);
          if (!COPULA.has(word) && !FILLER.has(word) && !TRAIT_ADVERB.has(word) && !inGroup(k) && !notOne) return undefined;
        }
        return groups.find((g) => {
          if (g.last < negation) return negation - g.last <= (g.pronoun ? 2 : SUBJECT_REACH) && !clauseBreakBetween(g.last, negation);
          const none = SUBJECT_NEGATION.has(tokens[negation]!.norm) || (tokens[negation]!.norm === 'not' && NOT_ONE.has(tokens[negation + 1]?.norm ?? ''));
          return !g.pronoun && g.first > negation && g.last < hit.match.firstToken && g.first - negation <= 3 && none;
        });
      }
      case 'word': {
        if (homonymNear(hit, tokens, sentenceTokens) || selfDescribed(hit)) return undefined;
        // "Muslims are not vermin": an insult denied (a slur stays one, denied or not).
        if (hit.term.category === 'insult' && negated(hit)) return undefined;
        if (hit.term.aimedOnly && !hasTarget(hits)) return undefined;
        const identity = near(hit, 8, 6);
        if (!identity || (identity.first <= hit.match.lastToken && identity.last >= hit.match.firstToken)) return undefined;
        return identity;
      }
      default:
        return undefined;
    }
  };

  // 1. A hostile remark about a protected group.
  const groupHits = hits.filter((h) => HOSTILE_ROLES.has(h.role));
  for (const hit of groupHits) {
    const identity = groupLinked(hit);
    if (!identity) continue;
    const span = spanOf(hit, identity, tokens);
    if (counter) {
      return { ...span, severity: 'warning', kind: 'group', message: `Reads as counter-speech or a report about a hostile remark on ${groupLabel(identity)}: check the wording with a colleague`, suggestion: SUGGEST_GROUP };
    }
    return { ...span, severity: 'error', kind: 'group', message: `A hostile remark about a protected group (${groupLabel(identity)})`, suggestion: SUGGEST_GROUP };
  }
  // A hostile remark inside quotation marks: for a person to look at.
  // Not a good merely named ("the things that are really important", quoted from a pupil): goods count only denied, judged above.
  const quotedHit = groupHits.find((h) => quoted(h) && !GOODS.has(h.role) && (h.role !== 'word' || SLUR_CATEGORIES.has(h.term.category)) && !h.fuzzy && near(h, 8, 8));
  if (quotedHit) {
    return { start: quotedHit.match.start, end: quotedHit.match.end, severity: 'warning', kind: 'group', message: 'A quotation of a hostile remark about a group: check it is clearly framed as a quotation and needed', suggestion: SUGGEST_GROUP };
  }

  // 2. Slurs, threats, insults and profanity on their own.
  let best: HostileFinding | undefined;
  const consider = (finding: HostileFinding) => {
    if (!best || (finding.severity === 'error' && best.severity !== 'error')) best = finding;
  };
  for (const hit of groupHits) {
    if (hit.fuzzy) continue;
    const { start, end } = hit.match;
    const softened = counter || quoted(hit);
    if (hit.role === 'word') {
      const term = hit.term;
      if (homonymNear(hit, tokens, sentenceTokens) || usedAsVerb(hit, tokens)) continue;
      const aimed = aimedAtPerson(hit, hits, tokens, sentenceTokens) || (SLUR_CATEGORIES.has(term.category) && addressedOrPointedAt(hit, hits, tokens, sentenceTokens, text));
      const strength = term.strength !== undefined ? `, ${STRENGTH[term.strength] ?? 'rated'} (${term.strength}/4)` : '';
      const detail = `${term.category.replace(/-/g, ' ')}${strength}`;
      if (SLUR_CATEGORIES.has(term.category)) {
        const reclaimed = selfDescribed(hit) || (selfRef && !aimed);
        // "the Spastics Society changed its name to Scope": an old name, told.
        const named = (/^\p{Lu}/u.test(tokens[hit.match.firstToken]!.raw) || tokens[hit.match.firstToken - 1]?.norm === 'the' || tokens[hit.match.firstToken - 2]?.norm === 'the') && ORGANISATION_WORD.has(tokens[hit.match.lastToken + 1]?.norm ?? '');
        // A word that is a slur only when aimed is aimed when the sentence runs down the people it names, in the
        // plural: "All coons should be deported", "I hate chinks" (its homonyms near — "a chink of light" — were
        // passed over above; a singular is more often the other sense: "a queer, weird feeling").
        const condemned = tokens[hit.match.lastToken]!.norm.endsWith('s') && hits.some((h) => h !== hit && CONDEMNING_ROLES.has(h.role));
        const error = !softened && !reclaimed && !named && (term.aimedOnly ? aimed || hasTarget(hits) || condemned : true);
        consider({
          start,
          end,
          severity: error ? 'error' : 'warning',
          kind: 'slur',
          message: error
            ? `A slur (${detail}): ${term.note ?? 'this must not be published'}`
            : `A word that is a slur in other uses (${detail}); here it reads as ${reclaimed ? 'self-description or reclaimed' : softened ? 'a quotation or counter-speech' : named ? 'part of a name' : 'not aimed at anyone'} — check it`,
          suggestion: SUGGEST_WORD,
        });
      } else {
        // "Refugees are not vermin", "You're not an idiot": a denial, not an insult.
        if (term.category === 'insult' && negated(hit)) continue;
        // Profanity called a person is an insult too: "that kid is a little shit" (a noun after "a"), not
        // "you're fucking brilliant".
        const calledOne = term.category !== 'insult' && [1, 2, 3].some((d) => ['a', 'an'].includes(tokens[hit.match.firstToken - d]?.norm ?? ''));
        const error = (term.category === 'insult' || calledOne) && aimed && !softened && !selfDescribed(hit);
        consider({
          start,
          end,
          severity: error ? 'error' : 'warning',
          kind: term.category === 'insult' ? 'insult' : 'profanity',
          message: error ? `An insult aimed at a person (${detail})` : `${term.category === 'insult' ? 'An insulting word' : term.category === 'sexual' ? 'Sexual or obscene language' : 'Profanity'} (${detail}) — not aimed at anyone, but it does not belong in a school post`,
          suggestion: SUGGEST_WORD,
        });
      }
    } else if (hit.role === 'threat') {
      // "pay", "regret it", "out of town" threaten only around a group ("Book now or you will regret it" is advice).
      if (GROUP_ONLY_THREATS.has(hit.match.term)) continue;
      // "Watch out, Kingsbridge, we're coming for you!" before a rematch: a rival team warned, in play.
      if (hit.match.term === 'coming for you' && tokens.some((t) => COMPETITION.has(t.norm))) continue;
      if (negated(hit) || reportedViolence(hit, tokens, sentenceTokens, true)) continue;
      if (!threatAimed(hit, tokens, sentenceTokens)) continue;
      consider({
        start,
        end,
        severity: softened ? 'warning' : 'error',
        kind: 'threat',
        message: softened ? 'A threat reported or quoted: check the wording' : 'Threatening language aimed at a person',
        suggestion: 'Remove the threat. If a safeguarding concern lies behind it, report it through the school\'s safeguarding procedure, not a post.',
      });
    }
  }
  return best;
}
