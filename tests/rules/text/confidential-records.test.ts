// miss33: the forms and words earlier drafts did not use — a table row or a list of names with notes, a handover
// form's name field, a story "of beating leukaemia", an acronym of a pupil's status, a family's money and papers, a
// club's staffing and discipline — and their neighbours that name no one.
import { confidential } from '../../../src/rules/text/confidential.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(confidential, {
  valid: [
    '| Group | Focus | Led by |\n|---|---|---|\n| Owls | phonics | Mrs Gale |\n| Kestrels | fluency | Mr Ash |',
    '- Gold award: Priya (Y4)\n- Silver award: Tom (Y4)',
    'Camp kit list:\n- sleeping bag\n- any medicines in a named bag, handed to a leader at drop-off',
    'Our EAL coordinator runs a coffee morning for families on Friday.',
    'Young Carers Awareness Day is on 30 January: our family support worker can tell you about the local group.',
    'A reminder from the committee: please respect the referees and stay behind the rope on the touchline.',
    'All our coaches hold an enhanced DBS check, renewed every three years.',
    'Our water polo team took a beating from last year\'s champions but learned a lot.',
    'Year 12 studied how the Windrush generation were wrongly threatened with deportation in 2018.',
    'Year 9 heard from a charity that supports families on universal credit over the holidays.',
  ],
  invalid: [
    { post: '| Pupil | Need | Support |\n|---|---|---|\n| Maisie T | ADHD, on medication | movement breaks |', errors: [{ message: 'ADHD', severity: 'error' }, { message: 'medication', severity: 'error' }] },
    { post: 'Camp notes:\n- Freya L – anaphylaxis to peanuts\n- Mason K – ADHD', errors: [{ message: 'anaphylaxis', severity: 'error' }, { message: 'ADHD', severity: 'error' }] },
    { post: '> Name: Tyler Brooks. Known to social services. CIN plan since Feb.', errors: [{ message: 'Known to social services', severity: 'error' }, { message: 'CIN plan', severity: 'error' }] },
    { post: "[Read Lucas's story of beating leukaemia here](https://example.org/lucas)", errors: [{ message: 'leukaemia', severity: 'error' }] },
    { post: 'Congratulations to Katie in Year 10, all the more impressive given she has been CLA since the summer.', errors: [{ message: 'CLA', severity: 'error' }] },
    { post: 'Well done to the Jenkins family, who told us they are in debt and on universal credit.', errors: [{ message: 'in debt', severity: 'error' }, { message: 'universal credit', severity: 'error' }] },
    { post: 'Bradley and Lacey have been off for weeks (they\'re in temporary accomodation).', errors: [{ message: 'temporary accomodation', severity: 'error' }] },
    { post: "Jacob's little brother Ethan is in the neonatal unit at St Mary's.", errors: [{ message: 'neonatal unit', severity: 'error' }] },
    { post: 'Ruby sang her solo even though she had a panic attack in the minibus.', errors: [{ message: 'panic attack', severity: 'error' }] },
    { post: 'Coach Leigh won\'t be running sessions while his DBS check comes back with something on it.', errors: [{ message: 'DBS check comes back', severity: 'error' }] },
    { post: 'We wish Mr Evans all the best as he takes some time off work with stress.', errors: [{ message: 'time off work with stress', severity: 'error' }] },
    { post: 'Kian will miss the next six games after his red card on Saturday.', errors: [{ message: 'red card', severity: 'warning' }] },
    { post: 'Mr Daniel Okafor is banned from the touchline for the rest of the season.', errors: [{ message: 'banned from the touchline', severity: 'error' }] },
    { post: 'The following children have a funded place (free school meals): Mason, Lexi and Paige.', errors: [{ message: 'free school meals', severity: 'error' }] },
  ],
});

// miss33: the term among other notes in brackets after a name; a bracket of dates after a word that is no name.
ruleTester(confidential, {
  valid: ['Our Year 4 (Tuesday and Thursday, EAL group) reading sessions start next week.'],
  invalid: [{ post: 'Yusuf (Y4, refugee from Syria, EAL) read aloud in assembly.', errors: [{ message: 'EAL', severity: 'error' }] }],
});
