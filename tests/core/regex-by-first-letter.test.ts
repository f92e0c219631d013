// byFirstLetter regroups a word alternation for speed: it must find exactly what the pattern it was
// given finds — the same first match, at the same place, and the same run of matches for a global one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byFirstLetter } from '../../src/core/regex.js';

const PATTERNS = [
  /staying|sleeping|camping/i,
  /back at|back down at|back up at|arriv|return|pick|collect|meet|leav|depart|land|dock/i,
  /just|passing|approaching|pulled|crossed|stopped|on the [am]\d/i,
  /born|d\.?o\.?b|birth|\d on /i,
  /[[({]at[\])}]|\s@|@\s|dot\s|double|triple|treble|\boh\b|zero|nought|seven/i,
  /right now|at the moment|as we speak|currently|\bnow\b/i,
  /we['’]re|we are|they are|they['’]re|day \d|day one|a|ab|abc|b?c|x{2}|Y|y/,
  /we['’]re|we are|they are|they['’]re|day \d|day one|a|ab|abc|b?c|x{2}|Y|y/gi,
  /(?:morning|afternoon) from|our (?:hotel|hostel)|ourselves|o(?=n)|on/giu,
];

/** Texts made of the patterns' own pieces, so that matches, near misses and overlaps are common. */
const text = fc
  .array(fc.constantFrom('staying', 'Sleep', 'camp', 'back ', 'at', 'down', 'arrive', 'D.O.B', 'dob', 'born', '(at)', ' @ ', 'dot ', 'oh', 'ON', 'now', 'right ', 'we’re', "we're", 'day 3', 'day one', 'a', 'ab', 'bc', 'xx', 'Y', 'y', 'morning from', 'our hostel', 'ours', ' ', '.', 'K', 'ſ', 'é'), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('byFirstLetter', () => {
  it('groups a word alternation by first letter and leaves patterns it cannot regroup exactly as they are', () => {
    expect(byFirstLetter(/staying|sleeping|camping/i).source).toBe('s(?:taying|leeping)|camping');
    expect(byFirstLetter(/Staying|sleeping/).source).toBe('Staying|sleeping');
    expect(byFirstLetter(/s?he|she/).source).toBe('s?he|she');
    // A bracket inside a class is not a group.
    expect(byFirstLetter(/[[({]at[\])}]|dot|double/i).source).toBe('[[({]at[\\])}]|d(?:ot|ouble)');
    for (const keep of [/(a)|ab/, /(?<x>a)|ab/, /(a)b|a\1/, /(?<x>a)b|a\k<x>/, /single/]) expect(byFirstLetter(keep)).toBe(keep);
  });

  it('finds the same matches as the pattern it was given, at the same places', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const pattern of PATTERNS) {
          const regrouped = byFirstLetter(pattern);
          expect(regrouped.flags).toBe(pattern.flags);
          if (pattern.global) {
            expect([...t.matchAll(regrouped)].map((m) => [m.index, m[0]])).toEqual([...t.matchAll(pattern)].map((m) => [m.index, m[0]]));
          } else {
            expect(regrouped.test(t)).toBe(pattern.test(t));
            const [a, b] = [regrouped.exec(t), pattern.exec(t)];
            expect(a && [a.index, a[0]]).toEqual(b && [b.index, b[0]]);
          }
        }
      }),
      { numRuns: 1000, seed: 20261124 },
    );
  });
});
