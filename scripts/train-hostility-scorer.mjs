// Trains the learned scorer that backs up text/derogatory's grammar (src/text/hostility-learned.ts):
// a logistic regression over the features of every sentence that names a protected group.
// An experiment, not adopted: see "A learned back-up for text/derogatory" in docs/text.md.
//
//   node scripts/train-hostility-scorer.mjs          write lexicons/derived/hostility-scorer.json
//   node scripts/train-hostility-scorer.mjs --cv     cross-validation by template (nothing written)
//
// Training data: HateCheck's development half (../shared/fixtures/hatecheck/dev.csv, CC BY 4.0), the
// tune split of our HateCheck-style cases (tests/fixtures/text/hatecheck-style.csv; never the holdout
// split), and ordinary school text as negatives (tests/fixtures/text/good-news.txt, examples/posts,
// the bench's generated posts). Deterministic: the same data gives the same weights, bit for bit
// (fixed order, full-batch gradient descent, weights rounded).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { importTs, repoRoot } from './lib/import-ts.mjs';
import { makeCorpus } from '../bench/text-corpus.mjs';

const OUT = path.join(repoRoot, 'lexicons', 'derived', 'hostility-scorer.json');
const HATECHECK = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'hatecheck', 'dev.csv');
const OWN_CASES = path.join(repoRoot, 'tests', 'fixtures', 'text', 'hatecheck-style.csv');
const GOOD_NEWS = path.join(repoRoot, 'tests', 'fixtures', 'text', 'good-news.txt');
const EXAMPLES = path.join(repoRoot, 'examples', 'posts');
const GROUP_MENTIONS = path.join(repoRoot, 'tests', 'fixtures', 'text', 'group-mentions.txt');
/** Features seen in fewer training sentences than this are left out. */
const MIN_COUNT = 2;
const L2 = Number(process.env.L2 ?? 0.01);
const ITERATIONS = 400;
const RATE = 0.5;
const FOLDS = 5;
/** Chosen by cross-validation (--cv): the most hostile cases gained for at most a point more harmless ones flagged. */
const THRESHOLD = -0.25;
const NOTE =
  'Weights of the learned scorer behind text/derogatory (src/text/hostility-learned.ts), written by scripts/train-hostility-scorer.mjs; do not edit. ' +
  'Trained on HateCheck test cases (Röttger et al., "HateCheck: Functional Tests for Hate Speech Detection Models", ACL 2021; paul-rottger/hatecheck-data, CC BY 4.0; the development half in ../shared/fixtures/hatecheck), ' +
  "the tune split of this project's HateCheck-style cases (tests/fixtures/text/hatecheck-style.csv) and ordinary school text written for this project (tests/fixtures/text/group-mentions.txt, good-news.txt, examples/posts, bench/text-corpus.mjs).";

const api = await importTs(
  "export { findHostility, learnedViews } from './src/text/hostility.ts'; export { hostilityModel } from './src/rules/text/derogatory.ts'; export { LexiconStore } from './src/lexicons/store.ts';",
);
// The rule's own model (its sentiment lookup included); learnedViews leaves its scorer out.
const ruleModel = await api.hostilityModel({ lexicons: new api.LexiconStore() });
/** The grammar alone: the scorer being trained must not judge its own training data. */
const model = { ...ruleModel, scorer: undefined };

