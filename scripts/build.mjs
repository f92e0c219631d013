// Builds the CLI into dist/:
// - dist/cli.js: the CLI bundled with esbuild, so start-up reads a few files instead of hundreds.
//   Native or heavy packages (sharp, exifr, natural, inquirer, pdfjs-dist) stay external and are imported
//   lazily by the checks and commands that need them (pdf.js also finds its worker code and character
//   maps beside itself); rarely used modules are split into chunks.
// - dist/data.json: every lexicon and policy pack in lexicons/, validated with zod, so the CLI does
//   not load the YAML parser or zod for its own data, and what text/derogatory derives from its
//   lexicons (`derived/hostility-model`; the misspellings list it is derived from is left out) and
//   the AFINN-165 vocabulary text/grievance scores with (`derived/afinn-165`).
// Built into a fresh folder, then swapped in, so a CLI running from dist/ never sees a half-built one.
import { build } from 'esbuild';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { EXTERNAL, REQUIRE_BANNER, SUPPORTED, importTs, repoRoot } from './lib/import-ts.mjs';

const dist = path.join(repoRoot, 'dist');

/**
 * zod re-exports its error messages in 60-odd languages (\`locales\`); the CLI speaks English only.
 * Bundled, they were most of the zod chunk every audit with a config file loads: this plugin
 * resolves zod's locale index to English alone.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: path.join(path.dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-english-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(args.path)};`, resolveDir: path.dirname(args.path) }));
  },
};
const staging = path.join(repoRoot, `.dist-build-${process.pid}`);

rmSync(staging, { recursive: true, force: true });
try {
  await build({
    absWorkingDir: repoRoot,
    // pdf-worker.js: the worker thread that reads PDFs with pdf.js (src/load/pdf-text.ts starts it).
    entryPoints: { cli: 'src/cli/main.ts', 'pdf-worker': 'src/load/pdf-worker.ts' },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    supported: SUPPORTED,
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    external: EXTERNAL,
    logLevel: 'warning',
    banner: REQUIRE_BANNER,
    plugins: [zodEnglishOnly],
  });
  // Validate the data with the project's own schemas, then write it as one JSON file.
  const { compileAll, deriveHostilityData } = await importTs("export { compileAll } from './src/data/compile.ts'; export { deriveHostilityData } from './src/text/hostility.ts';");
  const data = compileAll(path.join(repoRoot, 'lexicons'));
  // What text/derogatory derives from its three lexicons (35–60 ms on every run otherwise). The
  // misspellings list is read only for it, so it is left out (300 KB less JSON to parse at start-up).
  data['derived/hostility-model'] = deriveHostilityData(data.derogatory, data.hostility, data['derogatory-variants']);
  delete data['derogatory-variants'];
  // text/grievance's sentiment vocabulary, as src/text/sentiment.ts resolves it (through natural, so
  // natural's own version): loading the package on every run that scores a sentence took ~6 ms.
  const fromNatural = createRequire(createRequire(path.join(repoRoot, 'package.json')).resolve('natural/lib/natural/sentiment/SentimentAnalyzer.js'));
  data['derived/afinn-165'] = fromNatural('afinn-165').afinn165;
  mkdirSync(staging, { recursive: true });
  writeFileSync(path.join(staging, 'data.json'), JSON.stringify(data));
  const old = path.join(repoRoot, `.dist-old-${process.pid}`);
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
  rmSync(staging, { recursive: true, force: true });
}
