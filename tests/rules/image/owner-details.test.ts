import { ownerDetails } from '../../../src/rules/image/owner-details.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { jpeg, xmpPacket } from '../../images/build.js';

const janes = await jpeg({ exif: { IFD0: { Make: 'Canon', Artist: 'Jane Doe' } } });
// The photographer's contact details, as IPTC Core records them (an editor's "IPTC contact" panel).
const contact = await jpeg({ xmp: xmpPacket('<Iptc4xmpCore:CreatorContactInfo rdf:parseType="Resource" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"><Iptc4xmpCore:CiEmailWork>jane@example.com</Iptc4xmpCore:CiEmailWork><Iptc4xmpCore:CiTelWork>07700 900123</Iptc4xmpCore:CiTelWork></Iptc4xmpCore:CreatorContactInfo>') });
// A name in EXIF Artist and the same photographer's contact details in IPTC Core.
const both = await jpeg({ exif: { IFD0: { Artist: 'Jane Doe' } }, xmp: xmpPacket('<Iptc4xmpCore:CreatorContactInfo rdf:parseType="Resource" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"><Iptc4xmpCore:CiEmailWork>jane@example.com</Iptc4xmpCore:CiEmailWork></Iptc4xmpCore:CreatorContactInfo>') });
const school = await jpeg({ exif: { IFD0: { Artist: 'Oakfield Primary School' } } });

ruleTester(ownerDetails, {
  valid: [
    { name: 'the school as artist', post: '![Concert](photos/a.jpg)\n', files: { 'photos/a.jpg': school }, config: { school: { name: 'Oakfield Primary School' } } },
    { name: 'no owner fields', post: '![Concert](photos/a.jpg)\n', files: { 'photos/a.jpg': await jpeg() } },
  ],
  invalid: [
    { name: 'a teacher\'s own camera writes her name', post: '![Concert](photos/b.jpg)\n', files: { 'photos/b.jpg': janes }, errors: [{ message: /Jane Doe/, field: 'EXIF Artist' }] },
    { name: 'a name and contact details together', post: '![Concert](photos/d.jpg)\n', files: { 'photos/d.jpg': both }, errors: [{ message: /name and contact details: Jane Doe, jane@example\.com/ }] },
    { name: 'the photographer\'s e-mail and phone in IPTC Core', post: '![Concert](photos/c.jpg)\n', files: { 'photos/c.jpg': contact }, errors: [{ message: /contact details: jane@example\.com, 07700 900123/, field: 'XMP Iptc4xmpCore:CreatorContactInfo' }] },
  ],
});
