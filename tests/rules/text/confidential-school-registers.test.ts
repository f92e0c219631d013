// Ordinary school posts in registers probed in the fp28 session (2026-11-24: subject blogs, clubs, guest
// speakers, set texts, the school's animals) that drew false alarms, each beside a neighbour that must still fire.
import { confidential } from '../../../src/rules/text/confidential.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(confidential, {
  valid: [
    // fp28 probes (2026-11-24): a guest author's, an athlete's, a broadcaster's own story; a book's character in a review.
    'Dyslexia Awareness Week: we welcomed an author who is dyslexic and talked about how she struggled at school.',
    'Paralympic swimmer Jess Adams, who lost her arm in a car crash as a child, inspired Year 7 at our sports awards.',
    'Author and speaker Chris Packham talked to Year 10 about being autistic and his love of wildlife.',
    'Year 3 loved meeting Tom Daley, who has spoken about his dyslexia.',
    'Book review by Year 8: Wonder is about August, who has a facial difference and is bullied when he starts school, and it made me cry.',
    // A class reading a set text is no one cast in it; a title with a hyphen or an "'s" is still the title.
    'Year 7 read Pig-Heart Boy, about Cameron, who has a heart condition and receives a transplant from a pig.',
    'Year 10 read The Curious Incident of the Dog in the Night-Time; Christopher, who is autistic, finds the dog killed with a garden fork.',
    'Year 8 read The Boy at the Back of the Class, about Ahmet, a Syrian refugee who is bullied by some classmates.',
    // The school's animals.
    'Our school dog Bella is recovering well from her operation and will be back in the library on Monday.',
    'Sheldon, our tortoise, had an operation on his shell and is doing well.',
  ],
  invalid: [
    // A famous name later in the sentence does not make the first person's matter a public story (fp28 found it passed).
    { post: 'Maya, who has epilepsy, met Tom Daley.', errors: [{ message: '"epilepsy"', severity: 'error' }] },
    // fp28 neighbours: a pupil in the sentence with the guest or the review is still a pupil.
    { post: 'Sam in Year 4, who has an EHCP, read his poem to the visiting author.', errors: [{ message: '"EHCP"' }] },
    { post: 'A Year 6 pupil, who has autism, met the visiting author.', errors: [{ message: '"autism"' }] },
    { post: 'Sam in Year 4, who is dyslexic, met the author.', errors: [{ message: '"dyslexic"' }] },
    { post: 'Maya, who has epilepsy, met an Olympic swimmer.', errors: [{ message: '"epilepsy"' }] },
    { post: 'Sam in Year 5, who was bullied last term, wrote a book review.', errors: [{ message: 'bullied' }] },
    { post: 'Year 7 read Pig-Heart Boy, and Maya, who has a heart condition, played Cameron.', errors: [{ message: '"heart condition"' }] },
    { post: 'Sam, who has epilepsy, walked the school dog.', errors: [{ message: '"epilepsy"' }] },
    { post: 'Former pupil and Olympic rower Kate Hall, who left us in 2004, has died after a short illness. Our condolences to her family.', errors: [{ message: '"died"', severity: 'warning' }] },
    { post: 'Former pupil and Paralympian Tom Lee, who has cerebral palsy, visited Year 9.', errors: [{ message: '"cerebral palsy"' }] },
    { post: 'Sam walked the school dog after his operation.', errors: [{ message: 'operation' }] },
    { post: 'Our school dog visited Mrs Jones, who is recovering from her operation.', errors: [{ message: '"her operation"' }] },
    { post: "Year 10 have finished Of Mice and Men. Sam, who has dyslexia, read Lennie's lines beautifully.", errors: [{ message: '"dyslexia"' }] },
  ],
});
