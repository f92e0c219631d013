// Start-up cost: median wall time of `audit` on a one-paragraph post next to `node -e 0`.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, fmt, median, timeCommand } from '../lib.mjs';

export default async function run() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-bench-'));
  const post = path.join(dir, 'post.md');
  writeFileSync(post, 'Year 4 loved their trip to the Roman baths! Thank you to every parent who helped.\n');
  const runs = 15;
  const env = { ...process.env, CI: '', NO_COLOR: '1' };
  const node = [];
  const audit = [];
  for (let i = 0; i < runs; i++) {
    node.push(timeCommand(process.execPath, ['-e', '0']).ms);
    audit.push(timeCommand(process.execPath, [bin, post], { env }).ms);
  }
  rmSync(dir, { recursive: true, force: true });
  const n = median(node);
  const a = median(audit);
  console.log(`  node -e 0                       median ${fmt(n)} ms  (${runs} runs)`);
  console.log(`  audit post.md (one paragraph)   median ${fmt(a)} ms`);
  console.log(`  ratio                           ${fmt(a / n, 2)}×  (aim: under 3×)`);
}
