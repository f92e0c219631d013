// Whom a remark is aimed at: a person addressed or pointed at, an insult aimed at someone, a threat
// aimed, a wish (modal before it, coordinated), a place or setting of the speaker's, a good feeling caused.
import type { HostileToken as Token } from '../deobfuscate.js';
import type { Hit } from './types.js';
import {
  ARTICLE_AFTER, COPULA, EXCESS_PLACE, FILLER, MODAL, OWNING, PASSIVE_BE, PERSON_TARGET, POINTING, SCOPE_BREAK, SPEAKERS_OWN, SUBJECT_DETERMINER,
  WISHING_MODAL,
} from './vocabulary.js';

const THREAT_OBJECT = new Set(['you', 'him', 'her', 'them', 'yourself', 'u', 'ya', 'everyone', 'everybody']);
const PERSON_DOING = new Set(['living', 'working', 'sitting', 'standing', 'teaching', 'moving', 'walking', 'staying', 'hanging', 'loitering', 'running', 'coaching', 'serving']);
const KEPT_OUT = new Set(['allowed', 'in', 'on', 'at', 'near', 'here', 'welcome']);
const PLACED = new Set(['in', 'at', 'on', 'from', 'next', 'down', 'across', 'over', 'near', 'round', 'around', 'by']);
/** Describing words that are not also a past verb ("a selfish cow", "a thieving little …"; not "he acted the idiot"). */
const DESCRIBING_ENDING = /(?:ful|ous|ish|ic|less|al|ive|able|ible|ant|ent|ing)$/;

/** Words that call to someone: "Oi, …", "Hey …". */
const SOME_ONE_DOING = new Set(['just', 'keeps', 'kept', 'always', 'tried', 'started', 'thinks', 'thought', 'said', 'told', 'called', 'asked']);
const VOCATIVE = new Set(['oi', 'oy', 'hey', 'listen', 'shut']);

/**
 * A slur spoken to someone or pointing someone out: "Oi, bitch", "Nobody asked, retard.",
 * "Bitch, get out", "look at that faggot" — not a dog, a meatball or a proud self-description
 * (homonyms and self-reference are judged before this).
 */
