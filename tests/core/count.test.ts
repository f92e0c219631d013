import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/core/count.js';

describe('formatCount', () => {
  it('writes whole numbers as en-GB does', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 1_000_000, -4_321]) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
  });

  it('agrees with toLocaleString for any safe integer', () => {
    fc.assert(fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => formatCount(n) === n.toLocaleString('en-GB')));
  });
});
