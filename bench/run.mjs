// npm run bench — prints speed and memory figures (never pass/fail). Each file in bench/sections/
// is one section; run a subset with: npm run bench -- startup text
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const dir = fileURLToPath(new URL('./sections/', import.meta.url));
const wanted = process.argv.slice(2);
const sections = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)));

for (const file of sections) {
  const name = file.replace(/^\d+-/, '').replace(/\.mjs$/, '');
  console.log(`\n## ${name}\n`);
  const started = Date.now();
  try {
    const { default: run } = await import(pathToFileURL(path.join(dir, file)).href);
    await run();
  } catch (error) {
    console.log(`  (section failed: ${error instanceof Error ? error.message : error})`);
    process.exitCode = 1;
  }
  console.log(`  [section took ${((Date.now() - started) / 1000).toFixed(1)} s]`);
}
