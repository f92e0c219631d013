// miss33: a trip post telling where the group is held — a coach broken down or pulled over on a named road, the group
// somewhere until a time or for the next hour, a named hotel "for the night" — and neighbours told once it is over.
import { liveLocation } from '../../../src/rules/text/live-location.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const trip = (body: string) => `---\ntitle: Residential\ntrip: true\n---\n\n${body}`;

ruleTester(liveLocation, {
  valid: [
    trip('Our coach had a breakdown on the way home yesterday, but we got back safely just an hour late.'),
    trip('The coach broke down on the M5 on Friday; we were back safely by six. Thank you for your patience!'),
    trip('Residential letter: the children will stay in shared rooms; room lists will be shared with parents by email.'),
    trip('We are stuck in traffic, so we will be about half an hour late back to school.'),
  ],
  invalid: [
    { post: trip('Update: our coach has broken down on the M6 southbound just after junction 15. Everyone is safe.'), errors: 1 },
    { post: trip('The coach has had to pull over near the Morrisons on the A38 at Bodmin – we are running an hour late.'), errors: 1 },
    { post: trip("Quick panic over! We're all now sat in the café on the top floor for the next hour."), errors: 1 },
    { post: trip("Found safe! We're all now having lunch in the basement picnic area until 1.30."), errors: 1 },
    { post: trip('Hotel Ibis Styles, York – all settled in for the night!'), errors: 1 },
  ],
});
