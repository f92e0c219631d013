// Builds the CLI into dist/:
// - dist/cli.bundle.js: the CLI as one bundle (esbuild; CommonJS in a function), which bin/cli-bundle.js
//   compiles with V8's code cache. Native or heavy packages (sharp, exifr, natural, inquirer, pdfjs-dist)
//   stay external and are imported lazily by the checks and commands that need them; the project's own
//   rarely used modules are in the bundle, run only when first imported.
// - dist/cli-<build>.cache: that code cache, made by scripts/warm-code-cache.mjs after auditing the
//   bundled examples with the new bundle. Without it (a warm-up that failed) the CLI works, only starts
//   slower.
// - dist/pdf-worker.js: the worker thread that reads PDFs with pdf.js (src/load/pdf-text.ts starts it).
// - dist/data.json: every lexicon and policy pack in lexicons/, validated with zod, so the CLI does
//   not load the YAML parser or zod for its own data, and what text/derogatory derives from its
//   lexicons (`derived/hostility-model`; the misspellings list it is derived from is left out) and
//   the AFINN-165 vocabulary text/grievance scores with (`derived/afinn-165`).
// Built into a fresh folder, then swapped in, so a CLI running from dist/ never sees a half-built one.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BUNDLE_FILE, BUNDLE_PARAMETERS } from '../bin/cli-bundle.js';
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
    // (paths relative to the repository, so that the bundle is the same wherever it is built)
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: path.relative(repoRoot, path.join(path.dirname(args.importer), '..', 'locales', 'en.js')), namespace: 'zod-english-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => {
      const file = path.join(repoRoot, args.path);
      return { contents: `export { default as en } from ${JSON.stringify(file)};`, resolveDir: path.dirname(file) };
    });
  },
};
const staging = path.join(repoRoot, `.dist-build-${process.pid}`);

/**
 * The bundle as bin/cli-bundle.js compiles it:
 * - a function of what CommonJS passes a module, and of `__importMetaUrl` and `__importModule`, which a
 *   script compiled by vm lacks. esbuild leaves `import("sharp")` as written for an external package;
 *   each becomes `__importModule("sharp")`. Any other import() would fail only when reached, so the
 *   build stops on it instead.
 * - ASCII only. With `charset: 'ascii'` esbuild escapes every other character outside comments, so
 *   those left are in comments and are escaped too (V8 keeps text with any of them at two bytes a
 *   character: 4.8 MB, not 2.4).
 * - ending with a line that names this build (its hash), after which the code cache is named, so no
 *   cache ever meets another build.
 */
function asLoadedByTheShim(code) {
  let body = code.replace(/\bimport\((["'])([^"'\n]+)\1\)/g, (_, quote, specifier) => `__importModule(${quote}${specifier}${quote})`);
  const left = /\bimport\s*\(/.exec(body);
  if (left) throw new Error(`dist/${BUNDLE_FILE}: an import() the shim cannot serve: ${body.slice(left.index, left.index + 80)}`);
  body = body.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const wrapped = `(function (${BUNDLE_PARAMETERS.join(', ')}) {${body}\n})`;
  return `${wrapped}\n// post-audit build ${createHash('sha256').update(wrapped).digest('hex').slice(0, 16)}\n`;
}

rmSync(staging, { recursive: true, force: true });
try {
  mkdirSync(staging, { recursive: true });
  const common = { absWorkingDir: repoRoot, bundle: true, platform: 'node', target: 'node20', supported: SUPPORTED, external: EXTERNAL, logLevel: 'warning', plugins: [zodEnglishOnly] };
  const cli = await build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: path.join(staging, BUNDLE_FILE),
    format: 'cjs',
    // One-byte text: V8 keeps a bundle with any other character as two bytes a character (4.8 MB, not 2.4).
    charset: 'ascii',
    sourcemap: 'linked',
    // bin/cli-bundle.js passes both in: a script compiled by vm has neither import.meta nor import().
    define: { 'import.meta.url': '__importMetaUrl' },
    write: false,
  });
  for (const output of cli.outputFiles) {
    writeFileSync(output.path, output.path.endsWith('.js') ? asLoadedByTheShim(output.text) : output.contents);
  }
  await build({ ...common, entryPoints: ['src/load/pdf-worker.ts'], outfile: path.join(staging, 'pdf-worker.js'), format: 'esm', sourcemap: 'linked', banner: REQUIRE_BANNER });
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
  writeFileSync(path.join(staging, 'data.json'), JSON.stringify(data));
  const warm = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'warm-code-cache.mjs'), staging], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'], timeout: 120_000 });
  if (warm.status !== 0) console.error('build: no code cache was made (see above); the CLI works, but starts slower');
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
