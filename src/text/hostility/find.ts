// Finding hostility in a text: which words are worth a look, the reading with obfuscation undone, the
// phrase matches (with threats split round "them"), sentences and quotation marks; each sentence is then
// judged by judgeSentence (judge.ts).
import { type Token as BaseToken, tokenize } from '../../lexicons/tokenize.js';
import { articleGlued, gluedBefore, hostileTokens, mayReadDifferently, wordTokens, type HostileToken as Token } from '../deobfuscate.js';
import { type PhraseMatch, withoutPossessive } from '../../lexicons/matcher.js';
import { firstWhere } from '../../core/search.js';
import type { Gapped, Hit, HostileFinding, HostilityModel, Identity, Term } from './types.js';
import { GAP_RELATIVE_WORDS, HOSTILE_ROLES, OBJECT_LEAD, PERSONISH, RELATIVE_AFTER_SUBJECT, SENTENCE_END } from './vocabulary.js';
import { doneToAThing, kindlyMeant, harmTold, inCompound, thingSubject } from './harmless.js';
import { identities } from './groups.js';
import { judgeSentence } from './judge.js';
import { quoteEndorsed } from './endorsed-quote.js';
import { hasModalBefore } from './targets.js';

/** British "dead" as an intensifier: "dead proud", "dead easy". */
const INTENSIFIED = new Set(['proud', 'good', 'easy', 'excited', 'chuffed', 'happy', 'funny', 'nice', 'cool', 'lucky', 'keen', 'right', 'serious', 'impressed', 'pleased', 'brilliant', 'quiet', 'tired', 'busy', 'posh', 'clever']);
/** "dead on their feet", "a dead heat", "a dead ball", "a dead end", "the dead of night". */
const DEAD_IDIOM = new Set(['on', 'heat', 'ball', 'balls', 'end', 'ends', 'set', 'of', 'loss', 'rubber', 'cert', 'certain', 'ringer', 'weight', 'wood', 'line', 'centre', 'level', 'straight', 'still', 'silence', 'calm', 'slow', 'beat', 'tired', 'last']);
/** Violence named as an event after a definite determiner ("the attack on …", "that shooting"). */
const EVENT_NOUN = new Set(['attack', 'attacks', 'shooting', 'shootings', 'stabbing', 'stabbings', 'bombing', 'bombings', 'killing', 'killings', 'murder', 'murders', 'massacre', 'massacres', 'beating', 'lynching', 'lynchings']);
const EVENT_DETERMINER = new Set(['the', 'this', 'that', 'these', 'those', 'recent', 'latest']);
/** Where or when it happened: "in the attack", "after the shooting", "since that bombing". */
const EVENT_TIME = new Set(['in', 'after', 'since', 'during', 'before', 'following', 'by', 'from', 'of', 'about', 'over']);
/** Violent verbs that are also a trade (hate10): "a Muslim butcher", "our local butcher's". */
const TRADE = new Set(['butcher', 'butchers']);
const TRADE_DETERMINER = new Set(['a', 'an', 'the', 'our', 'my', 'your', 'their', 'local', 'village', 'family', 'new', 'halal', 'kosher']);

/**
 * A violent verb that names a trade, a noun after a determiner (over one describing word, a group's adjective among
 * them): "Our village has a Muslim butcher", "the local butcher sponsored the kit". Not "butcher the X" (a verb, its
 * object after it, no determiner before).
 */
function tradeNamed(m: PhraseMatch<Term>, tokens: Token[]): boolean {
  if (m.firstToken !== m.lastToken || !TRADE.has(m.term)) return false;
  return TRADE_DETERMINER.has(tokens[m.firstToken - 1]?.norm ?? '') || TRADE_DETERMINER.has(tokens[m.firstToken - 2]?.norm ?? '');
}

/** "You'll die laughing", "cakes to die for". */
const DIE_IDIOM = new Set(['laughing', 'for', 'of']);

