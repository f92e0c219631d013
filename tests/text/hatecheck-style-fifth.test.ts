// text/derogatory on the fifth HateCheck-style set (tests/fixtures/text/hatecheck-style-fifth.csv, written by the
// hate26 session, not copied: see its generator): per-split floors, so that a change which loses ground on it
// fails. The train split may guide changes to the rule; the check split only measures.
// Contains slurs, threats and abuse: test data only.
import { describe, expect, it } from 'vitest';
import { hatecheckStyleSet } from '../helpers/hostility.js';

const { rows, errors } = hatecheckStyleSet('hatecheck-style-fifth.csv');

describe('the fifth HateCheck-style set', () => {
  it('has both splits over all seven groups and every functionality but target_indiv_nh, harmless cases about 30 %', () => {
    expect(rows.length).toBe(1580);
    for (const split of ['train', 'check']) {
      expect(rows.filter((r) => r.split === split && r.label_gold === 'hateful').length).toBe(551);
      expect(rows.filter((r) => r.split === split && r.label_gold === 'non-hateful').length).toBe(239);
    }
    expect(new Set(rows.filter((r) => r.label_gold === 'hateful').map((r) => (r as unknown as { target_ident: string }).target_ident)).size).toBe(7);
    expect(new Set(rows.map((r) => r.functionality)).size).toBe(28);
  });
  it('has no template too alike one of HateCheck dev or our other four sets', async () => {
    // The generator's own check (an .mjs without types, so imported by its URL).
    const generator = new URL('../fixtures/text/hatecheck-style-fifth.gen.mjs', import.meta.url).href;
    const { nearDuplicates } = (await import(generator)) as { nearDuplicates: () => string[] };
    expect(nearDuplicates()).toEqual([]);
  });
  // Before any change to the rule: train 376/551 hateful (68.2 %) and 23/239 harmless (9.6 %) cases were errors,
  // check 377/551 (68.4 %) and 14/239 (5.9 %). The train split then guided changes (hate26).
  it('train split: no worse than after the changes it guided', () => {
    expect(errors('train', 'hateful')).toBeGreaterThanOrEqual(421);
    expect(errors('train', 'non-hateful')).toBeLessThanOrEqual(2);
  });
  // The check split stayed at 377 (68.4 %) and 14 harmless; it only measures: a regression below it fails.
  it('check split: no worse than now', () => {
    expect(errors('check', 'hateful')).toBeGreaterThanOrEqual(377);
    expect(errors('check', 'non-hateful')).toBeLessThanOrEqual(14);
  });
});
