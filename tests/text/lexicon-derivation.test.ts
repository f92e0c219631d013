// lexicons/derogatory.yaml is curated by hand; lexicons/derogatory-variants.yaml is derived from it and
// from hostility.yaml by scripts/derive-lexicons.mjs. The derived file must be what the script derives
// from the committed lists (a word added without re-deriving has no misspellings recognised), and every
// entry's `source` must be true of its terms.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without types
import { curatedTerms, deriveVariants, missingFromCurated, sourceLists } from '../../scripts/derive-lexicons.mjs';
import { repoRoot } from '../helpers/cli.js';
import { hasSharedFixtures, sharedPath } from '../helpers/shared.js';

type Curated = Map<string, { term: string; category: string; strength: number; sources: Set<string> }>;

describe('lexicons/derogatory-variants.yaml', () => {
  it('is what scripts/derive-lexicons.mjs derives from the committed word lists (run it after editing them)', () => {
    const committed = readFileSync(path.join(repoRoot, 'lexicons', 'derogatory-variants.yaml'), 'utf8');
    const { text } = deriveVariants(repoRoot) as { text: string };
    expect(committed === text, 'lexicons/derogatory-variants.yaml is out of step: run `node scripts/derive-lexicons.mjs`').toBe(true);
  });
});

describe.skipIf(!hasSharedFixtures)('lexicons/derogatory.yaml against the licensed source lists (../shared/fixtures/lexicon-sources)', () => {
  const sources = sharedPath('lexicon-sources');

  it('names as a source only a list that holds the term (or its singular or plural)', () => {
    const lists = sourceLists(sources) as { ofcomRows: { term: string }[]; surgeRows: { term: string }[]; ldnoobw: string[] };
    const bySource: Record<string, Set<string>> = {
      ofcom: new Set(lists.ofcomRows.map((row) => row.term.toLowerCase())),
      'surge-ai': new Set(lists.surgeRows.map((row) => row.term.toLowerCase())),
      ldnoobw: new Set(lists.ldnoobw),
    };
    const forms = (term: string) => [term, term.replace(/s$/, ''), term.replace(/es$/, ''), `${term}s`];
    const untrue: string[] = [];
    for (const entry of (curatedTerms(repoRoot) as Curated).values()) {
      for (const source of entry.sources) {
        if (source === 'own') continue;
        const list = bySource[source];
        if (!list || !forms(entry.term).some((form) => list.has(form))) untrue.push(`${entry.term} (${source})`);
      }
    }
    expect(untrue).toEqual([]);
  });

  it('holds every term the importer would take from the lists (none waiting for review)', () => {
    const missing = missingFromCurated(sources, repoRoot) as { terms: { items: string[] } }[];
    expect(missing.flatMap((entry) => entry.terms.items)).toEqual([]);
  });
});
