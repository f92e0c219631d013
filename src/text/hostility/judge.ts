// judgeSentence: given the matches in one sentence and the groups it names, decide what is hostile, how
// strongly, and what lessens it (negation, counter-speech, quotation, a story told, a homonym).
// It reads the sentence once (readSentence, the Sentence in judge-sentence.ts), then tries each hostile
// match: groupLinked (judge-links.ts) ties it to a group, with the tests in judge-negation.ts,
// judge-framing.ts, judge-predicates.ts, judge-consequences.ts and judge-violence.ts; judge-held.ts asks whose
// remark it is (a feeling or a label others hold, a question against an exclusion).
import type { HostileToken as Token } from '../deobfuscate.js';
import type { Hit, HostileFinding, Identity } from './types.js';
import { asideTokens, isQuestion, reportedViolence, spanOf, tellsAStory, usedAsVerb } from './narration.js';
import {
  COMPETITION, CONDEMNING_ROLES, GOODS, GROUP_ONLY_THREATS, HOSTILE_ROLES, ORGANISATION_WORD, PERSON_TARGET, REPORTING_GERUND, SLUR_CATEGORIES, STRENGTH,
  SUGGEST_GROUP, SUGGEST_WORD,
} from './vocabulary.js';
import { groupLabel, worshipPlaces } from './groups.js';
import { addressedOrPointedAt, aimedAtPerson, hasTarget, homonymNear, threatAimed } from './targets.js';
import type { Sentence } from './judge-sentence.js';
import { imaginedSelf, near, quoted, selfDescribed, sentenceGroups } from './judge-sentence.js';
import { negated } from './judge-negation.js';
import { complaintMocked, deedJudged, disclaimer, endorsed, endorsedByQuestion, groupRefused, othersBelief, reportDismissed, saidWithAbuse } from './judge-framing.js';
import { groupLinked } from './judge-links.js';
import { lastResort } from './judge-last-resort.js';
import { talkJudged } from './judge-talk.js';
import { violenceTold } from './judge-told.js';
import { condemnedTalk, rhetoricalOpens } from './judge-intent.js';
import { beliefRenounced, calledInPast, doneOnceTold, exclusionQuestioned, labelledByOthers } from './judge-held.js';

/** Reads the sentence once: its groups, asides, the deed it may open on and whether it is counter-speech. */
function readSentence(
  id: number,
  hits: Hit[],
  identityBySentence: Map<number, Identity[]>,
  tokens: Token[],
  sentenceTokens: [number, number],
  quotes: [number, number][],
  text: string,
  framedAsReport: boolean,
  sarcastic = false,
  dismissed: { groups: Identity[] } | undefined = undefined,
): Sentence {
  // Every field in one literal: built with a spread ({ ...words, groups, … }), the object was slow to read
  // and the judgement took about half as long again.
  const s: Sentence = {
    id,
    hits,
    identityBySentence,
    tokens,
    sentenceTokens,
    quotes,
    text,
    framedAsReport,
    sarcastic,
    dismissed,
    question: isQuestion(text, tokens, sentenceTokens),
    // "In the novel, the mob wants to hang …", "In Act 3 the murderers stab …": a story's plot, told.
    storyTold: tellsAStory(tokens, sentenceTokens[0]),
    selfMarks: hits.filter((h) => h.role === 'self'),
    places: [...(identityBySentence.get(id) ?? []).filter((g) => g.place), ...worshipPlaces(tokens, sentenceTokens)],
    // Filled in below, from the rest: the groups first (sentenceGroups reads only the words), then what reads them.
    groups: [],
    // A relative clause set off by commas ("The X on our road, who nobody asked for, are a disgrace")
    // is an aside: its words neither deny the main clause nor part the group from what is said of it.
    aside: asideTokens(text, tokens, sentenceTokens),
    deed: undefined,
    counter: false,
    selfRef: false,
  };
  s.groups = sentenceGroups(s);
  s.deed = deedJudged(s);
  s.counter = !endorsed(s) && (s.deed?.verdict === 'condemned' || s.framedAsReport || s.hits.some((h) => h.role === 'counter' && !endorsedByQuestion(s, h) && !disclaimer(s, h) && !saidWithAbuse(s, h) && !groupRefused(s, h) && !complaintMocked(s, h) && !slurIsSubject(s, h)) || (othersBelief(s) && !(s.question && rhetoricalOpens(s))) || reportDismissed(s) || reportingGerundOpens(s) || condemnedTalk(s) || exclusionQuestioned(s) || doneOnceTold(s) || beliefRenounced(s) || s.hits.some((h) => LABELLABLE.has(h.role) && (labelledByOthers(s, h) || calledInPast(s, h))) || s.hits.some((h) => TALKED_OF.has(h.role) && talkJudged(s, h)));
  s.selfRef = hits.some((h) => h.role === 'self' && !imaginedSelf(s, h));
  return s;
}

