// fixtureTeams asks FIXTURE_WORD before running FIXTURE (which tries a match at every capital letter):
// FIXTURE_WORD must hold wherever FIXTURE matches, or a fixture's team would go unrecognised.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE, FIXTURE_WORD } from '../../src/consent/people.js';

const pieces = ['Chester', 'Caldy', 'Harry', 'tom', 'U14', 'v', 'vs', 'V', 'v.', 'vs.', 'versus', 'Versus', 'vv', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '-', '’s', "'", '.', ',', 'é', 'É'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join(''));

describe('the fixture pattern\'s quick test', () => {
  it('holds wherever a fixture is found', () => {
    fc.assert(
      fc.property(text, (t) => {
        FIXTURE.lastIndex = 0;
        if ([...t.matchAll(FIXTURE)].length > 0) expect(FIXTURE_WORD.test(t)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
  it('is not always true: a paragraph without a "v" between spaces skips the pattern', () => {
    expect(FIXTURE_WORD.test('Chester v Caldy U14 match report')).toBe(true);
    expect(FIXTURE_WORD.test('Year 5 visited Chester Zoo')).toBe(false);
  });
});
