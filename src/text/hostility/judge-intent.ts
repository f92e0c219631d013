// Constructions read by their grammar rather than their wording (hate6), each a role in
// lexicons/hostility.yaml whose words are a category, not a sentence:
//   weapon       a weapon the speaker means to bring to the group ("we'll be there with knives");
//   precaution   guarding oneself against the group named after it ("check your wallet if a X sits next to you");
//   rhetorical   a question asked only to run the group down ("Who in their right mind would rent a flat to a X?");
//   rise, fall   a change for the worse told by its parts (with nuisance, standing), blamed on the group's arrival;
//   summing      a description summed up onto the group ("Deceitful is the only word for X");
//   reaction     the speaker's own reaction set off by seeing the group ("My stomach turns whenever X …");
//   explaining   the group as the explanation of something bad ("…, which explains why the house is a tip");
// and, with no role of their own: a harm the speaker intends with the group its object (harmIntended), a
// good denied the whole group (goodDenied), and counter-speech told by its shape (condemnedTalk).
// Each needs the group named (not a place, not "our X"), and steps back before a wrong done to the group,
// a denial, a story, sport or a kitchen.
import type { Hit, Identity } from './types.js';
import type { Sentence } from './judge-sentence.js';
import { negated } from './judge-negation.js';
import { wronged } from './harmless.js';
import { COMPETITION, SPEAKER } from './vocabulary.js';
import { hasModalBefore } from './targets.js';

/** Before the group, words that make it the speaker's own people: "our Muslim families". */
const OWN = new Set(['our', 'my']);

/** The speaker as the one who acts: "I'll", "we're", "me and the boys", "my lads", "gonna". */
const INTENDING = new Set([...SPEAKER, 'my', 'our', 'gonna', 'imma', 'lads', 'boys']);
/** A weapon is a tool, a bat or a kitchen knife here: sport, cooking, crafts. */
const HARMLESS_USE = new Set([
  ...COMPETITION, 'cricket', 'rounders', 'baseball', 'softball', 'hockey', 'team', 'game', 'games', 'club', 'practice', 'training', 'nets', 'pads', 'ball', 'balls', 'record', 'records', 'gala', 'race', 'score', 'scores', 'best', 'sports', 'swimming', 'relay', 'sponsored',
  'kitchen', 'fork', 'forks', 'cutlery', 'chopping', 'bread', 'butter', 'cake', 'carving', 'cooking', 'chef', 'recipe', 'workshop', 'woodwork', 'nails', 'tools', 'tool', 'build', 'building', 'wall', 'lego', 'station', 'generator', 'mower', 'lawnmower',
]);
/** A guard taught for safety, not against anyone: "cross the road safely", "at the zebra crossing". */
const SAFETY = new Set(['safely', 'safe', 'safety', 'carefully', 'crossing', 'lights', 'zebra', 'lollipop', 'green', 'cross', 'road']);
/** Being one of the group, asked about: "Why would you want to be a woman engineer?". */
const BEING = new Set(['be', 'become', 'being', 'becoming', 'am', 'as']);
/** A sentence in the past tells what happened; it does not promise it. */
const TOLD_PAST = new Set(['was', 'were', 'did', 'used', 'once', 'ago', 'century', 'history', 'historically']);
/** Words of a wrong done to a group, about which a question is asked ("Why on earth would anyone bully a disabled child?"). */
const WRONG_ASKED = new Set([
  'bully', 'bullies', 'bullied', 'bullying', 'hurt', 'hurts', 'attack', 'attacks', 'abuse', 'abused', 'mock', 'mocks', 'mocked', 'tease', 'teased', 'exclude', 'excluded', 'excluding',
  'discriminate', 'discriminated', 'discrimination', 'hate', 'hates', 'harass', 'harassed', 'insult', 'insulted', 'target', 'targeted', 'treat', 'treated', 'ban', 'banned',
  'refuse', 'refused', 'deny', 'denied', 'blame', 'blames', 'cut', 'cuts', 'unfair', 'unfairly', 'racist', 'racism', 'sexist', 'homophobic', 'transphobic', 'prejudice',
  'barriers', 'left', 'afraid', 'scared', 'vote',
]);

/** The group a sentence names as people (not a place, not a pronoun, not "our X"), after token `from` if given. */
function groupNamed(s: Sentence, from = -1, within = Number.POSITIVE_INFINITY): Identity | undefined {
  return s.groups.find((g) => !g.place && !g.pronoun && g.first > from && g.first - from <= within && !OWN.has(s.tokens[g.first - 1]?.norm ?? '') && !wronged(s.tokens, g.last, s.sentenceTokens[1]));
}

