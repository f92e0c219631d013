// Capitalised words in real schools' posts that are given names but, there, no person: a people's or a
// colour's adjective, an organisation or a trophy named after someone, a saint's abbreviation, a title,
// an award, a river. Each case beside the same word used as a pupil's name, which must still be found.
import { describe, expect, it } from 'vitest';
import { unknownIn } from './helpers.js';

describe('adjectives that are also names', () => {
  it('"Roman", "Navy", "Tudor" before a noun are no one', async () => {
    expect(await unknownIn('Year 3 came to school in Roman costume, learnt Roman numerals and tried on some authentic Roman clothing.')).toEqual([]);
    expect(await unknownIn('Please buy Navy blue trousers from the uniform shop. Year 5 built Tudor houses and visited a Norman castle.')).toEqual([]);
    expect(await unknownIn('We learnt how Roman Britain was governed and toured Tudor House.')).toEqual([]);
    expect(await unknownIn('The District Camp is attended by all Scout troops. The new menu has a Red, Green, Blue colour code.')).toEqual([]);
  });
  it('the same words as pupils: before a verb, in a list, after praise', async () => {
    expect(await unknownIn('Roman scored twice and Roman looked delighted.')).toEqual(['Roman', 'Roman']);
    expect(await unknownIn('Well done to Roman and Tilly for their Roman mosaics!')).toEqual(['Roman', 'Tilly']);
    expect(await unknownIn('Congratulations to Navy for her poem.')).toEqual(['Navy']);
    expect(await unknownIn('Well done to Scout and Blue, who both scored.')).toEqual(['Scout', 'Blue']);
  });
});

describe('organisations and trophies named after someone', () => {
  it('a name followed by School, College, Club or Cup', async () => {
    expect(await unknownIn('Seven Year 6 children went to Ellen Wilkinson School for a netball tournament.')).toEqual([]);
    expect(await unknownIn('The Year 12s stayed at Sidney Sussex College, and the U12s beat Alton Hockey Club 8-0.')).toEqual([]);
    expect(await unknownIn('Well done to Mrs Lloyd’s class, winners of the Margaret Gillies Fair Play Cup, and to Corby Glen Community Primary School.')).toEqual([]);
  });
  it('a pupil before a class, a team or a house is still a pupil', async () => {
    expect(await unknownIn('Star writer this week: Ella Smith Class 4, for her poem about the sea.')).toEqual(['Ella Smith']);
    expect(await unknownIn('Goals from Harry Smith and Oscar Patel, Year 6, for Smith House.')).toEqual(['Harry Smith', 'Oscar Patel']);
  });
});

describe('numbers', () => {
  it('"Seven" and "Four" are counts, not names', async () => {
    expect(await unknownIn('Seven Year 6 children went to the tournament. Four girls reached the final of the Seven Sisters run.')).toEqual([]);
  });
});

describe('saints, titles, awards and rivers', () => {
  it('"St." with its full stop, a royal title, "Duke of", "Star of", "the River …"', async () => {
    expect(await unknownIn('Year 2 celebrated St. David’s Day, and St. Joseph’s Catholic Primary School visited us.')).toEqual([]);
    expect(await unknownIn('Prince Philip presented their certificates, and we stayed in King Edward’s old holiday house.')).toEqual([]);
    expect(await unknownIn('The Year 10 and 11 Duke of Edinburgh students completed their expedition. Who will be Star of the Week?')).toEqual([]);
    expect(await unknownIn('The biologists visited the River Piddle to compare the species found there.')).toEqual([]);
    expect(await unknownIn('Year 3 had a Stone Age day: Stone Age people hunted and gathered, and we made Bronze Age pots.')).toEqual([]);
  });
  it('the same words as pupils', async () => {
    expect(await unknownIn('St. Joseph’s beat us 2-1, but Joseph scored a cracking goal.')).toEqual(['Joseph']);
    expect(await unknownIn('Brilliant stops from Duke M and Mark R kept us in the game.')).toEqual(['Duke M', 'Mark R']);
    expect(await unknownIn('Well done to Prince Adebayo, and a goal from River Smith sealed it.')).toEqual(['Prince Adebayo', 'River Smith']);
    expect(await unknownIn('Well done to Star, who read her poem in assembly.')).toEqual(['Star']);
  });
});
