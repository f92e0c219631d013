import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { RECORD } from '../rules/consent/fixtures.js';
import { iptcApp13, insertSegment, jpeg, mp4, pngTextChunk, scene, withPngChunks, xmpPacket } from './build.js';

// The titles, captions and keywords stored inside a photo: a website often shows them beside it
// (WordPress fills an upload's title and caption from IPTC), so a post's photos' captions are read.
const captionsOf = async (bytes: Buffer, captions = true) => (await readImageMetadata(bytes, { captions, thumbnail: 'off' })).captions;

describe('captions stored in a photo', () => {
  it('are read from EXIF, IPTC and XMP, once each, when asked', async () => {
    const withExif = await jpeg({ exif: { IFD0: { ImageDescription: 'Amelia Smith on sports day' } } });
    expect(await captionsOf(withExif)).toEqual([{ field: 'EXIF ImageDescription', value: 'Amelia Smith on sports day' }]);
    const withIptc = insertSegment(await jpeg(), 0xed, iptcApp13([[5, 'Sports day'], [105, 'Winners'], [120, 'Oscar Brown wins the sack race'], [25, 'Year 4'], [90, 'Keswick']]));
    expect(await captionsOf(withIptc)).toEqual([
      { field: 'IPTC ObjectName', value: 'Sports day' },
      { field: 'IPTC Headline', value: 'Winners' },
      { field: 'IPTC Caption-Abstract', value: 'Oscar Brown wins the sack race' },
      { field: 'IPTC Keywords', value: 'Year 4' },
    ]);
    const xmp = xmpPacket(
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Freya Hill</rdf:li></rdf:Alt></dc:title><dc:description><rdf:Alt><rdf:li xml:lang="x-default">Ring 07700 900123</rdf:li></rdf:Alt></dc:description><dc:subject><rdf:Bag><rdf:li>trip</rdf:li></rdf:Bag></dc:subject><photoshop:Headline>Beach day</photoshop:Headline>',
    );
    expect((await captionsOf(await jpeg({ xmp })))?.map((c) => `${c.field}=${c.value}`)).toEqual(['XMP dc:title=Freya Hill', 'XMP dc:description=Ring 07700 900123', 'XMP dc:subject=trip', 'XMP photoshop:Headline=Beach day']);
    // Not asked for (audit photos): not read.
    expect(await captionsOf(withIptc, false)).toBeUndefined();
  });

  it("are read from a PNG's text chunks and a video's title, description and keywords", async () => {
    const png = withPngChunks(
      await (await scene()).png().toBuffer(),
      pngTextChunk('tEXt', 'Title', Buffer.from('Sports day')),
      pngTextChunk('iTXt', 'Description', Buffer.from('Amelia Smith wins')),
      pngTextChunk('tEXt', 'Software', Buffer.from('GIMP')),
    );
    expect(await captionsOf(png)).toEqual([
      { field: 'PNG Title', value: 'Sports day' },
      { field: 'PNG Description', value: 'Amelia Smith wins' },
    ]);
    const video = mp4({ appleKeys: [['com.apple.quicktime.title', "Freya's first race"], ['com.apple.quicktime.description', 'Ring 07700 900123'], ['com.apple.quicktime.software', '17.1']] });
    expect(await captionsOf(video)).toEqual([
      { field: 'QuickTime Title', value: "Freya's first race" },
      { field: 'QuickTime Description', value: 'Ring 07700 900123' },
    ]);
    expect(await captionsOf(video, false)).toBeUndefined();
  });

  it('leave out what cameras write by themselves', async () => {
    for (const boilerplate of ['OLYMPUS DIGITAL CAMERA', 'SONY DSC', 'KODAK Digital Still Camera', 'Exif_JPEG_PICTURE', 'IMG_1234.JPG', '   ', 'Default']) {
      expect(await captionsOf(await jpeg({ exif: { IFD0: { ImageDescription: boilerplate } } })), boilerplate).toEqual([]);
    }
  });

  const shared = path.resolve('../shared/fixtures/images/exifr/iptc-staff-photographer-example.jpg');
  it.skipIf(!existsSync(shared))('are read from a real agency photo (../shared/fixtures/images; skipped where that folder is absent)', async () => {
    const metadata = await readImageMetadata(shared, { captions: true, thumbnail: 'off' });
    expect(metadata.captions).toContainEqual({ field: 'EXIF ImageDescription', value: expect.stringContaining('Jim Moore hops off to hand-set more leeks') });
    expect(metadata.captions?.filter((c) => c.field === 'IPTC Keywords').length).toBeGreaterThan(3);
  });
});

