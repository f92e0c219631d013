// The consent record indexed for matching: every pupil by first, preferred, nickname and variant
// spellings of their first name, by surname (and its spellings), by first name and surname run
// together; the staff and allowed names of the config; and what matching works out per candidate list.
import type { ResolvedConfig } from '../config/schema.js';
import { normaliseWord } from '../lexicons/tokenize.js';
import { TITLES } from './adult-names.js';
import { nameKnowledge, type NameKnowledge } from './knowledge.js';
import { MISSPELLING_MIN_LENGTH } from './misspelling.js';
import { plainLetters } from './name-tokens.js';
import type { ConsentRecord, Pupil } from './record.js';

/** How the words matched the record: by a first name (as recorded, preferred, a nickname, a variant spelling, misspelt) or by the surname alone. */
export type MatchKind = 'name' | 'preferred' | 'nickname' | 'variant' | 'misspelling' | 'surname';

export interface Candidate {
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
export function compactName(norm: string): string {
  return norm.includes("'") ? norm.replace(/'/g, '') : norm;
}

function rank(how: MatchKind): number {
  return ['name', 'preferred', 'variant', 'nickname', 'misspelling', 'surname'].indexOf(how);
}

// What matchAt works out from a candidate list, kept per list: a record that gives one name to
// thousands of pupils would otherwise cost thousands of steps for every mention of the name.
const bestRankedCache = new WeakMap<Candidate[], Candidate[]>();
const pupilsCache = new WeakMap<Candidate[], Pupil[]>();
const distinctCache = new WeakMap<Pupil[], Pupil[]>();
const positionsCache = new WeakMap<Pupil[], Map<Pupil, number>>();
const initialCache = new WeakMap<Pupil[], Map<string, Pupil[]>>();

/** The candidates of the best kind of match (a name before a nickname before a misspelling). */
export function bestRanked(candidates: Candidate[]): Candidate[] {
  let cached = bestRankedCache.get(candidates);
  if (!cached) {
    let best = Number.POSITIVE_INFINITY;
    for (const c of candidates) best = Math.min(best, rank(c.how));
    cached = candidates.filter((c) => rank(c.how) === best);
    bestRankedCache.set(candidates, cached);
  }
  return cached;
}

export function pupilsOf(candidates: Candidate[]): Pupil[] {
  let cached = pupilsCache.get(candidates);
  if (!cached) pupilsCache.set(candidates, (cached = candidates.map((c) => c.pupil)));
  return cached;
}

export function distinct(pupils: Pupil[]): Pupil[] {
  let cached = distinctCache.get(pupils);
  if (!cached) distinctCache.set(pupils, (cached = [...new Set(pupils)]));
  return cached;
}

/** Each pupil's first place in the list. */
export function positions(pupils: Pupil[]): Map<Pupil, number> {
  let cached = positionsCache.get(pupils);
  if (!cached) {
    cached = new Map();
    for (let i = 0; i < pupils.length; i++) if (!cached.has(pupils[i]!)) cached.set(pupils[i]!, i);
    positionsCache.set(pupils, cached);
  }
  return cached;
}

export function withSurnameInitial(pupils: Pupil[], letter: string, index: NameIndex): Pupil[] {
  let byLetter = initialCache.get(pupils);
  if (!byLetter) initialCache.set(pupils, (byLetter = new Map()));
  let cached = byLetter.get(letter);
  if (!cached) byLetter.set(letter, (cached = pupils.filter((p) => (index.surnameTokens.get(p)?.[0] ?? '').startsWith(letter))));
  return cached;
}

/** The pupils among `pupils` whose first or preferred name starts with `letter`. */
export function withFirstInitial(pupils: Pupil[], letter: string): Pupil[] {
  return pupils.filter((p) => [p.firstName, p.preferredName ?? ''].some((name) => normaliseName(name).startsWith(letter)));
}

