// Child process for the text bench: runs every text rule in-process over the posts in a folder
// (loading and parsing included) and prints one JSON line with the figures.
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { textApi } from './text-api.mjs';

const dir = process.argv[2];
const api = await textApi();
const only = process.argv[3];
const files = only ? [path.join(dir, only)] : readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const lexicons = new api.LexiconStore();
const pack = await api.loadPolicy('wmat');
// A school's config lists its own public contact details, which posts may contain.
const config = { root: dir, school: { phones: ['01632 960000'], emailDomains: ['harbourside.example.sch.uk'] } };
const options = { config, consent: undefined, lexicons, rules: api.textRules, ruleIds: new Set(api.rules.map((r) => r.meta.id)), pack, redact: false };
// Warm-up: lexicons, matchers and the sentiment analyser are built once per run, not per post.
const warm = path.join(dir, 'warm-up.txt');
writeFileSync(warm, 'The staff are awful. Vote Labour! We recommend Bright Sparks. @amelia_2016 we are staying at the Ritz.');
await api.checkPost(await api.loadPost(warm, config), options);
rmSync(warm);
const started = process.hrtime.bigint();
const startedCpu = process.cpuUsage();
const perRule = {};
let findings = 0;
let loadNs = 0n;
for (const file of files) {
  const before = process.hrtime.bigint();
  const post = await api.loadPost(file, config);
  loadNs += process.hrtime.bigint() - before;
  const result = await api.checkPost(post, options);
  findings += result.length;
  for (const { finding } of result) perRule[finding.ruleId] = (perRule[finding.ruleId] ?? 0) + 1;
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
// CPU time of the first pass (all threads: the garbage collector's helpers too): less disturbed than
// the wall time by other work on the machine.
const firstCpu = process.cpuUsage(startedCpu);
const cpuMs = (firstCpu.user + firstCpu.system) / 1000;
// Peak memory of the audit itself, before the second pass below adds its own garbage to the heap.
const firstPassRssMb = process.resourceUsage().maxRSS / 1024;
// A second pass over the same posts: the cost of one more post once the code is compiled (the
// first pass includes the JIT warming up, which a bigger folder spreads over more posts).
const warmStarted = process.hrtime.bigint();
for (const file of files) await api.checkPost(await api.loadPost(file, config), options);
const warmMs = Number(process.hrtime.bigint() - warmStarted) / 1e6;
console.log(JSON.stringify({ posts: files.length, bytes, ms, cpuMs, warmMs, loadMs: Number(loadNs) / 1e6, findings, perRule, maxRssMb: firstPassRssMb, bothPassesRssMb: process.resourceUsage().maxRSS / 1024 }));
