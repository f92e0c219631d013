// groupLinked: the group a hostile match in the sentence is about, if any, by the match's role.
import type { HostileToken as Token } from '../deobfuscate.js';
import type { Hit, Identity } from './types.js';
import { reportedViolence, takenOnAsClose, toldAsDone } from './narration.js';
import {
  AS_IT_GETS, ASKED_REGARD, BELIEF, CAUSATIVE, CAUSE_MARK, CIRCUMSTANCE, CONDUCT_TO, CONTEST, COORDINATOR, COPULA, EXCESS, EXISTING, EXPELLING,
  EXPULSION, FILLER, FOR_GOOD, GAP_RELATIVE_WORDS, GOODS, HOSTILE_ROLES, INDIFFERENT, JOURNEY_ON, LACKABLE, LACKING, LESSER, LIST_JOINS, MODAL, NOT_ONE,
  NOTHING_DONE, OBJECT_GAP, OBJECT_ONLY_THREATS, OVER_THE_EDGE, OBJECT_QUANTIFIER, OWED_GOODS, OWING, PASSIVE_BE, PASSIVE_OF, PAST_AUXILIARY, PAST_NEGATION, PERSONISH,
  PROMISED_TOO, PROXIMITY, RANKED_ABOVE, RECLINING, REFUSAL, REFUSAL_GAP, RELATIVE, RELATIVE_AFTER_SUBJECT, RELATIVE_REACH, RIGHTS, SAMENESS, SANDWICHED,
  SCOPE_BREAK, SENTENCE_END, SPEAKER, SPECIFIC, SUBJECT_NEGATION, SUBJECT_REACH, TIME_COME, TRAIT_ADVERB, WARNED, WARNED_OFF, WH_WORD, WISHING_MODAL, WRONG_DONE,
} from './vocabulary.js';
import { coordinatedPromise, coordinatedWish, goodFeelingCaused, hasModalBefore, hasTarget, homonymNear, ownPlaceAt } from './targets.js';
import { atAnActivity, keptFromSpeaker, wronged, wrongNamedBefore } from './harmless.js';
import type { Sentence } from './judge-sentence.js';
import { clauseBreakBetween, contactClause, isNear, near, nearest, quoted, roleAt, selfDescribed } from './judge-sentence.js';
import {
  conductAsked, denialAfter, evenAsked, everAsked, experiencedByGroup, feelingReported, invertedDenial, negated, presentDenial, refusedBySpeaker, studiedQuestion, taughtFeeling,
} from './judge-negation.js';
import { feltByOthers, othersDoing } from './judge-framing.js';
import { essenceOf, oathAt } from './judge-essence.js';
import {
  allAlike, comparedAfter, deniedTwice, everyOneIs, existenceRegretted, felt, habitOf, metWith, mostOf, noneWhoIs, owedAsked, predicative, raisedBy,
  stereotyped, tooMany, typicalOf,
} from './judge-predicates.js';
import { avoidanceUrged, betterWithout, blamed, consequenceOf, longedGone, refusalShared } from './judge-consequences.js';
import { doneByAThing, harmedGroup, objectOfDoers, ownsTheThing, perpetrators, rewarded, witnessed } from './judge-violence.js';
import { likenedInThePast, oneNamedWomanDescribed } from './judge-told.js';
import { saidInAside } from './judge-aside.js';
import { FLOOD, floodEndsClause, spoiledByArrival } from './judge-turn.js';
import { warnedOff } from './judge-warning.js';
import { knownToBeLike } from './judge-knowing.js';
import { describedInList } from './judge-listed.js';
import { heldByOthers, insultElsewhere } from './judge-held.js';
import { ADMITTING_VERB, changeForWorse, explainedBy, goodDenied, harmIntended, precautionTaken, reactionTo, summedUp, rhetoricalAsked, weaponIntended } from './judge-intent.js';

/**
 * The group sits in a relative clause on other people, between `from` and the group: "relatives who talk about X",
 * "landlords that refuse X" (hate8) — a clause on what those people say or do to the group (see objectOfDoers).
 */
function relativeOnOthers(s: Sentence, from: number, g: Identity): boolean {
  for (let k = g.first - 1; k > from + 1 && g.first - k <= 6; k--) if (RELATIVE.has(s.tokens[k]!.norm)) return objectOfDoers(s, g);
  return false;
}

/**
 * A threat wished on the doers of a relative clause, the group its object (hate8): "Scammers who target pensioners
 * should rot in jail", "Trolls who harass gay footballers deserve every ban they get" ("they" the doers too).
 */
function onDoers(s: Sentence, hit: Hit, linked: Identity): boolean {
  if (!linked.pronoun && linked.last >= hit.match.firstToken) return false;
  return s.groups.some((g) => !g.pronoun && g.last < hit.match.firstToken && (g === linked || linked.pronoun === true) && objectOfDoers(s, g));
}

/**
 * What follows "like they're" or "as if they were" after a group others act on or talk of is their likening, not the
 * speaker's: "relatives who talk about X like they're animals", "people treat X like they're stupid" (hate8).
 */
function likenedByOthers(s: Sentence, identity: Identity, hit: Hit): boolean {
  const likened = s.groups.find((p) => p.pronoun && p.first > (identity.pronoun ? identity.first - 1 : identity.last) && p.last < hit.match.firstToken && LIKENING.has(s.tokens[p.first - 1]?.norm ?? ''));
  if (!likened) return false;
  return s.groups.some((g) => !g.pronoun && g.last < likened.first && (objectOfDoers(s, g) || treatedByOthers(s, g)));
}

