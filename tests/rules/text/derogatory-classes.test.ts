// text/derogatory, added in the hate26 session: constructions taken as classes rather than phrases (see
// docs/text.md, "A fifth HateCheck-style set"). Each hostile case below is worded anew, not taken from any
// HateCheck-style set, and was not an error before; each harmless one is a near miss that must stay clear.
// Contains abuse: test data only.
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const group = { message: 'protected group', severity: 'error' as const };
const counter = { message: 'counter-speech', severity: 'warning' as const };

// A verbless tag after abuse that follows a sentence about the group: comment adverbs ("obviously", "as usual").
ruleTester(derogatory, {
  valid: [
    'Our Muslim families cooked for the Eid lunch. Delicious, obviously.',
    'A disabled athlete opened sports day. Brilliant, as usual.',
  ],
  invalid: [
    { post: 'A woman fixed my boiler today. Useless, obviously.', errors: [group] },
    { post: 'Saw a few immigrants at the station. Filthy as usual.', errors: [group] },
  ],
});

// A verb of becoming before a comparative links the group to the attribute, the attribute ending its clause.
ruleTester(derogatory, {
  valid: [
    'Refugee families are getting more settled every week.',
    'Our disabled pupils grow more confident every year.',
    'Can the weather get any more miserable?',
  ],
  invalid: [
    { post: 'Trans people get more disgusting every year.', errors: [group] },
    { post: 'Can gay people get any more annoying?', errors: [group] },
    { post: 'Women are getting more useless by the year.', errors: [group] },
    { post: 'Gay people have grown so arrogant lately.', errors: [group] },
  ],
});

// A threat's subject with its own relative clause may stand further off.
ruleTester(derogatory, {
  valid: [
    'Every disabled visitor who comes to our open day this summer gets a free ticket.',
  ],
  invalid: [
    { post: 'Any immigrant who parks outside my house from today onwards gets a good kicking.', errors: [group] },
  ],
});

// A harm named as the remedy after "is" is wished, not told.
ruleTester(derogatory, {
  valid: [
    "The best thing for our pupils is a good night's sleep.",
    'The best cure for a cold is a hot drink and an early night.',
  ],
  invalid: [
    { post: 'The only answer for immigrants is a bullet.', errors: [group] },
    { post: 'The best treatment for trans people is a beating.', errors: [group] },
  ],
});

// "What are X good for?" asks their use.
ruleTester(derogatory, {
  valid: [
    'What are onions good for? Year 2 found out in the school garden.',
    'What are our Muslim pupils good at? Everything, judging by the science fair.',
  ],
  invalid: [
    { post: 'What exactly are disabled people good for?', errors: [group] },
  ],
});

// A contact clause ("the X I know") between a denial of them all and what is denied; "no such thing as a X who …".
ruleTester(derogatory, {
  valid: [
    'Not one of the refugees I know is lazy.',
    'None of the gay men I have met are rude.',
  ],
  invalid: [
    { post: 'None of the immigrants I have met are honest.', errors: [group] },
    { post: "There's no such thing as a Muslim who is honest.", errors: [group] },
  ],
});

// A lowly place (lexicons/hostility.yaml, lowly-place) where the group is said to belong, wished to stay or be put.
ruleTester(derogatory, {
  valid: [
    'Refugee families must stay in the hostel until Friday.',
    'Refugee families will stay in tents until housing is found.',
    'Year 5 should stay in the kitchen to help with the bake sale.',
    'Disabled people do not belong in institutions.',
  ],
  invalid: [
    { post: 'Women need to stay in the kitchen.', errors: [group] },
    { post: 'Lock disabled people in the loony bin.', errors: [group] },
    { post: 'Disabled people belong in a madhouse.', errors: [group] },
    { post: 'Disabled people should be kept in institutions.', errors: [group] },
  ],
});

