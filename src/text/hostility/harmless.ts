// Readings that leave a violent or hostile word harmless: harm told rather than threatened, a compound
// ("shoot-out"), a thing's effect or a thing done to ("kill the lights"), a game or activity, a group kept
// from the speaker's own place, a group wronged, animals of a place.
import type { HostileToken as Token } from '../deobfuscate.js';
import { MODAL, OBJECT_LEAD, PERSONISH, RELATIVE, SPEAKERS_OWN, VICTIM_MARK, WANTING_IT, WRONG_DONE } from './vocabulary.js';

/**
 * Harm told, not wished: "the death of Boudicca", "Chinese families honour the dead", "disabled
 * people suffer from chronic pain", "thousands of women die from breast cancer", "migrants drown in
 * the Mediterranean", "refugees risk death", "disabled people face attacks online". A threat makes
 * or wants it: "make them suffer", "they will die", "death to …", "you're dead", "I want them dead".
 */
export function harmTold(m: { term: string; firstToken: number; lastToken: number }, tokens: Token[], text: string): boolean {
  const previous = tokens[m.firstToken - 1];
  const next = tokens[m.lastToken + 1]?.norm ?? '';
  if (m.term === 'dead') return previous?.norm === 'the' || previous?.norm === 'our';
  if (topicNamed(tokens, m.firstToken, text)) return true;
  if ((m.term === 'death' || m.term === 'deaths') && next === 'of') return true;
  // "We learnt about the murder of six million Jewish people": a harm named, not wished — unless
  // the clause wants it ("time for the extermination of …", "I support the deportation of …").
  // "their attempt to murder all Jews in Europe": an attempt told of, as history tells it.
  if (tokens[m.firstToken - 1]?.norm === 'to' && /^attempts?$/.test(tokens[m.firstToken - 2]?.norm ?? '') && ATTEMPT_OWNER.has(tokens[m.firstToken - 3]?.norm ?? '')) return true;
  // "the Srebrenica genocide, when … were murdered", "the Armenian genocide, in which …": the event named, then told.
  if (HARM_NOUN.has(m.term) && (next === 'of' || eventToldAfter(tokens, m.lastToken))) {
    // "was responsible for the execution of around 100 women" (fp34): blame told, not a wish as "time for" is.
    for (let k = m.firstToken - 1; k >= Math.max(0, m.firstToken - 4); k--) if (WANTING_IT.has(tokens[k]!.norm) && !(tokens[k]!.norm === 'for' && ANSWERABLE.has(tokens[k - 1]?.norm ?? ''))) return false;
    return true;
  }
  if (!TOLD_HARM.has(m.term)) return false;
  // First in its sentence, the harm is an order: "Die, all of you …", "Drown them".
  if (!previous || /[.!?\n]/.test(text.slice(previous.end, tokens[m.firstToken]!.start))) return false;
  if (next === 'from' || next === 'of') return true; // "die from breast cancer", "suffer from chronic pain"
  if ((m.term === 'death' || m.term === 'deaths') && next === 'to') {
    // "Death to all …", "death to the …", "death to immigrants" call for it; "risk death to find a home" does not.
    const object = tokens[m.lastToken + 2]?.norm ?? '';
    if (CALLED_ON.has(object) || (object.endsWith('s') && !object.endsWith('ss'))) return false;
  }
  // Back through the clause ("make every X in this town suffer"), not into a relative clause's head
  // ("we will collect coats for refugee children who suffer …").
  for (let k = m.firstToken - 1; k >= Math.max(0, m.firstToken - 8); k--) {
    const word = tokens[k]!.norm;
    if (RELATIVE.has(word)) return true;
    if (MODAL.has(word) || CAUSING.has(word)) return false;
  }
  return true;
}
/**
 * "… when", "… in which", "… during which" and a clause in the past: what happened in the event just
 * named, as history tells it. Not wished before ("There should be a massacre in which …") nor told in
 * the present or future ("… in which all X die").
 */
