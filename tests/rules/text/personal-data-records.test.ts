// miss33: a home address right after a person's full name (a labelled coat, "Kai Turner, aged 10, of 9 Saxon Road"),
// dates of birth with a two-digit year after "date of birth"; and their neighbours.
import { personalData } from '../../../src/rules/text/personal-data.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(personalData, {
  valid: [
    'Lost property! A blue coat labelled "Ivy M" was left on the field.',
    'Our Remembrance service is at St Michael\'s Church, 12 Church Street.',
    'The Year 6 car wash raised £120 – thank you to everyone who brought their cars!',
    'Registration for the holiday club closes on Friday.',
    'Scouts: if you cannot make Friday, please call the group\'s main line on 01632 960 000 (Scout HQ) before 6pm.',
    'Please bring a copy of your child\'s birth certificate; our date of birth checks are done in the office by 12.30.',
  ],
  invalid: [
    { post: 'Lost property! A blue coat labelled "Ivy Marsh, 14 Orchard Close, Kenton" was left on the field.', errors: [{ message: 'A home address', severity: 'error' }] },
    { post: 'Well done to Kai Turner, aged 10, of 9 Saxon Road, who has been picked for the county squad!', errors: [{ message: 'A home address', severity: 'error' }] },
    { post: 'Names as they will be printed (with date of birth under the name): Ella 14.04.15, Maddox 22.11.14.', errors: [{ message: 'date of birth', severity: 'error' }] },
    { post: "Reminder of the car pool: Sam's mum (silver Golf, reg. YK19 ABC) is collecting from the church car park.", errors: [{ message: 'A vehicle registration', severity: 'error' }] },
  ],
});
