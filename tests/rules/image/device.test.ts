import { device } from '../../../src/rules/image/device.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { jpeg } from '../../images/build.js';

const iphone = await jpeg({ exif: { IFD0: { Make: 'Apple', Model: 'iPhone 15' } } });
const canon = await jpeg({ exif: { IFD0: { Make: 'Canon', Model: 'Canon EOS 250D' } } });
const devices = [{ make: 'Canon', model: 'Canon EOS 250D' }];

ruleTester(device, {
  valid: [
    { name: 'the school\'s listed camera', post: '![Match](photos/a.jpg)\n', files: { 'photos/a.jpg': canon }, config: { devices } },
    { name: 'no devices list in the config: the rule stays silent', post: '![Match](photos/a.jpg)\n', files: { 'photos/a.jpg': iphone } },
    { name: 'a photo with no camera fields', post: '![Match](photos/a.jpg)\n', files: { 'photos/a.jpg': await jpeg() }, config: { devices } },
  ],
  invalid: [
    { name: 'a personal phone', post: '![Match](photos/b.jpg)\n', files: { 'photos/b.jpg': iphone }, config: { devices }, errors: [{ message: /Apple iPhone 15/ }] },
  ],
});
