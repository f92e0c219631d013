// Ordinary school and club news (tests/fixtures/text/good-news.txt): the rules that call a post's
// words confidential or derogatory must stay silent on every one. A false alarm here is what makes
// a comms officer switch the checker off.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { confidential } from '../../../src/rules/text/confidential.js';
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const posts = readFileSync(fileURLToPath(new URL('../../fixtures/text/good-news.txt', import.meta.url)), 'utf8')
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter((block) => block !== '' && !block.startsWith('#'));

// The same register with the one thing that must not go out.
ruleTester(derogatory, {
  valid: posts,
  invalid: [{ post: 'What a game! Our first XI murdered Exeter 5-0, and their supporters showed why immigrants are vermin.', errors: [{ message: 'protected group', severity: 'error' }] }],
});
ruleTester(confidential, {
  valid: posts,
  invalid: [{ post: 'Sam took a knock to the head and was replaced as a precaution: he has epilepsy, so we took no chances.', errors: [{ message: 'medical', severity: 'error' }] }],
});
