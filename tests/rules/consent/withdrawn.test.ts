import { withdrawn } from '../../../src/rules/consent/withdrawn.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { HEADER, manyNamesake, RECORD as consent } from './fixtures.js';

const left = `${HEADER},left_on,on_roll\nMaya,Tate,,6,Y,Y,Y,Y,N,,,2025-07-18,\nZain,Ali,,6,Y,Y,Y,Y,N,,,,N\nIvy,Moss,,6,Y,Y,Y,Y,N,,,2026-07-18,Y`;

ruleTester(withdrawn, {
  valid: [
    { post: '---\ndate: 2026-02-01\n---\nRuby sang a solo.', consent },
    { post: '---\ndate: 2025-12-01\n---\nLeo sang a solo.', consent },
    { post: '---\ndate: 2026-03-01\n---\nIvy sang a solo.', consent: left },
  ],
  invalid: [
    { name: '2,000 pupils called Ella, one withdrawn, the name used 40 times: each use reported', ...manyNamesake('Ella', 2000, (i) => `,4,Y,Y,Y,Y,N,${i === 1999 ? '2026-01-01' : ''},`), errors: 40 },
    { post: '---\ndate: 2026-03-01\n---\nRuby sang a solo.', consent, errors: [{ message: 'Ruby: consent was withdrawn' }] },
    { post: '---\ndate: 2026-01-05\n---\nLeo sang a solo.', consent, errors: [{ message: 'Leo: consent has expired' }] },
    { post: '---\ndate: 2026-03-01\n---\nMaya and Zain sang.', consent: left, errors: [{ message: 'Maya: the pupil has left the school' }, { message: 'Zain: the pupil has left the school' }] },
  ],
});
