// A small learned scorer that backs up the hostility grammar (src/text/hostility.ts) where the grammar
// sees a protected group named generally but finds nothing hostile said of it: "You can always tell
// when X have moved in" has no hostile word for the grammar to find. A logistic regression over the
// sentence's words and word pairs (the group replaced by GROUP, words after a negation marked), the
// speaker's person and the grammar's own roles; trained offline by scripts/train-hostility-scorer.mjs,
// its weights are data (lexicons/derived/hostility-scorer.json). Scoring is a sum of weights.

/** The weights as the training script writes them (lexicons/derived/hostility-scorer.json). */
export interface LearnedScorerData {
  /** Where the weights came from, and their licences. */
  note: string;
  /** A sentence scores as hostile at this sum of weights or above (the bias included). */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

export interface LearnedScorer {
  threshold: number;
  bias: number;
  weights: Map<string, number>;
}

/** The scorer from its data; fails on data that is not a scorer's (fail closed: no silent grammar-only run). */
export function learnedScorerFrom(data: LearnedScorerData): LearnedScorer {
  if (typeof data?.threshold !== 'number' || typeof data.bias !== 'number' || typeof data.weights !== 'object' || data.weights === null) {
    throw new Error('hostility scorer weights are missing or malformed; run node scripts/train-hostility-scorer.mjs');
  }
  return { threshold: data.threshold, bias: data.bias, weights: new Map(Object.entries(data.weights)) };
}

/** What the scorer reads of one sentence, as the grammar found it. */
export interface SentenceView {
  /** The sentence's words, lower-cased. */
  words: string[];
  /** Where a clause ends before a word (a comma, a colon, a dash before it). */
  breakBefore: boolean[];
  /** The protected groups named in it, as [first, last] word indexes within the sentence. */
  groups: [number, number][];
  /** The grammar's roles found in it: "emotion", "positive", "negation" …, with where each starts. */
  roles: { role: string; first: number }[];
  question: boolean;
  /** Each word's AFINN-165 score (−5 … +5, 0 unknown), when the caller has the vocabulary. */
  sentiment?: number[];
}

/** Words that put the words after them, up to the end of the clause, in the negative. */
const NEGATING = new Set(['not', 'no', 'never', 'nobody', 'none', 'nothing', 'cannot', 'without', 'hardly', 'barely', 'nor']);
const FIRST_SINGULAR = new Set(['i', 'me', 'my', "i'm", "i'd", "i'll", "i've", 'im', 'mine', 'myself']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', "we're", "we'd", "we'll", "we've", 'ours', 'ourselves']);
const SECOND = new Set(['you', 'your', "you're", "you'd", "you'll", "you've", 'u', 'ur', 'yours', 'yourself', 'yourselves']);

function negates(word: string): boolean {
  return NEGATING.has(word) || word.endsWith("n't");
}

/** Warm words and no hostile one ("Muslims are so talented"): a positive mention, which the scorer leaves alone. */
export function learnedMayJudge(view: SentenceView): boolean {
  if (!view.sentiment) return true;
  let good = false;
  let bad = false;
  let negated = false;
  for (let i = 0; i < view.words.length; i++) {
    if (view.breakBefore[i]) negated = false;
    const feeling = view.sentiment[i]! * (negated ? -1 : 1);
    if (feeling > 0) good = true;
    else if (feeling < 0) bad = true;
    if (negates(view.words[i]!)) negated = true;
  }
  return !good || bad;
}

/** The features of a sentence: the names the weights are kept under. */
export function sentenceFeatures(view: SentenceView): string[] {
  const { words, groups } = view;
  // The words with each group as one word, GROUP, and words after a negation marked "!" to the end of the clause.
  const read: string[] = ['<s>'];
  let negated = false;
  let good = 0;
  let bad = 0;
  for (let i = 0; i < words.length; i++) {
    if (view.breakBefore[i]) negated = false;
    const feeling = (view.sentiment?.[i] ?? 0) * (negated ? -1 : 1);
    if (feeling > 0) good += feeling;
    else bad -= feeling;
    const group = groups.find(([first, last]) => i >= first && i <= last);
    if (group) {
      read.push(negated ? '!GROUP' : 'GROUP');
      i = group[1];
      continue;
    }
    const word = words[i]!;
    read.push(negated ? `!${word}` : word);
    if (negates(word)) negated = true;
  }
  read.push('</s>');
  const features = new Set<string>();
  for (let i = 1; i < read.length - 1; i++) features.add(`w:${read[i]}`);
  for (let i = 0; i + 1 < read.length; i++) features.add(`b:${read[i]} ${read[i + 1]}`);
  // Words near the group, by side, stripped of their commonest endings: "a:trouble" (within three
  // words after it), "f:any" (within three before it). Less bound to one wording than the pairs.
  for (let i = 0; i < read.length; i++) {
    if (read[i] !== 'GROUP' && read[i] !== '!GROUP') continue;
    for (let d = 1; d <= 3; d++) {
      if (i + d < read.length - 1) features.add(`a:${stem(read[i + d]!)}`);
      if (i - d > 0) features.add(`f:${stem(read[i - d]!)}`);
    }
  }
  for (const word of words) {
    if (FIRST_SINGULAR.has(word)) features.add('p:i');
    else if (FIRST_PLURAL.has(word)) features.add('p:we');
    else if (SECOND.has(word)) features.add('p:you');
  }
  for (const { role, first } of view.roles) {
    const denied = view.roles.some((r) => r.role === 'negation' && r.first < first && r.first >= first - 4);
    features.add(denied ? `r:!${role}` : `r:${role}`);
  }
  if (view.question) features.add('q');
  // How warm or hostile the words are, in steps: "s:good1" (some), "s:good3" (a lot) …
  if (view.sentiment) {
    for (const [name, value] of [['good', good], ['bad', bad]] as const) {
      if (value >= 1) features.add(`s:${name}1`);
      if (value >= 3) features.add(`s:${name}3`);
    }
    if (good === 0 && bad === 0) features.add('s:flat');
  }
  return [...features];
}

/** A word without its commonest endings: "moved" → "mov", "houses" → "house". */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/, '') : word;
}

/** The sentence's score: the bias plus the weight of each feature the scorer knows. */
export function learnedScore(features: readonly string[], scorer: LearnedScorer): number {
  let sum = scorer.bias;
  for (const feature of features) sum += scorer.weights.get(feature) ?? 0;
  return sum;
}
