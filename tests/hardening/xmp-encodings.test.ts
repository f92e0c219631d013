// An XMP sidecar saved in UTF-16 or UTF-32 (which the XMP specification allows, and which a Windows
// tool can write) was read as bytes: none of its words were found, and a place or a person named in
// it passed unseen. Each encoding is now read, and a cleaned copy that still names the place is refused.
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { examplesDir, runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';

const { dir, put } = tempFolder('xmp-encodings');
const PACKET =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Exeter"/></rdf:RDF></x:xmpmeta>';

function utf32(text: string, little: boolean): Buffer {
  const points = [...`\ufeff${text}`].map((c) => c.codePointAt(0)!);
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (little ? bytes.writeUInt32LE(p, i * 4) : bytes.writeUInt32BE(p, i * 4)));
  return bytes;
}

const ENCODINGS: [string, Buffer][] = [
  ['UTF-16 LE with a byte-order mark', Buffer.from(`\ufeff${PACKET}`, 'utf16le')],
  ['UTF-16 BE with a byte-order mark', Buffer.from(`\ufeff${PACKET}`, 'utf16le').swap16()],
  ['UTF-16 LE without one', Buffer.from(PACKET, 'utf16le')],
  ['UTF-16 BE without one', Buffer.from(PACKET, 'utf16le').swap16()],
  ['UTF-32 LE', utf32(PACKET, true)],
  ['UTF-32 BE', utf32(PACKET, false)],
  ['UTF-8 (unchanged)', Buffer.from(PACKET)],
];

describe('XMP sidecars in every encoding the XMP specification allows', () => {
  it.each(ENCODINGS)('%s: the place it names is found', async (name, bytes) => {
    const photo = put(`${name}/photo.jpg`, new Uint8Array(0));
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), photo);
    writeFileSync(path.join(path.dirname(photo), 'photo.xmp'), bytes);
    const metadata = await readImageMetadata(photo, { thumbnail: 'off' });
    expect(metadata.error).toBeUndefined();
    expect(metadata.locationNames).toContainEqual(expect.objectContaining({ field: 'XMP sidecar photoshop:City', value: 'Exeter' }));
  });

  it('audit photos --strip-location does not write a UTF-16 sidecar copy that still names the place', () => {
    put('strip/photos/photo.jpg', new Uint8Array(0));
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(dir, 'strip/photos/photo.jpg'));
    put('strip/photos/photo.xmp', ENCODINGS[0]![1]);
    const r = runCli(['photos', 'photos', '--strip-location', '--out', 'clean'], { cwd: path.join(dir, 'strip') });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/photo\.xmp: not cleaned: the cleaned copy still carried place names \(XMP photoshop:City\)/);
    expect(existsSync(path.join(dir, 'strip/clean/photo.xmp'))).toBe(false);
  });
});
