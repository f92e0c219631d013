import { unknownName } from '../../../src/rules/consent/unknown-name.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { RECORD as consent } from './fixtures.js';

ruleTester(unknownName, {
  valid: [
    // fp32: RE, GRT History Month, GCSE English and history posts: festivals' greetings, a community's adjective,
    // set texts' characters with their story's words, famous figures, a poem's title, a French school, a football club.
    { post: 'Year 2 tasted matzah and charoset. Chag Pesach Sameach to our Jewish families! Shabbat Shalom from Year 4.', consent },
    { post: 'Thank you to Denisa and her family for teaching us some Romani words and sharing traditional Roma food.', config: { allowNames: ['Denisa'] } },
    { post: 'Year 11 explored how Sheila and Eric respond differently to the Inspector, and Year 10 acted out the murder of Duncan and the banquet scene.', consent },
    { post: "Year 11 looked at the killing of Simon and Piggy in Golding's novel. Year 2 learned how Moses led the Israelites out of Egypt.", consent },
    { post: 'They compared "Dulce et Decorum Est" with "Kamikaze" by Beatrice Garland, and saw where Thomas Becket was murdered.', consent },
    { post: 'Our partners from Collège Jean Moulin arrived on Sunday. Mr Clark loved Aston Villa. Year 6 read "First They Came" by Pastor Martin Niemöller.', consent },
    // A role or programme written in capitals among small letters (fp27 found "ELSA" warned of as a name).
    { post: 'Our ELSA, Mrs Jones, runs a calm club every Tuesday, and KIT days for staff are on the calendar.', consent },
    // Clubs' and events' names on real posts, and the nativity's town.
    'The Junior Section played well, and the Under-10s reached the All Star Super Cup final.',
    'We joined the Royal British Legion parade. The hall was transformed into the town of Bethlehem.',
    { post: 'Well done Oscar and Amelia!', consent },
    { post: 'Thank you to Mrs Khan, Mr Tom Jones and Dr Patel for visiting.', consent },
    { post: 'Our Summer Fair is on Saturday 14 June in the Village Hall. Hope to see you there! May we remind parents to park on Victoria Road.', consent },
    { post: 'Year 4 visited Florence and York in March. Oak Class and Willow Class won the attendance cup.', consent },
    { post: 'We are recruiting a midday supervisor: apply by 30 Jan. Interviews on 4 Jun.', consent },
    { post: 'Ramadan Kareem to all our families, and Eid Mubarak! #EidMubarak #RamadanMubarak #DiwaliMubarak', consent },
    { post: 'Will you join us for Harvest Festival on Monday? Mark your calendars!', consent },
    { post: 'Thank you to Sarah Jenkins, our chair of governors.', consent, config: { allowNames: ['Sarah Jenkins'] } },
    { post: 'Ella played Mary and Oscar played Joseph in the nativity.', consent },
    // Children's hospices named for a child, in the possessive: a charity's name, not a pupil.
    "Year 6 raised £420 for Julia's House, the children's hospice charity, and Martin House will get our cake sale money.",
    "Winston's Wish runs free bereavement workshops for families.",
    'Year 5 learned about the Bloody Tower and Bloody Mary in their Tudors topic.',
    'Year 5 enjoyed their trip to Milton Keynes and the Bletchley Park codebreakers exhibition.',
    // Famous people and characters by their full names; a greeting ("Eid Mubarak") and a faith, not pupils; monarchs by their numeral.
    { post: 'Year 2 learnt about Florence Nightingale and Grace Darling, and Year 6 read the diary of Anne Frank.', consent },
    { post: "Charlie and the Chocolate Factory is Year 4's class book, and Year 3 made George's Marvellous Medicine.", consent },
    { post: 'Eid Mubarak to all our Muslim families! Year 8 learnt about Islam and the Hajj.', consent },
    { post: "Year 8's history unit covers Henry VIII's six wives, and Year 5 wrote to Charles III.", consent },
    // A festival's greeting before it, a fire station's watch, communities listed together (short social posts).
    { post: 'Shubh Deepavali to all our families celebrating! 🪔 And Happy Holi from Year 2.', consent },
    { post: 'Year 2 had a visit from Blue Watch today. Thank you for letting everyone sit in the engine!', consent },
    { post: 'Gypsy, Roma and Traveller History Month: Year 4 learned about Roma and Sinti music.', consent },
    { post: 'Our Roma Traveller and Romany Gypsy families shared their stories with Year 6.', consent },
    // History, set texts and a faith's adjective, a Dartmoor tor, an appeal and a shelter (good-news sweep, 2026-11-24).
    { post: 'Year 5 studied Rosa Parks and Martin Luther King, and the lynching of Emmett Till.', consent },
    { post: 'Year 10 compared poems by Simon Armitage and Carol Ann Duffy, and Year 13 read Tennessee Williams and Agatha Christie.', consent },
    { post: 'Our Christian vision shapes everything we do, and Year 10 studied Christian attitudes to crime.', consent },
    { post: 'One group got lost near Hound Tor. The Poppy Appeal raised £830, and Year 5 sheltered in a mock Anderson shelter.', consent },
    // A famous name whose first word no pupil is called: its later words are no pupil's name either.
    { post: "Year 11 performed Willy Russell's Blood Brothers, and the youth theatre staged Sweeney Todd.", consent },
    "Year 11 performed Willy Russell's Blood Brothers, and the youth theatre staged Sweeney Todd.",
    { post: 'World Book Day: we had 14 Harry Potters and a dozen Gruffalos. Year 10 are reading The Hate U Give by Angie Thomas.', consent },
    { post: 'Famous dyslexic people include Richard Branson, Keira Knightley and Jamie Oliver.', consent },
    // A monarch's, in the possessive: the King's, or a place named after one; GCSE anthology poets.
    { post: "Dr Marsh was awarded an OBE in the King's Birthday Honours, and two students have offers from King's College London. Emily Davison stepped in front of the King's horse.", consent },
    { post: 'Year 10 compared poems by Ted Hughes, Seamus Heaney and Imtiaz Dharker.', consent },
  ],
  invalid: [
    // The same paragraph twice (a long post read once per distinct text): each place reported where it is.
    { name: 'a paragraph repeated', post: 'Moses scored twice.\n\nWhat a match!\n\n> Moses scored twice.\n', consent, errors: [{ message: /^Moses looks like/, line: 1, column: 1 }, { message: /^Moses looks like/, line: 5, column: 3 }] },
    // fp32 neighbours: a pupil of a set text's character's name, praised or in a class, and a pupil named Moses, are still names.
    { post: 'Well done to Simon in Year 10 for his brilliant essay on Piggy and the conch!', consent, errors: [{ message: /^Simon looks like/ }] },
    { post: 'Moses scored twice and Eric saved a penalty.', consent, errors: [{ message: /^Moses looks like/ }, { message: /^Eric looks like/ }] },
    // … but a shouted line names people, and "Elsa" in ordinary letters is a name.
    { post: 'WELL DONE TO ELSA FOR HER SWIM!', errors: [{ message: 'ELSA looks like' }] },
    { post: 'Well done to Elsa for her swim, says our ELSA team.', errors: [{ message: 'Elsa looks like' }] },
    // A home, not a charity: the house in lower case.
    { post: "We had a sleepover at Julia's house.", errors: [{ message: /^Julia looks like a person's name/ }] },
    // A pupil called King or Prince is still a name.
    { post: "Congratulations to King for his painting, and to Prince's team for winning the quiz!", errors: [{ message: /^King looks like/ }, { message: /^Prince looks like/ }] },
    { post: 'Congratulations to Maya T for her poem!', consent, errors: [{ message: /Maya T looks like a person's name and is not in the consent record/, severity: 'warning' }] },
    { post: 'Goals from Harry, Zain and Oscar.', consent, errors: [{ message: /^Harry/ }, { message: /^Zain/ }] },
    { post: 'Congratulations to Jan in Year 3 for her poem.', consent, errors: [{ message: /^Jan looks like a person's name/ }] },
    { post: 'Happy Diwali, Priya! Go #TeamKareem!', consent, errors: [{ message: /^Priya looks like/ }, { message: /^Kareem looks like .*in a hashtag/ }] },
    // In a file name, a pupil in the record is not also "unknown"; the name beside it that is not in the record is.
    { post: '![Relay](photos/oscar-and-harry-relay.jpg)', consent, errors: [{ message: /^harry looks like a person's name .*file name oscar-and-harry-relay\.jpg/ }] },
    { post: 'Goals from Henry and Mubarak today.', consent, errors: [{ message: /^Henry/ }, { message: /^Mubarak/ }] },
    // Eid is also a surname; Roma alone, or beside a name, is a girl's name.
    { post: 'Congratulations to Amir Eid for his poem.', consent, errors: [{ message: /^Amir looks like/ }] },
    { post: 'Roma and Ellie scored for the Under-11s.', consent, errors: [{ message: /^Roma looks like/ }, { message: /^Ellie looks like/ }] },
    { post: '---\nauthor: Ayesha K\n---\nOur trip.', consent, errors: [{ message: /Ayesha K .*front matter "author"/ }] },
    { name: 'no record: every name is unchecked', post: 'Well done Amelia!', errors: [{ message: /no consent record is configured/ }] },
    { post: 'Well done Maya T!', consent, redact: true, errors: [{ message: "a name in line 1 looks like a person's name and is not in the consent record or the staff list" }] },
  ],
});
