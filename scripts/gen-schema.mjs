// Writes schema/postauditrc.schema.json from the zod config schema (src/config/schema.ts).
// Run after changing the config schema: node scripts/gen-schema.mjs (tests/cli/schema.test.ts checks it).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importTs, repoRoot } from './lib/import-ts.mjs';

const { configJsonSchemaText } = await importTs("export { configJsonSchemaText } from './src/config/json-schema.ts';");
const target = path.join(repoRoot, 'schema', 'postauditrc.schema.json');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, configJsonSchemaText());
console.log(`wrote ${path.relative(repoRoot, target)}`);
