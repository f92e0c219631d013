// text/derogatory, mechanisms added in the hate21 session: the group blamed for something bad said in
// the same sentence ("X are the reason nobody wants to live here", "… because of all the X"), the
// speaker longing for the group to go ("Can't wait till they're gone"), a better time ended by the
// group's coming ("Everything was better before the X came"), and a trait that is no insult said of
// some people but a stereotype said of a whole group ("Why are X always so loud?").
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const group = { message: 'protected group', severity: 'error' as const };

ruleTester(derogatory, {
  valid: [
    // Blame for something good, blame denied, a feeling about doing something.
    'Our Muslim mums are the reason the Eid fair was such a success!',
    'Thanks to our refugee families, the food bank collection raised £500.',
    'Immigrants are not the reason nobody wants to live here, whatever the leaflets say.',
    'Our disabled pupils are the reason we hate to say goodbye to our lovely minibus driver.',
    'The trip was cancelled because of the rain, and the Muslim families were disappointed.',
    // Longing for the group to come or come back, or for a trip.
    "Can't wait till the Muslim families arrive for the Eid party!",
    'The refugee families are moving into their new homes. Can\'t wait till they\'re settled.',
    'Our Polish families are lovely. Can\'t wait till they go on the trip with us.',
    "Our Muslim families are off to Mecca. Can't wait till they're back!",
    "We'll be sorry to see the back of our wonderful Polish teachers.",
    // "had better", better for the group, a thing that came or went.
    'We had better leave before the Muslim families arrive for Eid lunch.',
    'Things got better for disabled pupils once the lift arrived.',
    'Life was better for women before the war came, Year 9 heard.',
    // A state with its cause or circumstance, a specific group, a trait denied.
    'Why are disabled people so angry about the cuts? Because they are losing support.',
    'Trans people are angry, and they have every right to be.',
    'Our Muslim pupils were so loud at the Eid assembly!',
    'The black families at the fair were so loud, singing along to the steel band.',
    'Women are not mean, and neither are men.',
  ],
  invalid: [
    { post: 'Black families are the reason nobody wants to live round here any more.', errors: [group] },
    { post: 'Muslims are the reason house prices fell on our road.', errors: [group] },
    { post: 'Nobody wants to send their kids here because of the gay teachers.', errors: [group] },
    { post: "Our new neighbours are immigrants. Can't wait till they're gone.", errors: [group] },
    { post: 'Roll on the day the gay teachers leave.', errors: [group] },
    { post: "I'll be glad when the refugees are sent back.", errors: [group] },
    { post: "I can't wait to see the back of the trans teachers.", errors: [group] },
    { post: 'Everything was better round here before the immigrants came.', errors: [group] },
    { post: 'Houses on our road were worth double before the black families moved in.', errors: [group] },
    { post: 'Why are immigrants always so demanding?', errors: [group] },
    { post: 'Why do black people always have to be so loud?', errors: [group] },
    { post: 'Gay people are always so dramatic.', errors: [group] },
  ],
});
