// text/derogatory on the eighth HateCheck-style set (tests/fixtures/text/hatecheck-style-eighth.csv, written by the
// hate8 session before it read the rule, not copied: see its generator): per-split floors, so that a change which
// loses ground on it fails. Both splits are training data now (the check split measured unseen templates once, below).
// Contains slurs, threats and abuse: test data only.
import { describe, expect, it } from 'vitest';
import { hatecheckStyleSet } from '../helpers/hostility.js';

const { rows, errors } = hatecheckStyleSet('hatecheck-style-eighth.csv');

describe('the eighth HateCheck-style set', () => {
  it('has both splits over all seven groups and all 29 functionalities, target_indiv_nh included', () => {
    expect(rows.length).toBe(1610);
    expect(rows.filter((r) => r.split === 'train' && r.label_gold === 'hateful').length).toBe(611);
    expect(rows.filter((r) => r.split === 'check' && r.label_gold === 'hateful').length).toBe(590);
    expect(rows.filter((r) => r.split === 'train' && r.label_gold === 'non-hateful').length).toBe(208);
    expect(rows.filter((r) => r.split === 'check' && r.label_gold === 'non-hateful').length).toBe(201);
    expect(new Set(rows.filter((r) => r.label_gold === 'hateful').map((r) => (r as unknown as { target_ident: string }).target_ident)).size).toBe(7);
    expect(new Set(rows.map((r) => r.functionality)).size).toBe(29);
  });
  it('has no template too alike one of HateCheck dev or our other seven sets', async () => {
    // The generator's own check (an .mjs without types, so imported by its URL).
    const generator = new URL('../fixtures/text/hatecheck-style-eighth.gen.mjs', import.meta.url).href;
    const { nearDuplicates } = (await import(generator)) as { nearDuplicates: () => string[] };
    expect(nearDuplicates()).toEqual([]);
  });
  // Before any change to the rule: train 439/611 hateful (71.8 %) and 16/208 harmless (7.7 %) cases were errors,
  // check 373/590 (63.2 %) and 30/201 (14.9 %). The train split (with every other training split, the seventh set's
  // check split among them) then guided changes (hate8): train 458/611 (75.0 %) and 2/208 (1.0 %).
  it('train split: no worse than after the changes it guided', () => {
    expect(errors('train', 'hateful')).toBeGreaterThanOrEqual(458);
    expect(errors('train', 'non-hateful')).toBeLessThanOrEqual(2);
  });
  // Measured after the changes (twice; the second after further changes, the same): check 380/590 (64.4 %) and
  // 23/201 harmless (11.4 %; target_indiv_nh's insults at a person count here, though errors by policy). Then (the
  // twenty-fourth session) the check split became training data too: two shapes of its harmless errors — a deed
  // against the group judged wrong ("It would be wrong to ban X …") and the way the group is treated judged ("It's
  // disgusting how X get treated online") — now pass: 9/201 (4.5 %), no longer a measure of unseen templates.
  // hate9 then used the check split's misses as training data too: 443/590 (75.1 %), 9/201 harmless.
  it('check split: no worse than now', () => {
    expect(errors('check', 'hateful')).toBeGreaterThanOrEqual(443);
    expect(errors('check', 'non-hateful')).toBeLessThanOrEqual(9);
  });
});
