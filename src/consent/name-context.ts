// Is this capitalised word a person's name here? Decides from the words around it: "Grace scored"
// and "Anna & Grace" are people; "Amazing Grace", "Summer Fair", "in May", "Will you …?", "Jordan
// Road", "visited Florence" and "played Mary" are not.
import { afterLastStop } from '../text/spans.js';
import type { NameKnowledge } from './knowledge.js';
import type { NamePlace, NameToken } from './name-tokens.js';

const LIST_JOINERS = /^\s*(?:,|&|\+|\/|,?\s*and|,?\s*or)\s*$/i;

export interface ContextOptions {
  /** Tokens known to be names (pupils, staff) next to this one count as a list of names. */
  isName?: (token: NameToken) => boolean;
}

/** An animal named after "<Name> the": "Jenny the horse", "Bella the school dog". */
const ANIMALS = /^\s+(?:(?:school|class|farm|therapy|reading|office|wonder|friendly|old|little|baby|brave|clever|cheeky|naughty)\s+)?(?:horse|pony|donkey|goat|sheep|lamb|cow|calf|pig|piglet|dog|puppy|cat|kitten|rabbit|bunny|hamster|guinea pig|gerbil|tortoise|chicken|hen|duck|goose|alpaca|llama|owl|parrot|snake|lizard|fish|goldfish|aardvark|bear|teddy|elephant|penguin)s?\b/i;
/** A school's own groups, after a word-name that names one: "Willow class", "Oak house". */
const GROUP_AFTER = new Set(['class', 'house', 'team']);
/** A monarch's titles that are also given names. */
const ROYAL = new Set(['king', 'queen', 'prince', 'princess']);
/** Place leaders that are titles of a person, in any case: "her grandma Sue", "uncle Bob". */
const TITLE_LEADERS = new Set(['uncle', 'aunt', 'aunty', 'auntie', 'grandma', 'grandad', 'nana', 'grandpa', 'granny', 'lady', 'king', 'queen', 'prince', 'princess', 'sir', 'saint', 'st', 'prophet', 'guru', 'lord']);

