// natural's AFINN-165 sentiment analyser (English, Porter stemmer), loaded on first use: it reads
// natural's vocabularies, about 0.2 s, so nothing imports it until a grievance check runs.
export interface Sentiment {
  /** The sum of AFINN scores (−5 … +5 per word) of the words, with natural's negation handling. */
  score(words: string[]): number;
}

let loading: Promise<Sentiment> | undefined;

export function loadSentiment(): Promise<Sentiment> {
  loading ??= (async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const analyzerModule: unknown = require('natural/lib/natural/sentiment/SentimentAnalyzer.js');
    const stemmerModule: unknown = require('natural/lib/natural/stemmers/porter_stemmer.js');
    const Analyzer = pick(analyzerModule, 'SentimentAnalyzer') as new (language: string, stemmer: unknown, type: string) => { getSentiment(words: string[]): number };
    const analyzer = new Analyzer('English', pick(stemmerModule, 'PorterStemmer'), 'afinn');
    // getSentiment averages over the words; the sum is what a window of words is judged by.
    return { score: (words) => (words.length === 0 ? 0 : analyzer.getSentiment(words) * words.length) };
  })();
  return loading;
}

function pick(module: unknown, name: string): unknown {
  const record = module as Record<string, unknown>;
  return record && typeof record === 'object' && name in record ? record[name] : module;
}
