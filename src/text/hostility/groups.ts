// Which protected groups a sentence names (identities, worshipPlaces) and how a finding labels one.
import type { HostileToken as Token } from '../deobfuscate.js';
import type { Hit, Identity } from './types.js';
import { placeAnimal } from './harmless.js';
import { SLUR_CATEGORIES } from './vocabulary.js';

/** What a group's possessive can be about and still be a remark on the group ("women's nature"). */
const POSSESSED = new Set(['nature', 'brains', 'brain', 'minds', 'mind', 'kind', 'sort', 'lot', 'lives', 'life', 'place', 'blood', 'genes', 'culture', 'religion', 'presence', 'existence',
  // the body and home a threat names: "cut these women's throats", "burn immigrants' houses"
  'throats', 'throat', 'necks', 'neck', 'heads', 'head', 'skulls', 'faces', 'homes', 'houses', 'mosques',
  // "break every bone in that X's body", "smash X's teeth in"
  'body', 'bodies', 'bones', 'teeth', 'skin', 'ribs', 'kneecaps', 'jaw', 'jaws', 'guts', 'spine', 'spines',
  // "a bullet with every X's name on it"
  'name',
  // what they think and are owed: "Women's opinions don't matter", "immigrants' rights mean nothing"
  'opinions', 'opinion', 'views', 'voices', 'feelings', 'rights',
  // their ways, which a remark on them stands for: "Black people's music is trash", "Muslims' beliefs are disgusting"
  'beliefs', 'faith', 'customs', 'traditions', 'behaviour', 'behavior', 'attitude', 'attitudes', 'language', 'accent', 'accents', 'music', 'food', 'smell', 'values', 'ideology', 'children', 'kids']);
/** Group adjectives that as often describe things: before a loose person word ("ones", "kind", "lot") they do not make a group. */
const THING_ADJECTIVE = new Set(['old', 'black', 'white', 'blind', 'deaf', 'foreign', 'chinese', 'indian', 'polish']);
const LOOSE_PERSON = new Set(['ones', 'kind', 'sort']);
const ONE_PERSON = new Set(['man', 'woman', 'lady', 'bloke', 'guy', 'chap', 'fellow', 'gentleman', 'boy', 'girl', 'person']);
const LOOSE_FOR_OLD = new Set(['lot', 'life', 'lives', 'population', 'community', 'communities', 'users', 'couple', 'couples', 'family', 'families', 'boys', 'girls']);
/** People named by a relative clause on a group adjective: "people who are gay", "anyone who is disabled". */
const NAMED_BY_CLAUSE = new Set(['people', 'anyone', 'anybody', 'those', 'someone', 'somebody', 'everyone', 'everybody', 'persons', 'folk', 'folks', 'men', 'women', 'kids', 'children']);
/** Animals a post names as animals ("the old dog", "the black gorilla at the zoo"): never a group with the adjective before them. */
const ANIMAL_NAMED = new Set(['dog', 'goldfish', 'snake', 'donkey', 'donkeys', 'chimp', 'chimps', 'chimpanzee', 'chimpanzees', 'gorilla', 'gorillas']);

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

