// Braces in a lexicon term list alternatives: one line for a family of phrases, expanded when loaded.
import { describe, expect, it } from 'vitest';
import { alternativesProblem, expandAlternatives } from '../../src/lexicons/alternatives.js';
import { lexiconEntrySchema } from '../../src/lexicons/schema.js';
import { compileOne } from '../../src/data/compile.js';

describe('a term with alternatives', () => {
  it('stands for every phrase it lists, the first group outermost', () => {
    expect(expandAlternatives('lost {his|her} {mum|dad}')).toEqual(['lost his mum', 'lost his dad', 'lost her mum', 'lost her dad']);
  });
  it('makes words optional with an empty alternative, spaces collapsed', () => {
    expect(expandAlternatives('{now |}lives with {his |}nan')).toEqual(['now lives with his nan', 'now lives with nan', 'lives with his nan', 'lives with nan']);
    expect(expandAlternatives('fractured {|his |her }arm')).toEqual(['fractured arm', 'fractured his arm', 'fractured her arm']);
  });
  it('leaves a term without braces as it is, a trailing * included', () => {
    expect(expandAlternatives('bull*')).toEqual(['bull*']);
    expect(expandAlternatives('taken to A&E')).toEqual(['taken to A&E']);
  });
  it('names what is wrong with braces it cannot read', () => {
    expect(alternativesProblem('lost {his|her mum')).toBe('a "{" that is not closed');
    expect(alternativesProblem('lost his|her} mum')).toBe('a "|" outside braces');
    expect(alternativesProblem('lost {his|{her}} mum')).toBe('braces inside braces');
    expect(alternativesProblem('lost her} mum')).toBe('a "}" with no "{" before it');
    expect(alternativesProblem('lost {his|her} mum')).toBeUndefined();
  });
});

describe('a lexicon entry', () => {
  it('is loaded with its terms and exceptions expanded', () => {
    const entry = lexiconEntrySchema.parse({ terms: ['{broken|broke his} arm', 'whiplash'], category: 'medical', severity: 'error', except: ['{broken|broke his} arm rest'] });
    expect(entry.terms).toEqual(['broken arm', 'broke his arm', 'whiplash']);
    expect(entry.except).toEqual(['broken arm rest', 'broke his arm rest']);
  });
  it('with braces it cannot read is refused, saying how to write them', () => {
    const result = lexiconEntrySchema.safeParse({ terms: ['lost {his|her mum'], category: 'family', severity: 'error' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('a "{" that is not closed in "lost {his|her mum" (write alternatives as "lost {his|her} mum")');
  });
  it('in the shipped lexicons: confidential.yaml\'s families of phrases are read as the phrases', () => {
    const lexicon = compileOne('lexicons', 'confidential') as { entries: { terms: string[] }[] };
    const terms = lexicon.entries.flatMap((e) => e.terms);
    expect(terms).toEqual(expect.arrayContaining(['now lives with their grandparents', 'lost her baby sister', 'fractured his hip', 'knocked out in the scrum', 'rushed to A&E']));
    expect(terms.filter((t) => /[{}|]/.test(t))).toEqual([]);
  });
});
