// How a sentence frames what it says: counter-speech, a belief or remark reported, a disclaimer, a deed done
// to the group condemned or endorsed, what the speaker endorses.
import type { Hit, Identity, Role } from './types.js';
import {
  ARE, BELIEF_AUXILIARY, BELIEF_PAST, CAUGHT, ENDORSING_SUBJECT, FAULT, GENERIC_SUBJECT, HOSTILE_ROLES, KEEP, NOUN_ADJECTIVE, NOUN_MARK,
  OBJECT_QUANTIFIER, PERPETRATOR, PERSONISH, PRESENT_REPORT, REFUSED_AS, RELATIVE, REPORTING_GERUND, SAID_WHERE, SPEAKER, SPREADING, SUBJECT_DETERMINER,
  MODAL, TIME_ADVERB, WRONG_DONE,
} from './vocabulary.js';
import type { Sentence } from './judge-sentence.js';
import { roleAt } from './judge-sentence.js';

/** A sentence opening on one of these is a deed done to the group that a verdict may follow ("Bullying X is …"). */
const ABUSE_GERUND = new Set(['bullying', 'harassing', 'abusing', 'insulting', 'mocking', 'attacking', 'hurting', 'targeting', 'threatening', 'humiliating', 'belittling', 'harming', 'hitting', 'beating', 'stoning', 'killing', 'hanging', 'shooting', 'lynching', 'burning', 'torturing', 'murdering', 'hating', 'excluding', 'persecuting']);
const DEED_ROLES = new Set<Role>(['threat', 'harm-verb', 'emotion']);
/** Complaining, mocked ("cry about discrimination", "whinge about racism", "bang on about sexism"). */
const COMPLAINING = new Set(['cry', 'cries', 'crying', 'whine', 'whines', 'whining', 'moan', 'moans', 'moaning', 'bleat', 'bleats', 'bleating', 'whinge', 'whinges', 'whinging', 'whinge', 'bang', 'banging', 'harp', 'harping', 'squeal', 'squealing', 'wail', 'wailing', 'go', 'goes', 'going']);
const DEED_COPULA = new Set(['is', "isn't", 'was', 'would', 'should', 'will', 'be', "'s"]);
const VERDICT_DEGREE = new Set(['be', 'never', 'not', 'so', 'really', 'just', 'absolutely', 'completely', 'totally', 'utterly', 'always', 'simply', 'still', 'clearly', 'truly', 'deeply', 'plain', 'plainly', 'pure', 'only']);
const CONDEMNED = new Set(['wrong', 'crime', 'criminal', 'illegal', 'barbaric', 'evil', 'cruel', 'inhumane', 'unacceptable', 'disgusting', 'sick', 'vile', 'shameful', 'horrific', 'monstrous', 'cowardly', 'murder', 'terrorism',
  'indefensible', 'abhorrent', 'despicable', 'sickening', 'hateful', 'bigoted', 'racist', 'sexist', 'homophobic', 'transphobic', 'ableist', 'appalling', 'hate', 'disgrace', 'outrage', 'atrocity']);
const OKAY = new Set(['okay', 'ok', 'acceptable', 'justified', 'right', 'fine', 'alright', 'allowed', 'excusable', 'funny']);
const OPENING_ADVERB = new Set(['honestly', 'frankly', 'personally', 'seriously', 'truthfully', 'tbh', 'basically', 'really', 'clearly', 'obviously', 'realistically', 'ideally']);
// hate25: a blessing, a relief, a mercy … ("Wiping X off the face of the earth would be a blessing").
const ENDORSED = new Set(['justice', 'fine', 'legal', 'answer', 'solution', 'service', 'deserved', 'needed', 'overdue', 'right', 'good', 'great', 'fair', 'necessary', 'the', 'fun', 'blessing', 'relief', 'mercy', 'godsend', 'favour', 'favor', 'kindness', 'improvement']);

// "What's wrong with saying …?", "Where is the mistake in saying …?": a question that endorses what is said.
export function endorsedByQuestion(s: Sentence, h: Hit) {
  const k = h.match.firstToken;
  // "Am I wrong to think that …?" asks the same.
  if (s.question && h.match.term.startsWith('wrong to ')) return true;
  return s.question && k - 2 >= s.sentenceTokens[0] && (s.tokens[k - 1]!.norm === 'with' || s.tokens[k - 1]!.norm === 'in') && FAULT.has(s.tokens[k - 2]!.norm);
}

