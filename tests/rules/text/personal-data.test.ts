import { personalData } from '../../../src/rules/text/personal-data.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const school = { school: { phones: ['01632 960000'], emailDomains: ['harbourside.example.sch.uk'], postcodes: ['EX4 9ZZ'] } };

ruleTester(personalData, {
  valid: [
    'Year 4 loved their trip to the Roman baths!',
    'We raised £1,250 for charity — thank you! The score was 12 to 3.',
    { post: 'Call the office on 01632 960000 or e-mail office@harbourside.example.sch.uk.', config: school },
    { post: 'Our address: 1 School Lane, Exeter EX4 9ZZ.', config: school },
    'The trip leaves at 08:30 on 12/07/2026 and returns at 17:45.',
    'See `call 07700 900123` in code — code is not prose.\n\n```\n07700 900123\n```',
  ],
  invalid: [
    { post: 'Ring Mrs Khan on 07700 900123 if you can help.', errors: [{ message: 'mobile phone number', line: 1, column: 18 }] },
    { post: 'Call +44 (0)20 7946 0958 for tickets.', errors: [{ message: 'phone number' }] },
    { post: 'Call (0161) 496-0000 after 6pm.', errors: [{ message: 'phone number' }] },
    { post: '---\ntitle: Fun run\n---\n\nSend photos to jo.bloggs@gmail.com please.', errors: [{ message: 'e-mail address', line: 5, column: 16 }] },
    { post: 'Tom lives near LS6 2QT.', errors: [{ message: 'postcode' }] },
    { post: 'Ring 07700 900123 or the office on 01632 960000.', config: school, errors: [{ message: 'mobile', column: 6 }] },
  ],
});
