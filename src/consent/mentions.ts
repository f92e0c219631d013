// Finds where a post uses a pupil from the consent record: in its text, headings, alt text, captions,
// front matter, attachment file names, hashtags and @mentions, and the people tags embedded in its
// images. Matching ignores case, accents and punctuation, and knows possessives, preferred names,
// nicknames and spelling variants (lexicons/nicknames.yaml), surnames (double-barrelled, "Surname,
// First" order), surname initials, and — for longer names — misspellings (Jaro-Winkler).
import { createRequire } from 'node:module';
import type { ResolvedConfig } from '../config/schema.js';
import { sourceOffset } from '../core/position.js';
import type { Attachment, Post, TextSegment } from '../core/types.js';
import { normaliseWord } from '../lexicons/tokenize.js';
import { nameKnowledge, type NameKnowledge } from './knowledge.js';
import { misspeltPersonByContext, personByContext, PRAISED } from './name-context.js';
import { forEachNameWord, namePlaces, plainLetters, type MentionVia, type NamePlace, type NameToken } from './name-tokens.js';
import type { ConsentRecord, Pupil } from './record.js';

/** How the words matched the record: by a first name (as recorded, preferred, a nickname, a variant spelling, misspelt) or by the surname alone. */
export type MatchKind = 'name' | 'preferred' | 'nickname' | 'variant' | 'misspelling' | 'surname';

export interface PupilMention {
  /** Every pupil the words could be (more than one when only a first name is given). */
  pupils: Pupil[];
  /** The words as written. */
  text: string;
  /** First name plus surname (not just an initial). */
  fullName: boolean;
  offset: number;
  endOffset: number;
  /** Where the words are in the segment's text (a file name's words all map to one place in the source). */
  textStart: number;
  textEnd: number;
  segment: TextSegment;
  /** Where the name was found: prose, a hashtag, an @mention, a file name, an image's people tag. */
  via: MentionVia;
  /** How the first name matched the record. */
  match: MatchKind;
  /** For people tags: the image that carries the tag. */
  attachment?: Attachment;
}

export const TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev', 'revd', 'reverend', 'father', 'fr', 'sister', 'coach', 'lady', 'lord', 'madam', 'mme', 'mister', 'cllr', 'councillor', 'general', 'admiral', 'colonel', 'brigadier', 'lieutenant', 'sergeant', 'sgt', 'commander', 'archdeacon', 'chaplain', 'rabbi', 'imam', 'pcso', 'instructor']);
/** Two-word roles that stand before an adult's name as a title does: "our Church Warden Bill Sivewright", "Tour Guide David". */
const ROLE_TITLES = new Set(['church warden', 'tour guide', 'group leader', 'course leader', 'activity leader', 'scout leader', 'cub leader', 'head coach', 'team manager']);
/** The last words of ROLE_TITLES ("warden", "leader" …): only a word that ends one is looked up with the word before it. */
const ROLE_TITLE_ENDS = new Set([...ROLE_TITLES].map((role) => role.slice(role.indexOf(' ') + 1)));

/** Ranks a pupil holds too, in the cadets or a model UN, after another capitalised word: "Cadet Staff Sergeant Lucas", "Secretary General Sammy". */
const RANKS = new Set(['general', 'admiral', 'colonel', 'brigadier', 'lieutenant', 'sergeant', 'sgt', 'commander', 'instructor']);

/** tokens[i] is a title, or ends a two-word role ("Church Warden"). */
function titleAt(tokens: NamePlace['tokens'], i: number): boolean {
  const token = tokens[i]!;
  if (RANKS.has(token.norm) && i > 0 && tokens[i - 1]!.capitalised && !tokens[i - 1]!.sentenceStart) return false;
  return TITLES.has(token.norm) || (i > 0 && ROLE_TITLE_ENDS.has(token.norm) && ROLE_TITLES.has(`${tokens[i - 1]!.norm} ${token.norm}`));
}

/** Jaro-Winkler similarity at or above which a longer capitalised word is taken for a misspelt pupil name (see tests/consent/fuzzy.test.ts). */
export const MISSPELLING_THRESHOLD = 0.9;
/** Misspellings are only considered for names at least this long: short names are too close to one another. */
export const MISSPELLING_MIN_LENGTH = 5;

interface Candidate {
  pupil: Pupil;
  how: MatchKind;
}

export interface NameIndex {
  byName: Map<string, Candidate[]>;
  bySurname: Map<string, Pupil[]>;
  surnameTokens: Map<Pupil, string[]>;
  /** The words of first names of more than one word ("mary jane", "muhammad ali"). */
  firstTokens: Map<Pupil, string[]>;
  /**
   * A first (or preferred) name and surname run together, as one word of a tag or a file name
   * ("#kwamemensah", "ZuzannaWojcik.jpg", "@seanoconnor"), and the surname before the first name.
   */
  byJoined: Map<string, Pupil[]>;
  /** The later words of first names of more than one word ("ali" of Muhammad Ali): a pupil's name before their surname ("Ali Khan"). */
  byLaterFirst: Map<string, Pupil[]>;
  /** Exact first/preferred names of at least MISSPELLING_MIN_LENGTH letters, by first letter. */
  fuzzy: Map<string, Set<string>>;
  staff: StaffIndex;
}

export interface StaffIndex {
  /** Normalised staff/allowed names ("jane patel", "patel", "jane"). */
  names: Set<string>;
  longest: number;
}

const indexCache = new WeakMap<ConsentRecord, WeakMap<ResolvedConfig, NameIndex>>();
const mentionCache = new WeakMap<Post, WeakMap<ConsentRecord, PupilMention[]>>();

