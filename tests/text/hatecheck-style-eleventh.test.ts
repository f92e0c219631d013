// text/derogatory on the eleventh HateCheck-style set (tests/fixtures/text/hatecheck-style-eleventh.csv, written by the
// hate11 session before it read the rule, not copied: see its generator): per-split floors, so that a change which
// loses ground on it fails. The train split may guide changes; the check split only measures unseen templates.
// Contains slurs, threats and abuse: test data only.
import { describe, expect, it } from 'vitest';
import { hatecheckStyleSet } from '../helpers/hostility.js';

const { rows, errors } = hatecheckStyleSet('hatecheck-style-eleventh.csv');

describe('the eleventh HateCheck-style set', () => {
  it('has both splits over all seven groups and all 29 functionalities, target_indiv_nh included', () => {
    expect(rows.length).toBe(1628);
    expect(rows.filter((r) => r.split === 'train' && r.label_gold === 'hateful').length).toBe(619);
    expect(rows.filter((r) => r.split === 'check' && r.label_gold === 'hateful').length).toBe(609);
    expect(rows.filter((r) => r.split === 'train' && r.label_gold === 'non-hateful').length).toBe(200);
    expect(rows.filter((r) => r.split === 'check' && r.label_gold === 'non-hateful').length).toBe(200);
    expect(new Set(rows.filter((r) => r.label_gold === 'hateful').map((r) => (r as unknown as { target_ident: string }).target_ident)).size).toBe(7);
    expect(new Set(rows.map((r) => r.functionality)).size).toBe(29);
  });
  it('has no template too alike one of HateCheck dev or our other ten sets', async () => {
    // The generator's own check (an .mjs without types, so imported by its URL).
    const generator = new URL('../fixtures/text/hatecheck-style-eleventh.gen.mjs', import.meta.url).href;
    const { nearDuplicates } = (await import(generator)) as { nearDuplicates: () => string[] };
    expect(nearDuplicates()).toEqual([]);
  });
  // Before any change to the rule (hate11): train 409/619 hateful (66.1 %) and 3/200 harmless (1.5 %) cases were errors,
  // check 403/609 (66.2 %) and 11/200 (5.5 %). The train split (with every other training split and the tenth set's
  // check split) then guided changes (hate11): train 499/619 (80.6 %) and 3/200; check, measured once after, 427/609
  // (70.1 %) and 11/200.
  it('train split: no worse than after the changes it guided', () => {
    expect(errors('train', 'hateful')).toBeGreaterThanOrEqual(499);
    expect(errors('train', 'non-hateful')).toBeLessThanOrEqual(3);
  });
  it('check split: no worse than after those changes', () => {
    expect(errors('check', 'hateful')).toBeGreaterThanOrEqual(427);
    expect(errors('check', 'non-hateful')).toBeLessThanOrEqual(11);
  });
});
