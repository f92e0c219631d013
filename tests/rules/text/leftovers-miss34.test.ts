// miss34: the misses earlier batches left — a group's list opened by a dash further on, "who stammers", families listed
// after a colon as not having paid, a number mixing numerals and digit words — and neighbours that name no one.
import { confidential } from '../../../src/rules/text/confidential.js';
import { personalData } from '../../../src/rules/text/personal-data.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(confidential, {
  valid: [
    'Our PP pupils went on the residential this year - Mrs Holt led it.',
    'Tickets not yet paid for: please pay at the office by Friday.',
    'Year 6 practised tongue twisters to help with stammering in their speech and drama club.',
  ],
  invalid: [
    { post: 'Well done to our PP pupils who all went on the residential this year - Jack H, Demi S and Kayla.', errors: [{ message: '"PP"', severity: 'error' }] },
    { post: 'Fab assembly today! Oliver, who stammers really badly, read the opening poem.', errors: [{ message: 'stammers', severity: 'error' }] },
    { post: "Still not paid for the stall: the Mahmood family, the Kowalskis and Leah Brown's mum.", errors: [{ message: 'Still not paid', severity: 'error' }] },
  ],
});

ruleTester(personalData, {
  valid: ['Year 6 scored 12 - 7 - 3 points, one more than last year.'],
  invalid: [{ post: 'Ring me on 07 nine 11 - 456 - 789 if you need a lift.', errors: [{ message: 'phone number', severity: 'error' }] }],
});
