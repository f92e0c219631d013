// A remark told rather than made: asides, a story or report in the present or past, violence reported,
// a question asked, a slur used as a verb, the span a finding covers.
import type { HostileToken as Token } from '../deobfuscate.js';
import type { Hit, Identity } from './types.js';
import {
  ANY_VICTIM, ARTICLE_AFTER, HYPOTHETICAL, LIKENING, MODAL, RELATIVE, SLUR_CATEGORIES, TIME_ADVERB, TIME_COME, VICTIM_MARK, WANTING_IT,
} from './vocabulary.js';
import { coordinatedWish, hasModalBefore } from './targets.js';

/** Tokens of relative clauses between commas: ", who …," / ", which …,". */
export function asideTokens(text: string, tokens: Token[], [first, last]: [number, number]): Set<number> {
  const aside = new Set<number>();
  for (let k = first + 1; k <= last; k++) {
    if (!RELATIVE_ASIDE.has(tokens[k]!.norm) || !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) continue;
    let end = k + 1;
    while (end <= last && !/[,;:—–]/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) end++;
    if (end > last || end - k > 12) continue; // not closed by a comma within the sentence: not an aside
    for (let j = k; j < end; j++) aside.add(j);
    k = end - 1;
  }
  return aside;
}
const RELATIVE_ASIDE = new Set(['who', 'whom', 'whose', 'which']);

export function spanOf(hit: Hit, identity: Identity, tokens: Token[]): { start: number; end: number } {
  if (identity.pronoun) return { start: hit.match.start, end: hit.match.end };
  const first = Math.min(hit.match.firstToken, identity.first);
  const last = Math.max(hit.match.lastToken, identity.last);
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/**
 * Violence told as something that happened, not wished for: "Jews were murdered", "the Nazis gassed
 * …", "the plotters were hanged" (a history lesson). A modal makes it a wish again: "should be shot".
 */
/**
 * A story told in the present tense: a third person does it to a third person — "A policeman shoots
 * him", "Then the wolf eats her", "Sikes kills Nancy" (a play's plot on a school's post). The speaker
 * wishes nothing; "I'll shoot him", "Someone shoots you" and "X should be shot" are not this.
 */
function narratedInPresent(hit: Hit, tokens: Token[], first: number): boolean {
  const at = hit.match.firstToken;
  const verb = tokens[at]!;
  if (at !== hit.match.lastToken || !/[^su]s$/.test(verb.norm) || at - 1 < first) return false;
  const subject = tokens[at - 1]!;
  const object = tokens[at + 1];
  if (!object || !(THIRD_PERSON_OBJECT.has(object.norm) || /^\p{Lu}\p{Ll}/u.test(object.raw))) return false;
  if (NARRATOR_PRONOUN.has(subject.norm)) return true;
  // "a policeman", "the wolf": an article before a noun of one or two words.
  if ([2, 3].some((d) => at - d >= first && STORY_ARTICLE.has(tokens[at - d]!.norm)) && !ANY_VICTIM.has(subject.norm)) return true;
  // "Sikes", "Bill Sikes": a name, not the sentence's first word alone ("Someone", "Anyone" are no names).
  // The sentence's first word too when the verb is done to a third person by name or to the doer ("Bess shoots
  // herself to warn her lover", The Highwayman): a threat is said to "you", or wished ("should"), not told so.
  return /^\p{Lu}\p{Ll}/u.test(subject.raw) && !ANY_VICTIM.has(subject.norm) && !/^(?:someone|somebody|anyone|anybody|everyone|everybody|nobody|he|she|it)$/.test(subject.norm) && (at - 1 > first || REFLEXIVE.has(object.norm) || /^\p{Lu}\p{Ll}/u.test(object.raw));
}
const THIRD_PERSON_OBJECT = new Set(['him', 'her', 'them', 'it', 'himself', 'herself', 'themselves', 'itself']);
const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'itself']);
const NARRATOR_PRONOUN = new Set(['he', 'she']);
const STORY_ARTICLE = new Set(['a', 'an', 'the']);

