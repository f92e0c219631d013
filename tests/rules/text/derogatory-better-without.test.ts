// text/derogatory, the mechanism added in the batch-20 session beside the consequence: a place or gathering
// said to be better for the group's going — the group the subject of a departure (or the object of a
// removal) after "once", "since", "now" or "after" — never better for the group itself.
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const group = { message: 'protected group', severity: 'error' as const };

ruleTester(derogatory, {
  valid: [
    'The hall got much calmer once the Year 6s left for their residential.',
    'Since they moved out of the hostel, their lives are so much safer, the refugee charity told us.',
    'Since the refugee families moved into their new homes, things have got much better for them.',
    'Refugees are much safer once they have left the camps, Year 10 learnt.',
    'The Muslim families left early for Eid and the hall was cleaner than ever thanks to the tidy-up team.',
  ],
  invalid: [
    { post: 'The PTA got a lot quieter and cleaner once the Muslim families stopped coming.', errors: [group] },
    { post: 'Ever since we got rid of the Polish families the street is so much nicer.', errors: [group] },
    { post: 'The estate is much safer now that the immigrants have gone.', errors: [group] },
    { post: 'The park has been cleaner since the travellers moved on.', errors: [group] },
  ],
});
