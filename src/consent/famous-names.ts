// Famous people, characters and titles ("Grace Darling", "Roald Dahl's Matilda", "Jack and the
// Beanstalk"), not pupils of those names.
import type { NameKnowledge } from './knowledge.js';
import { gapText } from './name-spans.js';
import type { NamePlace } from './name-tokens.js';

/**
 * A famous person, character or title at tokens[i] ("Grace Darling", "Anne Frank", "Charlie and the
 * Chocolate Factory"), not a pupil: how many words it takes, or 0.
 */
export function famousName(place: NamePlace, i: number, k: NameKnowledge): number {
  const tokens = place.tokens;
  let key = tokens[i]!.norm;
  // Most names begin no famous one: one lookup settles them, and a name stops being read once no
  // famous name begins with the words so far (the same answer as reading on to FAMOUS_MAX_WORDS).
  const prefixes = famousPrefixes(k);
  if (!prefixes.has(key)) return 0;
  let found = 0;
  for (let j = i + 1; j < tokens.length && j <= i + FAMOUS_MAX_WORDS - 1; j++) {
    if (!/^\s+$/.test(gapText(place, tokens[j - 1]!, tokens[j]!))) break;
    key += ` ${tokens[j]!.norm}`;
    if (k.famous.has(key)) found = j - i + 1;
    if (!prefixes.has(key)) break;
  }
  return found;
}

/**
 * After a famous name in the possessive, the title or character it names, in capitals right after it:
 * "Roald Dahl's Matilda", "Peter Pan's Wendy", "Jacqueline Wilson's Tracy Beaker" — how many words (at most
 * four), or 0. Not across a comma or a full stop: "Roald Dahl's books, and Matilda's poem".
 */
export function titleAfterFamous(place: NamePlace, last: number): number {
  const tokens = place.tokens;
  if (!tokens[last]?.possessive) return 0;
  let n = 0;
  for (let j = last + 1; j < tokens.length && n < 4; j++) {
    const token = tokens[j]!;
    if (!token.capitalised || token.sentenceStart || !/^\s+$/.test(gapText(place, tokens[j - 1]!, token))) break;
    n++;
    if (token.possessive) break;
  }
  return n;
}

const famousPrefixesOf = new WeakMap<NameKnowledge, Set<string>>();

/**
 * Every proper beginning, in whole words, of a famous name ("mary", "mary had" for "mary had a little
 * lamb"): a key famousName builds is words joined by one space, so no longer key can be famous once
 * the key is not one of these.
 */
function famousPrefixes(k: NameKnowledge): Set<string> {
  let prefixes = famousPrefixesOf.get(k);
  if (!prefixes) {
    prefixes = new Set();
    for (const name of k.famous) {
      for (let space = name.indexOf(' '); space !== -1; space = name.indexOf(' ', space + 1)) prefixes.add(name.slice(0, space));
    }
    famousPrefixesOf.set(k, prefixes);
  }
  return prefixes;
}

const FAMOUS_MAX_WORDS = 6;

/** From the stories in the famous list ("jack and the beanstalk", "elmer the elephant"): the hero's name → the story's last two words. */
const storyCues = new WeakMap<NameKnowledge, Map<string, [string, string][]>>();
const STORY_REACH = 40;
const SMALL_WORDS = new Set(['the', 'and', 'a', 'an', 'of']);

/**
 * The hero of a story, the story's last word just after the name in the same sentence: "They found
 * Jack's beanstalk", "James rolls away inside the giant peach" — the character, not a pupil of that
 * name. `strict` (a pupil in the consent record) asks more: the hero's own thing right after the
 * name ("Jack's beanstalk") or the story's last two words ("giant peach", "chocolate factory"), so
 * "Charlie enjoyed the visit to the factory" and "Peter played the wolf" are still the pupils.
 */
export function storyCharacter(place: NamePlace, i: number, k: NameKnowledge, strict = false): boolean {
  let cues = storyCues.get(k);
  if (!cues) {
    cues = new Map();
    for (const title of k.famous) {
      const story = /^(\S+) (?:and the|the) ((?:\S+ )*?)(\S+)$/.exec(title);
      if (!story) continue;
      const penultimate = story[2]!.trim().split(' ').pop() ?? '';
      cues.set(story[1]!, [...(cues.get(story[1]!) ?? []), [penultimate, story[3]!]]);
    }
    storyCues.set(k, cues);
  }
  const token = place.tokens[i]!;
  const ends = cues.get(token.norm);
  if (!ends) return false;
  const after = place.segment.text.slice(token.end, token.end + STORY_REACH).split(/[.!?\n]/u)[0]!.toLowerCase();
  return ends.some(([penultimate, end]) => {
    if (!strict) return new RegExp(`\\b${end}\\b`, 'u').test(after);
    const possessive = /['’]s$/u.test(token.raw) ? /^\s+/u : /^['’]s\s+/u;
    if (new RegExp(`${possessive.source}${end}\\b`, 'u').test(after)) return true;
    return penultimate !== '' && !SMALL_WORDS.has(penultimate) && new RegExp(`\\b${penultimate}\\s+${end}\\b`, 'u').test(after);
  });
}
