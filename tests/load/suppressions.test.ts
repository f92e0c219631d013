// suppressionLookup must answer exactly as the linear search the engine used before:
// the first suppression in post order for the rule, with a reason, whose [start, end) holds the offset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Suppression } from '../../src/core/types.js';
import { suppressionLookup } from '../../src/load/suppressions.js';

function naive(suppressions: readonly Suppression[], ruleId: string, offset: number): Suppression | undefined {
  return suppressions.find((s) => s.ruleId === ruleId && s.reason !== '' && offset >= s.start && offset < s.end);
}

const RULES = ['text/derogatory', 'text/grievance', 'text/personal-data'];

const suppression = fc
  .record({
    ruleId: fc.constantFrom(...RULES),
    reason: fc.constantFrom('', 'ok', 'quoted'),
    start: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: -3, max: 40 }),
    offset: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ length, ...s }): Suppression => ({ ...s, end: s.start + length }));

describe('suppressionLookup', () => {
  it('finds the first matching suppression in post order, as a linear search does', () => {
    fc.assert(
      fc.property(fc.array(suppression, { maxLength: 60 }), (suppressions) => {
        const lookup = suppressionLookup(suppressions);
        for (const ruleId of [...RULES, 'text/tagging']) {
          for (const offset of [...Array.from({ length: 108 }, (_, i) => i - 2), Number.NaN]) {
            if (lookup(ruleId, offset) !== naive(suppressions, ruleId, offset)) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('keeps post order when a whole-file suppression comes after block ones', () => {
    const block = Array.from({ length: 20 }, (_, i): Suppression => ({ ruleId: 'text/derogatory', reason: `block ${i}`, start: i * 10, end: i * 10 + 5, offset: i * 10 }));
    const file: Suppression = { ruleId: 'text/derogatory', reason: 'file', start: 0, end: 1000, offset: 500 };
    const lookup = suppressionLookup([...block, file]);
    expect(lookup('text/derogatory', 12)?.reason).toBe('block 1');
    expect(lookup('text/derogatory', 16)?.reason).toBe('file');
    expect(lookup('text/derogatory', 999)?.reason).toBe('file');
    expect(lookup('text/derogatory', 1000)).toBeUndefined();
    expect(lookup('text/grievance', 12)).toBeUndefined();
    expect(suppressionLookup([file, ...block])('text/derogatory', 12)?.reason).toBe('file');
  });

  it('handles many suppressions (one per paragraph)', () => {
    const many = Array.from({ length: 20_000 }, (_, i): Suppression => ({ ruleId: 'text/derogatory', reason: 'ok', start: i * 50 + 40, end: i * 50 + 48, offset: i * 50 }));
    const lookup = suppressionLookup(many);
    for (let i = 0; i < 20_000; i += 997) {
      expect(lookup('text/derogatory', i * 50 + 42)).toBe(many[i]);
      expect(lookup('text/derogatory', i * 50 + 10)).toBeUndefined();
    }
  });
});
