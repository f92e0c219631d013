// Writes docs/rules.md from the rules' metadata and the built-in policy packs.
// Run after adding or changing a rule: node scripts/gen-rules-doc.mjs (tests/report/rules-doc.test.ts checks it).
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = path.join(root, `.gen-rules-doc-${process.pid}.mjs`); // inside the package, so it finds lexicons/
const external = ['sharp', 'exifr', 'natural', 'natural/*', 'inquirer', '@inquirer/*'];
await build({
  absWorkingDir: root,
  stdin: {
    contents: `
      import { rules } from './src/rules/index.ts';
      import { BUILT_IN_POLICIES, loadPolicy } from './src/policies/loader.ts';
      import { renderRulesDoc } from './src/report/rules-doc.ts';
      export default async () => renderRulesDoc(rules, await Promise.all(BUILT_IN_POLICIES.map((id) => loadPolicy(id))));`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile: tmp,
  bundle: true,
  format: 'esm',
  platform: 'node',
  external,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
});
try {
  const { default: render } = await import(pathToFileURL(tmp).href);
  const target = path.join(root, 'docs', 'rules.md');
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, await render());
  console.log(`wrote ${path.relative(root, target)}`);
} finally {
  rmSync(tmp, { force: true });
}
