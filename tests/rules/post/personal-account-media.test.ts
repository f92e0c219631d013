import { personalAccountMedia } from '../../../src/rules/post/personal-account-media.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

ruleTester(personalAccountMedia, {
  valid: [
    { name: 'official account with a photo', post: '---\naccount: official\n---\n\n![Sports day](sports.jpg)', files: { 'sports.jpg': jpeg } },
    { name: 'personal account, text only', post: '---\naccount: personal\n---\n\nSo proud of our football team today!' },
    { name: 'no account given (official by default)', post: '![Sports day](sports.jpg)', files: { 'sports.jpg': jpeg } },
  ],
  invalid: [
    {
      post: '---\naccount: personal\n---\n\nLook at our Year 3s!\n\n![Sports day](sports.jpg)',
      files: { 'sports.jpg': jpeg },
      errors: [{ message: 'personal account', line: 7, column: 1 }],
    },
    {
      name: 'a video in the front matter',
      post: '---\naccount: personal\nmedia: [clips/race.mp4]\n---\n\nWhat a race!',
      errors: [{ message: 'A video in a post for a personal account', line: 3 }],
    },
  ],
});
