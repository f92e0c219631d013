import { fullNameWithMedia } from '../../../src/rules/consent/full-name-with-media.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { RECORD as consent } from './fixtures.js';

const files = { 'race.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]) };

ruleTester(fullNameWithMedia, {
  valid: [
    { post: 'Oscar B won the race!\n\n![Race](race.jpg)\n', consent, files },
    { post: 'Oscar Brown won the race! Photos from the day will follow next week.', consent },
    { post: 'Oscar Brown won the race!', consent },
    { post: 'Oscar won the race. Brown bread for lunch.\n\n![Race](race.jpg)\n', consent, files },
  ],
  invalid: [
    { post: 'Oscar Brown won the race!\n\n![Race](race.jpg)\n', consent, files, errors: [{ message: 'Oscar Brown is named in full', line: 1, column: 1 }] },
    { post: 'Results: Brown, Oscar (1st)\n\n![Race](race.jpg)\n', consent, files, errors: [{ message: 'Brown, Oscar is named in full' }] },
    { post: '![Race](oscar-brown-race.jpg)\n', consent, files: { 'oscar-brown-race.jpg': files['race.jpg'] }, errors: [{ message: /in the file name/ }] },
    // A draft that says a photo goes with it (a real local paper's school story, set 7: "… is pictured having a lesson").
    { post: 'Oscar Brown, a Year 5 pupil, is pictured learning to play the drums.', consent, errors: [{ message: /says it has a photo \("is pictured"\)/ }] },
    { post: 'Well done to Oscar Brown (pictured) for winning the race!', consent, errors: [{ message: /\(pictured\)/ }] },
  ],
});