export function addressedOrPointedAt(hit: Hit, hits: Hit[], tokens: Token[], [first, last]: [number, number], text: string): boolean {
  const i = hit.match.firstToken;
  const j = hit.match.lastToken;
  const before = tokens[i - 1];
  const after = tokens[j + 1];
  if (before && i - 1 >= first && VOCATIVE.has(before.norm)) return true;
  const gapBefore = before && i > first ? text.slice(before.end, tokens[i]!.start) : '';
  const gapAfter = after && j < last ? text.slice(tokens[j]!.end, after.start) : text.slice(tokens[j]!.end, tokens[j]!.end + 2);
  // Set off by a comma at either end of its sentence: "Bitch, …", "…, retard."
  if (i === first && /^\s*[,!]/.test(gapAfter)) return true;
  if (j === last && /,\s*$/.test(gapBefore)) return true;
  // "that …" with no person or group noun after it ("that queer feeling" is a homonym, judged before);
  // not "this …'s" ("this nigga's flow": reclaimed praise).
  // Over insulting words between: "that filthy …", "that dirty little …".
  let lead = i - 1;
  while (lead > first && lead >= i - 3 && (INSULTING_MODIFIER.has(tokens[lead]!.norm) || hits.some((h) => h.role === 'attribute' && h.match.firstToken === lead && h.match.lastToken === lead))) lead--;
  if (lead >= first && tokens[lead]!.norm === 'that' && !tokens[j]!.norm.endsWith("'s")) {
    return !hits.some((h) => h.match.firstToken === j + 1 && j < last && (h.role === 'person-noun' || h.role === 'identity-noun'));
  }
  // A person who does something: "the slag who runs the chippy", "Which bitch parked …",
  // "the school lets faggots work there" (a dog or a meatball has its homonyms nearby).
  if (after && j < last && PERSON_RELATIVE.has(after.norm)) return true;
  // "There's a faggot living next door": someone doing something.
  if (after && j < last && PERSON_DOING.has(after.norm)) return true;
  // "No dykes in the changing rooms", "No X allowed": a sign keeping people out.
  if (before && i - 1 >= first && before.norm === 'no' && after && j < last && KEPT_OUT.has(after.norm)) return true;
  // "The bitches in the office never shut up": particular people, named by the word.
  if (before && i - 1 >= first && POINTING.has(before.norm) && after && j < last && PLACED.has(after.norm)) return true;
  if (before && i - 1 === first && (before.norm === 'which' || before.norm === 'what') && after && j < last && /ed$/.test(after.norm)) return true;
  // "Some bitch just pushed in …", "Some faggot keeps parking …": one person, doing something (in the singular).
  if (before && i - 1 === first && before.norm === 'some' && !/s$/.test(tokens[j]!.norm) && after && j < last && SOME_ONE_DOING.has(after.norm)) return true;
  if (before && i - 1 >= first && LETTING.has(before.norm) && after && j < last && !ARTICLE_AFTER.has(after.norm)) return true;
  // And one let in, over its article (hate11): "The school has let a X run the after-school club", "they hired a X to coach".
  if (before && i - 2 >= first && (before.norm === 'a' || before.norm === 'an') && LETTING.has(tokens[i - 2]!.norm) && after && j < last && !ARTICLE_AFTER.has(after.norm)) return true;
  // hate25: "A paki took my seat", "This bitch just barged into me": one person opening the sentence, then a deed done
  // to the speaker (not "A bitch took best in show").
  if (before && i - 1 === first && ONE_PERSON.has(before.norm) && !/s$/.test(tokens[j]!.norm) && after && j < last && (SOME_ONE_DOING.has(after.norm) || PERSON_DEED.has(after.norm)) && tokens.slice(j + 2, Math.min(last, j + 5) + 1).some((t) => TO_THE_SPEAKER.has(t.norm))) return true;
  // "served by a faggot", "I work with a dyke", "Never trust a coon": a person dealt with, after an article.
  if (before && i - 1 > first && (before.norm === 'a' || before.norm === 'an') && (DEALING_WITH.has(tokens[i - 2]!.norm) || (i - 3 >= first && (tokens[i - 2]!.norm === 'by' || tokens[i - 2]!.norm === 'with') && DEALT_BY.has(tokens[i - 3]!.norm)))) return true;
  // "The faggots are moving in": particular people, arriving.
  if (before && i - 1 >= first && POINTING.has(before.norm) && /s$/.test(tokens[j]!.norm) && after && j + 1 < last && (after.norm === 'are' || after.norm === 'were' || after.norm === 'have') && ARRIVING.has(tokens[j + 2]!.norm)) return true;
  return false;
}
const ONE_PERSON = new Set(['a', 'an', 'this', 'one']);
const TO_THE_SPEAKER = new Set(['me', 'my', 'us', 'our', 'mine']);
const PERSON_DEED = new Set(['took', 'pushed', 'shoved', 'stole', 'nicked', 'sat', 'jumped', 'barged', 'cut', 'parked', 'stared', 'spat', 'shouted', 'swore', 'laughed', 'grabbed', 'blocked', 'refused', 'tried', 'wanted', 'got', 'gave', 'charged', 'overcharged', 'short-changed', 'served', 'ignored']);
const DEALING_WITH = new Set(['trust', 'trusted', 'married', 'marry', 'marrying', 'date', 'dated', 'dating', 'met', 'meet', 'befriend', 'elect', 'elected', 'hug', 'kiss', 'kissed']);
const DEALT_BY = new Set(['served', 'taught', 'treated', 'employed', 'seen', 'robbed', 'attacked', 'overtaken', 'work', 'works', 'worked', 'working', 'live', 'lives', 'lived', 'living', 'stuck']);
const ARRIVING = new Set(['moving', 'moved', 'coming', 'taking', 'everywhere', 'arriving', 'here']);
/**
 * A feeling the group causes that is good: "X fill me with hope", "X make me want to be a better
 * person" — where "X fill me with dread" and "X make me want to scream" are hostile. Only for the
 * open frames whose content follows them (OPEN_FEELING).
 */
