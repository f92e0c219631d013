// natural's English AFINN-165 sentiment scoring with its Porter stemmer, loaded on first use.
// natural's SentimentAnalyzer.js loads all thirteen of its vocabularies (about 31 MB) to score
// English; this reads the same AFINN-165 vocabulary and negation list, resolved through natural so
// the versions are natural's own, and scores words as SentimentAnalyzer.getSentiment does (the word
// as written first, then its stem), except that a negation flips only the few words after it.
import { prebuiltData } from '../data/load.js';

export interface Sentiment {
  /** The sum of AFINN scores (−5 … +5 per word) of the words, with negation handled. */
  score(words: string[]): number;
}

/**
 * How many words after a negation it flips. natural flips every word to the end of the text, so
 * "dogs are not allowed on the school site, even on a lead" scored "lead" as −2; a negation's
 * reach is its own phrase ("not very helpful").
 */
const NEGATION_SCOPE = 3;

/** After a negation, these make it no negation: "not only missing learning but also fun", "not just a game". */
const NOT_NEGATING_NEXT = new Set(['only', 'just', 'merely', 'simply']);

let loading: Promise<Sentiment> | undefined;

export function loadSentiment(): Promise<Sentiment> {
  loading ??= (async () => {
    const { createRequire } = await import('node:module');
    const fromHere = createRequire(import.meta.url);
    const analyzerPath = fromHere.resolve('natural/lib/natural/sentiment/SentimentAnalyzer.js');
    const fromNatural = createRequire(analyzerPath);
    // The built CLI has the vocabulary in dist/data.json (`derived/afinn-165`, copied from the same
    // package at build time): loading the package (an ES module required from CommonJS) took ~6 ms.
    const afinn = prebuiltData<Record<string, number>>('afinn-165') ?? (fromNatural('afinn-165') as { afinn165: Record<string, number> }).afinn165;
    const negations = new Set((fromNatural('./English/negations_en.json') as { words: string[] }).words);
    const stemmerModule: unknown = fromHere('natural/lib/natural/stemmers/porter_stemmer.js');
    const stemmer = pick(stemmerModule, 'PorterStemmer') as { stem(word: string): string };
    // natural also adds every vocabulary word's stem up front; stemming all 3,382 words costs
    // 0.1 s at start-up, so a word is looked up as written, then by its stem, then by the stem's
    // common forms ("disappointing" → disappoint → disappointed). A form counts only when it stems
    // to the same stem, as in natural's stemmed vocabulary: "as" + "s" is "ass", "hat" + "e" is
    // "hate", but neither is a form of the word, and scoring them made "as" −4 and "sun hat" −3.
    const vocabulary = new Map<string, number>(Object.entries(afinn));
    const byStem = (stem: string): number | undefined => {
      for (const form of [stem, `${stem}e`, `${stem}ed`, `${stem}s`, `${stem}ing`, `${stem}y`]) {
        const value = vocabulary.get(form);
        if (value !== undefined && (form === stem || stemmer.stem(form) === stem)) return value;
      }
      return undefined;
    };
    const wordScores = new Map<string, number>();
    const wordScore = (word: string): number => {
      let value = wordScores.get(word);
      if (value === undefined) {
        value = vocabulary.get(word) ?? byStem(stemmer.stem(word)) ?? 0;
        if (wordScores.size > 50_000) wordScores.clear();
        wordScores.set(word, value);
      }
      return value;
    };
    return {
      score(words) {
        let sum = 0;
        let negated = 0; // words still to flip
        for (let i = 0; i < words.length; i++) {
          const word = words[i]!.toLowerCase();
          // "not only … but also", "not just": no negation.
          if (negations.has(word) && !NOT_NEGATING_NEXT.has(words[i + 1]?.toLowerCase() ?? '')) negated = NEGATION_SCOPE;
          else {
            sum += (negated > 0 ? -1 : 1) * wordScore(word);
            negated--;
          }
        }
        return sum;
      },
    };
  })();
  return loading;
}

function pick(module: unknown, name: string): unknown {
  const record = module as Record<string, unknown>;
  return record && typeof record === 'object' && name in record ? record[name] : module;
}