// "Saying X are …is false", "Calling X animals is …": a sentence whose subject is the act of saying it.
// "The Victorians thought disabled children were a burden": a belief someone else held, told.
/** Past verbs of labelling that tell how others spoke of a group: "Newspapers mocked women as hysterical". */
const LABELLED_PAST = new Set(['mocked', 'branded', 'labelled', 'labeled', 'portrayed', 'depicted', 'ridiculed', 'caricatured', 'dismissed', 'stereotyped']);
/** Past verbs of intent before "to": "Haman plotted to kill …", "Pharaoh ordered his soldiers to …". */
const INTENT_PAST = new Set(['plotted', 'planned', 'schemed', 'vowed', 'ordered', 'wanted', 'tried', 'attempted', 'sought', 'intended', 'decided']);
/** Subjects that name no one who did it: "Nobody wanted to sit by them" tells of the group's exclusion, not of a doer. */
const NO_ONE = new Set(['nobody', 'noone', 'none', 'no', 'everyone', 'everybody']);
const PASSIVE_MARK = new Set(['be', 'been', 'being', 'get', 'gets', 'got', 'getting', 'is', 'are', 'was', 'were', "'re"]);

/** The speaker's own view said after a report: "but I think …", "I reckon …". */
const OWN_VIEW = new Set(['think', 'reckon', 'believe', 'say', 'feel', 'know']);
/** Whom the speaker agrees with when it is the one reported: "I agree with her". */
const AGREED_WITH = new Set(['him', 'her', 'them']);
/** Whose someone is: "my uncle", "her dad", "our neighbour". */
const OWNER = new Set(['my', 'our', 'his', 'her', 'their', 'your']);

const NOUN_LEAD = new Set(['the', 'very', 'mere', 'a', 'my', 'our', 'whole', 'one']);