/** `pastToo`: a phrase opening with a past verb is told too (narratedInPast) — of a person only; said of a group ("We battered them, those X deserved it") violence told is still hostile. */
/**
 * A deed done to someone, as a gerund clause ("X getting lynched", "X being shot"), then said to be good if it were
 * done: "… would send the right message", "… would be a good thing", "… would be no loss" (hate9). Not a verdict
 * against it ("X being deported would be a tragedy", "… wouldn't be right").
 */
function welcomedIfDone(tokens: Token[], first: number, last: number, sentenceLast: number): boolean {
  if (!DONE_TO.has(tokens[first - 1]?.norm ?? '') && !DONE_TO.has(tokens[first]?.norm ?? '')) return false;
  for (let k = last + 1; k <= Math.min(sentenceLast, last + 3); k++) {
    if (!VERDICT_MODAL.has(tokens[k]!.norm)) continue;
    for (let j = k + 1; j <= Math.min(sentenceLast, k + 5); j++) {
      const w = tokens[j]!.norm;
      if (w === 'not' || w === 'never' || w.endsWith("n't")) return false;
      if (WELCOME_VERDICT.has(w)) return true;
    }
    return false;
  }
  return false;
}
const DONE_TO = new Set(['getting', 'being', 'get', 'got']);
const VERDICT_MODAL = new Set(['would', 'will', 'could', 'might', "'d", "would've"]);
const WELCOME_VERDICT = new Set(['good', 'great', 'right', 'best', 'brilliant', 'justice', 'relief', 'answer', 'solution', 'message', 'service', 'deserved', 'perfect', 'ideal', 'improvement', 'loss', 'favour', 'favor', 'treat', 'lovely', 'nice', 'start']);

