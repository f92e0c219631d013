// What is said of the group: an attribute after a copula, a comparison, a stereotype or habit, all of them
// alike, too many of them, their existence regretted, none of them with a good.
import type { Hit, Identity } from './types.js';
import {
  ADJECTIVE_ENDING, ARE, COMPARATIVE, CONTACT_SUBJECT, COORDINATOR, COPULA, EVERYTHING, EXCESS_AFTER, EXCESS_PLACE, EXIST_ADVERB, EXISTING_WHERE,
  FEELING_ADVERB, FELT_FOR, FILLER, GENERALISING, HABIT_AFTER, HABIT_GAP, HABITUAL, HELD_BELIEF, LIKENED_BY, LIKENING, MEETING, NONE_SUCH_LEAD,
  OBJECT_LEAD, OBJECT_PREPOSITION, OBJECT_QUANTIFIER, OUNCE, OWNING, PERSONISH, PLACE_VERB, POINTING, PRAISING_DEGREE, PRESENT_LINK, PRONOUN_BACK,
  PUT_IN, REFUSER, REGRET, RELATIVE, RELATIVE_AFTER_SUBJECT, RELATIVE_REACH, REPORTING, SINGLE, SPEAKER, SPEAKERS_OWN, SPECIFIC, STATE_CAUSE,
  STEREOTYPE_GAP, SUBJECT_REACH, TRAIT_ADVERB, WANTING, WAYS, WH_WORD, WISHING, YES_NO_OPENER,
} from './vocabulary.js';
import { hasModalBefore } from './targets.js';
import type { Sentence } from './judge-sentence.js';
import { asideBetween, clauseBreakBetween, contactClause, roleAt } from './judge-sentence.js';
import { negated, negationOf } from './judge-negation.js';

/** Between the group and a good in "Why should X get …?". */
const OWED_GAP = new Set(['get', 'have', 'be', 'given', 'receive', 'even', 'any', 'ever', 'still', 'our', 'free', 'all', 'the', 'same', 'more']);

export function predicative(s: Sentence, hit: Hit, identity: Identity) {
  // Walk back from the hostile word over fillers to a copula or the group itself; a copula must
  // have the group as its subject, a few words before it ("X like you are", "the X that is"), or
  // come before the group ("I find X disgusting"): "the trip was a waste of time, X said" is not
  // about X.
  // A hedge between ("are, without exception, useless", "are by nature thieves") is passed over, and widens the reach by its length.
  const hedges = s.hits.filter((h) => h.role === 'hedge' && h.match.lastToken < hit.match.firstToken && hit.match.firstToken - h.match.firstToken <= 12);
  const hedged = (k: number) => hedges.some((h) => h.match.firstToken <= k && h.match.lastToken >= k);
  const reachBack = 6 + hedges.reduce((n, h) => n + h.match.lastToken - h.match.firstToken + 1, 0);
  for (let k = hit.match.firstToken - 1; k >= Math.max(s.sentenceTokens[0], hit.match.firstToken - reachBack); k--) {
    const word = s.tokens[k]!.norm;
    if (s.groups.some((g) => g.last === k)) return true;
    if (hedged(k)) continue;
    // "told them that the worst …": a "that" not right before the word starts another clause.
    if (word === 'that' && k < hit.match.firstToken - 1) return false;
    if (s.aside.has(k)) continue;
    if (COPULA.has(word) || becoming(s, k, hit)) {
      if (identity.pronoun) {
        // A pronoun after the hostile word is not the subject of the copula before it ("… are useless unless they …").
        if (identity.first > hit.match.lastToken) return false;
      } else if (identity.last < k) {
        // "Immigrant parents said the forms are useless": what they said has a subject of its own.
        if (s.tokens.slice(identity.last + 1, k).some((t, j) => REPORTING.has(t.norm) && !s.aside.has(identity.last + 1 + j))) return false;
        // "Muslims believe pigs are unclean": what the group believes of something else.
        if (identity.last < k - 2 && HELD_BELIEF.has(s.tokens[identity.last + 1]!.norm) && !PRONOUN_BACK.has(s.tokens[k - 1]!.norm) && !SPEAKER.has(s.tokens[k - 1]!.norm)) return false;
      }
      // "X who live on my road are vermin", "the X that moved in across the road are animals": a
      // relative clause right after the group is part of the subject, so the copula may stand further off.
      // So may one with its "who" left out: "every X I meet turns out to be a liar".
      const after = s.tokens[identity.last + 1]?.norm ?? '';
      const relative = RELATIVE_AFTER_SUBJECT.has(after) || (CONTACT_SUBJECT.has(after) && MEETING.has(s.tokens[identity.last + 2]?.norm ?? '')) || (!identity.pronoun && contactClause(s, identity) > 0);
      const reach = identity.last + 1 < k && relative ? SUBJECT_REACH + RELATIVE_REACH : SUBJECT_REACH;
      return identity.pronoun === true || identity.last < k ? k - identity.last - asideBetween(s, identity.last, k) <= reach : identity.first > hit.match.lastToken || identity.last < hit.match.firstToken;
    }
    if ((word === 'in' || word === 'with') && PLACE_VERB.has(s.tokens[k - 1]?.norm ?? '')) return true;
    // "X should be kept in cages", "X should all be put in a zoo": a place wished for them, like belonging there.
    if ((word === 'in' || word === 'into') && PUT_IN.has(s.tokens[k - 1]?.norm ?? '') && hasModalBefore(s.tokens, k - 1, 4)) return true;
    // "filthy and smelly", "shifty, dishonest": another hostile word of the same list before it.
    const coordinated = (word === 'and' || word === 'or') || s.hits.some((h) => (h.role === 'attribute' || h.role === 'dehumanising') && h.match.firstToken <= k && h.match.lastToken >= k);
    // Adverbs ("genetically inferior") and one adjective before a hostile noun ("confused perverts").
    const modifier = (word.length > 4 && word.endsWith('ly')) || (k === hit.match.firstToken - 1 && ADJECTIVE_ENDING.test(word));
    // "should be treated as animals": how they should be treated stands for what they are said to be.
    // Only as a wish: "are treated as second-class citizens in some countries" is told.
    const treatedAt = LIKENING.has(word) && LIKENED_BY.has(s.tokens[k - 1]?.norm ?? '') ? k - 1 : LIKENED_BY.has(word) && LIKENING.has(s.tokens[k + 1]?.norm ?? '') ? k : -1;
    const likened = treatedAt >= 0 && hasModalBefore(s.tokens, treatedAt, 4);
    if (!FILLER.has(word) && !coordinated && !modifier && !likened) return false;
  }
  return false;
}