export function goodFeelingCaused(hit: Hit, tokens: Token[]): boolean {
  if (!OPEN_FEELING.test(hit.match.term)) return false;
  let k = hit.match.lastToken + 1;
  while (k - hit.match.lastToken <= 3 && FEELING_DEGREE.has(tokens[k]?.norm ?? '')) k++;
  const word = tokens[k]?.norm ?? '';
  if (hit.match.term.endsWith('with')) return GOOD_FEELING.has(word);
  // "… make me want to be a better person", not "… make me want to be sick".
  if (word === 'be') return BETTER_SELF.has(tokens[k + 1]?.norm ?? '');
  return GOOD_WISH.has(word);
}
const OPEN_FEELING = /^(?:fill|fills|filled) me with$|^(?:make|makes|made) me (?:want to|wanna)$/;
const FEELING_DEGREE = new Set(['such', 'so', 'much', 'real', 'great', 'huge', 'a', 'an', 'the', 'sense', 'of', 'genuine', 'warm', 'immense', 'enormous', 'true', 'just', 'really', 'go', 'and']);
const GOOD_FEELING = new Set(['hope', 'joy', 'pride', 'admiration', 'confidence', 'optimism', 'love', 'warmth', 'happiness', 'gratitude', 'respect', 'awe', 'inspiration', 'delight', 'wonder', 'excitement', 'comfort', 'peace', 'courage', 'determination', 'faith', 'gladness', 'cheer', 'positivity', 'energy']);
const GOOD_WISH = new Set(['learn', 'help', 'join', 'dance', 'sing', 'smile', 'celebrate', 'try', 'hug', 'thank', 'cheer', 'visit', 'read', 'know', 'find', 'work', 'give', 'volunteer', 'listen', 'meet', 'study', 'teach', 'support', 'speak', 'improve', 'laugh', 'welcome', 'share', 'achieve', 'succeed']);
const BETTER_SELF = new Set(['a', 'an', 'better', 'more', 'kinder', 'braver', 'part', 'like', 'involved', 'friends']);
const PERSON_RELATIVE = new Set(['who', 'whose', 'whom', "who's"]);
/** Words that make a word after them an insult: "that filthy …", "that stupid little …". */
const INSULTING_MODIFIER = new Set(['little', 'fat', 'ugly', 'stupid', 'dirty', 'filthy', 'silly', 'dumb', 'fucking', 'bloody', 'lazy', 'disgusting', 'nasty', 'thick', 'smelly', 'stinking', 'skanky', 'ignorant', 'useless']);
/** Verbs that let or take on a person: "let faggots work there", "hired a tranny". */
const LETTING = new Set(['let', 'lets', 'letting', 'allow', 'allows', 'allowing', 'hire', 'hires', 'hired', 'hiring', 'employ', 'employs', 'employed', 'employing']);

export function hasModalBefore(tokens: Token[], index: number, window: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - window); k--) if (MODAL.has(tokens[k]!.norm)) return true;
  return false;
}

/** A wishing modal ("should", "deserve", "need", "ought") within `window` words before `index`. */
export function hasWishBefore(tokens: Token[], index: number, window: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - window); k--) if (WISHING_MODAL.has(tokens[k]!.norm) || tokens[k]!.norm === 'must') return true;
  return false;
}

/**
 * The second of two coordinated passives, the first wished: "should be dragged into the street and
 * beaten", "deserve to be locked in a shed and set on fire" — the "and" (or "then") before `at`, a
 * "be" before it with a wishing modal just before that, all in one sentence from `first`.
 */
export function coordinatedWish(tokens: Token[], at: number, first: number): boolean {
  for (let k = at - 1; k >= Math.max(first + 1, at - 3); k--) {
    const word = tokens[k]!.norm;
    if (word !== 'and' && word !== 'then') continue;
    for (let j = k - 1; j >= Math.max(first, k - 8); j--) {
      const w = tokens[j]!.norm;
      if (SCOPE_BREAK.has(w) && w !== 'that') return false;
      if (PASSIVE_BE.has(w) || w === 'been') return hasWishBefore(tokens, j, 4);
    }
    return false;
  }
  return false;
}

