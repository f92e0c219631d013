import { ownerDetails } from '../../../src/rules/image/owner-details.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { hasSharedFixtures, sharedPath } from '../../helpers/shared.js';
import { insertSegment, jpeg, xmpPacket } from '../../images/build.js';

const janes = await jpeg({ exif: { IFD0: { Make: 'Canon', Artist: 'Jane Doe' } } });
// The photographer's contact details, as IPTC Core records them (an editor's "IPTC contact" panel).
const contact = await jpeg({ xmp: xmpPacket('<Iptc4xmpCore:CreatorContactInfo rdf:parseType="Resource" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"><Iptc4xmpCore:CiEmailWork>jane@example.com</Iptc4xmpCore:CiEmailWork><Iptc4xmpCore:CiTelWork>07700 900123</Iptc4xmpCore:CiTelWork></Iptc4xmpCore:CreatorContactInfo>') });
// A name in EXIF Artist and the same photographer's contact details in IPTC Core.
const both = await jpeg({ exif: { IFD0: { Artist: 'Jane Doe' } }, xmp: xmpPacket('<Iptc4xmpCore:CreatorContactInfo rdf:parseType="Resource" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"><Iptc4xmpCore:CiEmailWork>jane@example.com</Iptc4xmpCore:CiEmailWork></Iptc4xmpCore:CreatorContactInfo>') });
/**
 * An early Canon PowerShot's APP0 CIFF heap, as in its CRW files: a 26-byte header ("II", its length,
 * "HEAPJPGM"), then a heap whose last four bytes give where its directory is: one entry, the owner's name.
 */
function ciffSegment(owner: string): Buffer {
  const header = Buffer.alloc(26);
  header.write('II', 0, 'latin1');
  header.writeUInt32LE(26, 2);
  header.write('HEAPJPGM', 6, 'latin1');
  const name = Buffer.from(`${owner}\0`, 'latin1');
  const directory = Buffer.alloc(12);
  directory.writeUInt16LE(1, 0);
  directory.writeUInt16LE(0x0810, 2); // OwnerName, an ASCII value in the heap
  directory.writeUInt32LE(name.length, 4);
  directory.writeUInt32LE(0, 8);
  const at = Buffer.alloc(4);
  at.writeUInt32LE(name.length, 0);
  return Buffer.concat([header, name, directory, at]);
}
const powerShot = insertSegment(await jpeg(), 0xe0, ciffSegment('Chris Smith'));
const school = await jpeg({ exif: { IFD0: { Artist: 'Oakfield Primary School' } } });

ruleTester(ownerDetails, {
  valid: [
    { name: 'the school as artist', post: '![Concert](photos/a.jpg)\n', files: { 'photos/a.jpg': school }, config: { school: { name: 'Oakfield Primary School' } } },
    { name: 'no owner fields', post: '![Concert](photos/a.jpg)\n', files: { 'photos/a.jpg': await jpeg() } },
  ],
  invalid: [
    { name: 'a teacher\'s own camera writes her name', post: '![Concert](photos/b.jpg)\n', files: { 'photos/b.jpg': janes }, errors: [{ message: /Jane Doe/, field: 'EXIF Artist' }] },
    { name: 'a name and contact details together', post: '![Concert](photos/d.jpg)\n', files: { 'photos/d.jpg': both }, errors: [{ message: /name and contact details: Jane Doe, jane@example\.com/ }] },
    { name: "an early Canon PowerShot's owner in the CIFF heap of its APP0 segment", post: '![Fair](photos/e.jpg)\n', files: { 'photos/e.jpg': powerShot }, errors: [{ message: /Chris Smith/, field: 'CIFF OwnerName' }] },
    ...(hasSharedFixtures ? [{ name: 'the same in a real PowerShot A5 photo', target: 'p.jpg', files: { 'p.jpg': sharedPath('images', 'exif-samples/jpg/exif-org/sony-powershota5.jpg') }, errors: [{ message: /Chris Smith/ }] }] : []),
    { name: 'the photographer\'s e-mail and phone in IPTC Core', post: '![Concert](photos/c.jpg)\n', files: { 'photos/c.jpg': contact }, errors: [{ message: /contact details: jane@example\.com, 07700 900123/, field: 'XMP Iptc4xmpCore:CreatorContactInfo' }] },
  ],
});
