import { endorsement } from '../../../src/rules/text/endorsement.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(endorsement, {
  valid: [
    // miss28: a trade named in a lesson or a careers talk is no recommendation.
    'Year 2 met a plumber, an electrician and a firefighter at our careers morning.',
    'Year 6 ran a small business selling cookies for charity; our PTA supports Small Business Saturday.',
    'Year 4 loved their trip to the Roman baths!',
    // Public services and charities pointed to for safety and learning.
    "We recommend the NSPCC's PANTS resources for talking to your children about staying safe.",
    'Over the holidays we recommend BBC Bitesize and Oak National Academy for revision.',
    'Thank you to Smith & Sons for donating the new benches.',
    'Our football kit is sponsored by Harbour Motors — thank you!',
    'We recommend children bring a named water bottle and a sun hat.',
    'Thank you for all your support this term.',
    'We would recommend that families check the weather before the walk.',
  ],
  invalid: [
    // miss28: a tradesperson recommended in a parent's words.
    { post: "If you need a plumber, give Dave at DJ Plumbing a call – he fixed our boiler in an hour.", errors: [{ message: 'If you need a plumber' }] },
    { post: "Honestly, Smith's Tutoring are the best – our Year 6 results prove it. Give them a call!", errors: [{ message: 'Give them a call' }] },
    { post: 'We are proud to be sponsored by Bright Sparks Electrical - check them out!', errors: [{ message: /check them out/ }] },
    { post: "Support Sam's mum's new business — order yours at samscakes.co.uk and use code HARBOUR10!", errors: 2 },
    { post: 'We highly recommend Bright Sparks Tutoring for the 11+.', errors: [{ message: 'endorsement', column: 1 }] },
    { post: 'Dave fixed our boiler in a day — use them for all your plumbing!', errors: [{ message: 'endorsement' }] },
    { post: 'Bright Sparks are the best tutors in the area.', errors: [{ message: 'endorsement' }] },
  ],
});
