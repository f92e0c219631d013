// sourceOffset finds the piece of a segment a text index falls in by binary search; it must answer
// as the plain scan it replaced, for any ascending pieces (zero-length ones and gaps included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceOffset, splitLongSegment, withoutRanges } from '../../src/core/position.js';
import type { TextSegment } from '../../src/core/types.js';

function byScan(segment: TextSegment, textIndex: number): number {
  const pieces = segment.pieces;
  if (pieces.length === 0) return 0;
  let chosen = pieces[0]!;
  for (const piece of pieces) {
    if (piece.textStart <= textIndex) chosen = piece;
    else break;
  }
  return chosen.sourceStart + Math.min(Math.max(textIndex - chosen.textStart, 0), chosen.length);
}

describe('sourceOffset', () => {
  it('answers as a scan of the pieces does', () => {
    const piece = fc.record({ gap: fc.nat(5), length: fc.nat(8), skip: fc.nat(20) });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.integer({ min: -3, max: 300 }), { minLength: 1, maxLength: 20 }), (shape, indexes) => {
        let textStart = 0;
        let sourceStart = 0;
        const pieces = shape.map(({ gap, length, skip }) => {
          textStart += gap;
          sourceStart += skip;
          const p = { textStart, sourceStart, length };
          textStart += length;
          sourceStart += length;
          return p;
        });
        const segment: TextSegment = { kind: 'body', text: 'x'.repeat(textStart), pieces };
        for (const index of indexes) expect(sourceOffset(segment, index)).toBe(byScan(segment, index));
        expect(sourceOffset(segment, Number.NaN)).toBe(byScan(segment, Number.NaN));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
});

/** A source where each run of text sits after a gap (markup the segment skips), and the segment's pieces. */
function gappedSource(runs: { text: string; gap: number }[]): { source: string; text: string; pieces: TextSegment['pieces'] } {
  let source = '';
  let text = '';
  const pieces: TextSegment['pieces'] = [];
  for (const run of runs) {
    source += '#'.repeat(run.gap);
    pieces.push({ textStart: text.length, sourceStart: source.length, length: run.text.length });
    source += run.text;
    text += run.text;
  }
  return { source, text, pieces };
}

describe('withoutRanges', () => {
  it('keeps every remaining character at its place in the source, for any pieces and cuts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string({ minLength: 1, maxLength: 8 }), gap: fc.nat(5) }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(60), fc.nat(10)), { maxLength: 4 }),
        (parts, cuts) => {
          const { source, text, pieces } = gappedSource(parts);
          const ranges: { start: number; end: number }[] = [];
          let at = 0;
          for (const [skip, length] of cuts) {
            const start = Math.min(text.length, at + skip);
            const end = Math.min(text.length, start + length);
            ranges.push({ start, end });
            at = end;
          }
          const cut = withoutRanges({ kind: 'body', text, pieces }, ranges);
          let expected = '';
          let from = 0;
          for (const range of ranges) {
            expected += text.slice(from, range.start);
            from = range.end;
          }
          expect(cut.text).toBe(expected + text.slice(from));
          for (const piece of cut.pieces) expect(source.slice(piece.sourceStart, piece.sourceStart + piece.length)).toBe(cut.text.slice(piece.textStart, piece.textStart + piece.length));
          expect(cut.pieces.reduce((n, p) => n + p.length, 0)).toBe(cut.text.length);
        },
      ),
    );
  });
});

describe('splitLongSegment', () => {
  it('cuts a long paragraph into parts that keep every character at its place in the source', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.stringMatching(/^[A-Za-z .!?\n]{1,40}$/), gap: fc.nat(5) }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 8, max: 60 }),
        (runs, longest) => {
          const { text, pieces } = gappedSource(runs);
          const segment: TextSegment = { kind: 'body', text, pieces };
          const parts = splitLongSegment(segment, longest);
          expect(parts.map((p) => p.text).join('')).toBe(text);
          let at = 0;
          for (const part of parts) {
            expect(part.text.length).toBeLessThanOrEqual(longest);
            expect(part.text.length).toBeGreaterThan(0);
            for (let i = 0; i < part.text.length; i++) expect(sourceOffset(part, i)).toBe(sourceOffset(segment, at + i));
            at += part.text.length;
          }
        },
      ),
      { numRuns: 500, seed: 20261123 },
    );
  });

  it('cuts where the regex it replaced cut: after a sentence end and closing quotes or brackets, else the last space', () => {
    // The cut rule as first written, kept here as the reference.
    const oldCut = (text: string, from: number, limit: number) => {
      const half = from + Math.floor((limit - from) / 2);
      for (let i = limit - 1; i > half; i--) {
        const c = text.charCodeAt(i);
        if (c === 10) return i + 1;
        if ((c === 32 || c === 9) && /[.!?]["”’)\]]*$/.test(text.slice(Math.max(from, i - 4), i))) return i + 1;
      }
      for (let i = limit - 1; i > half; i--) if (text.charCodeAt(i) === 32) return i + 1;
      return limit;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'Bcd', ' ', '\t', '. ', '.) ', '!" ', '?” ', '.’)\t', '.] ', ".' ", '). ', '."x '), { minLength: 1, maxLength: 60 }), fc.integer({ min: 6, max: 40 }), (chars, longest) => {
        const text = chars.join('');
        const segment: TextSegment = { kind: 'body', text, pieces: [{ textStart: 0, sourceStart: 0, length: text.length }] };
        const expected: string[] = [];
        for (let from = 0; from < text.length; ) {
          const to = text.length - from <= longest ? text.length : oldCut(text, from, from + longest);
          expected.push(text.slice(from, to));
          from = to;
        }
        expect(splitLongSegment(segment, longest).map((p) => p.text)).toEqual(expected);
      }),
      { numRuns: 500, seed: 20261124 },
    );
  });

  it('cuts after a sentence end where there is one, and leaves a short paragraph as it is', () => {
    const sentence = 'The choir sang at the town hall. ';
    const segment: TextSegment = { kind: 'body', text: sentence.repeat(10), pieces: [{ textStart: 0, sourceStart: 0, length: sentence.length * 10 }] };
    const parts = splitLongSegment(segment, 100);
    expect(parts.every((p) => p.text.endsWith('hall. ') || p === parts.at(-1))).toBe(true);
    expect(splitLongSegment(segment, 1000)).toEqual([segment]);
  });
});
