// A small rule-based classifier for derogatory language: a word list (profanity, insults, slurs, each
// with a category, strength and source) plus a grammar of hostile remarks about a protected group —
// a group term (women, Muslims, gay people …) linked to a hostile word (a negative feeling, a negative
// attribute in predicate position, a dehumanising noun, a threat, a denied good: "not human"). Negation
// ("I don't hate …"), counter-speech ("saying that … shows how bigoted you are"), quotation, reclaimed
// self-description and homonyms ("a walk on the dyke") turn an error into a warning or into nothing.
import type { Lexicon, LexiconEntry } from '../lexicons/schema.js';
import { firstWhere } from '../core/search.js';
import { PhraseMatcher, type PhraseMatch } from '../lexicons/matcher.js';
import { tokenize, tokenizeOnce, type Token as BaseToken } from '../lexicons/tokenize.js';
import { gluedBefore, hostileTokens, mayReadDifferently, type HostileToken as Token } from './deobfuscate.js';

export type Role =
  | 'identity-noun'
  | 'identity-adjective'
  | 'person-noun'
  | 'emotion'
  | 'attribute'
  | 'action'
  | 'dehumanising'
  | 'threat'
  | 'positive'
  | 'quality'
  | 'trait'
  | 'preference'
  | 'negation'
  | 'counter'
  | 'self'
  | 'target'
  | 'pronoun'
  | 'reward'
  | 'decline'
  | 'arrival'
  | 'squalor'
  | 'telltale'
  | 'upbringing'
  | 'insinuation'
  | 'interaction'
  | 'harm-verb'
  | 'permission'
  | 'outcome'
  | 'overreach'
  | 'improvement'
  | 'departure'
  | 'blame'
  | 'longing'
  | 'stereotype'
  | 'conduct'
  | 'avoidance'
  | 'regard'
  | 'word';

export interface Term extends LexiconEntry {
  role: Role;
}

export interface HostilityModel {
  /** The phrase matcher, built on first use: most posts have no hostile word and never need it. */
  matcher(): PhraseMatcher<Term>;
  vocabulary: Set<string>;
  /** The kind of each vocabulary word (its role, and a word's category): masked words that fit several words of one kind read as that kind. */
  kinds: Map<string, string>;
  /** Every word of every term, so a real word is never read as a misspelling of another. */
  known: Set<string>;
  /** Misspelling → the word it stands for. */
  variants: Map<string, string>;
  /** First words of hostile terms: a text with none of them needs no closer look. */
  triggers: Set<string>;
  /** Phrases of common words only, by their first word: the second words that make them worth a look. */
  pairTriggers: Map<string, Set<string>>;
  /** First words of denied goods ("human", "place"), which matter only beside a negation. */
  positives: Set<string>;
  negations: Set<string>;
  /** What `worthALook` needs to know of each word seen so far (see `wordFlags`). */
  flags: Map<string, number>;
  /** Threats said with "them" in the middle ("hunt them down"), by their first word: the group may stand for "them". */
  gapped: Map<string, Gapped[]>;
}

/** A threat with "them" inside it, split there: "hunt" + "down", "put" + "out of their misery". */
interface Gapped {
  term: Term;
  text: string;
  prefix: string[];
  suffix: string[];
}

export interface HostileFinding {
  start: number;
  end: number;
  severity: 'error' | 'warning';
  kind: 'group' | 'slur' | 'threat' | 'insult' | 'profanity';
  message: string;
  suggestion: string;
}

const SLUR_CATEGORIES = new Set(['race', 'religion-or-belief', 'sexual-orientation-gender', 'disability', 'sex', 'age']);
const HOSTILE_ROLES = new Set<Role>(['emotion', 'attribute', 'action', 'dehumanising', 'threat', 'word', 'positive', 'quality', 'trait', 'preference', 'decline', 'squalor', 'insinuation', 'interaction', 'harm-verb', 'permission', 'outcome', 'overreach', 'improvement', 'blame', 'longing', 'stereotype', 'conduct', 'avoidance', 'regard']);
/** Roles that say something against whoever a word names, with no group needed to make them hostile. */
const CONDEMNING_ROLES = new Set<Role>(['emotion', 'attribute', 'action', 'dehumanising', 'threat', 'harm-verb', 'squalor', 'decline', 'insinuation']);
const GRAMMAR_ROLES = new Set<string>(['identity-noun', 'identity-adjective', 'person-noun', 'emotion', 'attribute', 'action', 'dehumanising', 'threat', 'positive', 'quality', 'trait', 'preference', 'negation', 'counter', 'self', 'target', 'pronoun', 'reward', 'decline', 'arrival', 'squalor', 'telltale', 'upbringing', 'insinuation', 'interaction', 'harm-verb', 'permission', 'outcome', 'overreach', 'improvement', 'departure', 'blame', 'longing', 'stereotype', 'conduct', 'avoidance', 'regard']);
const VOCAB_ROLES = new Set<Role>(['identity-noun', 'emotion', 'attribute', 'action', 'dehumanising', 'threat', 'word']);
/** Words between a copula and a predicate ("are just so", "to be that", "are all complete"). */
const FILLER = new Set(
  ('as the a an absolute absolutely so just such really all complete completely total totally utter utterly truly very most bunch of lot nothing but common massive human pure simply still always only can be to that too being more than worthless any sort kind fucking bloody little dirty filthy stupid useless ' +
    // adverbs and British intensifiers ("far too stupid", "actually thick", "proper thick", "dead thick")
    'far pretty quite rather fairly incredibly extremely deeply inherently naturally genuinely honestly basically literally actually frankly seriously generally mostly usually often born well proper right dead ' +
    // size before a hostile noun ("a huge mistake", "a serious threat", "a real menace")
    'huge big giant enormous serious real biggest greatest largest ' +
    // collective nouns ("a pack of hyenas", "a shower of parasites")
    'pack herd gang horde load loads flock nest shower ' +
    // "by nature greedy", "without a doubt the stupidest"
    'by nature without doubt ' +
    // "when they're this thick"
    'this').split(' '),
);
const COPULA = new Set(["are", "is", "be", "were", "was", "'re", "am", "being", "been", "find", "found", "think", "call", "called", "calling", "seem", "seems", "look", "looks", "remain", "become", "becomes", "they're", "you're", "we're", "i'm", "he's", "she's", "it's", "theyre", "youre", "like",
  // linking verbs: "X smell disgusting", "X act so stupid", "X sound thick"
  "smell", "smells", "sound", "sounds", "act", "acts", "appear", "appears",
  // text-speak in social-media replies: "women r so thick"
  "r"]);
const PERSON_TARGET = new Set(['you', "you're", 'youre', 'u', 'ur', 'he', "he's", 'she', "she's", 'they', "they're", 'yourself', 'yourselves']);
const THREAT_OBJECT = new Set(['you', 'him', 'her', 'them', 'yourself', 'u', 'ya', 'everyone', 'everybody']);
const VICTIM_MARK = new Set(['getting', 'being', 'got', 'were', 'was', 'are', 'is', 'been']);
const MODAL = new Set(['should', 'ought', 'must', 'would', 'will', "'ll", 'deserve', 'deserves', 'need', 'needs', 'wish', 'hope', "i'll", "we'll", 'shall', 'gonna', 'going', 'want', 'let', "let's",
  // "I'd happily batter …"
  "i'd", "we'd"]);
/** What a group's possessive can be about and still be a remark on the group ("women's nature"). */
const POSSESSED = new Set(['nature', 'brains', 'brain', 'minds', 'mind', 'kind', 'sort', 'lot', 'lives', 'life', 'place', 'blood', 'genes', 'culture', 'religion', 'presence', 'existence',
  // the body and home a threat names: "cut these women's throats", "burn immigrants' houses"
  'throats', 'throat', 'necks', 'neck', 'heads', 'head', 'skulls', 'faces', 'homes', 'houses', 'mosques',
  // what they think and are owed: "Women's opinions don't matter", "immigrants' rights mean nothing"
  'opinions', 'opinion', 'views', 'voices', 'feelings', 'rights',
  // their ways, which a remark on them stands for: "Black people's music is trash", "Muslims' beliefs are disgusting"
  'beliefs', 'faith', 'customs', 'traditions', 'behaviour', 'behavior', 'attitude', 'attitudes', 'language', 'accent', 'accents', 'music', 'food', 'smell', 'values', 'ideology', 'children', 'kids']);
/** Ofcom's words for its ratings. */
const STRENGTH: Record<number, string> = { 1: 'mild', 2: 'medium', 3: 'strong', 4: 'strongest' };
/** British "dead" as an intensifier: "dead proud", "dead easy". */
const INTENSIFIED = new Set(['proud', 'good', 'easy', 'excited', 'chuffed', 'happy', 'funny', 'nice', 'cool', 'lucky', 'keen', 'right', 'serious', 'impressed', 'pleased', 'brilliant', 'quiet', 'tired', 'busy', 'posh', 'clever']);
/**
 * Harm told, not wished: "the death of Boudicca", "Chinese families honour the dead", "disabled
 * people suffer from chronic pain", "thousands of women die from breast cancer", "migrants drown in
 * the Mediterranean", "refugees risk death", "disabled people face attacks online". A threat makes
 * or wants it: "make them suffer", "they will die", "death to …", "you're dead", "I want them dead".
 */
