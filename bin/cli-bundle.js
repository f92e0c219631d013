// Loads the CLI: dist/cli.bundle.js, one bundle, compiled through vm.Script with the V8 code cache the
// build made after a warm-up audit of the bundled examples (dist/cli-<build>.cache; scripts/build.mjs).
// Most of a short audit's start-up was V8 compiling the CLI. The cache holds compiled code only, never
// anything a user audited. One that V8 refuses (another Node.js version, other V8 flags such as
// --max-old-space-size in NODE_OPTIONS) is ignored: the CLI is then compiled as usual, only slower.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

export const BUNDLE_FILE = 'cli.bundle.js';
/**
 * The bundle is one function expression of these (scripts/build.mjs wraps it): what CommonJS passes a
 * module, and the two module facilities a script compiled by vm lacks.
 */
export const BUNDLE_PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname', '__importMetaUrl', '__importModule'];
/** The build ends the bundle with `// post-audit build <hash>`; the cache is named after it, so a cache never meets another build. */
const BUILD_LINE = /\n\/\/ post-audit build ([0-9a-f]{16})\n$/;
/**
 * The name the bundle is compiled under, wherever it is. V8 keeps the name a cache was made under for
 * stack traces, so a name with the build's folder in it would be wrong for any copy installed elsewhere
 * (npm packs a package and unpacks it into node_modules): one name, the package's own, is right for all.
 */
export const COMPILED_AS = `post-audit/dist/${BUNDLE_FILE}`;

/**
 * @param {string} dist the folder with the bundle
 * @param {{ useCache?: boolean }} [options]
 * @returns {{ main: (argv: string[]) => Promise<void>, script: vm.Script, cacheFile: string | undefined }}
 */
export function loadBundle(dist, { useCache = true } = {}) {
  const file = path.join(dist, BUNDLE_FILE);
  // The build makes it ASCII only, for which latin1 is the same reading and the quickest.
  const source = readFileSync(file, 'latin1');
  const build = BUILD_LINE.exec(source.slice(-64))?.[1];
  const cacheFile = build && path.join(dist, `cli-${build}.cache`);
  let cachedData;
  if (useCache && cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // no cache: compiled as usual
    }
  }
  const script = new vm.Script(source, { filename: COMPILED_AS, cachedData });
  const module = { exports: {} };
  // import() inside the bundle: external packages (sharp, pdf.js …) are imported from here, as ES modules.
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(file), module, file, dist, pathToFileURL(file).href, importModule);
  return { main: module.exports.main, script, cacheFile };
}
