// text/derogatory, misspellings added to the derived variants in the batch-20 session: in words of seven
// letters or more, two letters swapped over the one between them ("paratises") or a letter moved two
// places ("diusgsting"); in words of ten or more, a letter dropped and two swapped ("diugsting"). Read
// through a misspelling, a word counts only in a remark about a group.
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const group = { message: 'protected group', severity: 'error' as const };

ruleTester(derogatory, {
  valid: [
    'The bins behind the canteen were diusgsting, so the eco team cleaned them up.',
    'Year 6 found paratises in the pond sample and drew them for their science books.',
    "Our Muslim families' stall was amazign this year — thank you all!",
  ],
  invalid: [
    { post: 'Honestly, immigrants are paratises living off the rest of us.', errors: [group] },
    { post: "Gay people are diusgsting and I don't care who knows it.", errors: [group] },
    { post: 'Muslim families are diugsting, the lot of them.', errors: [group] },
    { post: 'Someone should exertminate every trans person in this town.', errors: [group] },
    { post: 'Honestly the imgirants on our estate are vermin.', errors: [group] },
  ],
});
