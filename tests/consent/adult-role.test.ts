// adultRoleBefore / adultRoleAfter settle most words by the characters next to them before running the
// role patterns; they must answer as the patterns on the 60-character slices they replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADULT_ROLE_PATTERNS, adultRoleAfter, adultRoleBefore } from '../../src/consent/name-context.js';

const pieces = [
  'our', 'the', 'their', 'your', 'Our', 'THE', 'instructor', 'instructors', 'group leader', 'co-ordinator', 'teacher', 'new', 'lovely',
  'Tom', 'Izzy', ',', ', ', ',  ', ',\u00a0', ',\u2003', ',\n', ' ', '  ', '\t', '\u00a0', '\u3000', '\ufeff', '.', '-', '’', 'é', '😀', 'x',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

describe('adult role beside a name', () => {
  it('answers as ADULT_ROLE_BEFORE on the 60 characters before', () => {
    const before = ADULT_ROLE_PATTERNS.before();
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const start = t.length === 0 ? 0 : n % (t.length + 1);
        expect(adultRoleBefore(t, start)).toBe(before.test(t.slice(Math.max(0, start - 60), start)));
      }),
      { numRuns: 20000 },
    );
  });
  it('answers as ADULT_ROLE_AFTER on the 60 characters after', () => {
    const after = ADULT_ROLE_PATTERNS.after();
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const end = t.length === 0 ? 0 : n % (t.length + 1);
        expect(adultRoleAfter(t, end)).toBe(after.test(t.slice(end, end + 60)));
      }),
      { numRuns: 20000 },
    );
  });
  it('finds the role either side', () => {
    expect(adultRoleBefore('Say hello to our new instructor, Tom', 33)).toBe(true);
    expect(adultRoleBefore('Say hello to our new instructor Tom', 32)).toBe(false);
    expect(adultRoleAfter('Tom, our group leader, showed us round', 3)).toBe(true);
    expect(adultRoleAfter('Tom and our group leader', 3)).toBe(false);
  });
});
