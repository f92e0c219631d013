// Matchers in a PhraseGroup walk one joint trie (matchSegment): each must get exactly the matches,
// in the same order, that its own walk (match) gives — possessives, prefixes, case-sensitive terms,
// phrases shared between matchers, and a member joining after others have matched included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseGroup, PhraseMatcher } from '../../src/lexicons/matcher.js';
import { segmentWords, shareWordsOfSameText, tokenizeOnce } from '../../src/lexicons/tokenize.js';

type Entry = { terms: string[]; caseSensitive?: boolean; id: string };

const WORDS = ['amelia', "amelia's", "amelia's's", 'smith', "smith's", 'down', "down's", 'syndrome', 'the', 'school', 'bull', 'fed', 'up', 'with', 'SEN', 'sen'];
const term = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([words, wildcard]) => `${words.join(' ')}${wildcard ? '*' : ''}`);
const entry = fc.record({ terms: fc.array(term, { minLength: 1, maxLength: 3 }), caseSensitive: fc.boolean(), id: fc.string({ maxLength: 3 }) });
const lexicon = fc.array(entry, { maxLength: 6 });
const TEXT_PIECES = [...WORDS, 'Amelia', "Amelia's", 'SMITH', 'Down’s', 'bully', 'bulls', ' ', ' ', ', ', '. ', ' - ', '\n'];
const text = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 40 }).map((parts) => parts.join(' '));