export function reportedViolence(hit: Hit, tokens: Token[], [first, sentenceLast]: [number, number], pastToo = false): boolean {
  // "should be shot", "should all be lined up and shot"
  if (hasModalBefore(tokens, hit.match.firstToken, Math.min(7, hit.match.firstToken - first))) return false;
  // "should all be locked in a shed and set on fire": the second of two wished passives.
  if (coordinatedWish(tokens, hit.match.firstToken, first)) return false;
  // "It's high time someone killed …", "about time somebody shot …": a wish, not a report.
  // "It's about time X got what's coming to them": the group itself the subject.
  for (let k = hit.match.firstToken - 1; k >= Math.max(first + 2, hit.match.firstToken - 6); k--) {
    if (tokens[k - 1]!.norm === 'time' && TIME_COME.has(tokens[k - 2]!.norm) && (WISHED_BY.has(tokens[k]!.norm) || hit.match.firstToken - k <= 4)) return false;
  }
  // "It would be a good thing if they were all wiped out", "I wish they were shot": a wish, not a report.
  for (let k = hit.match.firstToken - 1; k >= Math.max(first, hit.match.firstToken - 12); k--) if (HYPOTHETICAL.has(tokens[k]!.norm)) return false;
  // "Gay men were once locked up, and they should be again" (hate8): the deed told, then wished back.
  if (wishedAgain(tokens, hit.match.lastToken, sentenceLast)) return false;
  // "A few X getting lynched would send the right message" (hate9): the deed the subject of a verdict that it would do good.
  if (welcomedIfDone(tokens, hit.match.firstToken, hit.match.lastToken, sentenceLast)) return false;
  const before = tokens[hit.match.firstToken - 1]?.norm ?? '';
  // "Any X who walks past my house is getting stabbed", "the next X who … gets shot": a victim yet to be
  // found is threatened, not reported — the violence the sentence's own verb, not a relative clause's.
  // The phrase may itself open with the verb: "… is getting a bullet".
  const at = tokens[hit.match.firstToken]!.norm === 'gets' || tokens[hit.match.firstToken]!.norm === 'getting' ? hit.match.firstToken + 1 : hit.match.firstToken;
  const verb = tokens[at - 1]?.norm ?? '';
  const mark = verb === 'gets' ? at - 1 : verb === 'getting' && PRESENT_BE.has(tokens[at - 2]?.norm ?? '') ? at - 2 : -1;
  if (mark > first && !RELATIVE.has(tokens[mark - 1]!.norm)) {
    for (let k = mark - 1; k >= Math.max(first, mark - 12); k--) {
      const word = tokens[k]!.norm;
      // "the next X …", or "Next X I see …" opening the sentence.
      if (ANY_VICTIM.has(word) || (word === 'next' && (tokens[k - 1]?.norm === 'the' || k === first))) return false;
    }
  }
  // "The best thing for X is a bullet", "The only answer to X is a good kicking" (hate26): a harm named as the remedy
  // for them, a noun after "is", not something they were done.
  if (remedyNamed(hit, tokens, first)) return false;
  // "are often left to rot", "were all shot": over an adverb of time or "all".
  let marked = hit.match.firstToken - 1;
  while (marked > first && TIME_ADVERB.has(tokens[marked]!.norm)) marked--;
  // "were attacked and driven out", "were beaten, robbed and thrown out": the last of things done to them, told.
  if (marked < hit.match.firstToken - 1 || !VICTIM_MARK.has(tokens[marked]?.norm ?? '')) {
    let k = hit.match.firstToken - 1;
    if (tokens[k]?.norm === 'and') {
      k--;
      while (k > first && isPastParticiple(tokens[k]!.norm)) k--;
      if (k < hit.match.firstToken - 2 && VICTIM_MARK.has(tokens[k]?.norm ?? '')) marked = k;
    }
  }
  if (VICTIM_MARK.has(before) || (marked < hit.match.firstToken - 1 && VICTIM_MARK.has(tokens[marked]?.norm ?? ''))) return true;
  // "someone who has hurt you", "the men who had attacked her": done already (a modal was ruled out above: "I'd have hurt you").
  if (PERFECT.has(before) && hit.match.firstToken === hit.match.lastToken && isPastParticiple(tokens[hit.match.firstToken]!.norm)) return true;
  if (narratedInPresent(hit, tokens, first)) return true;
  // "Attacks on Muslims rose by 20% last year", "murders of black people": violence named as a thing
  // that happens (a plural noun and whom it is on), told — no modal wishes it (checked above).
  // Not wished after it ("Attacks on X should be encouraged") or wanted before it ("I support attacks on X").
  if (VIOLENCE_COUNTED.has(tokens[hit.match.lastToken]!.norm) && hit.match.firstToken === hit.match.lastToken && ['on', 'against', 'of'].includes(tokens[hit.match.lastToken + 1]?.norm ?? '')) {
    const wished = tokens.slice(hit.match.lastToken + 1, sentenceLast + 1).some((t) => MODAL.has(t.norm));
    const wanted = [1, 2, 3].some((d) => hit.match.firstToken - d >= first && WANTING_IT.has(tokens[hit.match.firstToken - d]!.norm));
    if (!wished && !wanted) return true;
  }
  const last = tokens[hit.match.lastToken]!.norm;
  const participle = PAST_VIOLENCE.has(last) || (last.endsWith('ed') && !last.endsWith('eed'));
  // "Jewish shops had their windows smashed": something they suffered, told.
  if (participle && [1, 2, 3].some((d) => SUFFERED.has(tokens[hit.match.firstToken - d]?.norm ?? '') && hit.match.firstToken - d >= first)) return true;
  if (pastToo && narratedInPast(hit, tokens, first)) return true;
  if (knownFor(hit, tokens, first)) return true;
  if (harmUndergone(hit, tokens, first)) return true;
  if (doneThenInPast(hit, tokens, first)) return true;
  return hit.match.firstToken === hit.match.lastToken && participle;
}

/**
 * A deed in "-ing" after "before"/"after"/"while", in a sentence told in the past: "Hutu extremists called Tutsis
 * cockroaches before slaughtering them", "The soldiers rounded up the villagers before shooting them". Not a
 * wish ("I'll find you before killing you": a modal) nor an order with no past verb ("Find them before …").
 */
function doneThenInPast(hit: Hit, tokens: Token[], first: number): boolean {
  const at = hit.match.firstToken;
  if (!tokens[at]!.norm.endsWith('ing') || !SEQUENCE.has(tokens[at - 1]?.norm ?? '')) return false;
  let past = false;
  for (let k = first; k < at - 1; k++) {
    const word = tokens[k]!.norm;
    if (MODAL.has(word) || HYPOTHETICAL.has(word) || SELF.has(word) || word === 'you') return false;
    if ((word.length > 4 && word.endsWith('ed') && !word.endsWith('eed')) || IRREGULAR_PAST.has(word)) past = true;
  }
  return past;
}
const SEQUENCE = new Set(['before', 'after', 'while', 'whilst']);

