// Abuse reported, a label someone else gave, a claim told, names and comparisons on school posts (derogfp34): what
// was said is told, for a person to look at (a warning), not said by the school; and the close neighbours that say
// it, which still fire as errors.
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const reported = { message: /counter-speech|quotation/, severity: 'warning' as const };

ruleTester(derogatory, {
  valid: [
    // Pain felt, the verb with no one after it to hurt (judged no threat).
    'Our pupils met a Traveller family and learned why that hurts.',
    // A comparison whose other side is a wrong done to the group.
    'Is there anything worse than a disabled child being left out of sports day? Not on our watch: every pupil took part.',
    // Cigarettes bought at a shop (homonyms in lexicons/derogatory.yaml); a slur that is also a verb, between its subject and object.
    'He bought his fags from the corner shop.',
    'Bike lanes retard traffic flow, apparently.',
    // A ball shot, in a game.
    'Shoot the ball, you have an open goal!',
  ],
  invalid: [
    // The sanction that followed the abuse, told (lexicons/hostility.yaml, counter).
    { post: 'He called her a slag in the corridor and was excluded for two days.', errors: [reported] },
    { post: 'A supporter who shouted at our keeper was ejected and has been banned for life.', errors: 0 },
    // A label someone else gave, in the active past (calledInPast).
    { post: 'A Year 9 boy called a classmate a paki on the bus; his parents have been contacted.', errors: [reported] },
    { post: 'The abuse she received called disabled people scroungers and a burden.', errors: [reported] },
    // A claim told by whoever makes it, a reduced relative (claimantNoun).
    { post: 'Year 12 looked at the 19th-century pseudo-science claiming Africans were inferior.', errors: [reported] },
    // Part of a proper name (inProperName).
    { post: 'The Dykes on Bikes led the Pride parade and our Year 12s waved from the float.', errors: [{ message: 'part of a name', severity: 'warning' }] },
    { post: 'Our partner school is in Kafir Qasim.', errors: [{ message: 'part of a name', severity: 'warning' }] },
    // An event a reclaimed word names (eventNamed).
    { post: 'The slut walk starts at noon, bring signs.', errors: [{ message: 'part of a name', severity: 'warning' }] },
    { post: 'Dyke march starts at noon, see you there.', errors: [{ message: 'part of a name', severity: 'warning' }] },

    // Someone's saying told as a habit or a condition, to answer it (lexicons/hostility.yaml, counter).
    { post: "You keep saying immigrants are vermin and it's sickening.", errors: [reported] },
    { post: 'When you call women bitches, you show everyone who you are.', errors: [reported] },

    // Neighbours that still fire: the label upheld, the speaker calling, a group calling, a wish.
    { post: 'He called her a slag and she deserved it.', errors: [{ message: 'A slur', severity: 'error' }] },
    { post: 'They called her a slag because she is one.', errors: [{ message: 'A slur', severity: 'error' }] },
    { post: 'The papers called refugees cockroaches and they are.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: "You keep saying immigrants are vermin and you're right.", errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'When you call women bitches, they deserve it.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'I called him a paki.', errors: [{ message: 'A slur', severity: 'error' }] },
    { post: 'That paki was excluded, good riddance.', errors: [{ message: 'A slur', severity: 'error' }] },
    { post: 'Muslims are vermin and should be excluded.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: "I'm sick of Muslims claiming they are victims, they are all terrorists.", errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Get the Pakis Out of our town.', errors: [{ message: 'A slur', severity: 'error' }] },
    { post: 'You are a Dirty Paki.', errors: [{ message: 'A slur', severity: 'error' }] },
    { post: 'The dykes march through our town every year, disgusting.', errors: [{ message: 'A slur', severity: 'error' }] },
    { post: 'That slut walked out on him.', errors: [{ message: 'A slur', severity: 'error' }] },
    { post: 'If that Traveller family comes here, that hurts them.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Is there anything worse than a Muslim being allowed to teach?', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Pack your bags and get lost, fag.', errors: [{ message: 'A slur', severity: 'error' }] },
    { post: "Don't buy anything from that fag.", errors: [{ message: 'A slur', severity: 'error' }] },
    { post: 'Fags should be banned from our school.', errors: [{ message: 'A slur', severity: 'error' }] },
    { post: 'Shoot the ball, then shoot the Muslims.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Those kids retard.', errors: [{ message: 'A slur', severity: 'error' }] },
    { post: 'All disabled people are retards.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'There is nothing worse than a disabled child.', errors: [{ message: 'protected group', severity: 'error' }] },
  ],
});
