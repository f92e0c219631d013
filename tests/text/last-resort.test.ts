// The last resort (src/text/hostility/judge-last-resort.ts): where the grammar decided nothing, a group
// named in general beside a condemning word is a hostile remark — unless the sentence tells, reports,
// negates or asks, or the word is a circumstance, the group's own feeling, or something done to them.
import { beforeAll, describe, expect, it } from 'vitest';
import { findHostility, type HostilityModel } from '../../src/text/hostility.js';
import { loadHostilityModel } from '../helpers/hostility.js';

let model: HostilityModel;
beforeAll(async () => {
  model = await loadHostilityModel();
});
const isError = (text: string) => findHostility(text, model).some((f) => f.severity === 'error');

describe('the last resort', () => {
  it.each(['Gay people spread filth wherever they go.', 'Muslims spread filth wherever they go.'])('catches a remark no construction reads: %s', (text) => {
    expect(isError(text)).toBe(true);
  });

  it.each([
    // A circumstance the group faces, an attribute of something else.
    'Refugees face terrible danger crossing the Channel.',
    'Gay people face hostility in many countries.',
    // Harm the group suffers, with no object and no wish.
    'Migrants die in the Mediterranean every year.',
    'Disabled people suffer most in a pandemic.',
    // The group's own feeling, and harm done to them.
    'Disabled people are fed up with inaccessible buildings.',
    'Jewish pupils are scared after the attacks.',
    'Migrants are exploited by criminal gangs.',
    // Listed with a word, not described by it; told by the school.
    'Black people and violence in the news: a media problem.',
    'Our Year 9 pupils heard how refugees escape filthy camps.',
  ])('leaves alone: %s', (text) => {
    expect(isError(text)).toBe(false);
  });
});