export function othersBelief(s: Sentence) {
  for (let k = s.sentenceTokens[0]; k <= s.sentenceTokens[1]; k++) {
    // "The very thought of X makes me …" (hate9): the noun, not someone's past thinking.
    if (s.tokens[k]!.norm === 'thought' && NOUN_LEAD.has(s.tokens[k - 1]?.norm ?? '') && k - 1 >= s.sentenceTokens[0]) continue;
    // A third party's intent or labelling in the past, told: history, RE and set texts ("In the Purim story,
    // Haman plotted to kill all the Jews in Persia", "They found out how newspapers mocked women as hysterical").
    if (k > s.sentenceTokens[0] && (LABELLED_PAST.has(s.tokens[k]!.norm) || (INTENT_PAST.has(s.tokens[k]!.norm) && s.tokens.slice(k + 1, k + 5).some((t) => t.norm === 'to')))) {
      // The subject, back over adverbs and auxiliaries ("Haman had long plotted …"); a modal makes it no past ("I would have tried to …").
      const j = subjectBefore(s, k);
      const subject = s.tokens[j]!.norm;
      // Nor a passive ("X should be mocked"): what is wished or done to the group, judged elsewhere.
      const spoken = SPEAKER.has(subject) || subject === 'you' || MODAL.has(subject) || PASSIVE_MARK.has(subject) || /'(?:ve|d|ll)$/.test(subject);
      if (!spoken && !NO_ONE.has(subject) && !s.groups.some((g) => !g.pronoun && g.first <= j && g.last >= j)) return true;
    }
    // "People think disabled kids are stupid", "Some say …": what others say, now.
    // "Anyone heard saying …", "pupils caught calling …".
    if (REPORTING_GERUND.has(s.tokens[k]!.norm) && k > s.sentenceTokens[0] && CAUGHT.has(s.tokens[k - 1]!.norm)) return true;
    // Over an adverb: "how many people still think …", "some people honestly believe …".
    if (PRESENT_REPORT.has(s.tokens[k]!.norm)) {
      // And over where they say it: "people online say …", "folk round here think …"; and a habit, "used to say …" (hate8).
      const habit = s.tokens[k - 1]?.norm === 'to' && s.tokens[k - 2]?.norm === 'used' ? k - 2 : k;
      const j = subjectBefore(s, habit, SAID_WHERE);
      // Not the group's own person word: "Black people say they want equality, but …" (hate25), as "Women say …" is not.
      // Or someone of the speaker's or another's named by a possessive (hate8): "My uncle reckons X are …", "Her dad says …".
      const possessed = j > s.sentenceTokens[0] && OWNER.has(s.tokens[j - 1]!.norm) && /^[a-z]{2,}$/.test(s.tokens[j]!.norm) && !SPEAKER.has(s.tokens[j]!.norm);
      // Not when the speaker then says what they think: "My husband says X are fine, but I think they're disgusting".
      const ownAfter = s.tokens.slice(k + 1, s.sentenceTokens[1] + 1).some((t, i, after) => SPEAKER.has(t.norm) && OWN_VIEW.has(after[i + 1]?.norm ?? ''));
      if ((GENERIC_SUBJECT.has(s.tokens[j]?.norm ?? '') || possessed) && !ownAfter && j >= s.sentenceTokens[0] && !s.groups.some((g) => !g.pronoun && g.first <= j && g.last >= j)) return true;
    }
    if (SPREADING.has(s.tokens[k]!.norm) && k > s.sentenceTokens[0]) {
      let j = k - 1;
      while (j > s.sentenceTokens[0] && (KEEP.has(s.tokens[j]!.norm) || (s.tokens[j]!.norm.length > 3 && s.tokens[j]!.norm.endsWith('ly')))) j--;
      const subject = s.tokens[j]!.norm;
      // A noun or "someone" before it, not the speaker, not an order ("Tell them X are …"), not the group itself.
      // Not a noun ending a phrase after a preposition: "String X up from the lamp posts, …" (fp30).
      if (nounInPhrase(s, j, k)) continue;
      if (!SPEAKER.has(subject) && subject !== 'you' && !s.groups.some((g) => !g.pronoun && g.last === j) && (GENERIC_SUBJECT.has(subject) || /s$/.test(subject) || SUBJECT_DETERMINER.has(s.tokens[j - 1]?.norm ?? '') || claimantNoun(s, j, k))) return true;
    }
    // "Enough said": nothing reported.
    if (roleAt(s, k, 'insinuation')) continue;
    // "do as they are told", "do what they're told": obeying, nothing reported.
    if (s.tokens[k]!.norm === 'told' && s.tokens.slice(Math.max(s.sentenceTokens[0], k - 3), k).some((t) => t.norm === 'as' || t.norm === 'what')) continue;
    // "a word said by a woman" is no report of what someone said.
    // "Nobody asked for your opinion", "no questions asked": nothing reported.
    if (k === s.sentenceTokens[0] || !BELIEF_PAST.has(s.tokens[k]!.norm) || s.tokens[k + 1]?.norm === 'by' || (s.tokens[k]!.norm === 'asked' && (s.tokens[k + 1]?.norm === 'for' || s.tokens[k - 1]!.norm === 'questions'))) continue;
    // "The choir sang, but X are …" (fp30): another clause set against it, not what was said or sung.
    if (k < s.sentenceTokens[1] && CONTRAST.has(s.tokens[k + 1]!.norm) && /^\s*[,;:—–]/.test(s.text.slice(s.tokens[k]!.end, s.tokens[k + 1]!.start))) continue;
    // "incapable of logical thought", "a thought": the noun, not a belief told.
    if (s.tokens[k]!.norm === 'thought' && (NOUN_MARK.has(s.tokens[k - 1]?.norm ?? '') || (NOUN_ADJECTIVE.has(s.tokens[k - 1]?.norm ?? '') && NOUN_MARK.has(s.tokens[k - 2]?.norm ?? '')))) continue;
    // The subject, back over adverbs and auxiliaries: "I've always believed", "I honestly thought".
    const subject = s.tokens[subjectBefore(s, k)]!.norm;
    if (!SPEAKER.has(subject) && subject !== 'you' && subject !== "you've") return true;
  }
  return false;
}

/**
 * A noun right before a gerund of saying, the one who says it (derogfp34): "the 19th-century pseudo-science claiming X
 * were inferior", "a leaflet suggesting X …", "propaganda insisting …" — a reduced relative clause. Not a word that
 * takes the gerund as its object or complement ("stop claiming", "for saying", "are claiming"): those are read elsewhere.
 */
