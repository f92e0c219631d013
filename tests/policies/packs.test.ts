import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_POLICIES, citationsFor, loadPolicy, parsePolicyFile } from '../../src/policies/loader.js';
import { rules } from '../../src/rules/index.js';
import { repoRoot } from '../helpers/cli.js';
import { hasSharedFixtures, sharedFixtures } from '../helpers/shared.js';

/** Rule ids named in ../shared/RULES.md (the catalogue every pack must map). */
function catalogueRuleIds(): string[] {
  const text = readFileSync(path.join(sharedFixtures, '..', 'RULES.md'), 'utf8');
  return [...text.matchAll(/^\| ((?:consent|text|image|post)\/[a-z-]+) \|/gm)].map((m) => m[1]!);
}

describe('policy packs', () => {
  for (const id of BUILT_IN_POLICIES) {
    describe(id, () => {
      it('validates and maps every registered rule (a list, possibly empty)', async () => {
        const pack = await loadPolicy(id);
        expect(pack.id).toBe(id);
        const missing = rules.map((r) => r.meta.id).filter((ruleId) => !(ruleId in pack.rules));
        expect(missing, `rules with no entry in ${id}.yaml`).toEqual([]);
      });

      it.skipIf(!hasSharedFixtures)('maps every rule id of RULES.md', async () => {
        const pack = await loadPolicy(id);
        const ids = catalogueRuleIds();
        expect(ids.length).toBeGreaterThanOrEqual(25);
        expect(ids.filter((ruleId) => !(ruleId in pack.rules))).toEqual([]);
      });

      it('has one-line summaries that are not empty', async () => {
        const pack = await loadPolicy(id);
        for (const entries of Object.values(pack.rules)) {
          for (const entry of entries) {
            expect(entry.summary.trim().length).toBeGreaterThan(10);
            expect(entry.summary).not.toContain('\n');
          }
        }
      });
    });
  }

  it('every rule cites at least one section in at least one policy', async () => {
    for (const rule of rules) {
      const cited = await Promise.all(BUILT_IN_POLICIES.map(async (id) => citationsFor(await loadPolicy(id), rule.meta.id).length));
      if (rule.meta.id.startsWith('post/') && ['post/unreadable', 'post/invalid-suppression'].includes(rule.meta.id)) continue;
      expect(cited.some((n) => n > 0), rule.meta.id).toBe(true);
    }
  });

  it('the README documents the pack schema and a user pack loads from a file', async () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toMatch(/policy pack/i);
    const pack = await parsePolicyFile(path.join(repoRoot, 'tests', 'fixtures', 'our-trust.yaml'));
    expect(pack.id).toBe('our-trust');
    expect(citationsFor(pack, 'image/gps')[0]).toMatchObject({ policy: 'our-trust', section: '4.2' });
  });
});
