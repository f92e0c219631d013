// A pupil's name misspelt ("Amelai" for Amelia): natural's Jaro-Winkler, loaded on first use, against
// the record's longer first names that share the word's first letter.
import { createRequire } from 'node:module';
import type { NameKnowledge } from './knowledge.js';
import type { Candidate, NameIndex } from './name-index.js';
import type { NamePlace, NameToken } from './name-tokens.js';

/** Jaro-Winkler similarity at or above which a longer capitalised word is taken for a misspelt pupil name (see tests/consent/fuzzy.test.ts). */
export const MISSPELLING_THRESHOLD = 0.9;
/** Misspellings are only considered for names at least this long: short names are too close to one another. */
export const MISSPELLING_MIN_LENGTH = 5;

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
export function misspelling(token: NameToken, place: NamePlace, index: NameIndex, k: NameKnowledge, next: NameToken | undefined): Candidate[] | undefined {
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
