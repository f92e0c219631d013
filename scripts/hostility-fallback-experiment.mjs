// EXPERIMENT (hate24b, not adopted; see docs/text.md "A vocabulary fallback and a last resort"):
// writes the JSON that HOSTILITY_FALLBACK reads (src/text/hostility/model.ts): AFINN-165 words (from
// dist/data.json, `derived/afinn-165`) that no term of the grammar or the word list holds, by role.
//   node scripts/hostility-fallback-experiment.mjs OUT.json THRESHOLD MODE
// MODE "roles": adjectives and nouns (natural's Brill lexicon; unknown words by their ending) as
//   'attribute', verbs as 'action' — the grammar then judges them as its own words.
// MODE "negative": every such word as 'negative' (read only by the last resort, HOSTILITY_LASTRESORT),
//   plus AFINN words scoring ≥ 2 as 'warm' (a warm word keeps the last resort out of a sentence).
// Then: HOSTILITY_FALLBACK=OUT.json [HOSTILITY_LASTRESORT=1|all|narrow] node scripts/build.mjs && … node bench/eval.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [out, threshold = '-3', mode = 'roles'] = process.argv.slice(2);
if (!out) throw new Error('usage: hostility-fallback-experiment.mjs OUT.json THRESHOLD roles|negative');
const data = JSON.parse(readFileSync(path.join(root, 'dist', 'data.json'), 'utf8'));
const afinn = data['derived/afinn-165'];
const known = new Set(data['derived/hostility-model'].known);
const require = createRequire(path.join(root, 'package.json'));
const lexicon = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
const word = (w) => /^[a-z][a-z-]+$/.test(w) && !known.has(w);
const result = { attribute: [], action: [], negative: [], warm: [] };
for (const [w, score] of Object.entries(afinn)) {
  if (!word(w)) continue;
  if (mode === 'negative') {
    if (score <= Number(threshold)) result.negative.push(w);
    else if (score >= 2) result.warm.push(w);
    continue;
  }
  if (score > Number(threshold)) continue;
  const tag = lexicon[w]?.[0] ?? (/(ful|ous|ive|ic|less|al|ish|y|ed)$/.test(w) ? 'JJ' : 'NN');
  if (tag.startsWith('JJ') || tag.startsWith('NN')) result.attribute.push(w);
  else if (tag.startsWith('VB')) result.action.push(w);
}
writeFileSync(out, JSON.stringify(result));
console.log(Object.fromEntries(Object.entries(result).map(([k, v]) => [k, v.length])));