/**
 * A harm named as a noun that people went through, told: "the Rohingya have faced persecution, violence and ethnic
 * cleansing", "survivors who endured genocide", "families fleeing ethnic cleansing" (fp31, a geography lesson). The
 * verb of going through it in the past or in "-ing", a short list of other harms at most between; not wished (a
 * modal or "if" was ruled out by the caller) and not "you" ("you faced a beating": a taunt).
 */
function harmUndergone(hit: Hit, tokens: Token[], first: number): boolean {
  const at = hit.match.firstToken;
  // A noun, not a verb: "ethnic cleansing", "genocide", "violence"; not "killed", "will kill".
  if (!HARM_NOUN.has(tokens[hit.match.lastToken]!.norm)) return false;
  for (let k = at - 1; k >= Math.max(first, at - 6); k--) {
    const word = tokens[k]!.norm;
    if (UNDERGONE.has(word)) return true;
    if (word === 'you' || word === 'your' || MODAL.has(word) || HYPOTHETICAL.has(word)) return false;
  }
  return false;
}
const UNDERGONE = new Set(['faced', 'suffered', 'endured', 'experienced', 'survived', 'survivors', 'fled', 'fleeing', 'escaped', 'escaping', 'witnessed']);
const HARM_NOUN = new Set(['cleansing', 'genocide', 'violence', 'persecution', 'massacre', 'massacres', 'slaughter', 'extermination', 'deportation', 'deportations', 'execution', 'executions', 'torture', 'attack', 'attacks', 'bombing', 'bombings', 'purge', 'purges', 'beatings', 'killings', 'murders']);
const IRREGULAR_PAST = new Set(['was', 'were', 'had', 'took', 'went', 'came', 'made', 'drove', 'threw', 'left', 'fought', 'caught', 'brought', 'found', 'held', 'led', 'kept', 'sent', 'told', 'said', 'gave', 'broke', 'stole']);

/**
 * A deed someone else is known for, told: "Henry VIII was famous for marrying six times and beheading
 * two of his wives", "remembered for executing …" — the verb's "-ing" after "famous/known/… for", a few
 * words back at most. Not said of oneself ("We're known for …").
 */
function knownFor(hit: Hit, tokens: Token[], first: number): boolean {
  if (!tokens[hit.match.firstToken]!.norm.endsWith('ing')) return false;
  for (let k = hit.match.firstToken - 1; k > first && k >= hit.match.firstToken - 6; k--) {
    if (tokens[k]!.norm !== 'for' || !FAMED.has(tokens[k - 1]!.norm)) continue;
    return !tokens.slice(Math.max(first, k - 4), k - 1).some((t) => SELF.has(t.norm));
  }
  return false;
}
const FAMED = new Set(['famous', 'known', 'remembered', 'notorious', 'infamous', 'renowned', 'famed', 'executed', 'hanged', 'tried', 'punished']);
const SELF = new Set(['i', 'we', "we're", 'us', 'our', 'my', "i'm"]);

/**
 * A phrase that opens with its verb in the past, no modal before it: done, not wished — "We absolutely
 * battered them 7-1", "(We) battered them in the second half" (a match report), "Only one Rainbow set
 * fire to her hair" (an accident at a unit meeting). A verb whose past is its present ("set", "put",
 * "hurt") is past after a singular subject ("one girl set", "our keeper hurt"), where the present
 * would be "sets".
 */
