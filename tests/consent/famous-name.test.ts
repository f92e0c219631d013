// famousName stops reading once no famous name begins with the words read so far (a prefix set);
// it must give the answer of the loop it replaced, which read on to FAMOUS_MAX_WORDS words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NameKnowledge } from '../../src/consent/knowledge.js';
import { prepareNameKnowledge } from '../../src/consent/knowledge.js';
import { famousName } from '../../src/consent/famous-names.js';
import type { NamePlace, NameToken } from '../../src/consent/name-tokens.js';

/** The loop famousName had before the prefix set. */
function famousNameBefore(place: NamePlace, i: number, k: NameKnowledge): number {
  const tokens = place.tokens;
  let key = tokens[i]!.norm;
  let found = 0;
  for (let j = i + 1; j < tokens.length && j <= i + 6 - 1; j++) {
    if (!/^\s+$/.test(place.segment.text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
    key += ` ${tokens[j]!.norm}`;
    if (k.famous.has(key)) found = j - i + 1;
  }
  return found;
}

/** A place of these words with these gaps (norms as the words, lower case). */
function placeOf(words: string[], gaps: string[]): NamePlace {
  let text = '';
  const tokens: NameToken[] = [];
  words.forEach((word, n) => {
    if (n > 0) text += gaps[n - 1] ?? ' ';
    const start = text.length;
    text += word;
    tokens.push({ norm: word, raw: word, start, end: text.length, capitalised: true, sentenceStart: false, possessive: false, initial: false, via: 'text' });
  });
  return { segment: { kind: 'paragraph', text, pieces: [{ textStart: 0, sourceStart: 0, length: text.length }] }, tokens, person: false, caseless: false, titleCase: false } as unknown as NamePlace;
}

describe('famousName', () => {
  it('gives what reading on to six words gave, on the real famous list and on made-up ones', async () => {
    const real = await prepareNameKnowledge();
    const famousWords = [...new Set([...real.famous].flatMap((name) => name.split(' ')))].slice(0, 40);
    const word = fc.oneof(fc.constantFrom(...famousWords), fc.constantFrom('a', 'b', 'c', 'the', 'of'));
    const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\n', ', ', '-');
    await fc.assert(
      fc.asyncProperty(
        fc.array(word, { minLength: 1, maxLength: 9 }),
        fc.array(gap, { minLength: 8, maxLength: 8 }),
        fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'the', 'of'), { minLength: 1, maxLength: 7 }).map((w) => w.join(' ')), { maxLength: 12 }),
        fc.boolean(),
        async (words, gaps, madeUp, useReal) => {
          const k = useReal ? real : ({ ...real, famous: new Set(madeUp) } as NameKnowledge);
          const place = placeOf(words, gaps);
          for (let i = 0; i < words.length; i++) expect(famousName(place, i, k)).toBe(famousNameBefore(place, i, k));
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('finds a famous name and stops at a gap', async () => {
    const k = await prepareNameKnowledge();
    const name = [...k.famous].find((n) => n.split(' ').length >= 2)!;
    const words = name.split(' ');
    expect(famousName(placeOf(words, []), 0, k)).toBe(words.length);
    expect(famousName(placeOf(words, words.map(() => '. ')), 0, k)).toBe(0);
  });
});