/** A promise's modal with its doer: "I will", "we're going to", "I'll", "we'd". */
const PROMISING = new Set(['will', 'would', 'shall', 'gonna', "i'll", "we'll", "i'd", "we'd"]);
const PROMISER = new Set(['i', 'we']);

/**
 * The second of two coordinated verbs, the first promised by the speaker: "I will drag every X out of
 * their homes and beat them", "We're gonna find them and kill them" — the "and" (or "then") before
 * `at`, and before it, in the same sentence from `first` and without another subject, "I will", "I'll",
 * "we're gonna", "I'm going to".
 */
export function coordinatedPromise(tokens: Token[], at: number, first: number): boolean {
  for (let k = at - 1; k >= Math.max(first + 1, at - 3); k--) {
    const word = tokens[k]!.norm;
    if (word !== 'and' && word !== 'then') continue;
    for (let j = k - 1; j >= Math.max(first, k - 10); j--) {
      const w = tokens[j]!.norm;
      if (w === "i'll" || w === "we'll") return true;
      if (PROMISING.has(w) || (w === 'going' && tokens[j + 1]?.norm === 'to')) {
        const subject = tokens[j - 1]?.norm ?? '';
        return PROMISER.has(subject) || ((subject === "i'm" || subject === "we're" || subject === 'am' || subject === 'are') && (w === 'going' || w === 'gonna'));
      }
      if (SCOPE_BREAK.has(w) && w !== 'that') return false;
    }
    return false;
  }
  return false;
}

/** "on our street", "in this town": a place of the speaker's after a preposition, not a game's ("at rounders", "in the final"). */
/** Where people are, not a game: "at school", "at the park", "in the mosque". */
export function settingAt(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.norm ?? '';
  return SETTING.has(word) || (word === 'the' && SETTING_AFTER_THE.has(tokens[k + 1]?.norm ?? '') && !GAME_AFTER.has(tokens[k + 2]?.norm ?? ''));
}
const SETTING = new Set(['school', 'work', 'home', 'college', 'church', 'mosque', 'uni', 'university', 'night']);
const SETTING_AFTER_THE = new Set(['park', 'gate', 'gates', 'station', 'shops', 'bus', 'pub', 'estate', 'mosque', 'church', 'synagogue', 'temple', 'disco', 'school']);
/** "at the school sports day", "in the park run": a game or race after the place. */
const GAME_AFTER = new Set(['sports', 'run', 'race', 'match', 'final', 'tournament', 'quiz', 'fun']);
export function ownPlaceAt(tokens: Token[], k: number): boolean {
  return (OWNING.has(tokens[k]?.norm ?? '') && (SPEAKERS_OWN.has(tokens[k + 1]?.norm ?? '') || EXCESS_PLACE.has(tokens[k + 1]?.norm ?? '')));
}

export function hasTarget(hits: Hit[]): boolean {
  return hits.some((h) => h.role === 'target');
}

export function homonymNear(hit: Hit, tokens: Token[], [first, last]: [number, number]): boolean {
  const homonyms = hit.term.homonyms;
  if (!homonyms || homonyms.length === 0) return false;
  for (let k = Math.max(0, first - 3); k <= Math.min(tokens.length - 1, last + 8); k++) if (homonyms.includes(tokens[k]!.norm)) return true;
  return false;
}