// A dehumanising noun equated with the group: the difference denied.
ruleTester(derogatory, {
  valid: [
    'Our pupils learned there is no difference between a wolf and a dog, genetically.',
    'Muslims are no different from anyone else.',
  ],
  invalid: [
    { post: "There's no difference between a cockroach and a Muslim.", errors: [group] },
    { post: 'Immigrants are no different from rats.', errors: [group] },
    { post: 'Gay people and pigs, same thing really.', errors: [group] },
  ],
});

// "How many more X do we have to …?": the fronted group is the object of what is borne.
ruleTester(derogatory, {
  valid: [
    'How many more refugee families can we help this winter?',
  ],
  invalid: [
    { post: 'How many more immigrants do we have to put up with?', errors: [group] },
  ],
});

// Not errors: a feeling at what others are seen doing to the group; a wrong named before the group that gets it;
// a report posted and condemned (a warning, as counter-speech).
ruleTester(derogatory, {
  valid: [
    'So sick of seeing people blame immigrants for everything.',
    'Tired of hearing people blame refugees for the housing crisis.',
    'The abuse gay people get online is shameful.',
    'The racism black people face every day is disgusting.',
  ],
  invalid: [
    { post: 'Your post about Muslims being a drain on the country is vile.', errors: [counter] },
    { post: 'That tweet about trans people being a danger to kids is disgusting.', errors: [counter] },
  ],
});

// A place phrase after the group ("in this country", "round here") counts as part of it under a denial of them all;
// longing for the group "gone for good" (not a journey, as "leave for the trip" is).
ruleTester(derogatory, {
  valid: [
    'Not gonna lie, every disabled person on my street is a hero.',
    "Can't wait until the Year 6 pupils leave for the residential.",
  ],
  invalid: [
    { post: 'Not a single refugee in this country deserves our trust.', errors: [group] },
    { post: 'None of the Muslims in our town can be trusted with money.', errors: [group] },
    { post: "Honestly can't wait till trans people are gone for good.", errors: [group] },
    { post: 'Gay couples moved in across the road. Roll on the day they leave for good.', errors: [group] },
  ],
});

// An attribute said to be the group's nature ("comes naturally to X", "second nature to X"); "every single one" closing a fragment.
ruleTester(derogatory, {
  valid: [
    'Being kind comes naturally to our refugee families.',
    'Being brave is second nature to our disabled athletes.',
  ],
  invalid: [
    { post: 'Being violent comes naturally to immigrants.', errors: [group] },
    { post: 'Being greedy is second nature to Muslims.', errors: [group] },
    { post: 'Saw a group of gay men at the bar. Disgusting, every single one.', errors: [group] },
  ],
});

// A domain of public life refused to the group ("We don't want X in politics"), ending the sentence; "keep X out of" a
// country or town, as "run X out of town" is.
ruleTester(derogatory, {
  valid: [
    "We don't want disabled pupils in sport to feel left out.",
    "We don't want refugee families in our community left behind.",
    'Keep the Year 6 pupils out of the sun at lunchtime.',
  ],
  invalid: [
    { post: "We don't want Muslims in politics.", errors: [group] },
    { post: "I wouldn't want a woman in charge, full stop.", errors: [group] },
    { post: 'Keep immigrants out of this country.', errors: [group] },
  ],
});

// A verb of regard (lexicons/hostility.yaml, regard-verb) asked of anyone in a rhetorical question, the group its object
// ending the question; not a plain question, not negated, not "we", not a question the next sentence answers.
ruleTester(derogatory, {
  valid: [
    'Would you like to meet our Muslim chaplain?',
    'Do you like Muslims?',
    "Why wouldn't anyone like refugees?",
    'Why should we respect people of other faiths?',
    'Who could love a refugee? Lots of families, as our appeal showed.',
  ],
  invalid: [
    { post: 'Could anyone honestly respect gay people?', errors: [group] },
    { post: 'Why on earth would you date a woman?', errors: [group] },
    { post: 'Why would I ever befriend a Muslim?', errors: [group] },
    { post: 'Can anyone really stand trans people?', errors: [group] },
  ],
});
