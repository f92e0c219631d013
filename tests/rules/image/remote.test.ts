import { remote } from '../../../src/rules/image/remote.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { jpeg } from '../../images/build.js';

ruleTester(remote, {
  valid: [
    { name: 'a local photo', post: '![Sports day](sports.jpg)\n', files: { 'sports.jpg': await jpeg() } },
    { name: 'a link (not an image) to a web page', post: 'Read [the newsletter](https://example.org/news.pdf).' },
    'Year 4 loved their trip to the Roman baths!',
  ],
  invalid: [
    { post: 'Our team!\n\n![Team](https://example.org/team.jpg)\n', errors: [{ message: /https:\/\/example\.org\/team\.jpg is remote/, line: 3, column: 1, severity: 'warning' }] },
    { name: 'an HTML <img> with a protocol-relative URL', post: '<img src="//cdn.example.org/a.png" alt="Choir">\n', file: 'post.html', errors: 1 },
    { name: 'a remote video in front matter', post: '---\nmedia: [https://videos.example.org/race.mp4]\n---\n\nRace day!', errors: [{ message: /video/ }] },
  ],
});
