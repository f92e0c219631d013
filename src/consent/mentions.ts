// Finds where a post uses a pupil from the consent record: in its text, headings, alt text, captions,
// front matter, attachment file names, hashtags and @mentions, and the people tags embedded in its
// images. Matching ignores case, accents and punctuation, and knows possessives, preferred names,
// nicknames and spelling variants (lexicons/nicknames.yaml), surnames (double-barrelled, "Surname,
// First" order), surname initials, and — for longer names — misspellings (Jaro-Winkler).
import type { ResolvedConfig } from '../config/schema.js';
import type { Post } from '../core/types.js';
import { adultSpans, titledFirstNames, titledSurnames } from './adult-names.js';
import { famousName, storyCharacter, titleAfterFamous } from './famous-names.js';
import { nameKnowledge, type NameKnowledge } from './knowledge.js';
import { misspelling, similarity } from './misspelling.js';
import { misspeltPersonByContext, personByContext, PRAISED } from './name-context.js';
import { bestRanked, compactName, distinct, nameIndex, positions, pupilsOf, withFirstInitial, withSurnameInitial, type MatchKind, type NameIndex } from './name-index.js';
import { gapText, mention, SURNAME_GAP, SURNAME_PARTICLES, wholeSurnameAt, type Found, type PupilMention } from './name-spans.js';
import { namePlaces, type NamePlace, type NameToken } from './name-tokens.js';
import type { ConsentRecord, Pupil } from './record.js';
import { movedTo, SameTextFinds } from './same-text.js';
import { surnameAlone } from './surname-alone.js';

export type { MatchKind } from './name-index.js';
export type { PupilMention } from './name-spans.js';

const mentionCache = new WeakMap<Post, WeakMap<ConsentRecord, PupilMention[]>>();

export function findPupilMentions(post: Post, record: ConsentRecord, config: ResolvedConfig): PupilMention[] {
  let byRecord = mentionCache.get(post);
  if (!byRecord) mentionCache.set(post, (byRecord = new WeakMap()));
  const cached = byRecord.get(record);
  if (cached) return cached;
  const k = nameKnowledge();
  const index = nameIndex(record, config, k);
  const mentions: PupilMention[] = [];
  const places = namePlaces(post);
  const sameText = new SameTextFinds<PupilMention>();
  for (const place of places) {
    const earlier = sameText.earlier(place);
    if (earlier) {
      for (const found of earlier) mentions.push(movedTo(found, place));
      continue;
    }
    const first = mentions.length;
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
    sameText.remember(place, mentions.slice(first));
  }
  byRecord.set(record, mentions);
  return mentions;
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