function narratedInPast(hit: Hit, tokens: Token[], first: number): boolean {
  const at = hit.match.firstToken;
  // "Shouldn't all X be locked up?": a passive after "be" is wished, whatever modal asks it.
  if (tokens[at - 1]?.norm === 'be') return false;
  const verb = tokens[at]!.norm;
  if (at !== hit.match.lastToken && (PAST_VIOLENCE.has(verb) || (verb.endsWith('ed') && !verb.endsWith('eed')))) return true;
  // One word too: "Our keeper hurt her hand making that save" (a match report), not "I'll hurt her".
  if (!SAME_PAST.has(verb) || at - 2 < first) return false;
  return SINGULAR_DETERMINER.has(tokens[at - 2]!.norm) && !PRONOUN_SUBJECT.has(tokens[at - 1]!.norm);
}
const PERFECT = new Set(['has', 'have', 'had', "'ve", "'s", "i've", "we've", "they've", "you've", "he's", "she's"]);
function isPastParticiple(word: string): boolean {
  return SAME_PAST.has(word) || PAST_VIOLENCE.has(word) || PARTICIPLE.has(word) || (word.length > 4 && word.endsWith('ed') && !word.endsWith('eed'));
}
const SAME_PAST = new Set(['set', 'put', 'hit', 'cut', 'shut', 'hurt']);
const SINGULAR_DETERMINER = new Set(['a', 'an', 'one', 'the', 'this', 'that', 'another', 'each', 'every', 'our', 'their', 'his', 'her', 'my', 'your']);
const PRONOUN_SUBJECT = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that']);

/** The first word of a hostile phrase that is something done to the group ("locked away", "thrown out", "kept out"). */
const PARTICIPLE = new Set('locked kept thrown shut sent driven banned deported segregated treated excluded rounded sterilised sterilized beaten jailed imprisoned expelled kicked forced lined hunted'.split(' '));
// Passive, past or present: "were locked away", "are treated as second-class citizens in some countries".
const TOLD_PASSIVE = new Set(['were', 'was', 'been', 'being', 'got', 'getting', 'are', 'is', 'get', 'gets']);
const COORDINATION = new Set(['and', 'or', 'then', 'up', 'away', 'out']);
const MODAL_AFTER = new Set(['should', 'must', 'ought', 'deserve', 'deserved', 'deserves', 'need', 'needs']);

