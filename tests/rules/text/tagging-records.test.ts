// miss33: a pupil's own account told by forms earlier drafts did not use — their name just before in brackets, an
// invitation to follow them, their year group just after, a birth year with a name that is also a word, a cheering
// hashtag with a surname's initial, a birthday hashtag with an age; and neighbours that name no child.
import { tagging } from '../../../src/rules/text/tagging.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(tagging, {
  valid: [
    'Scouts badge night: thank you to @ScoutsUK for the new badges!',
    'Thanks to our visiting author Tom (@tom_writes_books) for a brilliant talk.',
    'Congratulations to our author visitor Ruth (@ruthwrites_books) – Year 6 loved her talk!',
    '#WellDoneEveryone #StarOfTheWeek #Reception',
    'Happy birthday to our school! #SchoolTurns50',
    'Give them a follow: @HarbourCadets – our Year 6 visit was brilliant.',
  ],
  invalid: [
    { post: "Scouts badge night: congratulations to Ollie (@ollie_outdoors_09 on TikTok) for his Chief Scout's Gold!", errors: 1 },
    { post: 'Cadet of the month: Cdt Evans – give him a follow @evans_cadet_aircadets', errors: 1 },
    { post: 'What a performance! Shout out to @lilyrose.sings – our Year 6 Dorothy.', errors: 1 },
    { post: 'Year 6 play: well done to our understudy @graceharrison_2014.', errors: 1 },
    { post: '#WellDoneAmelieK #StarOfTheWeek #Reception', errors: 1 },
    { post: 'Happy birthday to our youngest swimmer! #HarperTurns7', errors: 1 },
  ],
});
