// Name tokens are built only for places where a rule asks for them; `someCapitalisedWord` answers
// from the shared word tokens first. It must give the same answer as asking the built name tokens.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namePlaces, someCapitalisedWord, tokenizeSegment } from '../../src/consent/name-tokens.js';
import type { Post, TextSegment } from '../../src/core/types.js';

function postOf(texts: string[], kind: TextSegment['kind'] = 'body'): Post {
  const segments: TextSegment[] = texts.map((text) => ({ kind, text, pieces: [{ textStart: 0, sourceStart: 0, length: text.length }] }));
  return { path: '/p.md', displayPath: 'p.md', kind: 'markdown', source: texts.join('\n'), frontMatter: {}, segments, attachments: [], suppressions: [], problems: [] };
}

const GIVEN = new Set(['amelia', 'summer', 'jo', 'noah']);
const tests: [string, (norm: string) => boolean][] = [
  ['given name', (norm) => GIVEN.has(norm)],
  ['starts with a digit', (norm) => /^\d/.test(norm)],
  ['any word', () => true],
];

describe('someCapitalisedWord', () => {
  it('answers as the name tokens do, without building them for a place with no candidate', () => {
    const [place] = namePlaces(postOf(["Well done to Amelia's team and Summer Fair helpers"]));
    expect(someCapitalisedWord(place!, (norm) => norm === 'amelia')).toBe(true); // possessive stripped
    expect(someCapitalisedWord(place!, (norm) => norm === 'well')).toBe(true);
    expect(someCapitalisedWord(place!, (norm) => norm === 'team')).toBe(false); // not capitalised
    const [tagged] = namePlaces(postOf(['Congratulations #AmeliaSmith and @noah_t']));
    expect(someCapitalisedWord(tagged!, (norm) => norm === 'smith')).toBe(true); // a hashtag's parts are tokens
    expect(someCapitalisedWord(tagged!, (norm) => norm === 'ameliasmith')).toBe(false);
    const [file] = namePlaces(postOf(['amelia smith sports day'], 'file-name'));
    expect(someCapitalisedWord(file!, (norm) => norm === 'amelia')).toBe(true); // case says nothing in a file name
  });

  it('gives the same answer as testing the name tokens, on random text', () => {
    const pieces = ['Amelia', "Amelia's", 'amelia', 'Summer', 'summer', "James'", 'Jo', 'NOAH', 'the', 'The', ' ', '. ', ', ', '#', '@', '_', '7', 'Year6', 'é', '’s', "'", '/', 'office@school.org', 'Amelia@', '#Amelia', 'x#Noah', 'é@Jo'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.boolean(), (parts, fileName) => {
        const text = parts.join('');
        const [place] = namePlaces(postOf([text], fileName ? 'file-name' : 'body'));
        const built = tokenizeSegment(text, fileName ? 'file-name' : 'text', undefined);
        for (const [, test] of tests) {
          expect(someCapitalisedWord(place!, test)).toBe(built.some((t) => t.capitalised && test(t.norm)));
        }
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
});

describe('tokenizeSegment sentence starts', () => {
  it('marks a word after a sentence mark or a list dash, as the patterns read the gap', () => {
    const MARK = /[.!?:;\n•*|–—"“(]/;
    const DASH = /^\s*-\s/;
    const pieces = ['Amelia', 'the', ' ', '  ', ', ', '. ', '!', '?', ':', ';', '\n', '•', '*', '|', '–', '—', '"', '“', '(', '-', ' - ', '\t', '’', "'"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const tokens = tokenizeSegment(text, 'text');
        tokens.forEach((token, i) => {
          const gap = i === 0 ? undefined : text.slice(tokens[i - 1]!.end, token.start);
          expect(token.sentenceStart).toBe(gap === undefined || MARK.test(gap) || DASH.test(gap));
        });
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
});
