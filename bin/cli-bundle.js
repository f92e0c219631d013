// Loads the CLI: dist/cli.bundle.js, one bundle, compiled through vm.Script with the V8 code cache the
// build made after a warm-up audit of the bundled examples (dist/cli-<build>.cache; scripts/build.mjs).
// Most of a short audit's start-up was V8 compiling the CLI. The cache holds compiled code only, never
// anything a user audited. One that V8 refuses (another Node.js, other V8 flags) is ignored: the CLI is
// then compiled as usual, only slower.
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
/**
 * The build ends the bundle with `// post-audit build <hash> <path>`: the cache file is named after the
 * hash, so a cache never meets another build, and holds the path the bundle was compiled under, which V8
 * keeps for stack traces; a bundle that has been moved since is compiled without it.
 */
const BUILD_LINE = '\n// post-audit build ';

/** The name of the code cache for this bundle compiled under `filename`, if one was made for that. */
function cacheNameFor(source, filename) {
  const line = source.slice(source.lastIndexOf(BUILD_LINE) + BUILD_LINE.length, -1);
  const match = /^([0-9a-f]{16}) (.+)$/.exec(line);
  return match && match[2] === filename ? `cli-${match[1]}.cache` : undefined;
}

/**
 * @param {string} dist the folder with the bundle
 * @param {{ useCache?: boolean, compiledAs?: string }} [options] compiledAs: the path the bundle is compiled
 *   under, when it is not where it is (the build's warm-up runs it before it is moved into dist/)
 * @returns {{ main: (argv: string[]) => Promise<void>, script: vm.Script, cacheFile: string | undefined }}
 */
export function loadBundle(dist, { useCache = true, compiledAs } = {}) {
  const file = path.join(dist, BUNDLE_FILE);
  const filename = compiledAs ?? file;
  // The build makes it ASCII only, for which latin1 is the same reading and the quickest.
  const source = readFileSync(file, 'latin1');
  const cacheName = cacheNameFor(source, filename);
  const cacheFile = cacheName && path.join(dist, cacheName);
  let cachedData;
  if (useCache && cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // no cache: compiled as usual
    }
  }
  const script = new vm.Script(source, { filename, cachedData });
  const module = { exports: {} };
  // import() inside the bundle: external packages (sharp, pdf.js …) are imported from here, as ES modules.
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(file), module, file, dist, pathToFileURL(file).href, importModule);
  return { main: module.exports.main, script, cacheFile };
}