describe('a post whose photo carries a caption', () => {
  const { dir } = tempFolder('photo-captions');
  mkdirSync(path.join(dir, 'photos'), { recursive: true });
  writeFileSync(path.join(dir, 'consent.csv'), RECORD);
  writeFileSync(path.join(dir, '.postauditrc.json'), '{}');

  it('is checked like the post’s own text, at the photo’s place', async () => {
    writeFileSync(path.join(dir, 'photos', 'race.jpg'), insertSegment(await jpeg(), 0xed, iptcApp13([[120, 'Freya Hill (6B) wins the race. Ring her mum on 07700 900123']])));
    writeFileSync(path.join(dir, 'post.md'), '---\napproved_by: J. Patel\n---\n\n# Sports day\n\nWhat a day!\n\n![The race](photos/race.jpg)\n');
    const result = runCli(['post.md', '--consent', 'consent.csv', '--format', 'json', '--no-redact'], { cwd: dir });
    const findings = (JSON.parse(result.stdout) as { files: { findings: { ruleId: string; location?: { line?: number }; message: string }[] }[] }).files[0]!.findings;
    const at = (id: string) => findings.filter((f) => f.ruleId === id).map((f) => f.location?.line);
    expect(at('text/personal-data')).toEqual([9]);
    expect(at('consent/no-consent')).toEqual([9]);
    // Said where: the post's line 9 only shows the photo.
    for (const finding of findings.filter((f) => f.ruleId !== 'image/gps')) expect(finding.message).toContain('(in the IPTC Caption-Abstract stored in photos/race.jpg)');
    expect(result.status).toBe(1);
  });

  it('says where an unknown name was found: in the caption stored in the photo, not on the line', async () => {
    writeFileSync(path.join(dir, 'photos', 'team.jpg'), insertSegment(await jpeg(), 0xed, iptcApp13([[120, 'Captain Zachary Whitfield lifts the cup']])));
    writeFileSync(path.join(dir, 'team.md'), '---\napproved_by: J. Patel\n---\n\nWhat a season!\n\n![The cup](photos/team.jpg)\n');
    const result = runCli(['team.md', '--consent', 'consent.csv', '--format', 'json', '--no-redact'], { cwd: dir });
    const unknown = (JSON.parse(result.stdout) as { files: { findings: { ruleId: string; message: string }[] }[] }).files[0]!.findings.filter((f) => f.ruleId === 'consent/unknown-name');
    expect(unknown.map((f) => f.message)).toContainEqual(expect.stringMatching(/^Zachary Whitfield looks like a person's name .*\(in the IPTC Caption-Abstract stored in photos\/team\.jpg\)$/));
  });

  it('passes when the caption says nothing a post may not', async () => {
    writeFileSync(path.join(dir, 'photos', 'field.jpg'), insertSegment(await jpeg(), 0xed, iptcApp13([[120, 'The school field on sports day'], [25, 'sports day']])));
    writeFileSync(path.join(dir, 'clean.md'), '---\napproved_by: J. Patel\n---\n\nWhat a day!\n\n![The field](photos/field.jpg)\n');
    const result = runCli(['clean.md', '--consent', 'consent.csv', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout).files[0].findings).toEqual([]);
    expect(result.status).toBe(0);
  });
});
