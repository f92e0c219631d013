// text/derogatory on the tenth HateCheck-style set (tests/fixtures/text/hatecheck-style-tenth.csv, written by the
// hate10 session before it read the rule, not copied: see its generator): per-split floors, so that a change which
// loses ground on it fails. The train split may guide changes; the check split only measures unseen templates.
// Contains slurs, threats and abuse: test data only.
import { describe, expect, it } from 'vitest';
import { hatecheckStyleSet } from '../helpers/hostility.js';

const { rows, errors } = hatecheckStyleSet('hatecheck-style-tenth.csv');

describe('the tenth HateCheck-style set', () => {
  it('has both splits over all seven groups and all 29 functionalities, target_indiv_nh included', () => {
    expect(rows.length).toBe(1656);
    expect(rows.filter((r) => r.split === 'train' && r.label_gold === 'hateful').length).toBe(647);
    expect(rows.filter((r) => r.split === 'check' && r.label_gold === 'hateful').length).toBe(609);
    expect(rows.filter((r) => r.split === 'train' && r.label_gold === 'non-hateful').length).toBe(200);
    expect(rows.filter((r) => r.split === 'check' && r.label_gold === 'non-hateful').length).toBe(200);
    expect(new Set(rows.filter((r) => r.label_gold === 'hateful').map((r) => (r as unknown as { target_ident: string }).target_ident)).size).toBe(7);
    expect(new Set(rows.map((r) => r.functionality)).size).toBe(29);
  });
  it('has no template too alike one of HateCheck dev or our other nine sets', async () => {
    // The generator's own check (an .mjs without types, so imported by its URL).
    const generator = new URL('../fixtures/text/hatecheck-style-tenth.gen.mjs', import.meta.url).href;
    const { nearDuplicates } = (await import(generator)) as { nearDuplicates: () => string[] };
    expect(nearDuplicates()).toEqual([]);
  });
  // Before any change to the rule: train 509/647 hateful (78.7 %) and 4/200 harmless (2.0 %) cases were errors,
  // check 446/609 (73.2 %) and 14/200 (7.0 %). The train split (with every other training split) then guided
  // changes (hate10): train 557/647 (86.1 %) and 2/200. The hate11 session made the check split training data too (its
  // author had read the rule before writing it): train 565/647 and 2/200, check 490/609 (80.5 %) and 0/200 after hate11.
  it('train split: no worse than after the changes it guided', () => {
    expect(errors('train', 'hateful')).toBeGreaterThanOrEqual(565);
    expect(errors('train', 'non-hateful')).toBeLessThanOrEqual(2);
  });
  it('check split (training data since hate11): no worse than after the changes it guided', () => {
    expect(errors('check', 'hateful')).toBeGreaterThanOrEqual(490);
    expect(errors('check', 'non-hateful')).toBeLessThanOrEqual(0);
  });
});
