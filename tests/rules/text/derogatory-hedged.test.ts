// text/derogatory, mechanisms added in the batch-19 session: a denial hedged by degree or frequency
// ("hardly", "barely", "rarely"), the group a threat picks out ("the next X I see"), and a place after
// the group inside a threat said with "them" ("put every X in this town in hospital"), and caring for
// their own children denied of the group ("X don't care about their children's education").
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const group = { message: 'protected group', severity: 'error' as const };

ruleTester(derogatory, {
  valid: [
    // A hedged denial of a bad word says the group is not that.
    'Whatever you read online, Muslims are hardly ever violent, and our interfaith week showed it.',
    'Disabled people are seldom dangerous drivers, the road safety officer told Year 10.',
    // Picked out for something kind, or a thing picked out.
    "We'll put the Muslim families in the village in touch with the food bank.",
    'We will kick the next ball to the girls in Year 6, then swap over.',
    "Some parents don't care about their children's screen time, so Year 5 made posters about it.",
    'Immigrant parents do care about their children, whatever the papers say.',
  ],
  invalid: [
    { post: 'Honestly, disabled people are hardly ever worth employing.', errors: [group] },
    { post: 'Travellers are barely human, the lot of them.', errors: [group] },
    { post: 'Women rarely make good head teachers.', errors: [group] },
    { post: "I'll kick the next trans woman I see at the gate until they stop moving.", errors: [group] },
    { post: "I'll put every gay man in this town in hospital.", errors: [group] },
    { post: "We're going to hunt every last Muslim family on this estate down.", errors: [group] },
    { post: "Honestly, gay parents don't care about their children's education.", errors: [group] },
    { post: 'Muslim parents never look after their kids properly.', errors: [group] },
  ],
});