/** "you idiot", "you are a total scumbag", "he is such a prick", "that ref was an idiot". */
export function aimedAtPerson(hit: Hit, hits: Hit[], tokens: Token[], [first]: [number, number]): boolean {
  const index = hit.match.firstToken;
  const next = tokens[hit.match.lastToken + 1]?.norm;
  if (next === 'you' || next === 'u' || next === 'yourself' || next === 'yourselves' || (next === 'like' && tokens[hit.match.lastToken + 2]?.norm === 'you')) return true;
  for (let k = index - 1; k >= Math.max(0, first - 1, index - 7); k--) {
    const word = tokens[k]!.norm;
    if (PERSON_TARGET.has(word)) return true;
    // "My neighbour's a proper paki", "the ref's an idiot": the "'s" is "is", the word its subject.
    const contracted = word.endsWith("'s") && k < index - 0 && ['a', 'an', 'such', 'proper', 'total', 'real', 'complete', 'absolute', 'right'].includes(tokens[k + 1]?.norm ?? '');
    if (COPULA.has(word) || contracted) {
      const subjectAt = contracted ? k : k - 1;
      const subject = tokens[subjectAt];
      if (!subject) return false;
      if (PERSON_TARGET.has(subject.norm)) return true;
      // "Mr Smith is a prick" (a name), "That ref was an idiot" (that/the + a noun).
      if (/^\p{Lu}/u.test(subject.raw) && subject.norm !== 'i' && subjectAt > first) return true;
      // A person named by what they are to someone: "My son's teacher is a …", "his dad is a …".
      // One describing word may come between: "the new teacher is a …".
      const determiner = SUBJECT_DETERMINER.has(tokens[subjectAt - 1]?.norm ?? '') || subjectAt - 2 < first ? (tokens[subjectAt - 1]?.norm ?? '') : (tokens[subjectAt - 2]?.norm ?? '');
      if ((SUBJECT_DETERMINER.has(determiner) || determiner.endsWith("'s")) && !hits.some((h) => h.role === 'self' && h.match.lastToken >= subjectAt - 1 && tokens[h.match.lastToken]!.norm !== 'my')) return true;
      // A person named by a longer phrase: "the new maths teacher is a …", "that kid in 4B is a …".
      return personPhraseBefore(tokens, subjectAt, first);
    }
    // Describing words between: "a selfish cow", "a thieving little scumbag".
    const describing = (word.length > 4 && DESCRIBING_ENDING.test(word)) || hits.some((h) => h.role === 'attribute' && h.match.firstToken <= k && h.match.lastToken >= k);
    if (!FILLER.has(word) && !describing && !['a', 'an', 'such', 'total', 'real', 'proper', 'right', 'complete', 'absolute', 'massive', 'little', 'big', 'fat', 'ugly', 'stupid', 'useless', 'lazy', 'worst', 'of'].includes(word)) return false;
  }
  return false;
}

/** Words for one person the way a post or a comment names them, as a subject: "the new maths teacher". */
const PERSON_NOUN = new Set(['teacher', 'kid', 'child', 'boy', 'girl', 'lad', 'man', 'woman', 'bloke', 'guy', 'mum', 'dad', 'mother', 'father', 'parent', 'head', 'headteacher', 'ref', 'referee', 'coach', 'neighbour', 'caretaker', 'pupil', 'student', 'driver', 'manager', 'receptionist', 'principal', 'governor', 'assistant', 'ta', 'nurse', 'cook', 'chef']);

/**
 * A subject ending at `subjectAt` that names one person within a few words: a PERSON_NOUN after a
 * determiner, with up to two words between them ("the new maths teacher") and up to three after it
 * ("that kid in 4B").
 */
function personPhraseBefore(tokens: Token[], subjectAt: number, first: number): boolean {
  for (let noun = subjectAt; noun >= Math.max(first, subjectAt - 3); noun--) {
    if (!PERSON_NOUN.has(tokens[noun]!.norm)) continue;
    for (let d = noun - 1; d >= Math.max(first, noun - 3); d--) if (SUBJECT_DETERMINER.has(tokens[d]!.norm)) return true;
  }
  return false;
}

