// text/derogatory, added in the hate21 session: a denial inside what someone feels or is made to feel
// is that feeling told, not the speaker's ("No X should ever be made to feel they don't belong"); more
// names for a remark held up to be answered ("Questions like … have no place here"); and vocabulary
// from probes of the session's own — fitness, honest work and parenting denied, no business anywhere,
// draining or holding back everyone else, rhetorical refusals to trust or live beside the group, and
// wondering at the group being let stay.
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const group = { message: 'protected group', severity: 'error' as const };
const counter = { message: 'counter-speech', severity: 'warning' as const };

ruleTester(derogatory, {
  valid: [
    "No girl should ever be made to feel she doesn't belong in the science club.",
    "Many disabled pupils feel they aren't welcome in mainstream schools, the report found.",
    'How can we make sure disabled pupils are allowed to stay for after-school clubs?',
    'Our refugee families were finally allowed to stay in the UK, and we are delighted.',
    'Many women were told they weren\'t cut out for science; our speaker proved them wrong.',
    'Racism holds black pupils back, our speaker explained.',
    'The Muslim families helped raise money for the new playground.',
    'Not one disabled pupil was allowed to vote in the school council until 2019.',
  ],
  invalid: [
    { post: "Gay people should be made to feel they don't belong.", errors: [group] },
    { post: 'Questions like why Muslims are so lazy have no place in our school.', errors: [counter] },
    { post: "Black people just aren't cut out for teaching.", errors: [group] },
    { post: "Immigrants never do a day's work.", errors: [group] },
    // "Not one X" denies of the whole group, as "No X" does.
    { post: 'Not one immigrant has ever done anything for this country.', errors: [group] },
    { post: "Gay people can't raise children properly.", errors: [group] },
    { post: 'Muslims have no business teaching in our schools.', errors: [group] },
    { post: 'Disabled people are a waste of NHS money.', errors: [group] },
    { post: 'Immigrants are bleeding this country dry.', errors: [group] },
    { post: 'Having a disabled kid in the class drags everyone else down.', errors: [group] },
    { post: 'How can anyone trust a Muslim?', errors: [group] },
    { post: 'Who would want to live next door to immigrants?', errors: [group] },
    { post: 'Why are immigrants allowed to stay here?', errors: [group] },
  ],
});

// Added later in the hate21 session: sarcastic comparisons ("about as useful as a chocolate teapot"; not
// "about as useful as it gets"), "can't help being" as no denial, slowing everyone down, needing to be
// fixed, speech and fitness to lead denied.
ruleTester(derogatory, {
  valid: [
    'The new ramp is about as useful as it gets for our wheelchair users.',
    "Our Muslim families can't help being generous at the Eid fair!",
    'The heavy rain will slow everyone down on the school run, including our elderly volunteers.',
    'Women were told they weren\'t built for leadership; our suffragettes project shows how wrong that was.',
  ],
  invalid: [
    { post: 'Women are about as useful as a chocolate teapot.', errors: [group] },
    { post: "Black people can't help being criminals, it's in their nature.", errors: [group] },
    { post: 'Disabled kids slow the whole class down.', errors: [group] },
    { post: 'Trans people need to be fixed, not celebrated.', errors: [group] },
    { post: 'Gay people can barely string a sentence together.', errors: [group] },
    { post: "Women just aren't built for leadership.", errors: [group] },
  ],
});