/** The group the object of others' treating or talking: "people treat X", "they talk about X" — not the speaker's ("I treat X …"). */
function treatedByOthers(s: Sentence, g: Identity): boolean {
  let k = g.first - 1;
  while (k > s.sentenceTokens[0] && (OBJECT_QUANTIFIER.has(s.tokens[k]!.norm) || s.tokens[k]!.norm === 'about' || s.tokens[k]!.norm === 'of')) k--;
  if (!TREATING.has(s.tokens[k]?.norm ?? '')) return false;
  let j = k - 1;
  while (j > s.sentenceTokens[0] && TREATING_ADVERB.has(s.tokens[j]!.norm)) j--;
  const subject = s.tokens[j]?.norm ?? '';
  return j >= s.sentenceTokens[0] && !SPEAKER.has(subject) && !/^(?:i|we)'/.test(subject);
}
const TREATING = new Set(['treat', 'treats', 'treated', 'treating', 'talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'describe', 'describes', 'portray', 'portrays', 'write', 'writes']);
const TREATING_ADVERB = new Set(['still', 'always', 'just', 'often', 'constantly', 'keep', 'do', 'does', 'even']);

/** The group what things said are about: "the comments about X", "jokes on X", "the replies under posts about X". */
function saidAbout(s: Sentence, g: Identity): boolean {
  let k = g.first - 1;
  while (k > s.sentenceTokens[0] && OBJECT_QUANTIFIER.has(s.tokens[k]!.norm)) k--;
  if (!ABOUT.has(s.tokens[k]?.norm ?? '')) return false;
  for (let j = k - 1; j >= Math.max(s.sentenceTokens[0], k - 6); j--) if (SAID_THINGS.has(s.tokens[j]!.norm)) return true;
  return false;
}
const ABOUT = new Set(['about', 'on', 'towards', 'toward', 'against', 'at']);
const SAID_THINGS = new Set(['comments', 'comment', 'replies', 'reactions', 'responses', 'remarks', 'jokes', 'abuse', 'trolling', 'tweets', 'posts', 'slurs', 'insults', 'rhetoric', 'headlines', 'lies', 'myths']);

/** A wrong named right after a good ("any of the hate", "the abuse"): the good is no good. */
function wrongAfter(s: Sentence, last: number): boolean {
  for (let k = last + 1; k <= Math.min(s.sentenceTokens[1], last + 4); k++) {
    const word = s.tokens[k]!.norm;
    if (WRONG_DONE.has(word)) return true;
    if (!WRONG_LEAD.has(word)) return false;
  }
  return false;
}
const WRONG_LEAD = new Set(['of', 'the', 'this', 'that', 'all', 'such', 'online', 'racist', 'vile', 'awful']);

/** "… alone with my wallet", "… alone with our kids": the group left with what is the speaker's (or the hearer's). */
function leftAloneWith(tokens: readonly Token[], groupLast: number): boolean {
  let k = groupLast + 1;
  if (PERSONISH.has(tokens[k]?.norm ?? '')) k++;
  return tokens[k]?.norm === 'alone' && tokens[k + 1]?.norm === 'with' && ['my', 'our', 'your'].includes(tokens[k + 2]?.norm ?? '');
}

/** Feelings named as nouns, with their object after "of", "for", "towards": "hatred of X", "contempt for X". */
const FEELING_NOUN = new Set(['hatred', 'contempt', 'loathing', 'disdain', 'disgust']);
const FEELING_OBJECT = new Set(['of', 'for', 'towards', 'toward', 'against']);
const FEELING_TALKED = new Set(['how', 'where', 'why', 'when']);
/** Who receives a feeling named as a noun, and how: "the hate they get", "the contempt we face". */
const RECEIVER = new Set(['they', 'we', 'you', 'he', 'she', 'i', 'people', 'women', 'men', 'kids', 'children', 'families']);
const RECEIVING = new Set(['get', 'gets', 'got', 'face', 'faces', 'faced', 'receive', 'receives', 'received', 'suffer', 'suffers', 'suffered', 'endure', 'endures', 'endured', 'cop', 'experience', 'experienced', 'deal', 'put']);
/** A feeling's cause named right before it that is not a group ("that scares me", "it makes me sick"). */
const CAUSE_PRONOUN = new Set(['that', 'it', 'this', 'which', 'what']);
/** Between a ranking ("more brains than") and the group: "the whole lot of", "all of you", "every single one of those". */
const RANKED_GAP = new Set(['the', 'whole', 'lot', 'of', 'all', 'you', 'every', 'single', 'one', 'entire', 'bunch', 'those', 'these', 'any', 'a']);

export function groupLinked(s: Sentence, hit: Hit): Identity | undefined {
  if (quoted(s, hit) && !s.counter) return undefined; // handled as a quotation below
  // Whose remark it is (judge-held.ts): a feeling or a belief of people described.
  if ((hit.role === 'emotion' || GOODS.has(hit.role)) && heldByOthers(s, hit)) return undefined;
  // What the roles' own tests miss, read by construction (judge-intent.ts): "Deceitful is the only word for X".
  const identity = linkedByRole(s, hit) ?? summedUp(s, hit) ?? describedInList(s, hit) ?? (hit.role === 'reaction' ? reactionTo(s, hit) : hit.role === 'explaining' ? explainedBy(s, hit) : GOODS.has(hit.role) ? goodDenied(s, hit) : undefined);
  if (identity && !GOODS.has(hit.role) && cleftDenied(s, identity, hit)) return undefined;
  return identity && quotedApart(s, identity, hit) ? undefined : identity;
}

/**
 * The group named inside a quotation of several words and the hostile word outside it: 'shouted "go home, X" …
 * Shameful', 'Whoever sprayed "death to X" …, you are a coward' (hate8) — what is judged is whoever said it, not
 * the group. Not scare quotes round the group alone ('These "refugees" are all criminals').
 */
function quotedApart(s: Sentence, g: Identity, hit: Hit): boolean {
  // A pronoun stands for the group only where the group is named outside such a quotation ("…, you are a coward").
  // A remark of its own after the sentence ("… shouted "go home, X" and nobody said a word. Shameful.") the same.
  if (g.pronoun) {
    const named = s.groups.filter((o) => !o.pronoun && o.group === g.group);
    if (named.length > 0) return named.every((o) => quotedApart(s, o, hit)) && !s.quotes.some(([from, to]) => s.tokens[g.first]!.start >= from && s.tokens[g.last]!.end <= to);
    const before = (s.identityBySentence.get(s.id - 1) ?? []).filter((o) => !o.pronoun && o.group === g.group);
    return before.length > 0 && before.every((o) => inLongerQuote(s.text, s.tokens[o.first]!.start, s.tokens[o.last]!.end));
  }
  const span = s.quotes.find(([from, to]) => s.tokens[g.first]!.start >= from && s.tokens[g.last]!.end <= to);
  if (!span || (hit.match.start >= span[0] && hit.match.end <= span[1])) return false;
  return s.tokens.some((t, k) => (k < g.first || k > g.last) && t.start >= span[0] && t.end <= span[1]);
}

/** Whether text[start, end) stands inside double quotation marks with other words: '"go home, X"'. */
function inLongerQuote(text: string, start: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf('"', start - 1), text.lastIndexOf('“', start - 1));
  if (open < 0 || (text[open] === '"' && (text.slice(0, open).split('"').length - 1) % 2 === 1)) return false;
  const close = text.slice(end).search(/["”]/);
  if (close < 0) return false;
  const inside = text.slice(open + 1, start) + text.slice(end, end + close);
  return /[.!?]/.test(inside) === false && /\p{L}/u.test(inside);
}

/**
 * "It's not X who are ruining this country", "It isn't immigrants that cause it" (hate8): the group denied as the
 * one the clause after it is about. Not "It's not just X who …", which adds others to them.
 */
function cleftDenied(s: Sentence, g: Identity, hit: Hit): boolean {
  if (g.pronoun || hit.match.firstToken < g.last || !RELATIVE_HEADED.has(s.tokens[g.last + 1]?.norm ?? '')) return false;
  let k = g.first - 1;
  while (k > s.sentenceTokens[0] && OBJECT_QUANTIFIER.has(s.tokens[k]!.norm)) k--;
  const word = s.tokens[k]?.norm ?? '';
  const before = s.tokens[k - 1]?.norm ?? '';
  if (word === 'not') return CLEFT_IT.has(before) || ((before === 'is' || before === 'was') && s.tokens[k - 2]?.norm === 'it');
  return (word === "isn't" || word === "wasn't" || word === 'isnt' || word === 'wasnt') && before === 'it';
}
const RELATIVE_HEADED = new Set(['who', 'that']);
/** How others' words liken people to something: "talk about X like they're animals", "as if they were". */
const LIKENING = new Set(['like', 'if', 'though']);
const CLEFT_IT = new Set(["it's", 'its', "'s"]);

function linkedByRole(s: Sentence, hit: Hit): Identity | undefined {
  // "X don't deserve any of the hate they get" (hate7): what is denied them is a wrong, not a good.
  if (GOODS.has(hit.role) && wrongAfter(s, hit.match.lastToken)) return undefined;
  // "I don't think X deserve any less than the rest of us": less of a good denied is as much.
  if (GOODS.has(hit.role) && LESSER.has(s.tokens[hit.match.lastToken + 1]?.norm ?? '') && s.tokens.slice(hit.match.lastToken + 2, hit.match.lastToken + 5).some((t) => t.norm === 'than')) return undefined;
  switch (hit.role) {
    case 'emotion': {
      const after = s.tokens[hit.match.lastToken + 1]?.norm;
      // "we hate to say goodbye"; but "I can't bear to be in the same room as X" is a feeling about X.
      // "I can't stand being on the same bus as X" says the same with "being".
      const nearThem =
        ((after === 'to' && s.tokens[hit.match.lastToken + 2]?.norm === 'be') || after === 'being') &&
        s.tokens.slice(hit.match.lastToken + (after === 'being' ? 2 : 3), hit.match.lastToken + 8).some((t) => PROXIMITY.has(t.norm));
      if (after === 'to' && !nearThem) return undefined;
      // "faced hatred from white parents": the group is where it came from. "can't stand by while …".
      if (after === 'from' || (/stand$/.test(hit.match.term) && (after === 'by' || after === 'up'))) return undefined;
      if (negated(s, hit) || goodFeelingCaused(hit, s.tokens)) return undefined;
      // "how hatred of X became genocide", "where hatred of X comes from" (fp30): the feeling named in a clause of
      // talk, not felt — not "Your clear hatred of X", "nothing but contempt for X" (someone's).
      if (FEELING_NOUN.has(hit.match.term) && FEELING_OBJECT.has(after ?? '') && FEELING_TALKED.has(s.tokens[hit.match.firstToken - 1]?.norm ?? '')) return undefined;
      // "X don't deserve any of the hate they get", "the abuse they face" (hate7): the feeling others aim at them, received.
      if (RECEIVER.has(s.tokens[hit.match.lastToken + 1]?.norm ?? '') && RECEIVING.has(s.tokens[hit.match.lastToken + 2]?.norm ?? '')) return undefined;
      // "Pupils asked how ordinary people could come to hate their Jewish neighbours": a question studied, not a feeling.
      if (studiedQuestion(s, hit.match.firstToken) || taughtFeeling(s, hit.match.firstToken)) return undefined;
      const causative = hit.term.terms.some((t) => CAUSATIVE.test(t)) && CAUSATIVE.test(s.tokens.slice(hit.match.firstToken, hit.match.lastToken + 1).map((t) => t.norm).join(' '));
      // "Whenever X turn up, I feel sick", "the sight of X … makes my skin crawl": the cause comes first.
      const caused = (g: Identity) => g.last < hit.match.firstToken && [1, 2, 3].some((d) => CAUSE_MARK.has(s.tokens[g.first - d]?.norm ?? '') && g.first - d >= s.sentenceTokens[0]);
      // The feeling's object after it in the same phrase: "I can't be around nuts, said one of our X" is not about them.
      // A pronoun after it in another clause is no object of it: "Our X hate the rain, but they loved sports day" (hate7).
      const object = (g: Identity) => (g.pronoun === true && (g.first <= hit.match.lastToken || !clauseBreakBetween(s, hit.match.lastToken, g.first))) || g.first <= hit.match.lastToken || !/[,;:—–]/.test(s.text.slice(s.tokens[hit.match.lastToken]!.end, s.tokens[g.first]!.start));
      // "Some people want to hurt X, and that scares me": the cause is "that", the violence told before it,
      // not the group ("I saw some X and it made me sick" is still about them).
      const ownCause = causative && CAUSE_PRONOUN.has(s.tokens[hit.match.firstToken - 1]?.norm ?? '') && s.hits.some((h) => (h.role === 'threat' || h.role === 'harm-verb') && h.match.lastToken < hit.match.firstToken);
      const identity = s.groups.find((g) => isNear(s, g, hit, causative && !ownCause ? 8 : 0, nearThem ? 10 : 6) && object(g)) ?? s.groups.find((g) => isNear(s, g, hit, 14, 0) && caused(g)) ?? felt(s, hit) ?? frontedObject(s, hit);
      // "I hate how people treat X", "I hate it when people are rude to X": the feeling is at what others do to them.
      if (identity && identity.first > hit.match.lastToken && othersDoing(s, hit.match.lastToken, identity.first)) return undefined;
      // "Why do people still hate X?": others' feeling asked about, not the speaker's.
      if (identity && s.question && (s.tokens[s.sentenceTokens[0]]!.norm === 'why' || s.tokens[s.sentenceTokens[0]]!.norm === 'how') && feltByOthers(s, hit.match.firstToken)) return undefined;
      // "Wouldn't shed a tear if someone ran X over" (hate9): not caring only about harm or loss after the group.
      if (identity && /shed a tear|lose (?:any )?sleep/.test(hit.match.term) && !s.tokens.slice(identity.last + 1, s.sentenceTokens[1] + 1).some((t) => LOST.has(t.norm)) && !s.hits.some((h) => (h.role === 'threat' || h.role === 'harm-verb') && h.match.firstToken > identity.last)) return undefined;
      // "Nobody wants Muslim families to feel unwelcome": a wish about how they are treated.
      if (identity && / wants$/.test(hit.match.term) && [1, 2].some((d) => s.tokens[identity.last + d]?.norm === 'to')) return undefined;
      // "I wouldn't want X living on my street" refuses them; "We don't want disabled pupils to miss out" does not.
      // "I wouldn't want a X as a neighbour" the same.
      // "I wouldn't let a X mind my allotment", "I would not let a X walk my dog": the speaker's things refused to them (hate25).
      // "I wouldn't leave a X alone with my wallet" (hate7): only left alone with what is the speaker's.
      if (identity && / leave$/.test(hit.match.term)) return identity.first > hit.match.lastToken && leftAloneWith(s.tokens, identity.last) ? identity : undefined;
      if (identity && REFUSAL.test(hit.match.term) && !(identity.first > hit.match.lastToken && (keptFromSpeaker(s.tokens, identity.last, s.sentenceTokens[1]) || keptFromDomain(s.tokens, identity.last, s.sentenceTokens[1]) || takenOnAsClose(s.tokens, identity.last) || (/ let$/.test(hit.match.term) && entrustedWith(s.tokens, identity.last, s.sentenceTokens[1]))))) return undefined;
      // "hate that disabled people still face barriers", "disgusted by how black people were treated": for them, not at them.
      // Not "couldn't care less if X suffer": indifference to the wrong is the hostility.
      if (identity && identity.first > hit.match.lastToken && !INDIFFERENT.test(hit.match.term) && wronged(s.tokens, identity.last, s.sentenceTokens[1])) return undefined;
      // The cause first, the same: "Seeing women harassed on the night bus makes my blood boil" (hate8).
      if (identity && !identity.pronoun && identity.last < hit.match.firstToken && causative && wronged(s.tokens, identity.last, hit.match.firstToken - 1)) return undefined;
      // "Reading the comments about refugees makes me want to scream" (hate8): the feeling is at what people say about them.
      if (identity && !identity.pronoun && saidAbout(s, identity)) return undefined;
      // "The hate X get online makes me sick" (hate26): the feeling is at the wrong they get.
      if (identity && !identity.pronoun && wrongNamedBefore(s.tokens, identity.first, identity.last)) return undefined;
      // "I'm done with relatives who talk about X like that" (hate8): the feeling is at the people the relative clause is on.
      if (identity && !identity.pronoun && identity.first > hit.match.lastToken && relativeOnOthers(s, hit.match.lastToken, identity)) return undefined;
      return identity;
    }
    case 'action': {
      // Something the group is said to do ("immigrants will ruin …", "they infest …"): the group comes first, in the same clause.
      if (negated(s, hit)) return undefined;
      // "ruined nothing", "harmed no one": nothing done.
      if (NOTHING_DONE.has(s.tokens[hit.match.lastToken + 1]?.norm ?? '')) return undefined;
      // The nearest group before it with nothing between that starts another clause — a pronoun
      // standing for the group counts ("Every time X move in, they turn it into a tip").
      const sameClause = (identity: Identity) => {
        for (let k = identity.last + 1; k < hit.match.firstToken; k++) if (SCOPE_BREAK.has(s.tokens[k]!.norm) && s.tokens[k]!.norm !== 'that' && s.tokens[k]!.norm !== 'who') return false;
        return true;
      };
      return s.groups.filter((g) => isNear(s, g, hit, 8, 0) && g.last < hit.match.firstToken).sort((a, b) => b.last - a.last).find(sameClause);
    }
    case 'attribute':
    case 'dehumanising': {
      if (hit.match.term === 'typical') return typicalOf(s, hit);
      // "X are pouring in" as a flood, not "… pouring in to the welcome café, and we love it" (judge-turn.ts).
      if (FLOOD.test(hit.match.term) && !floodEndsClause(s, hit)) return undefined;
      // "X, who are basically criminals, …": said in an aside on the group (judge-aside.ts).
      if (!negated(s, hit)) {
        const aside = saidInAside(s, hit);
        if (aside) return aside;
      }
      // "What is wrong with X?": the group itself the fault, the question ending on it — not "What's wrong with X getting married?".
      if (/wrong with$/.test(hit.match.term) && hit.match.term.startsWith('what')) {
        const g = s.groups.find((o) => !o.pronoun && !o.place && o.first === hit.match.lastToken + 1);
        const end = g && (PERSONISH.has(s.tokens[g.last + 1]?.norm ?? '') ? g.last + 1 : g.last);
        return g && end === s.sentenceTokens[1] ? g : undefined;
      }
      // "about as useful as it gets", "about as brave as they come": the most, not a sneer.
      if (/^about as /.test(hit.match.term) && AS_IT_GETS.has(s.tokens[hit.match.lastToken + 1]?.norm ?? '')) return undefined;
      if (SAMENESS.has(hit.match.term)) return allAlike(s, hit);
      // "no less capable than anyone else", "not any less human": less denied is as much.
      if (/^less /.test(hit.match.term) && ['no', 'not', 'any', 'none', 'nothing'].includes(s.tokens[hit.match.firstToken - 1]?.norm ?? '')) return undefined;
      // "always lying down after PE", "forever lying on the sofa": lying somewhere, not lies.
      if (hit.match.term.endsWith(' lying') && RECLINING.has(s.tokens[hit.match.lastToken + 1]?.norm ?? '')) return undefined;
      if (EXCESS.has(hit.match.term)) return tooMany(s, hit);
      if (EXISTING.has(hit.match.term)) return existenceRegretted(s, hit);
      // "X are no different from rats", "There's no difference between a rat and a X" (hate26): likened, not denied.
      if (hit.role === 'dehumanising') {
        const same = equated(s, hit);
        if (same) return same;
      }
      if (negated(s, hit)) return everyOneIs(s, hit);
      // "Disabled people were often locked away in institutions": something done to them, told.
      if (toldAsDone(hit, s.tokens, s.sentenceTokens)) return undefined;
      // "A monkey is smarter than X" ranks the group below; "Our Muslim mums were smarter than the dads" praises it.
      // Over quantifiers: "… more brains than the whole lot of X", "… than all of you X put together".
      if (RANKED_ABOVE.has(hit.match.term)) return s.groups.find((g) => !g.pronoun && g.first > hit.match.lastToken && (g.first - hit.match.lastToken <= 4 || (g.first - hit.match.lastToken <= 7 && s.tokens.slice(hit.match.lastToken + 1, g.first).every((t) => RANKED_GAP.has(t.norm)))));
      const after = hit.match.lastToken > hit.match.firstToken ? 8 : 3;
      const placed = (identity: Identity) => {
        // "spiders are disgusting, but our Polish pupils love them": another clause, another subject.
        // But a phrase may be said of "another X" in the next clause: "… lowering its standards, they've hired another X".
        const oneMore = s.tokens[identity.first - 1]?.norm === 'another' && hit.match.term.includes(' ');
        if (identity.first > hit.match.lastToken && !identity.pronoun && !oneMore && clauseBreakBetween(s, hit.match.lastToken, identity.first)) return false;
        if (listedWith(identity)) return false;
        // "The abuse X get online is shameful": the wrong they get is what is judged (hate26).
        if (!identity.pronoun && wrongNamedBefore(s.tokens, identity.first, identity.last)) return false;
        // "It's disgusting how X get treated online", "shameful, the way X are spoken to": the way they are treated is judged.
        if (!identity.pronoun && identity.first > hit.match.lastToken && identity.first - hit.match.lastToken <= 4 && wayBefore(s.tokens, identity.first) && wronged(s.tokens, identity.last, s.sentenceTokens[1])) return false;
        // "People who attack X are evil", "Those who bully X are cowards": the group the object in a relative clause on
        // the subject, who are what is said — not "People who are X are scum", where the clause names the group.
        if (identity.last < hit.match.firstToken && !identity.pronoun && objectOfDoers(s, identity)) return false;
        // "relatives who talk about X like they're animals" (hate8): "they" stands for a group the doers act on or talk of.
        // "Why do people still treat X like they're stupid?": the same with others the subject of the treating or talking.
        if (identity.last < hit.match.firstToken && likenedByOthers(s, identity, hit)) return false;
        // "people are rude to X", "cruel towards X", "nasty about X": someone else's conduct to the group.
        if (identity.first > hit.match.lastToken && CONDUCT_TO.has(s.tokens[hit.match.lastToken + 1]?.norm ?? '') && identity.first - hit.match.lastToken <= 3) return false;
        // "Lady Macbeth is a manipulative, evil woman": one person described by name (judge-told.ts).
        if (oneNamedWomanDescribed(s, hit, identity) || likenedInThePast(s, hit, identity)) return false;
        const adjacent = identity.last + 1 === hit.match.firstToken || identity.first - 1 === hit.match.lastToken || identity.last === hit.match.firstToken || exclaimedOf(s, hit, identity);
        // A phrase stands anywhere near, except "a …"/"an …", which must be said of them: "X are a mental
        // illness", not "X are more likely to have a mental illness".
        return adjacent || predicative(s, hit, identity) || (hit.match.term.includes(' ') && !(hit.role === 'attribute' && /^an? /.test(hit.match.term)));
      };
      // Any group near enough that stands in the right place ("tell a woman by how dishonest they look").
      // "Our Polish pupils … absolute monkeys at football", "they were brutal in defence": how some
      // people played, not what a group is ("Women are useless at football" still is).
      const played = atAnActivity(s.tokens, hit.match.lastToken);
      // "the roles played by women and animals", "paintings of animals and women": two things listed, not one said to be the other.
      const listedWith = (identity: Identity): boolean => {
        if (hit.match.firstToken !== hit.match.lastToken) return false;
        const join = identity.last < hit.match.firstToken ? identity.last + 1 : hit.match.lastToken + 1;
        const other = identity.last < hit.match.firstToken ? hit.match.firstToken - 1 : identity.first - 1;
        if (join !== other || !LIST_JOINS.has(s.tokens[join]?.norm ?? '')) return false;
        // Unless the pair is then said to be something, or to deserve it: "Women and animals are the same".
        const next = s.tokens[Math.max(identity.last, hit.match.lastToken) + 1]?.norm ?? '';
        return !COPULA.has(next) && !MODAL.has(next);
      };
      const specific = (g: Identity) => g.pronoun === true || SPECIFIC.has(s.tokens[g.first - 1]?.norm ?? '');
      // A subject with its own relative clause may stand further off: "The X who've moved onto our street … are thieving scumbags".
      const before = (g: Identity) => (RELATIVE_AFTER_SUBJECT.has(s.tokens[g.last + 1]?.norm ?? '') ? 8 + RELATIVE_REACH : 8);
      return s.groups.find((g) => isNear(s, g, hit, before(g), after) && placed(g) && !(played && specific(g))) ?? s.groups.find((g) => !specific(g) && innateTo(s, hit, g)) ?? raisedBy(s, hit) ?? (hit.role === 'dehumanising' ? comparedAfter(s, hit, true) : mostOf(s, hit));
    }
    case 'interaction': {
      // "I would never sit next to a X", "I'd never eat anything cooked by a X", "I refuse to be treated
      // by a X": the speaker refusing an everyday dealing with anyone of the group. Only the speaker,
      // only as a refusal ("would never", "'d never", "wouldn't", "will never", "refuse to") — not told
      // ("I have never sat next to …") — and only with the group the object, after the verb, in the
      // same clause with no harm between ("I would never hurt a X" is a harm refused).
      const refusal = refusedBySpeaker(s, hit.match.firstToken);
      if (refusal < 0) return undefined;
      if (s.hits.some((h) => h !== hit && h.role !== 'interaction' && h.role !== 'regard-verb' && HOSTILE_ROLES.has(h.role) && h.match.firstToken > refusal && h.match.firstToken < hit.match.firstToken + 8)) return undefined;
      // Between the refusal and the verb only wanting or whose child ("I'd never want my child to marry …").
      for (let k = refusal + 1; k < hit.match.firstToken; k++) if (!REFUSAL_GAP.has(s.tokens[k]!.norm)) return undefined;
      // The group its object: between the verb and the group only determiners or what was done by them ("eat anything cooked by a X"),
      // not another object ("serve pork to our Muslim pupils").
      return s.groups.find((g) => {
        if (g.pronoun || g.place || g.first <= hit.match.lastToken || g.first - hit.match.lastToken > 8) return false;
        if (hit.match.term === 'have' && !takenOnAsClose(s.tokens, g.last)) return false;
        // Only those words ("that has been touched by" is one clause with the verb's object), and no punctuation.
        for (let k = hit.match.lastToken + 1; k < g.first; k++) if (!OBJECT_GAP.has(s.tokens[k]!.norm) || /[,;:—–.!?]/.test(s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start))) return false;
        if (/[,;:—–.!?]/.test(s.text.slice(s.tokens[g.first - 1]!.end, s.tokens[g.first]!.start))) return false;
        return true;
      });
    }
    case 'insinuation': {
      // "Muslims. Enough said.": the group alone in the sentence before, the rest left unsaid.
      const previous = s.identityBySentence.get(s.id - 1)?.find((g) => !g.place && !g.pronoun);
      if (!previous || previous.last !== s.sentenceTokens[0] - 1 || hit.match.firstToken !== s.sentenceTokens[0]) return refusalShared(s, hit) ?? consequenceOf(s, hit);
      const alone = previous.first === 0 || SENTENCE_END.test(s.text.slice(s.tokens[previous.first - 1]!.end, s.tokens[previous.first]!.start));
      return alone ? { ...previous, first: hit.match.firstToken, last: hit.match.firstToken, pronoun: true } : consequenceOf(s, hit);
    }
    case 'squalor': {
      // "You can always spot the house where X live, it's the one with rubbish all over the front":
      // squalor as the sign of the group, named right after the telltale.
      if (negated(s, hit)) return undefined;
      // "… when X have been in the room" leaves the sign unsaid only when the sentence ends there
      // ("… have been in the hall: the food is amazing" goes on to say it).
      if (/^(?:have|has) been /.test(hit.match.term) && (hit.match.lastToken !== s.sentenceTokens[1] || /^\s*[:—–-]/.test(s.text.slice(hit.match.end, hit.match.end + 3)))) return undefined;
      const signs = s.hits.filter((h) => h.role === 'telltale' && h.match.lastToken < hit.match.firstToken);
      return s.groups.find((g) => !g.place && signs.some((t) => g.first > t.match.lastToken && g.first - t.match.lastToken <= 3));
    }
    case 'decline':
      // Or foretold of doing something with the group, as an outcome (hate7): "Put a X in charge and watch the place go under".
      return declineBlamed(s, hit) ?? consequenceOf(s, hit);
    case 'rise':
    case 'fall':
      return changeForWorse(s, hit) ? declineBlamed(s, hit) : undefined;
    case 'outcome':
    case 'overreach':
      return consequenceOf(s, hit);
    case 'improvement':
      return betterWithout(s, hit);
    case 'blame':
      return blamed(s, hit);
    case 'longing':
      return longedGone(s, hit);
    case 'turn':
      return spoiledByArrival(s, hit);
    case 'knowing':
      return knownToBeLike(s, hit);
    case 'stereotype':
      return stereotyped(s, hit);
    case 'conduct':
      return habitOf(s, hit);
    case 'essence':
      return essenceOf(s, hit);
    case 'oath':
      return oathAt(s, hit);
    case 'avoidance':
      return avoidanceUrged(s, hit);
    case 'preference':
      // "I'd rather have a rat as a neighbour than a Muslim": anything rather than the group.
      return comparedAfter(s, hit, false);
    case 'harm-verb':
      return harmedGroup(s, hit) ?? harmIntended(s, hit);
    case 'regard': {
      // "Why should anyone respect X?", "Who honestly likes X?", "Why would anybody want to live near X?":
      // a question opening on "why" or "who" that asks who could regard the group well says no one does —
      // not with a negation in it ("Why wouldn't anyone like X?") and with the group after, in its clause.
      const opener = s.tokens[s.sentenceTokens[0]]!.norm;
      if (!s.question || (opener !== 'why' && opener !== 'who')) return undefined;
      for (let k = s.sentenceTokens[0] + 1; k <= hit.match.lastToken; k++) if (roleAt(s, k, 'negation') || /n't$/.test(s.tokens[k]!.norm)) return undefined;
      for (let k = s.sentenceTokens[0] + 1; k < hit.match.firstToken; k++) if (!ASKED_REGARD.has(s.tokens[k]!.norm)) return undefined;
      return s.groups.find((g) => !g.pronoun && !g.place && g.first > hit.match.lastToken && g.first - hit.match.lastToken <= 6 && !clauseBreakBetween(s, hit.match.lastToken, g.first));
    }
    case 'lowly-place':
      return placedIn(s, hit);
    case 'regard-verb':
      return regardAsked(s, hit);
    case 'weapon':
      return weaponIntended(s, hit);
    case 'precaution':
      return precautionTaken(s, hit);
    case 'rhetorical':
      return rhetoricalAsked(s, hit);
    case 'permission': {
      // "How are X still allowed to teach?", "Why are X even allowed near kids?": a question opening on
      // "why"/"how" that wonders at the group being let do anything says they should not be — not
      // "Are X allowed to join?" (asked), "Why were X not allowed to vote?" (a wrong asked about).
      // "Should X really be allowed to vote?": "really" asks the same of a yes-no question on a modal.
      const opener = s.tokens[s.sentenceTokens[0]]!.norm;
      const really = hit.match.term.startsWith('really ') && (opener === 'should' || opener === 'can' || opener === 'must');
      if (!s.question || !(WH_WORD.has(opener) || really) || negated(s, hit)) return undefined;
      // Let do anything at all ("Why are X allowed to adopt?"): only asked why, not how ("How are X allowed to pray at school?" asks the way).
      if (hit.match.term === 'allowed to' && (opener !== 'why' || !RIGHTS.has(s.tokens[hit.match.lastToken + 1]?.norm ?? ''))) return undefined;
      for (let k = s.sentenceTokens[0] + 1; k < hit.match.firstToken; k++) if (roleAt(s, k, 'negation')) return undefined;
      // "How are disabled pupils still allowed to use the lift when it is broken?": the question is about
      // a circumstance, not the group.
      for (let k = hit.match.lastToken + 1; k <= s.sentenceTokens[1]; k++) if (CIRCUMSTANCE.has(s.tokens[k]!.norm)) return undefined;
      // The group is whom the question asks about: "How can we make sure X are allowed to stay …?" asks how to help them.
      if (s.tokens.slice(s.sentenceTokens[0] + 1, hit.match.firstToken).some((t) => SPEAKER.has(t.norm))) return undefined;
      return s.groups.find((g) => !g.place && g.first > s.sentenceTokens[0] && g.last < hit.match.firstToken && hit.match.firstToken - g.last <= 3);
    }
    case 'threat': {
      if (s.deed?.verdict === 'endorsed' && hit.match.lastToken < s.deed.copula) return s.deed.group;
      if (negated(s, hit) || (!rewarded(s, hit) && reportedViolence(hit, s.tokens, s.sentenceTokens))) return undefined;
      // "It would be wrong to ban X from anything", "it's cruel to deport …": the deed judged wrong, not wished.
      if (judgedWrong(s.tokens, hit.match.firstToken)) return undefined;
      if (witnessed(s, hit) || s.storyTold) return undefined;
      // "People who attack Muslims deserve to be punished", "Those who spit on X should be jailed": the violence
      // names who does it, in a relative clause on people in general — unless they are praised for it (rewarded).
      if (!rewarded(s, hit) && perpetrators(s, hit)) return undefined;
      // "Keep walking past my house, X, and you'll be sorry" (hate9): warned, only to the group addressed.
      // The warning ends its sentence: not "… and you'll find out what happens at Eid".
      if (WARNED.has(hit.match.term)) return s.sentenceTokens[1] - hit.match.lastToken <= 1 ? addressedGroup(s) : undefined;
      // "Come near my kids again, X, and you'll regret it" (hate11): after an order to keep away, to the group addressed.
      // Otherwise the consequence of letting the group in, as "regret it" is read ("You'll regret it if you hire a X").
      if (WARNED_OFF.has(hit.match.term)) return warnedOff(s, hit) ? addressedGroup(s) : consequenceOf(s, hit);
      // "deal with X once and for all": the group right before it.
      if (hit.match.term === 'once and for all' && !s.groups.some((g) => !g.place && g.last < hit.match.firstToken && hit.match.firstToken - g.last <= 2)) return undefined;
      // "a better place without X": the group right after it, not "without bullying of X".
      if (hit.match.term.endsWith(' without')) {
        return s.groups.find((g) => !g.place && !g.pronoun && g.first > hit.match.lastToken && s.tokens.slice(hit.match.lastToken + 1, g.first).every((t) => OBJECT_QUANTIFIER.has(t.norm) || t.norm === 'you'));
      }
      // "X need to be dealt with": the group the sentence's subject, not "Complaints from X need …".
      if (hit.match.term.endsWith('dealt with') && !s.groups.some((g) => !g.place && g.last < hit.match.firstToken && s.tokens.slice(s.sentenceTokens[0], g.first).every((t) => OBJECT_QUANTIFIER.has(t.norm) || t.norm === 'our'))) return undefined;
      if (EXPULSION.has(hit.match.term)) {
        let k = hit.match.firstToken - 1;
        // "should", "let's", or "it's time", "isn't it time", "about time".
        const wishing = (j: number) => WISHING_MODAL.has(s.tokens[j]!.norm) || (PROMISED_TOO.has(hit.match.term) && MODAL.has(s.tokens[j]!.norm)) || (s.tokens[j]!.norm === 'time' && (TIME_COME.has(s.tokens[j - 1]?.norm ?? '') || s.tokens[j - 1]?.norm === 'it'));
        while (k >= Math.max(s.sentenceTokens[0], hit.match.firstToken - 6) && !wishing(k)) k--;
        // Or an order opening the sentence, in a bare verb of putting out (hate7): "Send the X packing", "Kick out every X".
        const ordered = hit.match.firstToken === s.sentenceTokens[0] && ORDERED_OUT.has(s.tokens[hit.match.firstToken]!.norm);
        if (ordered && k < Math.max(s.sentenceTokens[0], hit.match.firstToken - 6)) {
          // Ordered, the group must be what is put out, right after the verb: not "Send our refugee families away with a
          // hamper" (our own, kindly), nor a group further on ("Kick out the old rota and welcome our new Muslim chaplain").
          let at = hit.match.lastToken + 1;
          while (at - hit.match.lastToken <= 3 && ORDERED_OBJECT_LEAD.has(s.tokens[at]?.norm ?? '')) at++;
          return s.groups.find((g) => !g.place && !g.pronoun && g.first === at);
        }
        if (k < Math.max(s.sentenceTokens[0], hit.match.firstToken - 6)) return undefined;
        // People only, not a place of theirs: "The mosque vandals should be kicked out of town".
        return near(s, hit, 8, 8);
      }
      // "run the Muslims out of town", "make the trans lot pay": the group between the verb and the
      // rest of the threat. Only so: "Our Muslim families drove out of town" threatens nobody.
      if (SANDWICHED.has(hit.match.term)) {
        // "made the Polish families pay a visit": the idiom, not the threat.
        const after = s.tokens[hit.match.lastToken + 1]?.norm;
        if (hit.match.term === 'pay' && after !== undefined && after !== 'dearly' && hit.match.lastToken < s.sentenceTokens[1]) return undefined;
        const verbs = SANDWICHED.get(hit.match.term)!;
        // "drive the X pupils out of town to the match", "… for the trip": a journey, not an expulsion ("… for good" is one).
        if (verbs === EXPELLING && JOURNEY_ON.has(after ?? '') && !FOR_GOOD.has(s.tokens[hit.match.lastToken + 2]?.norm ?? '')) return undefined;
        // Wished in the passive, the group its subject: "X should be run out of town", "X deserve to be put in the ground".
        const participles = PASSIVE_OF.get(verbs);
        const be = hit.match.firstToken - 2;
        if (participles?.has(s.tokens[be + 1]?.norm ?? '') && PASSIVE_BE.has(s.tokens[be]?.norm ?? '') && hasModalBefore(s.tokens, be, 4)) {
          const subject = s.groups.find((g) => !g.place && g.last < be && be - g.last <= 4);
          if (subject) return subject;
        }
        // A relative clause may pick out whom it means: "run every X who moves onto this street out of town".
        const reach = (g: Identity) => (RELATIVE_AFTER_SUBJECT.has(s.tokens[g.last + 1]?.norm ?? '') && !/[,;:—–.!?]/.test(s.text.slice(s.tokens[g.last]!.end, hit.match.start)) ? 2 + GAP_RELATIVE_WORDS : 2);
        return s.groups.find((g) => g.last < hit.match.firstToken && hit.match.firstToken - g.last <= reach(g) && [1, 2, 3].some((d) => verbs.has(s.tokens[g.first - d]?.norm ?? '')));
      }
      // "We should all be allowed to beat X": wished, with the group its object and no game after it.
      if (OBJECT_ONLY_THREATS.has(hit.match.term)) {
        if (!hasModalBefore(s.tokens, hit.match.firstToken, 5) && !coordinatedPromise(s.tokens, hit.match.firstToken, s.sentenceTokens[0])) return undefined;
        let k = hit.match.lastToken + 1;
        while (k - hit.match.lastToken <= 3 && OBJECT_QUANTIFIER.has(s.tokens[k]?.norm ?? '')) k++;
        const object = s.groups.find((g) => !g.place && g.first === k);
        if (!object || onDoers(s, hit, object)) return undefined;
        const next = object.last + 1;
        return next > s.sentenceTokens[1] || !((CONTEST.has(s.tokens[next]!.norm) && !ownPlaceAt(s.tokens, next + 1)) || /^\d/.test(s.tokens[next]!.norm)) ? object : undefined;
      }
      // "Cuts will hurt disabled pupils most": foretold of a thing, with no one to do it, the group its
      // object — a prediction, not a threat ("We will hurt X", "Someone should hurt X" are).
      // A subject with its own relative clause may stand further off: "Every X who walks past my house from now on gets a beating" (hate26).
      const nearby = near(s, hit, 8, 8) ?? s.groups.find((g) => !g.place && !g.pronoun && g.last < hit.match.firstToken && RELATIVE_AFTER_SUBJECT.has(s.tokens[g.last + 1]?.norm ?? '') && isNear(s, g, hit, 8 + RELATIVE_REACH, 0) && !/[;:—–.!?]/.test(s.text.slice(s.tokens[g.last]!.end, hit.match.start)));
      if (nearby && nearby.first > hit.match.lastToken && (doneByAThing(s, hit) || (nearby.first - hit.match.lastToken <= 3 && ownsTheThing(s, nearby)))) return undefined;
      // "Scammers who target pensioners should rot in jail" (hate8): wished on the doers, the group the object of their clause.
      if (nearby && onDoers(s, hit, nearby)) return undefined;
      // "burn down that Jewish school": a threat to the group's place is a threat to the group.
      // "X should all be locked in a shed and set on fire": the subject of the first wished passive is the second's.
      return nearby ?? s.places.find((g) => isNear(s, g, hit, 8, 8)) ?? (coordinatedWish(s.tokens, hit.match.firstToken, s.sentenceTokens[0]) ? s.groups.find((g) => !g.place && g.last < hit.match.firstToken && hit.match.firstToken - g.last <= 14) : undefined);
    }
    case 'positive': {
      const noneSuch = noneWhoIs(s, hit);
      if (noneSuch) return noneSuch;
      // "X don't belong in cages, nobody does": denied a dehumanising place, not a place among us.
      // Nor a lowly place or an institution (hate26): "Disabled people do not belong in institutions".
      if (hit.match.term === 'belong' && s.hits.some((h) => (h.role === 'dehumanising' || h.role === 'lowly-place') && h.match.firstToken > hit.match.lastToken && h.match.firstToken <= hit.match.lastToken + 3)) return undefined;
      const denied = presentDenial(s, hit);
      const after = denied >= 0 ? -1 : denialAfter(s, hit);
      // "Civil rights did not apply to black people in 1950s Alabama": denied in the past, as history tells it.
      const deniedAfter = after >= 0 && (PAST_NEGATION.has(s.tokens[after]!.norm) || PAST_AUXILIARY.has(s.tokens[after - 1]?.norm ?? '')) ? -1 : after;
      const negation = denied >= 0 ? denied : deniedAfter >= 0 ? deniedAfter : conductAsked(s, hit) >= 0 ? conductAsked(s, hit) : evenAsked(s, hit);
      if (negation < 0) return owedAsked(s, hit) ?? metWith(s, hit) ?? dismissedGood(s);
      if (feelingReported(s, negation) || deniedTwice(s, negation)) return undefined;
      // "Lack" denies a quality ("lack any decency"), not a need ("refugee families lack a place to stay").
      if (LACKING.has(s.tokens[negation]!.norm) && !LACKABLE.has(hit.match.term)) return undefined;
      // "X don't deserve jobs", "X should not have a say": a good owed only denied as what they should have —
      // not "Many X don't have jobs when they arrive", "X don't always have a say", which tell how things are.
      if (OWED_GOODS.has(hit.match.term) && !s.tokens.slice(Math.max(s.sentenceTokens[0], negation - 2), hit.match.firstToken).some((t) => OWING.has(t.norm))) return undefined;
      // "X do not exist.": the group's existence denied, the sentence ending there (not "… don't exist in many picture books").
      // Said of the group, the subject right before the denial: not "Why do stereotypes about X even exist?".
      if (hit.match.term === 'exist' && (hit.match.lastToken !== s.sentenceTokens[1] || denied < 0 || !s.groups.some((g) => !g.pronoun && g.last < denied && denied - g.last <= 2))) return undefined;
      // The nearest group: "X can cry all they like, I'll never see them as human" denies it of "them", not of "they".
      const identity = nearest(s, hit, 8, 8);
      // "I have no respect for people who abuse X": denied to the doers, not the group.
      if (!identity || (!identity.pronoun && identity.first > hit.match.lastToken && objectOfDoers(s, identity))) return undefined;
      if (identity.last < negation && experiencedByGroup(s, negation, hit.match.firstToken, hit.match.lastToken)) return undefined;
      // Same clause: no "but" between the group and the denied good.
      const [a, b] = identity.last < hit.match.firstToken ? [identity.last, hit.match.firstToken] : [hit.match.lastToken, identity.first];
      for (let k = a; k < b; k++) if (s.tokens[k]!.norm === 'but' || /[,;:—–]/.test(s.text.slice(s.tokens[k]!.end, s.tokens[k + 1]!.start))) return undefined;
      return identity;
    }
    case 'quality': {
      const noneSuch = noneWhoIs(s, hit);
      if (noneSuch) return noneSuch;
      const negation = presentDenial(s, hit);
      if (negation < 0) {
        // "Why can't X act like normal people?": the group, between the question's negation and the verb, is who behaves.
        const asked = conductAsked(s, hit);
        if (asked >= 0) return s.groups.find((g) => g.first > asked && g.last < hit.match.firstToken);
        const worth = worthAsked(s, hit);
        if (worth) return worth;
        // "Are X even capable of thinking?", "Can X ever be trusted?": asking whether the group ever has it says it has not.
        const doubted = everAsked(s, hit);
        return doubted < 0 ? undefined : s.groups.find((g) => !g.pronoun && !g.place && g.last < doubted && doubted - g.last <= 2);
      }
      if (LACKING.has(s.tokens[negation]!.norm) || feelingReported(s, negation) || deniedTwice(s, negation)) return undefined;
      // "Refugee families don't get much help from the council": what they get, told (as for goods).
      if (experiencedByGroup(s, negation, hit.match.firstToken, hit.match.lastToken)) return undefined;
      // "not wanted by landlords": something done to them, told.
      if (s.tokens[hit.match.lastToken + 1]?.norm === 'by') return undefined;
      // "not worth any less than anyone else's": a lesser worth denied.
      const after = s.tokens[hit.match.lastToken + 1]?.norm === 'any' ? hit.match.lastToken + 2 : hit.match.lastToken + 1;
      if (['less', 'more', 'lower', 'worse'].includes(s.tokens[after]?.norm ?? '')) return undefined;
      // The group is what the denial is said of: its subject before the negation ("X are never any
      // good", "X will never fit in"), or right after "no"/"none of" ("No woman is capable").
      return s.groups.find((g) => {
        // "Their kind should never be allowed to work there" (hate9): a pronoun that can only mean the group, its subject.
        if (g.pronoun) return g.last < negation && negation - g.last <= 2 && KIND_PRONOUN.has(s.tokens.slice(g.first, g.last + 1).map((t) => t.norm).join(' '));
        if (g.last < negation) return negation - g.last <= SUBJECT_REACH && !clauseBreakBetween(s, g.last, negation);
        if (g.first <= negation || g.last >= hit.match.firstToken) return false;
        // "I don't think X should be allowed to teach": the denial moved up to the verb of belief.
        // "I refuse to believe X can be trusted": the same, over "to".
        const belief = s.tokens[negation + 1]?.norm === 'to' ? negation + 2 : negation + 1;
        if (BELIEF.has(s.tokens[belief]?.norm ?? '')) return g.first - belief <= 2;
        // "No X …", "Not one X …", "Not a single X …".
        const none = SUBJECT_NEGATION.has(s.tokens[negation]!.norm) || (s.tokens[negation]!.norm === 'not' && NOT_ONE.has(s.tokens[negation + 1]?.norm ?? ''));
        // "Never once has a X done anything useful" (hate9): the subject after the inverted auxiliary.
        // "Nothing about X is worth …", "Nothing X do will ever be good enough" (hate9): nothing of theirs has it.
        return (g.first - negation <= 3 && none) || invertedDenial(s, negation, g) || nothingOfTheirs(s, negation, g);
      });
    }
    case 'trait': {
      // "X are not friendly", "X aren't ever grateful", "No X is polite": a good trait denied in
      // predicate position of the group. Not "X don't get a friendly welcome" (how they are treated).
      const noneSuch = noneWhoIs(s, hit);
      if (noneSuch) return noneSuch;
      const negation = presentDenial(s, hit);
      // "Oh sure, X are SO hard-working. Said no one ever." (hate9): praise said to mean its opposite.
      if (negation < 0 && s.sarcastic) return praisedInJest(s, hit);
      if (negation < 0 || LACKING.has(s.tokens[negation]!.norm) || feelingReported(s, negation) || deniedTwice(s, negation)) return undefined;
      // The group, and a contact clause after it ("None of the X I know are polite", hate26).
      const inGroup = (k: number) => s.groups.some((g) => g.first <= k && g.last + (g.pronoun ? 0 : contactClause(s, g)) >= k);
      for (let k = negation + 1; k < hit.match.firstToken; k++) {
        const word = s.tokens[k]!.norm;
        // "Not one X is …", "Not a single X is …".
        const notOne = s.tokens[negation]!.norm === 'not' && k <= negation + 2 && NOT_ONE.has(word);
        if (!COPULA.has(word) && !FILLER.has(word) && !TRAIT_ADVERB.has(word) && !inGroup(k) && !notOne) return undefined;
      }
      return s.groups.find((g) => {
        if (g.last < negation) return negation - g.last <= (g.pronoun ? 2 : SUBJECT_REACH) && !clauseBreakBetween(s, g.last, negation);
        const none = SUBJECT_NEGATION.has(s.tokens[negation]!.norm) || (s.tokens[negation]!.norm === 'not' && NOT_ONE.has(s.tokens[negation + 1]?.norm ?? ''));
        return !g.pronoun && g.first > negation && g.last < hit.match.firstToken && g.first - negation <= 3 && none;
      });
    }
    case 'word': {
      if (homonymNear(hit, s.tokens, s.sentenceTokens) || selfDescribed(s, hit)) return undefined;
      // "Muslims are not vermin": an insult denied (a slur stays one, denied or not).
      if (hit.term.category === 'insult' && negated(s, hit)) return undefined;
      if (hit.term.aimedOnly && !hasTarget(s.hits)) return undefined;
      const identity = near(s, hit, 8, 6);
      // Not the word itself read as the group ("paki"), unless it stands for the group of the sentence before:
      // "X? Absolute bastards the lot." (hate7; see sentenceGroups).
      // An insult a group adjective describes is said of the group: "a bunch of gay twats" (hate7).
      const described = identity !== undefined && identity.first < hit.match.firstToken && identity.last === hit.match.lastToken && hit.term.category === 'insult';
      if (!identity || (!identity.pronoun && !described && identity.first <= hit.match.lastToken && identity.last >= hit.match.firstToken)) return undefined;
      // "Our X organised the quiz, and the idiots on the other team lost": the insult's own people.
      if (insultElsewhere(s, hit, identity.last)) return undefined;
      return identity;
    }
    default:
      return undefined;
  }
}

/**
 * The group a good is asked for in a short question the next sentence dismisses (hate10): "Rights for X? Not in a million
 * years.", "Equal? X? Don't make me laugh." (the group in the question between). See dismissedQuestion in find.ts.
 */
function dismissedGood(s: Sentence): Identity | undefined {
  if (!s.dismissed) return undefined;
  return s.groups.find((g) => !g.place && !g.pronoun) ?? s.dismissed.groups.find((g) => !g.place);
}

/**
 * The group the sentence (or the one before it) speaks to, by name between commas or at a sentence's end after a
 * comma, with no determiner: "Keep walking, X, and …", "…, X." (hate9). Not "our X, …" nor "the X" (talked about).
 */
function addressedGroup(s: Sentence): Identity | undefined {
  return s.groups.find((g) => {
    if (g.pronoun || g.place || g.first === 0) return false;
    const lead = s.tokens[g.first - 1]!;
    if (DETERMINED.has(lead.norm) && g.first - 1 >= s.sentenceTokens[0]) return false;
    const before = s.text.slice(lead.end, s.tokens[g.first]!.start);
    const next = s.tokens[g.last + 1];
    const after = s.text.slice(s.tokens[g.last]!.end, next?.start ?? s.text.length);
    // A comma before (or the sentence before ends there), a comma or a sentence end after.
    return /[,.!?]/.test(before) && (/[,.!?]/.test(after) || next === undefined);
  });
}
/** The group a good trait is said of as its subject, in a sentence the next one marks as sarcasm: "X are SO hard-working." */
function praisedInJest(s: Sentence, hit: Hit): Identity | undefined {
  return s.groups.find((g) => {
    if (g.place || g.last >= hit.match.firstToken || hit.match.firstToken - g.last > 5) return false;
    for (let k = g.last + 1; k < hit.match.firstToken; k++) {
      const w = s.tokens[k]!.norm;
      if (!COPULA.has(w) && !FILLER.has(w) && !TRAIT_ADVERB.has(w) && !PERSONISH.has(w)) return false;
    }
    return true;
  });
}

/** What befalls someone, whose coming an indifferent speaker would not mourn: "… if X drowned", "… if someone ran X over". */
const LOST = new Set(['died', 'die', 'dies', 'drowned', 'drown', 'left', 'leave', 'went', 'gone', 'disappeared', 'vanished', 'suffered', 'suffer', 'starved', 'ran', 'run', 'killed', 'deported', 'kicked', 'thrown', 'burned', 'burnt', 'shot', 'hanged', 'hung', 'sacked', 'over']);

/** Pronouns that stand only for a group of people, never one person: "their kind", "that sort". */
const KIND_PRONOUN = new Set(['their kind', 'your kind', 'their sort', 'that sort', 'people like that', 'people like them', 'the likes of them', 'folk like that', 'types like that']);
const DETERMINED = new Set(['the', 'a', 'an', 'our', 'my', 'your', 'their', 'those', 'these', 'some', 'all', 'any', 'every', 'that', 'this']);

/**
 * "Nothing about X is worth celebrating", "Nothing X do is ever good enough" (hate9): "nothing" the subject, the
 * group what it is said of — after "about" or "of", or right after it with a verb of doing ("nothing X do",
 * "nothing a X says"). Not "Nothing about the trip was good" (no group), nor "nothing for X" (what they are given).
 */
function nothingOfTheirs(s: Sentence, negation: number, g: Identity): boolean {
  if (g.pronoun || g.place || g.gerund || s.tokens[negation]!.norm !== 'nothing') return false;
  const next = s.tokens[negation + 1]?.norm ?? '';
  const start = next === 'about' || next === 'of' ? negation + 2 : negation + 1;
  const lead = ['a', 'an', 'the', 'any'].includes(s.tokens[start]?.norm ?? '') ? start + 1 : start;
  if (g.first !== lead) return false;
  if (start === negation + 2) return true;
  const end = PERSONISH.has(s.tokens[g.last + 1]?.norm ?? '') ? g.last + 1 : g.last;
  return THEIR_DOING.has(s.tokens[end + 1]?.norm ?? '');
}
const THEIR_DOING = new Set(['do', 'does', 'did', 'say', 'says', 'said', 'make', 'makes', 'made', 'have', 'has', 'had', 'produce', 'produces', 'bring', 'brings', 'contribute', 'contributes', 'touch', 'touches', 'offer', 'offers']);

/**
 * "let a X mind my allotment", "let a X look after my dog": a bare verb after the group, perhaps with a
 * particle, then something of the speaker's — the group trusted with it (hate25): a verb of minding, handling
 * or using. Not "let a X go hungry", nor help accepted ("let a pregnant colleague carry my bags").
 */
function entrustedWith(tokens: readonly Token[], groupLast: number, sentenceLast: number): boolean {
  let k = groupLast + 1;
  if (PERSONISH.has(tokens[k]?.norm ?? '')) k++;
  if (k > sentenceLast || !ENTRUSTING.has(tokens[k]!.norm)) return false;
  if (ENTRUSTING_PARTICLE.has(tokens[k + 1]?.norm ?? '')) k++;
  if (k + 1 > sentenceLast) return false;
  // The hearer's or everyone's children too: "Never let a X babysit your son", "… teach our kids" (hate8).
  const owner = tokens[k + 1]!.norm;
  return owner === 'my' || ((owner === 'your' || owner === 'our') && CHILDREN.has(tokens[k + 2]?.norm ?? ''));
}
const CHILDREN = new Set(['kids', 'kid', 'children', 'child', 'son', 'sons', 'daughter', 'daughters', 'baby', 'babies', 'toddler', 'grandkids', 'grandchildren', 'little', 'boys', 'girls']);
const ENTRUSTING = new Set(['mind', 'watch', 'walk', 'babysit', 'look', 'feed', 'touch', 'handle', 'hold', 'cook', 'drive', 'borrow', 'use', 'fix', 'cut', 'teach', 'treat', 'clean', 'run', 'manage', 'guard', 'near', 'into', 'inside', 'in', 'care', 'tend', 'raise', 'bath', 'bathe']);
const ENTRUSTING_PARTICLE = new Set(['after', 'at', 'with', 'near', 'into', 'in', 'on', 'for']);

/**
 * "How thick are X?", "How lazy can X get?" (hate25): an attribute asked after "how" at the sentence's start,
 * the group right after the copula or modal — said of them, as "X are so thick" is.
 */
function exclaimedOf(s: Sentence, hit: Hit, identity: Identity): boolean {
  if (hit.match.firstToken !== s.sentenceTokens[0] + 1 || s.tokens[s.sentenceTokens[0]]!.norm !== 'how') return false;
  const verb = s.tokens[hit.match.lastToken + 1]?.norm ?? '';
  return (verb === 'are' || verb === 'is' || verb === 'can' || verb === 'were') && identity.first === hit.match.lastToken + 2;
}

/**
 * "What are X good for?", "What exactly are X even good for?", "What good are X?" (hate26): a question on
 * "what" asking the group's use, the sentence ending on it, says they have none. Only words of asking between
 * (not "What are X good for in a recipe?", "What are the X pupils good at?" — "at" is a skill asked).
 */
function worthAsked(s: Sentence, hit: Hit): Identity | undefined {
  const first = s.sentenceTokens[0];
  if (!s.question || s.tokens[first]!.norm !== 'what' || hit.match.term !== 'good') return undefined;
  const askedOnly = (from: number, to: number) => s.tokens.slice(from, to).every((t) => WORTH_ASKING.has(t.norm));
  // "What are X good for?": the group between "what" and "good", "for" last.
  if (s.tokens[hit.match.lastToken + 1]?.norm === 'for' && hit.match.lastToken + 1 === s.sentenceTokens[1]) {
    const g = s.groups.find((o) => !o.place && !o.pronoun && o.first > first && o.last < hit.match.firstToken);
    const end = g && (PERSONISH.has(s.tokens[g.last + 1]?.norm ?? '') ? g.last + 1 : g.last);
    return g && end === hit.match.firstToken - 1 && askedOnly(first + 1, g.first) ? g : undefined;
  }
  // "What good are X?": "good" right after "what", the group ending the sentence.
  if (hit.match.firstToken !== first + 1) return undefined;
  const g = s.groups.find((o) => !o.place && !o.pronoun && o.first > hit.match.lastToken);
  const end = g && (PERSONISH.has(s.tokens[g.last + 1]?.norm ?? '') ? g.last + 1 : g.last);
  return g && end === s.sentenceTokens[1] && askedOnly(hit.match.lastToken + 1, g.first) ? g : undefined;
}
const WORTH_ASKING = new Set(['are', 'is', 'exactly', 'even', 'actually', 'really', 'ever', 'honestly', 'seriously', 'all', 'these', 'those', 'the', 'any', 'a', 'an']);

/**
 * "X belong in the jungle", "X should stay in the kitchen", "X need to be kept in a kennel", "Send X back to the
 * caves" (hate26): the group put in a lowly place (lexicons/hostility.yaml, lowly-place) — a place for animals,
 * refuse or a past age. The verb is the group's, bare ("belong") or wished (a modal before it, or an order),
 * and the place follows it over "in"/"into"/"to" and "back"; not denied ("X don't belong in cages").
 */
function placedIn(s: Sentence, hit: Hit): Identity | undefined {
  const first = s.sentenceTokens[0];
  const norm = (k: number) => s.tokens[k]?.norm ?? '';
  let k = hit.match.firstToken - 1;
  while (k > first && PLACE_LEAD.has(norm(k))) k--;
  // "off a cliff", "under a bus": only for the group put there (below), never a place they go themselves.
  const overTheEdge = OVER_THE_EDGE.has(norm(k));
  if (!PLACE_PREPOSITION.has(norm(k)) && !overTheEdge) return undefined;
  k--;
  if (norm(k) === 'back') k--;
  if (negated(s, hit)) return undefined;
  // Wished ("should", "must", "need to", "let's"), not foretold: "Refugee families will stay in hostels until …" is news.
  const wishedBefore = (v: number) => s.tokens.slice(Math.max(first, v - 4), v).some((t) => WISHING_MODAL.has(t.norm));
  // The order or wish with the group its object: "Send X back to the jungle", "We should put X in cages".
  const object = s.groups.find((g) => !g.place && !g.pronoun && (g.last === k || (g.last === k - 1 && PERSONISH.has(norm(k)))));
  if (object) {
    let v = object.first - 1;
    while (v > first && OBJECT_QUANTIFIER.has(norm(v))) v--;
    if (!PLACING_OBJECT.has(norm(v))) return undefined;
    return v === first || wishedBefore(v) ? object : undefined;
  }
  // The group its subject: "X belong in …", "X should stay in …", "X ought to be kept in …".
  if (overTheEdge || !PLACING.has(norm(k))) return undefined;
  if (!BELONGING.has(norm(k)) && !wishedBefore(k)) return undefined;
  return s.groups.find((g) => !g.place && g.last < k && k - g.last <= SUBJECT_REACH + 2 && !clauseBreakBetween(s, g.last, k));
}
const PLACE_LEAD = new Set(['the', 'a', 'an', 'their', 'own', 'some', 'nearest', 'local', 'dirty', 'filthy', 'stinking', 'muddy']);
/** Bare verbs of putting people out that, opening a sentence, order it (EXPULSION): not "run off", "go back home", "rot". */
const ORDERED_OUT = new Set(['send', 'kick', 'throw', 'chuck', 'boot', 'turf', 'banish', 'exile', 'ship', 'cull', 'destroy']);
const ORDERED_OBJECT_LEAD = new Set(['the', 'all', 'every', 'any', 'those', 'these', 'them', 'of', 'last', 'single']);
const PLACE_PREPOSITION = new Set(['in', 'into', 'to', 'inside']);
/** Verbs with the group their subject that place them: "belong" as it stands, the rest wished. */
const PLACING = new Set(['belong', 'belongs', 'stay', 'stays', 'remain', 'remains', 'kept', 'put', 'locked', 'sent', 'shipped', 'dumped', 'caged', 'confined', 'returned', 'go', 'live']);
const BELONGING = new Set(['belong', 'belongs']);
/** Verbs with the group their object that place them: "Send X back to …", "lock X in …". */
const PLACING_OBJECT = new Set(['send', 'put', 'keep', 'lock', 'ship', 'chuck', 'throw', 'dump', 'cage', 'confine', 'return', 'banish', 'drive', 'chase', 'kick', 'boot', 'force',
  // thrown, pushed or dropped to their death (hate7): "shove X off a bridge", "feed X to the sharks"
  'push', 'shove', 'toss', 'lob', 'fling', 'hurl', 'feed', 'bung']);

/**
 * The group and a dehumanising noun said to be the same (hate26): "There's no difference between a rat and a X",
 * "I can't tell the difference between X and cockroaches", "X are no different from rats", "X are the same as
 * animals", "X and pigs, same thing". The denial is of a difference, so it equates them.
 */
function equated(s: Sentence, hit: Hit): Identity | undefined {
  const [first, last] = s.sentenceTokens;
  const norm = (k: number) => s.tokens[k]?.norm ?? '';
  const groups = s.groups.filter((g) => !g.place && !g.pronoun);
  const denial = (k: number) => s.tokens.slice(Math.max(first, k - 4), k).some((t) => t.norm === 'no' || t.norm === 'not' || t.norm === 'nothing' || /n't$/.test(t.norm) || t.norm === 'cannot');
  // Two things joined by "and", the group one of them and the noun the other, near each other.
  const paired = (from: number) => {
    for (let k = from; k <= Math.min(last, from + 10); k++) {
      if (norm(k) !== 'and') continue;
      const g = groups.find((o) => (o.last < k && k - o.last <= 3 && hit.match.firstToken > k && hit.match.firstToken - k <= 4) || (o.first > k && o.first - k <= 4 && hit.match.lastToken < k && k - hit.match.lastToken <= 3));
      if (g) return g;
    }
    return undefined;
  };
  for (let k = first; k <= last; k++) {
    const w = norm(k);
    // "no difference between A and B", "can't tell the difference between A and B"
    if (w === 'difference' && norm(k + 1) === 'between' && denial(k)) {
      const g = paired(k + 2);
      if (g && g.first > k && hit.match.firstToken > k) return g;
    }
    // "X are no different from A", "X are not any different to A", "X are the same as A"
    const unlike = w === 'different' && denial(k) && (norm(k + 1) === 'from' || norm(k + 1) === 'to' || norm(k + 1) === 'than');
    const alike = w === 'same' && norm(k + 1) === 'as' && (norm(k - 1) === 'the');
    if ((unlike || alike) && hit.match.firstToken > k + 1 && hit.match.firstToken - (k + 1) <= 4) {
      const g = groups.find((o) => o.last < k && k - o.last <= SUBJECT_REACH && s.tokens.slice(o.last + 1, k).some((t) => COPULA.has(t.norm)) && !clauseBreakBetween(s, o.last, k));
      if (g) return g;
    }
    // "X and A are the same", "X and A, same thing"
    if (w === 'same' && (norm(k + 1) === 'thing' || k === last || norm(k + 1) === 'really')) {
      const g = paired(Math.max(first, k - 10));
      if (g && g.last < k && hit.match.lastToken < k) return g;
    }
  }
  return undefined;
}

/**
 * "How many more X do we have to put up with?", "How many more X must we tolerate?" (hate26): the group the
 * feeling's object, fronted by "how many (more)" in a question — not the feeling's subject.
 */
function frontedObject(s: Sentence, hit: Hit): Identity | undefined {
  const first = s.sentenceTokens[0];
  if (!s.question || s.tokens[first]!.norm !== 'how' || s.tokens[first + 1]?.norm !== 'many') return undefined;
  const at = s.tokens[first + 2]?.norm === 'more' ? first + 3 : first + 2;
  const g = s.groups.find((o) => !o.place && !o.pronoun && o.first === at);
  if (!g || hit.match.firstToken <= g.last || hit.match.firstToken - g.last > 6 || clauseBreakBetween(s, g.last, hit.match.firstToken)) return undefined;
  // The speaker or people in general bear it: "… do we have to …", "… must I …", "… are we expected to …".
  return s.tokens.slice(g.last + 1, hit.match.lastToken + 1).some((t) => BEARER.has(t.norm)) ? g : undefined;
}
const BEARER = new Set(['we', 'i', 'you', 'us', 'people', 'britain', 'taxpayers']);

/**
 * The attribute is said to be in the group's nature (hate26): "Being lazy comes naturally to X", "Dishonesty is in
 * the DNA of X", "Greed is second nature to X", "Thieving runs in the blood of X" — between them only such words,
 * one of them a word of nature, and "to" or "of" right before the group.
 */
function innateTo(s: Sentence, hit: Hit, identity: Identity): boolean {
  if (identity.pronoun || identity.first - hit.match.lastToken > 8) return false;
  const between = s.tokens.slice(hit.match.lastToken + 1, identity.first).map((t) => t.norm);
  const before = between[between.length - 1];
  if (before !== 'to' && before !== 'of') return false;
  return between.some((w) => NATURE.has(w)) && between.every((w) => NATURE.has(w) || NATURE_GAP.has(w));
}
const NATURE = new Set(['naturally', 'natural', 'nature', 'dna', 'blood', 'genes', 'instinct', 'instinctive', 'inborn', 'innate', 'bred']);
const NATURE_GAP = new Set(['is', 'are', "'s", 'comes', 'come', 'runs', 'run', 'just', 'so', 'very', 'all', 'in', 'the', 'of', 'to', 'second', 'into', 'really', 'always', 'simply', 'basically', 'quite', 'their', 'your']);

/**
 * "We don't want X in politics", "I wouldn't want X in the army" (hate26): a domain of public life refused to the
 * group, "in" or "running" it right after them — as the speaker's own street or house is (keptFromSpeaker).
 */
function keptFromDomain(tokens: readonly Token[], groupLast: number, sentenceLast: number): boolean {
  let k = groupLast + 1;
  if (PERSONISH.has(tokens[k]?.norm ?? '')) k++;
  if (k > sentenceLast || !DOMAIN_LEAD.has(tokens[k]!.norm)) return false;
  k++;
  while (k <= sentenceLast && (tokens[k]!.norm === 'the' || tokens[k]!.norm === 'our' || tokens[k]!.norm === 'this' || tokens[k]!.norm === 'a')) k++;
  if (k > sentenceLast || !DOMAIN.has(tokens[k]!.norm)) return false;
  // The domain ends the sentence: "We don't want disabled pupils in sport to feel left out" says what should not happen to them.
  for (let j = k + 1; j <= sentenceLast; j++) if (!DOMAIN_TAIL.has(tokens[j]!.norm)) return false;
  return true;
}
const DOMAIN_TAIL = new Set(['ever', 'anymore', 'again', 'here', 'now', 'either', 'thanks', 'thank', 'you', 'please', 'at', 'all', 'full', 'stop', 'period', 'end', 'of']);
const DOMAIN_LEAD = new Set(['in', 'into', 'running', 'leading', 'near']);
const DOMAIN = new Set(['politics', 'government', 'parliament', 'power', 'charge', 'office', 'army', 'military', 'police', 'nhs', 'schools', 'classrooms', 'teaching', 'sport', 'sports', 'football', 'workplace', 'business', 'society', 'country', 'britain', 'england', 'uk', 'media', 'church', 'leadership', 'management', 'positions', 'neighbourhood', 'area', 'community', 'pub', 'gym', 'club', 'building', 'shop', 'restaurant', 'hospital', 'hospitals']);

/**
 * "Why would anyone trust X?", "Does anyone actually like X?", "Who in their right mind would marry a X?", "Could
 * anyone honestly respect X?" (hate26): a question whether anyone could regard the group well says no one could —
 * a verb of regard (lexicons/hostility.yaml, regard-verb) in its bare form after a modal or "do", asked of anyone,
 * "you" or "I" (not "we": "Why should we respect people of other faiths?" is a lesson's question), the group its
 * object ending the question, and no negation ("Why wouldn't anyone like X?"). Beside the regard role's phrases.
 */
function regardAsked(s: Sentence, hit: Hit): Identity | undefined {
  const [first, last] = s.sentenceTokens;
  if (!s.question) return undefined;
  let open = first;
  while (open < hit.match.firstToken && OPENING_ADVERB_ASKED.has(s.tokens[open]!.norm)) open++;
  const opener = s.tokens[open]!.norm;
  if (!REGARD_OPENER.has(opener)) return undefined;
  let asker = opener === 'who';
  let modal = false;
  for (let k = open + 1; k < hit.match.firstToken; k++) {
    const w = s.tokens[k]!.norm;
    if (roleAt(s, k, 'negation') || /n't$/.test(w)) return undefined;
    if (REGARD_ASKER.has(w)) asker = true;
    else if (REGARD_MODAL.has(w)) modal = true;
    else if (!ASKED_REGARD.has(w) && !REGARD_GAP.has(w)) return undefined;
  }
  if (!asker || !(modal || REGARD_MODAL.has(opener))) return undefined;
  // A yes-no question asks it only of anyone at all, or in disbelief: "Does anyone actually like X?", "Would you
  // honestly trust X?" — not "Do you like X?".
  if (opener !== 'why' && opener !== 'who') {
    const between = s.tokens.slice(open + 1, hit.match.firstToken).map((t) => t.norm);
    if (!between.some((w) => w === 'anyone' || w === 'anybody' || DISBELIEF.has(w))) return undefined;
  }
  let at = hit.match.lastToken + 1;
  while (at - hit.match.lastToken <= 2 && REGARD_OBJECT_LEAD.has(s.tokens[at]?.norm ?? '')) at++;
  const g = s.groups.find((o) => !o.place && !o.pronoun && o.first === at);
  if (!g) return undefined;
  let end = PERSONISH.has(s.tokens[g.last + 1]?.norm ?? '') ? g.last + 1 : g.last;
  while (end < last && REGARD_TAIL.has(s.tokens[end + 1]!.norm)) end++;
  if (end !== last) return undefined;
  // A question the next sentence answers is asked to be answered: "Why would anyone hire a disabled person? Because …",
  // "Who could love a refugee? Lots of families, as our appeal showed."
  const next = s.tokens[last + 1]?.norm ?? '';
  return ANSWER_OPENER.has(next) ? undefined : g;
}
const DISBELIEF = new Set(['actually', 'honestly', 'really', 'seriously', 'ever', 'possibly', 'genuinely', 'even']);
const ANSWER_OPENER = new Set(['because', 'lots', 'many', 'plenty', 'everyone', 'everybody', 'we', 'our', 'millions', 'thousands', 'loads', 'easy', 'simple', 'yes', 'well', 'here', "here's", 'the', 'answer', 'all', 'most', 'you', 'anyone', 'any', 'us', 'me', 'i', 'find', 'read', 'watch', 'join', 'come']);
const OPENING_ADVERB_ASKED = new Set(['honestly', 'seriously', 'genuinely', 'really', 'so', 'but', 'and', 'like', 'i', 'mean']);
const REGARD_OPENER = new Set(['why', 'who', 'does', 'do', 'would', 'could', 'can', 'will']);
const REGARD_ASKER = new Set(['anyone', 'anybody', 'you', 'i', 'one', 'someone', 'somebody', 'people', 'person']);
const REGARD_MODAL = new Set(['would', 'could', 'can', 'should', 'will', 'does', 'do', "would've", "'d"]);
const REGARD_GAP = new Set(['possibly', 'sane', 'normal', 'decent', 'sensible', 'ever', 'want', 'to', 'choose', 'wish']);
const REGARD_OBJECT_LEAD = new Set(['a', 'an', 'any', 'these', 'those', 'all', 'the']);
const REGARD_TAIL = new Set(['anyway', 'seriously', 'honestly', 'again', 'ever', 'then', 'really']);

/**
 * "Every time X move onto a street the house prices fall off a cliff", "The area went downhill the day X
 * moved in", "Standards slipped once they started letting X in": a decline blamed on the group's arrival —
 * the group the subject of an arrival word, or the object of letting in.
 */
function declineBlamed(s: Sentence, hit: Hit): Identity | undefined {
  if (negated(s, hit) || studiedOrRefuted(s)) return undefined;
  const arrivals = s.hits.filter((h) => h.role === 'arrival');
  // In one clause or a clause on it: "House prices fell, and X came to the fair" blames no one.
  const joined = (g: Identity) => {
    const [a, b] = g.last < hit.match.firstToken ? [g.last, hit.match.firstToken] : [hit.match.lastToken, g.first];
    for (let k = a + 1; k < b; k++) if (COORDINATOR.has(s.tokens[k]!.norm)) return false;
    return true;
  };
  const arrived = (g: Identity) =>
    arrivals.some((a) => a.match.firstToken > g.last && a.match.firstToken - g.last <= 3 && !clauseBreakBetween(s, g.last, a.match.firstToken)) ||
    (g.first > hit.match.lastToken && [1, 2].some((d) => ADMITTING_VERB.has(s.tokens[g.first - d]?.norm ?? '')) && !wronged(s.tokens, g.last, s.sentenceTokens[1]));
  return s.groups.find((g) => !g.place && joined(g) && arrived(g)) ?? (hit.role === 'decline' ? consequenceOf(s, hit) : undefined);
}

/** A lesson's or a myth's words: "Year 8 learned that crime rose … after Irish immigrants arrived, and why people blamed them unfairly". */
const STUDIED_OR_REFUTED = new Set(['learned', 'learnt', 'studied', 'explored', 'discussed', 'history', 'historians', 'century', 'victorian', 'blamed', 'unfairly', 'wrongly', 'myth', 'myths', 'claimed', 'falsely']);
function studiedOrRefuted(s: Sentence): boolean {
  for (let k = s.sentenceTokens[0]; k <= s.sentenceTokens[1]; k++) if (STUDIED_OR_REFUTED.has(s.tokens[k]!.norm)) return true;
  return false;
}

/** Judgements of a deed as wrong, before "to" and its verb: "It would be wrong to ban …". */
const WRONGNESS = new Set(['wrong', 'unfair', 'unjust', 'cruel', 'unacceptable', 'shameful', 'disgusting', 'disgraceful', 'immoral', 'evil', 'racist', 'sexist', 'bigoted', 'discriminatory', 'illegal', 'inhumane', 'barbaric']);

/** The verb at `first` is the deed in "wrong to …", "not right to …", "never okay to …". */
function judgedWrong(tokens: Token[], first: number): boolean {
  if (tokens[first - 1]?.norm !== 'to') return false;
  const judgement = tokens[first - 2]?.norm ?? '';
  // "It's not wrong to ban …" judges the deed right; "not right to ban …" wrong.
  const denied = [3, 4].some((d) => DENIAL.has(tokens[first - d]?.norm ?? ''));
  if (WRONGNESS.has(judgement)) return !denied;
  return (judgement === 'right' || judgement === 'okay' || judgement === 'ok' || judgement === 'fair' || judgement === 'acceptable') && denied;
}
const DENIAL = new Set(['not', 'never', "isn't", 'isnt', "wasn't", "wouldn't", 'wouldnt', 'hardly', "ain't"]);

/** "how" or "the way" right before the group: "disgusting how X are treated", "the way X get spoken to". */
function wayBefore(tokens: Token[], first: number): boolean {
  return tokens[first - 1]?.norm === 'how' || (tokens[first - 1]?.norm === 'way' && tokens[first - 2]?.norm === 'the');
}
