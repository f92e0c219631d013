// Adults in a post: a title and the capitalised words after it ("Mrs Patel", "Church Warden Bill
// Sivewright"), the staff and allowed names of the config, and the first names and surnames a post
// gives a titled adult (the same word alone later is that adult, not a pupil).
import type { Post } from '../core/types.js';
import type { StaffIndex } from './name-index.js';
import { forEachNameWord, type NamePlace } from './name-tokens.js';

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
export function titledSurnames(post: Post, places: NamePlace[]): Set<string> {
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
