// segmentWords reads each text of a post once: segments of the same text (linked by
// shareWordsOfSameText) share one token array, which must be exactly the tokens of their text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentWords, shareWordsOfSameText, tokenizeOnce } from '../../src/lexicons/tokenize.js';

describe('segmentWords with shareWordsOfSameText', () => {
  it('gives every segment the tokens of its own text, one array for segments of the same text', () => {
    const texts = ['Thank you, Mrs Patel', 'Our choir sang.', '', 'Thank you, Mrs Patel', 'x'.repeat(300), 'Our choir sang.', 'x'.repeat(300)];
    const segments = texts.map((text) => ({ text }));
    shareWordsOfSameText(segments);
    segments.forEach((segment, i) => {
      expect(segmentWords(segment)).toEqual(tokenizeOnce(segment.text));
      const first = texts.indexOf(segment.text);
      expect(segmentWords(segment)).toBe(segmentWords(segments[first]!));
    });
  });

  it('tells apart texts of the same length and the same first, middle and last letters', () => {
    // Twelve texts alike at those places, each twice: more than are compared per fingerprint.
    const texts = Array.from({ length: 12 }, (_, i) => `A ${String.fromCharCode(97 + i).repeat(2)} M ${String.fromCharCode(110 + i).repeat(2)} Z`);
    const segments = [...texts, ...texts].map((text) => ({ text }));
    shareWordsOfSameText(segments);
    for (const segment of segments) expect(segmentWords(segment)).toEqual(tokenizeOnce(segment.text));
  });

  it('gives the tokens of each text on random posts, in any order of asking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Year 4', 'trip', "Ava's", 'Zoë', ' ', '. ', '\n', 'the', 'THE'), { maxLength: 6 }).map((parts) => parts.join('')),
        fc.array(fc.nat(5), { maxLength: 12 }),
        fc.array(fc.nat(11), { maxLength: 12 }),
        (extra, picks, order) => {
          const pool = ['Thank you', 'thank you', extra, 'Our choir sang', extra.toUpperCase(), ''];
          const segments = picks.map((k) => ({ text: pool[k]! }));
          shareWordsOfSameText(segments);
          for (const k of order) if (k < segments.length) expect(segmentWords(segments[k]!)).toEqual(tokenizeOnce(segments[k]!.text));
          for (const segment of segments) expect(segmentWords(segment)).toEqual(tokenizeOnce(segment.text));
        },
      ),
      { numRuns: 1000, seed: 20261122 },
    );
  });
});
