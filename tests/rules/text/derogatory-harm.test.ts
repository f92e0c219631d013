// text/derogatory, mechanisms added in the batch-18 session: violent verbs with the group their victim
// (wished, promised, ordered or praised), the second of two wished passives, wondering why a group is
// "still allowed", "ever met a X with any decency", belonging denied, and precautions urged against a group.
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const group = { message: 'protected group', severity: 'error' as const };

ruleTester(derogatory, {
  valid: [
    // A violent verb done to a thing, in a game, or to no group at all.
    'Our under-11 girls will kick the ball to the disabled pupils in the inclusive match.',
    "We're going to beat the women's team on Saturday, fingers crossed!",
    'Year 4 will stone the cherries for the jam with our elderly volunteers.',
    'If anyone kicks a disabled pupil\'s wheelchair, they will be excluded.',
    "I'm going to hug every Muslim family at the Eid party.",
    'We destroyed them 5-0 and showed real killer instinct in the second half.',
    // A plain question, or one asking why a group was wronged.
    'Are Muslim pupils allowed to bring a prayer mat on the residential?',
    'Why were women still not allowed to vote in 1920? Year 9 found out in history.',
    'Why are we still allowed to park on the zigzags? Because we are not!',
    'Why do bees dance? Year 2 found out today.',
    // Why a group may still do something in a circumstance: a practical question.
    'How are disabled pupils still allowed to use the lift when it is out of order? Please ask the office.',
    // Belonging said, not denied; a meeting asked about with no good in doubt.
    'Muslim families have always been part of our community.',
    'Have you met our new Polish families yet? Come and say hello at the coffee morning.',
    // Something the group must bear, told.
    'Disabled people have to put up with broken lifts every day, so Year 6 wrote to the council.',
    'We will never forget Mr Patel\'s kindness.',
    // Violence to be reported if seen, a story's plot, and a thing of the group's that is photographed or hung up.
    'If you see anyone punch a disabled pupil, tell a member of staff straight away.',
    'In the novel, the mob wants to hang the black man before the trial even begins.',
    "Mrs Khan will shoot the Muslim families' Eid celebration video for the newsletter.",
    "Mr Jones will hang the girls' artwork in the hall on Monday.",
    // Harm foretold of a thing, not threatened by anyone: a head's letter on funding.
    'The funding cuts will hurt disabled pupils most, so please sign the petition.',
    'These changes would badly harm Muslim families who rely on the breakfast club.',
    // The same with the cause named bare, no determiner before it.
    'Cuts will hurt disabled pupils most, so please write to your MP.',
    'Budget cuts would badly hurt Muslim families who use the food bank.',
    'Rising prices will hit disabled families hardest this winter.',
  ],
  invalid: [
    // Violent verbs with the group their victim, wished or promised by a person.
    { post: 'Someone should poison all black people.', errors: [group] },
    { post: 'Muslims will destroy Britain.', errors: [group] },
    { post: 'Immigrants will destroy this country, mark my words.', errors: [group] },
    // A person, not a cause, before the modal: still a threat.
    { post: 'Lads will hurt disabled pupils if we let them.', errors: [group] },
    { post: "I'm going to strangle every Muslim on this estate.", errors: [group] },
    { post: 'Anyone who punches a disabled person deserves a medal.', errors: [group] },
    { post: 'It would be a good day if somebody kicked every immigrant on our road.', errors: [group] },
    { post: 'Me and the lads are going to sort out the black families on our street tonight.', errors: [group] },
    // The second of two wished passives.
    { post: 'Honestly, trans people should all be locked in a shed and set on fire.', errors: [group] },
    { post: 'Gay men deserve to be tied up in the market square and whipped.', errors: [group] },
    // "Still allowed" wondered at, in a why/how question.
    { post: 'How are gay men still allowed to coach our kids?', errors: [group] },
    { post: 'Why are immigrants even allowed in our schools?', errors: [group] },
    // Meeting one of the group with a good, asked of as if none has it.
    { post: 'Has anyone ever met a Muslim with an ounce of decency?', errors: [group] },
    // Belonging denied.
    { post: 'Disabled people will never be part of our society.', errors: [group] },
    { post: "I don't see trans people as real members of this community.", errors: [group] },
    // Illness caused, trouble foretold, precautions urged.
    { post: 'Being anywhere near a lesbian makes me physically ill.', errors: [group] },
    { post: 'Hiring a black man as a caretaker is asking for trouble.', errors: [group] },
    { post: 'Keep your purses zipped when Muslim families are on the bus.', errors: [group] },
    { post: 'Why should we have to put up with migrants in our town?', errors: [group] },
    // The same verbs promised by a person, or called for, are threats whatever opens the sentence.
    { post: 'My brother will hurt those gay men if they come back.', errors: [group] },
    { post: 'Dave will hurt the next immigrant he sees.', errors: [group] },
    { post: 'The government should hurt every Muslim family until they leave.', errors: [group] },
    { post: 'The only answer would be to kill all the trans people.', errors: [group] },
    // Seeing it wished for, harm to what is theirs that is no thing made or shown, and threats outside a story's frame.
    { post: "I'd love to see someone punch a disabled person.", errors: [group] },
    { post: "Someone should burn the Muslim families' homes to the ground.", errors: [group] },
    { post: 'We read the novel in class. Someone should hang every black man like that.', errors: [group] },
  ],
});