/**
 * The group a comparison sets below something: named just after a "than" later in the sentence
 * ("A pig has more brains than a trans person", "… rather … than with an immigrant"). An animal
 * needs a comparative before the "than"; a stated preference is one.
 */
export function comparedAfter(s: Sentence, hit: Hit, needsComparative: boolean): Identity | undefined {
  let than = -1;
  for (let k = hit.match.lastToken + 1; k <= s.sentenceTokens[1]; k++) if (s.tokens[k]!.norm === 'than') { than = k; break; }
  if (than < 0) return undefined;
  if (needsComparative && !s.tokens.slice(s.sentenceTokens[0], than).some((t) => COMPARATIVE.has(t.norm))) return undefined;
  // In the same clause as the "than": "… rather read than watch TV, and our Polish pupils …" compares nothing with them.
  return s.groups.find((g) => !g.pronoun && g.first > than && g.first - than <= (needsComparative ? 4 : 6) && !clauseBreakBetween(s, than, g.first));
}

/**
 * "Is there anyone more useless than a woman?", "Nothing is more pathetic than X": the group
 * named right after "than" as the most of a negative attribute (not "… than the way X were treated").
 */
export function mostOf(s: Sentence, hit: Hit): Identity | undefined {
  if (s.tokens[hit.match.firstToken - 1]?.norm !== 'more') return undefined;
  const than = hit.match.lastToken + 1;
  if (s.tokens[than]?.norm !== 'than') return undefined;
  return s.groups.find((g) => !g.pronoun && g.first > than && g.first - than <= 2 && (g.first === than + 1 || OBJECT_QUANTIFIER.has(s.tokens[than + 1]!.norm)));
}