function eventToldAfter(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1]?.norm ?? '';
  const opens = next === 'when' ? last + 2 : (next === 'in' || next === 'during') && tokens[last + 2]?.norm === 'which' ? last + 3 : -1;
  if (opens < 0) return false;
  for (let k = last - 1; k >= Math.max(0, last - 8); k--) if (MODAL.has(tokens[k]!.norm) || WANTING_IT.has(tokens[k]!.norm)) return false;
  for (let k = opens; k < Math.min(tokens.length, opens + 12); k++) {
    const word = tokens[k]!.norm;
    if (MODAL.has(word)) return false;
    if (word === 'were' || word === 'was' || word === 'had' || word === 'died') return true;
    // "… when British troops opened fire on …", "… when ISIS murdered …": a verb in the past, not a present passive ("are wiped out").
    if (k > opens && word.length > 4 && word.endsWith('ed') && !word.endsWith('eed') && !PRESENT_AUX.has(tokens[k - 1]!.norm)) return true;
  }
  return false;
}
const PRESENT_AUX = new Set(['are', 'is', 'be', 'being', 'get', 'gets', 'getting', 'been', "'re", "'s", 'am']);
const ATTEMPT_OWNER = new Set(['their', 'his', 'her', 'its', 'the', 'an', "nazis'", "nazi's", "hitler's", "regime's"]);
const HARM_NOUN = new Set(['murder', 'murders', 'killing', 'killings', 'extermination', 'persecution', 'massacre', 'massacres', 'slaughter', 'genocide', 'deportation', 'deportations', 'execution', 'executions', 'torture', 'lynching', 'lynchings', 'eradication', 'elimination', 'annihilation', 'gassing']);

/**
 * A wish of luck or a study tip in violent words: "knock them dead" (a show), "kill them with kindness", "make a
 * list of the topics you find hardest and attack them first" — "them" the topics, not people.
 */
export function kindlyMeant(m: { term: string; firstToken: number; lastToken: number }, tokens: Token[]): boolean {
  const norm = (k: number) => tokens[k]?.norm ?? '';
  // An audience knocked dead ("them", "'em"), not "I'll knock him dead" or "I will knock you dead".
  if (m.term === 'dead' && KNOCK.has(norm(m.firstToken - 2)) && AUDIENCE.has(norm(m.firstToken - 1))) return true;
  if (/^kill/.test(m.term)) {
    let k = m.lastToken + 1;
    if (LUCK_OBJECT.has(norm(k)) && !/ /.test(m.term)) k++;
    if (norm(k) === 'with' && norm(k + 1) === 'kindness') return true;
  }
  // "attack them first": the pronoun's last plural noun before it a thing studied, no person between.
  const object = / them$/.test(m.term) ? m.lastToken : norm(m.lastToken + 1) === 'them' || norm(m.lastToken + 1) === 'it' ? m.lastToken + 1 : -1;
  if (object < 0) return false;
  for (let k = m.firstToken - 1; k >= Math.max(0, m.firstToken - 12); k--) {
    const word = norm(k);
    if (STUDIED.has(word)) return true;
    if (PERSONISH_BEFORE.has(word)) return false;
  }
  return false;
}
const KNOCK = new Set(['knock', 'knocked', 'knocking', 'knocks']);
const AUDIENCE = new Set(['them', "'em", 'em', 'everyone']);
const LUCK_OBJECT = new Set(['them', "'em", 'em', 'him', 'her', 'you', 'everyone']);
const STUDIED = new Set(['topics', 'topic', 'questions', 'question', 'problems', 'problem', 'tasks', 'weaknesses', 'gaps', 'subjects', 'papers', 'past papers', 'flashcards', 'equations', 'sums', 'spellings', 'mistakes']);
const PERSONISH_BEFORE = new Set(['people', 'pupils', 'students', 'kids', 'children', 'boys', 'girls', 'men', 'women', 'him', 'her', 'teachers', 'staff', 'he', 'she', 'they']);

/**
 * Part of a hyphenated compound noun or adjective: "a penalty shoot-out", "a knock-out round", "die-hard fans";
 * or harm to oneself: "if a young person is self-harming", "self harm" (fp32: a wellbeing newsletter's advice).
 */
