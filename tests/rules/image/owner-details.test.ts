import { ownerDetails } from '../../../src/rules/image/owner-details.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { jpeg } from '../../images/build.js';

const janes = await jpeg({ exif: { IFD0: { Make: 'Canon', Artist: 'Jane Doe' } } });
const school = await jpeg({ exif: { IFD0: { Artist: 'Oakfield Primary School' } } });

ruleTester(ownerDetails, {
  valid: [
    { name: 'the school as artist', post: '![Concert](photos/a.jpg)\n', files: { 'photos/a.jpg': school }, config: { school: { name: 'Oakfield Primary School' } } },
    { name: 'no owner fields', post: '![Concert](photos/a.jpg)\n', files: { 'photos/a.jpg': await jpeg() } },
  ],
  invalid: [
    { name: 'a teacher\'s own camera writes her name', post: '![Concert](photos/b.jpg)\n', files: { 'photos/b.jpg': janes }, errors: [{ message: /Jane Doe/, field: 'EXIF Artist' }] },
  ],
});
