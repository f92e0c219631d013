import { personalData } from '../../../src/rules/text/personal-data.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const school = {
  school: {
    phones: ['01632 960000'],
    emailDomains: ['harbourside.example.sch.uk'],
    postcodes: ['EX4 9ZZ'],
    addresses: ['1 School Lane, Exeter EX4 9ZZ'],
  },
};

ruleTester(personalData, {
  valid: [
    'Year 4 loved their trip to the Roman baths!',
    'We raised £1,250 for charity — thank you! The score was 12 to 3.',
    { post: 'Call the office on 01632 960000 or e-mail office@harbourside.example.sch.uk.', config: school },
    { post: 'Our address: 1 School Lane, Exeter EX4 9ZZ.', config: school },
    'The trip leaves at 08:30 on 12/07/2026 and returns at 17:45.',
    'See `call 07700 900123` in code — code is not prose.\n\n```\n07700 900123\n```',
    'Your order reference is 1234567890 — keep it safe.',
    'Shakespeare was born on 23 April 1564 in Stratford-upon-Avon.',
    'Year 2 counted to 100 in 5s and Year 6 sat 4 papers in 3 days.',
    'Class 4 Road Safety week starts on Monday 3 March.',
    'The 12 Days of Christmas concert is on Friday at 2pm in the Main Hall.',
    'Worried about a child? Call the NSPCC helpline on 0808 800 5000 or e-mail help@nspcc.org.uk.',
    'Tickets from the theatre box office: 0333 666 3366 or bookings@theatreroyal.example.org.',
    'Follow us at https://example.com/news/2026/07/12345678901 for photos.',
  ],
  invalid: [
    { post: 'Ring Mrs Khan on 07700 900123 if you can help.', errors: [{ message: 'mobile phone number', line: 1, column: 18 }] },
    { post: 'Call +44 (0)20 7946 0958 for tickets.', errors: [{ message: 'phone number' }] },
    { post: 'Call (0161) 496-0000 after 6pm.', errors: [{ message: 'phone number' }] },
    { post: '---\ntitle: Fun run\n---\n\nSend photos to jo.bloggs@gmail.com please.', errors: [{ message: 'e-mail address', line: 5, column: 16 }] },
    { post: 'Tom lives near LS6 2QT.', errors: [{ message: 'postcode' }] },
    { post: 'Questions to info@gmail.com or j.smith@council.example.gov.uk please.', errors: [{ message: 'e-mail' }, { message: 'e-mail' }] },
    { post: 'Ring 07700 900123 or the office on 01632 960000.', config: school, errors: [{ message: 'mobile', column: 6 }] },
    { post: 'Drop the costumes round to my house, 12 Acacia Avenue, before Friday.', errors: [{ message: 'home address', column: 38, severity: 'error' }] },
    { post: 'The Christmas fair is at the Scout Hut, 4 Church Road, EX4 1AB.', errors: [{ message: 'street address', severity: 'warning' }, { message: 'postcode', severity: 'warning' }] },
    { post: 'Happy birthday Sam, born on 3 May 2017!', errors: [{ message: 'date of birth' }] },
    { post: 'Medical form: DOB: 03/05/2017.', errors: [{ message: 'date of birth' }] },
    { post: 'Her NHS number is 401 023 2137.', errors: [{ message: 'NHS number' }] },
    { post: 'NI number AB 12 34 56 C on the form.', errors: [{ message: 'National Insurance' }] },
    { post: 'UPN E201123421001 was on the list.', errors: [{ message: 'Unique Pupil Number' }] },
    { post: 'Licence MORGA657054SM9IJ attached.', errors: [{ message: 'driving licence' }] },
    { post: 'Passport number 123456789 for the trip form.', errors: [{ message: 'passport' }] },
    { post: '![Sam](sam.jpg "Call 07700 900123")', errors: [{ message: 'mobile' }] },
    { post: '<p>Call <b>07700 900123</b> now</p>', file: 'post.html', errors: [{ message: 'mobile', line: 1, column: 12 }] },
  ],
});
