// The cheap first look for numbers and addresses spelled out answers as the full pattern does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPELLED_GATE, mayHoldSpelledOut } from '../../src/text/personal-data.js';

const PIECES = ['[at]', '(at)', '{at}', ' at ', 'dot', ' dot com', 'DOT uk', 'double', 'Treble', 'oh', 'Oh,', 'zero', 'nought', 'seven', 'one', 'two', 'three', 'nine', ' ', ',', '.', 'hello', 'photo', 'shot', 'seventh', 'dotty', '7', 'o', 'h'];

describe('mayHoldSpelledOut', () => {
  it('is true exactly where SPELLED_GATE matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(mayHoldSpelledOut(text)).toBe(SPELLED_GATE.test(text));
      }),
      { seed: Number(process.env.FC_SEED ?? 20261124), numRuns: 3000 },
    );
  });
});
