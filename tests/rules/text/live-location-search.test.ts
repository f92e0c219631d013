// live-location finds return times (RETURN_AT) by trying the pattern only where one of its lead
// words is (returnTimes): the matches must be exactly those of text.matchAll(RETURN_AT).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETURN_AT, returnTimes } from '../../../src/rules/text/live-location.js';

const pieces = [
  'back at', 'BACK AT', 'arriving at', 'arrive at', 'arrives at', 'arriving back at', 'returning to', 'return to', 'pick-up from', 'pickup at',
  'pick up is from', 'collection from', 'collect at', 'meeting us at', 'meet at', 'leaving', 'departing', 'depart from', 'leave from', 'Leave From',
  'back', 'bac\u212a at', 'pic\u212a-up from', 'bac', 'pic', 'arriv', 'return', 'pick', 'collect', 'meet', 'leav', 'depart', 'ſ', '\u212a', 'payback at', 'the', 'Euston', 'Premier Inn', 'Dover', 'school',
  'at', 'by', 'around', 'for', '4.30pm', '17:00', '9', 'am', 'p.m.', ' ', ' ', '  ', '\n', '.', ',', '-', 'é', '😀', 'Ülm',
];
const same = (text: string) =>
  expect([...returnTimes(text)].map((m) => [m.index, ...m]), JSON.stringify(text)).toEqual([...text.matchAll(RETURN_AT)].map((m) => [m.index, ...m]));

describe('returnTimes', () => {
  it('finds what text.matchAll(RETURN_AT) finds', () => {
    for (const text of ['', 'Back at Euston at 4.30pm', 'back at back at Dover at 5pm, arriving at the Premier Inn by 9am', 'leaving Leave from Ülm at 7']) same(text);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        same(parts.join(' '));
        same(parts.join(''));
      }),
      { seed: 20261122, numRuns: 4000 },
    );
  });
});
