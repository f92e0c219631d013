// Writes docs/rules.md from the rules' metadata and the built-in policy packs.
// Run after adding or changing a rule: node scripts/gen-rules-doc.mjs (tests/report/rules-doc.test.ts checks it).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importTs, repoRoot } from './lib/import-ts.mjs';

const { default: render } = await importTs(`
  import { rules } from './src/rules/index.ts';
  import { BUILT_IN_POLICIES, loadPolicy } from './src/policies/loader.ts';
  import { renderRulesDoc } from './src/report/rules-doc.ts';
  export default async () => renderRulesDoc(rules, await Promise.all(BUILT_IN_POLICIES.map((id) => loadPolicy(id))));`);
const target = path.join(repoRoot, 'docs', 'rules.md');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, await render());
console.log(`wrote ${path.relative(repoRoot, target)}`);
