// A link's web address is published with the post: a pupil's name in the address of one of the
// school's own pages ("[the story](/news/seun-adebayo-wins)") is as public as in the text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareNameKnowledge } from '../../src/consent/knowledge.js';
import { findPupilMentions } from '../../src/consent/mentions.js';
import { runAudit } from '../../src/core/engine.js';
import { loadPost } from '../../src/load/post.js';
import { HEADER, recordFrom } from './helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-link-addresses-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const school = { emailDomains: ['harbourside.example.sch.uk'] };
const record = await recordFrom(['Oluwaseun,Adebayo,Seun,5,N,N,N,N,Y,,', 'Kwame,Mensah,,6,Y,Y,Y,Y,N,,']);

let count = 0;
async function pupilsLinked(body: string, extension = 'md'): Promise<string[]> {
  await prepareNameKnowledge();
  const file = path.join(dir, `post-${count++}.${extension}`);
  writeFileSync(file, body);
  const post = await loadPost(file, { root: dir, school });
  return findPupilMentions(post, record, { root: dir, school }).map((m) => `${m.text} → ${m.pupils.map((p) => p.firstName).join(' / ')}${m.segment.storedIn ? ` (${m.segment.storedIn})` : ''}`);
}

describe('names in the addresses of links to the school’s own pages', () => {
  it('are read from a relative link, a link to the school’s own site, and an HTML link', async () => {
    expect(await pupilsLinked('Read [the full story](/news/oluwaseun-adebayo-wins-award) on our site.\n')).toEqual([
      'oluwaseun adebayo → Oluwaseun (the link address /news/oluwaseun-adebayo-wins-award)',
    ]);
    expect(await pupilsLinked('More [here](https://www.harbourside.example.sch.uk/2026/06/seun-adebayo/?ref=fb#top).\n')).toEqual([
      'seun adebayo → Oluwaseun (the link address https://www.harbourside.example.sch.uk/2026/06/seun-adebayo/?ref=fb#top)',
    ]);
    expect(await pupilsLinked('Well done (see <a href="../gallery/Kwame_Mensah.html">here</a>)!\n')).toEqual(['Kwame Mensah → Kwame (the link address ../gallery/Kwame_Mensah.html)']);
    expect(await pupilsLinked('<p>Our <a href="/news/seun-adebayo-art">winner</a>.</p>\n', 'html')).toEqual(['seun adebayo → Oluwaseun (the link address /news/seun-adebayo-art)']);
  });

  it('are not read from other sites’ addresses, anchors, queries or other schemes', async () => {
    expect(await pupilsLinked('As [the BBC reported](https://www.bbc.co.uk/news/seun-adebayo-wins), and [Wikipedia](//en.wikipedia.org/wiki/Kwame_Mensah).\n')).toEqual([]);
    expect(await pupilsLinked('[Top](#kwame-mensah) · [search](?q=seun-adebayo) · [x](javascript:kwame_mensah()) · [home](/)\n')).toEqual([]);
    expect(await pupilsLinked('[Our news](/news/year-6-leavers-assembly) and [the trip](/2026/07/roman-baths/)\n')).toEqual([]);
  });

  it('are reported without the name when names are redacted (CI)', async () => {
    const consent = path.join(dir, 'consent.csv');
    writeFileSync(consent, `${HEADER}\nOluwaseun,Adebayo,Seun,5,N,N,N,N,Y,,\n`);
    writeFileSync(path.join(dir, 'redacted.md'), '---\napproved_by: Mrs Patel\n---\n\nRead [the story](/news/oluwaseun-adebayo-wins).\n');
    const result = await runAudit({ inputs: [path.join(dir, 'redacted.md')], consent, redact: true, cwd: dir });
    const findings = result.files[0]!.findings.filter((f) => f.ruleId === 'consent/do-not-publish');
    expect(findings.map((f) => f.message)).toEqual(['a pupil named in the address of a link in line 5 is on the do-not-publish list']);
    expect(JSON.stringify(result)).not.toMatch(/oluwaseun|adebayo/i);
  });
});