export function personByContext(place: NamePlace, i: number, k: NameKnowledge, options: ContextOptions = {}): boolean {
  const tokens = place.tokens;
  const token = tokens[i]!;
  if (place.person) return true;
  if (!token.capitalised) return false;
  // An adult given a role after the name: "Dan, our group leader, showed us round".
  if (adultByRoleAfter(place, i)) return false;
  if (adultRoleBefore(place.segment.text, token.start)) return false;
  // A visitor from a public service: "Jude from the council", "Sam from the fire service" (not "Amelia from Year 4").
  if (visitorFrom(place.segment.text, token.end)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const textBefore = prev ? place.segment.text.slice(prev.end, token.start) : '';
  const textAfter = next ? place.segment.text.slice(token.end, next.start) : '';
  const adjacentPrev = prev && /^\s+$/.test(textBefore) ? prev : undefined;
  const adjacentNext = next && /^\s+$/.test(textAfter) ? next : undefined;

  // A firm's name: "Marks & Spencer", "Ernst & Young" — a name after "&" and a capitalised word that is no name
  // ("Amelia & Spencer" are two pupils).
  if (prev && prev.capitalised && /^\s*&\s*$/.test(textBefore) && !k.given.has(prev.norm) && !looksLikeName(prev, k, options)) return false;
  // "Little Chalfont", "Grandma Sue", "uncle Bob" — but "little Seun", "10-year-old Amelia", "new Sam": a
  // leader written in lower case is a place's only when it is a family or royal title.
  if (adjacentPrev && k.placeLeaders.has(adjacentPrev.norm) && (adjacentPrev.capitalised || TITLE_LEADERS.has(adjacentPrev.norm))) return false;
  // "the King's horse", "the Queen's speech": the monarch's, not a pupil's ("the" goes before no pupil's
  // name); "King's College London", "Queen's Park": a place or an institution named after one.
  if (token.possessive && ROYAL.has(token.norm) && (adjacentPrev?.norm === 'the' || (adjacentNext?.capitalised && !adjacentNext.sentenceStart))) return false;
  // Someone else's surname or second name: "Theresa May", "Michael Jordan", "Rose-Marie" (the other
  // word a given name no pupil or adult of the post has) …
  if (adjacentPrev && otherPersonsName(adjacentPrev, k, options)) return false;
  if (next && textAfter === '-' && otherPersonsName(next, k, options)) return false;
  // … and the second half of a double first name, whoever has the first: "Bryony-Rose" is not Rose.
  if (prev && textBefore === '-' && prev.capitalised && (k.given.has(prev.norm) || options.isName?.(prev))) return false;
  // An abbreviation in brackets: "the Geelong Supercats (VIC)", "(MAY)".
  if (/^\p{Lu}{2,4}$/u.test(token.raw) && place.segment.text[token.start - 1] === '(' && place.segment.text[token.end] === ')') return false;
  // A title ending in the word: "Letters of Hope", "Festival of Light", "Order of Merit".
  const beforeOf = tokens[i - 2];
  if (adjacentPrev?.norm === 'of' && beforeOf?.capitalised && !beforeOf.sentenceStart && /^\s+$/.test(place.segment.text.slice(beforeOf.end, adjacentPrev.start)) && !looksLikeName(beforeOf, k, options) && !token.possessive) return false;
  // "St. Joseph's Catholic Primary", "St. Benedict's": an abbreviation's full stop ends no sentence.
  if (prev && prev.capitalised && ABBREVIATED_LEADERS.has(prev.norm) && /^\.\s+$/.test(textBefore)) return false;
  // "Ramadan Kareem", "#EidMubarak": a festival's greeting (a hashtag's words have no space between).
  if (prev && k.festivals.has(prev.norm) && (adjacentPrev || (textBefore === '' && token.via === 'hashtag' && prev.via === 'hashtag'))) return false;
  // … and its greeting before it: "Shubh Deepavali", "Happy Holi". Not before Eid, also a surname ("Amir Eid").
  if (adjacentNext && k.festivals.has(adjacentNext.norm) && adjacentNext.norm !== 'eid') return false;
  // A community listed with another or named with it: "Gypsy, Roma and Traveller History Month", "Romany Gypsy families".
  if (k.communities.has(token.norm) && [listNeighbour(place, i, -1), listNeighbour(place, i, 1), adjacentPrev, adjacentNext].some((t) => t !== undefined && k.communities.has(t.norm))) return false;
  // "played Mary", "played Mary's mum", "reading Matilda" — but "read Jack's story" is the pupil's, and
  // "such as Amelia" names a pupil.
  if (roleMarked(place, i, k)) return false;
  // "The part of Mary", "Mary, Joseph and the Three Kings were played by Reception": a part given to pupils.
  if (!token.possessive && (partOf(tokens, i, textBefore) || playedBy(place.segment.text, token.end))) return false;
  // "Mary and Joseph arrived in Bethlehem", "Noah built the ark": a story's character, in a sentence telling it.
  if (storyCharacterTold(place, i, k)) return false;
  // "our production of Oliver!", "tickets for Annie": a show's title.
  if (!token.possessive && showTitle(place, i, k)) return false;
  // "played Mary and Joseph", "as Mary, Joseph and the innkeeper": every name of a list a part is given to.
  const first = listStart(place, i);
  if (first !== i && !token.possessive && (LISTED_ROLE_MARKERS.has(tokens[first - 1]?.norm ?? '') ? roleMarked(place, first, k) : showTitle(place, first, k))) return false;
  if (adjacentPrev && /^(?:a|an|the)$/.test(adjacentPrev.norm) && !token.possessive) return false; // "a Matilda or two"
  // "a giant Poppy collage", "a big Daisy chain": a word that is also a name, after "a" and one describing word
  // and before a word in lower case that is no person's verb, is the thing's — no pupil is "a giant" anyone.
  // Not "the amazing Poppy turned five", nor "a brilliant Poppy and Jack".
  if (k.wordNames.has(token.norm) && !token.possessive && adjacentPrev && !adjacentPrev.capitalised && /^(?:a|an)$/.test(tokens[i - 2]?.norm ?? '') && adjacentNext && !adjacentNext.capitalised && !k.personVerbs.has(adjacentNext.norm) && !k.wordFollowers.has(adjacentNext.norm)) return false;
  // Inside a hyphenated compound of ordinary words: "Whoops-a-Daisy", "a Maya-inspired dip", "Roman-themed".
  if (prev && textBefore === '-' && !prev.capitalised) return false;
  if (next && textAfter === '-' && !next.capitalised) return false;
  // A title: "we read Jasper's Beanstalk", "the book ‘Oscar's Adventures in an Online World’".
  if (token.possessive && adjacentNext?.capitalised && !adjacentNext.sentenceStart && ((adjacentPrev && k.roleMarkers.has(adjacentPrev.norm)) || OPENING_QUOTE.test(textBefore))) return false;
  if (adjacentNext && adjacentNext.capitalised && k.placeFollowers.has(adjacentNext.norm) && !token.possessive) return false;
  // A college or a hospital named in the possessive: "Preston’s College held a drop-in session", "Guy's Hospital".
  // The follower ends the run of capitals: not "Amelia’s School Council team".
  if (token.possessive && !place.titleCase && possessiveOrganisation(place, i, k)) return false;
  // An animal with its name: "we headed over to Jenny the horse", "Bella the school dog" (a farm visit, a school's pet).
  if (adjacentNext?.norm === 'the' && !token.possessive && ANIMALS.test(place.segment.text.slice(adjacentNext.end, adjacentNext.end + 24))) return false;
  // A ruler's or a hero's epithet: "William the Conqueror", "Alfred the Great", "Catherine the Great" (history posts).
  const epithet = adjacentNext?.norm === 'the' ? tokens[i + 2] : undefined;
  if (epithet && !token.possessive && epithet.capitalised && !epithet.sentenceStart && /^\s+$/.test(place.segment.text.slice(adjacentNext!.end, epithet.start)) && !looksLikeName(epithet, k, options)) return false;
  // A baby born to a family, no pupil: "congratulations on the birth of baby Thomas", "welcomed baby Amara".
  if (adjacentPrev?.norm === 'baby' && /^(?:of|welcomed|welcome|welcoming)$/.test(tokens[i - 2]?.norm ?? '')) return false;
  // ... and the end of one: "Lane" in "Sophie Lane" is a street's (or a surname), not a first name.
  if (adjacentPrev && adjacentPrev.capitalised && k.placeFollowers.has(token.norm)) return false;
  if (!token.possessive && adjacentNext) {
    // "Ellen Wilkinson School", "Alton Hockey Club", "the Margaret Gillies Fair Play Cup": named after someone.
    if (organisationAhead(place, i, k)) return false;
    // "Roman soldiers", "authentic Roman clothing", "Navy blue trousers": a people's or a colour's adjective.
    if (k.adjectiveNames.has(token.norm) && adjectiveBefore(adjacentNext, k)) return false;
    if (k.wordNames.has(token.norm)) {
      // "Today's Star pupils", "Super Star assemblies": an award before those it is given to.
      if (!adjacentNext.capitalised && AWARD_FOLLOWERS.has(adjacentNext.norm)) return false;
      // "Duke of Edinburgh", "Star of the Week": a title or an award.
      if (adjacentNext.norm === 'of' && !PUPILS_GROUP_AFTER_OF.test(tokens[i + 2]?.norm ?? '')) return false;
      // "Prince Philip", "King Edward's old holiday house": a title before the name.
      if (k.placeLeaders.has(token.norm) && adjacentNext.capitalised) return false;
      // A class or a house named after a tree or a flower, its word in lower case: "This month Willow class
      // has been learning about Ramadan", "King house in first place" (capitalised, placeFollowers has them).
      if (!adjacentNext.capitalised && GROUP_AFTER.has(adjacentNext.norm)) return false;
    }
  }
  if (adjacentPrev && !token.possessive && k.placePrepositions.has(adjacentPrev.norm)) return false;
  // "the Year 9 trip to Lincoln", "our visit to Florence": a place after a journey's word and "to".
  if (adjacentPrev?.norm === 'to' && !token.possessive && k.placeBeforeTo.has(tokens[i - 2]?.norm ?? '')) return false;
  if (k.notNames.has(token.norm) || k.neverNames.has(token.norm)) return false;
  // Joined to a festival's word: "Eid Moon and Star lanterns" (the moon's word already passed as the greeting's).
  const joinedAt = listNeighbourAt(place, i, -1);
  const joined = tokens[joinedAt];
  if (joined && joined.capitalised && !token.possessive) {
    const festival = tokens[joinedAt - 1];
    if (festival && k.festivals.has(festival.norm) && /^\s+$/.test(place.segment.text.slice(festival.end, joined.start))) return false;
  }

  const isWordName = k.wordNames.has(token.norm);
  // In capitals beside other capitals that are no name, a heading's or an abbreviation's word — a rare
  // name, or any after "vs" ("vs ISA HOCKEY"; a common name in capitals is a person: "writer AVA EDWARDS");
  // not in a text written all in capitals.
  const shouted = SHOUTED.test(token.raw);
  const heading = shouted && !mostlyCapitals(place.segment.text) && [adjacentPrev, adjacentNext].some((t) => t && SHOUTED.test(t.raw) && !k.given.has(t.norm));
  if (heading && (!k.frequent.has(token.norm) || (adjacentPrev && /^(?:v|vs|versus)$/.test(adjacentPrev.norm)))) return false;
  const numberBeside = (adjacentNext && /^\d/.test(adjacentNext.raw)) || (prev && /^\d/.test(prev.raw));
  // A name that is also a month's short form ("Jan", "Jun") is a date beside a number: "by 30 Jan".
  if (!isWordName) return !(k.timeWords.has(token.norm) && numberBeside);
  // A word that is also a name: it needs evidence.
  if (place.caseless || token.via === 'hashtag' || token.via === 'mention') return false; // file names and tags: only with a surname (checked by the caller)
  if (valueListed(place, i, k) || groupsListed(place, i, k)) return false;
  const isTime = k.timeWords.has(token.norm);
  const listNext = listNeighbour(place, i, +1);
  const listPrev = listNeighbour(place, i, -1);
  const inList =
    (listNext && listNext.capitalised && looksLikeName(listNext, k, options)) ||
    (listPrev && listPrev.capitalised && looksLikeName(listPrev, k, options) && !(listPrev.sentenceStart && k.wordNames.has(listPrev.norm)));
  // "Easter, Summer and Christmas holidays", "April/May": a season or month among others.
  if (isTime && (timeListed(place, i, listNext, k) || timeListed(place, i, listPrev, k))) return false;
  // A word-name in a list of things on both sides: "… Virgin Media, Sky, Bentley Motors …" (employers at a careers
  // fair) — not "Tesco, Sky and Amelia", nor "Well done to Sky, Year 6's top reader".
  const thing = (t: NameToken | undefined) => t !== undefined && t.capitalised && !t.sentenceStart && !k.given.has(t.norm) && !k.wordNames.has(t.norm) && !looksLikeName(t, k, options);
  if (thing(listPrev) && thing(listNext)) return false;
  if (inList) return true;
  // A word-name in capitals beside a pronoun or a verb's word is emphasis: "we WILL be back", "you MAY
  // not" — not "Well done JACK!".
  if (shouted && ((adjacentPrev && !adjacentPrev.capitalised && EMPHASIS_BEFORE.test(adjacentPrev.norm)) || (adjacentNext && !adjacentNext.capitalised && EMPHASIS_AFTER.test(adjacentNext.norm)))) return false;
  if (isTime) {
    if (adjacentPrev && k.datePrepositions.has(adjacentPrev.norm)) return false;
    if (numberBeside) return false;
  }

  if (token.possessive) return !isTime;
  const startLike = token.sentenceStart || place.titleCase;
  if (!startLike) {
    // Mid-sentence and capitalised: a name, unless part of a capitalised phrase ("Amazing Grace").
    // A title in quotation marks too: "Year 6 sang \"Amazing Grace\"" (the quote opens a sentence for the tokens).
    // The title closes on the name or goes on in capitals; not praise quoted ("\"Amazing Hope!\" said Mrs Patel").
    const titleGoesOn = /^["”’']/.test(place.segment.text.slice(token.end, token.end + 1)) || (adjacentNext?.capitalised === true && !adjacentNext.sentenceStart);
    const quotedTitle = (t: NameToken) => t.sentenceStart && titleGoesOn && OPENING_QUOTE.test(place.segment.text.slice(Math.max(0, t.start - 2), t.start));
    if (adjacentPrev && adjacentPrev.capitalised && (!adjacentPrev.sentenceStart || quotedTitle(adjacentPrev)) && !looksLikeName(adjacentPrev, k, options)) return false;
    if (isTime && adjacentPrev && /^(?:the|this|last|next|our)$/.test(adjacentPrev.norm)) return false;
    // "Have a brilliant Summer", "the whole Summer".
    if (isTime && adjacentPrev && !adjacentPrev.capitalised && /^(?:a|an|the)$/.test(tokens[i - 2]?.norm ?? '')) return false;
    return true;
  }
  if (!adjacentNext) return false;
  if (k.wordFollowers.has(adjacentNext.norm)) return false;
  if (k.personVerbs.has(adjacentNext.norm)) {
    if (isTime && /^(?:is|was|has|had|will)$/.test(adjacentNext.norm)) return false;
    return true;
  }
  return false;
}

/** A given name that is not a word too and belongs to no one the post's record or staff list knows. */
function otherPersonsName(token: NameToken, k: NameKnowledge, options: ContextOptions): boolean {
  return token.capitalised && looksLikeName(token, k) && !options.isName?.(token);
}

/** `other`, listed beside token i, is a season, month or festival that is no given name, or a month or season after a slash. */
function timeListed(place: NamePlace, i: number, other: NameToken | undefined, k: NameKnowledge): boolean {
  if (!other || !k.timeWords.has(other.norm)) return false;
  if (!k.given.has(other.norm)) return true;
  const token = place.tokens[i]!;
  const [left, right] = other.start < token.start ? [other, token] : [token, other];
  return place.segment.text.slice(left.end, right.start).trim() === '/';
}

/** Between a value marker and the word-name it lists: "values are", "value of the month is", "values of …, … and". */
const VALUE_LINK = new Set(['of', 'is', 'are', 'was', 'were', 'include', 'includes', 'including', 'the', 'this', 'our', 'month', 'week', 'term', 'half', 'and', 'for']);

/**
 * "Our school values are Respect, Hope, Faith and Love", "our Christian value is Hope": a word-name listed
 * after a value marker, over linking words and other capitalised words, in the same sentence — not a pupil,
 * unless a person's verb follows ("… and Hope won the award for it").
 */
function valueListed(place: NamePlace, i: number, k: NameKnowledge): boolean {
  const tokens = place.tokens;
  const token = tokens[i]!;
  if (token.possessive || token.sentenceStart || k.valueMarkers.size === 0) return false;
  const next = tokens[i + 1];
  if (next && k.personVerbs.has(next.norm)) return false;
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const word = tokens[j]!;
    if (k.valueMarkers.has(word.norm)) return true;
    if (word.sentenceStart || !(word.capitalised || VALUE_LINK.has(word.norm))) return false;
  }
  return false;
}

/** After a list of word-names, the groups they name: "Iris and Violet classes", "Willow, Rowan and Oak houses". */
const GROUPS_AFTER = new Set(['classes', 'houses', 'teams', 'groups']);

/**
 * "Well done to Iris and Violet classes", "Willow, Rowan and Oak classes had 100% attendance": every word of a
 * list of capitalised words that ends before "classes" (or houses, teams, groups) names a class, as "Willow
 * class" does. Not a list with a name that is no word: "Amelia and Hope's classes" — the possessive ends it.
 */
function groupsListed(place: NamePlace, i: number, k: NameKnowledge): boolean {
  const tokens = place.tokens;
  if (tokens[i]!.possessive) return false;
  let j = i;
  for (let steps = 0; steps < 8; steps++) {
    const nextAt = listNeighbourAt(place, j, 1);
    const next = tokens[nextAt];
    if (!next || !next.capitalised || next.possessive || (!k.wordNames.has(next.norm) && k.given.has(next.norm))) break;
    j = nextAt;
  }
  // The last of the list itself: "Iris and Violet classes" for Violet.
  const before = listNeighbour(place, i, -1);
  if (j === i && !(before && before.capitalised && !(k.given.has(before.norm) && !k.wordNames.has(before.norm)))) return false;
  const after = tokens[j + 1];
  return after !== undefined && !after.capitalised && GROUPS_AFTER.has(after.norm) && /^\s+$/.test(place.segment.text.slice(tokens[j]!.end, after.start));
}

/** After "of", the class or year a pupil is in: "Summer of Class 3", "Hope of 4B" are pupils. */
const PUPILS_GROUP_AFTER_OF = /^(?:\d.*|year|years|class|form|reception|nursery|group|team|house|set|ks\d)$/;

/** A quotation mark opening a title right before a word. */
const OPENING_QUOTE = /["“‘']\s*$/;

/** Place words written short with a full stop ("St. Mary's", "Mt. Snowdon"). */
const ABBREVIATED_LEADERS = new Set(['st', 'mt', 'ft']);

/** How many capitalised words after a name may stand before the word that makes it an organisation's name. */
const ORGANISATION_REACH = 4;

/** After a possessive token i, a run of capitalised words that ends with an organisation's word ("Preston’s College"). */
function possessiveOrganisation(place: NamePlace, i: number, k: NameKnowledge): boolean {
  const tokens = place.tokens;
  let last: NameToken | undefined;
  for (let j = i + 1; j < tokens.length && j <= i + ORGANISATION_REACH; j++) {
    const word = tokens[j]!;
    if (!word.capitalised || word.sentenceStart || !/^\s+$/.test(place.segment.text.slice(tokens[j - 1]!.end, word.start))) break;
    last = word;
  }
  return last !== undefined && k.organisationFollowers.has(last.norm);
}

/** Whether a word of k.organisationFollowers ends the run of capitalised words right after token i ("Ellen Wilkinson School"). */
export function organisationAhead(place: NamePlace, i: number, k: NameKnowledge): boolean {
  const tokens = place.tokens;
  for (let j = i + 1; j < tokens.length && j <= i + ORGANISATION_REACH; j++) {
    const word = tokens[j]!;
    if (!word.capitalised || word.sentenceStart || !/^\s+$/.test(place.segment.text.slice(tokens[j - 1]!.end, word.start))) return false;
    if (k.organisationFollowers.has(word.norm)) return true;
  }
  return false;
}

/** Words after a name that keep it a name: a list, a relative clause, a preposition ("Roman and Jack", "Roman for his goal"). */
const STILL_A_NAME = /^(?:and|or|nor|but|for|to|who|whose|with|without|from|in|on|at|of|by|as|than|then|too|also|the|a|an)$/;

/**
 * Whether the word after an adjective-name ("roman", "navy") makes it the adjective: an ordinary word
 * that is neither a person's verb ("Roman scored", "Roman looked") nor a word that keeps a name a name;
 * a capitalised word only when it is a place or a group's word ("Roman Britain", "Tudor House").
 */
function adjectiveBefore(next: NameToken, k: NameKnowledge): boolean {
  if (next.capitalised) return !next.sentenceStart && (k.notNames.has(next.norm) || k.placeFollowers.has(next.norm) || k.neverNames.has(next.norm));
  if (k.personVerbs.has(next.norm) || STILL_A_NAME.test(next.norm)) return false;
  return !/ed$/.test(next.norm);
}

const SHOUTED = /^\p{Lu}{2,}$/u;

/** A text written all in capitals, where capitals say nothing ("THANK YOU TO DAN, STACY AND BETH"). */
function mostlyCapitals(text: string): boolean {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  return upper > lower;
}
const EMPHASIS_BEFORE = /^(?:i|we|you|they|he|she|it|who|that|this|there)$/;
const EMPHASIS_AFTER = /^(?:be|not|have|need|always|never|still|definitely|all)$/;

/** Nouns an award's name goes before: "Star pupils", "Star assemblies", "Star writer" is a title too. */
const AWARD_FOLLOWERS = new Set(['pupil', 'pupils', 'assembly', 'assemblies', 'award', 'awards', 'certificate', 'certificates', 'badge', 'badges', 'chart', 'charts', 'reader', 'readers', 'writer', 'writers', 'learner', 'learners', 'performer', 'performers', 'player', 'players', 'prize', 'prizes', 'points', 'sticker', 'stickers', 'jar', 'board']);

/**
 * ", our group leader", ", the centre's instructor": a role only an adult has. Not the roles pupils
 * take too ("our Eco Officer, Charlie", "our tour guides", "our young chef", "hosts", "sports coach").
 */
// Only roles no pupil holds: pupils are librarians, chefs, council secretaries and sound technicians in school news.
const ADULT_ROLE = String.raw`(?:instructors?|teacher|warden|driver|nurse|vicar|rector|curate|caretaker|headteacher|principal|coordinators?|co-ordinators?|(?:group|course|activity|centre|party|trip|scout|cub)\s+leaders?|lollipop\s+(?:lady|man|person)|crossing\s+patrol(?:\s+officer)?|site\s+manager|(?:midday|lunchtime)\s+supervisor|office\s+manager|bursar|chaplain|(?:teaching|classroom)\s+assistant|SENCo)`;
const ADULT_ROLE_AFTER = new RegExp(String.raw`^,\s+(?:our|the|their|your)\s+(?:[\p{L}'’-]+\s+){0,2}${ADULT_ROLE}\b`, 'iu');
/** After a name, the public service its bearer comes from: an adult visiting. */
const VISITOR_FROM = /\s+from\s+(?:the\s+)?(?:(?:local|town|city|county|district|borough|parish)\s+)?(?:council|police|fire\s+(?:service|brigade|station)|ambulance\s+service|NHS|NSPCC|RSPCA|RNLI|library|bank)\b/iy;

function visitorFrom(text: string, end: number): boolean {
  VISITOR_FROM.lastIndex = end;
  return VISITOR_FROM.test(text);
}

/** The name, or the list it opens, followed by an adult's role: "Dan, our group leader", "Lauren and Izzy, our ski coordinators". */
function adultByRoleAfter(place: NamePlace, i: number): boolean {
  let at: number = i;
  for (let step = 0; step < 4; step++) {
    const token = place.tokens[at]!;
    if (adultRoleAfter(place.segment.text, token.end)) return true;
    const nextAt = listNeighbourAt(place, at, +1);
    if (nextAt < 0 || !place.tokens[nextAt]!.capitalised) return false;
    at = nextAt;
  }
  return false;
}

/** "our Interski coordinator, Izzy, …", "their instructor, Tom": the role, a comma, then the name. */
const ADULT_ROLE_BEFORE = new RegExp(String.raw`\b(?:our|the|their|your)\s+(?:[\p{L}'’-]+\s+){0,2}${ADULT_ROLE},\s+$`, 'iu');

/**
 * ADULT_ROLE_AFTER on the 60 characters after `end`: it starts with a comma, so a word with none
 * after it (nearly every one) is settled by one character code.
 */
export function adultRoleAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === COMMA && ADULT_ROLE_AFTER.test(text.slice(end, end + 60));
}

/**
 * ADULT_ROLE_BEFORE on the 60 characters before `start`: it ends in a comma and white space, so a word
 * without those just before it (nearly every one) is settled without slicing or searching.
 */
export function adultRoleBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 60);
  let k = start - 1;
  if (k < from || !isSpace(text.charCodeAt(k))) return false;
  while (k >= from && isSpace(text.charCodeAt(k))) k--;
  if (k < from || text.charCodeAt(k) !== COMMA) return false;
  return ADULT_ROLE_BEFORE.test(text.slice(from, start));
}

