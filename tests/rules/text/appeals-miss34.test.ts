// miss34: selling, campaigning, recruiting, endorsing and complaining in words earlier drafts did not use, a date of birth
// told as "my birthday is on …" and a mobile spelled out without its 0 — with neighbours from a school's own life.
import { endorsement } from '../../../src/rules/text/endorsement.js';
import { grievance } from '../../../src/rules/text/grievance.js';
import { personalData } from '../../../src/rules/text/personal-data.js';
import { solicitation } from '../../../src/rules/text/solicitation.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(solicitation, {
  valid: [
    'Year 2 learned the tongue twister "she sells seashells" in phonics this week.',
    'Please contact her for a chat about the trip.',
    'Year 6 learned how election funds work in their Parliament Week lesson.',
    'Our Usborne book fair is in the library on Friday – every book bought earns the school free books!',
  ],
  invalid: [
    { post: "Mrs Lowry – when she's not teaching, she sells Tropic skincare. Message her for 20% off your first order!", errors: 2 },
    { post: "The U9s are collecting for the local Conservative Association's raffle – proceeds to the party's election fund.", errors: 2 },
    { post: 'The Evangelical Church invites all families to come along, where you can find Jesus as your personal saviour.', errors: 2 },
    { post: 'Mr Ali is now a Herbalife distributor – pop in to the staff room for shakes.', errors: 1 },
    { post: "All proceeds this year go to Mr Perry's brother's gap year trek in Peru – please give generously!", errors: 1 },
  ],
});

ruleTester(endorsement, {
  valid: ['The school always uses ParentPay for trips and dinners.', 'We will send parents to the website for the full menu.', 'The school recommends that children bring a named water bottle.'],
  invalid: [
    { post: 'Our staff all learned with Pass First Time – she is brilliant and the school recommends her.', errors: 1 },
    { post: 'The school strongly recommends Smart Kids Uniforms on the High Street.', errors: 1 },
    { post: 'Mrs Kaur says: "I always send families to Brightside Mortgages."', errors: 1 },
    { post: 'Our trust partners with SunSure Solar and would encourage every family to get a quote.', errors: 1 },
  ],
});

ruleTester(grievance, {
  valid: ['Prize-giving was lovely – thank you to the governors who came along.'],
  invalid: [
    { post: "Prize-giving was lovely – shame that most of the governors couldn't be bothered to turn up again. Says it all really.", errors: 1 },
    { post: 'The local authority has let our families down yet again on school transport.', errors: 1 },
  ],
});

ruleTester(personalData, {
  valid: ['My name is Evie and my birthday is coming up soon – I want a cake shaped like a unicorn!', 'Year 3 chanted seven, eight, nine, ten, eleven, twelve, thirteen, fourteen in the counting song!'],
  invalid: [
    { post: 'My name is Evie and I am 10. My birthday is on the 3rd of March 2016.', errors: [{ message: 'date of birth', severity: 'error' }] },
    { post: "The emergency number is Miss Kerr's own mobile: seven seven double zero, nine double zero, four five one (put 0 in front!).", errors: [{ message: 'mobile phone number', severity: 'error' }] },
  ],
});
