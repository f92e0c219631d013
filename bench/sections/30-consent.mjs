// Name matching: 1,000 generated posts against a generated 2,000-pupil record, in-process, through
// the source modules (bundled with esbuild on the fly). Prints posts/s and peak memory; never pass/fail.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fmt, repoRoot } from '../lib.mjs';

const FIRST = ['Amelia', 'Oliver', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Arthur', 'Grace', 'Muhammad', 'Freya', 'Oscar', 'Ella', 'Jack', 'Ruby', 'Harry', 'Summer', 'Zain', 'Poppy', 'Theo', 'Aisha', 'Alfie', 'Katherine', 'Will', 'Evie', 'Jayden', 'Sienna', 'Reuben', 'Hope', 'Ibrahim'];
const LAST = ['Smith', 'Jones', 'Khan', 'Taylor', 'Brown', 'Williams', 'Patel', 'Wilson', 'Ahmed', 'Evans', 'Thomas', 'Roberts', 'Smith-Jones', 'Hughes', 'Wood', 'Clarke', 'Hall', 'Green', 'Ali', "O'Neil"];

export default async function run() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-bench-consent-'));
  try {
    // Inside the repository, so the modules find the package folder (lexicons/) as they do from source.
    const entry = path.join(repoRoot, 'bench', `.consent-bench-${process.pid}.mjs`);
    await build({
      absWorkingDir: repoRoot,
      stdin: {
        contents: `export { parseConsentRecord } from './src/consent/record.ts';
export { findPupilMentions } from './src/consent/mentions.ts';
export { findUnknownNames } from './src/consent/people.ts';
export { prepareNameKnowledge } from './src/consent/knowledge.ts';
export { loadPost } from './src/load/post.ts';`,
        resolveDir: repoRoot,
        loader: 'ts',
      },
      outfile: entry,
      bundle: true,
      format: 'esm',
      platform: 'node',
      external: ['natural', 'natural/*', 'sharp', 'exifr'],
      banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
      logLevel: 'error',
    });
    const m = await import(pathToFileURL(entry).href);
    let seed = 7;
    const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const rows = ['first_name,last_name,preferred_name,year_group,photo_website,photo_social,video,name_published,do_not_publish,withdrawn_on,expires_on'];
    for (let i = 0; i < 2000; i++) rows.push(`${FIRST[rand(FIRST.length)]}${i % 7 === 0 ? '' : String.fromCharCode(97 + (i % 26))},${LAST[rand(LAST.length)]},,${1 + (i % 6)},Y,${i % 3 ? 'Y' : 'N'},Y,Y,${i % 50 === 0 ? 'Y' : 'N'},,`);
    const record = await m.parseConsentRecord(rows.join('\n'), 'bench.csv');
    const knowledge = await m.prepareNameKnowledge();
    const posts = [];
    for (let p = 0; p < 1000; p++) {
      const names = Array.from({ length: 6 }, () => FIRST[rand(FIRST.length)]);
      const text = `---\ntitle: Week ${p} news\nauthor: ${names[0]} ${LAST[rand(LAST.length)][0]}\n---\n\n# Our week\n\nWell done to ${names[1]}, ${names[2]} and ${names[3]} ${LAST[rand(LAST.length)]} for their work on the Summer Fair in May. Will you join us? ${names[4]}'s painting is in the Village Hall, and Mrs Khan thanked ${names[5]} R. #Team${names[1]} @${names[2].toLowerCase()}_x\n\n![${names[3]} at sports day](photo-${p}.jpg)\n\nYear 4 visited Florence in March. Hope to see you at Harvest Festival on Monday!\n`;
      posts.push(text);
    }
    // Loading posts is measured separately: the matcher's own throughput is the figure.
    const file = path.join(dir, 'post.md');
    const { writeFileSync } = await import('node:fs');
    const loaded = [];
    for (const text of posts) {
      writeFileSync(file, text);
      loaded.push(await m.loadPost(file, { root: dir }));
    }
    const config = { root: dir };
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const started = process.hrtime.bigint();
    let pupils = 0;
    let unknown = 0;
    for (const post of loaded) {
      pupils += m.findPupilMentions(post, record, config).length;
      unknown += m.findUnknownNames(post, record, config, knowledge).length;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`  record: ${record.pupils.length} pupils (after merging duplicates); posts: ${loaded.length}`);
    console.log(`  pupil + unknown-name matching   ${fmt(loaded.length / seconds, 0)} posts/s  (${fmt(seconds * 1000, 0)} ms; ${pupils} pupil mentions, ${unknown} unknown names)`);
    console.log(`  peak RSS during matching        ${fmt(peak / 1024 / 1024)} MB  (baseline ${fmt(baseline / 1024 / 1024)} MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(repoRoot, 'bench', `.consent-bench-${process.pid}.mjs`), { force: true });
  }
}
