// Builds the CLI into dist/:
// - dist/cli.js: the CLI bundled with esbuild, so start-up reads a few files instead of hundreds.
//   Native or heavy packages (sharp, exifr, natural, inquirer) stay external and are imported lazily
//   by the checks and commands that need them; rarely used modules are split into chunks.
// - dist/data.json: every lexicon and policy pack in lexicons/, validated with zod, so the CLI does
//   not load the YAML parser or zod for its own data.
import { build } from 'esbuild';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import os from 'node:os';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
// Built into a fresh folder, then swapped in, so a CLI running from dist/ never sees a half-built one.
const staging = path.join(root, `.dist-build-${process.pid}`);
const external = ['sharp', 'exifr', 'natural', 'natural/*', 'inquirer', '@inquirer/*', 'fast-check', 'node-pty'];
const banner = {
  js: "import { createRequire as __pa_createRequire } from 'node:module'; const require = __pa_createRequire(import.meta.url);",
};

rmSync(staging, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  external,
  logLevel: 'warning',
  banner,
});

// Validate the data with the project's own schemas, then write it as one JSON file.
const tmp = path.join(os.tmpdir(), `post-audit-compile-${process.pid}.mjs`);
await build({
  absWorkingDir: root,
  stdin: {
    contents: "import { compileAll } from './src/data/compile.ts'; export default compileAll;",
    resolveDir: root,
    loader: 'ts',
  },
  outfile: tmp,
  bundle: true,
  format: 'esm',
  platform: 'node',
  external,
  logLevel: 'warning',
  banner,
});
try {
  const { default: compileAll } = await import(pathToFileURL(tmp).href);
  mkdirSync(staging, { recursive: true });
  writeFileSync(path.join(staging, 'data.json'), JSON.stringify(compileAll(path.join(root, 'lexicons'))));
  const old = path.join(root, `.dist-old-${process.pid}`);
  try {
    renameSync(dist, old);
  } catch {
    // no previous build
  }
  renameSync(staging, dist);
  rmSync(old, { recursive: true, force: true });
} catch (error) {
  console.error(`build: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { force: true });
  rmSync(staging, { recursive: true, force: true });
}
