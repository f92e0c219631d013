// miss34: a pupil's tag in forms earlier drafts did not use — a first name and initial as a hashtag, a handle of a name and
// an initial on a prize list, a handle opening on the name its paragraph gives, a year group opening a hashtag, a dotted
// handle early in its paragraph — and neighbours that are a school's, a team's or a grown-up's.
import { tagging } from '../../../src/rules/text/tagging.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(tagging, {
  valid: [
    'Our brilliant debating team took first place at the county final! #Debate #ProudSchool',
    'Thanks @oakfieldbakery for the Year 6 cake!',
    'Email the office at office@example.sch.uk or tag us @oakfield.primary.',
    'Prize-giving was a wonderful evening – thank you to our guest speaker @BBCSport!',
    'Year 4 had a brilliant trip. Thanks to @summerfair_team for the stall. Summer Fair raised £500!',
    'My name is Jack and I am in Year 8. Follow the school cricket page @oakfieldcricket for highlights.',
  ],
  invalid: [
    { post: 'Our brilliant debating team – #HarrietP #OllieDebates #LucasJ9 – took first place!', errors: 2 },
    { post: 'Sports Day 🏃 1st in the sack race: #AlfieB', errors: 1 },
    { post: 'Caption: Gymnastics gold 🥇 #GoEvieW #Y4Gymnast', errors: 1 },
    { post: '🏆 Prize-giving 2026 – tag yourselves, winners!\n\n1. Maths Prize – @sophie.k.maths', errors: 1 },
    { post: 'Year 6 prizes: @sophie.k.maths', errors: 1 },
    { post: 'My name is Jack and I am in Year 8. Follow my cricket page @jackbatsfirst for highlights!', errors: 1 },
    { post: 'Thanks for the amazing video, @millies_dance_diary (Millie in Year 5)!', errors: 1 },
  ],
});