export function inCompound(m: { firstToken: number; lastToken: number }, tokens: Token[], text: string): boolean {
  const start = tokens[m.firstToken]!.start;
  return /^-(?:outs?|hard|proof)\b/i.test(text.slice(tokens[m.lastToken]!.end, tokens[m.lastToken]!.end + 7)) || /\bself[-‐–]?\s?$/i.test(text.slice(Math.max(0, start - 6), start));
}

/** A thing's effect, not a person's threat: "It will knock you out!", "This'll kill you" (of a show, a curry), "It must hurt them". */
export function thingSubject(m: { firstToken: number; lastToken: number }, tokens: Token[]): boolean {
  const before = tokens[m.firstToken - 1]?.norm ?? '';
  const subject = tokens[m.firstToken - 2]?.norm ?? '';
  if (/^(?:it|this|that)['’]ll$/.test(before)) return true;
  // "learned why that hurts", "it hurts so much" (derogfp34): pain felt, the verb with no one after it to hurt.
  if (PAINFUL.has(tokens[m.firstToken]?.norm ?? '') && (before === 'that' || before === 'it' || before === 'this') && m.firstToken === m.lastToken) {
    const next = tokens[m.firstToken + 1]?.norm;
    if (next === undefined || PAIN_AFTER.has(next)) return true;
  }
  // "Flu can put you in hospital", "A fall put them in hospital" (hate9): an illness or accident does it.
  if (AILMENT.has(before) || ((FUTURE.has(before) || before === 'can') && AILMENT.has(subject))) return true;
  return FUTURE.has(before) && (subject === 'it' || subject === 'this' || subject === 'which');
}
/** Verbs of pain that take no object when a thing is what hurts. */
const PAINFUL = new Set(['hurts', 'hurt', 'stings', 'harms']);
/** What may follow pain felt with no one hurt: a degree, a reason or a time. */
const PAIN_AFTER = new Set(['so', 'a', 'more', 'most', 'too', 'when', 'because', 'even', 'deeply', 'like', 'as', 'to', 'and', 'but', 'for', 'badly', 'everyone', 'people', 'us', 'all', 'still']);
const FUTURE = new Set(['will', 'would', 'could', 'might', 'may', 'must', "'ll"]);
const AILMENT = new Set(['flu', 'covid', 'illness', 'illnesses', 'infection', 'infections', 'virus', 'measles', 'injury', 'injuries', 'fall', 'accident', 'crash', 'sepsis', 'asthma', 'allergy', 'allergies', 'pneumonia', 'meningitis', 'chickenpox', 'bug']);

/**
 * A violent verb whose object is a thing, not a person: "will be shooting a short film", "hang their
 * artwork", "burning the candles for Hanukkah", "executing a tricky harmony", "hurt his knee".
 */
export function doneToAThing(m: { term: string; firstToken: number; lastToken: number }, tokens: Token[]): boolean {
  // A phrase ("kill them", "beat the next") says whom — but a verb and its particle do not: "put down roots".
  if (m.firstToken !== m.lastToken && !/^[a-z]+ (?:down|up|out|off)$/.test(m.term)) return false;
  const next = tokens[m.lastToken + 1]?.norm ?? '';
  if (THING_PARTICLE[m.term]?.has(next)) return true;
  // "The choir will choke you up", "choked up at the leavers' assembly": moved to tears, not strangled.
  if (/^chok/.test(m.term) && (next === 'up' || tokens[m.lastToken + 2]?.norm === 'up' || next === 'on')) return true;
  // "a shot at goal", "a shot of the vaccine": the noun, not the verb.
  if (m.term === 'shot' && tokens[m.firstToken - 1]?.norm === 'a') return true;
  let k = m.lastToken + 1;
  for (let skipped = 0; skipped < 3 && (OBJECT_LEAD.has(tokens[k]?.norm ?? '') || /^\d+$/.test(tokens[k]?.norm ?? '')); skipped++) k++;
  // "beat the Muslim school's record": what follows a possessive is what is done to.
  for (let j = k; j <= k + 2; j++) if (/['’]s$/.test(tokens[j]?.norm ?? '')) return THING.has(tokens[j + 1]?.norm ?? '');
  return THING.has(tokens[k]?.norm ?? '') || (k > m.lastToken + 1 && THING.has(tokens[k + 1]?.norm ?? '') && !PERSONISH.has(tokens[k]!.norm));
}
const HANG_PARTICLES = new Set(['up', 'out', 'around', 'round', 'about', 'on', 'onto', 'in', 'over', 'off', 'loose', 'together', 'back']);
const THING_PARTICLE: Record<string, Set<string>> = {
  hang: HANG_PARTICLES, hangs: HANG_PARTICLES, hanging: HANG_PARTICLES, hung: HANG_PARTICLES,
  slap: new Set(['up', 'on', 'bang', 'dab', 'into']), slapped: new Set(['up', 'on']), smack: new Set(['bang', 'dab', 'on', 'in', 'into']), smacked: new Set(['bang', 'dab']),
  burn: new Set(['off', 'calories', 'energy']), burning: new Set(['off', 'calories', 'energy']), burns: new Set(['off', 'calories']), burnt: new Set(['off']), burned: new Set(['off']),
  shoot: new Set(['hoops', 'baskets', 'for']), shooting: new Set(['hoops', 'baskets', 'for', 'practice', 'star', 'stars', 'range', 'with', 'club', 'season', 'team']), shoots: new Set(['hoops', 'for']),
};
/** Objects that make a violent verb harmless. */
const THING = new Set(
  ('it film films video videos vlog photo photos photograph photographs picture pictures footage scene scenes advert documentary hoops baskets basket goal goals penalty penalties ' +
    // "Shoot the ball, you have an open goal!" (derogfp34, from the fourth set's train split)
    'ball balls puck shuttlecock shuttlecocks ' +
    'calories candle candles artwork artworks art decorations bunting lights lanterns banners banner flags flag posters poster paintings painting streamers balloons washing coats ' +
    'harmony harmonies routine routines plan plans move moves dance song songs music tune course climb target targets arrows arrow clay clays marshmallows sausages toast bonfire ' +
    'rubbish leaves wood logs incense midnight record records best bests time hours boredom germs bacteria weeds knee knees ankle ankles wrist wrists leg legs arm arms foot feet shoulder hamstring back finger fingers thumb toe toes ' +
    // "put down roots", "put down a deposit", "put your pens down"
    'roots deposit deposits names marker markers phone phones pen pens pencil pencils anchor anchors tools instruments chairs tables mats ' +
    // "kill the engine", "kill the music", "kill the mood"
    'engine engines motor power music noise sound volume alarm radio heating oven mood vibe buzz').split(' '),
);

/** The word after `at` says how someone did at a game or activity: "… in defence", "… at the crisp counter". */
export function atAnActivity(tokens: Token[], at: number): boolean {
  const preposition = tokens[at + 1]?.norm;
  if (preposition !== 'at' && preposition !== 'in' && preposition !== 'on') return false;
  let k = at + 2;
  if (tokens[k]?.norm === 'the' || tokens[k]?.norm === 'their') k++;
  return ACTIVITY.has(tokens[k]?.norm ?? '');
}
const NEAR_SPEAKER = new Set(['near', 'nearby', 'here', 'anywhere']);

/** The group placed by the speaker's home, street or children just after it: "… living next door", "… near my kids", "… in our area". */
export function keptFromSpeaker(tokens: Token[], groupLast: number, sentenceLast: number): boolean {
  for (let k = groupLast + 1; k <= Math.min(sentenceLast, groupLast + 5); k++) {
    const word = tokens[k]!.norm;
    if (word === 'to') return false; // "… to feel left out": what happens to them
    if (NEAR_SPEAKER.has(word) || (word === 'next' && tokens[k + 1]?.norm === 'door')) return true;
    if ((word === 'my' || word === 'our') && SPEAKERS_OWN.has(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}
const ACTIVITY = new Set(
  ('football rugby netball hockey cricket basketball dodgeball rounders tennis badminton athletics swimming gymnastics chess defence defense attack midfield goal tackle tackles scrum lineout ' +
    'training practice rehearsal rehearsals pe sport sports games game match matches relay race quiz maths spelling spellings times tables dancing dance stage buffet crisp tuck counter ' +
    'lunch breakfast disco party climbing wall zip obstacle course ' +
    // pub and club games: "beat the men at darts"
    'darts skittles bowls snooker golf squash ' +
    // where a game is played: "savage on the court", "animals on the pitch"
    'court pitch field track pool mat mats rink').split(' '),
);

/** The group just before `from` is said to be wronged: "… still face barriers", "… were treated", "… being paid less". */
export function wronged(tokens: Token[], from: number, last: number): boolean {
  let k = from + 1;
  // "how refugee families are treated": the group's adjective, then the people it describes.
  if (PERSONISH.has(tokens[k]?.norm ?? '') && k <= last) k++;
  if (tokens[k]?.norm === 'still' || tokens[k]?.norm === 'often' || tokens[k]?.norm === 'always') k++;
  if (k > last) return false;
  const word = tokens[k]!.norm;
  if (WRONGED_VERB.has(word)) return true;
  // A wrong told as a participle right after the group: "our disabled pupils left out of PE", "women paid less".
  const then = k + 1 <= last ? (tokens[k + 1]?.norm ?? '') : '';
  if (word === 'left') return then === 'out' || then === 'behind';
  if (word === 'paid') return then === 'less';
  if (WRONGED.has(word) && k + 1 <= last) return !(word === 'treated' && TREATED_WELL.has(then));
  if (!VICTIM_MARK.has(word) && word !== 'get' && word !== 'gets') return false;
  const next = tokens[k + 1]?.norm ?? '';
  const after = k + 2 <= last ? (tokens[k + 2]?.norm ?? '') : '';
  // "being treated as equals" is not a wrong done to them.
  if (next === 'treated' && TREATED_WELL.has(after)) return false;
  return WRONGED.has(next) || (next === 'still' && WRONGED.has(after)) || (next === 'paid' && after === 'less');
}
const TREATED_WELL = new Set(['as', 'like', 'equally', 'fairly', 'well', 'better', 'the', 'with']);
const WRONGED_VERB = new Set(['face', 'faces', 'faced', 'facing', 'suffer', 'suffered', 'struggle', 'struggles', 'struggled', 'struggling', 'endure', 'endured', 'experience', 'experienced']);
const WRONGED = new Set(
  ('treated mistreated underpaid bullied excluded targeted abused attacked ignored denied refused stared forgotten mocked insulted discriminated harassed ' +
    'persecuted overlooked blamed judged stereotyped silenced hurt enslaved oppressed marginalised marginalized murdered killed shunned left abandoned ' +
    // more wrongs told as participles (hate8): "sick of seeing X dehumanised in the comments"
    'dehumanised dehumanized demonised demonized vilified scapegoated belittled humiliated ridiculed trolled threatened intimidated victimised victimized ' +
    'assaulted beaten spat slandered smeared patronised patronized sidelined erased othered excluded').split(' '),
);

/** Group adjectives that are a place's, and what lives there: "African animals", "Asian wildlife". */
const PLACE_ADJECTIVE = new Set(['african', 'asian', 'indian', 'chinese', 'arab', 'pakistani', 'polish', 'romanian', 'foreign']);
const WILD_ANIMALS = new Set(['animals', 'animal', 'wildlife', 'creatures', 'creature', 'beasts', 'beast']);
const CONTEMPT_BEFORE = new Set(['those', 'these', 'you', 'filthy', 'dirty', 'bloody', 'disgusting', 'stinking', 'thieving']);
export function placeAnimal(tokens: Token[], first: number, last: number): boolean {
  if (COLOUR_OF_SPECIES.has(tokens[last]!.norm) && SPECIES_BY_COLOUR.has(tokens[last + 1]?.norm ?? '') && SPECIES_TOLD_AFTER.has(tokens[first - 1]?.norm ?? '')) return true;
  return PLACE_ADJECTIVE.has(tokens[last]!.norm) && WILD_ANIMALS.has(tokens[last + 1]?.norm ?? '') && !CONTEMPT_BEFORE.has(tokens[first - 1]?.norm ?? '');
}
/**
 * A species named by its colour after a preposition, as a science or history lesson names it: "carried by fleas on black
 * rats" (fp34), "experiments on white rats". Not "those black rats", nor a sentence opening on them.
 */
const COLOUR_OF_SPECIES = new Set(['black', 'white']);
const SPECIES_BY_COLOUR = new Set(['rat', 'rats']);
const SPECIES_TOLD_AFTER = new Set(['on', 'of', 'by', 'from', 'carried', 'infested', 'bitten']);
/**
 * A harm named as a book's or a lesson's theme, in a list after what a work "deals with": "The novel deals with rape,
 * execution, religious extremism and the control of women's bodies" (fp34), "themes such as murder and betrayal".
 * Back a few words, through the list's earlier items, to the opener; no wish or modal between.
 */
function topicNamed(tokens: Token[], first: number, text: string): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 7); k--) {
    const word = tokens[k]!.norm;
    const opens = TOPIC_OPENER.has(word) || (word === 'with' && DEALS.has(tokens[k - 1]?.norm ?? '')) || (word === 'as' && tokens[k - 1]?.norm === 'such' && THEMES.has(tokens[k - 2]?.norm ?? ''));
    if (!opens) continue;
    // Only earlier items of the list between, each closed by its comma: not "deal with X and kill them".
    if (!LIST_ITEMS_BETWEEN.test(text.slice(tokens[k]!.end, tokens[first]!.start))) return false;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (MODAL.has(tokens[j]!.norm) || WANTING_IT.has(tokens[j]!.norm)) return false;
    return true;
  }
  return false;
}
const LIST_ITEMS_BETWEEN = /^(?:\s*[\p{L}'’ -]{1,30},)*\s*$/u;
const TOPIC_OPENER = new Set(['explores', 'explored', 'tackles', 'tackled', 'themes', 'theme']);
const DEALS = new Set(['deals', 'dealt', 'deal', 'dealing']);
const THEMES = new Set(['themes', 'topics', 'issues', 'subjects']);

/** Before "for": whom a harm is laid on, not who wants it ("responsible for the execution of …"). */
const ANSWERABLE = new Set(['responsible', 'blamed', 'blame', 'tried', 'convicted', 'jailed', 'hanged', 'executed', 'punished', 'remembered', 'known', 'infamous', 'notorious']);
const CAUSING = new Set(['make', 'makes', 'made', 'let', 'watch', 'see']);
const CALLED_ON = new Set(['all', 'every', 'each', 'any', 'the', 'them', 'you', 'those', 'these', 'their', 'your', 'our']);
const TOLD_HARM = new Set(['suffer', 'suffers', 'suffering', 'die', 'dies', 'dying', 'drown', 'drowns', 'drowning', 'death', 'deaths', 'attacks', 'harm',
  // "women bleed every month", "refugees starved in the camps", "thousands of women get cancer" (told) — "I want to see them bleed", "let them starve" (wished)
  'bleed', 'bleed out', 'bleed to death', 'starve', 'starved', 'left to starve', 'left to die', 'get cancer', 'gets cancer']);

/**
 * A wrong named right before the group, which the group then gets (hate26): "The abuse X get online is
 * shameful", "the racism that black people face every day makes me sick" — what is condemned is the wrong.
 */
export function wrongNamedBefore(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1]?.norm ?? '';
  const wrong = WRONG_DONE.has(before) || ((before === 'that' || before === 'which') && WRONG_DONE.has(tokens[first - 2]?.norm ?? ''));
  if (!wrong) return false;
  let k = last + 1;
  if (PERSONISH.has(tokens[k]?.norm ?? '')) k++;
  if (tokens[k]?.norm === 'still' || tokens[k]?.norm === 'often' || tokens[k]?.norm === 'always') k++;
  return RECEIVING.has(tokens[k]?.norm ?? '') || WRONGED_VERB.has(tokens[k]?.norm ?? '');
}
const RECEIVING = new Set(['get', 'gets', 'got', 'getting', 'receive', 'receives', 'received', 'cop', 'take', 'put', 'go', 'goes', 'went', 'deal', 'deals', 'see', 'hear']);
