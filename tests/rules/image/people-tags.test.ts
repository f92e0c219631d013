import { peopleTags } from '../../../src/rules/image/people-tags.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { hasSharedFixtures, sharedPath } from '../../helpers/shared.js';
import { faceRegion, jpeg, xmpPacket } from '../../images/build.js';

const tagged = await jpeg({ xmp: xmpPacket(faceRegion('Amelia Smith')) });
const keywords = await jpeg({ xmp: xmpPacket('<dc:subject><rdf:Bag><rdf:li>sports day</rdf:li></rdf:Bag></dc:subject>') });
const person = await jpeg({ xmp: xmpPacket('<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Oliver Jones</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>') });

ruleTester(peopleTags, {
  valid: [
    { name: 'keywords are not people tags', post: '![Sports day](photos/a.jpg)\n', files: { 'photos/a.jpg': keywords } },
    { name: 'no XMP at all', post: '![Sports day](photos/a.jpg)\n', files: { 'photos/a.jpg': await jpeg() } },
  ],
  invalid: [
    { name: 'an MWG face region with a name', post: '![Class](photos/b.jpg)\n', files: { 'photos/b.jpg': tagged }, errors: [{ message: /Amelia Smith/, field: 'XMP mwg-rs:Regions' }] },
    { name: 'IPTC PersonInImage', post: '![Class](photos/c.jpg)\n', files: { 'photos/c.jpg': person }, errors: [{ message: /Oliver Jones/ }] },
    { name: 'names are redacted in CI output', redact: true, post: '![Class](photos/b.jpg)\n', files: { 'photos/b.jpg': tagged }, errors: [{ message: /^(?!.*Amelia).*names a person/ }] },
    ...(hasSharedFixtures ? [{ name: 'a real Lightroom face region', target: 'p.jpg', files: { 'p.jpg': sharedPath('images', 'exifr/issue-exifr-59.jpg') }, errors: [{ message: /Alvin the Squirrel/ }] }] : []),
  ],
});
