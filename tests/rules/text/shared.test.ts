// sentenceAround and offsetInSource were made cheap to ask many times about one segment; they must
// answer as the code they replaced (kept here).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { sourceOffset } from '../../../src/core/position.js';
import type { TextSegment } from '../../../src/core/types.js';
import { offsetInSource, sentenceAround } from '../../../src/rules/text/shared.js';
import { SentenceBounds } from '../../../src/text/personal-data.js';

function oldSentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  const before = text.slice(0, start);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n')) + 1;
  const after = text.slice(end).search(/[.!?](?:\s|$)|\n/);
  const sentenceEnd = after === -1 ? text.length : end + after + 1;
  return { text: text.slice(sentenceStart, sentenceEnd), start: sentenceStart };
}

describe('sentenceAround', () => {
  const piece = fc.constantFrom('. ', '! ', '? ', '.', '!', '?', '\n', ' ', '\t', 'a', 'bc', '.\n', '?\t');
  const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

  it('answers as the old slicing for every start and end, with one SentenceBounds for the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const sentences = new SentenceBounds(t);
        for (let start = 0; start <= t.length; start++) {
          for (let end = start; end <= Math.min(t.length, start + 6); end++) {
            const expected = oldSentenceAround(t, start, end);
            const got = sentenceAround(t, start, end, sentences);
            if (got.text !== expected.text || got.start !== expected.start) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('offsetInSource', () => {
  const pieces = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 4 }), length: fc.integer({ min: 0, max: 6 }), skip: fc.integer({ min: 0, max: 5 }) }), {
    minLength: 1,
    maxLength: 30,
  });

  it('answers as sourceOffset for ascending pieces (and falls back to it otherwise)', () => {
    fc.assert(
      fc.property(pieces, fc.boolean(), (spec, shuffle) => {
        let textStart = 0;
        let sourceStart = 0;
        const built = spec.map(({ gap, length, skip }) => {
          textStart += gap;
          sourceStart += gap + skip;
          const piece = { textStart, sourceStart, length };
          textStart += length;
          sourceStart += length;
          return piece;
        });
        if (shuffle) built.reverse();
        const segment: TextSegment = { kind: 'body', text: ' '.repeat(textStart), pieces: built };
        for (let i = -2; i <= textStart + 2; i++) if (!Object.is(offsetInSource(segment, i), sourceOffset(segment, i))) return false;
        return Object.is(offsetInSource(segment, Number.NaN), sourceOffset(segment, Number.NaN));
      }),
      { numRuns: 300 },
    );
  });
});
