// The sentence judgeSentence reads (Sentence: its words, matches and what is worked out once), the groups
// it is about (sentenceGroups), and where things stand in it: roles, asides, quotations, the groups near a match.
import type { HostileToken as Token } from '../deobfuscate.js';
import type { Hit, Identity, Role } from './types.js';
import { CONTACT_SUBJECT, COORDINATOR, FILLER, FRAGMENT_TAIL, HOSTILE_ROLES, MAKING, MEETING, RELATIVE, SCOPE_BREAK, SECOND_PERSON } from './vocabulary.js';

/**
 * A sentence as judgeSentence is given it, and what is read off it before its groups are known: all that
 * sentenceGroups (and selfDescribed, which it calls) may read.
 */
export interface SentenceWords {
  id: number;
  hits: Hit[];
  identityBySentence: Map<number, Identity[]>;
  tokens: Token[];
  sentenceTokens: [number, number];
  quotes: [number, number][];
  text: string;
  framedAsReport: boolean;
  /** The next sentence is a sarcasm marker ("Said no one ever.", "Yeah right."): what this one praises it means the opposite of. */
  sarcastic: boolean;
  /** The next sentence dismisses this one's question ("Rights for X? Not in a million years."), with the group a short question between may name (dismissedQuestion in find.ts). */
  dismissed: { groups: Identity[] } | undefined;
  question: boolean;
  /** "In the novel, the mob wants to hang …": a story's plot, told. */
  storyTold: boolean;
  selfMarks: Hit[];
}

/**
 * The sentence read once (readSentence in judge.ts): with the groups it is about and what the rest of the
 * judgement shares. Every test in judge-*.ts takes it first.
 */
export interface Sentence extends SentenceWords {
  /** Places named in it (a place of worship), which groupLinked reads apart from the groups. */
  places: Identity[];
  groups: Identity[];
  /** Tokens of a relative clause set off by commas (asideTokens). */
  aside: Set<number>;
  /** A deed done to the group that the sentence opens on, condemned or endorsed (deedJudged). */
  deed: { verdict: 'condemned' | 'endorsed'; group: Identity; copula: number } | undefined;
  /** The sentence reads as counter-speech or a report. */
  counter: boolean;
  selfRef: boolean;
}

/** Which groups the sentence is about: those it names (not the speaker's own), a pronoun's referent, or the group of the sentence before. */
export function sentenceGroups(s: SentenceWords): Identity[] {
  // "As a queer person, …", "I'm a proud gay man": the speaker, not a target.
  const here = s.identityBySentence.get(s.id) ?? [];
  const own = here.filter((g) => !g.place && (g.gerund === true || !selfDescribed(s, { match: { firstToken: g.first } })));
  let groups = own;
  const pronouns = s.hits.filter((h) => h.role === 'pronoun');
  if (pronouns.length > 0) {
    const person = (list: Identity[] | undefined) => list?.find((g) => !g.place);
    // A group named in the next sentence is "you" ("Your lives aren't worth shit to me. You're just X.") or
    // a subject the sentence opens with; not "them" met on the way ("It spoke to them of the extermination
    // camps. They learned about the horrors the Jewish people went through.").
    const ahead = pronouns.some((p) => SECOND_PERSON.has(s.tokens[p.match.firstToken]!.norm) || p.match.firstToken === s.sentenceTokens[0]);
    const referent = own[0] ?? person(s.identityBySentence.get(s.id - 1)) ?? (ahead ? person(s.identityBySentence.get(s.id + 1)) : undefined);
    if (referent) {
      // Not a group named after the pronoun in a clause of its own: "The ducks came back where they belong, and our X …".
      const later = (p: Hit) => referent === own[0] && referent.first > p.match.lastToken && s.tokens.slice(p.match.lastToken + 1, referent.first).some((t) => COORDINATOR.has(t.norm));
      // "Those who bully X …": whoever does it, not the group.
      const doers = (p: Hit) => s.tokens[p.match.firstToken]!.norm === 'those' && RELATIVE.has(s.tokens[p.match.lastToken + 1]?.norm ?? '');
      groups = [...own, ...pronouns.filter((p) => !own.some((g) => g.first <= p.match.firstToken && g.last >= p.match.firstToken) && !later(p) && !doers(p)).map((p) => ({ ...referent, first: p.match.firstToken, last: p.match.lastToken, pronoun: true }))];
    }
  }
  // A verbless sentence of nothing but abuse after one about a group is about that group:
  // "I saw some X at the park. Disgusting creatures." / "Vile, the lot of them."
  // (A pronoun in it, "every one of them", stands for that group too, but may be too far from the word.)
  if (groups.every((g) => g.pronoun)) {
    const referent = s.identityBySentence.get(s.id - 1)?.find((g) => !g.place);
    const abuse = s.hits.filter((h) => h.role === 'attribute' || h.role === 'dehumanising' || (h.role === 'word' && h.term.category === 'insult'));
    // An exclamation opens it: "What a freak.", "What scum."
    const exclaimed = (k: number) => k === s.sentenceTokens[0] && s.tokens[k]!.norm === 'what';
    // A word of conduct or a stereotype in it counts as part of it (hate9): "Nothing but a lying rat."
    const described = (k: number) => s.hits.some((h) => (h.role === 'conduct' || h.role === 'stereotype') && h.match.firstToken <= k && h.match.lastToken >= k);
    const covered = (k: number) => abuse.some((h) => h.match.firstToken <= k && h.match.lastToken >= k) || FILLER.has(s.tokens[k]!.norm) || FRAGMENT_TAIL.has(s.tokens[k]!.norm) || exclaimed(k) || described(k);
    // Leading intensifiers count as part of it: "Absolutely disgusting."
    let opening = s.sentenceTokens[0];
    while (opening < s.sentenceTokens[1] && (FILLER.has(s.tokens[opening]!.norm) || exclaimed(opening) || described(opening)) && !abuse.some((h) => h.match.firstToken === opening)) opening++;
    if (referent && abuse.length > 0 && abuse[0]!.match.firstToken === opening) {
      let all = true;
      for (let k = s.sentenceTokens[0]; k <= s.sentenceTokens[1] && all; k++) all = covered(k);
      if (all) groups = [{ ...referent, first: abuse[0]!.match.firstToken, last: abuse[0]!.match.firstToken, pronoun: true }];
    }
    // A feeling whose cause, the subject, is left out: "Saw some X in the shop. Made me want to spew."
    const elided = s.hits.find((h) => h.role === 'emotion' && h.match.firstToken === opening && MAKING.has(s.tokens[opening]!.norm));
    if (referent && elided && groups.length === 0) groups = [{ ...referent, first: elided.match.firstToken, last: elided.match.firstToken, pronoun: true }];
  }
  return groups;
}

