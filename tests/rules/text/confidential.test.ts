import { confidential } from '../../../src/rules/text/confidential.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(confidential, {
  valid: [
    'Year 4 loved their trip to the Roman baths!',
    "Our SEN team's open morning is on Friday at 9am — all families welcome.",
    'Anti-Bullying Week starts on Monday: odd socks for everyone!',
    'Year 5 raised £300 for Cancer Research UK with their bake sale.',
    'It was Autism Awareness Week, and our pupils made posters about neurodiversity.',
    'Families can apply for free school meals vouchers on the council website.',
    'Read our pupil premium strategy statement on the policies page.',
    'Our Year 6 history topic is the Great Depression and the 1930s.',
    'The school nurse ran a workshop on asthma inhalers for staff.',
    'Mrs Patel retires this summer after 22 years — thank you for everything!',
    'Nobody was excluded from the fun: every child got a medal.',
    'Our safeguarding training for new volunteers is on Tuesday.',
    'World Diabetes Day: Year 3 learned how the pancreas works.',
    'Mental health awareness: Mr Ahmed led an assembly on talking about feelings.',
    'We are a SEND-friendly school; read our SEND information report.',
  ],
  invalid: [
    { post: 'Sam in Year 4, who has an EHCP, read his poem beautifully.', errors: [{ message: 'sen', line: 1, column: 27 }] },
    { post: 'Mr Jones is off on sick leave until half term.', errors: [{ message: 'staff' }] },
    { post: 'A Year 6 boy was excluded after the fight at lunch.', errors: [{ message: 'behaviour' }] },
    { post: 'Well done to Amelia, who was diagnosed with diabetes last year and still ran the 5k!', errors: [{ message: 'medical' }] },
    { post: "Ruby's mum passed away in March, so please be kind.", errors: [{ message: 'family' }] },
    { post: 'We have made a safeguarding referral about the incident.', errors: [{ message: 'safeguarding' }] },
    { post: 'The proposed merger with Oakfield Trust has not yet been announced.', errors: [{ message: 'unannounced' }, { message: 'unannounced' }] },
    { post: 'Congratulations to Leo, who is on free school meals, for winning the art prize.', errors: [{ message: 'family' }] },
    { post: '![Jack](jack.jpg "Jack, who has ADHD, on sports day")', errors: [{ message: 'medical' }] },
  ],
});
