// Imports TypeScript from src/ in a plain Node script: bundles a small entry with esbuild into a
// temporary file inside the package (so src/ still finds lexicons/ beside package.json), imports it,
// and removes the file. Used by the build and the generators.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const EXTERNAL = ['sharp', 'exifr', 'natural', 'natural/*', 'inquirer', '@inquirer/*', 'fast-check', 'node-pty', 'pdfjs-dist', 'pdfjs-dist/*'];
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
