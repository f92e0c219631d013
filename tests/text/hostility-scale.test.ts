// Long paragraphs full of hits: the containment check looks only at nearby matches (and misses
// none), and long runs of spaced letters are cheap and left as letters.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LexiconStore } from '../../src/lexicons/store.js';
import { hostileTokens } from '../../src/text/deobfuscate.js';
import { buildHostilityModel, containersOf, findHostility, type HostilityModel } from '../../src/text/hostility.js';

let model: HostilityModel;
beforeAll(async () => {
  const store = new LexiconStore();
  model = buildHostilityModel(await store.get('derogatory'), await store.get('hostility'), await store.get('derogatory-variants'));
});

const SENTENCES = [
  'Immigrants are vermin.',
  'You are a b1tch.',
  'F u c k all w o m e n.',
  'I will kill you.',
  'Our Muslim families celebrated Eid together.',
  'That ref was an idiot and a total bastard.',
  'We hate to say goodbye to Year 6.',
];

describe('containersOf (the matches that may contain a match)', () => {
  it('includes every match that contains it, for any matches in first-token order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(60), fc.nat(6)), { maxLength: 80 }), (pairs) => {
        const all = pairs.map(([first, span]) => ({ firstToken: first, lastToken: first + span })).sort((a, b) => a.firstToken - b.firstToken);
        const near = containersOf(all);
        for (const m of all) {
          const candidates = near(m);
          for (const o of all) if (o.firstToken <= m.firstToken && o.lastToken >= m.lastToken) expect(candidates).toContain(o);
        }
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });

  it('judges a paragraph with thousands of hits (each sentence still found)', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' ');
    const findings = findHostility(text, model);
    expect(findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(1_000);
  });
});

describe('a paragraph with no sentence end', () => {
  it('is judged in parts of 200 words, each with its own finding', () => {
    const text = '"idiot" '.repeat(3_000);
    const findings = findHostility(text, model);
    expect(findings.length).toBe(15);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('a sentence of ordinary length is one sentence', () => {
    const words = Array.from({ length: 150 }, (_, i) => (i % 10 === 0 ? 'idiot' : 'word')).join(' ');
    expect(findHostility(words, model).length).toBe(1);
  });
});

describe('spaced letters', () => {
  const norms = (text: string, vocabulary: HostilityModel['vocabulary'] | { has(word: string): boolean } = model.vocabulary) =>
    hostileTokens(text, vocabulary, model.variants, model.known).map((t) => t.norm);

  it('joins a word at the end of a run and leaves a run longer than any word as letters', () => {
    expect(norms('x y f u c k off')).toEqual(['x', 'y', 'fuck', 'off']);
    // Only the last four letters of a long run spell a word from where they start.
    const long = 'f u c k '.repeat(3_000).trim();
    expect(norms(long)).toEqual([...long.split(' ').slice(0, -4), 'fuck']);
  });

  it('gives the same tokens whether or not the vocabulary tells its longest word', () => {
    const plain = { has: (word: string) => model.vocabulary.has(word) }; // no length known: every run is tried
    for (const text of ['a b i t c h', 'q w f u c k', 'F u c k all w o m e n', 's h i t s h i t', 'i d i o t x', 'n o p e']) {
      expect(norms(text)).toEqual(norms(text, plain));
    }
  });
});
