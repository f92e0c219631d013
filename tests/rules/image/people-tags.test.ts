import { peopleTags } from '../../../src/rules/image/people-tags.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { hasSharedFixtures, sharedPath } from '../../helpers/shared.js';
import { faceRegion, jpeg, xmpPacket } from '../../images/build.js';

const tagged = await jpeg({ xmp: xmpPacket(faceRegion('Amelia Smith')) });
const keywords = await jpeg({ xmp: xmpPacket('<dc:subject><rdf:Bag><rdf:li>sports day</rdf:li></rdf:Bag></dc:subject>') });
const imageRegion = (type: string | undefined, name: string) =>
  jpeg({
    xmp: xmpPacket(
      `<Iptc4xmpExt:ImageRegion><rdf:Bag><rdf:li rdf:parseType="Resource"><Iptc4xmpExt:Name><rdf:Alt><rdf:li xml:lang="x-default">${name}</rdf:li></rdf:Alt></Iptc4xmpExt:Name>` +
        (type ? `<Iptc4xmpExt:rCtype><rdf:Bag><rdf:li rdf:parseType="Resource"><xmp:Identifier><rdf:Bag><rdf:li>http://cv.iptc.org/newscodes/imageregiontype/${type}</rdf:li></rdf:Bag></xmp:Identifier></rdf:li></rdf:Bag></Iptc4xmpExt:rCtype>` : '') +
        '</rdf:li></rdf:Bag></Iptc4xmpExt:ImageRegion>',
    ),
  });
const mediaPro = await jpeg({ xmp: xmpPacket('<mediapro:People xmlns:mediapro="http://ns.iview-multimedia.com/mediapro/1.0/"><rdf:Bag><rdf:li>Zara Ahmed</rdf:li></rdf:Bag></mediapro:People>') });
const person = await jpeg({ xmp: xmpPacket('<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Oliver Jones</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>') });

ruleTester(peopleTags, {
  valid: [
    { name: 'keywords are not people tags', post: '![Sports day](photos/a.jpg)\n', files: { 'photos/a.jpg': keywords } },
    { name: 'no XMP at all', post: '![Sports day](photos/a.jpg)\n', files: { 'photos/a.jpg': await jpeg() } },
    { name: 'an IPTC image region that shows an animal, named', post: '![Farm visit](photos/a.jpg)\n', files: { 'photos/a.jpg': await imageRegion('animal', 'Daisy the cow') } },
  ],
  invalid: [
    { name: 'an MWG face region with a name', post: '![Class](photos/b.jpg)\n', files: { 'photos/b.jpg': tagged }, errors: [{ message: /Amelia Smith/, field: 'XMP mwg-rs:Regions' }] },
    { name: 'an IPTC image region showing a person (IPTC 2019)', post: '![Class](photos/d.jpg)\n', files: { 'photos/d.jpg': await imageRegion('human', 'Leo Clarke') }, errors: [{ message: /Leo Clarke/, field: 'XMP Iptc4xmpExt:ImageRegion' }] },
    { name: 'an IPTC image region that does not say what it shows', post: '![Class](photos/d.jpg)\n', files: { 'photos/d.jpg': await imageRegion(undefined, 'Leo Clarke') }, errors: [{ message: /Leo Clarke/ }] },
    { name: 'Media Pro People', post: '![Class](photos/e.jpg)\n', files: { 'photos/e.jpg': mediaPro }, errors: [{ message: /Zara Ahmed/, field: 'XMP mediapro:People' }] },
    { name: 'IPTC PersonInImage', post: '![Class](photos/c.jpg)\n', files: { 'photos/c.jpg': person }, errors: [{ message: /Oliver Jones/ }] },
    { name: 'names are redacted in CI output', redact: true, post: '![Class](photos/b.jpg)\n', files: { 'photos/b.jpg': tagged }, errors: [{ message: /^(?!.*Amelia).*names a person/ }] },
    ...(hasSharedFixtures ? [{ name: 'a real Lightroom face region', target: 'p.jpg', files: { 'p.jpg': sharedPath('images', 'exifr/issue-exifr-59.jpg') }, errors: [{ message: /Alvin the Squirrel/ }] }] : []),
  ],
});