/** Every training sentence: { group (for the folds), source, functionality, label (1 hostile), caseId, view }. */
export function trainingSentences() {
  const sentences = [];
  const addCase = (source, row, caseId) => {
    // Whether the grammar alone gives the case an error (on any sentence).
    const ruled = api.findHostility(row.test_case, model).some((f) => f.severity === 'error');
    const views = api.learnedViews(row.test_case, model);
    // A hateful case of several sentences ("We've got X moving in next door. I'll make sure they don't
    // last a month.") may name the group in a harmless one: only a sentence that is the whole case is
    // labelled hateful, so these are measured but not learned from.
    const learnable = row.label_gold !== 'hateful' || sentenceCount(row.test_case) === 1;
    for (const view of views) {
      sentences.push({ group: `${source}:${row.templ_id}`, source, functionality: row.functionality, label: row.label_gold === 'hateful' ? 1 : 0, caseId, ruled, learnable, view });
    }
  };
  const readCsv = (file) => parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
  for (const row of readCsv(HATECHECK)) addCase('hatecheck', row, `hatecheck:${row.case_id}`);
  for (const row of readCsv(OWN_CASES)) if (row.split === 'tune') addCase('own', row, `own:${row.case_id}`);
  const addSchool = (source, key, text) => {
    for (const paragraph of text.split(/\n\s*\n|\n(?=#)/)) {
      for (const view of api.learnedViews(paragraph, model)) sentences.push({ group: `${source}:${key}`, source, functionality: 'school', label: 0, caseId: `${source}:${key}`, ruled: false, learnable: true, view });
    }
  };
  readFileSync(GROUP_MENTIONS, 'utf8').split('\n').forEach((line, k) => line && !line.startsWith('#') && addSchool('group-mentions', k, line));
  const goodNews = readFileSync(GOOD_NEWS, 'utf8').split(/\n\s*\n/).filter((b) => !b.startsWith('#'));
  goodNews.forEach((block, k) => addSchool('good-news', k, block));
  for (const name of readdirSync(EXAMPLES).sort()) if (name.endsWith('.md')) addSchool('examples', name, readFileSync(path.join(EXAMPLES, name), 'utf8'));
  // The bench's generated posts, one group per post (a post starts at its front matter).
  makeCorpus(400_000, 7).forEach((post, k) => addSchool("corpus", k, post));
  return sentences;
}

/** Sentences as the grammar splits them (roughly): a full stop, question or exclamation mark before a space. */
function sentenceCount(text) {
  return text.trim().split(/[.!?]+["'”’)]*\s+(?=\S)/).length;
}

/** Logistic regression by full-batch gradient descent, in a fixed order: the same data, the same weights. */
export function train(examples, l2 = L2) {
  const counts = new Map();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => counts.get(f) >= MIN_COUNT).sort();
  const index = new Map(names.map((f, k) => [f, k]));
  const rows = examples.map((e) => Int32Array.from(e.features.filter((f) => index.has(f)).map((f) => index.get(f))));
  // Hostile and harmless sentences weigh the same in total.
  const positives = examples.filter((e) => e.label === 1).length;
  const negatives = examples.length - positives;
  const weightOf = (e) => (e.weight ?? 1) * (e.label === 1 ? examples.length / (2 * positives) : examples.length / (2 * negatives));
  const w = new Float64Array(names.length);
  let bias = 0;
  const grad = new Float64Array(names.length);
  for (let it = 0; it < ITERATIONS; it++) {
    grad.fill(0);
    let gradBias = 0;
    for (let i = 0; i < examples.length; i++) {
      let z = bias;
      for (const k of rows[i]) z += w[k];
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - examples[i].label) * weightOf(examples[i]);
      gradBias += g;
      for (const k of rows[i]) grad[k] += g;
    }
    const n = examples.length;
    bias -= (RATE * gradBias) / n;
    for (let k = 0; k < names.length; k++) w[k] -= RATE * (grad[k] / n + l2 * w[k]);
  }
  const weights = {};
  const round = (x) => Math.round(x * 10000) / 10000;
  names.forEach((f, k) => {
    const r = round(w[k]);
    if (r !== 0) weights[f] = r;
  });
  return { bias: round(bias), weights };
}

export function score(features, scorer) {
  let sum = scorer.bias;
  for (const f of features) sum += scorer.weights[f] ?? 0;
  return sum;
}

/** Which fold a group falls in: a hash of its name, so one template never sits in two folds. */
function foldOf(group) {
  return createHash('sha256').update(group).digest()[0] % FOLDS;
}

function crossValidate(sentences, { ruledWeight, thresholds }) {
  const results = thresholds.map(() => ({ hateful: [0, 0], non: [0, 0], rulesHateful: [0, 0], rulesNon: [0, 0], school: [0, 0], hits: new Map(), gains: new Map() }));
  // Case outcome: the grammar's error on any sentence, or the scorer on any eligible sentence.
  for (let fold = 0; fold < FOLDS; fold++) {
    const trainSet = sentences.filter((s) => foldOf(s.group) !== fold && s.learnable && (ruledWeight > 0 || s.view.eligible)).map((s) => ({ features: s.view.features, label: s.label, weight: s.view.eligible ? 1 : ruledWeight }));
    const scorer = train(trainSet);
    const validation = sentences.filter((s) => foldOf(s.group) === fold);
    thresholds.forEach((threshold, t) => {
      const r = results[t];
      const byCase = new Map();
      for (const s of validation) {
        const c = byCase.get(s.caseId) ?? { label: s.label, source: s.source, ruled: false, learned: false, functionality: s.functionality };
        if (s.ruled) c.ruled = true;
        if (s.view.mayJudge && score(s.view.features, scorer) >= threshold) c.learned = true;
        if (process.env.SHOW_CV && t === 0 && s.view.eligible && !s.ruled && s.source !== 'group-mentions') console.log(`    cv ${score(s.view.features, scorer).toFixed(2).padStart(6)} ${s.label} ${s.learnable ? ' ' : 'x'} ${s.functionality.padEnd(18)} ${s.view.text}`);
        byCase.set(s.caseId, c);
        if (s.source !== 'hatecheck' && s.source !== 'own' && s.view.eligible) {
          r.school[1]++;
          if (s.view.mayJudge && score(s.view.features, scorer) >= threshold) (r.school[0]++, r.hits.set(s.view.text, s.source));
        }
      }
      for (const c of byCase.values()) {
        if (c.source !== 'hatecheck' && c.source !== 'own') continue;
        const [key, rulesKey] = c.label === 1 ? ['hateful', 'rulesHateful'] : ['non', 'rulesNon'];
        r[key][1]++;
        r[rulesKey][1]++;
        if (c.ruled || c.learned) r[key][0]++;
        if (c.ruled) r[rulesKey][0]++;
        if (c.learned && !c.ruled) r.gains.set(c.functionality, (r.gains.get(c.functionality) ?? 0) + 1);
      }
    });
  }
  return results;
}

const pct = ([n, d]) => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;

const sentences = trainingSentences();
if (process.argv.includes('--dump')) {
  writeFileSync(process.argv[process.argv.indexOf('--dump') + 1], JSON.stringify(sentences));
} else if (process.argv.includes('--cv')) {
  const bySource = {};
  for (const s of sentences) bySource[s.source] = (bySource[s.source] ?? 0) + 1;
  console.log('sentences naming a group:', bySource, 'eligible by source:', Object.fromEntries(Object.keys(bySource).map((k) => [k, sentences.filter((s) => s.source === k && s.view.eligible).length])), 'eligible:', sentences.filter((s) => s.view.eligible).length, 'eligible hateful:', sentences.filter((s) => s.view.eligible && s.label === 1).length);
  const thresholds = (process.env.THRESHOLDS ?? '0,1,2,3').split(',').map(Number);
  for (const ruledWeight of (process.env.RULED_WEIGHTS ?? '0,1').split(',').map(Number)) {
    console.log(`\ntrained with sentences the grammar judged weighing ${ruledWeight} (L2 ${L2}):`);
    const results = crossValidate(sentences, { ruledWeight, thresholds });
    thresholds.forEach((threshold, t) => {
      const r = results[t];
      console.log(`  threshold ${threshold}: hateful ${pct(r.rulesHateful)} → ${pct(r.hateful)}; non-hateful ${pct(r.rulesNon)} → ${pct(r.non)}; school sentences flagged ${pct(r.school)}`);
      console.log(`      added errors by functionality: ${[...r.gains].sort().map(([f, n]) => `${f} ${n}`).join(', ')}`);
      if (process.env.SHOW_SCHOOL) for (const [text, source] of r.hits) console.log(`      ${source}: ${text}`);
    });
  }
} else {
  // Trained on the sentences the scorer will judge: those the grammar leaves to it.
  const scorer = train(sentences.filter((s) => s.learnable && s.view.eligible).map((s) => ({ features: s.view.features, label: s.label })));
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify({ note: NOTE, threshold: THRESHOLD, ...scorer }, null, 1)}\n`);
  console.log(`wrote ${path.relative(repoRoot, OUT)}: ${Object.keys(scorer.weights).length} weights`);
}