/** @internal For tests: the patterns the two functions above answer for. */
export const ADULT_ROLE_PATTERNS = { before: () => ADULT_ROLE_BEFORE, after: () => ADULT_ROLE_AFTER };

const COMMA = 0x2c;
const SPACE = /\s/u;

/** Whether the UTF-16 unit `code` is matched by \s in a u-flag pattern. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

/** Words shortly before a name that praise, thank or greet someone: "Well done Amelai", "Congratulations to Katherin". */
const GREETING = new Set(['done', 'congratulations', 'congrats', 'thank', 'thanks', 'welcome', 'birthday', 'bravo', 'star']);

/**
 * A capitalised word that is no given name but close to a pupil's (a misspelling, "Amelai") is that pupil
 * only with a person's context — in a list with a name, before a person verb ("Amelai scored"), a
 * possessive, or after praise ("Well done Amelai") — not for a capital letter alone: "Black Britons",
 * "Harvest Festival", "the Victorian era", "Young Carers", "#MentalHealthMatters", "Internet Matters has …".
 */
export function misspeltPersonByContext(place: NamePlace, i: number, k: NameKnowledge, options: ContextOptions = {}): boolean {
  const tokens = place.tokens;
  const token = tokens[i]!;
  if (place.person) return true;
  // Inside a capitalised phrase ("Internet Matters"): a name, an organisation or a title.
  const prev = tokens[i - 1];
  if (prev && prev.capitalised && !prev.sentenceStart && !looksLikeName(prev, k, options) && /^\s+$/.test(place.segment.text.slice(prev.end, token.start))) return false;
  if (token.possessive) return true;
  const next = tokens[i + 1];
  if (next && /^\s+$/.test(place.segment.text.slice(token.end, next.start)) && k.personVerbs.has(next.norm)) return true;
  const listNext = listNeighbour(place, i, +1);
  const listPrev = listNeighbour(place, i, -1);
  if ((listNext && looksLikeName(listNext, k, options)) || (listPrev && looksLikeName(listPrev, k, options))) return true;
  for (let d = 1; d <= 3 && i - d >= 0; d++) if (GREETING.has(tokens[i - d]!.norm)) return true;
  return false;
}

