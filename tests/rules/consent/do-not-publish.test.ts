import { doNotPublish } from '../../../src/rules/consent/do-not-publish.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { RECORD as consent } from './fixtures.js';

ruleTester(doNotPublish, {
  valid: [{ post: 'Congratulations to Oscar!', consent }, { post: 'Congratulations to Year 5!', consent }],
  invalid: [
    { post: 'Congratulations to Jayden!', consent, errors: [{ message: 'Jayden is on the do-not-publish list', line: 1, column: 20 }] },
    { post: '![Jayden at sports day](sports.jpg)', consent, files: { 'sports.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]) }, errors: [{ message: /Jayden is on the do-not-publish list \(in alt text\)/ }] },
    { post: 'Go #TeamJayden!', consent, errors: [{ message: /in a hashtag/ }] },
  ],
});
