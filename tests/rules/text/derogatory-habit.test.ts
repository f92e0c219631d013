// text/derogatory, added in the hate21 session: a bad habit that is no insult told of some people asked
// or said of a whole group named generally as a habit ("Why do X always complain?", "When will X stop
// moaning?", "X never stop complaining"); a yes-no question doubting a quality of the whole group with
// "even" or "ever" ("Are X even capable of thinking?", "Can X ever be trusted?"); "Who let all these X in?".
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const group = { message: 'protected group', severity: 'error' as const };

ruleTester(derogatory, {
  valid: [
    'Year 6 complained about the rain all the way round the reservoir.',
    'Why do disabled pupils have to complain to get a ramp fixed?',
    'Why do women complain more about pain? Our science club looked at the research.',
    'Why do refugees steal bread in Les Misérables? Year 9 discussed Jean Valjean.',
    'Muslim families always shout the loudest at sports day!',
    'Our Muslim families always complain about the parking, and they are right to.',
    'Disabled pupils always shout with joy at sports day.',
    'Can disabled people ever be trusted to manage their own money? Of course they can, says our speaker.',
    'Is a disabled person ever capable of running a marathon? Yes! Meet our PE teacher.',
    'Who let all these Year 6 pupils into the staffroom?',
  ],
  invalid: [
    { post: 'Why do immigrants always complain about everything?', errors: [group] },
    { post: 'How come trans people always start fights?', errors: [group] },
    { post: 'When will gay people stop moaning?', errors: [group] },
    { post: 'Why do Muslims think they can push in?', errors: [group] },
    { post: 'Gay people never stop complaining.', errors: [group] },
    { post: 'Immigrants always lie.', errors: [group] },
    { post: 'Can black people ever be trusted?', errors: [group] },
    { post: 'Are Muslims even capable of telling the truth?', errors: [group] },
    { post: 'Who let all these immigrants in?', errors: [group] },
  ],
});

// Added in the hate21 session: keeping away from the group urged on others ("Keep your kids away from
// the X", "You should keep your distance from X") — not denied, not health advice, not a place of theirs.
ruleTester(derogatory, {
  valid: [
    'Please keep away from the disabled parking bays.',
    'Keep your distance from elderly people if you have Covid symptoms.',
    'No need to keep away from our refugee families; they are lovely.',
    "Please keep away from the Muslim families' prayer room during Ramadan.",
    'Our Year 6 residential is a week away from home, and our Polish families helped pack.',
  ],
  invalid: [
    { post: 'Keep your kids away from the Muslim families.', errors: [group] },
    { post: 'Make sure your daughters stay away from the black lads.', errors: [group] },
    { post: 'You should keep your distance from immigrants.', errors: [group] },
  ],
});