export function identities(hits: Hit[], tokens: Token[], text: string): Identity[] {
  const found: Identity[] = [];
  for (const hit of hits) {
    const { firstToken, lastToken } = hit.match;
    if (hit.role === 'identity-noun') {
      // "the Chinese beast" of a lion dance: a noun that is also a place's adjective, before an animal.
      if (placeAnimal(tokens, firstToken, lastToken)) continue;
      // "women's football team" names a team, not the group; "women's lives", "women's nature" do.
      const last = tokens[lastToken]!.norm;
      // "the ladies team", "Ladies XV", "girls 1st XI", "the men's 2nds": a club's side, named by whom it fields.
      if (sideNamed(tokens, lastToken + 1)) continue;
      // The plural possessive may be left off the token: "the wheelchair users' path".
      const pluralPossessive = /^['’](?!\p{L})/u.test(text.slice(tokens[lastToken]!.end, tokens[lastToken]!.end + 2));
      if (last.endsWith("'s") || last.endsWith("s'") || last === 'womens' || pluralPossessive) {
        const next = tokens[lastToken + 1]?.norm ?? '';
        const describesThem = POSSESSED.has(next) || hits.some((h) => h.match.firstToken === lastToken + 1 && (h.role === 'person-noun' || h.role === 'dehumanising' || h.role === 'attribute'));
        if (!describesThem) {
          pushOwned(found, hits, tokens, hit, firstToken, lastToken);
          continue;
        }
      }
      // "Muslim families' forms should be sent back": the noun as an adjective before a person word
      // whose possessive names a thing of theirs, as "disabled pupils' laptops" does below.
      const person = hits.find((h) => h.match.firstToken === lastToken + 1 && h.role === 'person-noun');
      if (person && thingOfTheirs(hits, tokens, text, person.match.lastToken)) {
        pushOwned(found, hits, tokens, hit, firstToken, person.match.lastToken);
        continue;
      }
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
        (h) => h.match.firstToken === next && (h.role === 'person-noun' || (h.role === 'dehumanising' && !ANIMAL_NAMED.has(h.match.term)) || h.role === 'identity-noun' || (h.role === 'word' && (SLUR_CATEGORIES.has(h.term.category) || (h.term.category === 'insult' && /s$/.test(tokens[next]?.norm ?? '')))) || h.role === 'attribute'),
      );
      // "Our disabled pupils' laptops were useless": the possessive names what is theirs, a thing, not the group ("disabled people's lives" still do).
      if (follows && next < tokens.length && thingOfTheirs(hits, tokens, text, next)) {
        pushOwned(found, hits, tokens, hit, firstToken, next);
        continue;
      }
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

/**
 * "the Muslim family's house", "that immigrant's shop", "every gay couple's new car": what the group's possessive
 * (ending at `owner`) owns or lives in (lexicons/hostility.yaml, property) is a place of the group — a target a
 * threat can name ("burn the Jewish family's house down"), never the group for any other remark.
 */
function pushOwned(found: Identity[], hits: Hit[], tokens: Token[], hit: Hit, first: number, owner: number): void {
  const property = hits.find((h) => h.role === 'property' && (h.match.firstToken === owner + 1 || (h.match.firstToken === owner + 2 && !/['’]s?$/.test(tokens[owner + 1]!.norm))));
  if (!property) return;
  const last = property.match.lastToken;
  found.push({ first, last, group: hit.term.note ?? 'a protected characteristic', text: tokens.slice(first, last + 1).map((t) => t.raw).join(' '), place: true });
}

export function groupLabel(identity: Identity): string {
  return identity.group === 'a protected characteristic' ? identity.text : `${identity.text} — ${identity.group}`;
}
/** The places of a group a threat can name ("that Jewish school", "the Muslim shops"), after a determiner. */
const GROUP_PLACE = new Set(['hostel', 'hostels', 'hotel', 'hotels', 'school', 'schools', 'mosque', 'mosques', 'synagogue', 'synagogues', 'church', 'churches', 'temple', 'temples', 'gurdwara', 'gurdwaras', 'shop', 'shops', 'business', 'businesses', 'centre', 'center', 'cemetery', 'homes', 'houses', 'estate', 'area',
  // where the group lives or gathers (hate9): "burn every X house", "outside the X club with knives", "bats to the X march"
  'house', 'home', 'club', 'clubs', 'meeting', 'meetings', 'march', 'marches', 'rally', 'vigil', 'wedding', 'weddings', 'party', 'pub', 'bar', 'bars', 'cafe', 'café', 'restaurant', 'festival']);
const PLACE_DETERMINER = new Set(['that', 'the', 'this', 'those', 'these', 'their', 'every', 'any', 'all', 'a', 'an']);
/** Places of worship that name their faith by themselves: "burn down the mosque" threatens Muslims. */
const WORSHIP_PLACE = new Set(['mosque', 'mosques', 'synagogue', 'synagogues', 'gurdwara', 'gurdwaras', 'mandir']);

/** "the mosque", "that synagogue": a faith's place after a determiner, as a target of threats only. */
export function worshipPlaces(tokens: Token[], [first, last]: [number, number]): Identity[] {
  const found: Identity[] = [];
  for (let k = first + 1; k <= last; k++) {
    if (WORSHIP_PLACE.has(tokens[k]!.norm) && PLACE_DETERMINER.has(tokens[k - 1]!.norm)) found.push({ first: k - 1, last: k, group: 'religion or belief', text: `${tokens[k - 1]!.raw} ${tokens[k]!.raw}`, place: true });
  }
  return found;
}

/** A club's side after the group that fields it: "team", "squad", "XV", "1st XI", "2nds" (not "team up"). */
const SIDE = new Set(['team', 'teams', 'squad', 'squads', 'xv', 'xi', 'vii', '1s', '2s', '3s', '4s', '1sts', '2nds', '3rds', '4ths', 'firsts', 'seconds', 'thirds']);
const SIDE_ORDINAL = new Set(['1st', '2nd', '3rd', '4th', 'first', 'second', 'third', 'fourth']);
function sideNamed(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.norm ?? '';
  const side = SIDE_ORDINAL.has(word) ? k + 1 : k;
  return SIDE.has(tokens[side]?.norm ?? '') && tokens[side + 1]?.norm !== 'up';
}

/** Colours a team or kit is named by: "the black and whites", "cricket whites". */
const COLOUR_NOUN = new Set(['whites', 'blacks']);
const COLOUR = new Set(['black', 'white', 'red', 'blue', 'green', 'yellow', 'amber', 'claret', 'orange', 'gold', 'navy', 'sky']);
const WORN_BY = new Set(['cricket', 'tennis', 'their', 'his', 'her', 'my', 'our', 'your', 'in', 'clean', 'new', 'chef', 'chefs']);
/** Things named after a group ("the disabled toilet", "the elderly care home"). */
const FACILITY = new Set(['toilet', 'toilets', 'loo', 'loos', 'parking', 'bay', 'bays', 'space', 'spaces', 'access', 'ramp', 'ramps', 'lift', 'entrance', 'badge', 'badges', 'changing', 'facilities', 'car', 'bathroom', 'care', 'home', 'homes', 'ward', 'unit', 'section', 'seats', 'seating', 'area', 'swing', 'swings', 'trail', 'lane', 'team', 'teams', 'club', 'league']);
