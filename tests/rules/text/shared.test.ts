// sentenceAround was made cheap to ask many times about one segment; it must answer as the code it
// replaced (kept here). (sourceOffset's binary search is tested in tests/core/position.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextSegment } from '../../../src/core/types.js';
import { oncePerText, sentenceAround } from '../../../src/rules/text/shared.js';
import { shareWordsOfSameText } from '../../../src/lexicons/tokenize.js';
import { SentenceBounds, afterLastStop } from '../../../src/text/spans.js';

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

describe('afterLastStop', () => {
  const text = fc.array(fc.constantFrom('.', '!', '?', '\n', '\r', ' ', 'a', 'Bc', '…'), { maxLength: 40 }).map((parts) => parts.join(''));

  it('answers as the regex it replaced, /[^.!?\\n]*$/ searched in text[from, to)', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const [from, to] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y) as [number, number];
        return afterLastStop(t, from, to) === from + t.slice(from, to).search(/[^.!?\n]*$/u);
      }),
      { numRuns: 500 },
    );
  });
});

describe('oncePerText', () => {
  const segment = (text: string) => ({ text }) as TextSegment;

  it('asks once for each text the post repeats, and for each segment of a text it has once', () => {
    const asked: string[] = [];
    const find = oncePerText((s) => {
      asked.push(s.text);
      return s.text.length === 0 ? undefined : [s.text.length];
    });
    const segments = ['Well done!', 'Thanks.', 'Well done!', '', '', 'Thanks.', 'Once.'].map(segment);
    // As the engine does before the rules run: segments of one text share what is worked out from it.
    shareWordsOfSameText(segments);
    const answers = segments.map(find);
    // An undefined answer ('' here) is not kept: asked again.
    expect(asked).toEqual(['Well done!', 'Thanks.', '', '', 'Once.']);
    expect(answers).toEqual([[10], [7], [10], undefined, undefined, [7], [5]]);
    expect(answers[2]).toBe(answers[0]);
    // Segments not linked (no shared words) are each asked.
    let calls = 0;
    const counted = oncePerText(() => ++calls);
    [segment('a'), segment('a')].forEach((s) => counted(s));
    expect(calls).toBe(2);
  });
});
