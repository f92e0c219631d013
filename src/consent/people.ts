// People's names in a post that are not pupils in the record and not staff or allowed names: a given
// name (ONS list) used as a name in its context, with its surname or initial if one follows; every
// value of an image's people tags. Used by consent/unknown-name.
import type { ResolvedConfig } from '../config/schema.js';
import { sourceOffset } from '../core/position.js';
import { firstAtOrAfter } from '../core/search.js';
import type { Attachment, Post, TextSegment } from '../core/types.js';
import { adultSpans, titledFirstNames } from './adult-names.js';
import { famousName, storyCharacter, titleAfterFamous } from './famous-names.js';
import type { NameKnowledge } from './knowledge.js';
import { findPupilMentions, type PupilMention } from './mentions.js';
import { staffIndex } from './name-index.js';
import { nameEnd } from './name-spans.js';
import { looksLikeName, organisationAhead, personByContext } from './name-context.js';
import { namePlaces, someCapitalisedWord, someNameWord, type MentionVia, type NamePlace, type NameToken } from './name-tokens.js';
import type { ConsentRecord } from './record.js';
import { movedTo, SameTextFinds } from './same-text.js';

export interface PersonName {
  text: string;
  offset: number;
  endOffset: number;
  /** Where the name is in its segment's text. */
  textStart: number;
  textEnd: number;
  segment: TextSegment;
  via: MentionVia;
  attachment?: Attachment;
}

export function findUnknownNames(post: Post, record: ConsentRecord | undefined, config: ResolvedConfig, k: NameKnowledge): PersonName[] {
  const pupils = record ? findPupilMentions(post, record, config) : [];
  const staff = staffIndex(config);
  const grouped = groupMentions(pupils);
  const found: PersonName[] = [];
  const givenOrWordName = (norm: string) => (k.given.has(norm) || k.wordNames.has(norm)) && !startsWithDigit(norm);
  const candidate = (norm: string, capitalised: boolean) => capitalised && givenOrWordName(norm);
  const places = namePlaces(post);
  // Any given name counts as a name beside this one (in a list, or as the other half of a double name).
  const anyGivenName = { isName: (t: NameToken) => looksLikeName(t, k) };
  const teams = fixtureTeams(places, k);
  const houses = houseNames(places, k);
  const sameText = new SameTextFinds<PersonName>();
  for (const place of places) {
    const earlier = sameText.earlier(place);
    if (earlier) {
      for (const name of earlier) found.push(movedTo(name, place));
      continue;
    }
    // Most paragraphs hold no given name at all: nothing to look at around them.
    if (!place.person && !someCapitalisedWord(place, givenOrWordName)) continue;
    const first = found.length;
    const covered = coveredBy(grouped, place);
    const skip = adultSpans(place, staff);
    if (place.person) {
      if (covered.size === 0 && skip.size === 0) found.push(span(place, 0, place.tokens.length - 1));
      continue;
    }
    const tokens = place.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (skip.has(i) || covered.has(i)) continue;
      const token = tokens[i]!;
      // "Mary Seacole": someone a class learnt about. Asked of any capitalised word, not only a given
      // name: a famous name may open with a word no pupil is called ("Willy Russell's Blood Brothers",
      // whose "Russell's Blood" was read as a pupil's full name; "Sweeney Todd").
      const famous = token.capitalised ? famousName(place, i, k) : 0;
      if (famous > 0) {
        i += famous - 1 + titleAfterFamous(place, i + famous - 1);
        continue;
      }
      if (!candidate(token.norm, token.capitalised)) continue;
      if (acronymInCapitals(place, token, k)) continue; // "Our ELSA, Mrs Jones, runs …"
      if (storyCharacter(place, i, k)) continue; // "They found Jack's beanstalk"
      if (teams.has(token.norm)) continue; // "Chester v Caldy", "First score went to Chester on the left wing"
      if (houses.has(token.norm)) continue; // "Franklin House won the shield. Well done Franklin!"
      // A hyphenated first name ("Evie-Rose") is one name.
      let nameEnd = i;
      while (tokens[nameEnd + 1] && place.segment.text.slice(tokens[nameEnd]!.end, tokens[nameEnd + 1]!.start) === '-' && tokens[nameEnd + 1]!.capitalised && k.given.has(tokens[nameEnd + 1]!.norm)) nameEnd++;
      const next = tokens[nameEnd + 1];
      const gap = next ? place.segment.text.slice(tokens[nameEnd]!.end, next.start) : '';
      const joined = next !== undefined && /^[\s-]+$/.test(gap) && !skip.has(nameEnd + 1) && !covered.has(nameEnd + 1);
      const initial = joined && next.initial && /^\p{Lu}$/u.test(next.raw) && !(/^(?:I|A)$/.test(next.raw) && !/^\./.test(place.segment.text.slice(next.end)));
      const surname =
        joined && !initial && next.capitalised && !place.caseless && next.raw.length > 1 &&
        !k.neverNames.has(next.norm) && !k.placeFollowers.has(next.norm) && !k.notNames.has(next.norm) &&
        !k.given.has(next.norm) && /^\p{Lu}\p{Ll}/u.test(next.raw);
      if (place.caseless) {
        // File names and tags: a given name that is not also a word; case tells nothing here.
        if (k.wordNames.has(token.norm) || k.notNames.has(token.norm) || k.neverNames.has(token.norm)) continue;
        if (!k.frequent.has(token.norm)) continue;
        found.push(span(place, i, nameEnd));
        i = nameEnd;
        continue;
      }
      // Two given names joined ("Summer-Rose", "Amber-Leigh Nicholls") are a person's first name wherever they stand.
      const compound = nameEnd > i;
      if (!compound && !initial && !surname && !personByContext(place, i, k, anyGivenName)) continue;
      if ((initial || surname) && (k.notNames.has(token.norm) || k.neverNames.has(token.norm))) continue;
      if (!compound && (initial || surname) && !personByContext(place, i, k, anyGivenName)) {
        // A word-name with a capitalised word after it is a person only mid-sentence ("with Summer Jones"), not "Star Writers".
        if (!k.wordNames.has(token.norm) || token.sentenceStart || place.titleCase || (surname && !initial && token.sentenceStart)) continue;
        // "Corby Glen Community Primary School": an organisation's name.
        if (organisationAhead(place, i, k)) continue;
        // "the River Piddle", "a Blue Peter badge": an article makes it a place's or a thing's name.
        if (surname && !initial && i > 0 && /^(?:a|an|the)$/.test(tokens[i - 1]!.norm) && /^\s+$/.test(place.segment.text.slice(tokens[i - 1]!.end, token.start))) continue;
        // "the King's Birthday Honours", "King's College London", "the Prince's Trust": a title's, not a pupil's.
        if (surname && !initial && token.possessive && ROYAL_TITLES.has(token.norm)) continue;
      }
      // "Dr Sarah Lee … Sarah joins us from St Mark's": the adult named with a title before.
      if (!initial && !surname && nameEnd === i && titledFirstNames(post, places).has(token.norm)) continue;
      let last = initial || surname ? nameEnd + 1 : nameEnd;
      // A double-barrelled surname: "Smith-Jones".
      while (surname && tokens[last + 1] && /^-$/.test(place.segment.text.slice(tokens[last]!.end, tokens[last + 1]!.start)) && tokens[last + 1]!.capitalised) last++;
      found.push(span(place, i, last));
      i = last;
    }
    sameText.remember(place, found.slice(first));
  }
  return found;
}

