import { noConsent } from '../../../src/rules/consent/no-consent.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { HEADER, manyNamesake, RECORD as consent } from './fixtures.js';

// Pupils who share their names with school musicals' heroes, none to be named.
// Pupils who share their names with storms, characters and the adults a school post thanks.
const others = [HEADER, 'Darragh,Byrne,,4,Y,Y,Y,N,N,,', 'Christopher,Lee,,4,Y,Y,Y,N,N,,', 'Arthur,Shaw,,4,Y,Y,Y,N,N,,', 'Kate,Moss,,4,Y,Y,Y,N,N,,', 'Jude,Law,,4,Y,Y,Y,N,N,,'].join('\n');
const tales = [HEADER, 'Sam,Lee,,1,Y,Y,Y,N,N,,', 'Hansel,Berg,,1,Y,Y,Y,N,N,,', 'Gretel,Berg,,1,Y,Y,Y,N,N,,', 'Max,Ng,,1,Y,Y,Y,N,N,,', 'Ruby,Ng,,1,Y,Y,Y,N,N,,'].join('\n');
const novels = [HEADER, 'Jane,Eyres,,11,Y,Y,Y,N,N,,', 'Emma,Wood,,11,Y,Y,Y,N,N,,', 'Oliver,Twiss,,11,Y,Y,Y,N,N,,'].join('\n');
const cast = [HEADER, 'Oliver,Brown,,6,Y,Y,Y,N,N,,', 'Annie,Smith,,5,Y,Y,Y,N,N,,', 'Matilda,Jones,,6,Y,Y,Y,N,N,,', 'Joseph,Khan,,2,Y,Y,Y,N,N,,', 'Mary,Evans,,3,Y,Y,Y,N,N,,'].join('\n');

