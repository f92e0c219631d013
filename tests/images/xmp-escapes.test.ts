// XMP is XML: writers escape & < > " ' in text (ExifTool writes O'Brien as O&#39;Brien), and the XMP
// parser leaves the escapes in. Found by hand: a face tagged "Siobhan O'Brien" by ExifTool was
// reported as "Siobhan O&#39;Brien", matched to the consent record as "Siobhan O", and her full
// name with a photo (consent/full-name-with-media) went unnoticed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { runCli } from '../helpers/cli.js';
import { faceRegion, jpeg, xmpPacket } from './build.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-xmp-escapes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('XML escapes in XMP text', () => {
  it('names and places read as written: &#39; &amp; &lt; &#x…; undone once, nothing else touched', async () => {
    const body = `${faceRegion('Siobhan O&#39;Brien')}
<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Tom &amp; Jerry</rdf:li><rdf:li>Zo&#xEB; &quot;Z&quot; Smith</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>
<photoshop:City>&amp;lt;b&amp;gt; Caf&amp;eacute; &#0; &#xD800;</photoshop:City>`;
    const file = path.join(dir, 'escaped.jpg');
    writeFileSync(file, await jpeg({ xmp: xmpPacket(body) }));
    const m = await readImageMetadata(file);
    expect(m.people.map((p) => p.value).sort()).toEqual(['Siobhan O\'Brien', 'Tom & Jerry', 'Zoë "Z" Smith']);
    expect(m.locationNames.map((p) => p.value)).toEqual(['&lt;b&gt; Caf&eacute; &#0; &#xD800;']);
  });

  it('a pupil tagged in a photo with an apostrophe in the name is matched to the consent record', async () => {
    writeFileSync(path.join(dir, '.postauditrc.json'), JSON.stringify({ consent: { file: 'consent.csv' } }));
    writeFileSync(path.join(dir, 'consent.csv'), "first_name,last_name,photo_website,photo_social,name_published,do_not_publish\nSiobhan,O'Brien,Y,Y,Y,Y\n");
    writeFileSync(path.join(dir, 'tagged.jpg'), await jpeg({ xmp: xmpPacket(faceRegion('Siobhan O&#39;Brien')) }));
    writeFileSync(path.join(dir, 'post.md'), '---\napproved_by: Mrs Patel\n---\nSports day.\n\n![Sports day](tagged.jpg)\n');
    const r = runCli(['post.md', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string; message: string }[] }[] }).files.flatMap((f) => f.findings);
    // Before: "Siobhan O is on the do-not-publish list", and the full name went unnoticed.
    expect(findings.find((f) => f.ruleId === 'consent/do-not-publish')?.message).toMatch(/^Siobhan O'Brien is on the do-not-publish list/);
    expect(findings.map((f) => f.ruleId)).toContain('consent/full-name-with-media');
  });
});
