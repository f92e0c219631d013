// miss34: a trip post telling where the group is in ways earlier drafts did not — a spot of a named place, a pupil safe with
// staff at a named place, a motorway junction by its number, a question answered with the place — and neighbours told after.
import { liveLocation } from '../../../src/rules/text/live-location.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const trip = (body: string) => `---\ntitle: Trip\ntrip: true\n---\n\n${body}`;

ruleTester(liveLocation, {
  valid: [
    trip('Roadworks on the M6 at junction 15 held us up yesterday, but we got home safely.'),
    trip('FAQ for the Year 6 residential\n\n**Can they phone home?** No – no phones, but we will post updates every evening.'),
    trip('She is now safe at home after a lovely day out.'),
    trip('Where are they now? Back in class and writing up their trip diaries!'),
  ],
  invalid: [
    { post: trip('Right now: queueing at the bottom of the Eiffel Tower (south pillar)!'), errors: 1 },
    { post: trip("Sadly Ava got separated from the group, but she's now safe with staff at the First Aid Centre near the main entrance."), errors: 1 },
    { post: trip("Caption: Lunch stop 🍟 McDonald's, Junction 28 of the M1 – 40 hungry Year 7s!"), errors: 1 },
    { post: trip('**Where are they right now?** At Robinwood, Todmorden – in the climbing barn until lunch.'), errors: 1 },
  ],
});
