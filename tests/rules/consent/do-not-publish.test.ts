import { doNotPublish } from '../../../src/rules/consent/do-not-publish.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { manyNamesake, RECORD as consent } from './fixtures.js';

ruleTester(doNotPublish, {
  valid: [{ post: 'Congratulations to Oscar!', consent }, { post: 'Congratulations to Year 5!', consent }, { post: 'Our walk went through Little Jayden and on to Great Jayden.', consent }],
  invalid: [
    { name: '2,000 pupils called Ella, one on the list, the name used 40 times: each use reported', ...manyNamesake('Ella', 2000, (i) => `,4,Y,Y,Y,Y,${i === 1999 ? 'Y' : 'N'},,`), errors: 40 },
    { post: 'Congratulations to Jayden!', consent, errors: [{ message: 'Jayden is on the do-not-publish list', line: 1, column: 20 }] },
    { post: '![Jayden at sports day](sports.jpg)', consent, files: { 'sports.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]) }, errors: [{ message: /Jayden is on the do-not-publish list \(in alt text\)/ }] },
    { post: 'Go #TeamJayden!', consent, errors: [{ message: /in a hashtag/ }] },
    // A word before the name that leads a place's name only when capitalised ("Little Chalfont").
    { post: 'Shout out to little Jayden who tried so hard in the egg and spoon.', consent, errors: [{ message: 'Jayden is on the do-not-publish list' }] },
    { post: 'Congratulations to 10-year-old Jayden on his award.', consent, errors: [{ message: 'Jayden is on the do-not-publish list' }] },
  ],
});
