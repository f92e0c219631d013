import { confidential } from '../../../src/rules/text/confidential.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(confidential, {
  valid: [
    'Grace is at the heart of our school values; our assembly on bereavement helped pupils.',
    'Florence is home to many famous paintings; Year 5 learned about the Renaissance.',
    'Year 6 were sent home after the boiler broke, and Alfie broke the school long-jump record the next day.',
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
    'Black History Month: Nelson Mandela was in prison for 27 years before he became president.',
    'Year 5 learned that Guy Fawkes was arrested in the cellars in 1605.',
    'Year 3 adopted a penguin at Bristol Zoo with the money they raised.',
    'Our netball team were fighting hard all match, and Amelia scored twice!',
    'Separate the egg whites, Mrs Jones told the bakers — Year 4 separated them perfectly.',
    'Parents, please collect reading books from Mr Khan on Friday.',
    // People in general, not a person (found by a sweep of ordinary school posts).
    "Mrs Anna Kowalski, our new SENCo, has fifteen years' experience supporting pupils with special educational needs.",
    'The Devon Local Offer explains the support available for children and young people with special educational needs and disabilities.',
    'Free holiday clubs for children who receive benefits-related free school meals are running across Devon this summer.',
    'Your child may be entitled to free school meals if you receive certain benefits, such as Universal Credit.',
    // A condition, not a case.
    'Two-year-olds can get 15 free hours if the family receives certain benefits or the child has an EHCP.',
    'During Anti-Bullying Week, pupils explored what to do if they are bullied or see someone else being bullied.',
    // Characters in a book.
    'The novella explores loneliness — Crooks, who is excluded because he is Black, Candy, who is old and disabled, and Lennie, who has a learning disability.',
    // A plan announced or completed.
    "In September, St Peter's Primary will join the trust, following the completion of its academy conversion.",
    'The trust is running a public consultation on the proposed merger of the infant and junior schools.',
    'We are delighted to announce that the new headteacher will be Mr Jonah Osei, currently deputy head at Exmouth.',
    // A contact, a group's possessions, pots in a kiln.
    'If your family has been bereaved this year and you would like support, please talk to Mrs Holt.',
    "Our lead first aider is Mrs Cole, who keeps all pupils' medication and care plans.",
    "Year 4's clay pots have been fired in the kiln and Mrs Kay is so proud of her potters!",
    // An operation and a surgery that are not anyone's health.
    'Year 5 packed 40 shoeboxes for Operation Christmas Child. Placements included a vet\'s surgery and a dental surgery.',
    'No one was injured when the branch fell. If your child is recovering from chickenpox, please keep them at home.',
    'Hope is in short supply for children in care, the charity said. Summer is a hard time for children in care.',
    // A club's match report: a player's knock is sports news, not a confidential health record.
    'Smith limped off injured but the Under 14s held on. Jones is recovering from a hamstring strain and should be back next month.',
  ],
  invalid: [
    // A given name opening the sentence as its subject; a family change told with "going through".
    { post: 'Leo is in foster care and has settled in well.', errors: [{ severity: 'error' }] },
    // A name that is also a word, when what follows can only be said of a person (left open in an earlier session).
    { post: 'Poppy is in foster care and has settled in well.', errors: [{ severity: 'error' }] },
    { post: 'Grace has an EHCP and loves reading.', errors: [{ message: 'sen', severity: 'error' }] },
    { post: 'Get well soon, Harry, who broke his leg at the weekend!', errors: [{ severity: 'error' }] },
    { post: 'Mason was sent home after fighting in the playground.', errors: [{ severity: 'error' }] },
    { post: "Please be kind to Jack; his parents are going through a divorce.", errors: [{ severity: 'error' }] },
    { post: 'Sam in Year 4, who has an EHCP, read his poem beautifully.', errors: [{ message: 'sen', line: 1, column: 27 }] },
    { post: 'Mr Jones is off on sick leave until half term.', errors: [{ message: 'staff' }] },
    // A member of staff's operation, injury or sick note.
    { post: 'Mr Shah is recovering after his operation and hopes to be back after half term.', errors: [{ message: 'medical' }] },
    { post: 'Mrs Ali had surgery last week and sends her thanks for the cards.', errors: [{ message: 'medical' }] },
    { post: 'Our caretaker Dave has been signed off work with a bad back.', errors: [{ message: 'staff' }, { message: 'medical' }] },
    { post: 'A Year 6 boy was excluded after the fight at lunch.', errors: [{ message: 'behaviour' }] },
    { post: 'Well done to Amelia, who was diagnosed with diabetes last year and still ran the 5k!', errors: [{ message: 'medical' }] },
    { post: "Ruby's mum passed away in March, so please be kind.", errors: [{ message: 'family' }] },
    { post: 'Please keep Leo in your thoughts: his dad is in prison.', errors: [{ message: 'family' }] },
    { post: 'A Year 9 boy was arrested after the match.', errors: [{ message: 'police' }] },
    { post: 'We have made a safeguarding referral about the incident.', errors: [{ message: 'safeguarding' }] },
    { post: 'The proposed merger with Oakfield Trust has not yet been announced.', errors: [{ message: 'unannounced' }, { message: 'unannounced' }] },
    { post: 'Congratulations to Leo, who is on free school meals, for winning the art prize.', errors: [{ message: 'family' }] },
    { post: '![Jack](jack.jpg "Jack, who has ADHD, on sports day")', errors: [{ message: 'medical' }] },
    { post: 'Mrs Hughes is currently off sick with stress, so Mr Doyle will cover Year 3.', errors: [{ message: 'staff' }] },
    { post: 'Mr Barker will not be in school while a disciplinary investigation takes place.', errors: [{ message: 'staff' }] },
    { post: 'Please donate toys for the Hall family, who have moved into a refuge after domestic abuse.', errors: [{ message: 'family' }, { message: 'family' }] },
    { post: 'Well done to Kofi in Year 5, who is autistic, for reading in assembly.', errors: [{ message: 'medical' }] },
    { post: 'If you see Amelia, who has diabetes, looking pale, tell a teacher.', errors: [{ message: 'medical' }] },
    { post: 'If you see Mrs Holt this week, please be kind: she was bereaved at half term.', errors: [{ message: 'family' }] },
    { post: 'Mr Dean was fired after the investigation.', errors: [{ message: 'staff' }] },
    { post: 'Proposed merger: please keep this quiet until the consultation starts.', errors: [{ message: 'unannounced' }, { message: 'unannounced' }] },
  ],
});