/** "Typical Muslim, always …": a sentence opening on the group as a stereotype, not "the typical Muslim family in Britain". */
export function typicalOf(s: Sentence, hit: Hit): Identity | undefined {
  if (hit.match.firstToken !== s.sentenceTokens[0]) return undefined;
  const identity = s.groups.find((g) => !g.pronoun && g.first === hit.match.lastToken + 1);
  if (!identity) return undefined;
  // "Typical transgender person": the noun read as the group, the person word after it.
  let last = PERSONISH.has(s.tokens[identity.last + 1]?.norm ?? '') ? identity.last + 1 : identity.last;
  // "Typical Muslim behaviour, …", "Typical woman logic.": the group's ways sneered at the same.
  if (WAYS.has(s.tokens[last + 1]?.norm ?? '') && last + 1 <= s.sentenceTokens[1]) last++;
  const next = s.tokens[last + 1];
  return next === undefined || last === s.sentenceTokens[1] || /^\s*[,!?.:;—–-]/.test(s.text.slice(s.tokens[last]!.end, next.start)) ? identity : undefined;
}

/**
 * "Women are all the same.", "Muslims are all alike, …": the group, right before "are", said to be
 * one of a kind, the sentence or clause ending there — not a group picked out ("our girls are all
 * the same height", "the twins are all the same to us").
 */
export function allAlike(s: Sentence, hit: Hit): Identity | undefined {
  const copula = hit.match.firstToken - 1;
  const verb = s.tokens[copula]?.norm ?? '';
  if (copula < s.sentenceTokens[0] || !ARE.has(verb)) return undefined;
  const identity = s.groups.find((g) => g.last === copula - 1 || (g.pronoun === true && g.first === copula && verb !== 'are'));
  if (!identity || SPECIFIC.has(s.tokens[identity.first - 1]?.norm ?? '')) return undefined;
  const next = s.tokens[hit.match.lastToken + 1];
  return next === undefined || hit.match.lastToken >= s.sentenceTokens[1] || /[,;:—–!?.]/.test(s.text.slice(s.tokens[hit.match.lastToken]!.end, next.start)) ? identity : undefined;
}

/**
 * "There are too many X round here", "We don't need any more X", "No more X!": the group itself
 * as an excess — its presence, not what happens to it ("too many disabled people are out of work",
 * "too many women in prison"): the group right after, then the clause's end, a place or arriving.
 */
export function tooMany(s: Sentence, hit: Hit): Identity | undefined {
  const term = hit.match.term;
  if (term === 'too many' ? negated(s, hit) : term === 'any more' ? !(negated(s, hit) && s.tokens.slice(Math.max(s.sentenceTokens[0], hit.match.firstToken - 3), hit.match.firstToken).some((t) => WANTING.has(t.norm))) : false) return undefined;
  const identity = s.groups.find((g) => !g.pronoun && g.first === hit.match.lastToken + 1);
  if (!identity) return undefined;
  const next = identity.last + 1;
  if (next > s.sentenceTokens[1] || /[,;:—–!?]/.test(s.text.slice(s.tokens[identity.last]!.end, s.tokens[next]!.start))) return identity;
  const word = s.tokens[next]!.norm;
  if (EXCESS_AFTER.has(word)) return identity;
  if ((word === 'round' || word === 'around') && s.tokens[next + 1]?.norm === 'here') return identity;
  if (word === 'in' || word === 'on' || word === 'at') {
    const place = OBJECT_LEAD.has(s.tokens[next + 1]?.norm ?? '') ? s.tokens[next + 2]?.norm : s.tokens[next + 1]?.norm;
    return place !== undefined && EXCESS_PLACE.has(place) ? identity : undefined;
  }
  return undefined;
}

/** "It's a shame X exist", "I wish X didn't exist": the group's existence regretted. */
export function existenceRegretted(s: Sentence, hit: Hit): Identity | undefined {
  const negation = negationOf(s, hit);
  // "Why do X even exist?", "It's a shame X still exist": an adverb between.
  const adverb = EXIST_ADVERB.has(s.tokens[hit.match.firstToken - 1]?.norm ?? '') ? 1 : 0;
  const identity = s.groups.find((g) => !g.pronoun && g.last < hit.match.firstToken && hit.match.firstToken - g.last <= (negation >= 0 ? 2 : 1) + adverb);
  // The group is what exists, not the object of something else that does ("Why do stereotypes about Muslims even exist?").
  if (!identity || OBJECT_PREPOSITION.has(s.tokens[identity.first - 1]?.norm ?? '')) return undefined;
  const before = s.tokens.slice(Math.max(s.sentenceTokens[0], identity.first - 4), identity.first).map((t) => t.norm);
  return before.some((w) => (negation >= 0 ? WISHING : REGRET).has(w)) ? identity : undefined;
}