export function normaliseName(name: string): string {
  // Composed first: a record or config exported decomposed ("Sia\u0302n") was split at the accent.
  return name
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}'’]+/u)
    .filter(Boolean)
    .map((part) => plainLetters(normaliseWord(part)).replace(/'s$/, ''))
    .join(' ');
}

export function staffIndex(config: ResolvedConfig): StaffIndex {
  const names = new Set<string>();
  let longest = 1;
  for (const name of [...(config.staff ?? []), ...(config.allowNames ?? [])]) {
    const parts = normaliseName(name).split(' ').filter((p) => p && !TITLES.has(p));
    if (parts.length === 0) continue;
    names.add(parts.join(' '));
    longest = Math.max(longest, parts.length);
  }
  return { names, longest };
}

export function nameIndex(record: ConsentRecord, config: ResolvedConfig, k: NameKnowledge = nameKnowledge()): NameIndex {
  let byConfig = indexCache.get(record);
  if (!byConfig) indexCache.set(record, (byConfig = new WeakMap()));
  const cached = byConfig.get(config);
  if (cached) return cached;
  const byName = new Map<string, Candidate[]>();
  // Each key's candidates by pupil, so that adding one is not a search of all (a trust's record can
  // give one first name to thousands of pupils).
  const byPupil = new Map<string, Map<Pupil, Candidate>>();
  const add = (key: string, pupil: Pupil, how: MatchKind) => {
    if (!key) return;
    let seen = byPupil.get(key);
    if (!seen) {
      byPupil.set(key, (seen = new Map()));
      byName.set(key, []);
    }
    const existing = seen.get(pupil);
    if (existing) {
      if (rank(how) < rank(existing.how)) existing.how = how;
    } else {
      const candidate = { pupil, how };
      seen.set(pupil, candidate);
      byName.get(key)!.push(candidate);
    }
  };
  const bySurname = new Map<string, Pupil[]>();
  const surnameTokens = new Map<Pupil, string[]>();
  const fuzzy = new Map<string, Set<string>>();
  const firstTokens = new Map<Pupil, string[]>();
  const byJoined = new Map<string, Pupil[]>();
  const byLaterFirst = new Map<string, Pupil[]>();
  const addJoined = (key: string, pupil: Pupil) => {
    const list = byJoined.get(key);
    if (!list) byJoined.set(key, [pupil]);
    else if (!list.includes(pupil)) list.push(pupil);
  };
  for (const pupil of record.pupils) {
    const firsts = normaliseName(pupil.firstName).split(' ').filter(Boolean);
    const first = firsts.join(' ');
    // "Mary-Jane" is found as "Mary-Jane", "Mary Jane" and "Mary".
    if (firsts.length > 1) add(firsts[0]!, pupil, 'name');
    add(first.replace(/ /g, ''), pupil, 'name');
    add(firsts[0] ?? '', pupil, 'name');
    const preferred = pupil.preferredName ? normaliseName(pupil.preferredName) : '';
    if (preferred) add(preferred.split(' ')[0]!, pupil, 'preferred');
    for (const own of [firsts[0], preferred.split(' ')[0]]) {
      if (!own) continue;
      for (const other of k.equivalents.get(own) ?? []) add(other, pupil, k.variantPairs.has(`${own} ${other}`) ? 'variant' : 'nickname');
      if (own.length >= MISSPELLING_MIN_LENGTH) {
        const bucket = fuzzy.get(own[0]!);
        if (bucket) bucket.add(own);
        else fuzzy.set(own[0]!, new Set([own]));
      }
    }
    if (firsts.length > 1) {
      firstTokens.set(pupil, firsts);
      for (const later of new Set(firsts.slice(1))) {
        const list = byLaterFirst.get(later);
        if (list) list.push(pupil);
        else byLaterFirst.set(later, [pupil]);
      }
    }
    const surname = normaliseName(pupil.lastName).split(' ').filter(Boolean);
    surnameTokens.set(pupil, surname);
    for (const part of surname) {
      const list = bySurname.get(part) ?? [];
      list.push(pupil);
      bySurname.set(part, list);
    }
    // "O'Connor" is also written "Oconnor" and "O Connor", "MacDonald" "Mac Donald": the surname's
    // parts without their apostrophes, and all of it run together, are its spellings too.
    const whole = compactName(surname.join(''));
    for (const spelling of new Set([...surname.map(compactName), whole])) {
      if (surname.includes(spelling)) continue;
      const list = bySurname.get(spelling) ?? [];
      list.push(pupil);
      bySurname.set(spelling, list);
    }
    if (whole) {
      for (const own of new Set([first.replace(/ /g, ''), firsts[0], preferred.split(' ')[0]])) {
        if (!own) continue;
        addJoined(compactName(own) + whole, pupil);
        addJoined(whole + compactName(own), pupil);
      }
    }
  }
  const index: NameIndex = { byName, bySurname, surnameTokens, firstTokens, byJoined, byLaterFirst, fuzzy, staff: staffIndex(config) };
  byConfig.set(config, index);
  return index;
}

/** A normalised name without its apostrophes: "o'connor" → oconnor. */
function compactName(norm: string): string {
  return norm.includes("'") ? norm.replace(/'/g, '') : norm;
}

function rank(how: MatchKind): number {
  return ['name', 'preferred', 'variant', 'nickname', 'misspelling', 'surname'].indexOf(how);
}

export function findPupilMentions(post: Post, record: ConsentRecord, config: ResolvedConfig): PupilMention[] {
  let byRecord = mentionCache.get(post);
  if (!byRecord) mentionCache.set(post, (byRecord = new WeakMap()));
  const cached = byRecord.get(record);
  if (cached) return cached;
  const k = nameKnowledge();
  const index = nameIndex(record, config, k);
  const mentions: PupilMention[] = [];
  const places = namePlaces(post);
  for (const place of places) {
    const skip = adultSpans(place, index.staff);
    for (let i = 0; i < place.tokens.length; i++) {
      if (skip.has(i)) continue;
      const found = matchAt(place, i, index, k, skip);
      if (found && found.last === i && titledFirstNames(post, places).has(place.tokens[i]!.norm)) continue; // "Mr Tom Davies … Tom looked after us"
      if (found?.mention.match === 'surname' && titledSurnames(post, places).has(place.tokens[i]!.norm)) continue; // "Mrs Adebayo … Adebayo said"
      if (!found) {
        // "Wilfred Owen's poems": none of a famous name's words is a pupil (a pupil of that full name matched above).
        const famous = famousName(place, i, k);
        if (famous > 0) i += famous - 1 + titleAfterFamous(place, i + famous - 1);
        continue;
      }
      mentions.push(found.mention);
      i = found.last;
    }
  }
  byRecord.set(record, mentions);
  return mentions;
}

/**
 * Tokens that name an adult: a title and the one or two capitalised words after it ("Mrs Patel",
 * "Mr Tom Jones"), and any run of words that is a staff or allowed name in the config.
 */
export function adultSpans(place: NamePlace, staff: StaffIndex): Set<number> {
  const skip = new Set<number>();
  const tokens = place.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if ((token.capitalised || place.caseless) && i + 1 < tokens.length && titleAt(tokens, i)) {
      const gap = place.segment.text.slice(token.end, tokens[i + 1]!.start);
      if (/^\.?\s*$/.test(gap) || place.caseless) {
        skip.add(i);
        let j = i + 1;
        while (j < tokens.length && j <= i + 3 && (tokens[j]!.capitalised || place.caseless)) {
          skip.add(j);
          const after = tokens[j + 1];
          if (!after || !/^[\s.-]*$/.test(place.segment.text.slice(tokens[j]!.end, after.start))) break;
          j++;
        }
      }
    }
    if (staff.names.size > 0) skipStaffName(place, i, staff, skip);
  }
  return skip;
}

/** A title word somewhere in a text: only such a text is tokenized to look for titled names. */
const TITLE_WORD = new RegExp(`\\b(?:${[...new Set([...TITLES, ...ROLE_TITLE_ENDS])].join('|')})\\b`, 'i');
const titledByPost = new WeakMap<Post, Set<string>>();

/**
 * First names the post gives an adult with a title and a surname ("Mr Tom Davies", "Dr Sarah Lee"):
 * the same first name alone later in the post ("Tom looked after Oakfield for 25 years") is that adult.
 * Worked out once per post, and only when a first name alone is met.
 */
export function titledFirstNames(post: Post, places: NamePlace[]): Set<string> {
  let names = titledByPost.get(post);
  if (names) return names;
  names = new Set();
  for (const place of places) {
    if (place.caseless || !TITLE_WORD.test(place.segment.text)) continue;
    const text = place.segment.text;
    // The two words before the current one: a title, then a first name, when this one is a surname
    // (and the word before the title, which may make it a role: "church warden").
    let role = '';
    let roleCapitalised = false;
    let titleNorm = '';
    let titleEnd = -1;
    let titleCapitalised = false;
    let firstNorm = '';
    let firstStart = -1;
    let firstEnd = -1;
    let firstCapitalised = false;
    forEachNameWord(place, (norm, start, end, capitalised) => {
      if (capitalised && firstCapitalised && titleCapitalised) {
        const titled = (TITLES.has(titleNorm) && !(RANKS.has(titleNorm) && roleCapitalised)) || (ROLE_TITLE_ENDS.has(titleNorm) && ROLE_TITLES.has(`${role} ${titleNorm}`));
        if (titled && /^\.?\s+$/.test(text.slice(titleEnd, firstStart)) && /^\s+$/.test(text.slice(firstEnd, start))) names!.add(firstNorm);
      }
      role = titleNorm;
      roleCapitalised = titleCapitalised;
      titleNorm = firstNorm;
      titleEnd = firstEnd;
      titleCapitalised = firstCapitalised;
      firstNorm = norm;
      firstStart = start;
      firstEnd = end;
      firstCapitalised = capitalised;
    });
  }
  titledByPost.set(post, names);
  return names;
}

const titledSurnamesByPost = new WeakMap<Post, Set<string>>();
const NO_STAFF: StaffIndex = { names: new Set(), longest: 1 };

/**
 * The words the post writes after a title ("Mrs Adebayo", "Mr Tom Adebayo"; adultSpans' titled names): a surname
 * alone that is one of them may be that adult. Worked out once per post, and only when a surname alone is met.
 */
function titledSurnames(post: Post, places: NamePlace[]): Set<string> {
  let words = titledSurnamesByPost.get(post);
  if (words) return words;
  words = new Set();
  for (const place of places) {
    if (place.caseless || !TITLE_WORD.test(place.segment.text)) continue;
    for (const i of adultSpans(place, NO_STAFF)) words.add(place.tokens[i]!.norm);
  }
  titledSurnamesByPost.set(post, words);
  return words;
}

/** Marks the longest staff or allowed name starting at token i. */
function skipStaffName(place: NamePlace, i: number, staff: StaffIndex, skip: Set<number>): void {
  const tokens = place.tokens;
  for (let n = Math.min(staff.longest, tokens.length - i); n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    if (!words.every((w) => w.capitalised || place.caseless)) continue;
    if (staff.names.has(words.map((w) => w.norm).join(' '))) {
      for (let j = i; j < i + n; j++) skip.add(j);
      return;
    }
  }
}

interface Found {
  mention: PupilMention;
  last: number;
}

function matchAt(place: NamePlace, i: number, index: NameIndex, k: NameKnowledge, skip: Set<number>): Found | undefined {
  const token = place.tokens[i]!;
  if (!token.capitalised) return lowerCaseFullName(place, i, index, k, skip) ?? lowerCaseFirstName(place, i, index, k);
  if (token.initial) return initialThenSurname(place, i, index, k, skip); // "A. Khan"
  if (token.norm.length < 2 || /^\d/.test(token.norm)) return undefined;
  // "Khan A.", "Smith, A.", "Harpreet Kaur" for a pupil recorded as Kaur Harpreet: the surname first,
  // when the word is no pupil's first name followed by that pupil's surname; "Ali Khan" for Muhammad Ali Khan.
  return (
    matchFirstName(place, i, index, k, skip) ??
    surnameThenInitial(place, i, index, skip) ??
    matchSurnameFirst(place, i, index, skip, true) ??
    laterFirstName(place, i, index, skip) ??
    numbered(place, i, index, k) ??
    surnameAlone(place, i, index, k, skip)
  );
}

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
  const near = text.slice(Math.max(0, start - SCORER_LIST_REACH), start);
  const before = near.slice(near.search(/[^.!?\n]*$/u));
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
function surnameAlone(place: NamePlace, i: number, index: NameIndex, k: NameKnowledge, skip: Set<number>): Found | undefined {
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

/** "Ali Khan" for a pupil recorded as Muhammad Ali Khan: a later word of their first name, then their surname. */
function laterFirstName(place: NamePlace, i: number, index: NameIndex, skip: Set<number>): Found | undefined {
  const pupils = index.byLaterFirst.get(place.tokens[i]!.norm);
  if (!pupils) return undefined;
  const surname = followingSurname(place, i, pupils, index, skip);
  return surname && mention(place, i, surname.last, surname.pupils, true, 'name');
}

/** "kwame1.jpg", "zuzannawojcik2.jpg": a name with a number after it in a file name (a tag's words are split at the number already). */
function numbered(place: NamePlace, i: number, index: NameIndex, k: NameKnowledge): Found | undefined {
  const token = place.tokens[i]!;
  if (token.via !== 'file-name') return undefined;
  const letters = /^(\p{L}{2,})\d+$/u.exec(token.norm)?.[1];
  if (!letters || (!index.byName.has(letters) && !index.byJoined.has(compactName(letters)))) return undefined;
  if (k.wordNames.has(letters) || k.notNames.has(letters) || k.neverNames.has(letters)) return undefined; // "may2026.jpg", "year6"
  const found = index.byJoined.get(compactName(letters));
  if (found) return mention(place, i, i, found, true, 'name');
  const candidates = bestRanked(index.byName.get(letters)!);
  return mention(place, i, i, distinct(pupilsOf(candidates)), false, candidates[0]!.how);
}

/**
 * "well done kwame mensah", "shout out to jack harrowgate": a pupil's first name and surname written in
 * small letters, as in a quick social post. A first name alone in small letters is as likely a word
 * ("christian values", "carol singing"): see lowerCaseFirstName.
 */
function lowerCaseFullName(place: NamePlace, i: number, index: NameIndex, k: NameKnowledge, skip: Set<number>): Found | undefined {
  const token = place.tokens[i]!;
  const candidates = index.byName.get(token.norm);
  if (!candidates || place.caseless || token.norm.length < 2) return undefined;
  if (k.notNames.has(token.norm) || k.neverNames.has(token.norm) || k.timeWords.has(token.norm)) return undefined;
  const next = place.tokens[i + 1];
  if (!next || skip.has(i + 1) || !/^[ \t]+$/.test(gapText(place, token, next))) return undefined;
  // A first name that is also a word only before a surname that is no word or name of its own: "jack harrowgate", not "jack frost".
  if (k.wordNames.has(token.norm) && (k.wordNames.has(next.norm) || k.given.has(next.norm) || k.placeFollowers.has(next.norm) || k.notNames.has(next.norm))) return undefined;
  const withSurname = index.bySurname.get(next.norm);
  if (!withSurname) return undefined;
  const named = bestRanked(candidates).filter((c) => c.how !== 'misspelling');
  let best: { last: number; pupils: Pupil[] } | undefined;
  for (const { pupil } of named) {
    if (!withSurname.includes(pupil)) continue;
    const last = wholeSurnameAt(place, i + 1, index.surnameTokens.get(pupil) ?? [], skip, true);
    if (last === -1) continue;
    if (!best || last > best.last) best = { last, pupils: [pupil] };
    else if (last === best.last && !best.pupils.includes(pupil)) best.pupils.push(pupil);
  }
  return best && mention(place, i, best.last, best.pupils, true, named[0]!.how);
}

/**
 * "well done to oluwaseun!", "amelia scored twice": a pupil's first name alone in small letters, read only
 * where the words around it say a person is meant (praise or thanks right before it, or a verb of something
 * done right after it: `surnameVerbs`), and never a name that is also a word, a month or a place.
 */
function lowerCaseFirstName(place: NamePlace, i: number, index: NameIndex, k: NameKnowledge): Found | undefined {
  if (place.caseless || place.titleCase || place.person) return undefined;
  const token = place.tokens[i]!;
  if (token.via !== 'text' || token.norm.length < 3) return undefined;
  const candidates = index.byName.get(token.norm);
  if (!candidates || k.wordNames.has(token.norm) || k.notNames.has(token.norm) || k.neverNames.has(token.norm) || k.timeWords.has(token.norm)) return undefined;
  const named = bestRanked(candidates).filter((c) => c.how === 'name' || c.how === 'preferred');
  if (named.length === 0) return undefined;
  const next = place.tokens[i + 1];
  const acted = next !== undefined && /^[ \t]+$/.test(gapText(place, token, next)) && k.surnameVerbs.has(next.norm);
  if (!acted && !PRAISED.test(place.segment.text.slice(Math.max(0, token.start - 40), token.start))) return undefined;
  return mention(place, i, i, distinct(pupilsOf(named)), false, named[0]!.how);
}

function matchFirstName(place: NamePlace, i: number, index: NameIndex, k: NameKnowledge, skip: Set<number>): Found | undefined {
  const tokens = place.tokens;
  const token = tokens[i]!;

  // "Smith, Amelia": a surname, a comma, then that pupil's first name.
  const reversed = matchSurnameFirst(place, i, index, skip);
  if (reversed) return reversed;

  let candidates = index.byName.get(token.norm);
  let how: MatchKind | undefined;
  if (!candidates) {
    // "#kwamemensah", "ZuzannaWojcik.jpg": a first name and surname run together in one word.
    const joined = index.byJoined.get(compactName(token.norm));
    if (joined) return mention(place, i, i, joined, true, 'name');
  }
  if (candidates) {
    candidates = bestRanked(candidates);
    how = candidates[0]!.how;
  } else {
    const misspelt = misspelling(token, place, index, k, tokens[i + 1]);
    if (misspelt) {
      candidates = misspelt;
      how = 'misspelling';
    }
  }
  if (!candidates || !how) return undefined;
  const pupils = pupilsOf(candidates);

  // "Mary-Jane", "Mary Jane Whitfield", "Muhammad Ali Khan": the whole of a first name of two words.
  if (index.firstTokens.size > 0) {
    const double = wholeFirstName(place, i, pupils, index, k, skip);
    if (double) return mention(place, i, double.last, double.pupils, double.fullName, how);
  }

  // Surname (whole, or one part of a double-barrelled one), or a surname initial.
  const surname = followingSurname(place, i, pupils, index, skip);
  if (surname) return mention(place, i, surname.last, surname.pupils, true, how);
  if (famousName(place, i, k) > 0) return undefined; // "Florence Nightingale", with a pupil called Florence
  if (storyCharacter(place, i, k, true)) return undefined; // "found Jack's beanstalk", with a pupil called Jack
  if (anotherSurname(place, i, pupils, index, k)) return undefined; // "Arthur Miller", with a pupil Arthur Brown
  const initial = followingInitial(place, i, skip);
  if (initial) {
    const byInitial = withSurnameInitial(pupils, initial.letter, index);
    if (byInitial.length === 0) return undefined; // "Ella R" with no Ella R… in the record: not this pupil
    return mention(place, i, initial.last, byInitial, false, how);
  }
  if (!personByContext(place, i, k, { isName: (t) => index.byName.has(t.norm) })) return undefined;
  if (how === 'misspelling' && !misspeltPersonByContext(place, i, k, { isName: (t) => index.byName.has(t.norm) })) return undefined;
  return mention(place, i, i, distinct(pupils), false, how);
}

// What matchAt works out from a candidate list, kept per list: a record that gives one name to
// thousands of pupils would otherwise cost thousands of steps for every mention of the name.
const bestRankedCache = new WeakMap<Candidate[], Candidate[]>();
const pupilsCache = new WeakMap<Candidate[], Pupil[]>();
const distinctCache = new WeakMap<Pupil[], Pupil[]>();
const positionsCache = new WeakMap<Pupil[], Map<Pupil, number>>();
const initialCache = new WeakMap<Pupil[], Map<string, Pupil[]>>();

/** The candidates of the best kind of match (a name before a nickname before a misspelling). */
function bestRanked(candidates: Candidate[]): Candidate[] {
  let cached = bestRankedCache.get(candidates);
  if (!cached) {
    let best = Number.POSITIVE_INFINITY;
    for (const c of candidates) best = Math.min(best, rank(c.how));
    cached = candidates.filter((c) => rank(c.how) === best);
    bestRankedCache.set(candidates, cached);
  }
  return cached;
}

function pupilsOf(candidates: Candidate[]): Pupil[] {
  let cached = pupilsCache.get(candidates);
  if (!cached) pupilsCache.set(candidates, (cached = candidates.map((c) => c.pupil)));
  return cached;
}

function distinct(pupils: Pupil[]): Pupil[] {
  let cached = distinctCache.get(pupils);
  if (!cached) distinctCache.set(pupils, (cached = [...new Set(pupils)]));
  return cached;
}

/** Each pupil's first place in the list. */
function positions(pupils: Pupil[]): Map<Pupil, number> {
  let cached = positionsCache.get(pupils);
  if (!cached) {
    cached = new Map();
    for (let i = 0; i < pupils.length; i++) if (!cached.has(pupils[i]!)) cached.set(pupils[i]!, i);
    positionsCache.set(pupils, cached);
  }
  return cached;
}

function withSurnameInitial(pupils: Pupil[], letter: string, index: NameIndex): Pupil[] {
  let byLetter = initialCache.get(pupils);
  if (!byLetter) initialCache.set(pupils, (byLetter = new Map()));
  let cached = byLetter.get(letter);
  if (!cached) byLetter.set(letter, (cached = pupils.filter((p) => (index.surnameTokens.get(p)?.[0] ?? '').startsWith(letter))));
  return cached;
}

function mention(place: NamePlace, first: number, last: number, pupils: Pupil[], fullName: boolean, how: MatchKind): Found {
  const start = place.tokens[first]!.start;
  const segment = place.segment;
  const end = nameEnd(segment.text, place.tokens[last]!);
  const m: PupilMention = {
    pupils,
    text: segment.text.slice(start, end),
    fullName,
    offset: sourceOffset(segment, start),
    endOffset: sourceOffset(segment, end),
    textStart: start,
    textEnd: end,
    segment,
    via: place.tokens[first]!.via,
    match: how,
  };
  if (place.attachment) m.attachment = place.attachment;
  return { mention: m, last };
}

const SURNAME_GAP = /^[\s_-]*$/;
/** The small words that open many surnames and are written in small letters: "Daan van der Berg", "Dafydd ap Rhys", "Maria de la Cruz". */
const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ap', 'ab', 'ni', 'nic', 'mac', 'bin', 'binti', 'bint', 'al', 'el', 'ter', 'ten', 'st']);
const POSSESSIVE_END = /(?<=\p{L})['’]s?$/u;

/** Where a name that ends with `last` ends, without its possessive: "Oluwaseun's dad" is about Oluwaseun. */
export function nameEnd(text: string, last: { start: number; end: number }): number {
  return last.end - (POSSESSIVE_END.exec(text.slice(last.start, last.end))?.[0].length ?? 0);
}

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

function followingSurname(place: NamePlace, i: number, pupils: Pupil[], index: NameIndex, skip: Set<number>): { last: number; pupils: Pupil[] } | undefined {
  const tokens = place.tokens;
  // Either kind of match needs the next word to be a capitalised part of the pupil's surname, right
  // after the name: only the pupils with that surname part can match (in their order in `pupils`).
  const next = tokens[i + 1];
  if (!next || skip.has(i + 1) || !(next.capitalised || place.caseless || SURNAME_PARTICLES.has(next.norm)) || !SURNAME_GAP.test(gapText(place, tokens[i]!, next))) return undefined;
  // "Mac Donald", "O Connor": a surname written in two words.
  const after = tokens[i + 2];
  const split = after && !skip.has(i + 2) && (after.capitalised || place.caseless) && /^[\s'’]$/.test(gapText(place, next, after)) ? index.bySurname.get(compactName(next.norm + after.norm)) : undefined;
  const single = index.bySurname.get(next.norm);
  const withPart = single && split ? [...single, ...split] : (single ?? split);
  if (!withPart) return undefined;
  const at = positions(pupils);
  // (A list naming a pupil twice is walked whole, as it always was.)
  const suspects = at.size === pupils.length ? [...new Set(withPart)].filter((p) => at.has(p)).sort((a, b) => at.get(a)! - at.get(b)!) : pupils;
  let best: { last: number; pupils: Pupil[] } | undefined;
  for (const pupil of suspects) {
    const surname = index.surnameTokens.get(pupil) ?? [];
    if (surname.length === 0) continue;
    // Whole surname ("Smith-Jones", "De La Cruz") or any one part of it ("Smith").
    let matched = 0;
    for (let j = 0; j < surname.length; j++) {
      const next = tokens[i + 1 + j];
      const prev = tokens[i + j]!;
      if (!next || skip.has(i + 1 + j) || next.norm !== surname[j] || !SURNAME_GAP.test(gapText(place, prev, next)) || !(next.capitalised || place.caseless || (j < surname.length - 1 && SURNAME_PARTICLES.has(next.norm)))) break;
      matched++;
    }
    let last = matched === surname.length ? i + matched : -1;
    if (last === -1) {
      const next = tokens[i + 1];
      if (next && !skip.has(i + 1) && (next.capitalised || place.caseless) && SURNAME_GAP.test(gapText(place, tokens[i]!, next)) && (surname.includes(next.norm) || surnameSpelling(surname, next.norm))) last = i + 1;
    }
    if (last === -1 && split?.includes(pupil) && surnameSpelling(surname, compactName(next.norm + after!.norm))) last = i + 2;
    if (last === -1) continue;
    if (!best || last > best.last) best = { last, pupils: [pupil] };
    else if (last === best.last) best.pupils.push(pupil);
  }
  return best;
}

/** Whether `word` is the surname (tokens) without its apostrophes, whole or one part: "oconnor" for O'Connor. */
function surnameSpelling(surname: string[], word: string): boolean {
  if (compactName(surname.join('')) === word) return true;
  return surname.some((part) => compactName(part) === word);
}

/**
 * A first name followed by someone else's surname names that person, not the pupil ("The Crucible by
 * Arthur Miller", "the statue of Edward Colston", with a pupil Arthur Brown and one Edward Wilson), as
 * "Ella R" is not an Ella whose surname starts otherwise. Only in ordinary text (not a title-case
 * heading or a file name), for a capitalised word right after the name in mid-sentence that is not a
 * pupil's name (a list), a middle name before the surname, nor a spelling of a candidate's surname
 * ("Browne"), and only when every candidate has a surname in the record to compare with.
 */
function anotherSurname(place: NamePlace, i: number, pupils: Pupil[], index: NameIndex, k: NameKnowledge): boolean {
  if (place.caseless || place.titleCase) return false;
  const next = place.tokens[i + 1];
  if (!next || !next.capitalised || next.sentenceStart || next.initial || next.via !== 'text') return false;
  if (gapText(place, place.tokens[i]!, next) !== ' ' || next.norm.length < 2 || /\d/.test(next.norm)) return false;
  if (index.byName.has(next.norm)) return false; // "Arthur Olivia and Sam": a list of pupils
  const after = place.tokens[i + 2];
  const middleName = k.given.has(next.norm) && after?.capitalised === true ? after.norm : ''; // "Olivia Grace Smith"
  // Judged once per list of same-name pupils and word: a name shared by thousands of pupils.
  let verdicts = anotherSurnameCache.get(pupils);
  if (!verdicts) anotherSurnameCache.set(pupils, (verdicts = new Map()));
  const key = `${next.norm}\u0000${middleName}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = pupils.every((pupil) => {
      const surname = index.surnameTokens.get(pupil) ?? [];
      return surname.length > 0 && !surname.some((part) => part === middleName || similarity(part, next.norm) >= SURNAME_SPELLING);
    });
    verdicts.set(key, verdict);
  }
  return verdict;
}

const anotherSurnameCache = new WeakMap<Pupil[], Map<string, boolean>>();

/** Jaro-Winkler likeness above which a word is taken for a spelling of a surname ("Browne", "Smyth"). */
const SURNAME_SPELLING = 0.85;

function followingInitial(place: NamePlace, i: number, skip: Set<number>): { letter: string; last: number } | undefined {
  const next = place.tokens[i + 1];
  if (!next || skip.has(i + 1) || !next.initial) return undefined;
  if (!/^\p{Lu}$/u.test(next.raw) && !place.caseless) return undefined;
  if (!/^[\s-]*$/.test(gapText(place, place.tokens[i]!, next))) return undefined;
  // "Amy S. won" — but not "Amy I think" or "Ella A and B"
  if (!place.caseless && /^(?:I|A)$/.test(next.raw) && !/^\./.test(place.segment.text.slice(next.end))) return undefined;
  return { letter: next.norm, last: i + 1 };
}

/**
 * "Smith, Amelia": a surname, a comma and that pupil's first name. `spaced`: or with only a space between,
 * "Mensah Kwame", "#MensahKwame" (asked only once the first word is no pupil's first name before that pupil's surname).
 */
function matchSurnameFirst(place: NamePlace, i: number, index: NameIndex, skip: Set<number>, spaced = false): Found | undefined {
  const tokens = place.tokens;
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || place.caseless || !next.capitalised || skip.has(i + 1)) return undefined;
  const gap = gapText(place, token, next);
  // (In a hashtag the words have nothing between them: "#MensahKwame".)
  if (!/^\s*,\s*$/.test(gap) && !(spaced && (gap === ' ' || (gap === '' && token.via !== 'text')))) return undefined;
  const bySurname = index.bySurname.get(token.norm);
  if (!bySurname) return undefined;
  const firsts = index.byName.get(next.norm);
  if (!firsts) return undefined;
  const pupils = firsts.filter((c) => bySurname.includes(c.pupil) && (index.surnameTokens.get(c.pupil) ?? []).length === 1);
  if (pupils.length === 0) return undefined;
  return mention(place, i, i + 1, pupils.map((c) => c.pupil), true, pupils[0]!.how);
}

/**
 * Pupils with a first name of several words whose every word follows here ("Mary-Jane", "Mary Jane",
 * "Muhammad Ali"), then their surname if it follows. The first name alone must not be a famous one
 * ("Muhammad Ali" is the boxer, "Muhammad Ali Khan" the pupil) nor wholly words ("Summer Rose").
 */
function wholeFirstName(place: NamePlace, i: number, pupils: Pupil[], index: NameIndex, k: NameKnowledge, skip: Set<number>): { last: number; pupils: Pupil[]; fullName: boolean } | undefined {
  const tokens = place.tokens;
  let best: { last: number; pupils: Pupil[] } | undefined;
  for (const pupil of distinct(pupils)) {
    const firsts = index.firstTokens.get(pupil);
    if (!firsts || firsts[0] !== tokens[i]!.norm) continue;
    let j = 1;
    for (; j < firsts.length; j++) {
      const next = tokens[i + j];
      if (!next || skip.has(i + j) || next.norm !== firsts[j] || !(next.capitalised || place.caseless) || !/^[\s-]$/.test(gapText(place, tokens[i + j - 1]!, next))) break;
    }
    if (j < firsts.length) continue;
    const last = i + firsts.length - 1;
    if (!best || last > best.last) best = { last, pupils: [pupil] };
    else if (last === best.last) best.pupils.push(pupil);
  }
  if (!best) return undefined;
  const surname = followingSurname(place, best.last, best.pupils, index, skip);
  if (surname) return { last: surname.last, pupils: surname.pupils, fullName: true };
  if (famousName(place, i, k) > 0) return undefined;
  if (tokens.slice(i, best.last + 1).every((t) => k.wordNames.has(t.norm))) return undefined;
  return { ...best, fullName: false };
}

/** Whether `raw` is an initial written as one: a capital letter with a full stop after it, or another capital than "A" or "I" (words of their own). */
function initialWritten(place: NamePlace, token: NameToken): boolean {
  if (!/^\p{Lu}$/u.test(token.raw) && !place.caseless) return false;
  if (place.segment.text.charCodeAt(token.end) === 0x2e) return true;
  return !/^[AI]$/.test(token.raw);
}

/** The pupils among `pupils` whose first or preferred name starts with `letter`. */
function withFirstInitial(pupils: Pupil[], letter: string): Pupil[] {
  return pupils.filter((p) => [p.firstName, p.preferredName ?? ''].some((name) => normaliseName(name).startsWith(letter)));
}

/** "A. Khan", "Z Wójcik": a first name's initial and then a pupil's whole surname (not after a title: "Mr A. Khan" is skipped). */
function initialThenSurname(place: NamePlace, i: number, index: NameIndex, k: NameKnowledge, skip: Set<number>): Found | undefined {
  const tokens = place.tokens;
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || skip.has(i + 1) || !(next.capitalised || place.caseless) || next.initial || !initialWritten(place, token)) return undefined;
  if (!/^\.?[ \t_-]*$/.test(gapText(place, token, next)) || gapText(place, token, next) === '') return undefined;
  const withSurname = index.bySurname.get(next.norm);
  if (!withSurname) return undefined;
  // "Appendix A. Smith Road", "Plan B. Khan Academy": a letter that labels the word before it.
  const before = tokens[i - 1];
  if (before && LETTER_LABELS.has(before.norm) && /^\s+$/.test(gapText(place, before, token))) return undefined;
  const pupils = withFirstInitial([...new Set(withSurname)], token.norm);
  let best: { last: number; pupils: Pupil[] } | undefined;
  for (const pupil of pupils) {
    const last = wholeSurnameAt(place, i + 1, index.surnameTokens.get(pupil) ?? [], skip);
    if (last === -1) continue;
    // "A. Smith Road": a street's name.
    const after = tokens[last + 1];
    if (after && after.capitalised && k.placeFollowers.has(after.norm) && /^\s+$/.test(gapText(place, tokens[last]!, after))) continue;
    if (!best || last > best.last) best = { last, pupils: [pupil] };
    else if (last === best.last) best.pupils.push(pupil);
  }
  return best && mention(place, i, best.last, best.pupils, false, 'name');
}

/** Words a letter labels when it follows them ("Appendix A", "Plan B", "Class C"): the letter is no one's initial. */
const LETTER_LABELS = new Set(['appendix', 'annex', 'plan', 'grade', 'class', 'section', 'part', 'block', 'room', 'table', 'figure', 'fig', 'option', 'type', 'group', 'set', 'level', 'step', 'team', 'form', 'vitamin', 'division', 'league', 'zone', 'gate', 'platform', 'stage', 'unit', 'question', 'exhibit', 'route']);

/** "Khan A.", "Smith, A.", "Mensah K" in a list: a pupil's whole surname, then their first name's initial. */
function surnameThenInitial(place: NamePlace, i: number, index: NameIndex, skip: Set<number>): Found | undefined {
  const withSurname = index.bySurname.get(place.tokens[i]!.norm);
  if (!withSurname) return undefined;
  let best: { last: number; pupils: Pupil[] } | undefined;
  for (const pupil of new Set(withSurname)) {
    const end = wholeSurnameAt(place, i, index.surnameTokens.get(pupil) ?? [], skip);
    const initial = end === -1 ? undefined : place.tokens[end + 1];
    if (!initial || skip.has(end + 1) || !initial.initial || !initialWritten(place, initial)) continue;
    if (!/^,?[ \t]+$/.test(gapText(place, place.tokens[end]!, initial))) continue;
    // The initial ends the name: a full stop, a comma, a bracket or the end follows ("Khan A won" is not a list's).
    const after = place.segment.text.slice(initial.end, initial.end + 1);
    if (after !== '' && !/^[.,;:)\]!\n]$/.test(after)) continue;
    if (withFirstInitial([pupil], initial.norm).length === 0) continue;
    if (/^levels?$/.test(place.tokens[end + 2]?.norm ?? '')) continue; // "Khan A. level results": the exam
    const last = end + 1;
    if (!best || last > best.last) best = { last, pupils: [pupil] };
    else if (last === best.last) best.pupils.push(pupil);
  }
  return best && mention(place, i, best.last, best.pupils, false, 'name');
}

/** The last token of `surname` written whole from token `at` (capitalised, joined by spaces or hyphens), or -1. */
function wholeSurnameAt(place: NamePlace, at: number, surname: string[], skip: Set<number>, anyCase = false): number {
  if (surname.length === 0) return -1;
  for (let j = 0; j < surname.length; j++) {
    const token = place.tokens[at + j];
    if (!token || skip.has(at + j) || token.norm !== surname[j] || !(token.capitalised || place.caseless || anyCase || (j < surname.length - 1 && SURNAME_PARTICLES.has(token.norm)))) return -1;
    if (j > 0 && !SURNAME_GAP.test(gapText(place, place.tokens[at + j - 1]!, token))) return -1;
  }
  return at + surname.length - 1;
}

function gapText(place: NamePlace, a: NameToken, b: NameToken): string {
  return place.segment.text.slice(a.end, b.start);
}

type JaroWinkler = (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
let jaroWinkler: JaroWinkler | undefined;

/** natural's Jaro-Winkler, loaded on first use (one file, not the whole package). */
export function similarity(a: string, b: string): number {
  jaroWinkler ??= createRequire(import.meta.url)('natural/lib/natural/distance/jaro-winkler_distance.js') as JaroWinkler;
  return jaroWinkler(a, b);
}

/**
 * A capitalised word that is not itself a known given name but is within a typo of a pupil's name
 * ("Amelai" for Amelia). Compared only with names that share its first letter and are of similar length.
 */
function misspelling(token: NameToken, place: NamePlace, index: NameIndex, k: NameKnowledge, next: NameToken | undefined): Candidate[] | undefined {
  if (token.norm.length < MISSPELLING_MIN_LENGTH || (place.caseless && !place.person)) return undefined;
  if (k.notNames.has(token.norm) || k.neverNames.has(token.norm) || k.wordNames.has(token.norm)) return undefined;
  // A real name of its own ("Isabela", "Maria") is only taken for a pupil's when their surname follows.
  const surnameFollows = next !== undefined && index.bySurname.has(next.norm);
  if (k.given.has(token.norm) && !surnameFollows) return undefined;
  if (token.sentenceStart && !place.person && !surnameFollows) return undefined;
  const bestName = closestName(token.norm, index);
  if (!bestName) return undefined;
  // The same misspelling (and surname, where one is needed) gives the same list: made once per index.
  const needsSurname = k.given.has(token.norm);
  const key = `${bestName}\u0000${needsSurname ? (next?.norm ?? '') : ''}`;
  let memo = misspeltCache.get(index);
  if (!memo) misspeltCache.set(index, (memo = new Map()));
  let candidates = memo.get(key);
  if (!candidates) {
    candidates = (index.byName.get(bestName) ?? [])
      .filter((c) => !needsSurname || (index.surnameTokens.get(c.pupil) ?? []).includes(next?.norm ?? '')).filter((c) => c.how === 'name' || c.how === 'preferred').map((c) => ({ pupil: c.pupil, how: 'misspelling' as const }));
    memo.set(key, candidates);
  }
  return candidates;
}

const misspeltCache = new WeakMap<NameIndex, Map<string, Candidate[]>>();
const closestCache = new WeakMap<NameIndex, Map<string, string | null>>();

/** The pupil name (same first letter, similar length) most like `word`, if like enough. */
function closestName(word: string, index: NameIndex): string | undefined {
  let memo = closestCache.get(index);
  if (!memo) closestCache.set(index, (memo = new Map()));
  const known = memo.get(word);
  if (known !== undefined) return known ?? undefined;
  let best = 0;
  let bestName: string | undefined;
  for (const name of index.fuzzy.get(word[0]!) ?? []) {
    if (Math.abs(name.length - word.length) > 2) continue;
    const score = similarity(word, name);
    if (score > best) {
      best = score;
      bestName = name;
    }
  }
  const found = bestName && best >= MISSPELLING_THRESHOLD ? bestName : undefined;
  memo.set(word, found ?? null);
  return found;
}