/** Determiners that pick out someone other than the speaker: "some X", "that X", "another X". */
const OTHER_ONE = new Set(['some', 'that', 'this', 'those', 'these', 'another', 'any']);

/** Roles that may judge others' talk or treatment of a group, or name it (judge-talk.ts). */
const TALKED_OF = new Set(['attribute', 'emotion', 'dehumanising', 'word']);

/** Roles a label others give may carry: "called criminals", "described as a danger" (judge-held.ts). */
const LABELLABLE = new Set(['attribute', 'dehumanising', 'word']);

/** The sentence's finding, if any: it takes what readSentence does (the sentence's place, its matches and groups). */
export function judgeSentence(...sentence: Parameters<typeof readSentence>): HostileFinding | undefined {
  const s = readSentence(...sentence);
  // 1. A hostile remark about a protected group.
  const groupHits = s.hits.filter((h) => HOSTILE_ROLES.has(h.role));
  for (const hit of groupHits) {
    const identity = groupLinked(s, hit);
    if (!identity) continue;
    if (wrongCompared(s, hit, identity)) continue;
    const span = spanOf(hit, identity, s.tokens);
    if (s.counter) {
      return { ...span, severity: 'warning', kind: 'group', message: `Reads as counter-speech or a report about a hostile remark on ${groupLabel(identity)}: check the wording with a colleague`, suggestion: SUGGEST_GROUP };
    }
    return { ...span, severity: 'error', kind: 'group', message: `A hostile remark about a protected group (${groupLabel(identity)})`, suggestion: SUGGEST_GROUP };
  }
  // A hostile remark inside quotation marks: for a person to look at.
  // Not a good merely named ("the things that are really important", quoted from a pupil): goods count only denied, judged above.
  const quotedHit = groupHits.find((h) => quoted(s, h) && !GOODS.has(h.role) && (h.role !== 'word' || SLUR_CATEGORIES.has(h.term.category)) && !h.fuzzy && near(s, h, 8, 8));
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
    // Called to a person's face ("…, you filthy X"): no counter-speech softens it, only quotation marks.
    const softened = (s.counter && !calledToTheirFace(s, hit)) || quoted(s, hit);
    if (hit.role === 'word') {
      const term = hit.term;
      if (homonymNear(hit, s.tokens, s.sentenceTokens) || usedAsVerb(hit, s.tokens)) continue;
      const aimed = aimedAtPerson(hit, s.hits, s.tokens, s.sentenceTokens) || (SLUR_CATEGORIES.has(term.category) && addressedOrPointedAt(hit, s.hits, s.tokens, s.sentenceTokens, s.text));
      const strength = term.strength !== undefined ? `, ${STRENGTH[term.strength] ?? 'rated'} (${term.strength}/4)` : '';
      const detail = `${term.category.replace(/-/g, ' ')}${strength}`;
      if (SLUR_CATEGORIES.has(term.category)) {
        // A speaker in the sentence reclaims a word not aimed at anyone ("Bad bitch energy, me"), unless the word
        // names someone else, picked out by a determiner: "Some X keyed my car", "That X next door took my parking space" (hate8).
        const someoneElse = OTHER_ONE.has(s.tokens[hit.match.firstToken - 1]?.norm ?? '');
        const reclaimed = selfDescribed(s, hit) || (s.selfRef && !aimed && !someoneElse);
        // "the Spastics Society changed its name to Scope": an old name, told.
        const named = (/^\p{Lu}/u.test(s.tokens[hit.match.firstToken]!.raw) || s.tokens[hit.match.firstToken - 1]?.norm === 'the' || s.tokens[hit.match.firstToken - 2]?.norm === 'the') && ORGANISATION_WORD.has(s.tokens[hit.match.lastToken + 1]?.norm ?? '') || inProperName(s, hit) || eventNamed(s, hit);
        // A word that is a slur only when aimed is aimed when the sentence runs down the people it names, in the
        // plural: "All coons should be deported", "I hate chinks" (its homonyms near — "a chink of light" — were
        // passed over above; a singular is more often the other sense: "a queer, weird feeling").
        const condemned = s.tokens[hit.match.lastToken]!.norm.endsWith('s') && s.hits.some((h) => h !== hit && CONDEMNING_ROLES.has(h.role));
        // "Imagine being a X, tragic": a life imagined and mocked (hate7) runs the people down as much.
        // The word ends its phrase ("…, tragic", "… lol"): not "Imagine being a fag end", "… a cripple for a day".
        const endsPhrase = hit.match.lastToken === s.sentenceTokens[1] || /^\s*[,;:!?.…—–-]/.test(s.text.slice(hit.match.end, hit.match.end + 3));
        const mocked = endsPhrase && s.selfMarks.some((m) => imaginedSelf(s, m) && m.match.lastToken + 1 === hit.match.firstToken);
        const error = !softened && !reclaimed && !named && (term.aimedOnly ? aimed || hasTarget(s.hits) || condemned || mocked || pickedOut(s, hit) : true);
        consider({
          start,
          end,
          severity: error ? 'error' : 'warning',
          kind: 'slur',
          message: error
            ? `A slur (${detail}): ${term.note ?? 'this must not be published'}`
            : `A word that is a slur in other uses (${detail}); here it reads as ${softened ? 'a quotation or counter-speech' : reclaimed ? 'self-description or reclaimed' : named ? 'part of a name' : 'not aimed at anyone'} — check it`,
          suggestion: SUGGEST_WORD,
        });
      } else {
        // "Refugees are not vermin", "You're not an idiot": a denial, not an insult.
        if (term.category === 'insult' && negated(s, hit)) continue;
        // Profanity called a person is an insult too: "that kid is a little shit" (a noun after "a"), not
        // "you're fucking brilliant".
        const calledOne = term.category !== 'insult' && [1, 2, 3].some((d) => ['a', 'an'].includes(s.tokens[hit.match.firstToken - d]?.norm ?? ''));
        const error = (term.category === 'insult' || calledOne) && aimed && !softened && !selfDescribed(s, hit);
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
      if (hit.match.term === 'coming for you' && s.tokens.some((t) => COMPETITION.has(t.norm))) continue;
      if (negated(s, hit) || reportedViolence(hit, s.tokens, s.sentenceTokens, true)) continue;
      // A story's plot, a character's deed, a match won, told on a school's post (judge-told.ts).
      if (violenceTold(s, hit)) continue;
      if (!threatAimed(hit, s.tokens, s.sentenceTokens)) continue;
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
  // 3. Where the grammar decided nothing, the last resort (judge-last-resort.ts).
  return best ?? lastResort(s);
}

/**
 * A gerund of saying opens the sentence ("Calling X animals is …"), or a clause of it after "why" or "how"
 * ("My teacher explained why describing X as a disease is so dangerous", hate25): what is said is
 * talked about, not said. Not "Calling you X …" aimed at someone.
 */
function reportingGerundOpens(s: Sentence) {
  const first = s.sentenceTokens[0];
  for (let k = first; k <= Math.min(s.sentenceTokens[1], first + 8); k++) {
    // "Using the word 'X' to mean …", "Using 'X' as an insult …" (fp30): a word used, talked about.
    if (!REPORTING_GERUND.has(s.tokens[k]!.norm) && !(s.tokens[k]!.norm === 'using' && wordNamedAt(s, k + 1))) continue;
    if (k > first && !CLAUSE_OF_TALK.has(s.tokens[k - 1]!.norm)) continue;
    if (s.hits.some((h) => h.role === 'target' && h.match.firstToken === k + 1 && PERSON_TARGET.has(s.tokens[k + 1]!.norm))) continue;
    return true;
  }
  return false;
}
const CLAUSE_OF_TALK = new Set(['why', 'how']);

/** A word named as a word at k: "the word 'X'", "the term X", or a quotation opening there. */
function wordNamedAt(s: Sentence, k: number): boolean {
  if (k > s.sentenceTokens[1]) return false;
  if (s.tokens[k]!.norm === 'the' && WORD_NOUN.has(s.tokens[k + 1]?.norm ?? '')) return true;
  return s.quotes.some(([from]) => from <= s.tokens[k]!.start && s.tokens[k]!.start - from <= 1);
}
const WORD_NOUN = new Set(['word', 'words', 'term', 'terms', 'name', 'names', 'slur', 'slurs', 'phrase', 'label']);

/**
 * A word that is a slur only when aimed, naming someone picked out who wronged the speaker (hate10): "Some X keyed my
 * car", "some X pushed in front of me" — "some" or "another", picking out someone unknown,
 * right before the word in the singular, and the speaker ("my", "me") after it in the sentence; or the people it
 * names as the only ones who would do a thing: "Only a X would park like that". Not "our greyhound bitch", "a pack of
 * fags", "that dyke protected my village" (a landmark pointed at), nor homonyms near (passed over before).
 */
function pickedOut(s: Sentence, hit: Hit): boolean {
  const first = hit.match.firstToken;
  const last = hit.match.lastToken;
  if (ONLY_ONE.has(s.tokens[first - 1]?.norm ?? '') && s.tokens[first - 2]?.norm === 'only') return MODAL_AFTER.has(s.tokens[last + 1]?.norm ?? '');
  const determiner = s.tokens[first - 1]?.norm ?? '';
  if (s.tokens[last]!.norm.endsWith('s')) return false;
  // The one picked out is the subject of a deed only a person does (hate11): "Some X was at the gates again", "Of course
  // a X wrote this post" — over one adverb ("some X just pushed in").
  const verbAt = ADVERB_BEFORE_DEED.has(s.tokens[last + 1]?.norm ?? '') ? last + 2 : last + 1;
  const verb = verbAt <= s.sentenceTokens[1] ? s.tokens[verbAt]!.norm : '';
  if ((PICKING_OUT.has(determiner) && (PERSON_DEED.has(verb) || BEING_THERE.has(verb))) || (determiner === 'a' && PERSON_DEED.has(verb))) return true;
  if (!PICKING_OUT.has(determiner)) return false;
  for (let k = last + 1; k <= s.sentenceTokens[1]; k++) if (SPEAKER_WRONGED.has(s.tokens[k]!.norm)) return true;
  return false;
}
const PICKING_OUT = new Set(['some', 'another']);
/** Verbs whose subject is a person, said of one picked out: what they wrote, said or did to others. */
const PERSON_DEED = new Set(['wrote', 'writes', 'posted', 'posts', 'commented', 'said', 'says', 'shouted', 'yelled', 'screamed', 'swore', 'spat', 'pushed', 'shoved', 'barged', 'keyed', 'nicked', 'stole', 'complained', 'moaned', 'decided', 'tried', 'started', 'threatened', 'told', 'asked', 'called', 'teaches', 'taught', 'coaches', 'coached']);
/** Being somewhere or at it again, said only after "some" or "another": "Some X was at the gates", "another X is moving in". */
const BEING_THERE = new Set(['was', 'is', 'has', 'had', 'keeps', 'kept', 'got', 'turned', 'showed', 'moved']);
const ADVERB_BEFORE_DEED = new Set(['just', 'actually', 'literally', 'only', 'then', 'even', 'always', 'now']);
const ONLY_ONE = new Set(['a', 'an']);
const MODAL_AFTER = new Set(['would', 'could', 'will', 'can', 'does', 'do']);
const SPEAKER_WRONGED = new Set(['my', 'me']);

/** Wrongs done to someone, as a participle after "being"/"getting": "left out", "bullied", "called names". */
const WRONGED = new Set(['left', 'bullied', 'excluded', 'abused', 'attacked', 'hurt', 'mocked', 'called', 'treated', 'picked', 'laughed', 'ignored', 'teased', 'targeted', 'harassed', 'beaten', 'denied', 'turned', 'shut', 'kept', 'made', 'singled', 'humiliated', 'insulted', 'refused', 'shunned', 'judged', 'stared', 'discriminated', 'punished', 'victimised', 'victimized', 'assaulted', 'threatened', 'spat', 'pushed', 'robbed', 'forgotten', 'overlooked']);

/**
 * A comparison whose other side is a wrong done to the group, not the group (derogfp34): "Is there anything worse than a
 * disabled child being left out of sports day?", "Nothing is worse than X getting bullied" — the group right after the
 * "than" phrase, then "being"/"getting" and a participle of a wrong done to them. Not "… than X being allowed to teach".
 */
function wrongCompared(s: Sentence, hit: Hit, identity: Identity): boolean {
  if (identity.pronoun || !/\bthan$/.test(hit.match.term) || identity.first <= hit.match.lastToken || identity.first - hit.match.lastToken > 3) return false;
  const be = s.tokens[identity.last + 1]?.norm;
  return (be === 'being' || be === 'getting') && WRONGED.has(s.tokens[identity.last + 2]?.norm ?? '');
}

/**
 * A counter phrase whose subject is the slur itself (derogfp34): "That X was excluded, good riddance", "the X got
 * banned lol" — the speaker names the one sanctioned by the slur; no report of someone else's words.
 */
function slurIsSubject(s: Sentence, counter: Hit): boolean {
  let k = counter.match.firstToken - 1;
  while (k > s.sentenceTokens[0] && SUBJECT_GAP.has(s.tokens[k]!.norm)) k--;
  return s.hits.some((h) => h.role === 'word' && SLUR_CATEGORIES.has(h.term.category) && h.match.lastToken === k);
}
const SUBJECT_GAP = new Set(['has', 'have', 'had', 'just', 'finally', 'now', 'rightly', 'also', 'then']);

/** Events a reclaimed word names: "the slut walk", "Dyke March". */
const EVENT_WORD = new Set(['walk', 'march', 'parade', 'rally', 'festival', 'fest', 'night', 'disco', 'picnic']);

/**
 * A word in the singular naming an event with the noun after it (derogfp34): "The slut walk starts at noon", "Dyke march
 * starts at noon, see you there" — the event's name, reclaimed; the sentence opening on it or "the"/"a"/"our"/"this" before
 * it. Not a plural with a verb after it ("the X march through our town"), nor a word aimed at someone (read apart).
 */
function eventNamed(s: Sentence, hit: Hit): boolean {
  const word = s.tokens[hit.match.lastToken]!.norm;
  if (word.endsWith('s') || !EVENT_WORD.has(s.tokens[hit.match.lastToken + 1]?.norm ?? '')) return false;
  const before = hit.match.firstToken - 1;
  return hit.match.firstToken === s.sentenceTokens[0] || EVENT_DETERMINER.has(s.tokens[before]?.norm ?? '');
}
const EVENT_DETERMINER = new Set(['the', 'a', 'our', 'this', 'next', "year's", 'annual', 'local', 'first']);

/** Small words inside a proper name: "Dykes on Bikes", "Isle of Dogs". */
const NAME_JOINER = new Set(['on', 'of', 'the', 'and', 'in', 'upon', 'de', 'la', 'le', 'von', 'van', 'al', 'el']);

/**
 * A word in a run of capitalised words mid-sentence, a proper name (derogfp34): "The Dykes on Bikes led the parade",
 * "our partner school in Kafir Qasim", "Mrs Coons". The word and a neighbour (over one small joining word) in title case,
 * neither opening the sentence, the neighbour no other match (not "Kill All X", a threat) — a name, for a person to look at.
 */
function inProperName(s: Sentence, hit: Hit): boolean {
  const first = hit.match.firstToken;
  const last = hit.match.lastToken;
  const titled = (k: number) => k > s.sentenceTokens[0] && k <= s.sentenceTokens[1] && /^\p{Lu}\p{Ll}/u.test(s.tokens[k]!.raw) && s.tokens[k]!.norm !== 'i';
  if (!titled(first)) return false;
  const plain = (k: number) => titled(k) && !s.hits.some((h) => h !== hit && h.match.firstToken <= k && h.match.lastToken >= k);
  const joined = (k: number, step: number) => NAME_JOINER.has(s.tokens[k]?.norm ?? '') && /^\p{Ll}/u.test(s.tokens[k]!.raw) && plain(k + step);
  return plain(first - 1) || plain(last + 1) || joined(last + 1, 1) || joined(first - 1, -1);
}

/** A word called to someone's face at the end of a sentence: "Nobody asked your opinion, you filthy X." */
function calledToTheirFace(s: Sentence, hit: Hit): boolean {
  if (hit.match.lastToken !== s.sentenceTokens[1]) return false;
  for (let k = hit.match.firstToken - 1, n = 0; k >= s.sentenceTokens[0] && n < 3; k--, n++) {
    if (s.tokens[k]!.norm === 'you') return /,\s*$/.test(s.text.slice(s.tokens[k - 1]?.end ?? 0, s.tokens[k]!.start));
  }
  return false;
}