function claimantNoun(s: Sentence, j: number, k: number): boolean {
  if (j !== k - 1 || !s.tokens[k]!.norm.endsWith('ing')) return false;
  const subject = s.tokens[j]!.norm;
  return /^[a-z][a-z-]{2,}$/.test(subject) && !GERUND_TAKER.has(subject) && !subject.endsWith('ing') && !subject.endsWith('ly');
}
const GERUND_TAKER = new Set(['are', 'is', 'was', 'were', 'been', 'being', 'be', 'keep', 'keeps', 'kept', 'stop', 'stops', 'stopped', 'start', 'starts', 'started', 'began', 'begin', 'quit', 'try', 'tried', 'for', 'of', 'by', 'from', 'with', 'without', 'about', 'after', 'before', 'while', 'on', 'in', 'at', 'to', 'not', 'and', 'or', 'but', 'the', 'mind', 'enjoy', 'enjoys', 'love', 'loves', 'like', 'likes', 'hate', 'hates', 'avoid', 'risk', 'deny', 'admit', 'admits', 'admitted', 'go', 'goes', 'went', 'carry', 'worth', 'than', 'just', 'still', 'all', 'them', 'him', 'her', 'us', 'me', 'they', 'he', 'she', 'it', 'who', 'that', 'this', 'those', 'these', 'there', 'here', 'now', 'then', 'even', 'also', 'too', 'really', 'spent', 'spend', 'caught', 'heard', 'seen', 'saw', 'found', 'imagine', 'fancy', 'picture']);

/**
 * A word of spreading that is a noun here: it ends its clause, and the word before it is the last of a phrase after
 * a preposition ("from the lamp posts,", "on the goal posts."), not a subject.
 */
function nounInPhrase(s: Sentence, j: number, k: number): boolean {
  const end = k === s.sentenceTokens[1] || /^\s*[,;:.!?…—–)]/.test(s.text.slice(s.tokens[k]!.end, s.tokens[k]!.end + 3));
  if (!end) return false;
  let p = j - 1;
  if (SUBJECT_DETERMINER.has(s.tokens[p]?.norm ?? '') || s.tokens[p]?.norm === 'the' || s.tokens[p]?.norm === 'a') p--;
  return p >= s.sentenceTokens[0] && PREPOSITION.has(s.tokens[p]!.norm);
}
const PREPOSITION = new Set(['from', 'on', 'at', 'to', 'off', 'by', 'with', 'against', 'under', 'over', 'round', 'around', 'behind', 'between', 'near', 'onto', 'into', 'up', 'down']);

const CONTRAST = new Set(['but', 'yet', 'though', 'although', 'however', 'whereas', 'while']);

/** Where the subject of the verb at k stands: back over adverbs and auxiliaries (and `alsoOver`), not past the sentence's start. */
function subjectBefore(s: Sentence, k: number, alsoOver?: Set<string>): number {
  let j = k - 1;
  const over = (word: string) => TIME_ADVERB.has(word) || BELIEF_AUXILIARY.has(word) || (word.length > 3 && word.endsWith('ly')) || alsoOver?.has(word) === true;
  while (j > s.sentenceTokens[0] && over(s.tokens[j]!.norm)) j--;
  return j;
}

// "I'm not racist but …", "Call me old-fashioned but …": a disclaimer before the remark, not counter-speech.
export function disclaimer(s: Sentence, h: Hit) {
  for (let k = h.match.lastToken + 1; k <= Math.min(s.sentenceTokens[1], h.match.lastToken + 4); k++) {
    if (s.tokens[k]!.norm === 'but') return s.hits.some((o) => o.match.firstToken > k && HOSTILE_ROLES.has(o.role) && o.role !== 'word');
  }
  return false;
}

// "X are disgusting and should be ashamed": a counter phrase said of the group with the abuse it follows.
export function saidWithAbuse(s: Sentence, h: Hit) {
  return s.tokens[h.match.firstToken - 1]?.norm === 'and' &&
    s.hits.some((o) => (o.role === 'attribute' || o.role === 'dehumanising') && o.match.lastToken === h.match.firstToken - 2) &&
    s.groups.some((g) => !g.pronoun && g.last < h.match.firstToken - 2 && h.match.firstToken - g.last <= 8);
}

/**
 * "I will never accept X as equals", "We won't accept X here": the group itself refused, not a
 * remark ("We will never accept racism", "… accept X being treated like this").
 */
export function groupRefused(s: Sentence, h: Hit) {
  if (!/(?:^| )(?:accept|tolerate)$/.test(h.match.term)) return false;
  let k = h.match.lastToken + 1;
  while (k - h.match.lastToken <= 2 && OBJECT_QUANTIFIER.has(s.tokens[k]?.norm ?? '')) k++;
  const g = s.groups.find((o) => !o.pronoun && o.first === k);
  if (!g) return false;
  const last = PERSONISH.has(s.tokens[g.last + 1]?.norm ?? '') ? g.last + 1 : g.last;
  return last >= s.sentenceTokens[1] || REFUSED_AS.has(s.tokens[last + 1]!.norm) || /^\s*[,.!?;]/.test(s.text.slice(s.tokens[last]!.end, s.tokens[last + 1]!.start));
}