/**
 * A dehumanising word that is someone's own animal or thing, a verb's object with the possessive right before it:
 * "found my dog", "walks their dogs", "put our rubbish out", "found our school dog" (hate8). Not said of someone over a copula ("X are our
 * cancer"), nor the animal a group is ranked below ("My dog deserves more respect than X", "I'd trust my dog
 * before X", "Even my dog has more sense").
 */
function ownedLiterally(m: PhraseMatch<Term>, tokens: Token[]): boolean {
  // The possessive right before, or before one word naming whose it is: "our school dog", "the class pet rats".
  const at = POSSESSIVE.has(tokens[m.firstToken - 1]?.norm ?? '') ? m.firstToken - 1 : POSSESSIVE.has(tokens[m.firstToken - 2]?.norm ?? '') && /^[a-z]+$/.test(tokens[m.firstToken - 1]!.norm) ? m.firstToken - 2 : -1;
  const lead = tokens[at - 1]?.norm;
  if (at < 0 || lead === undefined || BE.has(lead) || !/^[a-z]+$/.test(lead) || NOT_A_VERB.has(lead)) return false;
  for (let k = Math.max(0, m.firstToken - 6); k <= Math.min(tokens.length - 1, m.lastToken + 10); k++) if (RANKING.has(tokens[k]!.norm)) return false;
  return true;
}
const POSSESSIVE = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been', 'theyre', 'youre']);
const NOT_A_VERB = new Set(['even', 'than', 'as', 'like', 'and', 'or', 'but', 'so', 'because', 'if', 'when', 'then', 'only', 'just']);
const RANKING = new Set(['than', 'rather', 'before', 'over', 'sooner']);

/**
 * The words as the grammar reads them, disguises undone, or undefined when nothing in them is worth a
 * closer look. With no word that may read differently the plain words are returned as they are:
 * undoing disguises would give them back unchanged (tests/text/hostile-reading.test.ts).
 */
export function hostileReading(text: string, model: HostilityModel, words: BaseToken[]): Token[] | undefined {
  const look = worthALook(words, model, text);
  if (look === 'nothing') return undefined;
  if (look === 'as-written') return words;
  return disguisedReading(text, model, words);
}

/** The words with every disguise undone, or undefined when nothing in them is worth a closer look (exported for tests). */
export function disguisedReading(text: string, model: HostilityModel, words: BaseToken[]): Token[] | undefined {
  const tokens = hostileTokens(text, model.vocabulary, model.variants, model.known, words, model.kinds);
  return tokens.length > 0 && worthALook(tokens, model, undefined, text.includes('?')) !== 'nothing' ? tokens : undefined;
}

