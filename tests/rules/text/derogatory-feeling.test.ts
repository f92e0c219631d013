// text/derogatory, mechanisms added in the batch-19 session: a feeling the group is said to cause,
// judged by what is felt or wanted ("X fill me with hope" is praise, "X make me want to scream" is
// not), and less of a good denied, which is as much ("X don't deserve any less than the rest of us").
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
  ],
  invalid: [
    { post: 'Trans people make me want to throw my phone across the room.', errors: [group] },
    { post: 'Muslims honestly make me want to move house.', errors: [group] },
    { post: 'Gay people fill me with dread.', errors: [group] },
    { post: "Immigrants don't deserve anything from this town.", errors: [group] },
  ],
});