/**
 * Role markers whose part reaches over a list of names ("played Mary and Joseph", "studied Jane Eyre and
 * Emma"); not "starring" or "performed", said of the pupils, nor "read", which pupils are read to.
 */
const LISTED_ROLE_MARKERS = new Set(['played', 'playing', 'plays', 'as', 'studied', 'studying', 'about']);
const SHOW_LINKS = new Set(['of', 'for']);

/** Token i is a part or a title by the word right before it ("played Mary", "reading Matilda", not "such as Amelia", "read Jack's story" or "studied Amelia's poem"). */
function roleMarked(place: NamePlace, i: number, k: NameKnowledge): boolean {
  const tokens = place.tokens;
  const token = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev || !/^\s+$/.test(place.segment.text.slice(prev.end, token.start))) return false;
  // "learned about Moses", "heard about Jonah and the whale": a topic — not "heard about Amelia's trip".
  if (prev.norm === 'about') return !token.possessive && k.topicMarkers.has(tokens[i - 2]?.norm ?? '') && /^\s+$/.test(place.segment.text.slice(tokens[i - 2]!.end, prev.start));
  if (!k.roleMarkers.has(prev.norm)) return false;
  if (token.possessive && (prev.norm.startsWith('read') || prev.norm.startsWith('stud') || prev.norm.startsWith('sang') || prev.norm.startsWith('sing'))) return false;
  return !(prev.norm === 'as' && tokens[i - 2]?.norm === 'such');
}

