// Text checks: all text rules over ~1 MB of real-looking Markdown news posts, in-process, beside
// alex 11 on the same text. Prints MB/s for each, the ratio, posts/s and peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, fmt, median as medianOf, peakMemoryMb, repoRoot, timeCommand } from '../lib.mjs';
import { makeCorpus } from '../text-corpus.mjs';

const RUNS = 3;

/** The run with the median time. */
function median(runs) {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
}

export default async function run() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-text-bench-'));
  try {
    const posts = makeCorpus(1_000_000);
    posts.forEach((text, i) => writeFileSync(path.join(dir, `post-${String(i).padStart(4, '0')}.md`), text));
    const all = path.join(dir, 'all-posts.markdown');
    writeFileSync(all, posts.join('\n\n'));
    const mb = Buffer.byteLength(posts.join('\n\n')) / 1e6;

    // Three runs, each in a fresh process (start-up and warm-up included); the median is reported.
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const child = spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'text-run.mjs'), dir], { encoding: 'utf8', cwd: repoRoot });
      if (child.status !== 0) throw new Error(`text run failed: ${child.stderr.slice(0, 400)}`);
      runs.push(JSON.parse(child.stdout.trim().split('\n').pop()));
    }
    const ours = median(runs);
    console.log(`  ${RUNS} runs over the folder: ${runs.map((r) => `${fmt(r.posts / (r.ms / 1000), 0)}`).join(', ')} posts/s (median below)`);
    const oursMbs = ours.bytes / 1e6 / (ours.ms / 1000);
    console.log(`  corpus: ${ours.posts} posts, ${fmt(ours.bytes / 1e6, 2)} MB of Markdown (about 1 in 12 with a violation)`);
    const checkMs = ours.ms - ours.loadMs;
    const checkMbs = ours.bytes / 1e6 / (checkMs / 1000);
    console.log('  post-audit, all text rules, in-process:');
    console.log(`    load + parse + check: ${fmt(ours.ms, 0)} ms  →  ${fmt(oursMbs, 2)} MB/s, ${fmt(ours.posts / (ours.ms / 1000), 0)} posts/s (aim ≥ 1,000), peak RSS ${fmt(ours.maxRssMb, 0)} MB (aim < 150; ${fmt(ours.bothPassesRssMb, 0)} MB once the second pass below has run too)`);
    console.log(`      of which loading and parsing the posts: ${fmt(ours.loadMs, 0)} ms (${fmt(ours.loadMs / ours.posts, 2)} ms a post)`);
    console.log(`    the text rules alone: ${fmt(checkMs, 0)} ms  →  ${fmt(checkMbs, 2)} MB/s, ${fmt(ours.posts / (checkMs / 1000), 0)} posts/s`);
    console.log(`    a second pass over the same posts (compiled code, the cost of one more post): ${fmt(ours.warmMs, 0)} ms → ${fmt(ours.posts / (ours.warmMs / 1000), 0)} posts/s, ${fmt(ours.warmMs / ours.posts, 2)} ms a post`);
    console.log(`    findings: ${Object.entries(ours.perRule).map(([id, n]) => `${id} ${n}`).join(', ')}`);

    // The CLI on the same posts (not the one-file copy beside them), every rule on (consent, images, post rules too), as a folder audit
    // runs: start-up included, and without it (the run minus `audit --version`).
    const cliRuns = [];
    const startups = [];
    for (let i = 0; i < RUNS; i++) {
      cliRuns.push(timeCommand(process.execPath, [bin, 'post-*.md', '--format', 'json'], { cwd: dir, env: { ...process.env, CI: '1' } }).ms);
      startups.push(timeCommand(process.execPath, [bin, '--version'], { cwd: dir }).ms);
    }
    const cliMs = medianOf(cliRuns);
    const startMs = medianOf(startups);
    console.log(`  the CLI on the folder, all rules (median of ${RUNS}): ${fmt(cliMs, 0)} ms → ${fmt(ours.posts / (cliMs / 1000), 0)} posts/s; without its start-up (${fmt(startMs, 0)} ms) ${fmt(ours.posts / ((cliMs - startMs) / 1000), 0)} posts/s`);

    // A folder the size of a school site's news archive (five corpora, ~4,000 posts): start-up and the
    // JIT's warm-up spread over more posts, as in a real folder audit.
    const archive = mkdtempSync(path.join(os.tmpdir(), 'post-audit-text-archive-'));
    try {
      let count = 0;
      for (let seed = 1; seed <= 5; seed++) for (const text of makeCorpus(1_000_000, seed)) writeFileSync(path.join(archive, `post-${String(count++).padStart(5, '0')}.md`), text);
      const archiveRuns = [];
      for (let i = 0; i < RUNS; i++) archiveRuns.push(timeCommand(process.execPath, [bin, 'post-*.md', '--format', 'json'], { cwd: archive, env: { ...process.env, CI: '1' } }).ms);
      const archiveMs = medianOf(archiveRuns);
      const archivePeak = peakMemoryMb(process.execPath, [bin, 'post-*.md', '--format', 'json'], { cwd: archive, env: { ...process.env, CI: '1' } });
      console.log(`  the CLI on a folder of ${count} such posts, all rules (median of ${RUNS}, start-up included): ${fmt(archiveMs / 1000, 2)} s → ${fmt(count / (archiveMs / 1000), 0)} posts/s (aim ≥ 1,000), peak RSS ${fmt(archivePeak, 0)} MB`);
    } finally {
      rmSync(archive, { recursive: true, force: true });
    }

    // The same text as one file, exactly what alex reads below.
    const singles = [];
    for (let i = 0; i < RUNS; i++) {
      const single = spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'text-run.mjs'), dir, path.basename(all)], { encoding: 'utf8', cwd: repoRoot });
      if (single.status === 0) singles.push(JSON.parse(single.stdout.trim().split('\n').pop()));
    }
    const one = singles.length ? median(singles) : undefined;
    const oneMbs = one ? one.bytes / 1e6 / (one.ms / 1000) : undefined;
    if (one) console.log(`    the same posts as one file: ${fmt(one.ms, 0)} ms  →  ${fmt(oneMbs, 2)} MB/s, peak RSS ${fmt(one.maxRssMb, 0)} MB (${fmt(one.bothPassesRssMb, 0)} MB with the second pass)`);

    const alexBin = path.join(repoRoot, 'node_modules', 'alex', 'cli.js');
    if (!existsSync(alexBin)) {
      console.log('  alex 11: not installed (npm install -D alex@11) — no comparison');
      return;
    }
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, [alexBin, '--quiet', all], { stdio: 'ignore', cwd: dir, timeout: 600_000 });
    const alexMs = Number(process.hrtime.bigint() - started) / 1e6;
    const alexMbs = mb / (alexMs / 1000);
    const alexPeak = peakMemoryMb(process.execPath, [alexBin, '--quiet', all], { cwd: dir, timeout: 600_000 });
    console.log(`  alex 11 on the same text (one file, CLI):`);
    console.log(`    ${fmt(alexMs, 0)} ms  →  ${fmt(alexMbs, 3)} MB/s, peak RSS ${fmt(alexPeak, 0)} MB`);
    console.log(`  ratio (aim ≥ 100×): on the same single file ${oneMbs ? fmt(oneMbs / alexMbs, 0) : 'n/a'}× alex's throughput; over ${ours.posts} separate files ${fmt(oursMbs / alexMbs, 0)}× (${fmt(checkMbs / alexMbs, 0)}× for the checks alone)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
