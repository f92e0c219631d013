import { ambiguousName } from '../../../src/rules/consent/ambiguous-name.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { HEADER, manyNamesake, RECORD as consent } from './fixtures.js';

const files = { 'goal.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]) };
const agreeing = `${HEADER}\nSam,Lee,,4,Y,Y,Y,Y,N,,\nSam,Ng,,5,Y,Y,Y,Y,N,,`;

ruleTester(ambiguousName, {
  valid: [
    { post: 'Ella R scored!\n\n![Goal](goal.jpg)\n', consent, files },
    { name: 'text only: both Ellas may be named', post: 'Ella scored!', consent },
    { name: 'consents agree', post: '---\nchannel: facebook\n---\nSam scored!\n\n![Goal](goal.jpg)\n', consent: agreeing, files },
  ],
  invalid: [
    { name: '2,000 pupils called Ella whose consent differs, the name used 40 times: each use warned', ...(({ consent, post }) => ({ consent, post: `---\nchannel: facebook\n---\n${post}\n\n![Goal](goal.jpg)\n` }))(manyNamesake('Ella', 2000, (i) => `,4,Y,${i % 2 ? 'Y' : 'N'},Y,Y,N,,`)), files, errors: 40 },
    { post: '---\nchannel: facebook\n---\nElla scored!\n\n![Goal](goal.jpg)\n', consent, files, errors: [{ message: /Ella could be any of 2 pupils whose consent differs/, severity: 'warning' }] },
  ],
});