/** "I will hurt you", "someone should snap his neck", "you deserve to die". */
const CLAUSE_JOIN = new Set(['and', 'but', 'so', 'then', 'while', 'where', 'when']);
const SUBJECT_AUX = new Set(['must', 'can', 'could', 'will', 'would', 'should', 'have', 'need', 'get', 'are', 'were', 'had', 'may', 'might', "'ll", 'then']);
const SELF_GUARDED = new Set(['defend', 'protect', 'guard', 'save']);
const WAY_OWNER = new Set(['her', 'his', 'their', 'your', 'my', 'our']);
/** Toys and play things a game is played with. */
const TOY = new Set(['water pistol', 'water pistols', 'water gun', 'water guns', 'super soaker', 'super soakers', 'water balloon', 'water balloons', 'nerf gun', 'nerf guns', 'nerf darts', 'foam darts', 'snowball', 'snowballs', 'wet sponge', 'wet sponges', 'sponges', 'custard pies', 'pillows', 'silly string', 'confetti', 'bubbles']);
/** "with (a|the|…) TOY" after the violence, in its sentence. */
function toyUsed(tokens: Token[], after: number, last: number): boolean {
  for (let k = after + 1; k <= Math.min(last, after + 6); k++) {
    if (tokens[k]!.norm !== 'with') continue;
    let j = k + 1;
    if (['a', 'an', 'the', 'their', 'our', 'your', 'his', 'her', 'my'].includes(tokens[j]?.norm ?? '')) j++;
    const one = tokens[j]?.norm ?? '';
    return TOY.has(one) || TOY.has(`${one} ${tokens[j + 1]?.norm ?? ''}`);
  }
  return false;
}

export function threatAimed(hit: Hit, tokens: Token[], [first, last]: [number, number]): boolean {
  // The phrase names whose body it means: "smash his face", "break her legs", "snap your neck".
  if (/ (?:his|her|your|their) /.test(` ${hit.match.term} `)) return true;
  // "… shoot them with water pistols", "soak you with water balloons": a toy, in play.
  if (toyUsed(tokens, hit.match.lastToken, last)) return false;
  // From inside the phrase too: "coming for you", "make you suffer".
  for (let k = hit.match.firstToken + 1; k <= Math.min(last + 3, hit.match.lastToken + 4, tokens.length - 1); k++) {
    // "learn to punch, kick and defend yourself": the object of another verb, not the violence's victim.
    if (SELF_GUARDED.has(tokens[k - 1]?.norm ?? '') && /^your(?:self|selves)$/.test(tokens[k]!.norm)) continue;
    // "Sara strangling her way to gold", "fought their way into the final": a path taken, not a victim.
    if (tokens[k + 1]?.norm === 'way' && WAY_OWNER.has(tokens[k]!.norm)) return false;
    // "zombies attack the school and you must shoot them": "you" opening the next clause is its subject —
    // unless the violence before it is itself wished ("I'll attack the car and you will be next").
    if (CLAUSE_JOIN.has(tokens[k - 1]?.norm ?? '') && k - 1 > hit.match.lastToken && SUBJECT_AUX.has(tokens[k + 1]?.norm ?? '') && !hasModalBefore(tokens, hit.match.firstToken, Math.min(4, hit.match.firstToken - first))) break;
    // "… my father died in October. Thank you for your kind messages": the "you" thanked is no one's victim.
    if (tokens[k - 1]?.norm === 'thank') continue;
    // "We'll shoot you an e-mail": a person and then a thing is an idiom, not a threat.
    if (THREAT_OBJECT.has(tokens[k]!.norm)) return !['a', 'an'].includes(tokens[k + 1]?.norm ?? '');
  }
  for (let k = hit.match.firstToken - 1; k >= Math.max(first, hit.match.firstToken - 4, 0); k--) {
    const word = tokens[k]!.norm;
    const modal = MODAL.has(tokens[hit.match.firstToken]!.norm) || hasModalBefore(tokens, hit.match.firstToken, hit.match.firstToken - k);
    if ((word === 'you' || word === 'u') && modal) return true;
  }
  // A death or harm wished on the one addressed: "I hope you die", "hope u get hurt", "I wish you were dead".
  const before = (d: number) => (hit.match.firstToken - d >= first ? tokens[hit.match.firstToken - d]!.norm : '');
  for (const d of [1, 2]) {
    if ((before(d) === 'you' || before(d) === 'u') && WISHING.has(before(d + 1)) && (d === 1 || WISHED_LINK.has(before(1)))) return true;
  }
  return false;
}
const WISHING = new Set(['hope', 'hopes', 'hoping', 'wish', 'wishing', 'pray', 'praying']);
/** Between "you" and the harm wished: "hope you get hurt", "wish you were dead". */
const WISHED_LINK = new Set(['get', 'gets', 'were', 'was', 'would', 'all', 'just', 'both']);
