// The byte search that decides whether an XMP packet is worth parsing: a packet of megabytes (a depth
// map or a preview stored in base64) is searched in one pass, and must give the same answers.
import { describe, expect, it } from 'vitest';
import { xmpEdited, xmpMightMatter } from '../../src/images/xmp.js';
import { xmpPacket } from './build.js';

const filler = (bytes: number) => Buffer.alloc(bytes, 'QUJDRGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo0NTY3ODkr', 'latin1');
const big = (body: string, at: 'start' | 'end') => {
  const packet = Buffer.from(xmpPacket(body), 'latin1');
  return at === 'start' ? Buffer.concat([packet, filler(2_000_000)]) : Buffer.concat([filler(2_000_000), packet]);
};

describe('xmpMightMatter and xmpEdited on small and very large packets', () => {
  it('find a property that matters wherever it sits, and the edit marks', () => {
    for (const at of ['start', 'end'] as const) {
      expect(xmpMightMatter(big('<exif:GPSLatitude>54,35.2N</exif:GPSLatitude>', at)), at).toBe(true);
      expect(xmpMightMatter(big('<photoshop:By-line>Jo</photoshop:By-line>', at)), at).toBe(true);
      expect(xmpEdited(big('<xmpMM:History/>', at)), at).toBe(true);
      expect(xmpEdited(big('<x crs:Exposure2012="0"/>', at)), at).toBe(true);
    }
    expect(xmpMightMatter(Buffer.from(xmpPacket('<dc:creator>Jo</dc:creator>')))).toBe(true);
    // In a large packet only names count: a word inside a longer name, an unprefixed element in a
    // default namespace, an attribute; not a word in a value.
    expect(xmpMightMatter(big('<rdf:Description exifEX:BodySerialNumber="123"/>', 'end'))).toBe(true);
    expect(xmpMightMatter(big('<GPSLatitude xmlns="http://ns.adobe.com/exif/1.0/">54,35.2N</GPSLatitude>', 'end'))).toBe(true);
    expect(xmpMightMatter(big('<dc:title>A City trip to the State Museum</dc:title>', 'start'))).toBe(false);
    expect(xmpEdited(big('<dc:title>Lightroom crs settings</dc:title>', 'end'))).toBe(false);
    expect(xmpEdited(Buffer.from(xmpPacket('<xmpMM:History/>')))).toBe(true);
  });

  it('skip a packet that holds none of them, small or large', () => {
    // Not xmpPacket(): its namespace list names RegionInfo, which is worth parsing for.
    const plain = Buffer.from('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Sports day</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>', 'latin1');
    expect(xmpMightMatter(plain)).toBe(false);
    expect(xmpMightMatter(Buffer.concat([filler(2_000_000), plain]))).toBe(false);
    expect(xmpEdited(Buffer.concat([plain, filler(2_000_000)]))).toBe(false);
  });
});
