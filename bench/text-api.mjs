// Bundles the text checks from src/ with esbuild (as scripts/build.mjs does) so the eval and the
// bench run them in-process, without spawning the CLI for each case.
import { build } from 'esbuild';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './lib.mjs';
import { EXTERNAL, SUPPORTED } from '../scripts/lib/import-ts.mjs';

let api;

export async function textApi() {
  if (api) return api;
  // Beside the built CLI when there is one, so the checks read dist/data.json (validated lexicons,
  // as the installed CLI does) instead of parsing YAML with zod; otherwise inside the repository,
  // where they find lexicons/ beside package.json.
  const built = existsSync(path.join(repoRoot, 'dist', 'data.json'));
  const dir = built ? path.join(repoRoot, 'dist') : path.join(repoRoot, 'node_modules', '.cache', 'post-audit-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `bench-text-api-${process.pid}.mjs`);
  await build({
    absWorkingDir: repoRoot,
    stdin: {
      contents: [
        "export { findHostility } from './src/text/hostility.ts';",
        "export { hostilityModel } from './src/rules/text/derogatory.ts';",
        "export { findPersonalData } from './src/text/personal-data.ts';",
        "export { LexiconStore } from './src/lexicons/store.ts';",
        "export { loadPost } from './src/load/post.ts';",
        "export { checkPost } from './src/core/engine.ts';",
        "export { textRules, rules } from './src/rules/index.ts';",
        "export { loadPolicy } from './src/policies/loader.ts';",
      ].join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    supported: SUPPORTED,
    // The CLI's own list (scripts/build.mjs): pdf.js, 3.6 MB of source that a Markdown post never
    // loads, was bundled in and counted in the bench's memory.
    external: EXTERNAL,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __pa_createRequire } from 'node:module'; const require = __pa_createRequire(import.meta.url);" },
  });
  try {
    api = await import(pathToFileURL(outfile).href);
  } finally {
    if (!process.env.KEEP_BENCH_BUNDLE) rmSync(outfile, { force: true });
  }
  return api;
}