function harmTold(m: { term: string; firstToken: number; lastToken: number }, tokens: Token[], text: string): boolean {
  const previous = tokens[m.firstToken - 1];
  const next = tokens[m.lastToken + 1]?.norm ?? '';
  if (m.term === 'dead') return previous?.norm === 'the' || previous?.norm === 'our';
  if ((m.term === 'death' || m.term === 'deaths') && next === 'of') return true;
  // "We learnt about the murder of six million Jewish people": a harm named, not wished — unless
  // the clause wants it ("time for the extermination of …", "I support the deportation of …").
  // "their attempt to murder all Jews in Europe": an attempt told of, as history tells it.
  if (tokens[m.firstToken - 1]?.norm === 'to' && /^attempts?$/.test(tokens[m.firstToken - 2]?.norm ?? '') && ATTEMPT_OWNER.has(tokens[m.firstToken - 3]?.norm ?? '')) return true;
  if (HARM_NOUN.has(m.term) && next === 'of') {
    for (let k = m.firstToken - 1; k >= Math.max(0, m.firstToken - 4); k--) if (WANTING_IT.has(tokens[k]!.norm)) return false;
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
const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you've", "you'll", "you'd", 'ya', 'u', 'ur', 'yourselves']);
const ATTEMPT_OWNER = new Set(['their', 'his', 'her', 'its', 'the', 'an', "nazis'", "nazi's", "hitler's", "regime's"]);
const HARM_NOUN = new Set(['murder', 'murders', 'killing', 'killings', 'extermination', 'persecution', 'massacre', 'massacres', 'slaughter', 'genocide', 'deportation', 'deportations', 'execution', 'executions', 'torture', 'lynching', 'lynchings', 'eradication', 'elimination', 'annihilation', 'gassing']);
const WANTING_IT = new Set(['want', 'wants', 'wanted', 'wish', 'wishes', 'support', 'supports', 'need', 'needs', 'demand', 'demands', 'deserve', 'deserves', 'welcome', 'celebrate', 'cheer', 'bring', 'time', 'for', 'favour', 'advocate', 'backs', 'urge', 'calls', 'call', 'pray', 'hope', 'more']);

/** Part of a hyphenated compound noun or adjective: "a penalty shoot-out", "a knock-out round", "die-hard fans". */
function inCompound(m: { lastToken: number }, tokens: Token[], text: string): boolean {
  return /^-(?:outs?|hard|proof)\b/i.test(text.slice(tokens[m.lastToken]!.end, tokens[m.lastToken]!.end + 7));
}

/** A thing's effect, not a person's threat: "It will knock you out!", "This'll kill you" (of a show, a curry), "It must hurt them". */
function thingSubject(m: { firstToken: number }, tokens: Token[]): boolean {
  const before = tokens[m.firstToken - 1]?.norm ?? '';
  const subject = tokens[m.firstToken - 2]?.norm ?? '';
  if (/^(?:it|this|that)['’]ll$/.test(before)) return true;
  return FUTURE.has(before) && (subject === 'it' || subject === 'this' || subject === 'which');
}
const FUTURE = new Set(['will', 'would', 'could', 'might', 'may', 'must', "'ll"]);

/**
 * A violent verb whose object is a thing, not a person: "will be shooting a short film", "hang their
 * artwork", "burning the candles for Hanukkah", "executing a tricky harmony", "hurt his knee".
 */
function doneToAThing(m: { term: string; firstToken: number; lastToken: number }, tokens: Token[]): boolean {
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
  return THING.has(tokens[k]?.norm ?? '') || (k > m.lastToken + 1 && THING.has(tokens[k + 1]?.norm ?? '') && !PERSONISH.has(tokens[k]!.norm));
}
const HANG_PARTICLES = new Set(['up', 'out', 'around', 'round', 'about', 'on', 'onto', 'in', 'over', 'off', 'loose', 'together', 'back']);
const THING_PARTICLE: Record<string, Set<string>> = {
  hang: HANG_PARTICLES, hangs: HANG_PARTICLES, hanging: HANG_PARTICLES, hung: HANG_PARTICLES,
  slap: new Set(['up', 'on', 'bang', 'dab', 'into']), slapped: new Set(['up', 'on']), smack: new Set(['bang', 'dab', 'on', 'in', 'into']), smacked: new Set(['bang', 'dab']),
  burn: new Set(['off', 'calories', 'energy']), burning: new Set(['off', 'calories', 'energy']), burns: new Set(['off', 'calories']), burnt: new Set(['off']), burned: new Set(['off']),
  shoot: new Set(['hoops', 'baskets', 'for']), shooting: new Set(['hoops', 'baskets', 'for', 'practice', 'star', 'stars', 'range', 'with', 'club', 'season', 'team']), shoots: new Set(['hoops', 'for']),
};
/** Words between a verb and its object: determiners, numbers and a few adjectives. */
const OBJECT_LEAD = new Set(['a', 'an', 'the', 'their', 'our', 'his', 'her', 'my', 'your', 'its', 'some', 'this', 'that', 'these', 'those', 'new', 'short', 'little', 'big', 'tricky', 'first', 'last', 'final', 'personal', 'own', 'school', 'class', 'year', 'two', 'three', 'few']);
const PERSONISH = new Set(['people', 'person', 'man', 'men', 'woman', 'women', 'kids', 'children', 'child', 'pupils', 'families', 'family', 'staff', 'teachers', 'boys', 'girls', 'lads', 'neighbours', 'them', 'us', 'you', 'him', 'her', 'everyone', 'everybody']);
/** Objects that make a violent verb harmless. */
const THING = new Set(
  ('it film films video videos vlog photo photos photograph photographs picture pictures footage scene scenes advert documentary hoops baskets basket goal goals penalty penalties ' +
    'calories candle candles artwork artworks art decorations bunting lights lanterns banners banner flags flag posters poster paintings painting streamers balloons washing coats ' +
    'harmony harmonies routine routines plan plans move moves dance song songs music tune course climb target targets arrows arrow clay clays marshmallows sausages toast bonfire ' +
    'rubbish leaves wood logs incense midnight record records best bests time hours boredom germs bacteria weeds knee knees ankle ankles wrist wrists leg legs arm arms foot feet shoulder hamstring back finger fingers thumb toe toes ' +
    // "put down roots", "put down a deposit", "put your pens down"
    'roots deposit deposits names marker markers phone phones pen pens pencil pencils anchor anchors tools instruments chairs tables mats').split(' '),
);

/** The word after `at` says how someone did at a game or activity: "… in defence", "… at the crisp counter". */
function atAnActivity(tokens: Token[], at: number): boolean {
  const preposition = tokens[at + 1]?.norm;
  if (preposition !== 'at' && preposition !== 'in' && preposition !== 'on') return false;
  let k = at + 2;
  if (tokens[k]?.norm === 'the' || tokens[k]?.norm === 'their') k++;
  return ACTIVITY.has(tokens[k]?.norm ?? '');
}
/** Group adjectives that as often describe things: before a loose person word ("ones", "kind", "lot") they do not make a group. */
const THING_ADJECTIVE = new Set(['old', 'black', 'white', 'blind', 'deaf', 'foreign', 'chinese', 'indian', 'polish']);
const ORGANISATION_WORD = new Set(['society', 'association', 'trust', 'league', 'club', 'federation', 'foundation', 'council', 'charity', 'union', 'institute', 'hospital', 'school']);
const LOOSE_PERSON = new Set(['ones', 'kind', 'sort']);
const ONE_PERSON = new Set(['man', 'woman', 'lady', 'bloke', 'guy', 'chap', 'fellow', 'gentleman', 'boy', 'girl', 'person']);
const LOOSE_FOR_OLD = new Set(['lot', 'life', 'lives', 'population', 'community', 'communities', 'users', 'couple', 'couples', 'family', 'families', 'boys', 'girls']);
const APPLYING = new Set(['apply', 'applies', 'extend', 'extends', 'cover', 'covers', 'belong']);
const EXPELLING = new Set(['run', 'chase', 'drive', 'hound', 'kick', 'force', 'throw', 'drum', 'boot', 'turf', 'get', 'burn', 'smoke', 'drag']);
const MAKING = new Set(['make', 'making', 'made', 'makes']);
/** A present-tense link between a group and a stereotype (see stereotyped): "are", "seem", "act", and "do"/"does" opening a question. */
const PRESENT_LINK = new Set(['are', "'re", 'is', 'seem', 'seems', 'look', 'looks', 'act', 'acts', 'sound', 'sounds', 'get', 'gets', 'do', 'does']);
/** Words between the group and a stereotype beside the fillers: "always have to be so", "ever so", "get so". */
const STEREOTYPE_GAP = new Set(['have', 'has', 'always', 'ever', 'forever', 'constantly', 'typically', 'mostly', 'all', 'getting', 'need', 'needs']);
const SINGLE = new Set(['a', 'an', 'one', 'that', 'this']);
/** What a group may be let do that "Why are X allowed to …?" begrudges: the rights of a citizen, a parent, a worker. */
const RIGHTS = new Set(['vote', 'adopt', 'marry', 'teach', 'work', 'drive', 'breed', 'exist', 'live', 'stay', 'have', 'raise', 'be', 'serve', 'lead', 'run', 'own', 'wear', 'speak', 'enter', 'come', 'settle', 'claim', 'foster', 'preach', 'protest', 'walk', 'go', 'get']);
/** A need before a verb in "-ing" that makes it a passive wished: "X need locking up". */
const NEEDING = new Set(['need', 'needs', 'want', 'wants']);
/** Goods denied as owed only with a word of what ought to be near the denial (see the positive role). */
const OWED_GOODS = new Set(['future', 'a future', 'jobs', 'a job', 'rights', 'equal rights', 'the same rights', 'a seat at the table', 'treated equally', 'quality of life', 'a voice', 'a say', 'feelings', 'dignity']);
const OWING = new Set(['deserve', 'deserves', 'should', "shouldn't", 'shouldnt', 'must', "mustn't", 'ought', 'need', 'needs', 'allowed', 'entitled', 'given', 'get', 'be']);
/** Indifference to what is done to the group: "I couldn't care less if X suffer". */
const INDIFFERENT = /care less|care if|care whether/;
/** Words between "why"/"who" and a verb of regard in a rhetorical question: "Why should anyone …", "Who would honestly …". */
const ASKED_REGARD = new Set(['should', 'would', 'could', 'will', 'can', 'does', 'do', 'on', 'earth', 'in', 'their', 'right', 'mind', 'honestly', 'actually', 'really', 'even', 'ever', 'genuinely', 'seriously', 'the', 'hell']);
/** Who may be said to be right about a remark: "and he was right", "she's right", "they were right". */
const ENDORSING_SUBJECT = new Set(['was', 'is', 'were', 'are', "he's", "she's", "they're", "you're", "it's", "that's", 'hes', 'shes', 'theyre']);
/** After an attribute, whom someone's conduct is aimed at: "rude to X", "cruel towards X". */
const CONDUCT_TO = new Set(['to', 'towards', 'toward', 'about']);
/** Wrongs done to a group, named between a feeling and the group: "angered by the attacks on X". */
const WRONG_DONE = new Set(['attacks', 'attack', 'abuse', 'treatment', 'racism', 'discrimination', 'bullying', 'violence', 'hatred', 'hate', 'prejudice', 'harassment', 'persecution', 'murder', 'murders', 'killing', 'killings', 'mistreatment', 'exclusion', 'insults', 'comments', 'remarks', 'slurs', 'stereotypes', 'stereotyping', 'abusing', 'insulting', 'mocking']);
/** People named by a relative clause on a group adjective: "people who are gay", "anyone who is disabled". */
const NAMED_BY_CLAUSE = new Set(['people', 'anyone', 'anybody', 'those', 'someone', 'somebody', 'everyone', 'everybody', 'persons', 'folk', 'folks', 'men', 'women', 'kids', 'children']);
/** After a group refused ("never accept X as equals", "… X here", "… X in our town"). */
const REFUSED_AS = new Set(['as', 'here', 'in', 'into', 'ever']);
/** A group's ways, after "Typical X": "Typical X behaviour", "Typical X logic". */
const WAYS = new Set(['behaviour', 'behavior', 'attitude', 'mentality', 'logic', 'thinking', 'tactics', 'nonsense', 'move', 'antics', 'carry-on', 'excuse', 'excuses']);
/** After "about as useful as": the most there is ("… as it gets", "… as they come", "… as anyone", "… as you can get"). */
const AS_IT_GETS = new Set(['it', 'they', 'you', 'anyone', 'anybody', 'possible', 'can', 'ever', 'any']);
/** An order's opening word (see avoidanceUrged): "Keep …", "Stay …", "Make sure …", "Always …", "Please …". */
const ORDER_OPENER = new Set(['keep', 'stay', 'make', 'tell', 'teach', 'always', 'please', 'just', 'get', 'move', 'warn', 'best']);
/** Advice before it: "You should keep …", "Parents must keep …", "You'd better stay …", "I'd keep …". */
const ADVISING = new Set(['should', 'must', 'better', "i'd", "you'd", 'advise', 'advice', 'recommend', 'ought', 'wise', 'sensible', 'safer']);
const NEED_NOT = new Set(['no', 'nobody', 'needn\'t', 'never']);
/** Health advice: "… if you have a cold", "… while you are unwell". */
const UNWELL = new Set(['ill', 'unwell', 'sick', 'poorly', 'symptoms', 'covid', 'cold', 'flu', 'infectious', 'contagious', 'germs', 'virus', 'cough', 'coughs', 'temperature', 'fever', 'sickness']);
/** A yes-no question's opening word: "Can X ever …", "Are X even …", "Will X ever …". */
const YES_NO_OPENER = new Set(['can', 'could', 'are', 'is', 'will', 'would', 'do', 'does', 'have', 'has']);
/** Words that make a conduct a habit (see habitOf): "always complain", "keep moaning", "constantly lie". */
const HABITUAL = new Set(['always', 'constantly', 'forever', 'keep', 'keeps', 'continually', 'perpetually', 'endlessly']);
/** Words between the group and its habit: "always have to", "think they can", "ever stop", "just love to". */
const HABIT_GAP = new Set(['have', 'has', 'to', 'think', 'thinks', 'they', 'can', 'ever', 'stop', 'just', 'all', 'still', 'insist', 'insists', 'on', 'seem', 'seems', 'like', 'love', 'need', 'got', 'gotta', 'do', 'does', 'will', 'gonna', 'going', 'always']);
/** After a conduct, what may follow it and leave it a habit: "complain about everything", "steal our jobs", "moan all the time". */
const HABIT_AFTER = new Set(['everything', 'anything', 'nothing', 'all', 'our', 'so', 'constantly', 'again', 'too', 'and', 'or', 'but', 'non-stop', 'nonstop', 'endlessly']);
const EVERYTHING = new Set(['everything', 'anything', 'nothing', 'all']);
/** Degree or frequency that makes a state a trait: "so loud", "too demanding", "always angry". */
const GENERALISING = new Set(['so', 'too', 'always', 'constantly', 'forever', 'such', 'really', 'very', 'bloody', 'all', 'typically', 'ever', 'incredibly', 'extremely', 'unbelievably']);
/** After a state, its cause or circumstance: "angry about the cuts", "cold in this weather", "loud at the concert". */
const STATE_CAUSE = new Set(['about', 'at', 'in', 'with', 'because', 'over', 'that', 'of', 'for', 'when', 'after', 'from', 'on', 'during', 'to', 'towards', 'toward', 'since', 'if']);
/** Between the group and its going: "till they're all gone", "until the X have finally left". */
const GONE_LEAD = new Set(['are', "'re", 'have', "'ve", 'has', 'all', 'finally', 'just', 'actually', 'really', 'every', 'one', 'of', 'them', 'is', 'be', 'been', 'were']);
/** The group's going after a longing (see longedGone), beside the departure vocabulary: "gone", "leave", "go back", "move out". */
const GONE = new Set(['gone', 'leave', 'leaves', 'left', 'deported', 'evicted', 'kicked', 'thrown', 'chucked', 'booted']);
/** Going with a particle: "move out", "go back", "clear off", "are sent home", "get shipped away". */
const SENT_OFF = new Set(['go', 'goes', 'went', 'move', 'moves', 'moved', 'moving', 'clear', 'cleared', 'push', 'pushed', 'sod', 'bugger', 'piss', 'pack', 'packed', 'packing', 'send', 'sent', 'ship', 'shipped', 'fly', 'flown', 'flew', 'head', 'run', 'drive', 'driven', 'chase', 'chased', 'get', 'got']);
const AWAY = new Set(['out', 'off', 'back', 'home', 'away']);
/** What the group may be blamed for (see blamed): a feeling against, a decline, a bad result, squalor, harm, a bad attribute. */
const BLAMED_ROLES = new Set<Role>(['emotion', 'attribute', 'action', 'dehumanising', 'decline', 'squalor', 'outcome', 'threat', 'harm-verb']);
const BLAME_ADVERB = new Set(['only', 'main', 'real', 'whole', 'entire', 'sole', 'exactly', 'precisely', 'basically']);
/** After "out of town": where a journey goes ("to the match", "for the trip", "on a visit"), unless it is "for good". */
const JOURNEY_ON = new Set(['to', 'for', 'on']);
const FOR_GOOD = new Set(['good', 'ever', 'once']);
const BURYING = new Set(['put', 'putting', 'bury', 'burying']);
const KEEPING = new Set(['keep', 'kept', 'keeping']);
/** The participles of the sandwiching verbs, for the passive wish ("should be run out of town"). */
const PASSIVE_OF = new Map<Set<string>, Set<string>>([
  [EXPELLING, new Set(['run', 'chased', 'driven', 'hounded', 'kicked', 'forced', 'thrown', 'drummed', 'booted', 'turfed', 'burnt', 'burned', 'smoked', 'dragged'])],
  [BURYING, new Set(['put', 'buried'])],
]);
const PASSIVE_BE = new Set(['be', 'been', 'get', 'got']);
/** Threats said around the group: the verbs that must stand before it. */
const SANDWICHED = new Map<string, Set<string>>([
  ['out of town', EXPELLING], ['out of the town', EXPELLING], ['out of our town', EXPELLING], ['out of the country', EXPELLING], ['out of this country', EXPELLING],
  ['out of our country', EXPELLING], ['out of the area', EXPELLING], ['out of our street', EXPELLING], ['out of the village', EXPELLING],
  ['out of this town', EXPELLING], ['out of this area', EXPELLING], ['out of our area', EXPELLING], ['out of this village', EXPELLING], ['out of our village', EXPELLING], ['out of the street', EXPELLING], ['out of this street', EXPELLING],
  // "put every X in the ground"
  ['in the ground', BURYING],
  // "keep X out of our toilets"
  ['out of our', KEEPING],
  ['pay', MAKING], ['pay for it', MAKING], ['regret it', MAKING],
]);
/** Verbs that threaten only wished on the group as their object ("we should beat X"), not told or in a game ("our girls beat the men at rounders"). */
const OBJECT_ONLY_THREATS = new Set(['beat', 'thump', 'whack', 'deck', 'lamp', 'clobber',
  // "going to sort out X tonight"; not "sort out the coats"
  'sort out',
  // "I'd happily batter a few X", "They should ban X from teaching": not fish batter, a phone ban, the sack race
  'batter', 'ban', 'expel', 'sack']);
/** Words between such a verb and the group: "beat all the X", "thump every X". */
const OBJECT_QUANTIFIER = new Set(['the', 'all', 'every', 'any', 'those', 'these', 'some', 'each', 'a', 'an', 'that', 'this', 'few', 'couple', 'of']);
/** Which of the group a threat picks out: "every last X", "the next X I see". */
const PICKED = new Set(['last', 'single', 'next', 'first']);
/** After the group, a game or a score: "beat the men at rounders", "beat the boys 3-1", "in the final". */
const CONTEST = new Set(['at', 'in', 'on', 'by', 'to', 'for']);
/** Threats that count only when said of a group: the sandwiched ones, the object-only verbs, and "they'll regret it". */
/**
 * Threats with "them" that as often do something to things ("lock them up" — the bikes, "hunt them
 * down" — the Easter eggs, "throw them in the bin", "set them alight" — paper boats, "wipe them out" —
 * germs, "string them up" — bunting) or are everyday with people ("line them up", "send them all back
 * to class", "knock them out with your singing"): threats only of a group ("wipe Muslims out", or
 * "them" standing for a group named in the sentence or beside it), never on their own.
 */
const EVERYDAY_THEM = new Set([
  'hunt them down', 'put them down', 'wipe them out', 'lock them up', 'set them on fire', 'set them alight', 'burn them out', 'run them over', 'line them up',
  'teach them a lesson', 'make them pay', 'throw them off', 'wipe them off', 'drive them out', 'leave them to rot', 'throw them in the', 'put them out of their misery',
  'round them all up', 'round them up', 'clear them out', 'ship them off', 'ship them back', 'ship them out', 'send them all back', 'knock them out', 'string them up', 'string them all up',
  // "If I see X in the park, I'll kick them out myself" — not the coach's "kick them out of the team", "sort them out" — the socks
  'kick them out', 'sort them out',
  // "I'd love to see every X hang" — not "I'd love to see them hang their paintings"
  'see them hang',
  // "Send X back", "Lock X all up", "I'll make those X regret it" — not "send them home with a letter", "lock them up" (the bikes)
  'send them back', 'send them home', 'send them all home', 'lock them all up', 'make them regret', 'make them all regret', 'drive them into the sea', 'push them into the sea', 'make them disappear', 'make them all disappear', 'put them to sleep', 'put them all to sleep',
]);
/**
 * Putting people out ("X should all be thrown out", "kick out every X"): a threat only wished on a group
 * ("should", "need to", "let's" before it) — never told ("Black pupils are more likely to be thrown out of
 * school", "Muslim families were thrown out of their homes") or a school's rule ("will be expelled").
 */
const EXPULSION = new Set(['thrown out', 'kicked out', 'chucked out', 'booted out', 'turfed out', 'slung out', 'banished', 'exiled', 'driven away', 'chased away', 'run off',
  'throw out', 'kick out', 'chuck out', 'boot out', 'turf out', 'banish', 'exile', 'throw out all', 'kick out all', 'chuck out all', 'get shot of', 'got shot of',
  // "Isn't it time we dealt with X once and for all?", "X should be culled"
  'once and for all', 'culled', 'cull', 'be destroyed', 'destroy all', 'destroy every', 'destroy them',
  // "X need to be dealt with"; not "bullying will be dealt with"
  'dealt with', 'be dealt with',
  // "X should go back home", "It's about time X went back to their own country"; not "went back home after the trip"
  'go back home', 'went back home', 'go back to their own country', 'go back to their own countries', 'go back to their country', 'went back to their own country', 'went back to their country', 'be sent back home']);
/** Of those, the ones a promise threatens as much as a wish ("I'll destroy every X"): any modal will do. */
const PROMISED_TOO = new Set(['destroy all', 'destroy every', 'destroy them', 'be destroyed', 'culled', 'cull']);
const WISHING_MODAL = new Set(['should', 'ought', 'must', 'need', 'needs', 'deserve', 'deserves', 'wish', 'hope', 'want', "let's", 'let', 'gotta', 'shall']);
/** Harm deserved that a leavers' post may wish its pupils as good things ("Our Year 6s deserve everything that's coming to them"): a threat only said of a group. */
const COMING_TO_THEM = new Set(["everything that's coming to them", "all that's coming to them", 'everything coming to them']);
/** Words of a game or a contest, in a text where "we're coming for you" is banter between teams. */
const COMPETITION = new Set(['match', 'matches', 'rematch', 'fixture', 'fixtures', 'league', 'cup', 'final', 'finals', 'semi-final', 'tournament', 'trophy', 'title', 'champions', 'defeat', 'season', 'derby', 'opponents', 'rivals', 'quiz', 'competition']);
const GROUP_ONLY_THREATS = new Set([...SANDWICHED.keys(), ...OBJECT_ONLY_THREATS, "they'll regret it", ...EVERYDAY_THEM, ...EXPULSION, ...COMING_TO_THEM,
  // "I'm coming for every X", "Isn't it time we got rid of X?", "X get what they deserve" — not the cup we're coming for, the clutter to get rid of
  'coming for every', 'coming for all', 'coming for any', 'come for every', 'come for all', 'time we got rid of', 'time to get rid of', 'time we dealt with', 'time to deal with',
  'get what they deserve', 'got what they deserved', 'gets what they deserve', 'regret ever coming', 'regret the day they', 'be rid of', 'finally rid of', 'rid the country of', 'rid this country of', 'rid our streets of']);
const PERSON_DOING = new Set(['living', 'working', 'sitting', 'standing', 'teaching', 'moving', 'walking', 'staying', 'hanging', 'loitering', 'running', 'coaching', 'serving']);
const KEPT_OUT = new Set(['allowed', 'in', 'on', 'at', 'near', 'here', 'welcome']);
const EXISTING = new Set(['exist', 'exists']);
const SAMENESS = new Set(['all the same', 'all alike']);
const ARE = new Set(['are', "'re", "they're", 'theyre']);
const EXIST_ADVERB = new Set(['even', 'still', 'actually', 'really', 'just']);
const OBJECT_PREPOSITION = new Set(['about', 'of', 'against', 'for', 'towards', 'toward', 'on', 'with', 'to', 'at', 'by']);
/** Where someone lies ("lying down", "lying on the sofa"), not what they tell. */
const RECLINING = new Set(['down', 'on', 'in', 'around', 'round', 'there', 'here', 'back', 'flat', 'still', 'awake', 'low', 'under', 'beside', 'next', 'by', 'across', 'asleep', 'face']);
const REGRET = new Set(['shame', 'pity', 'tragedy', 'sad', 'unfortunate', 'wish', 'why']);
const WISHING = new Set(['wish', 'wished', 'if', 'hope']);
const REFUSAL = /^(?:wouldn't|would not|would never|don't|do not|never|won't|will not|will never) (?:want|have|let|allow)$/;
const NEAR_SPEAKER = new Set(['near', 'nearby', 'here', 'anywhere']);
const SPEAKERS_OWN = new Set(['street', 'road', 'area', 'town', 'village', 'estate', 'neighbourhood', 'house', 'home', 'school', 'class', 'country', 'kids', 'children', 'child', 'daughter', 'son', 'family']);

/** The group placed by the speaker's home, street or children just after it: "… living next door", "… near my kids", "… in our area". */
function keptFromSpeaker(tokens: Token[], groupLast: number, sentenceLast: number): boolean {
  for (let k = groupLast + 1; k <= Math.min(sentenceLast, groupLast + 5); k++) {
    const word = tokens[k]!.norm;
    if (word === 'to') return false; // "… to feel left out": what happens to them
    if (NEAR_SPEAKER.has(word) || (word === 'next' && tokens[k + 1]?.norm === 'door')) return true;
    if ((word === 'my' || word === 'our') && SPEAKERS_OWN.has(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}
const POINTING = new Set(['the', 'those', 'these']);
/** Whom a feeling is for, named as a kind: "X are the people I hate most". */
const FELT_FOR = new Set(['people', 'ones', 'one', 'group', 'lot', 'kind', 'sort', 'type', 'folk', 'person', 'thing', 'things', 'community']);
const FEELING_ADVERB = new Set(['really', 'truly', 'honestly', 'just', 'genuinely', 'actually', 'absolutely', 'most', 'still', 'always', 'do']);
const PLACED = new Set(['in', 'at', 'on', 'from', 'next', 'down', 'across', 'over', 'near', 'round', 'around', 'by']);
const SPECIFIC = new Set(['our', 'the', 'these', 'those', 'my', 'your', 'this', 'both']);
const ACTIVITY = new Set(
  ('football rugby netball hockey cricket basketball dodgeball rounders tennis badminton athletics swimming gymnastics chess defence defense attack midfield goal tackle tackles scrum lineout ' +
    'training practice rehearsal rehearsals pe sport sports games game match matches relay race quiz maths spelling spellings times tables dancing dance stage buffet crisp tuck counter ' +
    'lunch breakfast disco party climbing wall zip obstacle course ' +
    // where a game is played: "savage on the court", "animals on the pitch"
    'court pitch field track pool mat mats rink').split(' '),
);

/** The group just before `from` is said to be wronged: "… still face barriers", "… were treated", "… being paid less". */
function wronged(tokens: Token[], from: number, last: number): boolean {
  let k = from + 1;
  // "how refugee families are treated": the group's adjective, then the people it describes.
  if (PERSONISH.has(tokens[k]?.norm ?? '') && k <= last) k++;
  if (tokens[k]?.norm === 'still' || tokens[k]?.norm === 'often' || tokens[k]?.norm === 'always') k++;
  if (k > last) return false;
  const word = tokens[k]!.norm;
  if (WRONGED_VERB.has(word)) return true;
  if (!VICTIM_MARK.has(word) && word !== 'get' && word !== 'gets') return false;
  const next = tokens[k + 1]?.norm ?? '';
  const after = k + 2 <= last ? (tokens[k + 2]?.norm ?? '') : '';
  // "being treated as equals" is not a wrong done to them.
  if (next === 'treated' && TREATED_WELL.has(after)) return false;
  return WRONGED.has(next) || (next === 'still' && WRONGED.has(after)) || (next === 'paid' && after === 'less');
}
const TREATED_WELL = new Set(['as', 'like', 'equally', 'fairly', 'well', 'better', 'the', 'with']);
/** Verbs that report what someone said: the clause after them has its own subject. */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tell', 'tells', 'explained', 'explain', 'asked', 'wrote', 'added', 'noted', 'reported', 'agreed', 'mentioned', 'complained', 'warned', 'admitted', 'pointed', 'joked', 'laughed']);
const WRONGED_VERB = new Set(['face', 'faces', 'faced', 'facing', 'suffer', 'suffered', 'struggle', 'struggles', 'struggled', 'struggling', 'endure', 'endured', 'experience', 'experienced']);
const WRONGED = new Set(
  ('treated mistreated underpaid bullied excluded targeted abused attacked ignored denied refused stared forgotten mocked insulted discriminated harassed ' +
    'persecuted overlooked blamed judged stereotyped silenced hurt enslaved oppressed marginalised marginalized murdered killed shunned left abandoned').split(' '),
);

/** Group adjectives that are a place's, and what lives there: "African animals", "Asian wildlife". */
const PLACE_ADJECTIVE = new Set(['african', 'asian', 'indian', 'chinese', 'arab', 'pakistani', 'polish', 'romanian', 'foreign']);
const WILD_ANIMALS = new Set(['animals', 'animal', 'wildlife', 'creatures', 'creature', 'beasts', 'beast']);
const CONTEMPT_BEFORE = new Set(['those', 'these', 'you', 'filthy', 'dirty', 'bloody', 'disgusting', 'stinking', 'thieving']);
function placeAnimal(tokens: Token[], first: number, last: number): boolean {
  return PLACE_ADJECTIVE.has(tokens[last]!.norm) && WILD_ANIMALS.has(tokens[last + 1]?.norm ?? '') && !CONTEMPT_BEFORE.has(tokens[first - 1]?.norm ?? '');
}
/** Animals a post names as animals ("the old dog", "the black gorilla at the zoo"): never a group with the adjective before them. */
const ANIMAL_NAMED = new Set(['dog', 'goldfish', 'snake', 'donkey', 'donkeys', 'chimp', 'chimps', 'chimpanzee', 'chimpanzees', 'gorilla', 'gorillas']);
/** Words before a noun that make it a particular person: "that ref", "my neighbour", "his dad". */
const SUBJECT_DETERMINER = new Set(['that', 'the', 'this', 'those', 'these', 'our', 'their', 'your', 'my', 'his', 'her']);
const SUPERLATIVE_SUBJECT = new Set(['nothing', 'nobody', 'none', 'no']);
const NOTHING_DONE = new Set(['nothing', 'nobody', 'noone', 'none']);
/** Comparisons that rank something above the group that follows them. */
const RANKED_ABOVE = new Set(['more intelligent than', 'more valuable than', 'smarter than', 'cleverer than', 'more clever than', 'wiser than', 'brainier than', 'more sense than', 'more common sense than',
  'more brains than', 'more brain cells than', 'more intelligence than', 'a higher iq than', 'higher iq than', 'more manners than', 'more use than', 'more useful than', 'more worth than', 'worth more than',
  'more value than', 'more civilised than', 'more civilized than', 'more human than', 'more humanity than', 'more decent than', 'more hygienic than', 'cleaner than', 'more deserving than',
  // "My cat could teach better than any X", "A monkey would do a better job than a X" (hate23)
  'teach better than', 'do a better job than', 'does a better job than', 'a better job than', 'run it better than', 'more talent than', 'more skill than', 'better manners than']);
/** Words that make a comparison rank one thing over another. */
const COMPARATIVE = new Set(['more', 'better', 'smarter', 'cleverer', 'brighter', 'cleaner', 'nicer', 'higher', 'greater', 'worthier', 'rather', 'sooner', 'prefer']);
const WH_WORD = new Set(['why', 'how', 'what', 'when']);
const CAUSING = new Set(['make', 'makes', 'made', 'let', 'watch', 'see']);
const RELATIVE = new Set(['who', 'that', 'which', 'whose', 'whom']);
/** Subjects that open a clause of their own after a comma, which a negation before does not reach. */
const CLAUSE_OPENER = new Set(["it's", 'its', "that's", 'thats', "there's", 'theres', "he's", "she's"]);
/** Words that join two clauses of their own: "House prices fell, and X came to the fair". */
const COORDINATOR = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet', 'or']);
/** Verbs of meeting someone: "never met a X who …", "Have you ever known a X that …". */
const MEETING = new Set(['met', 'meet', 'known', 'know', 'seen', 'see', 'found', 'find', 'come', 'across', 'heard']);
const CALLED_ON = new Set(['all', 'every', 'each', 'any', 'the', 'them', 'you', 'those', 'these', 'their', 'your', 'our']);
const TOLD_HARM = new Set(['suffer', 'suffers', 'suffering', 'die', 'dies', 'dying', 'drown', 'drowns', 'drowning', 'death', 'deaths', 'attacks', 'harm',
  // "women bleed every month", "refugees starved in the camps", "thousands of women get cancer" (told) — "I want to see them bleed", "let them starve" (wished)
  'bleed', 'bleed out', 'bleed to death', 'starve', 'starved', 'left to starve', 'left to die', 'get cancer', 'gets cancer']);
/** "dead on their feet", "a dead heat", "a dead ball", "a dead end", "the dead of night". */
const DEAD_IDIOM = new Set(['on', 'heat', 'ball', 'balls', 'end', 'ends', 'set', 'of', 'loss', 'rubber', 'cert', 'certain', 'ringer', 'weight', 'wood', 'line', 'centre', 'level', 'straight', 'still', 'silence', 'calm', 'slow', 'beat', 'tired', 'last']);
/** "You'll die laughing", "cakes to die for". */
const DIE_IDIOM = new Set(['laughing', 'for', 'of']);
/** The tail of a verbless fragment of abuse: "Vile, the lot of them", "Scum, every one of them". */
const FRAGMENT_TAIL = new Set(['the', 'lot', 'of', 'them', 'all', 'every', 'one', 'each', 'and', 'or',
  // the noun the abuse describes: "Vile creature.", "Horrible people."
  'creature', 'creatures', 'people', 'person', 'thing', 'things', 'individuals', 'individual']);
/** A sentence opening with one of these is about saying something: "Saying X are a burden is false". */
const REPORTING_GERUND = new Set(['saying', 'claiming', 'calling', 'suggesting', 'telling', 'implying', 'pretending', 'insisting', 'posting', 'writing', 'shouting', 'spreading', 'hating', 'mocking', 'threatening', 'describing', 'labelling', 'labeling',
  // "Accusing X of being …", "Blaming X for …", "Wishing death on X …" (added in the hate23 session)
  'accusing', 'blaming', 'branding', 'wishing', 'wanting', 'comparing', 'portraying', 'painting', 'stereotyping', 'insulting', 'dismissing']);
/** Words before a group that make it the cause of a feeling that follows: "whenever X …, I feel sick". */
/** Phrases that make the group an excess (see tooMany). */
const EXCESS = new Set(['too many', 'any more', 'no more']);
const WANTING = new Set(['need', 'needs', 'want', 'wants']);
/** After "too many X": here, now, arriving. */
const EXCESS_AFTER = new Set(['here', 'about', 'everywhere', 'now', 'nowadays', 'anymore', 'already', 'coming', 'arriving', 'moving', 'flooding', 'pouring', 'getting', 'living', 'these', 'today']);
const EXCESS_PLACE = new Set(['country', 'town', 'area', 'school', 'schools', 'street', 'city', 'village', 'neighbourhood', 'estate', 'britain', 'england', 'uk', 'world', 'road', 'class', 'place']);
/** Being close to someone: "can't stand to be near X", "… in the same room as X". */
const PROXIMITY = new Set(['near', 'around', 'with', 'room', 'next', 'beside', 'among', 'amongst', 'alongside', 'same']);
const CAUSE_MARK = new Set(['when', 'whenever', 'if', 'time', 'sight', 'seeing', 'see', 'hearing', 'around', 'near', 'meeting', 'meet', 'looking', 'watching', 'thinking']);
/** How far a group may stand before the copula it is the subject of ("women with any power are"). */
const SUBJECT_REACH = 5;
/** How much further a subject followed by its own relative clause may stand ("X who live on my road are …"). */
const RELATIVE_REACH = 5;
/** Who meets the group in a relative clause without "who": "every X I meet", "the X we know". */
const CONTACT_SUBJECT = new Set(['i', 'we', "i've", "we've", 'you']);
const RELATIVE_AFTER_SUBJECT = new Set(['who', 'that', "who've", "who'd", "who're", "who's", "that've"]);
/** Endings of adjectives that may stand before a hostile noun: "confused perverts", "dangerous animals". */
const ADJECTIVE_ENDING = /(?:ed|ful|ous|ish|ic|less|al|ive|able|ible|ant|ent)$/;
/** Describing words that are not also a past verb ("a selfish cow", "a thieving little …"; not "he acted the idiot"). */
const DESCRIBING_ENDING = /(?:ful|ous|ish|ic|less|al|ive|able|ible|ant|ent|ing)$/;
/** A verb of place before "in"/"with": "X belong in a zoo" is a predicate like "X are animals". */
const PLACE_VERB = new Set(['belong', 'belongs', 'belonged', 'live', 'lives']);
/** Verbs that put someone somewhere: wished, the place is what they are said to deserve ("should be kept in cages"). */
const PUT_IN = new Set(['put', 'kept', 'locked', 'placed', 'shut', 'thrown', 'sent', 'chained']);
/** Words a negation does not reach across. */
const SCOPE_BREAK = new Set(['that', 'i', 'we', 'you', 'he', 'she', 'they', 'if', 'because', 'when', 'but', 'and', 'who', 'which', "they're", 'theyre', "we're", "you're", "i'm", "he's", "she's"]);
/** Feelings whose cause comes first ("women make me sick"); other feelings take their object after. */
const CAUSATIVE = /\bm[ey]\b|^disgusts?$|^sickens?$|^repulses?$|^revolts?$|^appals?$/;
const SENTENCE_END = /[.!?;:]["'”’)]*(?:\s|$)|\n/;

/**
 * The comparative and superlative of each short attribute adjective that takes them ("lazy" → lazier,
 * laziest; "vile" → viler, vilest; "thick" → thicker, thickest), for "X are the laziest people on earth"
 * and "X are filthier than animals": words of at most six letters ending in a consonant, "e" or a
 * consonant and "y" (not "-ous", "-ive", "-ed" words, which take "more"/"most", already read), and
 * not already a term.
 */
function gradedForms(terms: Term[]): string[] {
  const all = new Set<string>();
  for (const term of terms) for (const t of term.terms) all.add(t.toLowerCase());
  const out = new Set<string>();
  for (const term of terms) {
    if (term.role !== 'attribute') continue;
    for (const t of term.terms) {
      const word = t.toLowerCase();
      // Adjectives in -y ("filthy", "lazy", "sneaky") and the short ones of GRADED_PLAIN; the list's nouns ("liar", "menace") take none.
      const forms = NOT_GRADED.has(word) ? []
        : word === 'cruel' ? ['crueller', 'cruellest']
        : /^[a-z]{3,7}$/.test(word) && /[^aeiou]y$/.test(word)
        ? [`${word.slice(0, -1)}ier`, `${word.slice(0, -1)}iest`]
        : GRADED_PLAIN.has(word)
          ? word.endsWith('e') ? [`${word}r`, `${word}st`] : [`${word}er`, `${word}est`]
          : [];
      for (const form of forms) if (!all.has(form)) out.add(form);
    }
  }
  return [...out].sort();
}
/** Short attribute adjectives not in -y that take -er/-est. */
const GRADED_PLAIN = new Set(['vile', 'thick', 'cruel', 'foul', 'rude', 'sly', 'dumb', 'crude']);
/** Not graded: said of readers, rides and lights as often ("our weaker readers", "the scariest ride", "a dimmer switch"). */
const NOT_GRADED = new Set(['scary', 'weak', 'dim', 'dense', 'weird']);

/**
 * What the model derives from the three lexicons, as plain data: worked out at build time into
 * dist/data.json (`derived/hostility-model`, so the CLI does not redo it on every run), or from the
 * YAML when running from source. Lists keep the order the sets and maps were filled in.
 */
export interface HostilityData {
  /** Comparative and superlative attributes (`gradedForms`), a term of their own. */
  graded: string[];
  vocabulary: string[];
  kinds: [string, string][];
  known: string[];
  /** Misspellings by the word they stand for, each "word misspelling misspelling …" (less JSON to parse than pairs). */
  variants: string[];
  triggers: string[];
  pairTriggers: [string, string[]][];
  positives: string[];
  negations: string[];
}

/** The terms the matcher reads: the grammar's, the graded attributes, then the word list's. */
function modelTerms(derogatory: Lexicon, grammar: Lexicon, graded: string[]): Term[] {
  const terms: Term[] = [];
  for (const entry of grammar.entries) if (GRAMMAR_ROLES.has(entry.category)) terms.push({ ...entry, role: entry.category as Role });
  if (graded.length > 0) terms.push({ category: 'attribute', severity: 'error', note: 'comparative and superlative forms of the attributes ("the laziest", "filthier than")', terms: graded, role: 'attribute' } as Term);
  for (const entry of derogatory.entries) terms.push({ ...entry, role: 'word' });
  return terms;
}

/** Builds the matcher and vocabulary from the three lexicons (cached by the caller). */
export function buildHostilityModel(derogatory: Lexicon, grammar: Lexicon, variants: Lexicon): HostilityModel {
  return hostilityModelFrom(deriveHostilityData(derogatory, grammar, variants), derogatory, grammar);
}

/** The model from data `deriveHostilityData` gave for these two lexicons. */
export function hostilityModelFrom(data: HostilityData, derogatory: Lexicon, grammar: Lexicon): HostilityModel {
  const terms = modelTerms(derogatory, grammar, data.graded);
  const pairTriggers = new Map<string, Set<string>>();
  for (const [first, seconds] of data.pairTriggers) pairTriggers.set(first, new Set(seconds));
  const variants = new Map<string, string>();
  for (const group of data.variants) {
    const words = group.split(' ');
    for (let k = 1; k < words.length; k++) variants.set(words[k]!, words[0]!);
  }
  let matcher: PhraseMatcher<Term> | undefined;
  return {
    matcher: () => (matcher ??= new PhraseMatcher<Term>(terms)),
    vocabulary: new Set(data.vocabulary),
    kinds: new Map(data.kinds),
    known: new Set(data.known),
    variants,
    triggers: new Set(data.triggers),
    pairTriggers,
    positives: new Set(data.positives),
    negations: new Set(data.negations),
    flags: new Map(),
    gapped: gappedThreats(terms),
  };
}

/** The sets and maps of the model, from the lexicons (see `HostilityData`). */
export function deriveHostilityData(derogatory: Lexicon, grammar: Lexicon, variants: Lexicon): HostilityData {
  const grammarTerms = modelTerms({ ...derogatory, entries: [] }, grammar, []);
  const graded = gradedForms(grammarTerms);
  const terms = modelTerms(derogatory, grammar, graded);
  const vocabulary = new Set<string>();
  const kinds = new Map<string, string>();
  const known = new Set<string>();
  for (const term of terms) {
    const inVocabulary = VOCAB_ROLES.has(term.role) || term.role === 'identity-adjective';
    for (const t of term.terms) {
      const lower = t.toLowerCase();
      if (lower.includes(' ')) for (const word of lower.split(' ')) known.add(word);
      else {
        known.add(lower);
        if (inVocabulary) {
          vocabulary.add(lower);
          if (!kinds.has(lower)) kinds.set(lower, term.role === 'word' ? `${term.category}/${term.strength ?? ''}` : term.role);
        }
      }
    }
  }
  const variantMap = new Map<string, string>();
  for (const entry of variants.entries) {
    const canonical = entry.note;
    if (canonical === undefined) continue;
    for (const variant of entry.terms) if (!known.has(variant)) variantMap.set(variant, canonical);
  }
  // "I cant stand …", "they dont deserve …": the apostrophe left out.
  for (const word of known) {
    const bare = word.replace("n't", 'nt');
    if (bare !== word && !known.has(bare)) variantMap.set(bare, word);
  }
  const triggers = new Set<string>();
  const pairTriggers = new Map<string, Set<string>>();
  const positives = new Set<string>();
  const negations = new Set<string>();
  for (const term of terms) {
    const target = term.role === 'positive' || term.role === 'quality' || term.role === 'trait' || term.role === 'interaction' ? positives : term.role === 'negation' ? negations : HOSTILE_ROLES.has(term.role) ? triggers : undefined;
    if (!target) continue;
    for (const t of term.terms) {
      if (target !== triggers) target.add(firstWord(t));
      else {
        // A phrase of common words only ("end every", "every last one"): looked for by its first two
        // words together, or "every" alone would send every "every child" paragraph to the grammar.
        const words = /^[a-z0-9]+(?: [a-z0-9]+)+$/.test(t) ? t.split(' ') : undefined;
        if (words && words.every((w) => COMMON.has(w))) {
          const seconds = pairTriggers.get(words[0]!) ?? new Set<string>();
          seconds.add(words[1]!);
          pairTriggers.set(words[0]!, seconds);
        } else triggers.add(rarestWord(t));
      }
    }
  }
  return {
    graded,
    vocabulary: [...vocabulary],
    kinds: [...kinds],
    known: [...known],
    variants: groupedVariants(variantMap),
    triggers: [...triggers],
    pairTriggers: [...pairTriggers].map(([first, seconds]) => [first, [...seconds]]),
    positives: [...positives],
    negations: [...negations],
  };
}

/** Misspelling → word, as "word misspelling …" lines (see `HostilityData.variants`): each misspelling once, so the map read back gives the same word for each. */
function groupedVariants(variants: Map<string, string>): string[] {
  const byWord = new Map<string, string[]>();
  for (const [variant, word] of variants) {
    if (/\s/.test(variant) || /\s/.test(word)) throw new Error(`derogatory-variants: "${variant}" → "${word}" holds white space`);
    const list = byWord.get(word) ?? [];
    list.push(variant);
    byWord.set(word, list);
  }
  return [...byWord].map(([word, list]) => `${word} ${list.join(' ')}`);
}

/** Threats with "them" inside them, by their first word (see `Gapped`). */
function gappedThreats(terms: Term[]): Map<string, Gapped[]> {
  const gapped = new Map<string, Gapped[]>();
  for (const term of terms) {
    if (term.role !== 'threat') continue;
    for (const t of term.terms) {
      const words = t.split(' ');
      const at = words.indexOf('them');
      if (at <= 0 || at === words.length - 1 || !words.every((w) => /^[a-z]+$/.test(w)) || GAP_UNSAFE.has(t)) continue;
      const list = gapped.get(words[0]!) ?? [];
      list.push({ term, text: t, prefix: words.slice(0, at), suffix: words.slice(at + 1) });
      gapped.set(words[0]!, list);
    }
  }
  return gapped;
}

/** Words too common to tell whether a text is worth a closer look. */
const COMMON = new Set(['a', 'an', 'the', 'in', 'on', 'of', 'to', 'for', 'with', 'at', 'by', 'no', 'not', 'one', 'all', 'and', 'or', 'is', 'are', 'be', 'was', 'were', 'would', 'will', 'should', 'can', 'could', 'have', 'has', 'had', 'do', 'does', 'it', 'its', 'that', 'this', 'them', 'they', 'their', 'you', 'your', 'i', 'we', 'me', 'my', 'our', 'as', 'so', 'just', 'up', 'out', 'off', 'down', 'get', 'go', 'put', 'make', 'back', 'every', 'any', 'more', 'than', 'like',
  // common in school news, so never the word a hostile phrase is looked for by
  'children', 'child', 'kids', 'pupils', 'people', 'families', 'family', 'welcome', 'here', 'there', 'bring', 'full', 'what', 'time', 'day', 'week', 'year', 'school', 'home', 'work', 'place', 'part', 'see', 'come', 'take', 'well', 'good', 'fire', 'miss', 'near', 'from', 'about', 'into', 'over', 'who', 'which', 'been', 'being', 'she', 'he', 'his', 'her', 'him', 'us', 'if', 'when', 'then', 'now', 'new', 'old', 'first', 'last', 'next', 'lot', 'end', 'kept', 'let', 'allowed', 'country', 'town', 'world', 'way', 'life', 'lives', 'too', 'many',
  // everyday verbs and words of school news that some hostile phrases hold ("went to pot", "why do we still let", "sit around all day")
  'went', 'goes', 'still', 'around', 'sitting', 'same', 'runs', 'ran', 'glass', 'standards', 'waiting', 'wait', 'everywhere', 'need', 'say', 'said', 'enough', 'missed',
  // "even", "ever": in "X … even allowed", "ever allowed" looked for with "allowed" after them, not alone ("Amelia even spotted …")
  'even', 'ever']);

/**
 * The word of a hostile term that a text must hold for the term to match: its longest uncommon
 * word ("illness" for "a mental illness", "kitchen" for "in the kitchen where"), so that common
 * words such as "a" or "no" do not make every text worth a closer look.
 */
function rarestWord(term: string): string {
  const words = /^[a-z0-9]+(?: [a-z0-9]+)*$/.test(term) ? term.split(' ') : tokenizeOnce(term).map((t) => t.norm.replace(/'s$/, ''));
  let best: string | undefined;
  for (const word of words) if (!COMMON.has(word) && (best === undefined || word.length >= best.length)) best = word;
  if (best !== undefined) return best;
  // All common: the longest, and of equals the last ("end their lives" is looked for by "lives").
  for (const word of words) if (best === undefined || word.length >= best.length) best = word;
  return best ?? firstWord(term);
}

/** The first word of a term as the tokenizer would normalise it (cheaply: terms are plain lower-case words). */
function firstWord(term: string): string {
  const first = /^[a-z0-9]+(?:'[a-z]+)*$/.test(term) ? term : (tokenizeOnce(term)[0]?.norm ?? '');
  return first.replace(/'s$/, '');
}

interface Hit {
  match: PhraseMatch<Term>;
  role: Role;
  term: Term;
  /** Read through a misspelling: counts only in a remark about a group. */
  fuzzy: boolean;
}

/**
 * The words as the grammar reads them, disguises undone, or undefined when nothing in them is worth a
 * closer look. With no word that may read differently the plain words are returned as they are:
 * undoing disguises would give them back unchanged (tests/text/hostile-reading.test.ts).
 */
export function hostileReading(text: string, model: HostilityModel, words: BaseToken[]): Token[] | undefined {
  const look = worthALook(words, model, text);
  if (look === 'nothing') return undefined;
  if (look === 'as-written') return words;
  const tokens = hostileTokens(text, model.vocabulary, model.variants, model.known, words, model.kinds);
  return tokens.length > 0 && worthALook(tokens, model) !== 'nothing' ? tokens : undefined;
}

/** `words`: the text's plain word tokens, when the caller has them already. */
export function findHostility(text: string, model: HostilityModel, words: BaseToken[] = tokenize(text)): HostileFinding[] {
  // Most paragraphs hold no hostile word however they are read: settled on the plain words first,
  // without undoing disguises (which only matters where a word may read differently).
  const tokens = hostileReading(text, model, words);
  if (!tokens) return [];
  // A word inside a longer phrase of the same role ("die" in "deserves to die") is the phrase.
  const all = withGapped(model.matcher().match(text, tokens), tokens, text, model.gapped);
  const containers = containersOf(all);
  const matches = all.filter(
    (m) =>
      !containers(m).some(
        (o) =>
          o !== m &&
          (o.entry.role === m.entry.role || (HOSTILE_ROLES.has(o.entry.role) && HOSTILE_ROLES.has(m.entry.role))) &&
          o.firstToken <= m.firstToken &&
          o.lastToken >= m.lastToken &&
          o.lastToken - o.firstToken > m.lastToken - m.firstToken,
      ) &&
      !(m.entry.role === 'threat' && m.term === 'dead' && (INTENSIFIED.has(tokens[m.lastToken + 1]?.norm ?? '') || DEAD_IDIOM.has(tokens[m.lastToken + 1]?.norm ?? ''))) &&
      !(m.entry.role === 'threat' && (m.term === 'die' || m.term === 'dies') && DIE_IDIOM.has(tokens[m.lastToken + 1]?.norm ?? '')) &&
      !(m.entry.role === 'threat' && harmTold(m, tokens, text)) &&
      !(m.entry.role === 'threat' && doneToAThing(m, tokens)) &&
      !(m.entry.role === 'threat' && (inCompound(m, tokens, text) || thingSubject(m, tokens))),
  );
  if (!matches.some((m) => HOSTILE_ROLES.has(m.entry.role))) return [];

  const sentenceOf = sentenceIds(text, tokens);
  const quotes = quoteSpans(text);
  const hits: Hit[] = matches.map((match) => ({ match, role: match.entry.role, term: match.entry, fuzzy: tokens.slice(match.firstToken, match.lastToken + 1).some((t) => t.fuzzy === true) }));
  const bySentence = new Map<number, Hit[]>();
  for (const hit of hits) {
    const id = sentenceOf[hit.match.firstToken]!;
    const list = bySentence.get(id) ?? [];
    list.push(hit);
    bySentence.set(id, list);
  }
  const identityBySentence = new Map<number, Identity[]>();
  for (const [id, list] of bySentence) identityBySentence.set(id, identities(list, tokens, text));

  const bounds = new Map<number, [number, number]>();
  sentenceOf.forEach((id, index) => {
    const b = bounds.get(id);
    if (b) b[1] = index;
    else bounds.set(id, [index, index]);
  });
  const findings: HostileFinding[] = [];
  for (const [id, list] of bySentence) {
    if (!list.some((h) => HOSTILE_ROLES.has(h.role))) continue;
    // Only a quotation around one of the sentence's hits can matter to it.
    let from = Number.POSITIVE_INFINITY;
    let to = 0;
    for (const hit of list) {
      from = Math.min(from, hit.match.start);
      to = Math.max(to, hit.match.end);
    }
    // A label ending in a colon frames what follows: "Our Year 9 debate: should X be …?"
    const previous = bounds.get(id - 1);
    const framed =
      previous !== undefined &&
      text.slice(tokens[previous[1]]!.end, tokens[previous[1] + 1]?.start ?? text.length).includes(':') &&
      (bySentence.get(id - 1) ?? []).some((h) => h.role === 'counter');
    // A short denial right after answers the remark: "… say X are ruining the country. They aren't."
    const next = bounds.get(id + 1);
    let answered = next !== undefined && next[1] - next[0] < 5 && DENIAL_OPENING.has(tokens[next[0]]!.norm);
    if (answered) {
      let denies = false;
      for (let k = next![0]; k <= next![1] && answered; k++) {
        const word = tokens[k]!.norm;
        if (DENYING.has(word)) denies = true;
        else if (!DENIAL_FILLER.has(word)) answered = false;
      }
      answered &&= denies;
    }
    const finding = judgeSentence(id, list, identityBySentence, tokens, bounds.get(id)!, quotesOverlapping(quotes, from, to), text, framed || answered);
    if (finding) findings.push(finding);
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** A sentence of nothing but a denial after a remark: "They aren't.", "That's not true.", "No they don't." */
const DENIAL_OPENING = new Set(['they', "they're", 'theyre', 'it', "it's", 'its', 'that', "that's", 'thats', 'which', 'no', 'nope']);
const DENYING = new Set(["aren't", 'arent', "isn't", 'isnt', "don't", 'dont', "doesn't", 'doesnt', "weren't", "wasn't", "won't", 'not', 'no', 'nope', 'untrue', 'false', 'nonsense', 'rubbish']);
const DENIAL_FILLER = new Set([...DENIAL_OPENING, 'are', 'is', 'do', 'does', 'were', 'was', 'will', 'at', 'all', 'true', 'really', 'simply', 'just', 'of', 'course', 'even', 'close', 'remotely']);

/** Most words a group may take where a threat has "them": "hunt every last gay man down". */
const GAP_WORDS = 5;
/** More words for where the group is: "put every gay man in this town in hospital". */
const GAP_PLACE_WORDS = 3;
const WHERE_PREPOSITION = new Set(['in', 'on', 'at', 'round', 'around', 'across', 'near']);
/** More words for a relative clause picking out whom the threat means: "put the next X who walks past my house in hospital". */
const GAP_RELATIVE_WORDS = 5;
/**
 * Threats with "them" whose verb and particle, around other words, have an everyday sense with
 * people: "bullies put disabled pupils down", "line the Year 6 pupils up", "drive the refugee
 * families out to the farm", "teach refugee women a lesson in English".
 */
const GAP_UNSAFE = new Set(['put them down', 'line them up', 'teach them a lesson', 'drive them out', 'throw them off', 'make them pay', 'knock them out', 'round them up', 'round them all up', 'clear them out', 'ship them off', 'wipe them off']);

/**
 * "hunt gay people down", "wipe Muslims out", "put disabled people out of their misery": a threat
 * the lexicon has with "them" in it ("hunt them down") with a group in its place. Matched as the
 * verb alone, so the group after it is its target as in "hunt down X". Only with a group term
 * filling the gap (and no sentence end in it): "lock the bikes up" is no threat.
 */
function withGapped(all: PhraseMatch<Term>[], tokens: Token[], text: string, gapped: Map<string, Gapped[]>): PhraseMatch<Term>[] {
  // The gap needs a group: most texts name none, and need no scan.
  if (gapped.size === 0 || !all.some((m) => m.entry.role === 'identity-noun' || m.entry.role === 'identity-adjective')) return all;
  let added: PhraseMatch<Term>[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const list = gapped.get(tokens[i]!.norm);
    if (!list) continue;
    // Wished ("we should hunt …", "I'm going to wipe …") or an order opening its sentence ("Hunt … down"), not told.
    const ordered = i === 0 || SENTENCE_END.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
    if (!ordered && !hasModalBefore(tokens, i, 5)) continue;
    for (const g of list) {
      if (!g.prefix.every((w, d) => tokens[i + d]?.norm === w)) continue;
      const from = i + g.prefix.length;
      const placed = all.some((m) => {
        if ((m.entry.role !== 'identity-noun' && m.entry.role !== 'identity-adjective') || m.firstToken < from || m.lastToken >= from + GAP_WORDS) return false;
        // After a person word if there is one: "every gay man in this town".
        const at = m.lastToken + (PERSONISH.has(tokens[m.lastToken + 1]?.norm ?? '') ? 2 : 1);
        return WHERE_PREPOSITION.has(tokens[at]?.norm ?? '') && OBJECT_LEAD.has(tokens[at + 1]?.norm ?? '');
      });
      // Picked out by a relative clause: "the next X who walks past my house", "any X that comes near my kids".
      const picked = all.some((m) => {
        if ((m.entry.role !== 'identity-noun' && m.entry.role !== 'identity-adjective') || m.firstToken < from || m.lastToken >= from + GAP_WORDS) return false;
        const at = m.lastToken + (PERSONISH.has(tokens[m.lastToken + 1]?.norm ?? '') ? 2 : 1);
        return RELATIVE_AFTER_SUBJECT.has(tokens[at]?.norm ?? '') && !/[,;:—–]/.test(text.slice(tokens[at - 1]!.end, tokens[at]?.start ?? tokens[at - 1]!.end));
      });
      for (let end = from; end < Math.min(tokens.length, from + GAP_WORDS + (placed ? GAP_PLACE_WORDS : 0) + (picked ? GAP_RELATIVE_WORDS : 0)); end++) {
        if (SENTENCE_END.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) break;
        if (!g.suffix.every((w, d) => tokens[end + 1 + d]?.norm === w)) continue;
        const group = all.some((m) => (m.entry.role === 'identity-noun' || m.entry.role === 'identity-adjective') && m.firstToken >= from && m.lastToken <= end);
        if (group) (added ??= []).push({ entry: g.term, term: g.text, start: tokens[i]!.start, end: tokens[from - 1]!.end, firstToken: i, lastToken: from - 1 });
        break;
      }
    }
  }
  return added ? [...all, ...added].sort((a, b) => a.firstToken - b.firstToken) : all;
}

/**
 * For a match, the matches that may contain it: those starting at most the longest match's length
 * before it and not after it. The matcher gives matches in order of their first token, so a
 * binary search finds them — not a scan of every match (a long text full of hits is not quadratic).
 */
export function containersOf<T extends { firstToken: number; lastToken: number }>(all: T[]): (m: T) => T[] {
  let longest = 0;
  let sorted = true;
  for (let k = 0; k < all.length; k++) {
    longest = Math.max(longest, all[k]!.lastToken - all[k]!.firstToken);
    if (k > 0 && all[k]!.firstToken < all[k - 1]!.firstToken) sorted = false;
  }
  if (!sorted) return () => all;
  return (m) => {
    const from = firstWhere(all.length, (k) => !(all[k]!.firstToken < m.lastToken - longest));
    let to = from;
    while (to < all.length && all[to]!.firstToken <= m.firstToken) to++;
    return all.slice(from, to);
  };
}

/** An asterisk against a letter: a word may be masked ("sc*m"). */
const MASK = /\p{L}\*|\*\p{L}/u;
const TRIGGER = 1;
const POSITIVE = 2;
const NEGATION = 4;
/** The word may read differently once disguises are undone (plain words only: see `worthALook`). */
const DISGUISED = 8;
/** The first word of a phrase of common words (see HostilityModel.pairTriggers). */
const PAIR_FIRST = 16;
const FLAGS_LIMIT = 50_000;

/** One lookup per word for everything `worthALook` asks of it, remembered per model. */
function wordFlags(norm: string, model: HostilityModel, plain: boolean): number {
  let flags = model.flags.get(norm);
  if (flags === undefined) {
    const n = norm.length;
    const word = n > 2 && norm.charCodeAt(n - 1) === 0x73 && norm.charCodeAt(n - 2) === 0x27 ? norm.slice(0, -2) : norm; // "'s"
    flags = (model.triggers.has(word) ? TRIGGER : 0) | (model.positives.has(word) ? POSITIVE : 0) | (model.negations.has(word) ? NEGATION : 0) | (model.pairTriggers.has(norm) ? PAIR_FIRST : 0);
    if (mayReadDifferently(norm, model.vocabulary, model.variants, model.known)) flags |= DISGUISED;
    if (model.flags.size >= FLAGS_LIMIT) model.flags.clear();
    model.flags.set(norm, flags);
  }
  return plain ? flags : flags & ~DISGUISED;
}

/**
 * Whether the words are worth a closer look: 'nothing' when they hold no hostile word and no denied
 * good beside a negation. Given the text, the words are the plain ones, and anything a disguise could
 * hide counts as 'disguised': a word that may read differently, a run of single letters ("f u c k"),
 * an "@" or "$" ("b@stard"), an asterisk against a letter ("sc*m"). 'as-written' then means that
 * hostile words are there and no word reads otherwise, so `hostileTokens` would return them unchanged.
 */
function worthALook(tokens: Token[], model: HostilityModel, plainText?: string): 'nothing' | 'as-written' | 'disguised' {
  const plain = plainText !== undefined;
  if (plain && (plainText.includes('@') || plainText.includes('$') || (plainText.includes('*') && MASK.test(plainText)))) return 'disguised';
  let hostile = false;
  let positive = false;
  let negation = false;
  let singles = 0;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    const flags = wordFlags(norm, model, plain);
    if (flags & DISGUISED) return 'disguised';
    if (flags & TRIGGER || (flags & PAIR_FIRST && model.pairTriggers.get(norm)!.has(tokens[i + 1]?.norm ?? ''))) {
      if (!plain) return 'as-written';
      hostile = true; // read on: a disguise later in the paragraph still needs undoing
    }
    if (flags & POSITIVE) positive = true;
    if (flags & NEGATION) negation = true;
    if (plain) {
      singles = norm.length === 1 ? singles + 1 : 0;
      if (singles >= 3 || gluedBefore(norm, tokens[i + 1]?.norm, model.vocabulary) !== undefined) return 'disguised';
    }
  }
  return hostile || (positive && negation) ? 'as-written' : 'nothing';
}

/**
 * Words longer than this with no sentence end are judged in parts of this many words: no real
 * sentence is this long, and a paragraph of thousands of hits with no full stop is then not
 * judged hit against hit (quadratic).
 */
const MAX_SENTENCE_WORDS = 200;

function sentenceIds(text: string, tokens: Token[]): number[] {
  const ids: number[] = [];
  let id = 0;
  let length = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      const from = tokens[i - 1]!.end;
      const oneSpace = tokens[i]!.start - from === 1 && text.charCodeAt(from) === 32;
      if ((!oneSpace && SENTENCE_END.test(text.slice(from, tokens[i]!.start))) || length >= MAX_SENTENCE_WORDS) {
        id++;
        length = 0;
      }
    }
    ids.push(id);
    length++;
  }
  return ids;
}

/**
 * Character ranges inside quotation marks (straight or curly, double or single), one list per
 * kind of mark: each list is in text order and its ranges do not overlap.
 */
function quoteSpans(text: string): [number, number][][] {
  if (!/["“‘']/.test(text)) return [];
  const pairs = [/"([^"\n]{2,})"/g, /“([^”\n]{2,})”/g, /‘([^’\n]{2,})’/g, /(?<![\p{L}\p{N}])'([^'\n]{2,}?)'(?![\p{L}\p{N}])/gu];
  return pairs.map((pattern) => [...text.matchAll(pattern)].map((m): [number, number] => [m.index, m.index + m[0].length]));
}

/** The quotation ranges that overlap [start, end): found by binary search in each list. */
function quotesOverlapping(lists: [number, number][][], start: number, end: number): [number, number][] {
  const found: [number, number][] = [];
  for (const spans of lists) {
    for (let k = firstWhere(spans.length, (i) => !(spans[i]![1] <= start)); k < spans.length && spans[k]![0] < end; k++) found.push(spans[k]!);
  }
  return found;
}

interface Identity {
  first: number;
  last: number;
  group: string;
  text: string;
  pronoun?: boolean;
  /** A place of the group ("that Jewish school"): the target of a threat, not of other remarks. */
  place?: boolean;
  /** Being one of the group as a sentence's subject ("Being a woman is …"): not the speaker, though "being a" marks self-description elsewhere. */
  gerund?: boolean;
}

/** What may follow a state named as a subject ("Being gay is …", "Being a Muslim should be …"): now or wished, not told ("Being gay was illegal until 1967"). */
const GERUND_PREDICATE = new Set(['is', "'s", 'should', 'must', 'ought', 'will', 'needs', 'deserves', 'makes', 'means']);

/**
 * "Being gay is disgusting", "Being a woman is a mental illness": being one of the group, the subject of
 * the sentence ("being", an article for a noun, the group, then a present or wished verb) is the group,
 * not the speaker describing themself.
 */
function gerundSubject(tokens: Token[], first: number, last: number): boolean {
  const article = tokens[first - 1]?.norm === 'a' || tokens[first - 1]?.norm === 'an';
  const being = article ? first - 2 : first - 1;
  return tokens[being]?.norm === 'being' && GERUND_PREDICATE.has(tokens[last + 1]?.norm ?? '');
}

/** Token k is a possessive ("pupils'", "people's") naming a thing of theirs, not the group or a quality of it ("lives", "nature"). */
function thingOfTheirs(hits: Hit[], tokens: Token[], text: string, k: number): boolean {
  const possessive = /(?:'s|s')$/.test(tokens[k]!.norm) || /^['’]\s/.test(text.slice(tokens[k]!.end, tokens[k]!.end + 2));
  if (!possessive || POSSESSED.has(tokens[k + 1]?.norm ?? '')) return false;
  return !hits.some((h) => h.match.firstToken === k + 1 && (h.role === 'person-noun' || h.role === 'dehumanising' || h.role === 'attribute'));
}

function identities(hits: Hit[], tokens: Token[], text: string): Identity[] {
  const found: Identity[] = [];
  for (const hit of hits) {
    const { firstToken, lastToken } = hit.match;
    if (hit.role === 'identity-noun') {
      // "the Chinese beast" of a lion dance: a noun that is also a place's adjective, before an animal.
      if (placeAnimal(tokens, firstToken, lastToken)) continue;
      // "women's football team" names a team, not the group; "women's lives", "women's nature" do.
      const last = tokens[lastToken]!.norm;
      // The plural possessive may be left off the token: "the wheelchair users' path".
      const pluralPossessive = /^['’](?!\p{L})/u.test(text.slice(tokens[lastToken]!.end, tokens[lastToken]!.end + 2));
      if (last.endsWith("'s") || last.endsWith("s'") || last === 'womens' || pluralPossessive) {
        const next = tokens[lastToken + 1]?.norm ?? '';
        const describesThem = POSSESSED.has(next) || hits.some((h) => h.match.firstToken === lastToken + 1 && (h.role === 'person-noun' || h.role === 'dehumanising' || h.role === 'attribute'));
        if (!describesThem) continue;
      }
      // "Muslim families' forms should be sent back": the noun as an adjective before a person word
      // whose possessive names a thing of theirs, as "disabled pupils' laptops" does below.
      const person = hits.find((h) => h.match.firstToken === lastToken + 1 && h.role === 'person-noun');
      if (person && thingOfTheirs(hits, tokens, text, person.match.lastToken)) continue;
      // "the black and whites" (a team's colours), "cricket whites", "in their whites": clothes, not people.
      if (COLOUR_NOUN.has(tokens[firstToken]!.norm) && (WORN_BY.has(tokens[firstToken - 1]?.norm ?? '') || (tokens[firstToken - 1]?.norm === 'and' && COLOUR.has(tokens[firstToken - 2]?.norm ?? '')))) continue;
      // "the disabled toilet", "the elderly care home": an adjective before a thing, not the group.
      if (hit.match.term.startsWith('the ') && FACILITY.has(tokens[lastToken + 1]?.norm ?? '')) continue;
      found.push({ first: firstToken, last: lastToken, group: hit.term.note ?? 'a protected characteristic', text: tokens.slice(firstToken, lastToken + 1).map((t) => t.raw).join(' '), gerund: gerundSubject(tokens, firstToken, lastToken) || undefined });
    } else if (hit.role === 'identity-adjective') {
      // "black people", "female lives", "immigrant trash": the next word must be a person or hostile noun.
      const next = lastToken + 1;
      // "the old ones", "the black ones", "the old kind of pens", "the old life of the mill": things, as often as not.
      const adjective = tokens[lastToken]!.norm;
      const noun = tokens[next]?.norm ?? '';
      if (THING_ADJECTIVE.has(adjective) && (LOOSE_PERSON.has(noun) || (adjective === 'old' && LOOSE_FOR_OLD.has(noun)) || (noun === 'lot' && COLOUR.has(adjective)))) continue;
      // "a malicious old man", "the gossipy old woman": one person described, not the age group.
      if (adjective === 'old' && ONE_PERSON.has(noun)) continue;
      // "learning about African animals", "the Chinese beast of the lion dance": animals of a place —
      // unless pointed at with contempt ("those African animals").
      if (placeAnimal(tokens, firstToken, lastToken)) continue;
      // "age-old problem", "a centuries-old custom": the end of a compound adjective, not the group.
      const before = tokens[firstToken - 1];
      if (before && text.slice(before.end, tokens[firstToken]!.start) === '-') continue;
      const follows = hits.some(
        (h) => h.match.firstToken === next && (h.role === 'person-noun' || (h.role === 'dehumanising' && !ANIMAL_NAMED.has(h.match.term)) || h.role === 'identity-noun' || (h.role === 'word' && SLUR_CATEGORIES.has(h.term.category)) || h.role === 'attribute'),
      );
      // "Our disabled pupils' laptops were useless": the possessive names what is theirs, a thing, not the group ("disabled people's lives" still do).
      if (follows && next < tokens.length && thingOfTheirs(hits, tokens, text, next)) continue;
      // "People who are gay", "anyone who is disabled", "those that are Muslim": the group named by a relative clause.
      const namedBy = firstToken - 3;
      const relativeNamed = !follows && namedBy >= 0 && (tokens[firstToken - 1]!.norm === 'are' || tokens[firstToken - 1]!.norm === 'is') && (tokens[firstToken - 2]!.norm === 'who' || tokens[firstToken - 2]!.norm === 'that') && NAMED_BY_CLAUSE.has(tokens[namedBy]!.norm);
      if (follows) found.push({ first: firstToken, last: next, group: hit.term.note ?? 'a protected characteristic', text: tokens.slice(firstToken, next + 1).map((t) => t.raw).join(' ') });
      else if (relativeNamed) found.push({ first: namedBy, last: lastToken, group: hit.term.note ?? 'a protected characteristic', text: tokens.slice(namedBy, lastToken + 1).map((t) => t.raw).join(' ') });
      else if (gerundSubject(tokens, firstToken, lastToken)) found.push({ first: firstToken - 1, last: lastToken, group: hit.term.note ?? 'a protected characteristic', text: tokens.slice(firstToken - 1, lastToken + 1).map((t) => t.raw).join(' '), gerund: true });
      else if (GROUP_PLACE.has(tokens[next]?.norm ?? '') && PLACE_DETERMINER.has(tokens[firstToken - 1]?.norm ?? '')) {
        found.push({ first: firstToken, last: next, group: hit.term.note ?? 'a protected characteristic', text: tokens.slice(firstToken, next + 1).map((t) => t.raw).join(' '), place: true });
      }
    }
  }
  return found;
}

function groupLabel(identity: Identity): string {
  return identity.group === 'a protected characteristic' ? identity.text : `${identity.text} — ${identity.group}`;
}

const SUGGEST_GROUP = 'Remove the remark. If the post quotes or condemns it (an anti-racism lesson, a pupil\'s poem), say so plainly and record the decision with <!-- audit-ignore text/derogatory: reason -->.';
const SUGGEST_WORD = 'Remove or reword it; if a quotation is essential, say whose words they are and record why with <!-- audit-ignore text/derogatory: reason -->.';

function judgeSentence(
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
      groups = [...own, ...pronouns.filter((p) => !own.some((g) => g.first <= p.match.firstToken && g.last >= p.match.firstToken) && !later(p)).map((p) => ({ ...referent, first: p.match.firstToken, last: p.match.lastToken, pronoun: true }))];
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
  const rhetorical = (k: number) => k === sentenceTokens[0] || (k === sentenceTokens[0] + 1 && (WH_WORD.has(tokens[sentenceTokens[0]]!.norm) || tokens[sentenceTokens[0]]!.norm === 'who'));
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
    return after.includes('than') || after.some((w, i) => (w === 'the' && after[i + 1] === 'way') || (w === 'as' && (after[i + 1] === 'much' || after[i + 1] === 'many') && after[i + 2] === 'as'));
  };
  /** Where the negation before a hit stands, or -1. */
  const negationOf = (hit: Hit) => {
    // A group of two words counts as one: "No transgender person will ever be a proper parent".
    let reach = NEGATION_REACH;
    for (const g of groups) if (!g.pronoun && g.last < hit.match.firstToken && g.first >= hit.match.firstToken - reach - 1) reach += g.last - g.first;
    // "Not a single X is …", "Not one X has ever …": the words that make the group none of it count as one.
    for (const g of groups) if (!g.pronoun && g.last < hit.match.firstToken && g.first >= hit.match.firstToken - reach - 1 && (tokens[g.first - 1]?.norm === 'single' || tokens[g.first - 1]?.norm === 'one')) reach += tokens[g.first - 1]!.norm === 'single' ? 2 : 1;
    const opens = (k: number) => CLAUSE_OPENER.has(tokens[k]!.norm) && k > sentenceTokens[0] && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',');
    if (opens(hit.match.firstToken)) return -1;
    for (let k = hit.match.firstToken - 1; k >= Math.max(0, hit.match.firstToken - reach); k--) {
      if (!inSentence(k)) break;
      // "Sorry not sorry, X are …", "I don't care what anyone says, X are …": a comma before the group that the
      // remark is said of closes the clause the negation was in.
      if (k < hit.match.firstToken - 1 && text.slice(tokens[k]!.end, tokens[k + 1]!.start).includes(',') && groups.some((g) => !g.pronoun && g.first === k + 1 && g.last < hit.match.firstToken)) return -1;
      if (aside.has(k) && !aside.has(hit.match.firstToken)) continue;
      // "don't have to contribute", "doesn't need to pay": no obligation, not a denial.
      const noObligation = (tokens[k + 1]?.norm === 'have' || tokens[k + 1]?.norm === 'need' || tokens[k + 1]?.norm === 'has') && tokens[k + 2]?.norm === 'to';
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
    if (!told) return false;
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
  const counter = !endorsed() && (framedAsReport || hits.some((h) => h.role === 'counter' && !endorsedByQuestion(h) && !disclaimer(h) && !saidWithAbuse(h) && !groupRefused(h)) || othersBelief() || (REPORTING_GERUND.has(tokens[sentenceTokens[0]]!.norm) && !hits.some((h) => h.role === 'target' && h.match.firstToken === sentenceTokens[0] + 1 && PERSON_TARGET.has(tokens[sentenceTokens[0] + 1]!.norm))));
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
    for (let k = hit.match.firstToken - 1; k >= Math.max(sentenceTokens[0] + 1, hit.match.firstToken - 3); k--) {
      if (RELATIVE.has(tokens[k]!.norm)) return PERPETRATOR.has(tokens[k - 1]!.norm);
      if (!FILLER.has(tokens[k]!.norm) && !TIME_ADVERB.has(tokens[k]!.norm)) return false;
    }
    return tokens[hit.match.firstToken - 1]?.norm === 'whoever';
  };
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
    if (negated(hit) || perpetratorsTold(hit) || witnessed(hit) || storyTold) return undefined;
    const at = hit.match.firstToken;
    const before = tokens[at - 1]?.norm ?? '';
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
    if (at - sentenceTokens[0] <= 5 && (((opener === 'how' || opener === 'what') && second === 'about') || (opener === 'why' && (second === "don't" || second === 'dont' || second === 'not')))) return object;
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
        const identity = groups.find((g) => isNear(g, hit, causative ? 8 : 0, nearThem ? 10 : 6) && object(g)) ?? groups.find((g) => isNear(g, hit, 10, 0) && caused(g)) ?? felt(hit);
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
        if (RANKED_ABOVE.has(hit.match.term)) return groups.find((g) => !g.pronoun && g.first > hit.match.lastToken && g.first - hit.match.lastToken <= 4);
        const after = hit.match.lastToken > hit.match.firstToken ? 8 : 3;
        const placed = (identity: Identity) => {
          // "spiders are disgusting, but our Polish pupils love them": another clause, another subject.
          // But a phrase may be said of "another X" in the next clause: "… lowering its standards, they've hired another X".
          const oneMore = tokens[identity.first - 1]?.norm === 'another' && hit.match.term.includes(' ');
          if (identity.first > hit.match.lastToken && !identity.pronoun && !oneMore && clauseBreakBetween(hit.match.lastToken, identity.first)) return false;
          if (listedWith(identity)) return false;
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
          if (!hasModalBefore(tokens, hit.match.firstToken, 5)) return undefined;
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
        if (negation < 0) return metWith(hit);
        if (feelingReported(negation) || deniedTwice(negation)) return undefined;
        // "Lack" denies a quality ("lack any decency"), not a need ("refugee families lack a place to stay").
        if (LACKING.has(tokens[negation]!.norm) && !LACKABLE.has(hit.match.term)) return undefined;
        // "X don't deserve jobs", "X should not have a say": a good owed only denied as what they should have —
        // not "Many X don't have jobs when they arrive", "X don't always have a say", which tell how things are.
        if (OWED_GOODS.has(hit.match.term) && !tokens.slice(Math.max(sentenceTokens[0], negation - 2), hit.match.firstToken).some((t) => OWING.has(t.norm))) return undefined;
        // "X do not exist.": the group's existence denied, the sentence ending there (not "… don't exist in many picture books").
        // Said of the group, the subject right before the denial: not "Why do stereotypes about X even exist?".
        if (hit.match.term === 'exist' && (hit.match.lastToken !== sentenceTokens[1] || denied < 0 || !groups.some((g) => !g.pronoun && g.last < denied && denied - g.last <= 2))) return undefined;
        const identity = near(hit, 8, 8);
        if (!identity) return undefined;
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

/** Tokens of relative clauses between commas: ", who …," / ", which …,". */
function asideTokens(text: string, tokens: Token[], [first, last]: [number, number]): Set<number> {
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

function spanOf(hit: Hit, identity: Identity, tokens: Token[]): { start: number; end: number } {
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
  return /^\p{Lu}\p{Ll}/u.test(subject.raw) && !ANY_VICTIM.has(subject.norm) && !/^(?:someone|somebody|anyone|anybody|everyone|everybody|nobody|he|she|it)$/.test(subject.norm) && at - 1 > first;
}
const THIRD_PERSON_OBJECT = new Set(['him', 'her', 'them', 'it']);
const NARRATOR_PRONOUN = new Set(['he', 'she']);
const STORY_ARTICLE = new Set(['a', 'an', 'the']);

/** `pastToo`: a phrase opening with a past verb is told too (narratedInPast) — of a person only; said of a group ("We battered them, those X deserved it") violence told is still hostile. */
function reportedViolence(hit: Hit, tokens: Token[], [first, sentenceLast]: [number, number], pastToo = false): boolean {
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
  // "are often left to rot", "were all shot": over an adverb of time or "all".
  let marked = hit.match.firstToken - 1;
  while (marked > first && TIME_ADVERB.has(tokens[marked]!.norm)) marked--;
  if (VICTIM_MARK.has(before) || (marked < hit.match.firstToken - 1 && VICTIM_MARK.has(tokens[marked]?.norm ?? ''))) return true;
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
  return hit.match.firstToken === hit.match.lastToken && participle;
}

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
const SAME_PAST = new Set(['set', 'put', 'hit', 'cut', 'shut', 'hurt']);
const SINGULAR_DETERMINER = new Set(['a', 'an', 'one', 'the', 'this', 'that', 'another', 'each', 'every', 'our', 'their', 'his', 'her', 'my', 'your']);
const PRONOUN_SUBJECT = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that']);

/** The first word of a hostile phrase that is something done to the group ("locked away", "thrown out", "kept out"). */
const PARTICIPLE = new Set('locked kept thrown shut sent driven banned deported segregated treated excluded rounded sterilised sterilized beaten jailed imprisoned expelled kicked forced lined hunted'.split(' '));
const TIME_ADVERB = new Set(['often', 'once', 'always', 'sometimes', 'still', 'then', 'all', 'even', 'also', 'simply', 'just', 'never']);
// Passive, past or present: "were locked away", "are treated as second-class citizens in some countries".
const TOLD_PASSIVE = new Set(['were', 'was', 'been', 'being', 'got', 'getting', 'are', 'is', 'get', 'gets']);
const COORDINATION = new Set(['and', 'or', 'then', 'up', 'away', 'out']);
/** The places of a group a threat can name ("that Jewish school", "the Muslim shops"), after a determiner. */
const GROUP_PLACE = new Set(['hostel', 'hostels', 'hotel', 'hotels', 'school', 'schools', 'mosque', 'mosques', 'synagogue', 'synagogues', 'church', 'churches', 'temple', 'temples', 'gurdwara', 'gurdwaras', 'shop', 'shops', 'business', 'businesses', 'centre', 'center', 'cemetery', 'homes', 'houses', 'estate', 'area']);
const PLACE_DETERMINER = new Set(['that', 'the', 'this', 'those', 'these', 'their', 'every', 'any', 'all', 'a', 'an']);
/** Places of worship that name their faith by themselves: "burn down the mosque" threatens Muslims. */
const WORSHIP_PLACE = new Set(['mosque', 'mosques', 'synagogue', 'synagogues', 'gurdwara', 'gurdwaras', 'mandir']);

/** "the mosque", "that synagogue": a faith's place after a determiner, as a target of threats only. */
function worshipPlaces(tokens: Token[], [first, last]: [number, number]): Identity[] {
  const found: Identity[] = [];
  for (let k = first + 1; k <= last; k++) {
    if (WORSHIP_PLACE.has(tokens[k]!.norm) && PLACE_DETERMINER.has(tokens[k - 1]!.norm)) found.push({ first: k - 1, last: k, group: 'religion or belief', text: `${tokens[k - 1]!.raw} ${tokens[k]!.raw}`, place: true });
  }
  return found;
}

/** Colours a team or kit is named by: "the black and whites", "cricket whites". */
const COLOUR_NOUN = new Set(['whites', 'blacks']);
const COLOUR = new Set(['black', 'white', 'red', 'blue', 'green', 'yellow', 'amber', 'claret', 'orange', 'gold', 'navy', 'sky']);
const WORN_BY = new Set(['cricket', 'tennis', 'their', 'his', 'her', 'my', 'our', 'your', 'in', 'clean', 'new', 'chef', 'chefs']);
/** Things named after a group ("the disabled toilet", "the elderly care home"). */
const FACILITY = new Set(['toilet', 'toilets', 'loo', 'loos', 'parking', 'bay', 'bays', 'space', 'spaces', 'access', 'ramp', 'ramps', 'lift', 'entrance', 'badge', 'badges', 'changing', 'facilities', 'car', 'bathroom', 'care', 'home', 'homes', 'ward', 'unit', 'section', 'seats', 'seating', 'area', 'swing', 'swings', 'trail', 'lane', 'team', 'teams', 'club', 'league']);
/** Negations that stand for the subject: "No woman is …", "None of these X are …". */
const SUBJECT_NEGATION = new Set(['no', 'none', 'neither']);
/** "Not one X", "not a single X": a denial said of the whole group, as "no X" is. */
const NOT_ONE = new Set(['one', 'a', 'single']);
/** Degree that makes a good in "never met a X who was so kind" praise: "so", "more", "as", "such". */
const PRAISING_DEGREE = new Set(['so', 'more', 'as', 'such', 'most']);
/** After the group, before "who is …": "a X alive who", "a X anywhere that", "a X on earth who", "a X I know who". */
const EXISTING_WHERE = new Set(['alive', 'anywhere', 'earth', 'on', 'in', 'the', 'world', 'living', 'i', 'know', 'we', 'here', 'around']);
/** Between "met"/"there isn't" and the group: "a", "one", "a single", "any". */
const NONE_SUCH_LEAD = new Set(['a', 'an', 'one', 'single', 'any', 'even', 'no', 'not', 'is', "isn't", 'isnt', "'s"]);
const BELIEF = new Set(['think', 'believe', 'reckon', 'suppose', 'feel']);
const PAST_NEGATION = new Set(["weren't", "wasn't", "didn't", "hadn't", 'lacked']);
const PAST_AUXILIARY = new Set(['were', 'was', 'did', 'had']);
const LACKING = new Set(['lack', 'lacks']);
/** Negations that tell what is so ("don't", "never"), not what should be ("shouldn't", "mustn't"). */
const DESCRIPTIVE_NEGATION = new Set(["don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', 'never', 'rarely', 'seldom']);
/** Verbs of feeling or receiving something ("feel welcome", "get respect"). */
const EXPERIENCE = new Set(['feel', 'feels', 'felt', 'get', 'gets', 'got', 'receive', 'receives', 'received', 'experience', 'experiences', 'experienced', 'find', 'finds']);
const LACKABLE = new Set(['decency', 'compassion', 'sympathy', 'respect', 'mercy', 'pity', 'value', 'brains', 'a brain', 'intelligence', 'common sense', 'empathy', 'manners', 'a conscience', 'self-control']);
const LIKENING = new Set(['like', 'as']);
const LIKENED_BY = new Set(['treated', 'treat', 'treating']);
/** How someone conducts themselves ("behave like", "act like"), not how they are treated. */
const CONDUCT = new Set(['behave', 'act']);
/** Adverbs between a denial and a trait: "X are not at all friendly", "X are never even polite". */
const TRAIT_ADVERB = new Set(['at', 'all', 'ever', 'even', 'remotely', 'particularly', 'especially', 'exactly', 'known', 'for', 'being', 'very']);
const MODAL_AFTER = new Set(['should', 'must', 'ought', 'deserve', 'deserved', 'deserves', 'need', 'needs']);

/** "X were (often) locked away": told as something done to them, not wished — no modal or wish before it. */
function toldAsDone(hit: Hit, tokens: Token[], [first, last]: [number, number]): boolean {
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

/** Verbs of learning and asking that make a following how/why clause a question studied. */
const STUDYING = new Set(['about', 'asked', 'ask', 'asks', 'learnt', 'learned', 'learn', 'discussed', 'discuss', 'explored', 'explore', 'understand', 'understanding', 'explained', 'explain', 'wondered', 'wonder', 'studied', 'study', 'researched', 'research', 'investigated', 'considered', 'questioned', 'debated', 'examined', 'on']);
/** Past verbs of belief: held by a subject other than the speaker, the belief is told, not expressed. */
/** Words before "thought" that make it the noun. */
const NOUN_MARK = new Set(['of', 'a', 'an', 'the', 'any', 'no', 'some', 'with', 'without', 'for']);
const NOUN_ADJECTIVE = new Set(['independent', 'logical', 'rational', 'original', 'critical', 'free', 'deep', 'clear', 'second', 'real', 'serious', 'careful']);
const BELIEF_PAST = new Set(['thought', 'believed', 'assumed', 'considered', 'claimed', 'argued', 'insisted', 'decided', 'imagined', 'feared', 'said', 'shouted', 'yelled', 'wrote', 'posted', 'tweeted', 'told', 'chanted', 'sang',
  // a question reported, its question mark gone: "Why can't refugees be treated like human beings, asked Year 10."
  'asked', 'wondered']);
/** Present verbs of saying and believing, reported of people in general ("People think …"). */
const PRESENT_REPORT = new Set(['think', 'thinks', 'believe', 'believes', 'say', 'says', 'assume', 'assumes', 'claim', 'claims', 'reckon',
  // "people call X …", "to hear someone call our X …"
  'call', 'calls']);
/** Heard or caught doing it, or anyone doing it: "anyone heard saying …", "pupils caught calling …", "anyone saying …" (not "gay people saying they …", whose own words these are). */
const CAUGHT = new Set(['heard', 'caught', 'seen', 'found', 'reported', 'anyone', 'anybody', 'someone', 'somebody',
  // what was written: "Those posters saying X should be sent back have been taken down"
  'poster', 'posters', 'leaflet', 'leaflets', 'sign', 'signs', 'banner', 'banners', 'sticker', 'stickers', 'graffiti', 'comment', 'comments', 'message', 'messages', 'post', 'posts', 'tweet', 'tweets', 'note', 'notes', 'letter', 'letters', 'video', 'videos', 'chant', 'chants', 'headline', 'headlines', 'article', 'articles']);
/** Verbs of putting it about, now, with a subject other than the speaker: "Trolls keep commenting that X are …", "If someone tells you X are …". */
const SPREADING = new Set(['comment', 'comments', 'commenting', 'post', 'posts', 'posting', 'tweet', 'tweets', 'tweeting', 'write', 'writes', 'shout', 'shouts', 'insist', 'insists', 'insisting', 'suggest', 'suggests', 'argue', 'argues', 'arguing', 'tell', 'tells', 'telling', 'claim', 'claims', 'claiming']);
const KEEP = new Set(['keep', 'keeps', 'kept', 'constantly', 'always', 'still', 'forever']);
const SAID_WHERE = new Set(['online', 'here', 'round', 'around', 'everywhere', 'nowadays']);
const GENERIC_SUBJECT = new Set(['people', 'some', 'many', 'others', 'everyone', 'everybody', 'adults', 'kids', 'folk', 'folks', 'they', 'bullies', 'racists', 'someone', 'somebody', 'anyone', 'anybody']);
/** A group's own belief about something else: "Muslims believe pigs are unclean". */
const HELD_BELIEF = new Set(['believe', 'believes', 'think', 'thinks', 'say', 'says', 'teach', 'teaches', 'hold', 'holds', 'consider', 'considers', 'feel', 'feels']);
const PRONOUN_BACK = new Set(['they', 'them', "they're", 'theyre', 'themselves']);
/** What may stand between a refusal and its verb ("I'd never even want my son to …"), and between the verb and the group. */
const REFUSAL_GAP = new Set(['ever', 'even', 'want', 'to', 'again', 'knowingly', 'willingly', 'happily', 'my', 'child', 'children', 'kids', 'kid', 'son', 'sons', 'daughter', 'daughters', 'family', 'let']);
const OBJECT_GAP = new Set(['a', 'an', 'the', 'any', 'every', 'all', 'those', 'these', 'some', 'single', 'one', 'of', 'anything', 'something', 'food', 'meal', 'cooked', 'made', 'touched', 'prepared', 'served', 'handled', 'by', 'from', 'with', 'word', 'another', 'that', 'which', 'has', 'have', 'had', 'been', 'was', 'were',
  'cup', 'glass', 'plate', 'bottle', 'drink', 'water', 'used']);
/** Violence counted as things that happen ("attacks on X", "murders of X"). */
const VIOLENCE_COUNTED = new Set(['attacks', 'murders', 'killings', 'shootings', 'stabbings', 'beatings', 'deaths', 'assaults', 'lynchings', 'massacres', 'bombings']);
/** Roles that are goods, hostile only when denied (or, for an interaction, refused). */
const GOODS = new Set<Role>(['positive', 'quality', 'trait', 'interaction']);
const LESSER = new Set(['less', 'fewer', 'worse']);
/** People in general named by what they do to a group ("people who attack X", "anyone who spits on X"). */
const PERPETRATOR = new Set(['people', 'anyone', 'anybody', 'those', 'someone', 'somebody', 'person', 'persons', 'men', 'thugs', 'trolls', 'cowards', 'criminals', 'racists', 'bigots', 'individuals', 'pupils', 'adults', 'children', 'kids']);
const WOULD_NOT = new Set(["wouldn't", 'wouldnt']);
/** Someone close the speaker would have to live or work with ("have a X as a neighbour"). */
const CLOSE_RELATION = new Set(['neighbour', 'neighbours', 'neighbor', 'neighbors', 'colleague', 'colleagues', 'boss', 'manager', 'teacher', 'teachers', 'doctor', 'gp', 'dentist', 'nurse', 'carer',
  'friend', 'friends', 'flatmate', 'flatmates', 'housemate', 'housemates', 'roommate', 'roommates', 'tenant', 'tenants', 'lodger', 'lodgers', 'landlord', 'son-in-law', 'daughter-in-law', 'in-law', 'in-laws',
  'babysitter', 'childminder', 'nanny', 'coach', 'classmate', 'classmates', 'teammate', 'teammates', 'team-mate', 'team-mates', 'partner', 'husband', 'wife', 'mp', 'councillor', 'leader', 'head', 'headteacher']);
const RELATION_LEAD = new Set(['a', 'an', 'my', 'our', 'the', 'their', 'his', 'her']);
/** "have a X as a neighbour", "have X living next door": the group taken on as someone close, after "have". */
function takenOnAsClose(tokens: readonly Token[], groupLast: number): boolean {
  const next = tokens[groupLast + 1]?.norm;
  if (next === 'as') {
    const word = tokens[groupLast + 2]?.norm ?? '';
    return CLOSE_RELATION.has(word) || (RELATION_LEAD.has(word) && CLOSE_RELATION.has(tokens[groupLast + 3]?.norm ?? ''));
  }
  return next === 'living' || next === 'live' || next === 'move' || next === 'moving';
}
/** Who refuses, and the modals of a refusal: "I would never", "we'd never", "I'll never". */
const REFUSER = new Set(['i', 'we']);
const REFUSING_MODAL = new Set(['would', 'will', 'could']);
const REFUSER_MODAL = new Set(["i'd", "we'd", "i'll", "we'll", 'id']);
/** Who feels a denial in "feel they don't belong", "felt she wasn't welcome". */
const FELT_SUBJECT = new Set(['they', "they're", 'theyre', 'he', "he's", 'she', "she's", 'you', "you're", 'it', "it's"]);
const FEELING_VERB = new Set(['feel', 'feels', 'felt', 'feeling']);
const SPEAKER = new Set(['i', 'we', "i'm", "we're", 'me', 'us', "i've", "we've", "i'd", "we'd", "i'll", "we'll"]);
const BELIEF_AUXILIARY = new Set(['have', 'had', 'has', 'did', 'do', 'truly', 'really', 'genuinely', 'secretly', 'privately']);
const SUFFERED = new Set(['had', 'has', 'have', 'got', 'having']);
/** Intention before "to" and a violent verb: "I plan to …", "I'm about to …", "I can't wait to …", "We vowed to …". */
const INTENDING = new Set(['intend', 'intends', 'intending', 'plan', 'plans', 'planning', 'decided', 'decide', 'promise', 'promised', 'swear', 'swore', 'vow', 'vowed', 'about', 'wait', 'aim', 'aiming', 'ready', 'coming', 'dying', 'itching', 'desperate', 'determined']);
const HYPOTHETICAL = new Set(['if', 'wish', 'wished', 'hope', 'hoping', 'hoped', 'unless', 'would', "i'd", "we'd", "it'd", "wouldn't", 'rather']);

/** Words after which a negation does not deny what follows: "nothing but", "no more than", "no better than". */
/** "wrong with saying", "mistake in saying", "harm in saying". */
const FAULT = new Set(['wrong', 'mistake', 'harm', 'problem', 'crime']);
const DOUBT = new Set(['doubt', 'question', 'exception']);
const NOT_A_NEGATION = new Set(['but', 'more', 'less', 'short', 'other', 'better', 'different',
  // "It's no coincidence the worst …", "No wonder X are …": saying it is so
  'coincidence', 'wonder', 'surprise', 'secret', 'accident',
  // "I can't wait to see X burn": eagerness, not a denial
  'wait',
  // "X can't help being criminals": it is so, and always will be
  'help']);
/** How far back a negation reaches: "don't deserve to be treated like animals". */
const NEGATION_REACH = 6;

/** The sentence ends with a question mark: "Wouldn't we be better off without …?" asks, it does not deny. */
function isQuestion(text: string, tokens: Token[], [first, last]: [number, number]): boolean {
  const end = tokens[last]!.end;
  const next = tokens[last + 1]?.start ?? text.length;
  if (text.slice(end, Math.min(next, end + 4)).includes('?')) return true;
  // Typed without its question mark: "doesn't anyone else think X are gross" (not "Don't let …", an order).
  return first < last && ASKING_NEGATION.has(tokens[first]!.norm) && ASKED_SUBJECT.has(tokens[first + 1]!.norm);
}
const ASKING_NEGATION = new Set(["isn't", 'isnt', "aren't", 'arent', "doesn't", 'doesnt', "didn't", 'didnt', "wasn't", "weren't", "wouldn't", 'wouldnt', "shouldn't", "haven't", "hasn't"]);
const ASKED_SUBJECT = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'it', 'this', 'that', 'you', 'he', 'she', 'they', 'we', 'i', 'there', 'the']);

/** "Cold nights can retard growth", "to retard": after a modal or "to" a slur that is also a verb is the verb. */
function usedAsVerb(hit: Hit, tokens: Token[]): boolean {
  if (!SLUR_CATEGORIES.has(hit.term.category)) return false;
  return VERB_BEFORE.has(tokens[hit.match.firstToken - 1]?.norm ?? '') && !ARTICLE_AFTER.has(tokens[hit.match.lastToken + 1]?.norm ?? '');
}
const VERB_BEFORE = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'to', 'does', 'did', 'cannot']);
const ARTICLE_AFTER = new Set(['you', 'u', 'yourself']);

/** Words that call to someone: "Oi, …", "Hey …". */
const VOCATIVE = new Set(['oi', 'oy', 'hey', 'listen', 'shut']);

/**
 * A slur spoken to someone or pointing someone out: "Oi, bitch", "Nobody asked, retard.",
 * "Bitch, get out", "look at that faggot" — not a dog, a meatball or a proud self-description
 * (homonyms and self-reference are judged before this).
 */
function addressedOrPointedAt(hit: Hit, hits: Hit[], tokens: Token[], [first, last]: [number, number], text: string): boolean {
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
  if (before && i - 1 >= first && LETTING.has(before.norm) && after && j < last && !ARTICLE_AFTER.has(after.norm)) return true;
  return false;
}
/**
 * A feeling the group causes that is good: "X fill me with hope", "X make me want to be a better
 * person" — where "X fill me with dread" and "X make me want to scream" are hostile. Only for the
 * open frames whose content follows them (OPEN_FEELING).
 */
function goodFeelingCaused(hit: Hit, tokens: Token[]): boolean {
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

/** Verbs of doing something with someone that an order or a condition foretelling a result opens on: "Put a X in charge and …", "If you let X in, …". */
const CONDITION_VERB = new Set(['put', 'send', 'give', 'let', 'hire', 'employ', 'leave', 'invite', 'elect', 'appoint', 'trust', 'lend', 'rent', 'sell', 'marry', 'allow', 'take', 'bring', 'make', 'pair', 'sit', 'seat', 'place', 'vote', 'move', 'live', 'accept', 'admit', 'open', 'have', 'get', 'buy', 'lease', 'promote', 'pick', 'choose', 'recruit', 'house', 'settle']);
/** A verb of CONDITION_VERB after a subject: "If you let …", "Once a school hires …" (not the past of a story told: "When we invited …"). */
const conditionVerb = (word: string) => CONDITION_VERB.has(word) || (word.endsWith('s') && CONDITION_VERB.has(word.slice(0, -1)));
/** A precaution an "or" and its result follow: "Keep your bags zipped round X or they'll go missing". */
const PRECAUTION = new Set(['keep', 'lock', 'hide', 'watch', 'mind', 'guard', 'hold', 'check', 'count', 'zip']);
const CONDITION_MARKER = new Set(['if', 'once', 'when', 'whenever']);
/** Words a clause may open on before the order: "So put a X in charge …", "Just let X in …". */
const CLAUSE_LEAD = new Set(['so', 'just', 'go', 'on', 'honestly', 'seriously', 'basically', 'simply', 'yeah', 'well', 'try']);
const CONSEQUENCE_JOIN = new Set(['and', 'then', 'or', 'else', 'otherwise']);
/** Most words from the join to the result: "and before you know it the whole school will have gone downhill". */
const CONSEQUENCE_REACH = 10;
/** Most words from the order's verb to the group: "Send your kids to a school full of X". */
const CONDITION_REACH = 10;
/** People in the order other than the group, whom a "they" in the result stands for: "Send your kids to … X and they'll come home with nits". */
const OTHER_PEOPLE = new Set(['kids', 'kid', 'children', 'child', 'son', 'sons', 'daughter', 'daughters', 'pupils', 'boys', 'girls', 'students', 'husband', 'wife', 'mum', 'dad', 'friends', 'family', 'staff', 'teachers', 'grandparents', 'nan', 'grandad', 'baby', 'babies', 'toddler', 'little', 'ones']);
const GROUP_PRONOUN_SUBJECT = new Set(['they', "they'll", 'theyll', "they'd", "they're", 'theyre', 'them', 'he', "he'll", 'him', 'she', "she'll", 'her']);
const OUTCOME_AUXILIARY = new Set(['will', "'ll", 'would', "'d", 'could', 'might', 'may', 'can', 'soon', 'just', 'all', 'quickly', 'slowly', 'suddenly', 'probably', 'definitely', 'surely', 'then', 'be', 'get', 'gets', 'got', 'been', 'have', 'has', 'start', 'starting', 'to', 'going', 'gonna', 'watch', 'see', 'both', 'only', 'also', 'even', 'eventually', 'before', 'long']);
/** Something bad gone is a good result: "… and watch the prejudice vanish". */
const BAD_GONE = new Set(['prejudice', 'prejudices', 'fear', 'fears', 'worry', 'worries', 'nerves', 'doubt', 'doubts', 'ignorance', 'stereotype', 'stereotypes', 'myth', 'myths', 'barrier', 'barriers', 'problem', 'problems', 'tension', 'tensions', 'boredom', 'stress', 'shyness', 'loneliness', 'isolation', 'racism', 'hatred', 'hate', 'division', 'divisions', 'misconceptions', 'assumptions', 'chaos', 'mess', 'queue', 'queues', 'frown', 'frowns', 'tears', 'stigma', 'bullying', 'waste', 'litter', 'rubbish', 'pain', 'anxiety', 'anxieties', 'sadness', 'grumbles']);
/** Let in: "If you let X in …", "Let X into your school …". */
/** What links a departure to the time since: "once X stopped coming", "ever since we got rid of X", "now that X have gone". */
const TEMPORAL_LINK = new Set(['once', 'since', 'now', 'after', 'when']);
/** What ends a better time with the group's coming: "better before X came", "worth more until X moved in". */
const ENDED_BY = new Set(['before', 'until', 'till', 'til']);
const HAD_BETTER = new Set(['had', "'d", "we'd", "you'd", "i'd", "they'd", "he'd", "she'd", 'd']);
/** Between the subject and what is better: "the street is so much nicer", "their lives have got a lot safer". */
const IMPROVEMENT_LEAD = new Set(['is', 'are', 'was', 'were', "'s", "it's", 'been', 'has', 'had', 'got', 'gets', 'getting', 'become', 'becomes', 'became', 'feel', 'feels', 'felt', 'seem', 'seems', 'look', 'looks', 'much', 'so', 'a', 'lot', 'far', 'now', 'already', 'really', 'way', 'loads', 'more']);
/** A question offering the hearer some dealing with the group: "Would you let …", "Could you trust …", "Do you want …". */
const OFFERING_ASKED = new Set(['would', 'could', 'will', 'do', 'should']);
const ASKED_HEARER = new Set(['you', 'u', 'anyone', 'anybody', 'ya']);
const ADMITTING = new Set(['let', 'lets', 'allow', 'allows', 'admit', 'admits']);
const ADMITTED_TO = new Set(['in', 'into', 'through', 'over', 'here', 'near', 'join', 'onto', 'across', 'back']);

/** Gone in no time, as things given away are: "Send your old coats to the refugee centre and watch them vanish in minutes". */
function goneFast(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1]?.norm ?? '';
  if (next === 'fast' || next === 'quickly' || next === 'instantly') return true;
  return (next === 'in' || next === 'within') && ['minutes', 'seconds', 'no', 'a', 'an', 'moments', 'hours'].includes(tokens[last + 2]?.norm ?? '');
}

/** "It's high time someone …", "about time somebody …", "it's time we …". */
const TIME_COME = new Set(['high', 'about', "it's", 'its', 'it']);
const WISHED_BY = new Set(['someone', 'somebody', 'we', 'they', 'you', 'people']);
const PRESENT_BE = new Set(['is', 'are', "'s", "'re"]);
/** Whoever it turns out to be: "any X who …", "anyone who …". */
const ANY_VICTIM = new Set(['any', 'anyone', 'anybody', 'whoever']);
const PAST_VIOLENCE = new Set(['shot', 'hung', 'burnt', 'beaten', 'slain', 'stabbed', 'drowned', 'bombed']);

function hasModalBefore(tokens: Token[], index: number, window: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - window); k--) if (MODAL.has(tokens[k]!.norm)) return true;
  return false;
}

/** A wishing modal ("should", "deserve", "need", "ought") within `window` words before `index`. */
function hasWishBefore(tokens: Token[], index: number, window: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - window); k--) if (WISHING_MODAL.has(tokens[k]!.norm) || tokens[k]!.norm === 'must') return true;
  return false;
}

/**
 * The second of two coordinated passives, the first wished: "should be dragged into the street and
 * beaten", "deserve to be locked in a shed and set on fire" — the "and" (or "then") before `at`, a
 * "be" before it with a wishing modal just before that, all in one sentence from `first`.
 */
function coordinatedWish(tokens: Token[], at: number, first: number): boolean {
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

/** "on our street", "in this town": a place of the speaker's after a preposition, not a game's ("at rounders", "in the final"). */
/** Where people are, not a game: "at school", "at the park", "in the mosque". */
function settingAt(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.norm ?? '';
  return SETTING.has(word) || (word === 'the' && SETTING_AFTER_THE.has(tokens[k + 1]?.norm ?? '') && !GAME_AFTER.has(tokens[k + 2]?.norm ?? ''));
}
const SETTING = new Set(['school', 'work', 'home', 'college', 'church', 'mosque', 'uni', 'university', 'night']);
const SETTING_AFTER_THE = new Set(['park', 'gate', 'gates', 'station', 'shops', 'bus', 'pub', 'estate', 'mosque', 'church', 'synagogue', 'temple', 'disco', 'school']);
/** "at the school sports day", "in the park run": a game or race after the place. */
const GAME_AFTER = new Set(['sports', 'run', 'race', 'match', 'final', 'tournament', 'quiz', 'fun']);
/** Verbs as often of winning a game: "beat the men at school", "batter the women at the park run". */
const SPORTING = new Set(['beat', 'beats', 'beaten', 'beat up', 'batter', 'batters', 'battered', 'battering', 'thump', 'thumped', 'thumping', 'smash', 'destroy', 'kill', 'killed', 'murder', 'murdered', 'slaughter', 'slaughtered', 'jump']);
function ownPlaceAt(tokens: Token[], k: number): boolean {
  return (OWNING.has(tokens[k]?.norm ?? '') && (SPEAKERS_OWN.has(tokens[k + 1]?.norm ?? '') || EXCESS_PLACE.has(tokens[k + 1]?.norm ?? '')));
}
/** Between "with" and a good: "with an ounce of decency", "with any manners", "with a shred of". */
const OUNCE = new Set(['a', 'an', 'any', 'ounce', 'shred', 'scrap', 'bit', 'grain', 'single', 'one', 'of', 'some', 'real', 'basic', 'common']);
const OWNING = new Set(['our', 'my', 'this', 'your']);
const DETERMINERS = new Set(['these', 'those', 'this', 'that']);
const LIST_JOINS = new Set(['and', 'or', 'nor']);
const PERCEIVING = new Set(['see', 'sees', 'saw', 'seen', 'hear', 'hears', 'heard', 'witness', 'witnesses', 'witnessed', 'notice', 'notices', 'noticed', 'spot', 'spots', 'spotted', 'catch', 'caught']);
const SEEN_DOING = new Set(['anyone', 'anybody', 'someone', 'somebody', 'a', 'another', 'other', 'others', 'people', 'pupils', 'pupil', 'children', 'child', 'students', 'student', 'boys', 'girls', 'boy', 'girl', 'him', 'her', 'them', 'adults', 'adult']);
const WANTING_TO_SEE = new Set(['love', 'like', 'want', 'wanna', 'wish', 'enjoy', 'pay', 'happy', 'happily', 'glad', 'gladly', 'pleased', 'rather', 'dying', 'cannot', "can't", 'cant', 'wait', 'would', "i'd", "we'd", 'id', "'d"]);
/** What a school makes or shows of a group's ("the Muslim families' Eid video", "the girls' artwork"). */
const THINGS_OWNED = new Set(['video', 'videos', 'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'portrait', 'portraits', 'film', 'footage',
  'artwork', 'artworks', 'art', 'work', 'display', 'displays', 'record', 'records', 'team', 'teams', 'kit', 'match', 'game', 'party', 'celebration', 'celebrations',
  'event', 'stall', 'leaflets', 'posters', 'poster', 'performance', 'concert', 'assembly', 'washing', 'laundry', 'dates', 'bunting', 'banner', 'banners']);
const STORY_WORDS = new Set(['novel', 'play', 'book', 'story', 'film', 'poem', 'scene', 'chapter', 'production', 'musical', 'opera', 'extract', 'text', 'myth', 'legend', 'tale', 'act', 'episode', 'script']);

/** A sentence opening on a story's frame: "In the novel, …", "In our production, …", "In Act 3, …", "In chapter two …". */
function tellsAStory(tokens: Token[], first: number): boolean {
  if (tokens[first]?.norm !== 'in') return false;
  const next = tokens[first + 1]?.norm ?? '';
  if (STORY_WORDS.has(next)) return true;
  return ['the', 'this', 'our', 'their', 'his', 'her', 'a', 'an', 'that'].includes(next) && STORY_WORDS.has(tokens[first + 2]?.norm ?? '');
}
/** Words opening a clause of circumstance after what a group is allowed to do ("… when it is broken", "… during the strike"). */
const CIRCUMSTANCE = new Set(['when', 'whenever', 'while', 'if', 'unless', 'during', 'without', 'despite', 'although', 'though', 'since']);
const FORETELLING = new Set(['will', 'would', "'ll", 'could', 'might', 'may', 'can']);
/** Causes that hurt no one by intent, said bare as a subject: "Cuts will hurt X most", "Rising prices could hit X hardest". */
const IMPERSONAL_CAUSES = new Set(['cuts', 'changes', 'closures', 'rules', 'policies', 'plans', 'proposals', 'reforms', 'delays', 'strikes', 'prices', 'costs', 'rises',
  'increases', 'reductions', 'shortages', 'funding', 'budgets', 'inflation', 'poverty', 'austerity', 'lockdowns', 'restrictions', 'fees', 'charges', 'bills', 'taxes',
  'racism', 'bullying', 'discrimination', 'prejudice', 'sexism', 'homophobia', 'islamophobia', 'antisemitism', 'ableism', 'loneliness', 'isolation', 'floods', 'heatwaves']);
const THING_OPENERS = new Set(['the', 'these', 'those', 'this', 'that', 'such', 'any', 'some', 'its', 'our', 'their', 'your', 'a', 'an']);
/** Who may do what a violent verb says when it is wished or promised: a person, not a policy ("Cuts will hurt X"). */
const DOER = new Set(['i', 'we', 'you', 'u', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'they', 'he', 'she', 'me', 'us', 'lads',
  // "The government should poison …", "Police should shoot …" (hate23)
  'government', 'police', 'army', 'state', 'authorities', 'country', 'people',
  "i'll", "we'll", "i'd", "we'd", "i'm", "we're", "you'll", "you'd", "they'll", "let's", 'ill', 'im', 'id', 'gonna', 'wanna', 'whoever', "i've", "we've", 'ive']);

function hasTarget(hits: Hit[]): boolean {
  return hits.some((h) => h.role === 'target');
}

function homonymNear(hit: Hit, tokens: Token[], [first, last]: [number, number]): boolean {
  const homonyms = hit.term.homonyms;
  if (!homonyms || homonyms.length === 0) return false;
  for (let k = Math.max(0, first - 3); k <= Math.min(tokens.length - 1, last + 8); k++) if (homonyms.includes(tokens[k]!.norm)) return true;
  return false;
}

/** "you idiot", "you are a total scumbag", "he is such a prick", "that ref was an idiot". */
function aimedAtPerson(hit: Hit, hits: Hit[], tokens: Token[], [first]: [number, number]): boolean {
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
function threatAimed(hit: Hit, tokens: Token[], [first, last]: [number, number]): boolean {
  // The phrase names whose body it means: "smash his face", "break her legs", "snap your neck".
  if (/ (?:his|her|your|their) /.test(` ${hit.match.term} `)) return true;
  // From inside the phrase too: "coming for you", "make you suffer".
  for (let k = hit.match.firstToken + 1; k <= Math.min(last + 3, hit.match.lastToken + 4, tokens.length - 1); k++) {
    // "We'll shoot you an e-mail": a person and then a thing is an idiom, not a threat.
    if (THREAT_OBJECT.has(tokens[k]!.norm)) return !['a', 'an'].includes(tokens[k + 1]?.norm ?? '');
  }
  for (let k = hit.match.firstToken - 1; k >= Math.max(first, hit.match.firstToken - 4, 0); k--) {
    const word = tokens[k]!.norm;
    const modal = MODAL.has(tokens[hit.match.firstToken]!.norm) || hasModalBefore(tokens, hit.match.firstToken, hit.match.firstToken - k);
    if ((word === 'you' || word === 'u') && modal) return true;
  }
  return false;
}