/** After a deed told, a modal wishing it again: "… and they should be again", "… and they deserve it too". */
function wishedAgain(tokens: Token[], from: number, last: number): boolean {
  for (let k = from + 1; k <= last; k++) {
    // Said of them ("they should …", "… and should …"), not of the deed ("that should never happen again").
    if (!MODAL_AFTER.has(tokens[k]!.norm) || !AGAIN_SUBJECT.has(tokens[k - 1]?.norm ?? '')) continue;
    for (let j = k + 1; j <= Math.min(last, k + 3); j++) {
      if (tokens[j]!.norm === 'never' || tokens[j]!.norm === 'not' || /n't$/.test(tokens[j]!.norm)) break;
      if (AGAIN.has(tokens[j]!.norm)) return true;
    }
  }
  return false;
}
const AGAIN = new Set(['again', 'too', 'today', 'now']);
const AGAIN_SUBJECT = new Set(['they', 'and', 'all', 'them']);

/** "X were (often) locked away": told as something done to them, not wished — no modal or wish before it. */
export function toldAsDone(hit: Hit, tokens: Token[], [first, last]: [number, number]): boolean {
  // The hostile phrase starts with what was done ("locked away"), or is what they were treated as ("… treated like animals").
  let done = hit.match.firstToken;
  if (!LIKENING.has(tokens[done]!.norm) && LIKENING.has(tokens[done - 1]?.norm ?? '')) done--;
  if (LIKENING.has(tokens[done]!.norm)) done--;
  if (!PARTICIPLE.has(tokens[done]?.norm ?? '')) return false;
  if (hasModalBefore(tokens, done, 4)) return false;
  // "… were treated as animals and should be again": a wish follows.
  for (let k = hit.match.lastToken + 1; k <= last; k++) if (MODAL_AFTER.has(tokens[k]!.norm)) return false;
  for (let k = done - 1; k >= Math.max(first, done - 12); k--) if (HYPOTHETICAL.has(tokens[k]!.norm)) return false;
  let b = done - 1;
  // Over adverbs, and over other things done to them before it: "were segregated and treated like …".
  const skippable = (word: string) => (word.length > 3 && word.endsWith('ly')) || TIME_ADVERB.has(word) || PARTICIPLE.has(word) || COORDINATION.has(word);
  while (b > first && skippable(tokens[b]!.norm)) b--;
  return TOLD_PASSIVE.has(tokens[b]?.norm ?? '');
}
/** Violence counted as things that happen ("attacks on X", "murders of X"). */
const VIOLENCE_COUNTED = new Set(['attacks', 'murders', 'killings', 'shootings', 'stabbings', 'beatings', 'deaths', 'assaults', 'lynchings', 'massacres', 'bombings']);
/** Someone close the speaker would have to live or work with ("have a X as a neighbour"). */
const CLOSE_RELATION = new Set(['neighbour', 'neighbours', 'neighbor', 'neighbors', 'colleague', 'colleagues', 'boss', 'manager', 'teacher', 'teachers', 'doctor', 'gp', 'dentist', 'nurse', 'carer',
  'friend', 'friends', 'flatmate', 'flatmates', 'housemate', 'housemates', 'roommate', 'roommates', 'tenant', 'tenants', 'lodger', 'lodgers', 'landlord', 'son-in-law', 'daughter-in-law', 'in-law', 'in-laws',
  'babysitter', 'childminder', 'nanny', 'coach', 'classmate', 'classmates', 'teammate', 'teammates', 'team-mate', 'team-mates', 'partner', 'husband', 'wife', 'mp', 'councillor', 'leader', 'head', 'headteacher']);
const RELATION_LEAD = new Set(['a', 'an', 'my', 'our', 'the', 'their', 'his', 'her']);
/** "have a X as a neighbour", "have X living next door": the group taken on as someone close, after "have". */
export function takenOnAsClose(tokens: readonly Token[], groupLast: number): boolean {
  const next = tokens[groupLast + 1]?.norm;
  if (next === 'as') {
    const word = tokens[groupLast + 2]?.norm ?? '';
    return CLOSE_RELATION.has(word) || (RELATION_LEAD.has(word) && CLOSE_RELATION.has(tokens[groupLast + 3]?.norm ?? ''));
  }
  return next === 'living' || next === 'live' || next === 'move' || next === 'moving';
}
const SUFFERED = new Set(['had', 'has', 'have', 'got', 'having']);

/** The sentence ends with a question mark: "Wouldn't we be better off without …?" asks, it does not deny. */
export function isQuestion(text: string, tokens: Token[], [first, last]: [number, number]): boolean {
  const end = tokens[last]!.end;
  const next = tokens[last + 1]?.start ?? text.length;
  if (text.slice(end, Math.min(next, end + 4)).includes('?')) return true;
  // Typed without its question mark: "doesn't anyone else think X are gross" (not "Don't let …", an order).
  return first < last && ASKING_NEGATION.has(tokens[first]!.norm) && ASKED_SUBJECT.has(tokens[first + 1]!.norm);
}
const ASKING_NEGATION = new Set(["isn't", 'isnt', "aren't", 'arent', "doesn't", 'doesnt', "didn't", 'didnt', "wasn't", "weren't", "wouldn't", 'wouldnt', "shouldn't", "haven't", "hasn't"]);
const ASKED_SUBJECT = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'it', 'this', 'that', 'you', 'he', 'she', 'they', 'we', 'i', 'there', 'the']);

/** "Cold nights can retard growth", "to retard": after a modal or "to" a slur that is also a verb is the verb. */
export function usedAsVerb(hit: Hit, tokens: Token[]): boolean {
  if (!SLUR_CATEGORIES.has(hit.term.category)) return false;
  if (pluralSubjectBefore(hit, tokens)) return true;
  return VERB_BEFORE.has(tokens[hit.match.firstToken - 1]?.norm ?? '') && !ARTICLE_AFTER.has(tokens[hit.match.lastToken + 1]?.norm ?? '');
}
/** Slurs that are also an everyday verb: "slows", as in "Bike lanes retard traffic flow". */
const VERB_SLUR = new Set(['retard', 'retards']);
const NOT_PLURAL_NOUN = new Set(['is', 'was', 'has', 'does', 'its', 'this', 'thus', 'his', 'us', 'yes', 'less', 'as', 'these', 'those', 'theirs', 'ours', 'yours', 'hers', 'plus', 'always', 'sometimes', 'perhaps', 'unless', 'whereas']);
/**
 * A slur that is also a verb, between a plural noun, its subject, and its object (derogfp34): "Bike lanes retard traffic
 * flow", "Cold nights retard growth". Not "you retard", "those retards", nor one before a comma or an article.
 */