/**
 * "My dad always said X are …, and he was right", "It goes without saying that …", "It's not
 * controversial to say …": what is reported or said is endorsed by the speaker, so it is no report.
 */
export function endorsed(s: Sentence) {
  for (let k = s.sentenceTokens[0]; k < s.sentenceTokens[1]; k++) {
    const w = s.tokens[k]!.norm;
    const next = s.tokens[k + 1]!.norm;
    const after = k + 2 <= s.sentenceTokens[1] ? s.tokens[k + 2]!.norm : '';
    if (next === 'right' && (ENDORSING_SUBJECT.has(w) || /['’]s$/.test(w)) && (after === '' || after === 'to' || after === 'about' || after === 'and') && s.tokens[k - 1]?.norm !== 'not') return true;
    if (next === 'right' && w === 'dead') return true;
    if ((w === 'not' || w === "wasn't" || w === "isn't" || w === "aren't" || w === "weren't") && (next === 'wrong' || next === 'controversial')) return true;
    if (w === 'goes' && next === 'without' && after === 'saying') return true;
    // "… and I agree with her" (hate8): with the one who said it, not "… is wrong, and I agree with the Head".
    if (w === 'i' && next === 'agree' && (after === '' || after === 'and' || (after === 'with' && AGREED_WITH.has(s.tokens[k + 3]?.norm ?? '')))) return true;
    // "… and so do I", "… me too" (hate8): the speaker joins in.
    if (w === 'so' && (next === 'do' || next === 'does') && (after === 'i' || after === 'we') && s.tokens[k - 1]?.norm !== 'not') return true;
    if (w === 'me' && next === 'too' && k + 1 === s.sentenceTokens[1]) return true;
    // "… they deserve it", "… and she deserved it" (derogfp34): the abuse told is said to be earned.
    if ((w === 'they' || w === 'she' || w === 'he') && (next === 'deserve' || next === 'deserved' || next === 'deserves') && after === 'it') return true;
  }
  return false;
}

/** Between a feeling and the group, someone else doing something to them: "… how people treat …", "… it when people are rude to …". */
export function othersDoing(s: Sentence, from: number, to: number) {
  let marked = false;
  for (let k = from + 1; k < to; k++) {
    const w = s.tokens[k]!.norm;
    // "sick of seeing people blame X", "tired of hearing people call X names" (hate26): what others are seen or heard to do.
    if (w === 'how' || w === 'when' || w === 'whenever' || w === 'way' || PERCEIVING.has(w)) marked = true;
    else if (marked && GENERIC_SUBJECT.has(w)) return true;
    // "I'm sick of people attacking X", "… the people who abuse X".
    else if ((GENERIC_SUBJECT.has(w) || PERPETRATOR.has(w)) && ((s.tokens[k + 1]?.norm ?? '').endsWith('ing') || (RELATIVE.has(s.tokens[k + 1]?.norm ?? '') && !ARE.has(s.tokens[k + 2]?.norm ?? '')))) return true;
    // "angered by the attacks on X", "sick of the abuse of X": a wrong done to them.
    else if (WRONG_DONE.has(w)) return true;
  }
  return false;
}

/** The feeling's subject is people in general, over an adverb: "Why do people (still) hate …". */
export function feltByOthers(s: Sentence, at: number) {
  let k = at - 1;
  while (k > s.sentenceTokens[0] && (TIME_ADVERB.has(s.tokens[k]!.norm) || ['still', 'even', 'so', 'really', 'always'].includes(s.tokens[k]!.norm))) k--;
  return k > s.sentenceTokens[0] && GENERIC_SUBJECT.has(s.tokens[k]!.norm);
}

/**
 * "Killing X is a crime", "Beating X is never okay", "Stoning women to death is barbaric": violence or
 * abuse done to the group, the subject of the sentence in "-ing", then condemned — counter-speech; and
 * "Stoning X to death is what they deserve", "Beating X is fine by me": the same deed endorsed.
 * Which it is, or undefined; `judged` says where the verdict starts.
 */
export function deedJudged(s: Sentence): { verdict: 'condemned' | 'endorsed'; group: Identity; copula: number } | undefined {
  // Over an opening adverb and its comma: "Honestly, wiping X off the face of the earth would be a blessing" (hate25).
  const first = s.sentenceTokens[0];
  const start = OPENING_ADVERB.has(s.tokens[first]!.norm) && first < s.sentenceTokens[1] && s.text.slice(s.tokens[first]!.end, s.tokens[first + 1]!.start).includes(',') ? first + 1 : first;
  const verb = s.tokens[start]!.norm;
  if (!verb.endsWith('ing') || !(ABUSE_GERUND.has(verb) || s.hits.some((h) => h.match.firstToken === start && DEED_ROLES.has(h.role)))) return undefined;
  const group = s.groups.find((g) => !g.pronoun && !g.place && g.first > start && g.first - start <= 3);
  if (!group) return undefined;
  for (let k = group.last + 1; k <= Math.min(s.sentenceTokens[1] - 1, group.last + 4); k++) {
    if (!DEED_COPULA.has(s.tokens[k]!.norm)) continue;
    let j = k + 1;
    while (j < s.sentenceTokens[1] && VERDICT_DEGREE.has(s.tokens[j]!.norm)) j++;
    const word = s.tokens[j]!.norm;
    const nextWord = s.tokens[j + 1]?.norm ?? '';
    const denied = s.tokens.slice(k + 1, j).some((t) => t.norm === 'never' || t.norm === 'not') || /n't$/.test(s.tokens[k]!.norm);
    const condemning = CONDEMNED.has(word) || (word === 'a' && CONDEMNED.has(nextWord));
    // "… should not be illegal" endorses it; "… is never okay" condemns it.
    if (denied) return condemning ? { verdict: 'endorsed', group, copula: k } : OKAY.has(word) ? { verdict: 'condemned', group, copula: k } : undefined;
    if (condemning) return { verdict: 'condemned', group, copula: k };
    if (ENDORSED.has(word) || (word === 'what' && nextWord === 'they' && /^deserve/.test(s.tokens[j + 2]?.norm ?? '')) || ((word === 'a' || word === 'the') && ENDORSED.has(nextWord))) return { verdict: 'endorsed', group, copula: k };
    return undefined;
  }
  return undefined;
}

/**
 * "X can cry about discrimination all they like", "X whine about racism all day": the group mocked for
 * complaining of a wrong, not counter-speech against it — the group (or "they") the complainer.
 */
export function complaintMocked(s: Sentence, h: Hit) {
  let k = h.match.firstToken - 1;
  while (k > s.sentenceTokens[0] && h.match.firstToken - k <= 3 && (OBJECT_QUANTIFIER.has(s.tokens[k]!.norm) || s.tokens[k]!.norm === 'about' || s.tokens[k]!.norm === 'of' || s.tokens[k]!.norm === 'on')) k--;
  if (k < s.sentenceTokens[0] || !COMPLAINING.has(s.tokens[k]!.norm)) return false;
  return s.groups.some((g) => g.last < k && k - g.last <= 3) || s.tokens[k - 1]?.norm === 'they' || s.tokens[k - 2]?.norm === 'they';
}

/**
 * "Claims about X being less clever are rubbish", "The idea that X are lazy is a myth" (hate25): a report
 * of a remark, its subject, dismissed at the end of the sentence — counter-speech. The report noun comes
 * before the group, "about" or "that" after it, and the sentence ends on a copula and a word of falsity.
 */
export function reportDismissed(s: Sentence) {
  const first = s.sentenceTokens[0];
  const last = s.sentenceTokens[1];
  const group = s.groups.find((g) => !g.pronoun);
  if (!group) return false;
  let report = -1;
  for (let k = first; k < group.first; k++) if (REPORT_NOUN.has(s.tokens[k]!.norm) && (s.tokens[k + 1]?.norm === 'about' || s.tokens[k + 1]?.norm === 'that')) report = k;
  if (report < 0) return false;
  let end = last;
  while (end > group.last && FALSITY_TAIL.has(s.tokens[end]!.norm)) end--;
  // Condemned, not only called false: only a report posted or said (not "Claims about X being lazy are dangerous").
  const dismissal = (w: string) => FALSITY.has(w) || (POSTED.has(s.tokens[report]!.norm) && CONDEMNATION.has(w));
  // "… jokes about X … are not harmless banter", "… are never funny": a posted remark denied to be harmless.
  if (POSTED.has(s.tokens[report]!.norm) && deniedHarmless(s, group.last, last)) return true;
  if (!dismissal(s.tokens[end]!.norm) && !(dismissal(s.tokens[end + 1]?.norm ?? '') && end + 1 <= last)) {
    // "… are a myth", "… are complete rubbish": the last word itself.
    if (!dismissal(s.tokens[last]!.norm)) return false;
    end = last;
  }
  // Not the group itself called so after it: "That post about X was spot on, they are vile".
  if (s.tokens.slice(group.last + 1, end).some((t) => t.norm === 'they' || t.norm === "they're" || t.norm === 'them')) return false;
  for (let k = end - 1; k > group.last && end - k <= 4; k--) if (DISMISSING_COPULA.has(s.tokens[k]!.norm)) return true;
  return false;
}
/** "are not harmless banter", "is never funny", "aren't OK": a copula, a denial, and a word of harmlessness last. */
function deniedHarmless(s: Sentence, after: number, last: number): boolean {
  let end = last;
  while (end > after && (end - last > -2) && HARMLESS_TAIL_FILLER.has(s.tokens[end]!.norm)) end--;
  if (!HARMLESS.has(s.tokens[end]!.norm)) return false;
  for (let k = end - 1; k > after && end - k <= 4; k--) {
    const word = s.tokens[k]!.norm;
    if (word === 'not' || word === 'never' || /n['’]?t$/.test(word)) return DISMISSING_COPULA.has(s.tokens[k - 1]?.norm ?? '') || /^(?:are|is|was|were)n['’]?t$/.test(word);
  }
  return false;
}
const HARMLESS = new Set(['harmless', 'funny', 'ok', 'okay', 'acceptable', 'banter', 'fine', 'alright', 'clever', 'kind', 'joke', 'jokes', 'fun']);
const HARMLESS_TAIL_FILLER = new Set(['at', 'all', 'ever', 'really']);
/** Verbs of seeing and hearing before others' doing (see othersDoing). */
const PERCEIVING = new Set(['seeing', 'hearing', 'watching', 'reading', 'see', 'hear', 'watch', 'read', 'saw', 'heard', 'watched']);
const REPORT_NOUN = new Set(['claims', 'claim', 'idea', 'notion', 'myth', 'myths', 'stereotype', 'stereotypes', 'suggestion', 'suggestions', 'assumption', 'assumptions', 'rumours', 'rumour', 'rumors', 'talk', 'lies', 'belief',
  // what someone posted or said, judged (hate26): "Your post about X being a drain is vile"
  'post', 'posts', 'tweet', 'tweets', 'comment', 'comments', 'remark', 'remarks', 'joke', 'jokes', 'meme', 'memes', 'video', 'videos', 'article', 'articles', 'headline', 'headlines', 'rant', 'rants', 'speech', 'leaflet', 'leaflets']);
const POSTED = new Set(['post', 'posts', 'tweet', 'tweets', 'comment', 'comments', 'remark', 'remarks', 'joke', 'jokes', 'meme', 'memes', 'video', 'videos', 'article', 'articles', 'headline', 'headlines', 'rant', 'rants', 'speech', 'leaflet', 'leaflets']);
/** What such a report is called at the sentence's end besides false (hate26): "… is vile", "… are disgusting". */
const CONDEMNATION = new Set(['vile', 'disgusting', 'disgraceful', 'shameful', 'sickening', 'appalling', 'offensive', 'hateful', 'racist', 'sexist', 'homophobic', 'transphobic', 'ableist', 'islamophobic', 'xenophobic', 'bigoted', 'unacceptable', 'despicable', 'abhorrent', 'dangerous', 'ignorant', 'hurtful', 'cruel', 'revolting', 'deplorable']);
const FALSITY = new Set(['rubbish', 'nonsense', 'false', 'untrue', 'lies', 'myth', 'myths', 'wrong', 'debunked', 'baseless', 'unfounded', 'bollocks', 'garbage', 'rot', 'twaddle', 'bunk', 'disproved', 'disproven', 'lie']);
const FALSITY_TAIL = new Set(['again', 'and', 'over', 'time', 'after', 'repeatedly', 'completely', 'entirely', 'totally', 'long', 'ago']);
const DISMISSING_COPULA = new Set(['are', 'is', 'was', 'were', 'been', "'re", 'be']);
