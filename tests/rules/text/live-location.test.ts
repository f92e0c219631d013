import { liveLocation } from '../../../src/rules/text/live-location.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const trip = (body: string) => `---\ntitle: Residential\ntrip: residential\n---\n\n${body}`;

ruleTester(liveLocation, {
  valid: [
    'Year 4 loved their trip to the Roman baths!',
    'Year 6 visited the Eden Project last week and stayed at a brilliant youth hostel.',
    'The coach will be back at school at 5pm; please collect your child from the main gate.',
    'Music lessons are in Room 12 from next week.',
    trip('Year 6 had a fantastic week at the coast: canoeing, climbing and a campfire every night.'),
    trip('We stayed at a lovely centre in the Lakes and came home tired and happy.'),
    'Parents are welcome to our coffee morning in the hall at 9am.',
    "Families, please meet at St Mary's Church at 10am for the Harvest service.",
    'Collect your child from the Main Hall at 3.15pm after the concert.',
  ],
  invalid: [
    { post: "We're staying at the Seaview Hostel in Whitby until Friday.", errors: [{ message: 'whereabouts', column: 1 }] },
    { post: "Tonight we're in Keswick — the children are tired but happy!", errors: [{ message: 'whereabouts' }] },
    { post: 'At the hostel the girls are in rooms 12 and 14, the boys in room 3.', errors: [{ message: 'room numbers' }, { message: 'room numbers' }] },
    { post: 'The coach will be back at Euston Station at 4.30pm on Friday.', errors: [{ message: 'a time at a named place' }] },
    { post: trip('Today we are visiting the Sea Life Centre, then next stop the beach!'), errors: [{ message: 'trip post', line: 6 }] },
    { post: trip('Hello from the trip! Room 4 won the tidiest dorm award.'), errors: [{ message: 'room numbers' }] },
    { post: '![Group photo](group.jpg "We are currently at Alton Towers!")', errors: [{ message: 'whereabouts' }] },
    { post: trip('Parents: meet us at Exeter St Davids at 4pm on Friday.'), errors: [{ message: 'a time at a named place' }] },
  ],
});