describe('PhraseGroup', () => {
  it("gives each member exactly its own matcher's matches", () => {
    fc.assert(
      fc.property(fc.array(lexicon, { minLength: 1, maxLength: 4 }), fc.array(text, { minLength: 1, maxLength: 3 }), (lexicons, texts) => {
        const group = new PhraseGroup();
        const members: PhraseMatcher<Entry>[] = [];
        const alone = lexicons.map((entries) => new PhraseMatcher<Entry>(entries));
        for (let m = 0; m < lexicons.length; m++) {
          // Members join one by one, matching the texts in between (as rules build their matchers on a first post).
          members.push(new PhraseMatcher<Entry>(lexicons[m]!, group));
          for (const t of texts) {
            const tokens = tokenizeOnce(t);
            const segment = { text: t };
            for (let k = members.length - 1; k >= 0; k--) {
              expect(members[k]!.matchSegment(segment, tokens)).toEqual(alone[k]!.match(t, tokens));
            }
            // Asked again, after changing the array it was given (callers sort theirs): same answer.
            members[0]!.matchSegment(segment, tokens).reverse().push(undefined as never);
            expect(members[0]!.matchSegment(segment, tokens)).toEqual(alone[0]!.match(t, tokens));
            // Another segment of the same text and words (segmentWords shares them): the same matches.
            const again = { text: t };
            for (let k = 0; k < members.length; k++) expect(members[k]!.matchSegment(again, tokens)).toEqual(alone[k]!.match(t, tokens));
          }
        }
      }),
      { seed: 20261122, numRuns: 2000 },
    );
  });

  it("gives each member its own matcher's matches on a post's segments of repeated texts (one walk per text)", () => {
    fc.assert(
      fc.property(
        fc.array(lexicon, { minLength: 1, maxLength: 4 }),
        fc.array(text, { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(2), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(3), fc.nat(7)), { maxLength: 40 }),
        (lexicons, texts, picks, asks) => {
          const group = new PhraseGroup();
          const members = lexicons.map((entries) => new PhraseMatcher<Entry>(entries, group));
          const alone = lexicons.map((entries) => new PhraseMatcher<Entry>(entries));
          const segments = picks.map((k) => ({ text: texts[k % texts.length]! }));
          shareWordsOfSameText(segments);
          const expectOwn = (m: number, segment: { text: string }) => {
            const got = members[m]!.matchSegment(segment, segmentWords(segment));
            expect(got).toEqual(alone[m]!.match(segment.text, tokenizeOnce(segment.text)));
            got.reverse().push(undefined as never); // callers sort and change theirs
          };
          // Members ask in any order, some segments more than once, then rule by rule as the engine runs them.
          for (const [m, k] of asks) if (m < members.length && k < segments.length) expectOwn(m, segments[k]!);
          for (let m = 0; m < members.length; m++) for (const segment of segments) expectOwn(m, segment);
        },
      ),
      { seed: 20261122, numRuns: 2000 },
    );
  });

  it('gives new matches on every call, the same for a text asked again', () => {
    const matcher = new PhraseMatcher<Entry>([{ terms: ['fed up with', 'the school', 'bull*'], id: 'a' }]);
    // Long enough (64 words or more) for its matches to be kept.
    const text = 'Fed up with the school and the bully. Fed up with the school. '.repeat(10);
    const tokens = tokenizeOnce(text);
    expect(tokens.length).toBeGreaterThanOrEqual(64);
    const first = matcher.match(text, tokens);
    const expected = structuredClone(first);
    expect(first.length).toBe(50);
    first[0]!.start = -1;
    first.reverse();
    const second = matcher.match(text, tokens);
    expect(second).toEqual(expected);
    expect(second[0]).not.toBe(first[first.length - 1]);
    second[1]!.end = -1;
    second.length = 0;
    expect(matcher.match(text, tokens)).toEqual(expected);
    // The same tokens with another text (a caller's mistake, but the answer must be that text's).
    const other = 'fed up with the school';
    expect(matcher.match(other, tokens)).toEqual(new PhraseMatcher<Entry>([{ terms: ['fed up with', 'the school', 'bull*'], id: 'a' }]).match(other, tokens));
  });

  it('gives segments of the same long text (64 words or more) the matches of one joint walk', () => {
    const group = new PhraseGroup();
    const lists: Entry[][] = [[{ terms: ['fed up with', 'bull*'], id: 'a' }], [{ terms: ['the school', "amelia's"], id: 'b' }]];
    const members = lists.map((entries) => new PhraseMatcher<Entry>(entries, group));
    const text = "Fed up with the school and the bully, said Amelia's dad. ".repeat(8);
    const tokens = tokenizeOnce(text);
    expect(tokens.length).toBeGreaterThanOrEqual(64);
    for (const segment of [{ text }, { text }, { text }]) {
      members.forEach((member, k) => {
        const expected = new PhraseMatcher<Entry>(lists[k]!).match(text, tokens);
        const got = member.matchSegment(segment, tokens);
        expect(got).toEqual(expected);
        got.reverse().pop();
        expect(member.matchSegment(segment, tokens)).toEqual(expected);
      });
    }
  });

  it('reads a possessive through each member as its own walk does', () => {
    const group = new PhraseGroup();
    const a = new PhraseMatcher<Entry>([{ terms: ["down's syndrome"], id: 'a' }], group);
    const b = new PhraseMatcher<Entry>([{ terms: ['down syndrome', "amelia's"], id: 'b' }], group);
    for (const t of ["Down's syndrome", 'down syndrome', "amelia's's", "amelia's"]) {
      const tokens = tokenizeOnce(t);
      const segment = { text: t };
      expect(b.matchSegment(segment, tokens)).toEqual(new PhraseMatcher<Entry>([{ terms: ['down syndrome', "amelia's"], id: 'b' }]).match(t, tokens));
      expect(a.matchSegment(segment, tokens)).toEqual(new PhraseMatcher<Entry>([{ terms: ["down's syndrome"], id: 'a' }]).match(t, tokens));
    }
  });
});

describe('PhraseMatcher terms', () => {
  it('reads a plain lower-case term as the tokenizer does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'z', '0', '9', ' ', 'ab', 'year6'), { minLength: 1, maxLength: 12 }), (parts) => {
        const term = parts.join('');
        if (!/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(term)) return;
        expect(term.split(' ')).toEqual(tokenizeOnce(term).map((t) => t.norm));
      }),
      { seed: 20261122, numRuns: 2000 },
    );
  });
});