// Added in the hate21 session: a threat with "them" inside it, or said around the group, may take a
// relative clause picking out whom it means ("put the next X who walks past my house in hospital");
// injuries promised in the passive; harm deserved as "everything that's coming to them" (of a group
// only); "drive X out of town to the match" is a journey.
ruleTester(derogatory, {
  valid: [
    'Our minibus will drive the disabled pupils out of town to the match.',
    'Mr Hill will drive any Muslim pupil who needs a lift out of town for the trip.',
    "We'll put every refugee family who arrives this term in touch with the council.",
    "Our Year 6 pupils deserve everything that's coming to them this summer!",
  ],
  invalid: [
    { post: "I swear I'll put the next immigrant who walks past my house in hospital.", errors: [group] },
    { post: "I'm going to run every gay man who moves onto this street out of town.", errors: [group] },
    { post: 'Any trans person at the gym tonight is getting their head kicked in.', errors: [group] },
    { post: "Trans people deserve everything that's coming to them.", errors: [group] },
    { post: "Every Muslim in this town gets what's coming.", errors: [group] },
  ],
});

// Added in the hate21 session: a violent verb intended ("I plan to …", "I've decided to …", "I'm about
// to …", "I can't wait to …") threatens as a modal does; more violent verbs and harm to the group's
// bodies or homes with the group after "of"; where the group is ("at school", "at the park") is no game.
ruleTester(derogatory, {
  valid: [
    "I'm about to bottle the jam the Polish mums made.",
    "We've decided to jump the queue for the disabled pupils' lift.",
    'Our girls plan to beat the men at school in the staff match.',
    'Our PE team is ready to batter the girls at the park run!',
    "Ms Khan plans to shoot the disabled pupils' sports day video on Friday.",
    'We promise to protect every trans pupil at school.',
  ],
  invalid: [
    { post: 'I plan to drown the next trans woman I see.', errors: [group] },
    { post: "I've decided to knife the disabled people on my street.", errors: [group] },
    { post: "I'm about to glass every woman in this town.", errors: [group] },
    { post: "I can't wait to torch the homes of those disabled people.", errors: [group] },
    { post: "I swear I'll finish off the black woman next door.", errors: [group] },
    { post: "We're going to break the legs of all the disabled people at school.", errors: [group] },
    { post: 'Next week I\'m going to poison all the gay people at school.', errors: [group] },
  ],
});
