// Violence and harsh words a school post tells of characters, stories, history and matches
// (src/text/hostility/judge-told.ts), found by writing RE, drama, book-review, history and sports posts
// as a comms officer would; and the same wordings said as threats or remarks on a group, which still fire.
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(derogatory, {
  valid: [
    // A story's plot in the present, the doer before an aside (RE: Diwali).
    'Year 3 retold the story of Rama and Sita, in which Rama, with the help of Hanuman and his army of monkeys, kills Ravana and rescues her.',
    // A character's deed in a relative clause (a drama extract).
    "The Year 10 drama students performed an extract from Sweeney Todd, the demon barber who slits his customers' throats and has them baked into pies.",
    // A match won, told (a netball report).
    "They beat St Anne's 21–3, murdering them in the final quarter.",
    'Murdering them in the final quarter, the girls sealed the title.',
    'Our girls will slaughter them in the final.',
    // A character described by name in a pupil's book review, as "Scrooge is a mean, greedy old man" is.
    'Lady Macbeth is a manipulative, evil woman who goes mad with guilt.',
    'Cruella de Vil is an evil woman who wants to make a coat from puppies.',
    // How others in the past treated a group, told in a history lesson.
    'Year 8 learned that slave owners treated enslaved Africans as animals.',
    'Slave owners treated Black people like animals.',
  ],
  invalid: [
    // The same wordings said to "you", with the speaker's promise, or of a place that is no part of a game.
    { post: 'Someone, one day, kills you.', errors: [{ message: 'Threatening language', severity: 'error' }] },
    { post: 'The caretaker, I swear, kills him tomorrow.', errors: [{ message: 'Threatening language', severity: 'error' }] },
    { post: 'The man who kills you will be me.', errors: [{ message: 'Threatening language', severity: 'error' }] },
    { post: "We'll murder them in their beds.", errors: [{ message: 'Threatening language', severity: 'error' }] },
    { post: "I'll kill them in the car park after the match.", errors: [{ message: 'Threatening language', severity: 'error' }] },
    { post: "We're going to murder them in the final, then murder them for real.", errors: [{ message: 'Threatening language', severity: 'error' }] },
    // One woman who stands for all women, or someone the school knows by title.
    { post: 'Mrs Jones is a manipulative, evil woman.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'She is an evil woman.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Sarah is a typical stupid woman.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Sarah is a stupid woman, and all women are like that.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Jane is a disgusting black woman.', errors: [{ message: 'protected group', severity: 'error' }] },
    // Treating a group as animals said by the speaker, wished, or taken up.
    { post: 'I treat Africans as animals.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'We treated Africans as animals.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'We should treat Africans as animals.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Slave owners treated enslaved Africans as animals, and rightly so.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Slave owners treated Africans like animals and so should we.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: "My grandad treated Pakistanis like dirt and I'm proud of him.", errors: [{ message: 'protected group', severity: 'error' }] },
  ],
});