const photo = { 'race.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]) };

ruleTester(noConsent, {
  valid: [
    { post: 'Well done Amelia for your poem!', consent },
    { post: '---\nchannel: website\n---\nWell done Amelia!\n\n![Race](race.jpg)\n', consent, files: photo },
    { post: '---\nchannel: facebook\n---\nOscar won the race!\n\n![Race](race.jpg)\n', consent, files: photo },
    { post: 'Our Summer Fair is in May. Will you join us?', consent },
    // A book's title after "reading"; a famous person who shares a pupil's first name (Amelia Smith has no social-media photo consent).
    { post: '---\nchannel: facebook\n---\nYear 5 are reading Amelia Fang by Laura Ellen Anderson.\n\n![Race](race.jpg)\n', consent, files: photo },
    { post: '---\nchannel: facebook\n---\nYear 6 wrote about Amelia Earhart and Mary Seacole.\n\n![Race](race.jpg)\n', consent, files: photo },
    { post: 'Thank you to Mrs Amelia Smith.', consent },
    // Another person's surname right after a pupil's first name: that person, not the pupil (Freya Hill).
    { post: 'Year 11 are performing a new play by Freya Miller, who visited in March.', consent },
    { post: 'Year 5 debated whether the statue of Freya Colston should stay.', consent },
    // A show named after its hero: its production, tickets, songs and cast; parts given to a list of names.
    { post: 'Tickets are on sale for our summer production of Oliver! The soundtrack of Matilda opened the concert.', consent: cast },
    { post: 'Year 6 will perform Matilda the Musical, and Year 2 are rehearsing Joseph and the Amazing Technicolor Dreamcoat.', consent: cast },
    { post: 'The cast of Annie took a bow, and tickets for Oliver are nearly gone.', consent: cast },
    { post: 'In the nativity, Year 3 played Mary and Joseph beautifully.', consent: cast },
    { post: 'Our A level English group studied Jane Eyre and Emma, and Year 9 are studying Oliver Twist.', consent: novels },
    { post: 'School will close early on Thursday because of Storm Darragh.', consent: others },
    { post: 'Year 2 read Winnie the Pooh and wrote about Christopher Robin.', consent: others },
    { post: 'Arthur the aardvark visited for World Book Day.', consent: others },
    { post: 'Reception loved their Fireman Sam role play, and Year 1 performed Hansel and Gretel.', consent: tales },
    { post: 'Kate, our lollipop lady, retires after 20 years. Jude from the council visited to talk about road safety.', consent: others },
  ],
  invalid: [
    // The same paragraph twice (a long post read once per distinct text): each place reported where it is.
    { name: 'a paragraph repeated', post: 'Freya read her poem.\n\nWell done!\n\n  Freya read her poem.\n', consent, errors: [{ message: 'Freya has no consent to be named', line: 1, column: 1 }, { message: 'Freya has no consent to be named', line: 5, column: 3 }] },
    // The pupil's own work after "read" is still the pupil.
    { post: '---\nchannel: facebook\n---\nMrs Khan read Amelia\'s story to the class.\n\n![Race](race.jpg)\n', consent, files: photo, errors: [{ message: /^Amelia has no photo consent/, column: 15 }] },
    { name: '2,000 pupils called Ella, one not to be named, the name used 40 times: each use reported', ...manyNamesake('Ella', 2000, (i) => `,4,Y,Y,Y,${i === 1999 ? 'N' : 'Y'},N,,`), errors: 40 },
    { post: '---\nchannel: facebook\n---\nWell done Amelia!\n\n![Race](race.jpg)\n', consent, files: photo, errors: [{ message: /Amelia has no photo consent for social media/, line: 4 }] },
    { post: 'Freya read her poem.', consent, errors: [{ message: 'Freya has no consent to be named' }] },
    // "such as" names pupils; a possessive after a show's word is a pupil's; "starring" is said of pupils.
    { post: 'Some pupils, such as Freya, read their poems aloud.', consent, errors: [{ message: 'Freya has no consent to be named' }] },
    { post: "The cast of Oliver's play took a bow.", consent: cast, errors: [{ message: 'Oliver has no consent to be named' }] },
    { post: 'We heard a beautiful song from Freya and a brave performance from Oliver in assembly.', consent: `${consent}\nOliver,Brown,,6,Y,Y,Y,N,N,,`, errors: [{ message: 'Freya has no consent to be named' }, { message: 'Oliver has no consent to be named' }] },
    { post: "Year 7 studied Emma's poem about the sea.", consent: novels, errors: [{ message: 'Emma has no consent to be named' }] },
    { post: 'Max and Ruby read their stories to the class.', consent: tales, errors: [{ message: 'Max has no consent to be named' }, { message: 'Ruby has no consent to be named' }] },
    { post: 'Darragh from Year 4 and Kate, our class reporter, wrote about the storm.', consent: others, errors: [{ message: 'Darragh has no consent to be named' }, { message: 'Kate has no consent to be named' }] },
    { post: 'Our nativity starred Mary and Joseph from Year 2.', consent: cast, errors: [{ message: 'Mary has no consent to be named' }, { message: 'Joseph has no consent to be named' }] },
    // …but her surname misspelt, a middle name, a list of pupils or a title-case heading is still her.
    { post: 'Well done to Freya Hil for her poem.', consent, errors: [{ message: /^Freya has no consent/ }] },
    { post: 'Well done to Freya Grace Hill for her poem.', consent, errors: [{ message: /^Freya has no consent/ }] },
    { post: 'Well done to Freya Oscar and Ruby for their poems.', consent, errors: [{ message: /^Freya has no consent/ }] },
    { post: '# Freya Wins Poetry Prize\n\nWhat a result!', consent, errors: [{ message: /^Freya has no consent/ }] },
    { post: 'Our video of the play with Amelia\n\n![Play](play.mp4)\n', consent, files: { 'play.mp4': Buffer.from('0000') }, errors: [{ message: /Amelia has no video consent/ }] },
    { name: 'strictest of several Ellas', post: '---\nchannel: instagram\n---\nElla scored!\n\n![Goal](race.jpg)\n', consent, files: photo, errors: [{ message: /Ella has no photo consent for social media \(2 pupils have this name/ }] },
    { name: 'duplicates: strictest wins and the report says so', post: '---\nchannel: facebook\n---\nNoah P scored!\n\n![Goal](race.jpg)\n', consent, files: photo, errors: [{ message: /more than once with different answers/ }] },
    { name: 'redacted', post: '---\nchannel: facebook\n---\nWell done Amelia!\n\n![Race](race.jpg)\n', consent, files: photo, redact: true, errors: [{ message: 'a pupil named in line 4 has no photo consent for social media' }] },
  ],
});
