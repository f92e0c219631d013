// text/grievance asks whether a sentence with a target is sympathetic (three patterns) and what its
// words score in either order: sympathy first until the scorer is loaded, the score first after.
// Both orders must give the same findings: generated paragraphs of targets, complaints, sympathy,
// teaching and information words and negative and positive words.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { grievance, grievanceOrderForTests } from '../../../src/rules/text/grievance.js';
import { runRule } from '../../helpers/rule-tester.js';

const WORDS = [
  // targets and time spans
  'the school', 'staff', 'SLT', 'parents', 'the head', 'pupils', 'management', 'colleagues', 'school year', 'school day',
  // complaints, negated or not
  'fed up with', 'a shambles', 'never listen', 'not fed up with', 'useless', 'disgusting', 'rude', 'selfish', 'awful', 'terrible', 'hate', 'angry', 'killed',
  // sympathy, teaching, information
  'sadly', 'victims', 'suffered', 'charity', 'raised', 'history', 'lesson', 'studying', 'the novel', 'evidence shows', 'per cent', 'likely', 'if they', '%',
  // the rest of a sentence
  'are', 'is', 'were', 'so', 'very', 'our', 'the', 'and', 'with', 'today', 'amazing', 'brilliant', 'proud', 'thank you to', 'bad weather', 'Moby Dick', 'rugby-mad',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const paragraph = fc.array(fc.tuple(sentence, fc.constantFrom('.', '!', '?', ';', '')), { minLength: 1, maxLength: 4 }).map((s) => s.map(([t, end]) => `${t}${end}`).join(' '));

async function findings(text: string, order: 'sympathy' | 'score') {
  grievanceOrderForTests.order = order;
  return (await runRule(grievance, { post: text })).map((f) => JSON.stringify({ ...f, location: { ...f.location, file: '' } }));
}

afterEach(() => {
  delete grievanceOrderForTests.order;
});

describe('text/grievance: sympathy first or the score first', () => {
  it('gives the same findings', async () => {
    await fc.assert(
      fc.asyncProperty(paragraph, async (text) => {
        expect(await findings(text, 'score'), text).toEqual(await findings(text, 'sympathy'));
      }),
      { numRuns: 400, seed: Number(process.env.FC_SEED ?? 20261123) },
    );
  });
});