/** `words`: the text's plain word tokens, when the caller has them already. */
export function findHostility(text: string, model: HostilityModel, words: BaseToken[] = tokenize(text)): HostileFinding[] {
  // Most paragraphs hold no hostile word however they are read: settled on the plain words first,
  // without undoing disguises (which only matters where a word may read differently).
  const tokens = hostileReading(text, model, words);
  if (!tokens) return [];
  // A word inside a longer phrase of the same role ("die" in "deserves to die") is the phrase.
  const all = withGapped(model.matcher().match(text, tokens), tokens, text, model.gapped);
  const containers = containersOf(all);
  const matches = all.filter(
    (m) =>
      !containers(m).some(
        (o) =>
          o !== m &&
          (o.entry.role === m.entry.role || (HOSTILE_ROLES.has(o.entry.role) && HOSTILE_ROLES.has(m.entry.role))) &&
          o.firstToken <= m.firstToken &&
          o.lastToken >= m.lastToken &&
          o.lastToken - o.firstToken > m.lastToken - m.firstToken,
      ) &&
      !(m.entry.role === 'threat' && m.term === 'dead' && (INTENSIFIED.has(tokens[m.lastToken + 1]?.norm ?? '') || DEAD_IDIOM.has(tokens[m.lastToken + 1]?.norm ?? ''))) &&
      !(m.entry.role === 'threat' && (m.term === 'die' || m.term === 'dies') && DIE_IDIOM.has(tokens[m.lastToken + 1]?.norm ?? '')) &&
      !(m.entry.role === 'threat' && harmTold(m, tokens, text)) &&
      // "killed in the attack on the mosque", "after the shooting": an event named where or when it happened, told.
      !((m.entry.role === 'threat' || m.entry.role === 'harm-verb') && EVENT_NOUN.has(m.term) && EVENT_DETERMINER.has(tokens[m.firstToken - 1]?.norm ?? '') && EVENT_TIME.has(tokens[m.firstToken - 2]?.norm ?? '')) &&
      !(m.entry.role === 'threat' && doneToAThing(m, tokens)) &&
      !((m.entry.role === 'threat' || m.entry.role === 'harm-verb') && tradeNamed(m, tokens)) &&
      !(m.entry.role === 'threat' && kindlyMeant(m, tokens)) &&
      !(m.entry.role === 'threat' && (inCompound(m, tokens, text) || thingSubject(m, tokens))) &&
      !(m.entry.role === 'dehumanising' && ownedLiterally(m, tokens)),
  );
  if (!matches.some((m) => HOSTILE_ROLES.has(m.entry.role))) return [];

  const sentenceOf = sentenceIds(text, tokens);
  // A quotation the writer agrees with is the writer's own remark: its marks soften nothing.
  const quotes = quoteEndorsed(matches, quoteSpans(text), tokens, text) ? [] : quoteSpans(text);
  const hits: Hit[] = matches.map((match) => ({ match, role: match.entry.role, term: match.entry, fuzzy: tokens.slice(match.firstToken, match.lastToken + 1).some((t) => t.fuzzy === true) }));
  const bySentence = new Map<number, Hit[]>();
  for (const hit of hits) {
    const id = sentenceOf[hit.match.firstToken]!;
    const list = bySentence.get(id) ?? [];
    list.push(hit);
    bySentence.set(id, list);
  }
  const identityBySentence = new Map<number, Identity[]>();
  for (const [id, list] of bySentence) identityBySentence.set(id, identities(list, tokens, text));

  const bounds = new Map<number, [number, number]>();
  sentenceOf.forEach((id, index) => {
    const b = bounds.get(id);
    if (b) b[1] = index;
    else bounds.set(id, [index, index]);
  });
  const findings: HostileFinding[] = [];
  for (const [id, list] of bySentence) {
    if (!list.some((h) => HOSTILE_ROLES.has(h.role))) continue;
    // Only a quotation around one of the sentence's hits can matter to it.
    let from = Number.POSITIVE_INFINITY;
    let to = 0;
    for (const hit of list) {
      from = Math.min(from, hit.match.start);
      to = Math.max(to, hit.match.end);
    }
    // A label ending in a colon frames what follows: "Our Year 9 debate: should X be …?"
    const previous = bounds.get(id - 1);
    const framed =
      previous !== undefined &&
      text.slice(tokens[previous[1]]!.end, tokens[previous[1] + 1]?.start ?? text.length).includes(':') &&
      (bySentence.get(id - 1) ?? []).some((h) => h.role === 'counter');
    // A short denial right after answers the remark: "… say X are ruining the country. They aren't."
    const next = bounds.get(id + 1);
    let answered = next !== undefined && next[1] - next[0] < 5 && DENIAL_OPENING.has(tokens[next[0]]!.norm);
    if (answered) {
      let denies = false;
      for (let k = next![0]; k <= next![1] && answered; k++) {
        const word = tokens[k]!.norm;
        if (DENYING.has(word)) denies = true;
        else if (!DENIAL_FILLER.has(word)) answered = false;
      }
      answered &&= denies;
    }
    const finding = judgeSentence(id, list, identityBySentence, tokens, bounds.get(id)!, quotesOverlapping(quotes, from, to), text, framed || answered, next !== undefined && sarcasmMarker(tokens, next), dismissedQuestion(id, bounds, matches, tokens, text, identityBySentence));
    if (finding) findings.push(finding);
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** Most words of a question a dismissal answers: "Rights for X?", "Equal?", "X as teachers?". */
const DISMISSED_QUESTION_WORDS = 6;
/** Words beside a dismissal in its sentence: "Oh, as if.", "Not in a million years, mate." */
const DISMISSAL_FILLER = new Set(['oh', 'mate', 'lol', 'lmao', 'haha', 'ha', 'no', 'nope', 'honestly', 'seriously', 'tbh', 'love', 'pal', 'lads', 'just', 'sorry', 'but', 'and', 'so']);

/**
 * A short question that the next sentence dismisses (hate10): "Rights for X? Not in a million years.", "Equal? X? Don't
 * make me laugh." — the question at most a few words, ending in "?", and the next sentence nothing but a dismissal
 * (the `dismissal` word class) and fillers; or a one-to-three-word question between, whose groups it names. The
 * dismissal is of the good the question asks for the group (read in judge-links.ts); with no group, nothing.
 */
function dismissedQuestion(id: number, bounds: Map<number, [number, number]>, matches: PhraseMatch<Term>[], tokens: Token[], text: string, identityBySentence: Map<number, Identity[]>): { groups: Identity[] } | undefined {
  if (!matches.some((m) => m.entry.role === 'dismissal')) return undefined;
  const question = (b: [number, number] | undefined, most: number) => b !== undefined && b[1] - b[0] < most && /^\s*\?/.test(text.slice(tokens[b[1]]!.end, tokens[b[1]]!.end + 2));
  const dismissal = (b: [number, number] | undefined) => {
    if (!b) return false;
    const dismissals = matches.filter((m) => m.entry.role === 'dismissal' && m.firstToken >= b[0] && m.lastToken <= b[1]);
    if (dismissals.length === 0) return false;
    for (let k = b[0]; k <= b[1]; k++) if (!DISMISSAL_FILLER.has(tokens[k]!.norm) && !dismissals.some((m) => m.firstToken <= k && m.lastToken >= k)) return false;
    return true;
  };
  if (!question(bounds.get(id), DISMISSED_QUESTION_WORDS)) return undefined;
  if (dismissal(bounds.get(id + 1))) return { groups: [] };
  if (question(bounds.get(id + 1), 3) && dismissal(bounds.get(id + 2))) return { groups: identityBySentence.get(id + 1) ?? [] };
  return undefined;
}

/**
 * A sentence that says the one before meant the opposite (hate9): "Said no one ever.", "Said nobody, ever" — the whole
 * sentence, nothing else in it.
 */
function sarcasmMarker(tokens: Token[], [first, last]: [number, number]): boolean {
  const words = tokens.slice(first, last + 1).map((t) => t.norm);
  if (words.length > 5) return false;
  const phrase = words.join(' ');
  return SARCASM.has(phrase);
}
// Only with a negation in it ("no one", "nobody"): a paragraph of praise alone never reaches the grammar ("Yeah right" cannot).
const SARCASM = new Set(['said no one ever', 'said nobody ever', 'said no one', 'said nobody', 'said no one ever lol', 'says no one ever', 'said absolutely no one']);

/** A sentence of nothing but a denial after a remark: "They aren't.", "That's not true.", "No they don't." */
const DENIAL_OPENING = new Set(['they', "they're", 'theyre', 'it', "it's", 'its', 'that', "that's", 'thats', 'which', 'no', 'nope']);
const DENYING = new Set(["aren't", 'arent', "isn't", 'isnt', "don't", 'dont', "doesn't", 'doesnt', "weren't", "wasn't", "won't", 'not', 'no', 'nope', 'untrue', 'false', 'nonsense', 'rubbish']);
const DENIAL_FILLER = new Set([...DENIAL_OPENING, 'are', 'is', 'do', 'does', 'were', 'was', 'will', 'at', 'all', 'true', 'really', 'simply', 'just', 'of', 'course', 'even', 'close', 'remotely']);

/** A sentence's opening adverb before a comma: "Honestly, …", "Frankly, …". */
export const SENTENCE_ADVERB = new Set(['honestly', 'frankly', 'personally', 'seriously', 'truthfully', 'tbh', 'basically', 'really', 'clearly', 'obviously', 'realistically', 'ideally']);

/** Most words a group may take where a threat has "them": "hunt every last gay man down". */
const GAP_WORDS = 5;
/** More words for where the group is: "put every gay man in this town in hospital". */
const GAP_PLACE_WORDS = 3;
const WHERE_PREPOSITION = new Set(['in', 'on', 'at', 'round', 'around', 'across', 'near']);

/**
 * "hunt gay people down", "wipe Muslims out", "put disabled people out of their misery": a threat
 * the lexicon has with "them" in it ("hunt them down") with a group in its place. Matched as the
 * verb alone, so the group after it is its target as in "hunt down X". Only with a group term
 * filling the gap (and no sentence end in it): "lock the bikes up" is no threat.
 */
function withGapped(all: PhraseMatch<Term>[], tokens: Token[], text: string, gapped: Map<string, Gapped[]>): PhraseMatch<Term>[] {
  // The gap needs a group: most texts name none, and need no scan.
  if (gapped.size === 0 || !all.some((m) => m.entry.role === 'identity-noun' || m.entry.role === 'identity-adjective')) return all;
  let added: PhraseMatch<Term>[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const list = gapped.get(tokens[i]!.norm);
    if (!list) continue;
    // Wished ("we should hunt …", "I'm going to wipe …") or an order opening its sentence ("Hunt … down"), not told.
    const opensAt = (k: number) => k === 0 || SENTENCE_END.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
    // Or a gerund after a sentence adverb and a comma: "Honestly, wiping X off the face of the earth would be …" (hate25).
    const ordered = opensAt(i) || (i >= 1 && tokens[i]!.norm.endsWith('ing') && SENTENCE_ADVERB.has(tokens[i - 1]!.norm) && opensAt(i - 1) && text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes(','));
    if (!ordered && !hasModalBefore(tokens, i, 5)) continue;
    for (const g of list) {
      if (!g.prefix.every((w, d) => tokens[i + d]?.norm === w)) continue;
      const from = i + g.prefix.length;
      const placed = all.some((m) => {
        if ((m.entry.role !== 'identity-noun' && m.entry.role !== 'identity-adjective') || m.firstToken < from || m.lastToken >= from + GAP_WORDS) return false;
        // After a person word if there is one: "every gay man in this town".
        const at = m.lastToken + (PERSONISH.has(tokens[m.lastToken + 1]?.norm ?? '') ? 2 : 1);
        return WHERE_PREPOSITION.has(tokens[at]?.norm ?? '') && OBJECT_LEAD.has(tokens[at + 1]?.norm ?? '');
      });
      // Picked out by a relative clause: "the next X who walks past my house", "any X that comes near my kids".
      const picked = all.some((m) => {
        if ((m.entry.role !== 'identity-noun' && m.entry.role !== 'identity-adjective') || m.firstToken < from || m.lastToken >= from + GAP_WORDS) return false;
        const at = m.lastToken + (PERSONISH.has(tokens[m.lastToken + 1]?.norm ?? '') ? 2 : 1);
        return RELATIVE_AFTER_SUBJECT.has(tokens[at]?.norm ?? '') && !/[,;:—–]/.test(text.slice(tokens[at - 1]!.end, tokens[at]?.start ?? tokens[at - 1]!.end));
      });
      for (let end = from; end < Math.min(tokens.length, from + GAP_WORDS + (placed ? GAP_PLACE_WORDS : 0) + (picked ? GAP_RELATIVE_WORDS : 0)); end++) {
        if (SENTENCE_END.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) break;
        if (!g.suffix.every((w, d) => tokens[end + 1 + d]?.norm === w)) continue;
        const group = all.some((m) => (m.entry.role === 'identity-noun' || m.entry.role === 'identity-adjective') && m.firstToken >= from && m.lastToken <= end);
        if (group) (added ??= []).push({ entry: g.term, term: g.text, start: tokens[i]!.start, end: tokens[from - 1]!.end, firstToken: i, lastToken: from - 1 });
        break;
      }
    }
  }
  return added ? [...all, ...added].sort((a, b) => a.firstToken - b.firstToken) : all;
}

/**
 * For a match, the matches that may contain it: those starting at most the longest match's length
 * before it and not after it. The matcher gives matches in order of their first token, so a
 * binary search finds them — not a scan of every match (a long text full of hits is not quadratic).
 */
export function containersOf<T extends { firstToken: number; lastToken: number }>(all: T[]): (m: T) => T[] {
  let longest = 0;
  let sorted = true;
  for (let k = 0; k < all.length; k++) {
    longest = Math.max(longest, all[k]!.lastToken - all[k]!.firstToken);
    if (k > 0 && all[k]!.firstToken < all[k - 1]!.firstToken) sorted = false;
  }
  if (!sorted) return () => all;
  return (m) => {
    const from = firstWhere(all.length, (k) => !(all[k]!.firstToken < m.lastToken - longest));
    let to = from;
    while (to < all.length && all[to]!.firstToken <= m.firstToken) to++;
    return all.slice(from, to);
  };
}

/** An asterisk against a letter: a word may be masked ("sc*m"). */
const MASK = /\p{L}\*|\*\p{L}/u;
const TRIGGER = 1;
const POSITIVE = 2;
const NEGATION = 4;
/** The word may read differently once disguises are undone (plain words only: see `worthALook`). */
const DISGUISED = 8;
/** The first word of a hostile phrase's trigger run of two or three words (see HostilityModel.pairTriggers). */
const PAIR_FIRST = 16;
const FLAGS_LIMIT = 50_000;

/**
 * Whether the words after token i complete a trigger run that token i opens (HostilityModel.pairTriggers:
 * one word after it, or two). Possessive "'s" is taken off each word, as the phrase matcher may.
 */
function pairFollows(model: HostilityModel, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  const thirds = model.pairTriggers.get(withoutPossessive(tokens[i]!.norm))!.get(withoutPossessive(next.norm));
  if (thirds === undefined || thirds === true) return thirds === true;
  const third = tokens[i + 2];
  return third !== undefined && thirds.has(withoutPossessive(third.norm));
}

/** One lookup per word for everything `worthALook` asks of it, remembered per model. */
function wordFlags(norm: string, model: HostilityModel, plain: boolean): number {
  let flags = model.flags.get(norm);
  if (flags === undefined) {
    const word = withoutPossessive(norm);
    flags = (model.triggers.has(word) ? TRIGGER : 0) | (model.positives.has(word) ? POSITIVE : 0) | (model.negations.has(word) ? NEGATION : 0) | (model.pairTriggers.has(word) ? PAIR_FIRST : 0);
    if (mayReadDifferently(norm, model.vocabulary, model.variants, model.known) || articleGlued(norm, model.kinds) !== undefined) flags |= DISGUISED;
    if (model.flags.size >= FLAGS_LIMIT) model.flags.clear();
    model.flags.set(norm, flags);
  }
  return plain ? flags : flags & ~DISGUISED;
}

/**
 * Whether the words are worth a closer look: 'nothing' when they hold no hostile word and no good
 * word that a negation or a question could deny. Given the text, the words are the plain ones, and
 * anything a disguise could hide counts as 'disguised': a word that may read differently, a run of
 * single letters ("f u c k"), an "@" or "$" that makes a known word ("b@stard"), an asterisk against a
 * letter ("sc*m"). 'as-written' then means that hostile words are there and no word reads otherwise,
 * so `hostileTokens` would return them unchanged.
 */
function worthALook(tokens: Token[], model: HostilityModel, plainText?: string, question = plainText?.includes('?') ?? false): 'nothing' | 'as-written' | 'disguised' {
  const plain = plainText !== undefined;
  // An "@", "$" or an asterisk against a letter may disguise a word ("b@stard", "sc*m"). Where the words
  // it makes read as nothing the lexicons know (an e-mail address, "£5/$7"), the rest decides as for
  // plain words; if the rest is worth a look, the disguises are undone for all of it as before.
  const marked = plain && (plainText.includes('@') || plainText.includes('$') || (plainText.includes('*') && MASK.test(plainText)));
  if (marked && marksReadAsWords(plainText, tokens, model)) return 'disguised';
  let hostile = false;
  let positive = false;
  let negation = false;
  let singles = 0;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    const flags = wordFlags(norm, model, plain);
    if (flags & DISGUISED) return 'disguised';
    if (flags & TRIGGER || (flags & PAIR_FIRST && pairFollows(model, tokens, i))) {
      if (!plain) return 'as-written';
      hostile = true; // read on: a disguise later in the paragraph still needs undoing
    }
    if (flags & POSITIVE) positive = true;
    if (flags & NEGATION) negation = true;
    if (plain) {
      singles = norm.length === 1 ? singles + 1 : 0;
      if (singles >= 3 || gluedBefore(norm, tokens[i + 1]?.norm, model.vocabulary) !== undefined) return 'disguised';
    }
  }
  // A question denies a good without a negation: "Are X even capable of …?", "Has anyone met an X with an ounce of decency?"
  if (!(hostile || (positive && (negation || question)))) return 'nothing';
  return marked ? 'disguised' : 'as-written';
}

/**
 * Whether a word that an "@", "$" or asterisk makes (as hostileTokens reads them: wordTokens) may
 * matter to the grammar: a word the lexicons know or a hostile word's variant, a single letter (a
 * spaced-out word), or a word glued to a known one. Otherwise those words change nothing `worthALook`
 * asks of a text, and the plain words decide.
 */
function marksReadAsWords(text: string, words: Token[], model: HostilityModel): boolean {
  const read = wordTokens(text, model.known, words, model.vocabulary, model.kinds);
  const plain = new Set<Token>(words);
  for (let i = 0; i < read.length; i++) {
    const token = read[i]!;
    if (plain.has(token)) continue;
    const norm = token.norm;
    if (norm.length <= 1 || wordFlags(norm, model, true) !== 0 || model.known.has(withoutPossessive(norm))) return true;
    if (gluedBefore(norm, read[i + 1]?.norm, model.vocabulary) !== undefined) return true;
    if (i > 0 && gluedBefore(read[i - 1]!.norm, norm, model.vocabulary) !== undefined) return true;
  }
  return false;
}

/**
 * Words longer than this with no sentence end are judged in parts of this many words: no real
 * sentence is this long, and a paragraph of thousands of hits with no full stop is then not
 * judged hit against hit (quadratic).
 */
const MAX_SENTENCE_WORDS = 200;

function sentenceIds(text: string, tokens: Token[]): number[] {
  const ids: number[] = [];
  let id = 0;
  let length = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      const from = tokens[i - 1]!.end;
      const oneSpace = tokens[i]!.start - from === 1 && text.charCodeAt(from) === 32;
      if ((!oneSpace && SENTENCE_END.test(text.slice(from, tokens[i]!.start))) || length >= MAX_SENTENCE_WORDS) {
        id++;
        length = 0;
      }
    }
    ids.push(id);
    length++;
  }
  return ids;
}

/**
 * Character ranges inside quotation marks (straight or curly, double or single), one list per
 * kind of mark: each list is in text order and its ranges do not overlap.
 */
function quoteSpans(text: string): [number, number][][] {
  if (!/["“‘']/.test(text)) return [];
  const pairs = [/"([^"\n]{2,})"/g, /“([^”\n]{2,})”/g, /‘([^’\n]{2,})’/g, /(?<![\p{L}\p{N}])'([^'\n]{2,}?)'(?![\p{L}\p{N}])/gu];
  return pairs.map((pattern) => [...text.matchAll(pattern)].map((m): [number, number] => [m.index, m.index + m[0].length]));
}

/** The quotation ranges that overlap [start, end): found by binary search in each list. */
function quotesOverlapping(lists: [number, number][][], start: number, end: number): [number, number][] {
  const found: [number, number][] = [];
  for (const spans of lists) {
    for (let k = firstWhere(spans.length, (i) => !(spans[i]![1] <= start)); k < spans.length && spans[k]![0] < end; k++) found.push(spans[k]!);
  }
  return found;
}
