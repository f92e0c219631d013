import { unreadable } from '../../../src/rules/image/unreadable.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { jpeg } from '../../images/build.js';

const clean = await jpeg();

ruleTester(unreadable, {
  valid: [
    { name: 'a photo that exists inside the project', post: '![Sports day](photos/sports.jpg)\n', files: { 'photos/sports.jpg': clean } },
    { name: 'a remote image is image/remote, not unreadable', post: '![Team](https://example.org/team.jpg)\n' },
    { name: 'no images at all', post: 'Year 4 loved their trip to the Roman baths!' },
  ],
  invalid: [
    { name: 'a missing file', post: 'Look!\n\n![Trip](photos/missing.jpg)\n', errors: [{ message: /photos\/missing\.jpg: file not found/, line: 3, column: 1 }] },
    { name: 'a path outside the project', post: '![x](../../etc/secret.jpg)\n', errors: [{ message: /outside the project folder/ }] },
    { name: 'random bytes named .jpg', target: 'random.jpg', files: { 'random.jpg': Buffer.from('this is not an image at all, just text') }, errors: [{ message: /not an image or video format/ }] },
    { name: 'a zero-byte file', target: 'empty.jpg', files: { 'empty.jpg': Buffer.alloc(0) }, errors: [{ message: /empty/ }] },
    { name: 'a data: URL', post: '![x](data:image/png;base64,iVBORw0KGgo=)\n', errors: [{ message: /data: URL/ }] },
  ],
});
