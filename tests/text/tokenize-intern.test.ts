// tokenizeOnce shares one string per plain ASCII word (an intern table, cleared when half full):
// whatever the table holds, each token must be exactly the word at its place in the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseWord, tokenizeOnce } from '../../src/lexicons/tokenize.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function expected(text: string) {
  return [...text.matchAll(WORD)].map((m) => ({ norm: normaliseWord(m[0]), start: m.index, end: m.index + m[0].length, raw: m[0] }));
}

describe('tokenizeOnce with interned words', () => {
  it('gives each occurrence its own positions and the same strings as the text', () => {
    const text = 'The choir sang. the CHOIR Sang at the Town hall; the choir sang again and THE end.';
    expect(tokenizeOnce(text)).toEqual(expected(text));
    expect(tokenizeOnce(text)).toEqual(expected(text)); // second time from the table
  });

  it('stays exact past the table being cleared (more distinct words than it holds)', () => {
    // 70,000 distinct words: the table (65,536 slots, cleared at half) is cleared twice on the way.
    const words = Array.from({ length: 70_000 }, (_, i) => (i % 3 === 0 ? `Word${i.toString(36)}` : `w${i.toString(36)}x`));
    const text = words.join(' ');
    expect(tokenizeOnce(text)).toEqual(expected(text));
    const again = `${words.slice(0, 5_000).join(', ')} ${words.slice(65_000).join('. ')}`;
    expect(tokenizeOnce(again)).toEqual(expected(again));
  });

  it('tells apart words whose hashes collide and words of different lengths', () => {
    // "Aa" and "BB" have the same 31-based hash; so do "AaAa", "BBBB", "AaBB".
    const text = 'Aa BB AaAa BBBB AaBB BBAa aa bb Aa BB a aaaaaaaaaaaa aaaaaaaaaaaaa aaaaaaaaaaaaa';
    expect(tokenizeOnce(text)).toEqual(expected(text));
  });

  it('agrees with the word pattern on random ASCII text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'A', 'B', 'z', '1', ' ', '.', "'", 'Aa', 'BB', 'The', 'the'), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(tokenizeOnce(text)).toEqual(expected(text));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
});
