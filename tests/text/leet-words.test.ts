// wordTokens re-reads only the white-space-separated stretches that hold "@" or "$"; it must give
// exactly the tokens of reading the whole text with the @/$ word pattern, as it did before.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LexiconStore } from '../../src/lexicons/store.js';
import { normaliseWord } from '../../src/lexicons/tokenize.js';
import { wordTokens } from '../../src/text/deobfuscate.js';
import { buildHostilityModel, type HostilityModel } from '../../src/text/hostility.js';

let model: HostilityModel;
beforeAll(async () => {
  const store = new LexiconStore();
  model = buildHostilityModel(await store.get('derogatory'), await store.get('hostility'), await store.get('derogatory-variants'));
});

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/** The whole-text reading wordTokens did before for any text with @ or $. */
function wholeText(text: string, vocabulary: { has(word: string): boolean }) {
  const tokens = [];
  for (const match of text.matchAll(/[\p{L}\p{N}@$]+(?:['’][\p{L}]+)*/gu)) {
    let norm = normaliseWord(match[0]);
    if (/[013457@$!]/.test(norm) && /\p{L}/u.test(norm)) {
      const decoded = norm.replace(/[013457@$!]/g, (c) => LEET[c] ?? c);
      if (vocabulary.has(decoded) || vocabulary.has(decoded.replace(/'s$/, ''))) norm = decoded;
    } else if (norm.includes('8') && /\p{L}/u.test(norm)) {
      if (vocabulary.has(norm.replace(/8/g, 'ate'))) norm = norm.replace(/8/g, 'ate');
    }
    norm = norm.replace(/[@$]/g, '');
    if (norm) tokens.push({ norm, start: match.index, end: match.index + match[0].length, raw: match[0] });
  }
  return tokens;
}

describe('wordTokens with @ and $', () => {
  it('reads "b@stard", e-mail addresses and prices as before', () => {
    for (const text of ['You b@stard', 'mail jo@x.org now', '$hit happens, $5 each', 'a@b c$d\te@f\u00a0g$h', '@ $ @@ $$', 'h8 w0m3n @amelia_2016']) {
      expect(wordTokens(text, model.known)).toEqual(wholeText(text, model.known));
    }
  });

  it('agrees with the whole-text reading on random text', () => {
    const pieces = ['a', 'B', 'b1tch', 'h8', 'w0m3n', '@', '$', '5', "'", '’s', ' ', '\t', '\n', '\u00a0', '\u2003', '.', ',', '-', 'é', 'Ж', '_', '#', 'idiot', 'b@stard', 'sh!t'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        if (!/[@$]/.test(text)) return;
        expect(wordTokens(text, model.known)).toEqual(wholeText(text, model.known));
      }),
      { numRuns: 5000, seed: 20261122 },
    );
  });
});