/** A clause boundary between two tokens: "To my mind, X are …" does not describe the speaker. */
export function clauseBreakBetween(s: SentenceWords, from: number, to: number) {
  for (let k = from + 1; k <= to; k++) {
    if (k < to && (SCOPE_BREAK.has(s.tokens[k]!.norm) || s.tokens[k]!.norm === 'than')) return true;
    if (/[,;:—–]/.test(s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start))) return true;
  }
  return false;
}

// Not across a hostile word: "my blood boils whenever …" does not describe the speaker.
/** Before "being a": a life imagined, not the speaker's. */
const IMAGINING = new Set(['imagine', 'fancy', 'picture']);

/** "Imagine being a X": a life imagined (and mocked), not the speaker's own. */
export function imaginedSelf(s: SentenceWords, mark: Hit): boolean {
  return mark.match.term.startsWith('being ') && IMAGINING.has(s.tokens[mark.match.firstToken - 1]?.norm ?? '');
}

export function selfDescribed(s: SentenceWords, hit: { match: { firstToken: number } }) {
  // "We queers have been fighting …": "we" right before the word (elsewhere it names no one: "We saw some …").
  return s.tokens[hit.match.firstToken - 1]?.norm === 'we' ||
    s.selfMarks.some(
      (mark) =>
        mark.match.lastToken < hit.match.firstToken &&
        // "my" describes the speaker only right before the word ("my queer friends"); "My neighbour's a …" is someone else.
        mark.match.lastToken >= hit.match.firstToken - (mark.match.term === 'my' ? 1 : 4) &&
        !clauseBreakBetween(s, mark.match.lastToken, hit.match.firstToken) &&
        !s.hits.some((h) => HOSTILE_ROLES.has(h.role) && h.role !== 'word' && h.match.lastToken > mark.match.lastToken && h.match.lastToken < hit.match.firstToken) &&
        // "If I woke up as a woman, …": a speaker imagined as one is not one.
        !(mark.match.term === 'as a' && s.tokens.slice(Math.max(s.sentenceTokens[0], mark.match.firstToken - 5), mark.match.firstToken).some((t) => t.norm === 'if')) &&
        // "in the same room as a X", "about as much sense as a X" (hate9): "as a" ends a comparison, not the speaker's role.
        !(mark.match.term === 'as a' && s.tokens.slice(Math.max(s.sentenceTokens[0], mark.match.firstToken - 6), mark.match.firstToken).some((t) => t.norm === 'same' || t.norm === 'as')) &&
        // "There's no such thing as a X who …" (hate26): a kind of person, not the speaker.
        !(mark.match.term.startsWith('as ') && s.tokens[mark.match.firstToken - 1]?.norm === 'thing') &&
        // "Imagine being a X, tragic" (hate6): a life mocked, not the speaker's.
        !imaginedSelf(s, mark),
    );
}

export function roleAt(s: Sentence, index: number, role: Role) {
  return s.hits.some((h) => h.role === role && h.match.firstToken <= index && h.match.lastToken >= index);
}

export function inSentence(s: Sentence, index: number) {
  return index >= s.sentenceTokens[0] && index <= s.sentenceTokens[1];
}

