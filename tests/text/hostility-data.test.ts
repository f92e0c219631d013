// The hostility model's sets and maps are worked out at build time (dist/data.json,
// `derived/hostility-model`) and read back as plain JSON. Read back, they must hold exactly what
// the model built from the lexicons holds, in the same order where the model iterates them.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/lexicons/schema.js';
import { LexiconStore } from '../../src/lexicons/store.js';
import { deriveHostilityData, hostilityModelFrom, type HostilityData, type HostilityModel } from '../../src/text/hostility.js';

let derogatory: Lexicon;
let grammar: Lexicon;
let variants: Lexicon;
let data: HostilityData;
let model: HostilityModel;
beforeAll(async () => {
  const store = new LexiconStore();
  [derogatory, grammar, variants] = await Promise.all([store.get('derogatory'), store.get('hostility'), store.get('derogatory-variants')]);
  data = deriveHostilityData(derogatory, grammar, variants);
  model = hostilityModelFrom(JSON.parse(JSON.stringify(data)) as HostilityData, derogatory, grammar);
});

describe('the hostility model read back from its build-time data', () => {
  it('maps each misspelling to the word the lexicon gives it, as the map built from the lexicon did', () => {
    // The map as buildHostilityModel built it before the data was worked out at build time.
    const expected = new Map<string, string>();
    for (const entry of variants.entries) {
      if (entry.note === undefined) continue;
      for (const variant of entry.terms) if (!model.known.has(variant)) expected.set(variant, entry.note);
    }
    for (const word of model.known) {
      const bare = word.replace("n't", 'nt');
      if (bare !== word && !model.known.has(bare)) expected.set(bare, word);
    }
    expect(model.variants.size).toBe(expected.size);
    for (const [variant, word] of expected) expect(model.variants.get(variant), variant).toBe(word);
  });

  it('holds the derived sets and maps in the order they were filled', () => {
    expect([...model.vocabulary]).toEqual(data.vocabulary);
    expect([...model.known]).toEqual(data.known);
    expect([...model.kinds]).toEqual(data.kinds);
    expect([...model.triggers]).toEqual(data.triggers);
    expect([...model.positives]).toEqual(data.positives);
    expect([...model.negations]).toEqual(data.negations);
    // Each first word's runs as "second" or "second third", a pair standing for any third word.
    const runs = (seconds: Map<string, Set<string> | true>) => [...seconds].flatMap(([second, thirds]) => (thirds === true ? [second] : [...thirds].map((third) => `${second} ${third}`)));
    const dataRuns = (rests: string[]) => rests.filter((rest) => rest.includes(' ') ? !rests.includes(rest.split(' ')[0]!) : true);
    expect([...model.pairTriggers].map(([first, seconds]) => [first, runs(seconds).sort()])).toEqual(data.pairTriggers.map(([first, rests]) => [first, dataRuns(rests).sort()]));
  });

  it('looks for no phrase by a word nearly every paragraph holds', () => {
    // "them" and "this" were single trigger words once (a threat with "them" in it, "get them out of this …"):
    // nearly every paragraph of school news went to the grammar. Such a threat is looked for by the words after "them".
    for (const word of ['them', 'this', 'the', 'and', 'you', 'we', 'our', 'they', 'a', 'in', 'out', 'of']) expect(data.triggers).not.toContain(word);
  });

  it('matches the data in dist/data.json when the CLI has been built', () => {
    const file = new URL('../../dist/data.json', import.meta.url);
    if (!existsSync(file)) return;
    const built = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)['derived/hostility-model'];
    expect(built).toEqual(data);
  });
});
