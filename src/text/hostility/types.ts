// The shapes the hostility classifier works with: the grammar's roles, a lexicon term, the compiled model
// and its serialisable data, a match in a sentence (Hit), a group named (Identity) and a finding.
import type { LexiconEntry } from '../../lexicons/schema.js';
import type { PhraseMatch, PhraseMatcher } from '../../lexicons/matcher.js';

export type Role =
  | 'identity-noun'
  | 'identity-adjective'
  | 'person-noun'
  | 'emotion'
  | 'attribute'
  | 'action'
  | 'dehumanising'
  | 'threat'
  | 'positive'
  | 'quality'
  | 'trait'
  | 'preference'
  | 'negation'
  | 'counter'
  | 'self'
  | 'target'
  | 'pronoun'
  | 'reward'
  | 'decline'
  | 'arrival'
  | 'squalor'
  | 'telltale'
  | 'upbringing'
  | 'insinuation'
  | 'interaction'
  | 'harm-verb'
  | 'permission'
  | 'outcome'
  | 'overreach'
  | 'improvement'
  | 'departure'
  | 'blame'
  | 'longing'
  | 'stereotype'
  | 'conduct'
  | 'avoidance'
  | 'regard'
  | 'lowly-place'
  | 'regard-verb'
  | 'weapon'
  | 'precaution'
  | 'rhetorical'
  | 'rise'
  | 'fall'
  | 'nuisance'
  | 'standing'
  | 'summing'
  | 'reaction'
  | 'explaining'
  | 'property'
  | 'hedge'
  | 'essence'
  | 'vice'
  | 'agreement'
  | 'oath'
  | 'dismissal'
  | 'turn'
  | 'knowing'
  | 'word';

export interface Term extends LexiconEntry {
  role: Role;
}

export interface HostilityModel {
  /** The phrase matcher, built on first use: most posts have no hostile word and never need it. */
  matcher(): PhraseMatcher<Term>;
  vocabulary: Set<string>;
  /** The kind of each vocabulary word (its role, and a word's category): masked words that fit several words of one kind read as that kind. */
  kinds: Map<string, string>;
  /** Every word of every term, so a real word is never read as a misspelling of another. */
  known: Set<string>;
  /** Misspelling → the word it stands for. */
  variants: Map<string, string>;
  /** First words of hostile terms: a text with none of them needs no closer look. */
  triggers: Set<string>;
  /**
   * Hostile phrases by the first of their rarest two (or three) neighbouring words: the words after it
   * that make a text worth a look, each mapped to `true` (two are enough) or to the third words it needs.
   */
  pairTriggers: Map<string, Map<string, Set<string> | true>>;
  /** First words of denied goods ("human", "place"), which matter only beside a negation. */
  positives: Set<string>;
  negations: Set<string>;
  /** What `worthALook` needs to know of each word seen so far (see `wordFlags`). */
  flags: Map<string, number>;
  /** Threats said with "them" in the middle ("hunt them down"), by their first word: the group may stand for "them". */
  gapped: Map<string, Gapped[]>;
}

/** A threat with "them" inside it, split there: "hunt" + "down", "put" + "out of their misery". */
export interface Gapped {
  term: Term;
  text: string;
  prefix: string[];
  suffix: string[];
}

export interface HostileFinding {
  start: number;
  end: number;
  severity: 'error' | 'warning';
  kind: 'group' | 'slur' | 'threat' | 'insult' | 'profanity';
  message: string;
  suggestion: string;
}

/**
 * What the model derives from the three lexicons, as plain data: worked out at build time into
 * dist/data.json (`derived/hostility-model`, so the CLI does not redo it on every run), or from the
 * YAML when running from source. Lists keep the order the sets and maps were filled in.
 */
export interface HostilityData {
  /** Comparative and superlative attributes (`gradedForms`), a term of their own. */
  graded: string[];
  vocabulary: string[];
  kinds: [string, string][];
  known: string[];
  /** Misspellings by the word they stand for, each "word misspelling misspelling …" (less JSON to parse than pairs). */
  variants: string[];
  triggers: string[];
  /** As HostilityModel.pairTriggers, each first word's next words as "second" or "second third". */
  pairTriggers: [string, string[]][];
  positives: string[];
  negations: string[];
}

export interface Hit {
  match: PhraseMatch<Term>;
  role: Role;
  term: Term;
  /** Read through a misspelling: counts only in a remark about a group. */
  fuzzy: boolean;
}

export interface Identity {
  first: number;
  last: number;
  group: string;
  text: string;
  pronoun?: boolean;
  /** A place of the group ("that Jewish school"): the target of a threat, not of other remarks. */
  place?: boolean;
  /** Being one of the group as a sentence's subject ("Being a woman is …"): not the speaker, though "being a" marks self-description elsewhere. */
  gerund?: boolean;
}
