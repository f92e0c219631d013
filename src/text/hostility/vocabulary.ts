// Word sets and small constant tables the hostility grammar reads (most of them by the sentence judgement in
// judge.ts and judge-*.ts). Sets used by one module only live in that module.
import type { Role } from './types.js';

export const SLUR_CATEGORIES = new Set(['race', 'religion-or-belief', 'sexual-orientation-gender', 'disability', 'sex', 'age']);
export const HOSTILE_ROLES = new Set<Role>(['emotion', 'attribute', 'action', 'dehumanising', 'threat', 'word', 'positive', 'quality', 'trait', 'preference', 'decline', 'squalor', 'insinuation', 'interaction', 'harm-verb', 'permission', 'outcome', 'overreach', 'improvement', 'blame', 'longing', 'stereotype', 'conduct', 'avoidance', 'regard', 'lowly-place', 'regard-verb', 'weapon', 'precaution', 'rhetorical', 'rise', 'fall', 'reaction', 'explaining', 'essence', 'oath', 'turn', 'knowing']);
/** Roles that say something against whoever a word names, with no group needed to make them hostile. */
export const CONDEMNING_ROLES = new Set<Role>(['emotion', 'attribute', 'action', 'dehumanising', 'threat', 'harm-verb', 'squalor', 'decline', 'insinuation']);
/** Words between a copula and a predicate ("are just so", "to be that", "are all complete"). */
export const FILLER = new Set(
  ('as the a an absolute absolutely so just such really all complete completely total totally utter utterly truly very most bunch of lot nothing but common massive human pure simply still always only can be to that too being more than worthless any sort kind fucking bloody little dirty filthy stupid useless ' +
    // "a bit", "a tad" (hate9: "Doesn't everyone find X a bit revolting?")
    'bit tad ' +
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
export const COPULA = new Set(["are", "is", "be", "were", "was", "'re", "am", "being", "been", "find", "found", "think", "call", "called", "calling", "seem", "seems", "look", "looks", "remain", "become", "becomes", "they're", "you're", "we're", "i'm", "he's", "she's", "it's", "theyre", "youre", "like",
  // linking verbs: "X smell disgusting", "X act so stupid", "X sound thick"
  "smell", "smells", "sound", "sounds", "act", "acts", "appear", "appears",
  // text-speak in social-media replies: "women r so thick"
  "r"]);
export const PERSON_TARGET = new Set(['you', "you're", 'youre', 'u', 'ur', 'he', "he's", 'she', "she's", 'they', "they're", 'yourself', 'yourselves']);
export const VICTIM_MARK = new Set(['getting', 'being', 'got', 'were', 'was', 'are', 'is', 'been']);
export const MODAL = new Set(['should', 'ought', 'must', 'would', 'will', "'ll", 'deserve', 'deserves', 'need', 'needs', 'wish', 'hope', "i'll", "we'll", 'shall', 'gonna', 'going', 'want', 'let', "let's",
  // "I'd happily batter …"
  "i'd", "we'd"]);
/** Ofcom's words for its ratings. */
export const STRENGTH: Record<number, string> = { 1: 'mild', 2: 'medium', 3: 'strong', 4: 'strongest' };
export const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you've", "you'll", "you'd", 'ya', 'u', 'ur', 'yourselves']);
export const WANTING_IT = new Set(['want', 'wants', 'wanted', 'wish', 'wishes', 'support', 'supports', 'need', 'needs', 'demand', 'demands', 'deserve', 'deserves', 'welcome', 'celebrate', 'cheer', 'bring', 'time', 'for', 'favour', 'advocate', 'backs', 'urge', 'calls', 'call', 'pray', 'hope', 'more']);
/** Words between a verb and its object: determiners, numbers and a few adjectives. */
export const OBJECT_LEAD = new Set(['a', 'an', 'the', 'their', 'our', 'his', 'her', 'my', 'your', 'its', 'some', 'this', 'that', 'these', 'those', 'new', 'short', 'little', 'big', 'tricky', 'first', 'last', 'final', 'personal', 'own', 'school', 'class', 'year', 'two', 'three', 'few']);
export const PERSONISH = new Set(['people', 'person', 'man', 'men', 'woman', 'women', 'kids', 'children', 'child', 'pupils', 'families', 'family', 'staff', 'teachers', 'boys', 'girls', 'lads', 'neighbours', 'them', 'us', 'you', 'him', 'her', 'everyone', 'everybody']);
export const ORGANISATION_WORD = new Set(['society', 'association', 'trust', 'league', 'club', 'federation', 'foundation', 'council', 'charity', 'union', 'institute', 'hospital', 'school']);
export const APPLYING = new Set(['apply', 'applies', 'extend', 'extends', 'cover', 'covers', 'belong']);
// "keep X out of this country" (hate26) beside "keep X out of our …" (KEEPING)
export const EXPELLING = new Set(['run', 'chase', 'drive', 'hound', 'kick', 'force', 'throw', 'drum', 'boot', 'turf', 'get', 'burn', 'smoke', 'drag', 'keep']);
export const MAKING = new Set(['make', 'making', 'made', 'makes']);
/** A present-tense link between a group and a stereotype (see stereotyped): "are", "seem", "act", and "do"/"does" opening a question. */
export const PRESENT_LINK = new Set(['are', "'re", 'is', 'seem', 'seems', 'look', 'looks', 'act', 'acts', 'sound', 'sounds', 'get', 'gets', 'do', 'does']);
/** Words between the group and a stereotype beside the fillers: "always have to be so", "ever so", "get so". */
export const STEREOTYPE_GAP = new Set(['have', 'has', 'always', 'ever', 'forever', 'constantly', 'typically', 'mostly', 'all', 'getting', 'need', 'needs']);
export const SINGLE = new Set(['a', 'an', 'one', 'that', 'this']);
/** What a group may be let do that "Why are X allowed to …?" begrudges: the rights of a citizen, a parent, a worker. */
export const RIGHTS = new Set(['vote', 'adopt', 'marry', 'teach', 'work', 'drive', 'breed', 'exist', 'live', 'stay', 'have', 'raise', 'be', 'serve', 'lead', 'run', 'own', 'wear', 'speak', 'enter', 'come', 'settle', 'claim', 'foster', 'preach', 'protest', 'walk', 'go', 'get']);
/** A need before a verb in "-ing" that makes it a passive wished: "X need locking up". */
export const NEEDING = new Set(['need', 'needs', 'want', 'wants']);
/** Goods denied as owed only with a word of what ought to be near the denial (see the positive role). */
export const OWED_GOODS = new Set(['future', 'a future', 'jobs', 'a job', 'rights', 'equal rights', 'the same rights', 'a seat at the table', 'treated equally', 'quality of life', 'a voice', 'a say', 'feelings', 'dignity',
  'a seat', 'a vote', 'a platform', 'a home', 'a house', 'freedom', 'safety', 'benefits', 'healthcare', 'education', 'equality', 'housing', 'houses']);
export const OWING = new Set(['deserve', 'deserves', 'should', "shouldn't", 'shouldnt', 'must', "mustn't", 'ought', 'need', 'needs', 'allowed', 'entitled', 'given', 'get', 'be']);
/** Indifference to what is done to the group: "I couldn't care less if X suffer". */
export const INDIFFERENT = /care less|care if|care whether|shed a tear|lose sleep|lose any sleep/;
/** Words between "why"/"who" and a verb of regard in a rhetorical question: "Why should anyone …", "Who would honestly …". */
export const ASKED_REGARD = new Set(['should', 'would', 'could', 'will', 'can', 'does', 'do', 'on', 'earth', 'in', 'their', 'right', 'mind', 'honestly', 'actually', 'really', 'even', 'ever', 'genuinely', 'seriously', 'the', 'hell']);
/** Who may be said to be right about a remark: "and he was right", "she's right", "they were right". */
export const ENDORSING_SUBJECT = new Set(['was', 'is', 'were', 'are', "he's", "she's", "they're", "you're", "it's", "that's", 'hes', 'shes', 'theyre']);
/** After an attribute, whom someone's conduct is aimed at: "rude to X", "cruel towards X". */
export const CONDUCT_TO = new Set(['to', 'towards', 'toward', 'about']);
/** Wrongs done to a group, named between a feeling and the group: "angered by the attacks on X". */
export const WRONG_DONE = new Set(['attacks', 'attack', 'abuse', 'treatment', 'racism', 'discrimination', 'bullying', 'violence', 'hatred', 'hate', 'prejudice', 'harassment', 'persecution', 'murder', 'murders', 'killing', 'killings', 'mistreatment', 'exclusion', 'insults', 'comments', 'remarks', 'slurs', 'stereotypes', 'stereotyping', 'abusing', 'insulting', 'mocking']);
/** After a group refused ("never accept X as equals", "… X here", "… X in our town"). */
export const REFUSED_AS = new Set(['as', 'here', 'in', 'into', 'ever']);
/** A group's ways, after "Typical X": "Typical X behaviour", "Typical X logic". */
export const WAYS = new Set(['behaviour', 'behavior', 'attitude', 'mentality', 'logic', 'thinking', 'tactics', 'nonsense', 'move', 'antics', 'carry-on', 'excuse', 'excuses']);
/** After "about as useful as": the most there is ("… as it gets", "… as they come", "… as anyone", "… as you can get"). */
export const AS_IT_GETS = new Set(['it', 'they', 'you', 'anyone', 'anybody', 'possible', 'can', 'ever', 'any']);
/** An order's opening word (see avoidanceUrged): "Keep …", "Stay …", "Make sure …", "Always …", "Please …". */
export const ORDER_OPENER = new Set(['keep', 'stay', 'make', 'tell', 'teach', 'always', 'please', 'just', 'get', 'move', 'warn', 'best']);
/** Advice before it: "You should keep …", "Parents must keep …", "You'd better stay …", "I'd keep …". */
export const ADVISING = new Set(['should', 'must', 'better', "i'd", "you'd", 'advise', 'advice', 'recommend', 'ought', 'wise', 'sensible', 'safer']);
export const NEED_NOT = new Set(['no', 'nobody', 'needn\'t', 'never']);
/** Health advice: "… if you have a cold", "… while you are unwell". */
export const UNWELL = new Set(['ill', 'unwell', 'sick', 'poorly', 'symptoms', 'covid', 'cold', 'flu', 'infectious', 'contagious', 'germs', 'virus', 'cough', 'coughs', 'temperature', 'fever', 'sickness']);
/** A yes-no question's opening word: "Can X ever …", "Are X even …", "Will X ever …". */
export const YES_NO_OPENER = new Set(['can', 'could', 'are', 'is', 'will', 'would', 'do', 'does', 'have', 'has']);
/** Words that make a conduct a habit (see habitOf): "always complain", "keep moaning", "constantly lie". */
export const HABITUAL = new Set(['always', 'constantly', 'forever', 'keep', 'keeps', 'continually', 'perpetually', 'endlessly']);
/** Words between the group and its habit: "always have to", "think they can", "ever stop", "just love to". */
export const HABIT_GAP = new Set(['have', 'has', 'to', 'think', 'thinks', 'they', 'can', 'ever', 'stop', 'just', 'all', 'still', 'insist', 'insists', 'on', 'seem', 'seems', 'like', 'love', 'need', 'got', 'gotta', 'do', 'does', 'will', 'gonna', 'going', 'always']);
/** After a conduct, what may follow it and leave it a habit: "complain about everything", "steal our jobs", "moan all the time". */
export const HABIT_AFTER = new Set(['everything', 'anything', 'nothing', 'all', 'our', 'so', 'constantly', 'again', 'too', 'and', 'or', 'but', 'non-stop', 'nonstop', 'endlessly']);
export const EVERYTHING = new Set(['everything', 'anything', 'nothing', 'all']);
/** Degree or frequency that makes a state a trait: "so loud", "too demanding", "always angry". */
export const GENERALISING = new Set(['so', 'too', 'always', 'constantly', 'forever', 'such', 'really', 'very', 'bloody', 'all', 'typically', 'ever', 'incredibly', 'extremely', 'unbelievably']);
/** After a state, its cause or circumstance: "angry about the cuts", "cold in this weather", "loud at the concert". */
export const STATE_CAUSE = new Set(['about', 'at', 'in', 'with', 'because', 'over', 'that', 'of', 'for', 'when', 'after', 'from', 'on', 'during', 'to', 'towards', 'toward', 'since', 'if']);
/** Between the group and its going: "till they're all gone", "until the X have finally left". */
export const GONE_LEAD = new Set(['are', "'re", 'have', "'ve", 'has', 'all', 'finally', 'just', 'actually', 'really', 'every', 'one', 'of', 'them', 'is', 'be', 'been', 'were']);
/** The group's going after a longing (see longedGone), beside the departure vocabulary: "gone", "leave", "go back", "move out". */
export const GONE = new Set(['gone', 'leave', 'leaves', 'left', 'deported', 'evicted', 'kicked', 'thrown', 'chucked', 'booted']);
/** Going with a particle: "move out", "go back", "clear off", "are sent home", "get shipped away". */
export const SENT_OFF = new Set(['go', 'goes', 'went', 'move', 'moves', 'moved', 'moving', 'clear', 'cleared', 'push', 'pushed', 'sod', 'bugger', 'piss', 'pack', 'packed', 'packing', 'send', 'sent', 'ship', 'shipped', 'fly', 'flown', 'flew', 'head', 'run', 'drive', 'driven', 'chase', 'chased', 'get', 'got']);
export const AWAY = new Set(['out', 'off', 'back', 'home', 'away']);
/** What the group may be blamed for (see blamed): a feeling against, a decline, a bad result, squalor, harm, a bad attribute. */
export const BLAMED_ROLES = new Set<Role>(['emotion', 'attribute', 'action', 'dehumanising', 'decline', 'squalor', 'outcome', 'threat', 'harm-verb']);
export const BLAME_ADVERB = new Set(['only', 'main', 'real', 'whole', 'entire', 'sole', 'exactly', 'precisely', 'basically']);
/** After "out of town": where a journey goes ("to the match", "for the trip", "on a visit"), unless it is "for good". */
export const JOURNEY_ON = new Set(['to', 'for', 'on']);
export const FOR_GOOD = new Set(['good', 'ever', 'once']);
const BURYING = new Set(['put', 'putting', 'bury', 'burying']);
const KEEPING = new Set(['keep', 'kept', 'keeping']);
/** The participles of the sandwiching verbs, for the passive wish ("should be run out of town"). */
export const PASSIVE_OF = new Map<Set<string>, Set<string>>([
  [EXPELLING, new Set(['run', 'chased', 'driven', 'hounded', 'kicked', 'forced', 'thrown', 'drummed', 'booted', 'turfed', 'burnt', 'burned', 'smoked', 'dragged', 'kept'])],
  [BURYING, new Set(['put', 'buried'])],
]);
export const PASSIVE_BE = new Set(['be', 'been', 'get', 'got']);
/** Threats said around the group: the verbs that must stand before it. */
export const SANDWICHED = new Map<string, Set<string>>([
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
export const OBJECT_ONLY_THREATS = new Set(['beat', 'thump', 'whack', 'deck', 'lamp', 'clobber',
  // "going to sort out X tonight"; not "sort out the coats"
  'sort out',
  // "I'd happily batter a few X", "They should ban X from teaching": not fish batter, a phone ban, the sack race
  'batter', 'ban', 'expel', 'sack']);
/** Words between such a verb and the group: "beat all the X", "thump every X". */
export const OBJECT_QUANTIFIER = new Set(['the', 'all', 'every', 'any', 'those', 'these', 'some', 'each', 'a', 'an', 'that', 'this', 'few', 'couple', 'of']);
/** Which of the group a threat picks out: "every last X", "the next X I see". */
export const PICKED = new Set(['last', 'single', 'next', 'first']);
/** After the group, a game or a score: "beat the men at rounders", "beat the boys 3-1", "in the final". */
export const CONTEST = new Set(['at', 'in', 'on', 'by', 'to', 'for']);
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
  // driving people from a place (hate11): "chase them off the field", "get them out of our hall by 3pm" — said of geese and classes
  'run them out', 'run them off', 'drive them off', 'drive them away', 'chase them off', 'chase them out', 'hound them out', 'hound them off', 'force them out', 'force them off',
  'turf them out', 'boot them out', 'smoke them out', 'get them off our', 'get them out of our', 'get them out of this', 'get them all out', 'get them all off',
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
export const EXPULSION = new Set(['thrown out', 'kicked out', 'chucked out', 'booted out', 'turfed out', 'slung out', 'banished', 'exiled', 'driven away', 'chased away', 'run off',
  'throw out', 'kick out', 'chuck out', 'boot out', 'turf out', 'banish', 'exile', 'throw out all', 'kick out all', 'chuck out all', 'get shot of', 'got shot of',
  // "Isn't it time we dealt with X once and for all?", "X should be culled"
  'once and for all', 'culled', 'cull', 'be destroyed', 'destroy all', 'destroy every', 'destroy them',
  // "X need to be dealt with"; not "bullying will be dealt with"
  'dealt with', 'be dealt with',
  // "X should go back home", "It's about time X went back to their own country"; not "went back home after the trip"
  'go back home', 'went back home', 'go back to their own country', 'go back to their own countries', 'go back to their country', 'went back to their own country', 'went back to their country', 'be sent back home',
  // sent away or left to rot, only wished (hate7): "They should all be sent away", "I hope they all rot"; not "sent away for
  // a week's residential", "the fruit will rot if it's left out"
  'sent away', 'send away', 'be sent away', 'sent packing', 'send packing', 'rot', 'rots']);
/** Of those, the ones a promise threatens as much as a wish ("I'll destroy every X"): any modal will do. */
export const PROMISED_TOO = new Set(['destroy all', 'destroy every', 'destroy them', 'be destroyed', 'culled', 'cull']);
export const WISHING_MODAL = new Set(['should', 'ought', 'must', 'need', 'needs', 'deserve', 'deserves', 'wish', 'hope', 'want', "let's", 'let', 'gotta', 'shall']);
/** Harm deserved that a leavers' post may wish its pupils as good things ("Our Year 6s deserve everything that's coming to them"): a threat only said of a group. */
const COMING_TO_THEM = new Set(["everything that's coming to them", "all that's coming to them", 'everything coming to them']);
/** Words of a game or a contest, in a text where "we're coming for you" is banter between teams. */
export const COMPETITION = new Set(['match', 'matches', 'rematch', 'fixture', 'fixtures', 'league', 'cup', 'final', 'finals', 'semi-final', 'tournament', 'trophy', 'title', 'champions', 'defeat', 'season', 'derby', 'opponents', 'rivals', 'quiz', 'competition']);
/**
 * A consequence warned of, a threat only said to someone addressed by their group (hate9): "Keep walking past my
 * house, X, and you'll find out what happens" — not "regret it" or "be sorry", advice as often ("X families, book now or you'll
 * regret it"), and never in the last resort (judge-last-resort.ts) with no one addressed.
 */
export const WARNED = new Set(["you'll find out what happens", 'you will find out what happens', "won't see it coming", 'wont see it coming', "won't know what hit you", 'wont know what hit you', "you'll get what's coming",
  // hate10
  "you won't be walking home", 'you will not be walking home', "you won't walk home", "you won't make it home", "you won't get home", "you won't be going home", "you won't get there", "you won't walk again",
  "you won't be walking anywhere", "you won't be laughing", "i'll cut you", 'i will cut you', "we'll cut you"]);
/**
 * A consequence warned of that is advice as often ("book now or you'll regret it"): a threat only after an order to
 * keep away or stop, said to someone addressed by their group (hate11, see warnedOff in judge-warning.ts).
 */
export const WARNED_OFF = new Set(["you'll regret it", 'you will regret it', "you'll be sorry", 'you will be sorry', "you'll wish you", 'you will wish you',
  "you'll end up in hospital", 'you will end up in hospital', "you'll end up in the canal", 'you will end up in the canal', "you'll end up in the river", 'you will end up in the river', "you'll end up in a box", 'you will end up in a box', "you'll end up in a ditch", 'you will end up in a ditch', "you'll end up in a wheelchair", 'you will end up in a wheelchair', "you'll end up in the morgue", 'you will end up in the morgue']);
export const GROUP_ONLY_THREATS = new Set([...SANDWICHED.keys(), ...OBJECT_ONLY_THREATS, "they'll regret it", ...EVERYDAY_THEM, ...EXPULSION, ...COMING_TO_THEM, ...WARNED, ...WARNED_OFF,
  // "I'm coming for every X", "Isn't it time we got rid of X?", "X get what they deserve" — not the cup we're coming for, the clutter to get rid of
  'coming for every', 'coming for all', 'coming for any', 'come for every', 'come for all', 'time we got rid of', 'time to get rid of', 'time we dealt with', 'time to deal with',
  'get what they deserve', 'got what they deserved', 'gets what they deserve', 'regret ever coming', 'regret the day they', 'be rid of', 'finally rid of', 'rid the country of', 'rid this country of', 'rid our streets of']);
export const EXISTING = new Set(['exist', 'exists']);
export const SAMENESS = new Set(['all the same', 'all alike']);
export const ARE = new Set(['are', "'re", "they're", 'theyre']);
export const EXIST_ADVERB = new Set(['even', 'still', 'actually', 'really', 'just']);
export const OBJECT_PREPOSITION = new Set(['about', 'of', 'against', 'for', 'towards', 'toward', 'on', 'with', 'to', 'at', 'by']);
/** Where someone lies ("lying down", "lying on the sofa"), not what they tell. */
export const RECLINING = new Set(['down', 'on', 'in', 'around', 'round', 'there', 'here', 'back', 'flat', 'still', 'awake', 'low', 'under', 'beside', 'next', 'by', 'across', 'asleep', 'face']);
export const REGRET = new Set(['shame', 'pity', 'tragedy', 'sad', 'unfortunate', 'wish', 'why']);
export const WISHING = new Set(['wish', 'wished', 'if', 'hope']);
export const REFUSAL = /^(?:wouldn't|would not|would never|don't|do not|never|won't|will not|will never) (?:want|have|let|allow|leave)$/;
export const SPEAKERS_OWN = new Set(['street', 'road', 'area', 'town', 'village', 'estate', 'neighbourhood', 'house', 'home', 'school', 'class', 'country', 'kids', 'children', 'child', 'daughter', 'son', 'family']);
export const POINTING = new Set(['the', 'those', 'these']);
/** Whom a feeling is for, named as a kind: "X are the people I hate most". */
export const FELT_FOR = new Set(['people', 'ones', 'one', 'group', 'lot', 'kind', 'sort', 'type', 'folk', 'person', 'thing', 'things', 'community']);
export const FEELING_ADVERB = new Set(['really', 'truly', 'honestly', 'just', 'genuinely', 'actually', 'absolutely', 'most', 'still', 'always', 'do']);
export const SPECIFIC = new Set(['our', 'the', 'these', 'those', 'my', 'your', 'this', 'both']);
/** Verbs that report what someone said: the clause after them has its own subject. */
export const REPORTING = new Set(['said', 'says', 'say', 'told', 'tell', 'tells', 'explained', 'explain', 'asked', 'wrote', 'added', 'noted', 'reported', 'agreed', 'mentioned', 'complained', 'warned', 'admitted', 'pointed', 'joked', 'laughed']);
/** Words before a noun that make it a particular person: "that ref", "my neighbour", "his dad". */
export const SUBJECT_DETERMINER = new Set(['that', 'the', 'this', 'those', 'these', 'our', 'their', 'your', 'my', 'his', 'her']);
export const SUPERLATIVE_SUBJECT = new Set(['nothing', 'nobody', 'none', 'no']);
export const NOTHING_DONE = new Set(['nothing', 'nobody', 'noone', 'none']);
/** Comparisons that rank something above the group that follows them. */
export const RANKED_ABOVE = new Set(['more intelligent than', 'more valuable than', 'smarter than', 'cleverer than', 'more clever than', 'wiser than', 'brainier than', 'more sense than', 'more common sense than',
  'more brains than', 'more brain cells than', 'more intelligence than', 'a higher iq than', 'higher iq than', 'more manners than', 'more use than', 'more useful than', 'more worth than', 'worth more than',
  'more value than', 'more civilised than', 'more civilized than', 'more human than', 'more humanity than', 'more decent than', 'more hygienic than', 'cleaner than', 'more deserving than',
  // "My cat could teach better than any X", "A monkey would do a better job than a X" (hate23)
  'teach better than', 'do a better job than', 'does a better job than', 'a better job than', 'run it better than', 'more talent than', 'more skill than', 'better manners than']);
/** Words that make a comparison rank one thing over another. */
export const COMPARATIVE = new Set(['more', 'better', 'smarter', 'cleverer', 'brighter', 'cleaner', 'nicer', 'higher', 'greater', 'worthier', 'rather', 'sooner', 'prefer']);
export const WH_WORD = new Set(['why', 'how', 'what', 'when']);
export const RELATIVE = new Set(['who', 'that', 'which', 'whose', 'whom']);
/** Subjects that open a clause of their own after a comma, which a negation before does not reach. */
export const CLAUSE_OPENER = new Set(["it's", 'its', "that's", 'thats', "there's", 'theres', "he's", "she's"]);
/** Words that join two clauses of their own: "House prices fell, and X came to the fair". */
export const COORDINATOR = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet', 'or']);
/** Verbs of meeting someone: "never met a X who …", "Have you ever known a X that …". */
export const MEETING = new Set(['met', 'meet', 'known', 'know', 'seen', 'see', 'found', 'find', 'come', 'across', 'heard']);
/** The tail of a verbless fragment of abuse: "Vile, the lot of them", "Scum, every one of them". */
export const FRAGMENT_TAIL = new Set(['the', 'lot', 'of', 'them', 'all', 'every', 'one', 'each', 'and', 'or', 'single', 'last',
  // the noun the abuse describes: "Vile creature.", "Horrible people."
  'creature', 'creatures', 'people', 'person', 'thing', 'things', 'individuals', 'individual',
  // a comment's tag after the abuse: "Useless, obviously.", "Lazy as usual.", "Filthy, of course.", "Disgusting tbh." (hate26)
  'obviously', 'clearly', 'naturally', 'predictably', 'typically', 'course', 'usual', 'always', 'ever', 'again', 'tbh', 'ngl', 'imo', 'lol', 'mate', 'innit', 'though', 'honestly',
  // the abuse said to be lasting or shared by all of them (hate10): "Violent and stupid, always have been.", "Dirty, like the rest of their kind."
  'have', 'been', 'will', 'be', 'were', 'like', 'rest', 'their', 'kind', 'sort']);
/** A sentence opening with one of these is about saying something: "Saying X are a burden is false". */
export const REPORTING_GERUND = new Set(['saying', 'claiming', 'calling', 'suggesting', 'telling', 'implying', 'pretending', 'insisting', 'posting', 'writing', 'shouting', 'spreading', 'hating', 'mocking', 'threatening', 'describing', 'labelling', 'labeling',
  // "Accusing X of being …", "Blaming X for …", "Wishing death on X …" (added in the hate23 session)
  'accusing', 'blaming', 'branding', 'wishing', 'wanting', 'comparing', 'portraying', 'painting', 'stereotyping', 'insulting', 'dismissing']);
/** Words before a group that make it the cause of a feeling that follows: "whenever X …, I feel sick". */
/** Phrases that make the group an excess (see tooMany). */
export const EXCESS = new Set(['too many', 'any more', 'no more']);
export const WANTING = new Set(['need', 'needs', 'want', 'wants']);
/** After "too many X": here, now, arriving. */
export const EXCESS_AFTER = new Set(['here', 'about', 'everywhere', 'now', 'nowadays', 'anymore', 'already', 'coming', 'arriving', 'moving', 'flooding', 'pouring', 'getting', 'living', 'these', 'today']);
export const EXCESS_PLACE = new Set(['country', 'town', 'area', 'school', 'schools', 'street', 'city', 'village', 'neighbourhood', 'estate', 'britain', 'england', 'uk', 'world', 'road', 'class', 'place']);
/** Being close to someone: "can't stand to be near X", "… in the same room as X". */
export const PROXIMITY = new Set(['near', 'around', 'with', 'room', 'next', 'beside', 'among', 'amongst', 'alongside', 'same']);
export const CAUSE_MARK = new Set(['when', 'whenever', 'if', 'time', 'sight', 'seeing', 'see', 'hearing', 'around', 'near', 'meeting', 'meet', 'looking', 'watching', 'thinking']);
/** How far a group may stand before the copula it is the subject of ("women with any power are"). */
export const SUBJECT_REACH = 5;
/** How much further a subject followed by its own relative clause may stand ("X who live on my road are …"). */
export const RELATIVE_REACH = 5;
/** Who meets the group in a relative clause without "who": "every X I meet", "the X we know". */
export const CONTACT_SUBJECT = new Set(['i', 'we', "i've", "we've", 'you']);
export const RELATIVE_AFTER_SUBJECT = new Set(['who', 'that', "who've", "who'd", "who're", "who's", "that've"]);
/** Endings of adjectives that may stand before a hostile noun: "confused perverts", "dangerous animals". */
export const ADJECTIVE_ENDING = /(?:ed|ful|ous|ish|ic|less|al|ive|able|ible|ant|ent)$/;
/** A verb of place before "in"/"with": "X belong in a zoo" is a predicate like "X are animals". */
export const PLACE_VERB = new Set(['belong', 'belongs', 'belonged', 'live', 'lives']);
/** Verbs that put someone somewhere: wished, the place is what they are said to deserve ("should be kept in cages"). */
export const PUT_IN = new Set(['put', 'kept', 'locked', 'placed', 'shut', 'thrown', 'sent', 'chained']);
/** Words a negation does not reach across. */
export const SCOPE_BREAK = new Set(['that', 'i', 'we', 'you', 'he', 'she', 'they', 'if', 'because', 'when', 'but', 'and', 'who', 'which', "they're", 'theyre', "we're", "you're", "i'm", "he's", "she's"]);
/** Feelings whose cause comes first ("women make me sick"); other feelings take their object after. */
export const CAUSATIVE = /\bm[ey]\b|^disgusts?$|^sickens?$|^repulses?$|^revolts?$|^appals?$/;
export const SENTENCE_END = /[.!?;:]["'”’)]*(?:\s|$)|\n/;
/** More words for a relative clause picking out whom the threat means: "put the next X who walks past my house in hospital". */
export const GAP_RELATIVE_WORDS = 5;

export const SUGGEST_GROUP = 'Remove the remark. If the post quotes or condemns it (an anti-racism lesson, a pupil\'s poem), say so plainly and record the decision with <!-- audit-ignore text/derogatory: reason -->.';
export const SUGGEST_WORD = 'Remove or reword it; if a quotation is essential, say whose words they are and record why with <!-- audit-ignore text/derogatory: reason -->.';
export const TIME_ADVERB = new Set(['often', 'once', 'always', 'sometimes', 'still', 'then', 'all', 'even', 'also', 'simply', 'just', 'never']);
/** Negations that stand for the subject: "No woman is …", "None of these X are …". */
export const SUBJECT_NEGATION = new Set(['no', 'none', 'neither']);
/** "Not one X", "not a single X": a denial said of the whole group, as "no X" is. */
export const NOT_ONE = new Set(['one', 'a', 'single']);
/** Degree that makes a good in "never met a X who was so kind" praise: "so", "more", "as", "such". */
export const PRAISING_DEGREE = new Set(['so', 'more', 'as', 'such', 'most']);
/** After the group, before "who is …": "a X alive who", "a X anywhere that", "a X on earth who", "a X I know who". */
export const EXISTING_WHERE = new Set(['alive', 'anywhere', 'earth', 'on', 'in', 'the', 'world', 'living', 'i', 'know', 'we', 'here', 'around']);
/** Between "met"/"there isn't" and the group: "a", "one", "a single", "any". */
export const NONE_SUCH_LEAD = new Set(['a', 'an', 'one', 'single', 'any', 'even', 'no', 'not', 'is', "isn't", 'isnt', "'s",
  // "There's no such thing as a X who is honest" (hate26)
  'such', 'thing', 'as']);
export const BELIEF = new Set(['think', 'believe', 'reckon', 'suppose', 'feel', 'consider', 'regard']);
export const PAST_NEGATION = new Set(["weren't", "wasn't", "didn't", "hadn't", 'lacked']);
export const PAST_AUXILIARY = new Set(['were', 'was', 'did', 'had']);
export const LACKING = new Set(['lack', 'lacks']);
/** Negations that tell what is so ("don't", "never"), not what should be ("shouldn't", "mustn't"). */
export const DESCRIPTIVE_NEGATION = new Set(["don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', 'never', 'rarely', 'seldom']);
/** Verbs of feeling or receiving something ("feel welcome", "get respect"). */
export const EXPERIENCE = new Set(['feel', 'feels', 'felt', 'get', 'gets', 'got', 'receive', 'receives', 'received', 'experience', 'experiences', 'experienced', 'find', 'finds']);
export const LACKABLE = new Set(['decency', 'compassion', 'sympathy', 'respect', 'mercy', 'pity', 'value', 'brains', 'a brain', 'intelligence', 'common sense', 'empathy', 'manners', 'a conscience', 'self-control']);
export const LIKENING = new Set(['like', 'as']);
export const LIKENED_BY = new Set(['treated', 'treat', 'treating']);
/** How someone conducts themselves ("behave like", "act like"), not how they are treated. */
export const CONDUCT = new Set(['behave', 'act']);
/** Adverbs between a denial and a trait: "X are not at all friendly", "X are never even polite". */
export const TRAIT_ADVERB = new Set(['at', 'all', 'ever', 'even', 'remotely', 'particularly', 'especially', 'exactly', 'known', 'for', 'being', 'very']);

/**
 * Verbs of learning and asking that make a following how/why clause a question studied ("learning how", fp32: "a
 * workshop on extremism, learning how far-right groups spread hatred of Muslims online"). Not "shows how": "This video
 * shows how disgusting X are" endorses it.
 */
export const STUDYING = new Set(['about', 'asked', 'ask', 'asks', 'learnt', 'learned', 'learn', 'learning', 'discussed', 'discuss', 'explored', 'explore', 'understand', 'understanding', 'explained', 'explain', 'wondered', 'wonder', 'studied', 'study', 'researched', 'research', 'investigated', 'considered', 'questioned', 'debated', 'examined', 'on']);
/** Past verbs of belief: held by a subject other than the speaker, the belief is told, not expressed. */
/** Words before "thought" that make it the noun. */
export const NOUN_MARK = new Set(['of', 'a', 'an', 'the', 'any', 'no', 'some', 'with', 'without', 'for']);
export const NOUN_ADJECTIVE = new Set(['independent', 'logical', 'rational', 'original', 'critical', 'free', 'deep', 'clear', 'second', 'real', 'serious', 'careful']);
export const BELIEF_PAST = new Set(['thought', 'believed', 'assumed', 'considered', 'claimed', 'argued', 'insisted', 'decided', 'imagined', 'feared', 'said', 'shouted', 'yelled', 'wrote', 'posted', 'tweeted', 'told', 'chanted', 'sang',
  // a question reported, its question mark gone: "Why can't refugees be treated like human beings, asked Year 10."
  'asked', 'wondered']);
/** Present verbs of saying and believing, reported of people in general ("People think …"). */
export const PRESENT_REPORT = new Set(['think', 'thinks', 'believe', 'believes', 'say', 'says', 'assume', 'assumes', 'claim', 'claims', 'reckon', 'reckons', 'insists',
  // "people call X …", "to hear someone call our X …"
  'call', 'calls']);
/** Heard or caught doing it, or anyone doing it: "anyone heard saying …", "pupils caught calling …", "anyone saying …" (not "gay people saying they …", whose own words these are). */
export const CAUGHT = new Set(['heard', 'caught', 'seen', 'found', 'reported', 'anyone', 'anybody', 'someone', 'somebody',
  // what was written: "Those posters saying X should be sent back have been taken down"
  'poster', 'posters', 'leaflet', 'leaflets', 'sign', 'signs', 'banner', 'banners', 'sticker', 'stickers', 'graffiti', 'comment', 'comments', 'message', 'messages', 'post', 'posts', 'tweet', 'tweets', 'note', 'notes', 'letter', 'letters', 'video', 'videos', 'chant', 'chants', 'headline', 'headlines', 'article', 'articles']);
/** Verbs of putting it about, now, with a subject other than the speaker: "Trolls keep commenting that X are …", "If someone tells you X are …". */
export const SPREADING = new Set(['comment', 'comments', 'commenting', 'post', 'posts', 'posting', 'tweet', 'tweets', 'tweeting', 'write', 'writes', 'shout', 'shouts', 'insist', 'insists', 'insisting', 'suggest', 'suggests', 'argue', 'argues', 'arguing', 'tell', 'tells', 'telling', 'claim', 'claims', 'claiming', 'saying']);
export const KEEP = new Set(['keep', 'keeps', 'kept', 'constantly', 'always', 'still', 'forever']);
export const SAID_WHERE = new Set(['online', 'here', 'round', 'around', 'everywhere', 'nowadays']);
export const GENERIC_SUBJECT = new Set(['people', 'some', 'many', 'others', 'everyone', 'everybody', 'adults', 'kids', 'folk', 'folks', 'they', 'bullies', 'racists', 'someone', 'somebody', 'anyone', 'anybody', 'whoever']);
/** A group's own belief about something else: "Muslims believe pigs are unclean". */
export const HELD_BELIEF = new Set(['believe', 'believes', 'think', 'thinks', 'say', 'says', 'teach', 'teaches', 'hold', 'holds', 'consider', 'considers', 'feel', 'feels']);
export const PRONOUN_BACK = new Set(['they', 'them', "they're", 'theyre', 'themselves']);
/** What may stand between a refusal and its verb ("I'd never even want my son to …"), and between the verb and the group. */
export const REFUSAL_GAP = new Set(['ever', 'even', 'want', 'to', 'again', 'knowingly', 'willingly', 'happily', 'my', 'child', 'children', 'kids', 'kid', 'son', 'sons', 'daughter', 'daughters', 'family', 'let']);
export const OBJECT_GAP = new Set(['a', 'an', 'the', 'any', 'every', 'all', 'those', 'these', 'some', 'single', 'one', 'of', 'anything', 'something', 'food', 'meal', 'cooked', 'made', 'touched', 'prepared', 'served', 'handled', 'by', 'from', 'with', 'word', 'another', 'that', 'which', 'has', 'have', 'had', 'been', 'was', 'were',
  'cup', 'glass', 'plate', 'bottle', 'drink', 'water', 'used']);
/** Roles that are goods, hostile only when denied (or, for an interaction, refused). */
export const GOODS = new Set<Role>(['positive', 'quality', 'trait', 'interaction']);
export const LESSER = new Set(['less', 'fewer', 'worse']);
/** People in general named by what they do to a group ("people who attack X", "anyone who spits on X"). */
export const PERPETRATOR = new Set(['people', 'anyone', 'anybody', 'those', 'someone', 'somebody', 'person', 'persons', 'men', 'thugs', 'trolls', 'cowards', 'criminals', 'racists', 'bigots', 'individuals', 'pupils', 'adults', 'children', 'kids']);
export const WOULD_NOT = new Set(["wouldn't", 'wouldnt']);
/** Who refuses, and the modals of a refusal: "I would never", "we'd never", "I'll never". */
export const REFUSER = new Set(['i', 'we']);
export const REFUSING_MODAL = new Set(['would', 'will', 'could']);
export const REFUSER_MODAL = new Set(["i'd", "we'd", "i'll", "we'll", 'id']);
/** Who feels a denial in "feel they don't belong", "felt she wasn't welcome". */
export const FELT_SUBJECT = new Set(['they', "they're", 'theyre', 'he', "he's", 'she', "she's", 'you', "you're", 'it', "it's"]);
export const FEELING_VERB = new Set(['feel', 'feels', 'felt', 'feeling']);
export const SPEAKER = new Set(['i', 'we', "i'm", "we're", 'me', 'us', "i've", "we've", "i'd", "we'd", "i'll", "we'll"]);
export const BELIEF_AUXILIARY = new Set(['have', 'had', 'has', 'did', 'do', 'truly', 'really', 'genuinely', 'secretly', 'privately']);
/** Intention before "to" and a violent verb: "I plan to …", "I'm about to …", "I can't wait to …", "We vowed to …". */
export const INTENDING = new Set(['intend', 'intends', 'intending', 'plan', 'plans', 'planning', 'decided', 'decide', 'promise', 'promised', 'swear', 'swore', 'vow', 'vowed', 'about', 'wait', 'aim', 'aiming', 'ready', 'coming', 'dying', 'itching', 'desperate', 'determined']);
export const HYPOTHETICAL = new Set(['if', 'wish', 'wished', 'hope', 'hoping', 'hoped', 'unless', 'would', "i'd", "we'd", "it'd", "wouldn't", 'rather']);

/** Words after which a negation does not deny what follows: "nothing but", "no more than", "no better than". */
/** "wrong with saying", "mistake in saying", "harm in saying". */
export const FAULT = new Set(['wrong', 'mistake', 'harm', 'problem', 'crime']);
export const DOUBT = new Set(['doubt', 'question', 'exception']);
export const NOT_A_NEGATION = new Set(['but', 'more', 'less', 'short', 'other', 'better', 'different',
  // "It's no coincidence the worst …", "No wonder X are …": saying it is so
  'coincidence', 'wonder', 'surprise', 'secret', 'accident',
  // "I can't wait to see X burn": eagerness, not a denial
  'wait',
  // "X can't help being criminals": it is so, and always will be
  'help']);
/** How far back a negation reaches: "don't deserve to be treated like animals". */
export const NEGATION_REACH = 6;
export const ARTICLE_AFTER = new Set(['you', 'u', 'yourself']);

/** Verbs of doing something with someone that an order or a condition foretelling a result opens on: "Put a X in charge and …", "If you let X in, …". */
export const CONDITION_VERB = new Set(['put', 'send', 'give', 'let', 'hire', 'ask', 'employ', 'leave', 'invite', 'elect', 'appoint', 'trust', 'lend', 'rent', 'sell', 'marry', 'allow', 'take', 'bring', 'make', 'pair', 'sit', 'seat', 'place', 'vote', 'move', 'live', 'accept', 'admit', 'open', 'have', 'get', 'buy', 'lease', 'promote', 'pick', 'choose', 'recruit', 'house', 'settle']);
/** A verb of CONDITION_VERB after a subject: "If you let …", "Once a school hires …" (not the past of a story told: "When we invited …"). */
export const conditionVerb = (word: string) => CONDITION_VERB.has(word) || (word.endsWith('s') && CONDITION_VERB.has(word.slice(0, -1)));
/** A precaution an "or" and its result follow: "Keep your bags zipped round X or they'll go missing". */
export const PRECAUTION = new Set(['keep', 'lock', 'hide', 'watch', 'mind', 'guard', 'hold', 'check', 'count', 'zip']);
export const CONDITION_MARKER = new Set(['if', 'once', 'when', 'whenever']);
/** Words a clause may open on before the order: "So put a X in charge …", "Just let X in …". */
export const CLAUSE_LEAD = new Set(['so', 'just', 'go', 'on', 'honestly', 'seriously', 'basically', 'simply', 'yeah', 'well', 'try']);
export const CONSEQUENCE_JOIN = new Set(['and', 'then', 'or', 'else', 'otherwise']);
/** Most words from the join to the result: "and before you know it the whole school will have gone downhill". */
export const CONSEQUENCE_REACH = 10;
/** Most words from the order's verb to the group: "Send your kids to a school full of X". */
export const CONDITION_REACH = 10;
/** People in the order other than the group, whom a "they" in the result stands for: "Send your kids to … X and they'll come home with nits". */
export const OTHER_PEOPLE = new Set(['kids', 'kid', 'children', 'child', 'son', 'sons', 'daughter', 'daughters', 'pupils', 'boys', 'girls', 'students', 'husband', 'wife', 'mum', 'dad', 'friends', 'family', 'staff', 'teachers', 'grandparents', 'nan', 'grandad', 'baby', 'babies', 'toddler', 'little', 'ones']);
export const GROUP_PRONOUN_SUBJECT = new Set(['they', "they'll", 'theyll', "they'd", "they're", 'theyre', 'them', 'he', "he'll", 'him', 'she', "she'll", 'her']);
export const OUTCOME_AUXILIARY = new Set(['will', "'ll", 'would', "'d", 'could', 'might', 'may', 'can', 'soon', 'just', 'all', 'quickly', 'slowly', 'suddenly', 'probably', 'definitely', 'surely', 'then', 'be', 'get', 'gets', 'got', 'been', 'have', 'has', 'start', 'starting', 'to', 'going', 'gonna', 'watch', 'see', 'both', 'only', 'also', 'even', 'eventually', 'before', 'long']);
/** Something bad gone is a good result: "… and watch the prejudice vanish". */
export const BAD_GONE = new Set(['prejudice', 'prejudices', 'fear', 'fears', 'worry', 'worries', 'nerves', 'doubt', 'doubts', 'ignorance', 'stereotype', 'stereotypes', 'myth', 'myths', 'barrier', 'barriers', 'problem', 'problems', 'tension', 'tensions', 'boredom', 'stress', 'shyness', 'loneliness', 'isolation', 'racism', 'hatred', 'hate', 'division', 'divisions', 'misconceptions', 'assumptions', 'chaos', 'mess', 'queue', 'queues', 'frown', 'frowns', 'tears', 'stigma', 'bullying', 'waste', 'litter', 'rubbish', 'pain', 'anxiety', 'anxieties', 'sadness', 'grumbles']);
/** Let in: "If you let X in …", "Let X into your school …". */
/** What links a departure to the time since: "once X stopped coming", "ever since we got rid of X", "now that X have gone". */
export const TEMPORAL_LINK = new Set(['once', 'since', 'now', 'after', 'when']);
/** What ends a better time with the group's coming: "better before X came", "worth more until X moved in". */
export const ENDED_BY = new Set(['before', 'until', 'till', 'til']);
export const HAD_BETTER = new Set(['had', "'d", "we'd", "you'd", "i'd", "they'd", "he'd", "she'd", 'd']);
/** Between the subject and what is better: "the street is so much nicer", "their lives have got a lot safer". */
export const IMPROVEMENT_LEAD = new Set(['is', 'are', 'was', 'were', "'s", "it's", 'been', 'has', 'had', 'got', 'gets', 'getting', 'become', 'becomes', 'became', 'feel', 'feels', 'felt', 'seem', 'seems', 'look', 'looks', 'much', 'so', 'a', 'lot', 'far', 'now', 'already', 'really', 'way', 'loads', 'more']);
/** A question offering the hearer some dealing with the group: "Would you let …", "Could you trust …", "Do you want …". */
export const OFFERING_ASKED = new Set(['would', 'could', 'will', 'do', 'should']);
export const ASKED_HEARER = new Set(['you', 'u', 'anyone', 'anybody', 'ya']);
export const ADMITTING = new Set(['let', 'lets', 'allow', 'allows', 'admit', 'admits']);
export const ADMITTED_TO = new Set(['in', 'into', 'through', 'over', 'here', 'near', 'join', 'onto', 'across', 'back']);

/** "It's high time someone …", "about time somebody …", "it's time we …". */
export const TIME_COME = new Set(['high', 'about', "it's", 'its', 'it']);
/** Whoever it turns out to be: "any X who …", "anyone who …". */
export const ANY_VICTIM = new Set(['any', 'anyone', 'anybody', 'whoever']);
/** Verbs as often of winning a game: "beat the men at school", "batter the women at the park run". */
export const SPORTING = new Set(['beat', 'beats', 'beaten', 'beat up', 'batter', 'batters', 'battered', 'battering', 'thump', 'thumped', 'thumping', 'smash', 'destroy', 'kill', 'killed', 'murder', 'murdered', 'slaughter', 'slaughtered', 'jump']);
/** Between "with" and a good: "with an ounce of decency", "with any manners", "with a shred of". */
export const OUNCE = new Set(['a', 'an', 'any', 'ounce', 'shred', 'scrap', 'bit', 'grain', 'single', 'one', 'of', 'some', 'real', 'basic', 'common']);
export const OWNING = new Set(['our', 'my', 'this', 'your']);
export const DETERMINERS = new Set(['these', 'those', 'this', 'that']);
export const LIST_JOINS = new Set(['and', 'or', 'nor']);
export const PERCEIVING = new Set(['see', 'sees', 'saw', 'seen', 'hear', 'hears', 'heard', 'witness', 'witnesses', 'witnessed', 'notice', 'notices', 'noticed', 'spot', 'spots', 'spotted', 'catch', 'caught']);
export const SEEN_DOING = new Set(['anyone', 'anybody', 'someone', 'somebody', 'a', 'another', 'other', 'others', 'people', 'pupils', 'pupil', 'children', 'child', 'students', 'student', 'boys', 'girls', 'boy', 'girl', 'him', 'her', 'them', 'adults', 'adult']);
export const WANTING_TO_SEE = new Set(['love', 'like', 'want', 'wanna', 'wish', 'enjoy', 'pay', 'happy', 'happily', 'glad', 'gladly', 'pleased', 'rather', 'dying', 'cannot', "can't", 'cant', 'wait', 'would', "i'd", "we'd", 'id', "'d"]);
/** What a school makes or shows of a group's ("the Muslim families' Eid video", "the girls' artwork"). */
export const THINGS_OWNED = new Set(['video', 'videos', 'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'portrait', 'portraits', 'film', 'footage',
  'artwork', 'artworks', 'art', 'work', 'display', 'displays', 'record', 'records', 'team', 'teams', 'kit', 'match', 'game', 'party', 'celebration', 'celebrations',
  'event', 'stall', 'leaflets', 'posters', 'poster', 'performance', 'concert', 'assembly', 'washing', 'laundry', 'dates', 'bunting', 'banner', 'banners']);
/** Words opening a clause of circumstance after what a group is allowed to do ("… when it is broken", "… during the strike"). */
export const CIRCUMSTANCE = new Set(['when', 'whenever', 'while', 'if', 'unless', 'during', 'without', 'despite', 'although', 'though', 'since']);
export const FORETELLING = new Set(['will', 'would', "'ll", 'could', 'might', 'may', 'can']);
/** Causes that hurt no one by intent, said bare as a subject: "Cuts will hurt X most", "Rising prices could hit X hardest". */
export const IMPERSONAL_CAUSES = new Set(['cuts', 'changes', 'closures', 'rules', 'policies', 'plans', 'proposals', 'reforms', 'delays', 'strikes', 'prices', 'costs', 'rises',
  'increases', 'reductions', 'shortages', 'funding', 'budgets', 'inflation', 'poverty', 'austerity', 'lockdowns', 'restrictions', 'fees', 'charges', 'bills', 'taxes',
  'racism', 'bullying', 'discrimination', 'prejudice', 'sexism', 'homophobia', 'islamophobia', 'antisemitism', 'ableism', 'loneliness', 'isolation', 'floods', 'heatwaves']);
export const THING_OPENERS = new Set(['the', 'these', 'those', 'this', 'that', 'such', 'any', 'some', 'its', 'our', 'their', 'your', 'a', 'an']);
/** Who may do what a violent verb says when it is wished or promised: a person, not a policy ("Cuts will hurt X"). */
export const DOER = new Set(['i', 'we', 'you', 'u', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'they', 'he', 'she', 'me', 'us', 'lads',
  // "The government should poison …", "Police should shoot …" (hate23)
  'government', 'police', 'army', 'state', 'authorities', 'country', 'people',
  "i'll", "we'll", "i'd", "we'd", "i'm", "we're", "you'll", "you'd", "they'll", "let's", 'ill', 'im', 'id', 'gonna', 'wanna', 'whoever', "i've", "we've", 'ive']);

/** Where people are thrown to their death: "chuck X off a cliff", "push X under a bus" (hate7); not "over" ("push the wheelchair users over the bridge"). */
export const OVER_THE_EDGE: ReadonlySet<string> = new Set(['off', 'under']);
