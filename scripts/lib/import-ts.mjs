// Imports TypeScript from src/ in a plain Node script: bundles a small entry with esbuild into a
// temporary file inside the package (so src/ still finds lexicons/ beside package.json), imports it,
// and removes the file. Used by the build and the generators.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const EXTERNAL = ['sharp', 'exifr', 'natural', 'natural/*', 'inquirer', '@inquirer/*', 'fast-check', 'node-pty', 'pdfjs-dist', 'pdfjs-dist/*'];
/**
 * What esbuild may leave as written for the `node20` target. It rewrites every regular expression
 * literal with a Unicode property escape (/^\p{Lu}/u) as `new RegExp("^\\p{Lu}", "u")`, which inside
 * a function parses the pattern's string and looks it up in V8's cache on every call, where a literal
 * is a cheap copy. Node 20 reads such literals natively (ES2018); the regex is the same either way.
 * The `v` flag (set notation) is not in Node 20, so it stays rewritten.
 */
export const SUPPORTED = { 'regexp-unicode-property-escapes': true };
export const REQUIRE_BANNER = {
  js: "import { createRequire as __pa_createRequire } from 'node:module'; const require = __pa_createRequire(import.meta.url);",
};

/** `contents` is TypeScript resolved from the repository root, e.g. "export { x } from './src/x.ts';". */
export async function importTs(contents) {
  const tmp = path.join(repoRoot, `.import-ts-${process.pid}-${Date.now()}.mjs`);
  await build({
    absWorkingDir: repoRoot,
    stdin: { contents, resolveDir: repoRoot, loader: 'ts' },
    outfile: tmp,
    bundle: true,
    format: 'esm',
    platform: 'node',
    external: EXTERNAL,
    logLevel: 'warning',
    banner: REQUIRE_BANNER,
  });
  try {
    return await import(pathToFileURL(tmp).href);
  } finally {
    rmSync(tmp, { force: true });
  }
}