export function asideBetween(s: Sentence, from: number, to: number) {
  let n = 0;
  for (let k = from + 1; k < to; k++) if (s.aside.has(k)) n++;
  return n;
}

export function quoted(s: Sentence, hit: Hit) {
  return s.quotes.some(([from, to]) => hit.match.start >= from && hit.match.end <= to);
}

// A group word inside the hostile phrase is not its target ("cripples"), but a pronoun is ("kill them").
// A group inside a quoted remark ("women belong in the kitchen") is that remark's; a word outside the
// quotation ("Phrases such as … have no place here") is not about it.
export function inQuotedRemark(s: Sentence, g: Identity) {
  if (g.pronoun || s.quotes.length === 0) return false;
  const span = s.quotes.find(([from, to]) => s.tokens[g.first]!.start >= from && s.tokens[g.last]!.end <= to);
  return span !== undefined && s.hits.some((h) => HOSTILE_ROLES.has(h.role) && h.match.start >= span[0] && h.match.end <= span[1]);
}

export function isNear(s: Sentence, g: Identity, hit: Hit, before: number, after: number) {
  return g.last >= hit.match.firstToken - before - (g.last < hit.match.firstToken ? asideBetween(s, g.last, hit.match.firstToken) : 0) && g.first <= hit.match.lastToken + after && (g.pronoun === true || !(g.first >= hit.match.firstToken && g.last <= hit.match.lastToken)) &&
    !(!quoted(s, hit) && inQuotedRemark(s, g));
}

export function near(s: Sentence, hit: Hit, before: number, after: number) {
  return s.groups.find((g) => isNear(s, g, hit, before, after));
}

export function distance(s: Sentence, g: Identity, hit: Hit) {
  return (g.last < hit.match.firstToken ? hit.match.firstToken - g.last : g.first - hit.match.lastToken);
}

/** Of the groups before the hit the nearest, else the first near enough after it. */
export function nearest(s: Sentence, hit: Hit, before: number, after: number) {
  return s.groups.filter((g) => g.last < hit.match.firstToken && isNear(s, g, hit, before, after)).sort((a, b) => distance(s, a, hit) - distance(s, b, hit))[0] ?? near(s, hit, before, after);
}

/**
 * How many words after the group make a place phrase ("in this country", "round here") or a contact clause with its "who" left out — "the X I know", "the X
 * we've met", "the X I have ever met" (hate26) — or 0. The clause picks out the group's members the speaker
 * knows, and a denial of them all ("None of the X I know are honest") reaches over it.
 */
export function contactClause(s: Sentence, g: Identity): number {
  let k = g.last + 1;
  // Or where they are: "Not one X in this country has …", "No X round here is …".
  const place = placePhrase(s, k);
  if (place > 0) return place;
  if (!CONTACT_SUBJECT.has(s.tokens[k]?.norm ?? '') || k > s.sentenceTokens[1]) return 0;
  k++;
  while (k <= s.sentenceTokens[1] && CONTACT_AUXILIARY.has(s.tokens[k]!.norm)) k++;
  if (k > s.sentenceTokens[1] || !(MEETING.has(s.tokens[k]!.norm) || DEALT_WITH.has(s.tokens[k]!.norm))) return 0;
  // "… worked with", "… dealt with": the verb's own preposition is part of the clause.
  if (s.tokens[k + 1]?.norm === 'with' && DEALT_WITH.has(s.tokens[k]!.norm)) k++;
  return k - g.last;
}
/** Dealings a contact clause may name besides meeting (hate7): "Every X I've ever worked with has been useless". */
const DEALT_WITH = new Set(['worked', 'work', 'dealt', 'deal', 'lived', 'employed', 'hired', 'taught', 'served', 'dated', 'had']);
/** "in this country", "round here", "on our street" at `k`: how many words, or 0. */
function placePhrase(s: Sentence, k: number): number {
  const w = s.tokens[k]?.norm ?? '';
  if ((w === 'round' || w === 'around') && s.tokens[k + 1]?.norm === 'here') return 2;
  if (!LOCATING.has(w) || !PLACE_DETERMINER.has(s.tokens[k + 1]?.norm ?? '') || !PLACE_NOUN.has(s.tokens[k + 2]?.norm ?? '')) return 0;
  return k + 2 <= s.sentenceTokens[1] ? 3 : 0;
}
const LOCATING = new Set(['in', 'on', 'round', 'around', 'across', 'from']);
const PLACE_DETERMINER = new Set(['this', 'our', 'the', 'my', 'your', 'these']);
const PLACE_NOUN = new Set(['country', 'town', 'city', 'street', 'road', 'area', 'estate', 'village', 'world', 'planet', 'land', 'island', 'nation', 'county', 'neighbourhood', 'postcode', 'office', 'workplace', 'building']);
const CONTACT_AUXILIARY = new Set(['have', "'ve", 've', 'ever', 'personally', 'actually', 'really', 'every', 'had', 'would']);
