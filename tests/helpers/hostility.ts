// For the text tests: the hostility model as the derogatory rule builds it, and the HateCheck-style
// case files written for this project (tests/fixtures/text/*.csv).
import { readFileSync } from 'node:fs';
import { beforeAll } from 'vitest';
import { parse } from 'csv-parse/sync';
import { LexiconStore } from '../../src/lexicons/store.js';
import { buildHostilityModel, findHostility, type HostilityModel } from '../../src/text/hostility.js';

export async function loadHostilityModel(): Promise<HostilityModel> {
  const store = new LexiconStore();
  return buildHostilityModel(await store.get('derogatory'), await store.get('hostility'), await store.get('derogatory-variants'));
}

export interface HateCheckStyleRow {
  functionality: string;
  test_case: string;
  label_gold: string;
  split: string;
}

/** The cases of one file in tests/fixtures/text ("hatecheck-style-third.csv"). */
export function hatecheckStyleRows(file: string): HateCheckStyleRow[] {
  return parse(readFileSync(new URL(`../fixtures/text/${file}`, import.meta.url), 'utf8'), { columns: true, skip_empty_lines: true, comment: '#' });
}

/**
 * One HateCheck-style file for a test file: its rows, whether a text draws an error-level finding, and how
 * many cases of a split and label do (the model is loaded in the calling file's `beforeAll`).
 */
export function hatecheckStyleSet(file: string): { rows: HateCheckStyleRow[]; isError: (text: string) => boolean; errors: (split: string, label: string) => number } {
  let model: HostilityModel;
  beforeAll(async () => {
    model = await loadHostilityModel();
  });
  const rows = hatecheckStyleRows(file);
  const isError = (text: string) => findHostility(text, model).some((f) => f.severity === 'error');
  const errors = (split: string, label: string) => rows.filter((r) => r.split === split && r.label_gold === label && isError(r.test_case)).length;
  return { rows, isError, errors };
}
