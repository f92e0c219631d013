import { copyright } from '../../../src/rules/image/copyright.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { jpeg } from '../../images/build.js';

const agency = await jpeg({ exif: { IFD0: { Copyright: '©2010 Big Newspaper' } } });
const ours = await jpeg({ exif: { IFD0: { Copyright: 'Oakfield Primary School' } } });

ruleTester(copyright, {
  valid: [
    { name: 'credited in the post', post: 'Our choir on stage.\n\n![Choir](photos/a.jpg)\n\nPhoto: Big Newspaper\n', files: { 'photos/a.jpg': agency } },
    { name: 'courtesy of', post: 'Our choir, courtesy of Big Newspaper.\n\n![Choir](photos/a.jpg)\n', files: { 'photos/a.jpg': agency } },
    { name: 'the school\'s own copyright', post: '![Choir](photos/a.jpg)\n', files: { 'photos/a.jpg': ours }, config: { school: { name: 'Oakfield Primary School' } } },
  ],
  invalid: [
    { name: 'someone else\'s photo, no credit', post: 'Our choir on stage.\n\n![Choir](photos/b.jpg)\n', files: { 'photos/b.jpg': agency }, errors: [{ message: /Big Newspaper/ }] },
  ],
});