/** Word-names that are a monarch's title: in the possessive before a capitalised word, a title's ("King's College"). */
export const ROYAL_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess']);

// A fixture between two sides: "Chester v Caldy U14 match report", "Stirlands v Middleton U13": the word on
// each side next to the "v". (Not a score line: "Rafi 6-1 Radstock" is a bowler's figures beside a team.)
export const FIXTURE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)\s+(?:v|vs|v\.|vs\.|versus)\s+(\p{Lu}[\p{L}'’-]*)/gu;
/** What FIXTURE cannot match without: its "v" between spaces (a quick test; FIXTURE tries every capital). */
export const FIXTURE_WORD = /\s(?:vs?\.?|versus)\s/;

/**
 * Words that name a side in a post's fixture where the other side is no given name
 * ("Chester v Caldy"): a team or a town, wherever else the post names it ("Chester then replied",
 * "Chester's stronger scrum"). Two given names ("Harry v Tom" in a tennis final) are people.
 */
function fixtureTeams(places: NamePlace[], k: NameKnowledge): Set<string> {
  const teams = new Set<string>();
  for (const place of places) {
    if (place.person || place.caseless || !FIXTURE_WORD.test(place.segment.text)) continue;
    for (const m of place.segment.text.matchAll(FIXTURE)) {
      const sides = [m[1]!, m[2]!].map((side) => side.toLowerCase().replace(/['’]s$/u, ''));
      if (sides.every((side) => k.given.has(side) || k.wordNames.has(side))) continue;
      for (const side of sides) teams.add(side);
    }
  }
  return teams;
}

const isHouse = (norm: string) => norm === 'house';

/** After a house's word, what a pupil has or is, not a house's name: "Ruby house captain", "Ruby house points". */
const HOUSE_ROLE = new Set(['captain', 'captains', 'point', 'points', 'champion', 'champions', 'leader', 'leaders', 'rep', 'reps']);

/**
 * Words a post uses as the name of one of the school's houses ("Franklin House", "Red house won"), and
 * wherever else it names them ("Well done Franklin!"); once one is a colour, every colour is a house
 * ("… just ahead of Blue on 338"). Not a possessive ("Julia's House", a charity).
 */
function houseNames(places: NamePlace[], k: NameKnowledge): Set<string> {
  const houses = new Set<string>();
  for (const place of places) {
    if (place.person || place.caseless || !someNameWord(place, isHouse)) continue;
    const tokens = place.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const token = tokens[i]!;
      const next = tokens[i + 1]!;
      if (!token.capitalised || token.possessive || next.norm !== 'house' || !/^\s+$/.test(place.segment.text.slice(token.end, next.start))) continue;
      if (HOUSE_ROLE.has(tokens[i + 2]?.norm ?? '')) continue;
      houses.add(token.norm);
    }
  }
  if ([...houses].some((house) => k.houseColours.has(house))) for (const colour of k.houseColours) houses.add(colour);
  return houses;
}

/** Pupil mentions grouped by where they were found, so each place looks only at its own. */
interface MentionsByPlace {
  bySegment: Map<TextSegment, PupilMention[]>;
  /** People tags match by their text and image. */
  byTagText: Map<string, PupilMention[]>;
}

function groupMentions(mentions: PupilMention[]): MentionsByPlace {
  const bySegment = new Map<TextSegment, PupilMention[]>();
  const byTagText = new Map<string, PupilMention[]>();
  for (const mention of mentions) {
    push(bySegment, mention.segment, mention);
    push(byTagText, mention.segment.text, mention);
  }
  return { bySegment, byTagText };
}

function push<K>(map: Map<K, PupilMention[]>, key: K, mention: PupilMention): void {
  const list = map.get(key);
  if (list) list.push(mention);
  else map.set(key, [mention]);
}

function coveredBy(grouped: MentionsByPlace, place: NamePlace): Set<number> {
  const covered = new Set<number>();
  // A people tag is covered whole by a mention found in the same tag of the same image.
  if (place.person) {
    const tagged = grouped.byTagText.get(place.segment.text) ?? [];
    if (tagged.some((m) => m.attachment === place.attachment)) place.tokens.forEach((_, i) => covered.add(i));
    return covered;
  }
  const mentions = grouped.bySegment.get(place.segment);
  if (!mentions) return covered;
  // Where each token starts in the segment's text: ascending, so each mention's tokens are found by a
  // binary search. (Not in the source: a file name's words all map to the link's one position there.)
  const starts = place.tokens.map((t) => t.start);
  const ascending = starts.every((start, i) => i === 0 || start >= starts[i - 1]!);
  for (const mention of mentions) {
    const from = ascending ? firstAtOrAfter(starts, mention.textStart) : 0;
    for (let i = from; i < starts.length && (!ascending || starts[i]! < mention.textEnd); i++) {
      if (starts[i]! >= mention.textStart && starts[i]! < mention.textEnd) covered.add(i);
    }
  }
  return covered;
}

function span(place: NamePlace, first: number, last: number): PersonName {
  const start = place.tokens[first]?.start ?? 0;
  const end = place.tokens[last] ? nameEnd(place.segment.text, place.tokens[last]) : place.segment.text.length;
  const name: PersonName = {
    text: place.segment.text.slice(start, end),
    offset: sourceOffset(place.segment, start),
    endOffset: sourceOffset(place.segment, end),
    textStart: start,
    textEnd: end,
    segment: place.segment,
    via: place.tokens[first]?.via ?? 'people-tag',
  };
  if (place.attachment) name.attachment = place.attachment;
  return name;
}

/** /^\d/.test(word), by its first character's code. */
function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** A word of capitalAcronyms written in capitals in a paragraph with words in small letters: "Our ELSA runs …", not "WELL DONE ELSA". */
function acronymInCapitals(place: NamePlace, token: NameToken, k: NameKnowledge): boolean {
  if (!k.capitalAcronyms.has(token.norm) || !/^\p{Lu}+$/u.test(token.raw)) return false;
  return /\p{Ll}/u.test(place.segment.text);
}
