// AFINN-165 scoring as natural's SentimentAnalyzer does it, with a negation reaching only its own phrase.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSentiment } from '../../src/text/sentiment.js';

describe('sentiment', () => {
  it('sums AFINN scores, by the word or its stem', async () => {
    const sentiment = await loadSentiment();
    expect(sentiment.score(['disgusting'])).toBe(-3);
    expect(sentiment.score(['the', 'staff', 'are', 'brilliant'])).toBe(4);
    expect(sentiment.score(['disappointing'])).toBeLessThan(0);
  });

  it('a negation flips the next three words, not the rest of the text', async () => {
    const sentiment = await loadSentiment();
    expect(sentiment.score(['not', 'helpful'])).toBe(-2);
    expect(sentiment.score(['not', 'very', 'very', 'helpful'])).toBe(-2);
    // "lead" (+2) is four words after "not": natural would have scored it −2.
    expect(sentiment.score('dogs are not allowed on the site even on a lead'.split(' '))).toBe(1);
  });

  it('"not only" and "not just" negate nothing', async () => {
    const sentiment = await loadSentiment();
    // An attendance post: "we are not only missing important learning but also lots of fun".
    expect(sentiment.score(['not', 'only', 'important'])).toBe(2);
    expect(sentiment.score(['not', 'just', 'helpful'])).toBe(2);
    expect(sentiment.score(['not', 'important'])).toBe(-2);
    expect(sentiment.score(['only', 'not', 'helpful'])).toBe(-2);
  });
});

describe('the AFINN-165 vocabulary copied into dist/data.json at build time', () => {
  it('is the vocabulary of the afinn-165 package natural resolves', async () => {
    const file = new URL('../../dist/data.json', import.meta.url);
    if (!existsSync(file)) return;
    const { createRequire } = await import('node:module');
    const fromHere = createRequire(import.meta.url);
    const fromNatural = createRequire(fromHere.resolve('natural/lib/natural/sentiment/SentimentAnalyzer.js'));
    const built = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)['derived/afinn-165'];
    expect(built).toEqual((fromNatural('afinn-165') as { afinn165: Record<string, number> }).afinn165);
  });
});
