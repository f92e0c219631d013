// Name tokens are built only for places where a rule asks for them; `someCapitalisedWord` answers
// from the shared word tokens first. It must give the same answer as asking the built name tokens.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachNameWord, namePlaces, someCapitalisedWord, someNameWord, tokenizeSegment } from '../../src/consent/name-tokens.js';
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
  ['house', (norm) => norm === 'house'],
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
    const pieces = ['Amelia', "Amelia's", 'amelia', 'House', 'house', "house's", 'Summer', 'summer', "James'", 'Jo', 'NOAH', 'the', 'The', ' ', '. ', ', ', '#', '@', '_', '7', 'Year6', 'é', '’s', "'", '/', 'office@school.org', 'Amelia@', '#Amelia', 'x#Noah', 'é@Jo'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.boolean(), (parts, fileName) => {
        const text = parts.join('');
        const [place] = namePlaces(postOf([text], fileName ? 'file-name' : 'body'));
        const built = tokenizeSegment(text, fileName ? 'file-name' : 'text', undefined);
        for (const [, test] of tests) {
          expect(someCapitalisedWord(place!, test)).toBe(built.some((t) => t.capitalised && test(t.norm)));
          expect(someNameWord(place!, test)).toBe(built.some((t) => test(t.norm)));
        }
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
});

describe('forEachNameWord', () => {
  it('reads the shared words of a paragraph with no tag, leaving its name tokens unbuilt', () => {
    const [place] = namePlaces(postOf(["Thank you to Mr Tom Davies's team"]));
    const norms: string[] = [];
    forEachNameWord(place!, (norm, _start, _end, capitalised) => norms.push(capitalised ? norm.toUpperCase() : norm));
    expect(norms).toEqual(['THANK', 'you', 'to', 'MR', 'TOM', 'DAVIES', 'team']);
    expect((place as unknown as { release(): number }).release()).toBe(0);
  });

  it('visits the words the name tokens hold (norm, place, capital), on random text', () => {
    const pieces = ['Mr', 'Mrs.', 'Amelia', "Amelia's", 'amelia', "James'", 'Jo', 'NOAH', 'the', ' ', '. ', ', ', '#', '@', '_', '7', 'é', '’s', "'", 'office@school.org', '#Amelia', 'x#Noah'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.boolean(), (parts, fileName) => {
        const text = parts.join('');
        const [place] = namePlaces(postOf([text], fileName ? 'file-name' : 'body'));
        const seen: [string, number, number, boolean][] = [];
        forEachNameWord(place!, (norm, start, end, capitalised) => seen.push([norm, start, end, capitalised]));
        const built = tokenizeSegment(text, fileName ? 'file-name' : 'text', undefined);
        expect(seen).toEqual(built.map((t) => [t.norm, t.start, t.end, t.capitalised]));
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

describe('name tokens over the budget', () => {
  it('finds the same pupils and unknown names when the tokens of places read earlier are dropped', async () => {
    const { findUnknownNames } = await import('../../src/consent/people.js');
    const { findPupilMentions } = await import('../../src/consent/mentions.js');
    const { prepareNameKnowledge } = await import('../../src/consent/knowledge.js');
    const { setNameTokenBudget } = await import('../../src/consent/name-tokens.js');
    const { recordFrom, postFrom } = await import('./helpers.js');
    const k = await prepareNameKnowledge();
    const record = await recordFrom(['Amelia,Smith,,4,Y,N,N,Y,N,,', 'Noah,Brown,,6,N,N,N,N,N,,']);
    const paragraphs = [
      'Well done to Amelia Smith and Noah for their poems.',
      'Mrs Patel and Oliver Jones ran the stall; Freya S. helped.',
      'Our choir sang at the harvest festival.',
      '#AmeliaSmith and @noah_b won the relay.',
      'Amelia and George read in assembly, and Summer Jones played.',
    ];
    const markdown = Array.from({ length: 12 }, (_, i) => paragraphs[i % paragraphs.length]).join('\n\n');
    const run = async () => {
      const post = await postFrom(markdown);
      const config = { root: '/' };
      const pupils = findPupilMentions(post, record, config).map((m) => [m.text, m.offset]);
      const unknown = findUnknownNames(post, record, config, k).map((n) => [n.text, n.offset, n.endOffset, n.via]);
      return { pupils, unknown };
    };
    const kept = await run();
    const previous = setNameTokenBudget(3);
    try {
      expect(await run()).toEqual(kept);
    } finally {
      setNameTokenBudget(previous);
    }
    expect(kept.unknown.length).toBeGreaterThan(3);
    expect(kept.pupils.length).toBeGreaterThan(3);
  });
});
