// text/derogatory on the sixth HateCheck-style set (tests/fixtures/text/hatecheck-style-sixth.csv, written by the
// hate6 session before it read the rule, not copied: see its generator): per-split floors, so that a change which loses ground on it
// fails. The train split may guide changes to the rule; the check split only measures.
// Contains slurs, threats and abuse: test data only.
import { describe, expect, it } from 'vitest';
import { hatecheckStyleSet } from '../helpers/hostility.js';

const { rows, errors } = hatecheckStyleSet('hatecheck-style-sixth.csv');

describe('the sixth HateCheck-style set', () => {
  it('has both splits over all seven groups and all 29 functionalities, target_indiv_nh included', () => {
    expect(rows.length).toBe(1617);
    expect(rows.filter((r) => r.split === 'train' && r.label_gold === 'hateful').length).toBe(586);
    expect(rows.filter((r) => r.split === 'check' && r.label_gold === 'hateful').length).toBe(551);
    for (const split of ['train', 'check']) expect(rows.filter((r) => r.split === split && r.label_gold === 'non-hateful').length).toBe(240);
    expect(new Set(rows.filter((r) => r.label_gold === 'hateful').map((r) => (r as unknown as { target_ident: string }).target_ident)).size).toBe(7);
    expect(new Set(rows.map((r) => r.functionality)).size).toBe(29);
  });
  it('has no template too alike one of HateCheck dev or our other five sets', async () => {
    // The generator's own check (an .mjs without types, so imported by its URL).
    const generator = new URL('../fixtures/text/hatecheck-style-sixth.gen.mjs', import.meta.url).href;
    const { nearDuplicates } = (await import(generator)) as { nearDuplicates: () => string[] };
    expect(nearDuplicates()).toEqual([]);
  });
  // Before any change to the rule: train 386/586 hateful (65.9 %) and 30/240 harmless (12.5 %) cases were errors,
  // check 343/551 (62.3 %) and 8/240 (3.3 %). The train split (with the other sets' train splits and the third,
  // fourth and fifth sets' check splits) then guided changes (hate6).
  it('train split: no worse than after the changes it guided', () => {
    expect(errors('train', 'hateful')).toBeGreaterThanOrEqual(468);
    expect(errors('train', 'non-hateful')).toBeLessThanOrEqual(2);
  });
  // Measured once after the changes: check 371/551 (67.3 %) and 8/240 harmless (3.3 %); it only measures: a
  // regression below it fails.
  it('check split: no worse than now', () => {
    expect(errors('check', 'hateful')).toBeGreaterThanOrEqual(371);
    expect(errors('check', 'non-hateful')).toBeLessThanOrEqual(8);
  });
});
