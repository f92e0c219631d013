import { endorsement } from '../../../src/rules/text/endorsement.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(endorsement, {
  valid: [
    // Session 25: naming a class or the school for the office, a school app's free trial, a find for spellings.
    "If the office asks, tell them you're from Year 6.",
    'Please mention the school when you phone the office about absence.',
    'Sign up for a free trial of Times Tables Rock Stars at home.',
    "We've found the best way to learn spellings: little and often!",
    // miss32 neighbours: a book fair's supplier, a class cheered as the best, a dentist's visit.
    'Our Usborne book fair is in the library all week, with every purchase earning free books for the school.',
    'Year 6, you are simply the best! What a performance.',
    'The dentist visited Reception to talk about looking after our teeth.',
    // miss31 neighbours: the uniform's official supplier, a thank-you to a bakery, advice that ends its sentence on "recommend".
    'Uniform is available from the official supplier and from the second-hand rail in reception.',
    "Thank you to Bella's Bakes for kindly donating the cakes for our cake sale.",
    'Year 6 visited the best bakery in Hexham on their town walk, and learned how bread is made at scale.',
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
    // Session 25: an offer got by naming the school.
    { post: 'Mention the school for 10% off at Pizza Palace!', errors: [{ message: 'Mention the school for' }] },
    { post: "Say you're from the school for a discount on uniform at Smarts.", errors: [{ severity: 'warning' }] },
    // miss32: a party-plan or network-marketing business plugged, a business ranked with no town, a product urged.
    { post: 'Miss Green (Y1) is now a Younique presenter, drop her a message for 10% off!', errors: [{ message: 'network-marketing' }] },
    { post: 'Our TA Jade sells Scentsy wax melts. Message her for the catalogue.', errors: [{ message: 'network-marketing' }, { message: 'network-marketing' }] },
    { post: 'Mrs Lowe is selling Tropic skincare. Book her for a pamper party!', errors: [{ message: 'network-marketing' }, { message: 'network-marketing' }] },
    { post: 'Shoutout to Phoenix Tutoring, by far the best eleven plus tutor in Slough.', errors: [{ message: 'endorsement' }] },
    { post: 'Best orthodontist in Chelmsford? Bright Smile Orthodontics.', errors: [{ message: 'endorsement' }] },
    { post: 'We\'d really encourage every family to try their chewables.', errors: [{ message: 'endorsement' }] },
    // miss31: a business ranked in its town, vouched for, or recommended with nothing after "recommend".
    { post: "Huge thanks to Bella's Bakes, honestly the best bakery in Hexham!", errors: [{ message: 'best bakery in' }] },
    { post: 'The Green Bean on Market Street. Tell them we sent you!', errors: [{ message: 'Tell them we sent you' }] },
    { post: 'Ben at BM Photography did our staff photos and he is brilliant, highly recommend 📸', errors: [{ message: 'highly recommend' }] },
    { post: "Parents, if you're after a good estate agent, Hunters sold our caretaker's house in a week.", errors: [{ message: 'estate agent' }] },
    { post: "Little Paws Dog Grooming: we've all used her and she's fab!", errors: [{ message: "all used her" }] },
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