/** Praise or thanks right before a name: "well done to", "congratulations", "thank you", "shout out to", "happy birthday". */
export const PRAISED = /(?:^|[^\p{L}])(?:well done|congratulations|congrats|thank you|thanks|shout[ -]?outs?|proud of|happy birthday|bravo)(?: (?:to|for|goes to))?[ \t,:!]*$/iu;
/** A pupil's class or year right after a name or a list of names: "Mary in Year 2", "Joseph (Y1)", "Mary and Joseph from Year 2". */
const PUPIL_GROUP_AFTER = /^(?:(?:,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}'’-]*)*(?:\s*\(|,?\s+(?:in|from)\s+)(?:[Yy]ear|[Yy]r|[Yy]\d|[Cc]lass|[Rr]eception|[Nn]ursery|[Ff]orm)/u;
/** A pupil cast in a part: "Joseph was a brilliant shepherd", "Mary made a wonderful angel", "Noah as the narrator". */
const CAST_AS_AFTER = /^\s+(?:was|is|made|played|as)\s+(?:a|an|the|our)\s/i;
const PARTS = new Set(['part', 'parts', 'role', 'roles', 'character']);
/** The rest of a list of names, then "was/were played by": "Mary, Joseph and the Three Kings were played by …". */
const PLAYED_BY = /^(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*\s+(?:was|were)\s+(?:(?:beautifully|brilliantly|wonderfully|superbly)\s+)?(?:played|performed|portrayed|acted)\s+(?:(?:beautifully|brilliantly|wonderfully|superbly)\s+)?by\b/u;

/** "the part of Mary", "the role of Joseph". */
function partOf(tokens: readonly NameToken[], i: number, textBefore: string): boolean {
  return tokens[i - 1]?.norm === 'of' && /^\s+$/.test(textBefore) && PARTS.has(tokens[i - 2]?.norm ?? '');
}

function playedBy(text: string, end: number): boolean {
  return PLAYED_BY.test(text.slice(end, end + 160));
}

/**
 * A story's character (`storyCast`) in a sentence with a word that tells that story — unless praise comes
 * right before the name, or the pupil's class or the part they were cast in right after it.
 */
function storyCharacterTold(place: NamePlace, i: number, k: NameKnowledge): boolean {
  const token = place.tokens[i]!;
  const cues = k.storyCast.get(token.norm);
  if (!cues) return false;
  const text = place.segment.text;
  const from = Math.max(0, token.start - 200);
  const start = afterLastStop(text, from, token.start);
  const stop = text.slice(token.end, token.end + 200).search(/[.!?\n]/u);
  const end = stop === -1 ? Math.min(text.length, token.end + 200) : token.end + stop;
  const after = text.slice(token.end, end);
  if (PRAISED.test(text.slice(Math.max(start, token.start - 40), token.start)) || PUPIL_GROUP_AFTER.test(after) || CAST_AS_AFTER.test(after)) return false;
  const told = (words: string) => words.toLowerCase().split(/[^\p{L}]+/u).some((word) => cues.has(word));
  return told(text.slice(start, token.start)) || told(text.slice(token.end, end));
}

/** Token i names a show after its production: "production of Oliver!", "tickets for Annie", "the soundtrack of Matilda". */
function showTitle(place: NamePlace, i: number, k: NameKnowledge): boolean {
  const tokens = place.tokens;
  const link = tokens[i - 1];
  const marker = tokens[i - 2];
  if (!link || !marker || !SHOW_LINKS.has(link.norm) || !k.showMarkers.has(marker.norm)) return false;
  const text = place.segment.text;
  return /^\s+$/.test(text.slice(marker.end, link.start)) && /^\s+$/.test(text.slice(link.end, tokens[i]!.start));
}

/**
 * The first word of the list of capitalised names that token i is in ("Mary" for "Joseph" in "Mary, Anna
 * and Joseph"; "Jane" for "Emma" in "Jane Eyre and Emma"), or i.
 */
function listStart(place: NamePlace, i: number): number {
  const tokens = place.tokens;
  let first = i;
  for (let steps = 0; steps < 12; steps++) {
    const before = listNeighbour(place, first, -1);
    if (!before || !before.capitalised) break;
    first = tokens[first - 1] === before ? first - 1 : first - 2;
    // An item of several words: back to its first.
    while (first > 0 && tokens[first - 1]!.capitalised && /^\s+$/.test(place.segment.text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--;
  }
  return first;
}

/** The token on the other side of a list joiner (",", "&", "and", "or") next to token i, if any. */
function listNeighbour(place: NamePlace, i: number, step: 1 | -1): NameToken | undefined {
  const at = listNeighbourAt(place, i, step);
  return at < 0 ? undefined : place.tokens[at];
}

/** The index of listNeighbour's token, or -1 (a long paragraph's tokens are too many to search for it). */
function listNeighbourAt(place: NamePlace, i: number, step: 1 | -1): number {
  const tokens = place.tokens;
  const a = tokens[i];
  const b = tokens[i + step];
  if (!a || !b) return -1;
  const [left, right] = step === 1 ? [a, b] : [b, a];
  const gap = place.segment.text.slice(left.end, right.start);
  if (LIST_JOINERS.test(gap) && gap.trim() !== '') return i + step;
  if ((b.norm === 'and' || b.norm === 'or') && /^\s+$/.test(gap)) {
    const c = tokens[i + 2 * step];
    if (!c) return -1;
    const [l2, r2] = step === 1 ? [b, c] : [c, b];
    if (/^\s+$/.test(place.segment.text.slice(l2.end, r2.start))) return i + 2 * step;
  }
  return -1;
}

export function looksLikeName(token: NameToken, k: NameKnowledge, options: ContextOptions = {}): boolean {
  if (options.isName?.(token)) return true;
  return k.given.has(token.norm) && !k.wordNames.has(token.norm) && !k.notNames.has(token.norm) && !k.neverNames.has(token.norm);
}