function pluralSubjectBefore(hit: Hit, tokens: Token[]): boolean {
  if (hit.match.firstToken !== hit.match.lastToken || !VERB_SLUR.has(tokens[hit.match.firstToken]!.norm)) return false;
  const before = tokens[hit.match.firstToken - 1];
  const after = tokens[hit.match.lastToken + 1];
  if (!before || !after || !/^[a-z]{3,}s$/.test(before.norm) || /ss$/.test(before.norm) || NOT_PLURAL_NOUN.has(before.norm)) return false;
  return /^\p{Ll}[\p{Ll}-]*$/u.test(after.raw) && !ARTICLE_AFTER.has(after.norm) && after.start - tokens[hit.match.lastToken]!.end === 1;
}
// "helps retard the flames": "help" takes a bare verb.
const VERB_BEFORE = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'to', 'does', 'did', 'cannot', 'help', 'helps', 'helped', 'helping']);

/** Gone in no time, as things given away are: "Send your old coats to the refugee centre and watch them vanish in minutes". */
export function goneFast(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1]?.norm ?? '';
  if (next === 'fast' || next === 'quickly' || next === 'instantly') return true;
  if (next !== 'in' && next !== 'within') return false;
  const after = tokens[last + 2]?.norm ?? '';
  // "in a flash", "in an instant" — not "within a year" (hate7: "… watch the place go under within a year").
  if (after === 'a' || after === 'an') return FAST_UNIT.has(tokens[last + 3]?.norm ?? '');
  return ['minutes', 'seconds', 'no', 'moments', 'hours'].includes(after);
}
const FAST_UNIT = new Set(['flash', 'instant', 'second', 'minute', 'moment', 'heartbeat', 'jiffy', 'trice', 'blink', 'matter', 'couple', 'few', 'day', 'morning', 'hour']);
const WISHED_BY = new Set(['someone', 'somebody', 'we', 'they', 'you', 'people']);
const PRESENT_BE = new Set(['is', 'are', "'s", "'re"]);
const PAST_VIOLENCE = new Set(['shot', 'hung', 'burnt', 'beaten', 'slain', 'stabbed', 'drowned', 'bombed']);
const STORY_WORDS = new Set(['novel', 'play', 'book', 'story', 'film', 'poem', 'scene', 'chapter', 'production', 'musical', 'opera', 'extract', 'text', 'myth', 'legend', 'tale', 'act', 'episode', 'script']);

/** A sentence opening on a story's frame: "In the novel, …", "In our production, …", "In Act 3, …", "In chapter two …". */
export function tellsAStory(tokens: Token[], first: number): boolean {
  if (tokens[first]?.norm !== 'in') return false;
  const next = tokens[first + 1]?.norm ?? '';
  if (STORY_WORDS.has(next)) return true;
  return ['the', 'this', 'our', 'their', 'his', 'her', 'a', 'an', 'that'].includes(next) && STORY_WORDS.has(tokens[first + 2]?.norm ?? '');
}

/**
 * A harm as a noun ("a bullet", "a good kicking") after "is", the subject a remedy or a best course
 * ("the best thing for …", "the only answer to …", "what they need …"): wished, not told (hate26).
 */
function remedyNamed(hit: Hit, tokens: Token[], first: number): boolean {
  if (!/^(?:a|an|the) /.test(hit.match.term)) return false;
  const be = hit.match.firstToken - 1;
  if (!REMEDY_BE.has(tokens[be]?.norm ?? '')) return false;
  for (let k = be - 1; k >= Math.max(first, be - 7); k--) if (REMEDY.has(tokens[k]!.norm)) return true;
  return false;
}
const REMEDY_BE = new Set(['is', "'s", 'was', 'be', 'remains']);
const REMEDY = new Set(['thing', 'answer', 'solution', 'cure', 'remedy', 'fix', 'option', 'treatment', 'medicine', 'need', 'needs', 'deserve', 'deserves', 'want', 'wants']);
