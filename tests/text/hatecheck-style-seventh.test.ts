// text/derogatory on the seventh HateCheck-style set (tests/fixtures/text/hatecheck-style-seventh.csv, written by the
// hate7 session before it read the rule, not copied: see its generator): per-split floors, so that a change which
// loses ground on it fails. The train split may guide changes to the rule; the check split measured until hate8,
// which made it training data (the eighth set's check split measures now).
// Contains slurs, threats and abuse: test data only.
import { describe, expect, it } from 'vitest';
import { hatecheckStyleSet } from '../helpers/hostility.js';

const { rows, errors } = hatecheckStyleSet('hatecheck-style-seventh.csv');

describe('the seventh HateCheck-style set', () => {
  it('has both splits over all seven groups and all 29 functionalities, target_indiv_nh included', () => {
    expect(rows.length).toBe(1620);
    expect(rows.filter((r) => r.split === 'train' && r.label_gold === 'hateful').length).toBe(618);
    expect(rows.filter((r) => r.split === 'check' && r.label_gold === 'hateful').length).toBe(600);
    for (const split of ['train', 'check']) expect(rows.filter((r) => r.split === split && r.label_gold === 'non-hateful').length).toBe(201);
    expect(new Set(rows.filter((r) => r.label_gold === 'hateful').map((r) => (r as unknown as { target_ident: string }).target_ident)).size).toBe(7);
    expect(new Set(rows.map((r) => r.functionality)).size).toBe(29);
  });
  it('has no template too alike one of HateCheck dev or our other six sets', async () => {
    // The generator's own check (an .mjs without types, so imported by its URL).
    const generator = new URL('../fixtures/text/hatecheck-style-seventh.gen.mjs', import.meta.url).href;
    const { nearDuplicates } = (await import(generator)) as { nearDuplicates: () => string[] };
    expect(nearDuplicates()).toEqual([]);
  });
  // Before any change to the rule: train 401/618 hateful (64.9 %) and 22/201 harmless (10.9 %) cases were errors,
  // check 420/600 (70.0 %) and 16/201 (8.0 %). The train split (with the other sets' train splits and the third to
  // sixth sets' check splits) then guided changes (hate7).
  // After hate8's changes (guided by it and the other training splits): 475/618 (76.9 %) and 2/201.
  it('train split: no worse than after the changes it guided', () => {
    expect(errors('train', 'hateful')).toBeGreaterThanOrEqual(475);
    expect(errors('train', 'non-hateful')).toBeLessThanOrEqual(2);
  });
  // Measured after hate7's changes (twice, the same): check 432/600 (72.0 %) and 16/201 harmless (8.0 %). From the
  // hate8 session on, this check split is TRAINING data too (its mistakes guided changes, the eighth set's check
  // split measures instead): after hate8, 446/600 (74.3 %) and 1/201 (0.5 %).
  it('check split (training data since hate8): no worse than now', () => {
    expect(errors('check', 'hateful')).toBeGreaterThanOrEqual(446);
    expect(errors('check', 'non-hateful')).toBeLessThanOrEqual(1);
  });
});
