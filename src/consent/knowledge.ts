// The name data the matchers need (given names, nicknames, context words), turned into sets once.
// Loaded through the data layer (dist/data.json in the CLI); `prepareNameKnowledge` must have been
// awaited once before the synchronous matchers run (in the bundled CLI the data is always at hand).
import { loadData, loadedData } from '../data/load.js';
import type { GivenNamesData, NameContextData, NicknamesData } from './name-data.js';

export interface NameKnowledge {
  /** Given names (lower case, accents as written). */
  given: Set<string>;
  frequent: Set<string>;
  /** Names that are also ordinary words: a person only with context. */
  wordNames: Set<string>;
  timeWords: Set<string>;
  notNames: Set<string>;
  neverNames: Set<string>;
  /** "florence nightingale": a famous person or character, not a pupil, by the first two words of the name. */
  famous: Set<string>;
  /** The last words of `famous` ("dickens", "kane"): a surname alone that is one of them is as likely the famous person's. */
  famousSurnames: Set<string>;
  placeFollowers: Set<string>;
  placeLeaders: Set<string>;
  /** "roman", "navy": an adjective before a noun ("Roman soldiers"), a name otherwise. */
  adjectiveNames: Set<string>;
  /** "school", "college", "cup": a name a few capitalised words before one names an organisation or a trophy. */
  organisationFollowers: Set<string>;
  /** "eid", "ramadan": the next word (also in the same hashtag) is the festival's greeting. */
  festivals: Set<string>;
  /** "roma", "traveller": a community's name when listed beside another ("Gypsy, Roma and Traveller"). */
  communities: Set<string>;
  /** "red", "blue": in a post that names a colour's house, every colour is a house. */
  houseColours: Set<string>;
  placePrepositions: Set<string>;
  /** "trip", "visit": a capitalised word after one and "to" is a place ("the trip to Lincoln"). */
  placeBeforeTo: Set<string>;
  roleMarkers: Set<string>;
  showMarkers: Set<string>;
  /** "learned", "heard": a name after one and "about" is a topic ("learned about Moses"). */
  topicMarkers: Set<string>;
  /** "values", "virtue": the word-names listed after one are values ("Our values are Hope and Faith"). */
  valueMarkers: Set<string>;
  /** "elsa", "haf": in capitals amid small letters, a role or programme ("Our ELSA runs …"). */
  capitalAcronyms: Set<string>;
  personVerbs: Set<string>;
  /** A story's character ("mary") → the words that tell its stories ("bethlehem", "manger" …). */
  storyCast: Map<string, Set<string>>;
  /** "scored", "saved": after a surname alone, a person did something ("Adebayo scored twice"). */
  surnameVerbs: Set<string>;
  wordFollowers: Set<string>;
  datePrepositions: Set<string>;
  /** name → every name it may stand for or be written as (itself excluded). */
  equivalents: Map<string, Set<string>>;
  /** Pairs that are spellings of one name (both in a group's `names`), as "a b". */
  variantPairs: Set<string>;
}

const DATA = ['given-names', 'nicknames', 'name-context'] as const;
let built: NameKnowledge | undefined;

export async function prepareNameKnowledge(): Promise<NameKnowledge> {
  // Asked by four rules for every post: once built, nothing is left to load.
  if (built) return built;
  await Promise.all(DATA.map((name) => loadData(name)));
  return nameKnowledge();
}

/** The knowledge, if its data has been loaded (always, in the bundled CLI); an empty one otherwise. */
export function nameKnowledge(): NameKnowledge {
  if (built) return built;
  const given = loadedData<GivenNamesData>('given-names');
  const nicknames = loadedData<NicknamesData>('nicknames');
  const context = loadedData<NameContextData>('name-context');
  const knowledge = buildKnowledge(given, nicknames, context);
  if (given && nicknames && context) built = knowledge;
  return knowledge;
}

const words = (block: string | undefined): string[] => (block ?? '').split(/\s+/).filter(Boolean);

function buildKnowledge(given?: GivenNamesData, nicknames?: NicknamesData, context?: NameContextData): NameKnowledge {
  const frequent = new Set(words(given?.frequent));
  const all = new Set([...frequent, ...words(given?.names)]);
  const equivalents = new Map<string, Set<string>>();
  const variantPairs = new Set<string>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    let set = equivalents.get(a);
    if (!set) equivalents.set(a, (set = new Set()));
    set.add(b);
  };
  for (const group of nicknames?.groups ?? []) {
    const members = [...group.names, ...group.nicknames];
    for (const a of group.names) {
      for (const b of group.names) if (a !== b) variantPairs.add(`${a} ${b}`);
      for (const b of members) {
        link(a, b);
        link(b, a);
      }
    }
  }
  const set = (list: string[] | undefined) => new Set(list ?? []);
  const storyCast = new Map<string, Set<string>>();
  for (const { names, cues } of context?.storyCast ?? []) {
    for (const name of names) {
      const told = storyCast.get(name) ?? new Set<string>();
      for (const cue of cues) if (cue !== name) told.add(cue);
      storyCast.set(name, told);
    }
  }
  return {
    given: all,
    frequent,
    wordNames: new Set([...words(given?.alsoWords), ...(context?.wordNames ?? [])]),
    timeWords: set(context?.timeWords),
    notNames: set(context?.notNames),
    neverNames: set(context?.neverNames),
    famous: set(context?.famousPeople),
    famousSurnames: new Set((context?.famousPeople ?? []).filter((name) => name.includes(' ')).map((name) => name.slice(name.lastIndexOf(' ') + 1))),
    placeFollowers: set(context?.placeFollowers),
    placeLeaders: set(context?.placeLeaders),
    adjectiveNames: set(context?.adjectiveNames),
    organisationFollowers: set(context?.organisationFollowers),
    festivals: set(context?.festivals),
    communities: set(context?.communityNames),
    houseColours: set(context?.houseColours),
    placePrepositions: set(context?.placePrepositions),
    placeBeforeTo: set(context?.placeBeforeTo),
    roleMarkers: set(context?.roleMarkers),
    showMarkers: set(context?.showMarkers),
    topicMarkers: set(context?.topicMarkers),
    valueMarkers: set(context?.valueMarkers),
    capitalAcronyms: set(context?.capitalAcronyms),
    personVerbs: set(context?.personVerbs),
    surnameVerbs: set(context?.surnameVerbs),
    storyCast,
    wordFollowers: set(context?.wordFollowers),
    datePrepositions: set(context?.datePrepositions),
    equivalents,
    variantPairs,
  };
}
