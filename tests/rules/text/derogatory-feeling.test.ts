// text/derogatory, mechanisms added in the batch-19 session: a feeling the group is said to cause,
// judged by what is felt or wanted ("X fill me with hope" is praise, "X make me want to scream" is
// not), less of a good denied, which is as much ("X don't deserve any less than the rest of us"), the
// group as whom a feeling is for after a copula ("X are the people I hate most"), and a relative clause
// without "who" between the group and what it is said to be ("every X I meet turns out to be a liar").
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const group = { message: 'protected group', severity: 'error' as const };

ruleTester(derogatory, {
  valid: [
    'Our Muslim families filled me with admiration this week: £600 raised for the food bank!',
    'Honestly, the disabled athletes at the county games fill me with such pride.',
    'The refugee families who spoke at assembly make me want to be a better neighbour.',
    'I don\'t think disabled pupils deserve any less than the rest of the class.',
    'Immigrant families shouldn\'t get fewer places than anyone else in our admissions.',
    'Wasps are the things I hate most about sports day, said one of our Muslim pupils.',
    'The black families I meet at the gate turn out to be the friendliest on the estate.',
  ],
  invalid: [
    { post: 'Trans people make me want to throw my phone across the room.', errors: [group] },
    { post: 'Muslims honestly make me want to move house.', errors: [group] },
    { post: 'Gay people fill me with dread.', errors: [group] },
    { post: "Immigrants don't deserve anything from this town.", errors: [group] },
    { post: 'Lesbians are the people I hate most in the world.', errors: [group] },
    { post: "Honestly, Muslims are the ones we really can't stand round here.", errors: [group] },
    { post: 'Why does every disabled person I meet turn out to be a liar?', errors: [group] },
  ],
});
