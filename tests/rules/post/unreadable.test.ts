import { postUnreadable } from '../../../src/rules/post/unreadable.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(postUnreadable, {
  valid: [
    '---\ntitle: Sports Day\nchannel: website\n---\n\nWhat a day!',
    'No front matter at all, just good news.',
    { name: 'a byte-order mark and CRLF line endings', post: '\uFEFF---\r\ntitle: Hi\r\n---\r\n\r\nHello\r\n' },
    { name: 'a thematic break later in the post is not front matter', post: 'Intro\n\n---\n\nMore news' },
  ],
  invalid: [
    { name: 'invalid YAML', post: '---\ntitle: [unclosed\nchannel: website\n---\n\nHello', errors: [{ message: /not valid YAML/ }] },
    { name: 'front matter never closed', post: '---\ntitle: Sports Day\nchannel: website\n\nWhat a day!', errors: [{ message: /never closed/, line: 1 }] },
    {
      name: 'Windows-1252 text from Word is read, with a warning',
      post: Buffer.from('Caf\xe9 morning on Friday \x96 all welcome', 'latin1'),
      file: 'post.txt',
      errors: [{ severity: 'warning', message: /Windows-1252/ }],
    },
  ],
});
