// A trust-wide record can give one first name to thousands of pupils: the name index and the
// matcher must still tell them apart by surname, initial and order, as with a few.
import { describe, expect, it } from 'vitest';
import { findPupilMentions } from '../../src/consent/mentions.js';
import { prepareNameKnowledge } from '../../src/consent/knowledge.js';
import { postFrom, pupilsIn, recordFrom } from './helpers.js';

const row = (first: string, last: string) => `${first},${last},,4,Y,Y,Y,Y,N,,`;

describe('a first name shared by thousands of pupils', () => {
  it('finds each full name by its surname, an initial among the right ones, and a first name alone as all of them', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => row('Amelia', `Family${i}`));
    rows.push(row('Amelia', 'Smith Smith'), row('Amelia', 'Jones-Smith'), row('Amelie', 'Quinn'));
    const record = await recordFrom(rows);
    const found = await pupilsIn('Well done Amelia Family42, Amelia Smith and Amelia J. — and Amelia too!', record);
    expect(found[0]).toBe('Amelia Family42 → Amelia Family42 (full)');
    expect(found[1]).toBe('Amelia Smith → Amelia Smith Smith / Amelia Jones-Smith (full)');
    expect(found[2]).toBe('Amelia J → Amelia Jones-Smith');
    expect(found[3]?.startsWith('Amelia → Amelia Family0 / Amelia Family1 / ')).toBe(true);
    expect(found[3]?.split(' / ').length).toBe(3_002);
  });

  it('gives every mention of the name the same pupils, in record order', async () => {
    await prepareNameKnowledge();
    const record = await recordFrom(Array.from({ length: 2_000 }, (_, i) => row('Oliver', `Surname${i}`)));
    const post = await postFrom(`${Array.from({ length: 300 }, (_, i) => `Oliver Surname${i * 3} and Oliver`).join('. ')}.`);
    const mentions = findPupilMentions(post, record, { root: '/' });
    expect(mentions.length).toBe(600);
    mentions.forEach((m, i) => {
      if (i % 2 === 0) expect(m.pupils.map((p) => p.lastName)).toEqual([`Surname${(i / 2) * 3}`]);
      else expect(m.pupils.length).toBe(2_000);
    });
  });
});
