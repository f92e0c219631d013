// Writes schema/postauditrc.schema.json from the zod config schema (src/config/schema.ts).
// Run after changing the config schema: node scripts/gen-schema.mjs (tests/cli/schema.test.ts checks it).
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = path.join(os.tmpdir(), `post-audit-schema-${process.pid}.mjs`);
await build({
  absWorkingDir: root,
  stdin: { contents: "export { configJsonSchemaText } from './src/config/json-schema.ts';", resolveDir: root, loader: 'ts' },
  outfile: tmp,
  bundle: true,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
try {
  const { configJsonSchemaText } = await import(pathToFileURL(tmp).href);
  const target = path.join(root, 'schema', 'postauditrc.schema.json');
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, configJsonSchemaText());
  console.log(`wrote ${path.relative(root, target)}`);
} finally {
  rmSync(tmp, { force: true });
}
