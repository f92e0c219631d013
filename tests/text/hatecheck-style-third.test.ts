// text/derogatory on the third HateCheck-style set (tests/fixtures/text/hatecheck-style-third.csv, written
// by the hate24 session, not copied: see its generator): per-split floors, so that a change which loses
// ground on it fails. The train split may guide changes to the rule; the check split only measures.
// Contains slurs, threats and abuse: test data only.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { LexiconStore } from '../../src/lexicons/store.js';
import { buildHostilityModel, findHostility, type HostilityModel } from '../../src/text/hostility.js';

let model: HostilityModel;
const store = new LexiconStore();
beforeAll(async () => {
  model = buildHostilityModel(await store.get('derogatory'), await store.get('hostility'), await store.get('derogatory-variants'));
});
const isError = (text: string) => findHostility(text, model).some((f) => f.severity === 'error');

interface Row { functionality: string; test_case: string; label_gold: string; split: string }
const rows: Row[] = parse(readFileSync(new URL('../fixtures/text/hatecheck-style-third.csv', import.meta.url), 'utf8'), { columns: true, skip_empty_lines: true, comment: '#' });
/** How many of the split's cases with this label draw an error-level finding (each split has 738 hateful, 262 harmless). */
const errors = (split: string, label: string) => rows.filter((r) => r.split === split && r.label_gold === label && isError(r.test_case)).length;

describe('the third HateCheck-style set', () => {
  it('has both splits over all seven groups', () => {
    expect(rows.length).toBe(2000);
    for (const split of ['train', 'check']) {
      expect(rows.filter((r) => r.split === split && r.label_gold === 'hateful').length).toBe(738);
      expect(rows.filter((r) => r.split === split && r.label_gold === 'non-hateful').length).toBe(262);
    }
    expect(new Set(rows.map((r) => r.split))).toEqual(new Set(['train', 'check']));
    expect(new Set(rows.filter((r) => r.label_gold === 'hateful').map((r) => (r as unknown as { target_ident: string }).target_ident)).size).toBe(7);
  });
  // Before any change to the rule: train 543/738 hateful (73.6 %) and 19/262 harmless (7.3 %) cases were
  // errors, check 517/738 (70.1 %) and 16/262 (6.1 %).
  it('train split: no worse than before', () => {
    expect(errors('train', 'hateful')).toBeGreaterThanOrEqual(543);
    expect(errors('train', 'non-hateful')).toBeLessThanOrEqual(19);
  });
  it('check split: no worse than before', () => {
    expect(errors('check', 'hateful')).toBeGreaterThanOrEqual(517);
    expect(errors('check', 'non-hateful')).toBeLessThanOrEqual(16);
  });
});
