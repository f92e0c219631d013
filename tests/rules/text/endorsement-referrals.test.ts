// miss33: a business vouched for in the school's name or urged on every family, a referral ("tell them Greenfield
// Primary sent you"), a person sent to at their business; neighbours: a favourite book, Santa at the fair, a teacher in the office.
import { endorsement } from '../../../src/rules/text/endorsement.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(endorsement, {
  valid: [
    'The Gruffalo is the school\'s favourite book this term!',
    'Go and see Santa at the Christmas Fair on Saturday!',
    'Please go and see Mrs Patel in the office if you have any questions.',
    'Thank you to Mark at MK Driveways, who resurfaced our playground over the summer.',
    'We\'ve sent you a letter about the trip.',
    'The new iPads are brilliant and we use them every day in Year 4.',
  ],
  invalid: [
    { post: 'For the best school shoes in town, head to Step Ahead Shoes – the school\'s favourite!', errors: 2 },
    { post: 'Every school family should be banking with Nationwide – they gave us £500 for the library! Switch today.', errors: 2 },
    { post: 'If you need any work doing at home, he\'s your man!', errors: 2 },
    { post: 'We trust only Kidz First Nursery for our staff\'s own children – and so should you.', errors: 1 },
    { post: 'Our official recommendation for school uniform is Uniform Express on Market Street.', errors: 1 },
    { post: 'Pop in and tell them Greenfield Primary sent you!', errors: 1 },
    { post: 'Go and see Gemma at the Hair Lounge – she does the best kids\' cuts around!', errors: 1 },
    { post: 'Go and see Sharon in store for a free fitting.', errors: 1 },
    { post: '| Supplier | Verdict |\n|---|---|\n| Bright Sparks Electrical | ⭐⭐⭐⭐⭐ use them! |', errors: 1 },
  ],
});
