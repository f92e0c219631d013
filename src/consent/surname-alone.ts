// A pupil named by their surname alone, as a match report writes it: "Adebayo scored twice",
// "Kowalski's late winner", "Scorers: Adebayo (2), Patel", "the Kowalski twins".
import { afterLastStop } from '../text/spans.js';
import type { NameKnowledge } from './knowledge.js';
import { personByContext } from './name-context.js';
import type { NameIndex } from './name-index.js';
import { gapText, mention, wholeSurnameAt, type Found } from './name-spans.js';
import type { NamePlace } from './name-tokens.js';
import type { Pupil } from './record.js';

/** Words that open a sentence before a name without being part of it: "Then Adebayo scored". */
const SENTENCE_OPENERS = new Set(['then', 'and', 'but', 'so', 'soon', 'finally', 'eventually', 'later', 'next', 'first', 'firstly', 'meanwhile', 'today', 'yesterday', 'after', 'afterwards', 'again', 'also', 'when', 'as', 'once', 'here', 'there', 'now', 'well', 'yes', 'congratulations', 'congrats', 'bravo']);

/** A match report's list of players: "Scorers:", "goals from", "tries by", "player of the match". */
const SCORER_CUE = /(?:\b(?:goal ?|try ?)?scorers?|\b(?:goals?|tries|try|assists?) (?:came )?(?:from|by)|\b(?:players?|man|woman|star) of the (?:match|game|day)(?: (?:was|were|went to|goes to|award went to))?|\bmvps?)/gi;
/** After the cue, only players' names so far: capitalised words, a count ("(2)", "x2"), commas, "and", "&". */
const PLAYERS_SO_FAR = /^[\s:–—-]*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s*\(\d+\)|\s+\d+|\s*x\s?\d)?\s*(?:,|&|\band\b)\s*)*$/u;

/** How far back a list of players is looked for: a team sheet, not a paragraph. */
const SCORER_LIST_REACH = 200;

/** Whether the word at `start` is in a list of players after a match report's cue, in the same sentence. */
function inScorerList(text: string, start: number): boolean {
  const before = text.slice(afterLastStop(text, Math.max(0, start - SCORER_LIST_REACH), start), start);
  let cueEnd = -1;
  for (const cue of before.matchAll(SCORER_CUE)) cueEnd = cue.index + cue[0].length;
  return cueEnd !== -1 && PLAYERS_SO_FAR.test(before.slice(cueEnd));
}

const surnameGroupCache = new WeakMap<Pupil[], { surname: string[]; pupils: Pupil[] }[]>();

/** The pupils of one surname word grouped by their whole surname: a trust's record gives "Patel" to hundreds. */
function surnameGroups(pupils: Pupil[], index: NameIndex): { surname: string[]; pupils: Pupil[] }[] {
  let groups = surnameGroupCache.get(pupils);
  if (groups) return groups;
  const byWhole = new Map<string, { surname: string[]; pupils: Pupil[] }>();
  for (const pupil of pupils) {
    const surname = index.surnameTokens.get(pupil) ?? [];
    const key = surname.join(' ');
    const group = byWhole.get(key);
    if (group) group.pupils.push(pupil);
    else byWhole.set(key, { surname, pupils: [pupil] });
  }
  groups = [...byWhole.values()];
  surnameGroupCache.set(pupils, groups);
  return groups;
}

const SIBLINGS = new Set(['twins', 'triplets', 'brothers', 'sisters', 'siblings']);

/**
 * "Adebayo scored twice", "Marchetti's penalty save": a pupil's surname alone, as a match report writes it.
 * A surname is also a parent's, a sibling's or a famous person's, so only in ordinary text, a surname that is
 * no pupil's or common first name, word-name nor a famous person's surname ("Dickens wrote"), not within a
 * longer name ("Bukayo Saka"), and before a verb of something a person did (`surnameVerbs`), as a possessive,
 * before "twins", "brothers" and the like, or in a list of players ("Scorers: Adebayo (2), Kowalski").
 * Surnames the post gives an adult with a title ("Mrs Adebayo") are dropped by the caller.
 */
export function surnameAlone(place: NamePlace, i: number, index: NameIndex, k: NameKnowledge, skip: Set<number>): Found | undefined {
  if (place.caseless || place.person) return undefined;
  const tokens = place.tokens;
  const token = tokens[i]!;
  const pupils = index.bySurname.get(token.norm);
  if (!pupils || token.via !== 'text' || token.norm.length < 3) return undefined;
  const prev = tokens[i - 1];
  const prevAdjacent = prev !== undefined && /^[\s-]+$/.test(gapText(place, prev, token));
  if (prevAdjacent && prev.capitalised && !(prev.sentenceStart && SENTENCE_OPENERS.has(prev.norm)) && prev.norm !== 'the') return undefined;
  let best: { last: number; pupils: Pupil[] } | undefined;
  for (const { surname, pupils: having } of surnameGroups(pupils, index)) {
    const last = surname.length === 1 && surname[0] !== token.norm ? -1 : wholeSurnameAt(place, i, surname, skip);
    if (last === -1) continue;
    if (!best || last > best.last) best = { last, pupils: [...having] };
    else if (last === best.last) best.pupils.push(...having.filter((pupil) => !best!.pupils.includes(pupil)));
  }
  if (!best) return undefined;
  // A surname of one word may be a word or someone else's name; "Grant-Fitzgerald" is no one else's.
  if (best.last === i && (index.byName.has(token.norm) || k.frequent.has(token.norm) || k.wordNames.has(token.norm) || k.notNames.has(token.norm) || k.neverNames.has(token.norm) || k.houseColours.has(token.norm) || k.famousSurnames.has(token.norm))) return undefined;
  const end = tokens[best.last]!;
  const next = tokens[best.last + 1];
  const nextAdjacent = next !== undefined && /^[ \t]+$/.test(gapText(place, end, next));
  if (nextAdjacent && next.capitalised) return undefined; // "Adebayo Road", "Adebayo Trust"
  // "the Adebayo twins": pupils named by their family's name.
  if (nextAdjacent && !end.possessive && SIBLINGS.has(next.norm)) return mention(place, i, best.last, best.pupils, false, 'surname');
  // "Scorers: Adebayo (2), Kowalski", "Player of the match: Adebayo" (a line of capitals: the cue is the evidence).
  if (inScorerList(place.segment.text, token.start)) return mention(place, i, best.last, best.pupils, false, 'surname');
  if (place.titleCase) return undefined;
  const didSomething = end.possessive ? nextAdjacent : nextAdjacent && k.surnameVerbs.has(next.norm);
  if (!didSomething || (prevAdjacent && prev.norm === 'the') || !personByContext(place, i, k)) return undefined;
  return mention(place, i, best.last, best.pupils, false, 'surname');
}

