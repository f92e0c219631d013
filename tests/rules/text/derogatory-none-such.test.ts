// text/derogatory, added in the hate21 session: a good said in a relative clause on one of the group
// whom the speaker has never met or who does not exist ("I've never met a X who was caring", "There
// isn't a X alive who is fit to lead"); a good denied there twice is praise ("There's no X who isn't
// welcome here"); "Not one X is …" denies a trait as "No X is …" does; more goods denied from probes of
// the session's own; a plural possessive left off its token ("the wheelchair users' path") names a
// thing of theirs, not the group; a dog's litter is no slur.
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const group = { message: 'protected group', severity: 'error' as const };

ruleTester(derogatory, {
  valid: [
    "There's no disabled pupil who isn't welcome here.",
    "There isn't a Muslim family in our school who isn't welcome.",
    "I've never met a gay parent who wasn't kind and welcoming.",
    "We've never met a Polish family who was more generous than the Nowaks.",
    "I've never met a teacher who was so caring.",
    "The wheelchair users' path is not clean after the storm, so please take care.",
    'Our disabled pupils are always respectful and mature.',
    "Immigrants aren't unsafe around children; that is a myth.",
    'The bitch and her pups are doing well at the rescue centre.',
    'Our greyhound bitch had a litter of six over half-term.',
  ],
  invalid: [
    { post: "I've never met a Muslim who was caring.", errors: [group] },
    { post: "There isn't a woman alive who is fit to lead.", errors: [group] },
    { post: 'Never met a black woman who was polite.', errors: [group] },
    { post: 'Not one immigrant is loyal.', errors: [group] },
    { post: 'Not a single disabled person is friendly.', errors: [group] },
    { post: 'Muslims are not respectful.', errors: [group] },
    { post: 'No trans woman is qualified to teach.', errors: [group] },
    { post: "Gay people aren't safe around children.", errors: [group] },
    { post: 'Immigrants are never an asset.', errors: [group] },
  ],
});