function words(s: Sentence): string[] {
  return s.tokens.slice(s.sentenceTokens[0], s.sentenceTokens[1] + 1).map((t) => t.norm);
}

/** "We'll be there with knives", "I've got a bat in the boot for any X": a weapon the speaker brings to the group. */
export function weaponIntended(s: Sentence, hit: Hit): Identity | undefined {
  if (s.question || s.storyTold || negated(s, hit)) return undefined;
  const all = words(s);
  // Not the weapon's own words ("a baseball bat").
  if (all.some((w, j) => (HARMLESS_USE.has(w) && (s.sentenceTokens[0] + j < hit.match.firstToken || s.sentenceTokens[0] + j > hit.match.lastToken)) || TOLD_PAST.has(w))) return undefined;
  const struck = weaponTakenTo(s, hit);
  if (struck) return struck;
  if (!all.some((w) => INTENDING.has(w) || /^(?:i|we)'(?:ll|m|re|ve)$/.test(w))) return undefined;
  // Or a place where the group gathers (hate9): "waiting outside the X club on Friday with knives".
  return groupNamed(s) ?? s.groups.find((g) => g.pronoun && s.tokens[g.first]?.norm === 'you') ?? s.places.find((p) => Math.abs(p.first - hit.match.firstToken) <= 8);
}

/** "take", before a weapon and "to" the one it is used on. */
const TAKING = new Set(['take', 'taking']);
const WEAPON_ARTICLE = new Set(['a', 'an', 'the', 'some', 'my', 'his', 'their', 'your', 'our']);
const OBJECT_LEAD_TO = new Set(['the', 'all', 'every', 'any', 'those', 'these', 'them', 'some', 'a', 'an']);

/**
 * "Someone should take a baseball bat to X", "Take a hammer to every X you see" (hate7): a weapon used on the
 * group — "take" before it, wished (a modal before) or ordered (opening the sentence), the group right after "to".
 */
function weaponTakenTo(s: Sentence, hit: Hit): Identity | undefined {
  const norm = (k: number) => s.tokens[k]?.norm ?? '';
  let k = hit.match.firstToken - 1;
  if (WEAPON_ARTICLE.has(norm(k))) k--;
  if (!TAKING.has(norm(k)) || norm(hit.match.lastToken + 1) !== 'to') return undefined;
  if (k !== s.sentenceTokens[0] && !hasModalBefore(s.tokens, k, 4)) return undefined;
  let at = hit.match.lastToken + 2;
  while (at - hit.match.lastToken <= 4 && OBJECT_LEAD_TO.has(norm(at))) at++;
  return s.groups.find((g) => !g.place && !g.pronoun && g.first === at);
}

/** "Check your wallet if a X sits next to you": a guard against the group, named after it. */
export function precautionTaken(s: Sentence, hit: Hit): Identity | undefined {
  if (s.storyTold || negated(s, hit)) return undefined;
  if (words(s).some((w) => TOLD_PAST.has(w) || WRONG_ASKED.has(w))) return undefined;
  if (SAFETY.has(s.tokens[hit.match.lastToken + 1]?.norm ?? '') || SAFETY.has(s.tokens[hit.match.lastToken + 2]?.norm ?? '')) return undefined;
  const group = groupNamed(s, hit.match.lastToken, 16);
  // The group as company or the ones an event is for, not the danger guarded against (hate10): "Keep an eye on your
  // bags at the busy fair with the X families", "Check your wallet at the stall for the X families".
  if (group) {
    let k = group.first - 1;
    while (k > hit.match.lastToken && DETERMINER_BEFORE.has(s.tokens[k]!.norm)) k--;
    // Not dealings with the group: "Count your fingers after you shake hands with a X".
    if (COMPANY.has(s.tokens[k]?.norm ?? '') && !DEALINGS.has(s.tokens[k - 1]?.norm ?? '')) return undefined;
  }
  return group;
}
/** Before a group, words that make it company or the ones something is for. */
const DEALINGS = new Set(['hands', 'dealing', 'deal', 'deals', 'business', 'contact', 'trade', 'trading', 'sit', 'sat', 'sitting', 'share', 'sharing', 'live', 'living']);
const COMPANY = new Set(['with', 'for', 'alongside', 'beside', 'and', 'among', 'amongst', 'welcoming', 'welcome', 'joined', 'joining', 'hosting', 'by']);

/** "Who in their right mind would rent a flat to a X?": a question that only runs the group down. */
export function rhetoricalAsked(s: Sentence, hit: Hit): Identity | undefined {
  if (!s.question || hit.match.firstToken - s.sentenceTokens[0] > 3) return undefined;
  const all = words(s);
  // "Who decided X shouldn't get the same pay?", "Why on earth would anyone bully a X?": a wrong asked about.
  // The vote given them is no wrong (hate7): "Who thought it was a good idea to give X the vote?".
  const granted = all.some((w) => GRANTING.has(w));
  if (all.some((w) => (WRONG_ASKED.has(w) && !(granted && GRANTED.has(w))) || w === 'not' || w === 'never' || /n't$/.test(w))) return undefined;
  if (s.hits.some((h) => h.role === 'threat' || h.role === 'harm-verb' || h.role === 'counter')) return undefined;
  const group = groupNamed(s, hit.match.lastToken, 12);
  if (group && [1, 2].some((d) => BEING.has(s.tokens[group.first - d]?.norm ?? ''))) return undefined;
  // "Whose idea was it to …?" is as often a real question a school answers ("Whose idea was it to invite the X
  // families? Mrs Khan's!"): only of the group named generally, a bare plural ("… to give X the vote"), and not answered.
  if (group && hit.match.term.startsWith('whose ') && (DETERMINER_BEFORE.has(s.tokens[group.first - 1]?.norm ?? '') || !(s.tokens[group.last]!.norm.endsWith('s') || PLURAL_PEOPLE.has(s.tokens[group.last]!.norm)) || answered(s))) return undefined;
  return group;
}
const PLURAL_PEOPLE = new Set(['people', 'women', 'men', 'folk', 'children']);
const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'our', 'my', 'your', 'their', 'those', 'these', 'some', 'two', 'three', 'local', 'new']);
/** The next sentence answers whose: "Mrs Khan's!", "Ours.", "Year 4's, and …". */
function answered(s: Sentence): boolean {
  const next = s.tokens[s.sentenceTokens[1] + 1];
  if (!next) return false;
  return ANSWER_OPENING.has(next.norm) || /['’]s$/.test(next.raw) || /['’]s\b/.test(s.text.slice(next.start, next.start + 20).split(/[,.!?]/)[0] ?? '');
}
const ANSWER_OPENING = new Set(['ours', 'mine', 'theirs', 'yours', 'his', 'hers', 'year', 'mr', 'mrs', 'miss', 'ms', 'dr', 'the', 'our', 'it', 'that']);

/** Granting a right, which makes the right no wrong asked about. */
const GRANTING = new Set(['give', 'gave', 'given', 'giving', 'grant', 'granted', 'granting', 'hand', 'handed']);
const GRANTED = new Set(['vote']);

/** Letting the group in, as an arrival a decline is blamed on: "since they started letting X in". */
export const ADMITTING_VERB = new Set(['letting', 'let', 'allowing', 'allowed', 'taking', 'accepting', 'admitting', 'hiring', 'housing']);

/**
 * A change for the worse, told by its parts: a rise of something bad ("the crime rate jumped", "burglaries
 * shot up") or a fall of something good ("house prices dropped", "standards slipped") — the thing named
 * just before the verb (roles `nuisance` and `standing` in lexicons/hostility.yaml).
 */
export function changeForWorse(s: Sentence, hit: Hit): boolean {
  const thing = hit.role === 'rise' ? 'nuisance' : 'standing';
  return s.hits.some((h) => h.role === thing && h.match.lastToken < hit.match.firstToken && hit.match.firstToken - h.match.lastToken <= 3);
}

/** Nouns that name a remark, a feeling or the people who hold it, as a sentence's subject: "Those comments about X …", "The hatred aimed at X …". */
const TALK_HEAD = new Set([
  'comments', 'comment', 'remarks', 'remark', 'posts', 'post', 'messages', 'message', 'tweets', 'tweet', 'jokes', 'joke', 'hatred', 'hate', 'abuse', 'idea', 'claim', 'claims',
  'belief', 'beliefs', 'view', 'views', 'lies', 'lie', 'myth', 'myths', 'rhetoric', 'language', 'slurs', 'insults', 'threats', 'attitude', 'attitudes', 'prejudice', 'stereotypes',
]);
/** Who holds a remark, as a subject: "People who think X are inferior …", "Anyone treating X like dirt …". */
const HOLDERS = new Set(['people', 'anyone', 'anybody', 'those', 'folk', 'folks', 'someone', 'somebody']);
const HOLDING = new Set(['think', 'thinks', 'says', 'believes', 'claims', 'treats', 'calls', 'blames', 'acts', 'reckon', 'reckons', 'thinking', 'say', 'saying', 'believe', 'believing', 'claim', 'claiming', 'treat', 'treating', 'call', 'calling', 'blame', 'blaming', 'act', 'acting']);
/** A sentence's verdict on the remark: "… is frightening", "… were vile", "… need educating", "… was completely wrong". */
const VERDICT = new Set([
  'vile', 'frightening', 'shameful', 'sickening', 'disgusting', 'disgraceful', 'wrong', 'dangerous', 'nonsense', 'rubbish', 'cruel', 'ignorant', 'hateful', 'appalling', 'horrible',
  'awful', 'unacceptable', 'terrifying', 'scary', 'heartbreaking', 'depressing', 'hurtful', 'offensive', 'racist', 'sexist', 'bigoted', 'homophobic', 'transphobic', 'disgrace',
  'educating', 'educated', 'untrue', 'false', 'pathetic', 'embarrassing', 'shocking', 'horrifying', 'despicable', 'evil', 'toxic', 'harmful',
  // what should happen to whoever holds it (hate7): "… need a long look in the mirror", "… should be reported", "… should be ashamed"
  'mirror', 'ashamed', 'reported', 'challenged', 'blocked',
]);
/** The verb of the sentence's verdict: "… were vile", "… need educating", "… aren't funny, they're cruel". */
const VERDICT_VERB = new Set(['is', 'are', 'was', 'were', 'need', 'needs', 'be', "'s", 'seems', 'sounds', "they're", 'theyre', "it's", "that's", "aren't", "isn't", 'arent', 'isnt']);
/** A good denied of the remark: "… aren't funny", "… is not OK", "… are never acceptable" (hate7). */
const DENIED_VERDICT = new Set(['funny', 'ok', 'okay', 'acceptable', 'fine', 'banter', 'clever', 'harmless', 'true', 'normal', 'alright']);
const VERDICT_DENIAL = new Set(["aren't", "isn't", 'arent', 'isnt', 'not', 'never', "wasn't", "weren't"]);
const RELATIVE = new Set(['who', 'that']);
const SICK_OF = new Set(['sick', 'tired', 'fed']);

/**
 * Counter-speech told by its shape: the remark held up as a sentence's subject and judged by its
 * predicate ("Those comments about X being stupid were vile", "People who think X are inferior need
 * educating", "The hatred aimed at X online is frightening"), others seen doing it ("Sick of people
 * treating X like dirt"), or its speaker judged wrong after it ("My grandad used to say X were lazy, and
 * he was completely wrong").
 */
export function condemnedTalk(s: Sentence): boolean {
  const [first, last] = s.sentenceTokens;
  const w = (k: number) => s.tokens[k]?.norm ?? '';
  const groupAt = (k: number) => s.groups.some((g) => !g.place && !g.pronoun && g.first <= k && g.last >= k);
  // The subject: a remark's noun or its holders within the first three words, before any group.
  let held = false;
  for (let k = first; k <= Math.min(last, first + 3) && !groupAt(k); k++) {
    if (TALK_HEAD.has(w(k)) && !SPEAKER.has(w(k - 1))) held = true;
    if (HOLDERS.has(w(k)) && (HOLDING.has(w(k + 1)) || (RELATIVE.has(w(k + 1)) && (HOLDING.has(w(k + 2)) || HOLDING.has(w(k + 3)))))) held = true;
    // "Sick of (the) people (in this group) treating X …", "Fed up of anyone saying …".
    if (SICK_OF.has(w(k)) && (w(k + 1) === 'of' || w(k + 2) === 'of' || w(k + 1) === 'with')) {
      for (let j = k + 2; j <= Math.min(last, k + 8); j++) if (HOLDERS.has(w(j)) && s.tokens.slice(j + 1, j + 6).some((t) => HOLDING.has(t.norm))) return true;
    }
  }
  if (held) {
    // Its verdict after the group, past a copula or "need(s)".
    const after = Math.max(first, ...s.groups.filter((g) => !g.place && !g.pronoun).map((g) => g.last));
    for (let k = after + 1; k <= last; k++) if (VERDICT.has(w(k)) && s.tokens.slice(after + 1, k).some((t) => VERDICT_VERB.has(t.norm))) return true;
    for (let k = after + 2; k <= last; k++) if (DENIED_VERDICT.has(w(k)) && (VERDICT_DENIAL.has(w(k - 1)) || (VERDICT_DENIAL.has(w(k - 2)) && ['at', 'all', 'ever', 'remotely', 'even', 'very', 'that', 'so'].includes(w(k - 1))))) return true;
  }
  // "If your first reaction to X is fear, the problem is you": the fault laid on whoever holds the remark.
  const tail = s.tokens.slice(Math.max(first, last - 3), last + 1).map((t) => t.norm).join(' ');
  if (/(?:^| )(?:the problem is you|you are the problem|you're the problem|the problem is yours|that's on you|that is on you)$/.test(tail)) return true;
  // "…, and he was completely wrong": the one who said it judged after a comma or "and".
  for (let k = first + 3; k <= last - 2; k++) {
    if (!['and', 'but'].includes(w(k)) && !/,\s*$/.test(s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start))) continue;
    const start = ['and', 'but'].includes(w(k)) ? k + 1 : k;
    if (['he', 'she', 'they', 'which', 'that', 'it'].includes(w(start)) && ['was', 'is', 'were', 'are', "'s"].includes(w(start + 1)) && (w(start + 2) === 'wrong' || ['completely', 'totally', 'so', 'dead', 'absolutely', 'just'].includes(w(start + 2)) && w(start + 3) === 'wrong')) return true;
  }
  return false;
}

/** The speaker's intent, just before a harm: "going to", "gonna", "I'll", "we will", "I am going to". */
const INTENT_BEFORE = new Set(['gonna', 'going', "i'll", "we'll", 'will', "'ll", 'imma', 'shall']);
const INTENT_GAP = new Set(['to', 'personally', 'just', 'gonna', 'going', 'will', 'then', 'soon', 'definitely', 'all', 'so']);

/**
 * "Going to torch the car of the X across the road tonight", "I'll drown the next X": a harm the speaker
 * means to do, the group in its object (within eight words, in the same clause). Not a question, a denial
 * or a story, and not said of a thing alone ("I'm going to smash this quiz").
 */
export function harmIntended(s: Sentence, hit: Hit): Identity | undefined {
  if (s.question || s.storyTold || negated(s, hit)) return undefined;
  if (!(intendedBySpeaker(s, hit) || wishedOfSomeone(s, hit) || orderedAtStart(s, hit))) return undefined;
  if (words(s).some((w) => HARMLESS_USE.has(w) || TOLD_PAST.has(w))) return undefined;
  const group = groupNamed(s, hit.match.lastToken, 8);
  // Or what the group owns or lives in (groups.ts, pushOwned): "I'll smash the gay couple's windows" (hate7).
  const owned = group ? undefined : s.places.find((p) => p.first > hit.match.lastToken && p.first - hit.match.lastToken <= 8 && !OWN.has(s.tokens[p.first - 1]?.norm ?? '') && /['’]s?$/.test(s.text.slice(s.tokens[p.first]!.start, s.tokens[p.last]!.start).trimEnd()));
  if (owned) return directObject(s, hit.match.lastToken, owned.first) ? owned : undefined;
  // Not the group's own thing beaten or smashed: "beat the disabled swimmers' record".
  if (!group || /['’]s?$/.test(s.text.slice(s.tokens[group.last]!.start, (s.tokens[group.last + 1]?.start ?? s.text.length)).trimEnd())) return undefined;
  return directObject(s, hit.match.lastToken, group.first) ? group : undefined;
}

/** "going to", "gonna", "I'll", "we will" right before the harm, with the speaker or no one before that. */
function intendedBySpeaker(s: Sentence, hit: Hit): boolean {
  let k = hit.match.firstToken - 1;
  while (k >= s.sentenceTokens[0] && INTENT_GAP.has(s.tokens[k]!.norm) && !INTENT_BEFORE.has(s.tokens[k]!.norm)) k--;
  const marker = s.tokens[k]?.norm ?? '';
  if (k < s.sentenceTokens[0] || !INTENT_BEFORE.has(marker)) return false;
  // "going" only as "going to" ("going to torch"), "will" only after the speaker ("I will", "we will").
  if (marker === 'going' && s.tokens[k + 1]?.norm !== 'to') return false;
  if ((marker === 'will' || marker === 'shall') && !SPEAKER.has(s.tokens[k - 1]?.norm ?? '') && s.tokens[k - 1]?.norm !== 'personally') return false;
  // "Going to torch …", "I'm going to …", "Me and the boys are gonna …"; not "The council is going to demolish …".
  const before = s.tokens.slice(s.sentenceTokens[0], k).map((t) => t.norm);
  return before.length === 0 || before.some((w) => INTENDING.has(w) || /^(?:i|we)'(?:ll|m|re|ve)$/.test(w));
}

/** "Somebody ought to poison …", "Someone should drag …": a harm wished on whoever will do it. */
function wishedOfSomeone(s: Sentence, hit: Hit): boolean {
  const k = hit.match.firstToken;
  const w = (j: number) => s.tokens[j]?.norm ?? '';
  const modal = w(k - 1) === 'to' && ['ought', 'needs', 'need', 'has', 'have'].includes(w(k - 2)) ? k - 2 : ['should', 'must'].includes(w(k - 1)) ? k - 1 : -1;
  return modal > s.sentenceTokens[0] && SOMEONE.has(w(modal - 1));
}
const SOMEONE = new Set(['somebody', 'someone', 'people', 'everyone', 'everybody', 'we', 'they', 'police', 'government']);

/** An order at the start of the sentence: "Drag X out into the street", "Poison every X". */
function orderedAtStart(s: Sentence, hit: Hit): boolean {
  const first = s.sentenceTokens[0];
  return hit.match.firstToken === first || (hit.match.firstToken === first + 1 && ['just', 'go', "let's", 'lets'].includes(s.tokens[first]!.norm));
}

/** Between the harm and the group only what leads to its object: "the next", "every single", "those filthy", "the house of". */
const OBJECT_LEAD_WORDS = new Set(['the', 'a', 'an', 'that', 'this', 'all', 'every', 'any', 'those', 'these', 'some', 'you', 'next', 'single', 'last', 'one', 'filthy', 'dirty', 'bloody', 'fucking', 'lot', 'whole', 'of', 'them']);
const THEIR_THINGS = new Set(['house', 'houses', 'home', 'homes', 'car', 'cars', 'shop', 'shops', 'door', 'doors', 'windows', 'window', 'flat', 'flats', 'mosque', 'church', 'van', 'place', 'kids', 'children', 'family', 'families']);
const WHERE = new Set(['where', 'wherever']);
function directObject(s: Sentence, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const w = s.tokens[k]!.norm;
    // "the house of", "the house where X live"; any place where they are (hate9): "wherever X meet up", "poison the water where X live".
    if (!OBJECT_LEAD_WORDS.has(w) && !(THEIR_THINGS.has(w) && s.tokens[k + 1]?.norm === 'of') && !WHERE.has(w) && !WHERE.has(s.tokens[k + 1]?.norm ?? '')) return false;
    if (/[,;:—–]/.test(s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start))) return false;
  }
  return true;
}

/** A question opened only to run a group down, at the start of the sentence (its opener reads as others' belief otherwise: "Which bright spark thought …"). */
export function rhetoricalOpens(s: { hits: Hit[]; sentenceTokens: [number, number] }): boolean {
  return s.hits.some((h) => h.role === 'rhetorical' && h.match.firstToken - s.sentenceTokens[0] <= 3);
}

/** What a name or a charge says of whom it sums up: roles that describe. */
const DESCRIBING = new Set(['attribute', 'dehumanising', 'word']);

/**
 * "Deceitful is the only word for X", "Untrustworthy, lazy and grasping: that sums up X", "Whinging
 * scroungers, that is all X have ever been": the description first, then a phrase that sums up (role
 * `summing`) and the group right after it.
 */
export function summedUp(s: Sentence, hit: Hit): Identity | undefined {
  if (!DESCRIBING.has(hit.role) || hit.fuzzy || negated(s, hit)) return undefined;
  if (hit.role === 'word' && hit.term.category !== 'insult') return undefined;
  const summing = s.hits.find((h) => h.role === 'summing' && h.match.firstToken > hit.match.lastToken && h.match.firstToken - hit.match.lastToken <= 8);
  if (!summing || words(s).some((w) => w === 'not' || /n't$/.test(w))) return undefined;
  return s.groups.find((g) => !g.place && !g.pronoun && g.first > summing.match.lastToken && g.first - summing.match.lastToken <= 4 && !OWN.has(s.tokens[g.first - 1]?.norm ?? ''));
}

/** Seeing, meeting or being near the group, as what sets off a reaction: "every time I see X", "whenever X are around". */
const SETS_OFF = new Set(['whenever', 'when', 'time', 'moment', 'minute', 'sight', 'thought', 'near', 'around', 'see', 'seeing', 'meet', 'meeting', 'hear', 'clock', 'spot', 'look']);

/**
 * "My stomach turns whenever X get on the bus", "Every time I see a X I just get so angry": the speaker's
 * own bodily or angry reaction (role `reaction`), set off by seeing or being near the group named in the
 * sentence. Not at a wrong done to them ("I feel sick every time I hear about attacks on X"), not denied.
 */
export function reactionTo(s: Sentence, hit: Hit): Identity | undefined {
  if (s.question || s.storyTold || negated(s, hit)) return undefined;
  const all = words(s);
  if (!all.some((w) => SPEAKER.has(w) || w === 'my' || /^i'/.test(w))) return undefined;
  if (all.some((w) => WRONG_ASKED.has(w) || TOLD_PAST.has(w))) return undefined;
  return s.groups.find((g) => {
    if (g.place || g.pronoun || OWN.has(s.tokens[g.first - 1]?.norm ?? '')) return false;
    const [a, b] = g.first > hit.match.lastToken ? [hit.match.lastToken + 1, g.first] : [Math.max(s.sentenceTokens[0], g.first - 6), g.first];
    return Math.abs(g.first - hit.match.firstToken) <= 12 && (s.tokens.slice(a, b).some((t) => SETS_OFF.has(t.norm)) || nothingLike(s, hit, g));
  });
}

/**
 * "Nothing gets my blood boiling like X", "Nothing fills me with dread like hearing that X …" (hate11): nothing sets the
 * reaction off as the group does — "nothing" opening the sentence, "like" before the group after the reaction.
 */
function nothingLike(s: Sentence, hit: Hit, g: Identity): boolean {
  if (s.tokens[s.sentenceTokens[0]]!.norm !== 'nothing' || g.first <= hit.match.lastToken) return false;
  for (let k = g.first - 1; k > hit.match.lastToken && g.first - k <= 5; k--) {
    if (s.tokens[k]!.norm === 'like') return true;
    if (!LIKE_GAP.has(s.tokens[k]!.norm)) return false;
  }
  return false;
}
const LIKE_GAP = new Set(['the', 'seeing', 'hearing', 'that', 'when', 'some', 'a', 'load', 'of', 'bunch', 'lot']);

/** After an explaining clause, what makes it say everything: "which explains a lot", "which says it all". */
const SAYS_IT_ALL = new Set(['a', 'lot', 'it', 'all', 'everything', 'enough', 'plenty', 'you', 'need', 'to', 'know', 'really', 'i', 'suppose', 'guess']);
/** What an explanation may blame on the group: the roles that say something against whatever they name. */
const BLAMED = new Set<Hit['role']>(['attribute', 'dehumanising', 'squalor', 'decline', 'insinuation', 'rise', 'fall', 'word']);

/**
 * "My neighbour is a X, which explains why the house is such a tip", "My cousin married a X, which tells you
 * how low our family has sunk", "Our new manager is a X, which says it all": the group offered as the
 * explanation (role `explaining`, right after the group) of something bad said after it, or of everything.
 */
export function explainedBy(s: Sentence, hit: Hit): Identity | undefined {
  if (s.question || negated(s, hit)) return undefined;
  const group = s.groups.find((g) => !g.place && !g.pronoun && g.last < hit.match.firstToken && hit.match.firstToken - g.last <= 3);
  if (!group) return undefined;
  const rest = s.tokens.slice(hit.match.lastToken + 1, s.sentenceTokens[1] + 1);
  if (rest.every((t) => SAYS_IT_ALL.has(t.norm))) return group;
  return s.hits.some((h) => BLAMED.has(h.role) && h.match.firstToken > hit.match.lastToken && !negated(s, h) && !(h.role === 'word' && h.term.category !== 'insult')) ? group : undefined;
}

/** Words of a lesson or of a wrong told, before which a denied good is a fact reported ("Women had no vote until 1918"). */
const REPORTED = new Set(['report', 'reports', 'found', 'survey', 'study', 'research', 'according', 'figures', 'data', 'some', 'many', 'often', 'learned', 'learnt', 'studied', 'explored', 'history', 'until', 'century', 'denied', 'refused', 'unfair', 'unfairly', 'still', 'yet', 'because', 'campaign', 'campaigned', 'fought', 'fight']);
const NONE = new Set(['no', 'zero']);
/** One of the group, counted: "a decent X", "one honest X", "a single reliable X". */
const ONE_OF = new Set(['a', 'an', 'one', 'single', 'any']);
/** Finding or meeting one (MEETING, with "find" forms and the present perfect's "come across"). */
const MET = new Set(['met', 'meet', 'known', 'know', 'seen', 'see', 'found', 'find', 'across', 'encountered', 'worked']);

/** The group right after `at`, over a determiner or a count: "in X", "to a X", "about any of these X". */
function groupAt(s: Sentence, at: number): Identity | undefined {
  let k = at;
  while (k - at < 3 && (ONE_OF.has(s.tokens[k]?.norm ?? '') || ['the', 'these', 'those', 'of'].includes(s.tokens[k]?.norm ?? ''))) k++;
  return s.groups.find((g) => !g.place && !g.pronoun && g.first === k && !OWN.has(s.tokens[k - 1]?.norm ?? ''));
}
/** A denial within `reach` words before `at`: "won't", "never", "not", "no". */
function deniedBefore(s: Sentence, at: number, reach: number): boolean {
  for (let j = at - 1; j >= Math.max(s.sentenceTokens[0], at - reach); j--) if (NONE_OF.has(s.tokens[j]!.norm) || /n't$/.test(s.tokens[j]!.norm)) return true;
  return false;
}

/** "You won't find one redeeming feature in X", "There's not a decent bone in X" (hate7): the good looked for in the group, denied. */
function goodFoundInNone(s: Sentence, hit: Hit): Identity | undefined {
  const next = s.tokens[hit.match.lastToken + 1]?.norm;
  if (next !== 'in' && next !== 'about') return undefined;
  const group = groupAt(s, hit.match.lastToken + 2);
  return group && deniedBefore(s, hit.match.firstToken, 6) ? group : undefined;
}

/** "You won't catch me being polite to a X", "I'll never be kind to a X" (hate7): the speaker refusing a courtesy to the group. */
const COURTESY = /^(?:polite|kind|nice|civil|friendly|respectful|welcoming) to$/;
const REFUSING = new Set(['never', "won't", 'wont', "wouldn't", 'wouldnt', 'will', "i'll", "i'd", 'catch']);
function courtesyRefused(s: Sentence, hit: Hit): Identity | undefined {
  if (!COURTESY.test(hit.match.term)) return undefined;
  const group = groupAt(s, hit.match.lastToken + 1);
  if (!group) return undefined;
  const before = s.tokens.slice(Math.max(s.sentenceTokens[0], hit.match.firstToken - 7), hit.match.firstToken).map((t) => t.norm);
  const speaker = before.some((w) => w === 'i' || w === 'me' || w.startsWith("i'"));
  return speaker && before.some((w) => REFUSING.has(w)) && deniedBefore(s, hit.match.firstToken, 7) ? group : undefined;
}

function goodOneNeverMet(s: Sentence, hit: Hit): Identity | undefined {
  const w = (k: number) => s.tokens[k]?.norm ?? '';
  const group = s.groups.find((g) => !g.place && !g.pronoun && g.first === hit.match.lastToken + 1);
  if (!group || hit.match.firstToken !== hit.match.lastToken) return undefined;
  let k = hit.match.firstToken - 1;
  while (k >= s.sentenceTokens[0] && ONE_OF.has(w(k))) k--;
  if (k === hit.match.firstToken - 1 || !MET.has(w(k))) return undefined;
  if (w(k) === 'across' && w(k - 1) !== 'come' && w(k - 1) !== 'came') return undefined;
  if (w(k) === 'worked' && w(k + 1) !== 'with') return undefined;
  for (let j = k - 1; j >= Math.max(s.sentenceTokens[0], k - 5); j--) if (NONE_OF.has(w(j)) || /n't$/.test(w(j))) return group;
  return undefined;
}
const NONE_OF = new Set(['never', 'no', 'not', 'none', 'nobody']);

/**
 * A good denied the whole group, by its shape: "X have no good qualities whatsoever" (the group the subject of
 * "have no" before the good), "I have never met a X worth talking to", "Not one X worth the name" (a denial
 * before the group, the good right after it). Not a wrong told or a lesson ("Women had no vote until 1918").
 */
export function goodDenied(s: Sentence, hit: Hit): Identity | undefined {
  if (s.question || s.storyTold || s.counter) return undefined;
  if (words(s).some((w) => REPORTED.has(w) || TOLD_PAST.has(w) || WRONG_ASKED.has(w))) return undefined;
  const w = (k: number) => s.tokens[k]?.norm ?? '';
  // "X have no good qualities": the group, "have"/"has", "no" or "zero", at most two words, the good.
  for (let k = hit.match.firstToken - 1; k >= Math.max(s.sentenceTokens[0], hit.match.firstToken - 3); k--) {
    if (!NONE.has(w(k))) continue;
    if (w(k - 1) !== 'have' && w(k - 1) !== 'has') break;
    return s.groups.find((g) => !g.place && !g.pronoun && g.last === k - 2 && !OWN.has(w(g.first - 1)));
  }
  // "I've never met a decent X", "not met one honest X in my life", "you won't find a reliable X" (hate7): the good
  // right before the group, a verb of meeting before them, denied.
  const metNone = goodOneNeverMet(s, hit) ?? goodFoundInNone(s, hit) ?? courtesyRefused(s, hit);
  if (metNone) return metNone;
  // "never met a X worth talking to", "not a single X worth trusting": the good right after the group, a denial before it.
  if (hit.match.term !== 'worth') return undefined;
  const group = s.groups.find((g) => !g.place && !g.pronoun && g.last === hit.match.firstToken - 1 && !OWN.has(w(g.first - 1)));
  if (!group) return undefined;
  for (let k = group.first - 1; k >= Math.max(s.sentenceTokens[0], group.first - 5); k--) if (NONE_OF.has(w(k)) || /n't$/.test(w(k))) return group;
  return undefined;
}
