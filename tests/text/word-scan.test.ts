import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWords } from '../../src/lexicons/words.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function byPattern(text: string): [number, number][] {
  return [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
}

function byScan(text: string): [number, number][] {
  const words: [number, number][] = [];
  scanWords(text, (start, end) => words.push([start, end]));
  return words;
}

// Characters that matter to the pattern: ASCII letters and digits, apostrophes, accents, letters and
// digits outside ASCII and outside the BMP, lone surrogates, punctuation and spaces.
const pieces = ['a', 'Z', '7', "'", '’', ' ', '-', '.', '\n', 'é', 'e\u0301', 'ß', 'Ж', '٣', '½', '𝐀', '😀', '\ud800', '\udc00', '_', '@', '#', '—', '£'];

describe('scanWords', () => {
  it('finds the words the word pattern finds', () => {
    for (const text of ["don't", "O’Brien's", "rock'n'roll", "5's", "'tis", "a'1", "Year6Stars", 'naïve café', '𝐀𝐁 x', 'x\ud800y', "it'’s", '']) {
      expect(byScan(text)).toEqual(byPattern(text));
    }
  });

  it('agrees with the pattern on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(byScan(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(byScan(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});
