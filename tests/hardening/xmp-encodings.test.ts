// An XMP sidecar saved in UTF-16 or UTF-32 (which the XMP specification allows, and which a Windows
// tool can write) was read as bytes: none of its words were found, and a place or a person named in
// it passed unseen. Each encoding is now read, and cleaned in its own encoding at its own length.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { stripMetadata } from '../../src/images/strip.js';
import { xmlText } from '../../src/load/decode.js';
import { jpeg, withSegments } from '../images/build.js';
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

  it.each(ENCODINGS)('%s: audit photos --strip-location cleans the sidecar in its own encoding, at its own length', (name, bytes) => {
    // Before, a UTF-16 or UTF-32 packet could not be edited (its names were searched as bytes): the
    // copy was refused. ExifTool's XMP.jpg holds such a packet (UTF-16 BE) inside the JPEG.
    const folder = `strip-${name.replace(/\W+/g, '-')}`;
    put(`${folder}/photos/photo.jpg`, new Uint8Array(0));
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(dir, folder, 'photos/photo.jpg'));
    put(`${folder}/photos/photo.xmp`, bytes);
    const r = runCli(['photos', 'photos', '--strip-location', '--out', 'clean'], { cwd: path.join(dir, folder) });
    expect(r.stderr).not.toMatch(/not cleaned/);
    const copy = readFileSync(path.join(dir, folder, 'clean/photo.xmp'));
    expect(copy.length).toBe(bytes.length);
    expect(xmlText(copy)).not.toMatch(/Exeter|photoshop:City/);
    expect(xmlText(copy)).toMatch(/^\s*<x:xmpmeta[\s\S]*<rdf:Description xmlns:photoshop="http:\/\/ns.adobe.com\/photoshop\/1.0\/"\s+\/>/);
  });

  it('a UTF-16 packet inside a JPEG (as in ExifTool\'s XMP.jpg) is cleaned in place', async () => {
    const photo = put('embedded/in.jpg', withSegments(await jpeg(), [0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), ENCODINGS[3]![1]])]));
    expect((await readImageMetadata(photo)).locationNames.map((v) => v.value)).toEqual(['Exeter']);
    const output = path.join(dir, 'embedded/out/in.jpg');
    const result = await stripMetadata(photo, output, { location: true, people: false });
    expect(result.written, result.message).toBe(true);
    expect(result.removed).toEqual(['XMP photoshop:City']);
    expect(readFileSync(output).length).toBe(readFileSync(photo).length);
    expect((await readImageMetadata(output)).locationNames).toEqual([]);
  });
});
