// Measures the name finder on hand-labelled posts (tests/consent/corpus.ts): recall = children found
// (as a pupil match or an unknown name), precision = flagged names that are people.
import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus.js';
import { peopleIn, recordFrom } from './helpers.js';

interface Score {
  children: number;
  found: number;
  flagged: number;
  notPeople: string[];
  missed: string[];
}

async function score(withRecord: boolean): Promise<Score> {
  const s: Score = { children: 0, found: 0, flagged: 0, notPeople: [], missed: [] };
  // With a record: every other child is in it (the rest must still surface as unknown names).
  const inRecord = CORPUS.flatMap((p) => p.children).filter((_, i) => i % 2 === 0);
  const record = withRecord ? await recordFrom(inRecord.map((name) => `${name},Testperson,,4,Y,Y,Y,Y,N,,`)) : undefined;
  for (const labelled of CORPUS) {
    const flagged = await peopleIn(labelled.post, record);
    const firstWords = flagged.map((f) => f.split(/[\s,'’-]+/)[0]!);
    s.flagged += flagged.length;
    for (const child of labelled.children) {
      s.children++;
      if (firstWords.includes(child)) s.found++;
      else s.missed.push(`${labelled.title}: ${child}`);
    }
    const people = new Set([...labelled.children, ...(labelled.adults ?? [])]);
    for (const [i, word] of firstWords.entries()) if (!people.has(word)) s.notPeople.push(`${labelled.title}: ${flagged[i]}`);
  }
  return s;
}

function report(label: string, s: Score): void {
  const recall = s.found / s.children;
  const falseShare = s.notPeople.length / Math.max(s.flagged, 1);
  console.log(
    `[consent corpus, ${label}] ${CORPUS.length} posts: children found ${s.found}/${s.children} (recall ${(recall * 100).toFixed(1)}%); ` +
      `flagged ${s.flagged}, not a person ${s.notPeople.length} (${(falseShare * 100).toFixed(1)}%)` +
      (s.missed.length ? `\n  missed: ${s.missed.join('; ')}` : '') +
      (s.notPeople.length ? `\n  not people: ${s.notPeople.join('; ')}` : ''),
  );
}

describe('names in labelled school posts', () => {
  it('has 20+ realistic posts', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(20);
  });
  for (const withRecord of [false, true]) {
    it(`finds at least 95% of children, with at most 1 in 20 flags not a person (${withRecord ? 'half the children in the record' : 'no record'})`, async () => {
      const s = await score(withRecord);
      report(withRecord ? 'record' : 'no record', s);
      expect(s.found / s.children).toBeGreaterThanOrEqual(0.95);
      expect(s.notPeople.length / s.flagged).toBeLessThanOrEqual(0.05);
    });
  }
});
