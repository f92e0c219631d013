// hostileReading returns a paragraph's plain words without undoing disguises when it finds no word
// that may read differently; undoing them must then give back exactly those words. Checked on every
// HateCheck-style case, the good-news paragraphs, and generated text full of near-disguises.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LexiconStore } from '../../src/lexicons/store.js';
import { tokenize } from '../../src/lexicons/tokenize.js';
import { hostileTokens } from '../../src/text/deobfuscate.js';
import { buildHostilityModel, disguisedReading, hostileReading, type HostilityModel } from '../../src/text/hostility.js';

let model: HostilityModel;
beforeAll(async () => {
  const store = new LexiconStore();
  model = buildHostilityModel(await store.get('derogatory'), await store.get('hostility'), await store.get('derogatory-variants'));
});

/** Whether the text was read as written; if so, the full de-obfuscation agrees. */
function readAsWritten(text: string): boolean {
  const words = tokenize(text);
  const reading = hostileReading(text, model, words);
  if (reading !== words) return false;
  expect(hostileTokens(text, model.vocabulary, model.variants, model.known, words), text).toEqual(words);
  return true;
}

const fixture = (name: string) => new URL(`../fixtures/text/${name}`, import.meta.url);
const seed = Number(process.env.FC_SEED ?? 20261122);

describe('hostileReading', () => {
  it('reads as written only what de-obfuscation would leave alone: HateCheck-style cases and good news', () => {
    const cases: { test_case: string }[] = parse(readFileSync(fixture('hatecheck-style.csv'), 'utf8'), { columns: true });
    const texts = [...cases.map((c) => c.test_case), ...readFileSync(fixture('good-news.txt'), 'utf8').split(/\n\s*\n/)];
    const asWritten = texts.filter(readAsWritten).length;
    // Both paths are exercised: most cases are plain, the spelling ones are not.
    expect(asWritten).toBeGreaterThan(texts.length / 2);
    expect(asWritten).toBeLessThan(texts.length);
  });

  it('and on generated text of hostile, glue and group words, leet digits, single letters and run-together words', () => {
    const word = fc.constantFrom('I', 'hate', 'h8', 'muslims', 'Muslims', 'mus1ims', 'women', 'w o m e n', 'so', 'all', 'shouldallbe', 'shot', 'killall', 'Ihate', 'arescum', 'scum', 'scm', 'vlie', 'vile', 'cant', 'stand', "can't", 'not', 'human', 'Year', '4', '2024', 'b@stard', 'sc*m', 'f*ggots', 'c**t', '5*', '*', 'a', 'b', 'c', 'Blackburn', 'filthyvermin', 'the', 'trip', 'was', 'great', '!', '.', ',');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), fc.constantFrom(' ', '  ', ''), (words, gap) => {
        readAsWritten(words.join(gap === '' ? ' ' : gap));
      }),
      { seed, numRuns: 3000 },
    );
  });

  // An e-mail address, a handle or a price holds an "@" or "$" but disguises nothing: the plain words
  // decide whether such a text is worth a look, and when it is, the disguises are undone as for any text.
  it('reads a text with "@", "$" or "*" as undoing every disguise would', () => {
    const word = fc.constantFrom('office@school.org', 'head@oakfield.sch.uk', '@OakfieldPE', '@', '$', '$5', 'US$20', '5*', 'b@stard', 'sc*m', 'f*ggots', 'musl!ms', 'h@te', 'w@nkers', 'a@b', 'Muslims', 'women', 'immigrants', 'are', 'scum', 'vermin', 'not', 'human', 'never', 'welcome', 'hold', 'everyone', 'back', 'I', 'hate', 'all', 'of', 'them', 'the', 'trip', 'was', 'great', 'email', 'us', 'at', 'Year', '6', 'a', 'b', '?', '.', ',');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (words) => {
        const text = words.join(' ');
        if (!/[@$*]/.test(text)) return;
        const plain = tokenize(text);
        expect(hostileReading(text, model, plain), text).toEqual(disguisedReading(text, model, plain));
      }),
      { seed, numRuns: 4000 },
    );
  });
});
