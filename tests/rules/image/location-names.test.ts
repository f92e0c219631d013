import { locationNames } from '../../../src/rules/image/location-names.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { hasSharedFixtures, sharedPath } from '../../helpers/shared.js';
import { insertSegment, iptcApp13, jpeg, xmpPacket } from '../../images/build.js';

const plain = await jpeg({ exif: { IFD0: { Make: 'Canon', Model: 'Canon EOS 250D' } } });
const xmpCity = await jpeg({ xmp: xmpPacket('<photoshop:City>Keswick</photoshop:City>') });
const iptc = insertSegment(await jpeg(), 0xed, iptcApp13([[92, 'Derwent Hill'], [90, 'Keswick']]));

ruleTester(locationNames, {
  valid: [
    { name: 'a camera photo with no place names', post: 'Year 5 enjoyed sports day!\n\n![Sports day](photos/a.jpg)\n', files: { 'photos/a.jpg': plain } },
    { name: 'a place named only in the text is not metadata', post: 'We visited Keswick today.\n\n![Trip](photos/a.jpg)\n', files: { 'photos/a.jpg': plain } },
  ],
  invalid: [
    { name: 'XMP photoshop:City', post: '![Trip](photos/b.jpg)\n', files: { 'photos/b.jpg': xmpCity }, errors: [{ message: /Keswick/, field: 'XMP photoshop:City' }] },
    { name: 'IPTC Sub-location and City', post: '![Trip](photos/c.jpg)\n', files: { 'photos/c.jpg': iptc }, errors: [{ message: /Derwent Hill, Keswick/ }] },
    ...(hasSharedFixtures
      ? [{ name: 'a real agency photo (IPTC/XMP LocationShown)', target: 'p.jpg', files: { 'p.jpg': sharedPath('images', 'exifr/iptc-staff-photographer-example.jpg') }, errors: [{ message: /Watseka/ }] }]
      : []),
  ],
});