/**
 * "Why should X get rights?", "Why should X be given houses?": asking why the group should have a good
 * owed says it should not — the group right after "why should", then only getting or having, and no
 * "less" ("Why should disabled people get less support?" asks for more).
 */
export function owedAsked(s: Sentence, hit: Hit): Identity | undefined {
  const start = s.sentenceTokens[0];
  if (!s.question || s.tokens[start]!.norm !== 'why' || s.tokens[start + 1]?.norm !== 'should') return undefined;
  const group = s.groups.find((g) => !g.pronoun && !g.place && (g.first === start + 2 || (g.first === start + 3 && OBJECT_QUANTIFIER.has(s.tokens[start + 2]!.norm))));
  if (!group) return undefined;
  for (let k = group.last + 1; k < hit.match.firstToken; k++) if (!OWED_GAP.has(s.tokens[k]!.norm)) return undefined;
  return hit.match.firstToken - group.last <= 4 ? group : undefined;
}

const SPELT_OUT_COPULA = new Set(['is', 'are', 'was', 'were']);

/**
 * "Has anyone ever met a X who wasn't a liar?", "I've never met a X who isn't lazy": meeting none of
 * the group without the attribute says all of them have it. The negation opens a relative clause on
 * the group, after a verb of meeting asked about or itself denied.
 */
export function everyOneIs(s: Sentence, hit: Hit): Identity | undefined {
  const negation = negationOf(s, hit);
  // "who isn't …", and spelt out, "who is not …" (hate25).
  const relative = SPELT_OUT_COPULA.has(s.tokens[negation - 1]?.norm ?? '') && s.tokens[negation]?.norm === 'not' ? negation - 2 : negation - 1;
  if (!RELATIVE.has(s.tokens[relative]?.norm ?? '')) return undefined;
  const identity = s.groups.find((g) => !g.pronoun && g.last === relative - 1);
  if (!identity) return undefined;
  for (let k = identity.first - 1; k >= Math.max(s.sentenceTokens[0], identity.first - 3); k--) {
    // "Has there ever been a X who wasn't …?", "Is there a X who isn't …?", "There has never been a X who …": none without it.
    const there = s.tokens[k]!.norm === 'there' || (s.tokens[k]!.norm === 'been' && s.tokens.slice(Math.max(s.sentenceTokens[0], k - 3), k).some((t) => t.norm === 'there' || t.norm === "there's"));
    if (there) {
      const asked = s.question && YES_NO_OPENER.has(s.tokens[s.sentenceTokens[0]]!.norm);
      const denied = s.tokens.slice(Math.max(s.sentenceTokens[0], k - 3), k).some((t) => t.norm === 'never' || t.norm === 'no');
      return asked || denied ? identity : undefined;
    }
    if (!MEETING.has(s.tokens[k]!.norm)) continue;
    const asked = s.question && (k === s.sentenceTokens[0] || s.tokens.slice(s.sentenceTokens[0], k).some((t) => t.norm === 'ever' || t.norm === 'anyone' || t.norm === 'anybody' || t.norm === 'you'));
    const denied = s.tokens.slice(Math.max(s.sentenceTokens[0], k - 3), k).some((t) => t.norm === 'never' || t.norm === 'not' || t.norm === 'yet');
    return asked || denied ? identity : undefined;
  }
  return undefined;
}

/**
 * "There's no X who isn't welcome here", "I've never met a X who wasn't kind": a good denied in a
 * relative clause on one of the group whose existence is itself denied — every one has it.
 */
