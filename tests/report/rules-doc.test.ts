// docs/rules.md is generated from the rules; every rule must be documented, tested and cited by every pack.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_POLICIES, loadPolicy } from '../../src/policies/loader.js';
import { renderRulesDoc } from '../../src/report/rules-doc.js';
import { ruleAnchor } from '../../src/report/rule-links.js';
import { rules } from '../../src/rules/index.js';
import { repoRoot } from '../helpers/cli.js';

const packs = await Promise.all(BUILT_IN_POLICIES.map((id) => loadPolicy(id)));

describe('docs/rules.md', () => {
  const committed = readFileSync(path.join(repoRoot, 'docs', 'rules.md'), 'utf8');

  it('is up to date with the rules and packs (regenerate: node scripts/gen-rules-doc.mjs)', () => {
    expect(committed).toBe(renderRulesDoc(rules, packs));
  });

  it('has a heading for every rule at the anchor SARIF help links point to', () => {
    for (const rule of rules) {
      expect(committed).toContain(`\n## ${rule.meta.id}\n`);
      expect(committed).toContain(`(#${ruleAnchor(rule.meta.id)})`);
    }
  });

  it('is tidy Markdown (markdownlint basics: blank lines around headings, no trailing spaces, one final newline)', () => {
    const lines = committed.split('\n');
    lines.forEach((line, i) => {
      expect(line, `line ${i + 1}`).not.toMatch(/[ \t]+$/);
      if (line.startsWith('#') && i > 0) expect(lines[i - 1], `before line ${i + 1}`).toBe('');
      if (line.startsWith('#')) expect(lines[i + 1], `after line ${i + 1}`).toBe('');
    });
    expect(committed.endsWith('\n') && !committed.endsWith('\n\n')).toBe(true);
  });
});

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  it('has documentation: details, examples that fire and that pass, and a fix', () => {
    expect(rule.meta.description.trim()).not.toBe('');
    expect(rule.meta.docs.details.trim()).not.toBe('');
    expect(rule.meta.docs.fires.length).toBeGreaterThan(0);
    expect(rule.meta.docs.passes.length).toBeGreaterThan(0);
    expect(rule.meta.docs.fix.trim()).not.toBe('');
  });

  it('has its own test file', () => {
    const [family, name] = id.split('/');
    expect(existsSync(path.join(repoRoot, 'tests', 'rules', family!, `${name}.test.ts`)), `tests/rules/${family}/${name}.test.ts`).toBe(true);
  });

  it('has a citation entry (possibly empty: "no specific section") in every policy pack', () => {
    for (const pack of packs) expect(Object.keys(pack.rules), `${pack.id} has no entry for ${id}`).toContain(id);
  });
});
