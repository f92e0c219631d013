// Makes the V8 code cache bin/cli-bundle.js loads the CLI with: compiles the new bundle without a cache,
// audits the bundled examples with it (a post folder with its consent record, its photos, the JSON
// and SARIF reports), so that the code those runs need is compiled too, then writes what V8 compiled
// beside the bundle. Run by scripts/build.mjs in a process of its own, on the folder it builds in
// before that becomes dist/: node scripts/warm-code-cache.mjs <folder>
// What it audits is the project's own examples; nothing of a user's goes into the cache.
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLE_FILE, loadBundle } from '../bin/cli-bundle.js';
import { repoRoot } from './lib/import-ts.mjs';

const built = path.resolve(process.argv[2] ?? path.join(repoRoot, 'dist'));
const examples = path.join(repoRoot, 'examples');
const cli = loadBundle(built, { useCache: false });
if (!cli.cacheFile) throw new Error(`${built}/${BUNDLE_FILE} has no build line`);
const runs = [
  [path.join(examples, 'posts')],
  [path.join(examples, 'posts'), '--format', 'sarif'],
  [path.join(examples, 'posts'), '--format', 'json', '--redact'],
  ['photos', path.join(examples, 'photos'), '--format', 'json', '--no-progress'],
];
// The reports go nowhere: only the compiling matters. A run that fails (exit 2) makes no cache.
const write = process.stderr.write.bind(process.stderr);
process.stdout.write = () => true;
process.stderr.write = () => true;
for (const args of runs) {
  process.exitCode = 0;
  await cli.main([process.execPath, 'audit', ...args]);
  if (process.exitCode !== 0 && process.exitCode !== 1) {
    write(`warm-code-cache: audit ${args.join(' ')} exited ${process.exitCode}; no cache made\n`);
    process.exit(1);
  }
}
process.exitCode = 0;
const temp = `${cli.cacheFile}.${process.pid}.tmp`;
writeFileSync(temp, cli.script.createCachedData());
renameSync(temp, cli.cacheFile);