export function deniedTwice(s: Sentence, negation: number): boolean {
  if (!RELATIVE_AFTER_SUBJECT.has(s.tokens[negation - 1]?.norm ?? '')) return false;
  let end = negation - 2;
  while (end > s.sentenceTokens[0] && negation - 2 - end <= 4 && !s.groups.some((g) => g.last === end) && (EXISTING_WHERE.has(s.tokens[end]!.norm) || OWNING.has(s.tokens[end]!.norm) || SPEAKERS_OWN.has(s.tokens[end]!.norm))) end--;
  const group = s.groups.find((g) => !g.pronoun && !g.place && g.last === end);
  if (!group) return false;
  const before = s.tokens.slice(Math.max(s.sentenceTokens[0], group.first - 5), group.first).map((t) => t.norm);
  return before.some((w) => w === 'no' || w === 'never' || w === 'not' || /n't$/.test(w));
}

/**
 * "I've never met a X who was caring", "There isn't a X alive who is fit to lead", "I have yet to meet a
 * X that is honest": a good said in a relative clause on one of the group whom the speaker has never met
 * or who does not exist — none has it. Not "I've never met a X who wasn't kind" (see everyOneIs: a
 * denial in the clause says all have it), nor "There's no X who isn't welcome here".
 */
/** Qualities that follow the group with no relative ("a X worth knowing", "a X fit to teach"), and where it may be ("out there"). */
const REDUCED_QUALITY = new Set(['worth', 'fit', 'capable']);
const OUT_THERE = new Set(['out', 'there']);
/** "worth less than": a lesser worth denied, praise. */
const LESSER_WORTH = new Set(['less', 'more', 'lower', 'worse', 'any']);

export function noneWhoIs(s: Sentence, hit: Hit): Identity | undefined {
  let k = hit.match.firstToken - 1;
  while (k > s.sentenceTokens[0] && (FILLER.has(s.tokens[k]!.norm) || TRAIT_ADVERB.has(s.tokens[k]!.norm) || COPULA.has(s.tokens[k]!.norm) || s.tokens[k]!.norm === 'ever')) k--;
  if (k <= s.sentenceTokens[0]) return undefined;
  // Or with no relative, a quality right after the group and where it is: "There isn't a single X out there worth knowing" (hate8).
  const reduced = !RELATIVE_AFTER_SUBJECT.has(s.tokens[k]!.norm) && REDUCED_QUALITY.has(hit.match.term) && !LESSER_WORTH.has(s.tokens[hit.match.lastToken + 1]?.norm ?? '');
  if (!reduced && (!RELATIVE_AFTER_SUBJECT.has(s.tokens[k]!.norm) || (k >= hit.match.firstToken - 1 && !/^who's$|^that's$/.test(s.tokens[k]!.norm)))) return undefined;
  for (let j = k + 1; j < hit.match.firstToken; j++) if (roleAt(s, j, 'negation') || PRAISING_DEGREE.has(s.tokens[j]!.norm)) return undefined;
  // "… who was more generous than the Nowaks": praise by comparison.
  if (s.tokens[hit.match.lastToken + 1]?.norm === 'than') return undefined;
  // The group right before the relative, or before "alive", "anywhere", "on earth", "I know".
  let end = reduced ? k : k - 1;
  const from = end + 1;
  while (end > s.sentenceTokens[0] && from - end <= 3 && !s.groups.some((g) => g.last === end) && (EXISTING_WHERE.has(s.tokens[end]!.norm) || (reduced && OUT_THERE.has(s.tokens[end]!.norm)))) end--;
  const group = s.groups.find((g) => !g.pronoun && !g.place && g.last === end);
  if (!group) return undefined;
  let at = group.first - 1;
  while (at > s.sentenceTokens[0] && NONE_SUCH_LEAD.has(s.tokens[at]!.norm)) at--;
  const word = s.tokens[at]?.norm ?? '';
  // "never met", "haven't met", "yet to meet", "never known".
  if (MEETING.has(word)) {
    const before = s.tokens.slice(Math.max(s.sentenceTokens[0], at - 3), at).map((t) => t.norm);
    return before.some((w) => w === 'never' || w === 'not' || w === 'yet' || /n't$/.test(w)) ? group : undefined;
  }
  // "There isn't a X", "There's no X", "There is not one X".
  const there = s.tokens.slice(Math.max(s.sentenceTokens[0], at - 2), group.first).map((t) => t.norm);
  return (there.includes('there') || there.includes("there's") || there.includes('theres')) && there.some((w) => w === 'no' || w === 'not' || /n't$/.test(w)) ? group : undefined;
}

/**
 * "The worst behaved kids are the ones raised by X": a fault of children put down to the group that
 * brought them up — the group right after the upbringing, in the same clause as the fault.
 */
export function raisedBy(s: Sentence, hit: Hit): Identity | undefined {
  for (const u of s.hits) {
    if (u.role !== 'upbringing') continue;
    const [a, b] = u.match.firstToken > hit.match.lastToken ? [hit.match.lastToken, u.match.firstToken] : [u.match.lastToken, hit.match.firstToken];
    if (clauseBreakBetween(s, a, b) || s.tokens.slice(a + 1, b).some((t) => COORDINATOR.has(t.norm))) continue;
    const identity = s.groups.find((g) => !g.pronoun && !g.place && g.first > u.match.lastToken && g.first - u.match.lastToken <= 2);
    if (identity) return identity;
  }
  return undefined;
}

/**
 * "X are so loud", "Why are X always so demanding?", "Why do X always have to be so dramatic?": a
 * trait that is no insult said of some people ("Our Year 6 were so loud at the concert!") is a
 * stereotype said of a whole group — the group named generally (no "our", "the", "these" before
 * it, not "a X"), the subject of a present-tense copula with only fillers between, not denied.
 */
export function stereotyped(s: Sentence, hit: Hit): Identity | undefined {
  if (negated(s, hit)) return undefined;
  // "so angry about the cuts", "look cold in this weather": a state with its cause or circumstance, not a trait.
  if (STATE_CAUSE.has(s.tokens[hit.match.lastToken + 1]?.norm ?? '') && hit.match.lastToken < s.sentenceTokens[1]) return undefined;
  let linked = false;
  let generalised = false;
  for (let k = hit.match.firstToken - 1; k >= Math.max(s.sentenceTokens[0], hit.match.firstToken - 7); k--) {
    const group = s.groups.find((g) => g.last === k);
    if (group) {
      if (group.pronoun || group.place || SPECIFIC.has(s.tokens[group.first - 1]?.norm ?? '') || SINGLE.has(s.tokens[group.first - 1]?.norm ?? '')) return undefined;
      // "Why are X so …?", "Why do X always …?": the copula or auxiliary before the group in a question.
      const asked = s.question && PRESENT_LINK.has(s.tokens[group.first - 1]?.norm ?? '');
      // Said as a trait, with a degree or a frequency ("so", "too", "always"): "X are angry, and they have every right to be" is a state.
      return (linked || asked) && generalised ? group : undefined;
    }
    const word = s.tokens[k]!.norm;
    if (GENERALISING.has(word)) generalised = true;
    if (PRESENT_LINK.has(word)) linked = true;
    else if (!FILLER.has(word) && !STEREOTYPE_GAP.has(word)) return undefined;
  }
  return undefined;
}

/**
 * "Why do X always complain?", "How come X always make a mess?", "When will X stop moaning?", "Why do
 * X think they can push in?", "X never stop complaining": a bad habit that is no insult told of some
 * people ("Year 6 complained about the rain") asked or said of a whole group named generally, as a
 * habit — a question opening on "why", "how", "when" or "do … ever", or "always", "constantly",
 * "never stop", "keep" between. Not of "our X", not with what it is about ("Why do X have to complain
 * to get a ramp?", "… complain about harassment" — except "about everything").
 */
export function habitOf(s: Sentence, hit: Hit): Identity | undefined {
  const next = s.tokens[hit.match.lastToken + 1]?.norm ?? '';
  const clauseEnd = /^[^\p{L}\p{N}]*[,;:—–]/u.test(s.text.slice(s.tokens[hit.match.lastToken]!.end, s.tokens[hit.match.lastToken + 1]?.start ?? s.text.length));
  if (hit.match.lastToken === s.sentenceTokens[1] || clauseEnd || HABIT_AFTER.has(next)) {
    const one = generalisedByAside(s, hit);
    if (one) return one;
  }
  // Anything after it but "everything", "our …", "all the time" makes it one act or a question about it:
  // "steal bread in Les Misérables", "complain more about pain", "shout the loudest at sports day".
  // A clause break right after it ends it as well (hate10): "X always lie, it is in their nature", "X never pay up; …".
  const clauseEnds = /^[^\p{L}\p{N}]*[,;:—–]/u.test(s.text.slice(s.tokens[hit.match.lastToken]!.end, s.tokens[hit.match.lastToken + 1]?.start ?? s.text.length));
  if (hit.match.lastToken < s.sentenceTokens[1] && !clauseEnds && !HABIT_AFTER.has(next) && !(next === 'about' && EVERYTHING.has(s.tokens[hit.match.lastToken + 2]?.norm ?? ''))) return undefined;
  let habitual = false;
  for (let k = hit.match.firstToken - 1; k >= Math.max(s.sentenceTokens[0], hit.match.firstToken - 6); k--) {
    // "think they can …": the pronoun is the group's own, passed over.
    const group = s.groups.find((g) => g.last === k && !(g.pronoun && HABIT_GAP.has(s.tokens[k]!.norm)));
    if (group) {
      if (group.pronoun || group.place || SPECIFIC.has(s.tokens[group.first - 1]?.norm ?? '') || SINGLE.has(s.tokens[group.first - 1]?.norm ?? '')) return undefined;
      const opener = s.tokens[s.sentenceTokens[0]]!.norm;
      const asked = s.question && (WH_WORD.has(opener) || ((opener === 'do' || opener === 'does') && s.tokens.slice(group.last + 1, hit.match.firstToken).some((t) => t.norm === 'ever')));
      return asked || habitual || saidOfAll(s, group, hit) ? group : undefined;
    }
    const word = s.tokens[k]!.norm;
    // "never stop complaining": the negation is the habit.
    if ((word === 'never' || word === "don't" || word === 'dont') && s.tokens[k + 1]?.norm === 'stop') habitual = true;
    else if (roleAt(s, k, 'negation')) return undefined;
    if (HABITUAL.has(word)) habitual = true;
    if (!HABIT_GAP.has(word) && !HABITUAL.has(word) && !roleAt(s, k, 'negation')) return undefined;
  }
  return undefined;
}

/**
 * "My son sits next to a X who, like all of them, steals", "The X next door, like the rest of them, lies" (hate11): one
 * of the group, and an aside that says the habit is all of theirs — "like" and "all", "every one" or "the rest" of
 * "them" (or their lot, their kind) between commas right before the verb, the group right before the aside (over "who").
 */
function generalisedByAside(s: Sentence, hit: Hit): Identity | undefined {
  const first = s.sentenceTokens[0];
  const end = hit.match.firstToken - 1;
  if (end <= first || !/,\s*$/.test(s.text.slice(s.tokens[end]!.end, s.tokens[end + 1]!.start))) return undefined;
  let j = end;
  let whole = false;
  while (j > first && end - j <= 6 && s.tokens[j]!.norm !== 'like') {
    if (!ASIDE_ALL.has(s.tokens[j]!.norm)) return undefined;
    if (ALL_OF.has(s.tokens[j]!.norm)) whole = true;
    j--;
  }
  if (!whole || s.tokens[j]!.norm !== 'like' || !/,\s*$/.test(s.text.slice(s.tokens[j - 1]?.end ?? 0, s.tokens[j]!.start))) return undefined;
  const before = s.tokens[j - 1]?.norm === 'who' ? j - 2 : j - 1;
  return s.groups.find((g) => !g.place && !g.pronoun && (g.last === before || (g.last < before && before - g.last <= 2 && LOCATIVE.has(s.tokens[g.last + 1]!.norm))));
}
const ASIDE_ALL = new Set(['all', 'every', 'one', 'of', 'them', 'the', 'rest', 'others', 'their', 'lot', 'kind', 'sort', 'type', 'lots']);
const ALL_OF = new Set(['all', 'every', 'rest', 'others']);
const LOCATIVE = new Set(['next', 'here', 'there', 'upstairs', 'downstairs', 'opposite']);

/**
 * "X lie.", "All X steal, simple as." (hate11): the habit said of the whole group as a plain fact — the group in the plural
 * opening the sentence (over "all"), the verb right after it in the present, nothing after (habitOf has seen to that).
 * Not asked ("Do X complain?"), nor of some ("Some refugees complain of the cold" opens on "some").
 */
function saidOfAll(s: Sentence, group: Identity, hit: Hit): boolean {
  if (s.question || group.last !== hit.match.firstToken - 1) return false;
  const lead = group.first - 1 >= s.sentenceTokens[0] ? s.tokens[group.first - 1]!.norm : undefined;
  if (lead !== undefined && lead !== 'all') return false;
  if (lead === 'all' && group.first - 2 >= s.sentenceTokens[0]) return false;
  const last = s.tokens[group.last]!.norm;
  return (last.endsWith('s') || PLURAL_PEOPLE.has(last)) && !/(?:ed|ing)$/.test(s.tokens[hit.match.firstToken]!.norm);
}
const PLURAL_PEOPLE = new Set(['people', 'women', 'men', 'folk', 'children', 'kids']);

/**
 * "Has anyone ever met a X with an ounce of decency?", "Have you ever seen a X with any manners?":
 * asking whether anyone ever met one of the group with a good says none has it (as "who wasn't" does
 * in everyOneIs) — a question with "ever", a verb of meeting, the group, then "with" and the good.
 */
export function metWith(s: Sentence, hit: Hit): Identity | undefined {
  let k = hit.match.firstToken - 1;
  let least = false;
  for (; k > s.sentenceTokens[0] && OUNCE.has(s.tokens[k]!.norm); k--) {
    if (LEAST.has(s.tokens[k]!.norm)) least = true;
  }
  if (s.tokens[k]?.norm !== 'with') return undefined;
  // Said, not asked (hate10): "You'll never meet a X with a shred of decency in them" — "never" before the meeting
  // and the least of the good ("a shred of", "an ounce of"), not "You'll never meet a X with more courage".
  if (!s.question && !least) return undefined;
  const identity = s.groups.find((g) => !g.pronoun && !g.place && g.last === k - 1);
  if (!identity) return undefined;
  for (let j = identity.first - 1; j >= Math.max(s.sentenceTokens[0], identity.first - 3); j--) {
    if (MEETING.has(s.tokens[j]!.norm)) return s.tokens.slice(s.sentenceTokens[0], j).some((t) => t.norm === (s.question ? 'ever' : 'never')) ? identity : undefined;
  }
  return undefined;
}
/** The least of a good: "a shred of", "an ounce of", "a single". */
const LEAST = new Set(['ounce', 'shred', 'scrap', 'grain', 'single', 'iota']);

/**
 * The group said to be who the speaker feels it for, in a relative clause after a copula: "X are
 * the people I hate most", "Muslims are the ones we can't stand".
 */
export function felt(s: Sentence, hit: Hit): Identity | undefined {
  let k = hit.match.firstToken - 1;
  while (k > s.sentenceTokens[0] && FEELING_ADVERB.has(s.tokens[k]!.norm)) k--;
  if (!REFUSER.has(s.tokens[k]?.norm ?? '')) return undefined;
  k--;
  if (RELATIVE.has(s.tokens[k]?.norm ?? '')) k--;
  if (!FELT_FOR.has(s.tokens[k]?.norm ?? '')) return undefined;
  k--;
  while (k > s.sentenceTokens[0] && (POINTING.has(s.tokens[k]!.norm) || s.tokens[k]!.norm === 'only' || /est$/.test(s.tokens[k]!.norm))) k--;
  if (!COPULA.has(s.tokens[k]?.norm ?? '')) return undefined;
  return s.groups.find((g) => !g.pronoun && !g.place && g.last < k && k - g.last <= 2);
}

/**
 * "X get more pathetic every year", "X are getting lazier", "X have grown so arrogant" (hate26): a verb of
 * becoming before a comparative or "so" links the group to the attribute as a copula does. Only with the
 * attribute ending its clause ("… every year", "… by the day", a comma, the sentence's end), not before a
 * noun: "X get more violent treatment from the police" is what is done to them.
 */
function becoming(s: Sentence, k: number, hit: Hit): boolean {
  if (!BECOMING.has(s.tokens[k]!.norm)) return false;
  const next = s.tokens[k + 1]?.norm ?? '';
  const compared = DEGREE_AFTER_BECOMING.has(next) || (/[a-z]{3,}er$/.test(next) && hit.match.firstToken === k + 1);
  if (!compared) return false;
  const end = hit.match.lastToken;
  if (end >= s.sentenceTokens[1]) return true;
  if (/[,;:—–.!?]/.test(s.text.slice(s.tokens[end]!.end, s.tokens[end + 1]!.start))) return true;
  return CLAUSE_END_AFTER_BECOMING.has(s.tokens[end + 1]!.norm);
}
// Present and perfect only: "Jewish families became increasingly isolated" is history told.
const BECOMING = new Set(['get', 'gets', 'getting', 'grow', 'grows', 'growing', 'grown', 'become', 'becoming', 'turning']);
const DEGREE_AFTER_BECOMING = new Set(['more', 'any', 'even', 'ever', 'so', 'increasingly', 'worse', 'less']);
const CLAUSE_END_AFTER_BECOMING = new Set(['every', 'each', 'by', 'than', 'and', 'or', 'these', 'now', 'lately', 'recently', 'all', 'too', 'as', 'with', 'over', 'year', 'day']);
