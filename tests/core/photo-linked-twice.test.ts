// A photo linked from several places in a post is one photo: what its metadata holds is listed once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/core/engine.js';
import { GPS_EXIF, jpeg } from '../images/build.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-linked-twice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'beach.jpg'), await jpeg({ exif: GPS_EXIF }));
writeFileSync(path.join(dir, 'pier.jpg'), await jpeg({ exif: GPS_EXIF }));

async function audit(body: string) {
  writeFileSync(path.join(dir, 'post.md'), `---\napproved_by: Mrs Patel\n---\n\n${body}\n`);
  return (await runAudit({ inputs: [path.join(dir, 'post.md')], redact: false, cwd: dir })).files[0]!;
}

describe('a photo linked from several places in a post', () => {
  it('has its GPS position reported once, however many places show or link it', async () => {
    const file = await audit('![Beach](beach.jpg)\n\nSee [the full-size photo](beach.jpg) and <a href="beach.jpg">this one</a>.\n\n<video poster="beach.jpg"></video>');
    const gps = file.findings.filter((f) => f.ruleId === 'image/gps');
    expect(gps.map((f) => path.basename(f.location.file))).toEqual(['beach.jpg']);
  });

  it('has each different photo reported, and a missing photo at each place it is linked', async () => {
    const file = await audit('![Beach](beach.jpg)\n\n![Pier](pier.jpg)\n\n![Gone](gone.jpg) and again ![Gone](gone.jpg)');
    expect(file.findings.filter((f) => f.ruleId === 'image/gps').map((f) => path.basename(f.location.file))).toEqual(['beach.jpg', 'pier.jpg']);
    expect(file.findings.filter((f) => f.ruleId === 'image/unreadable')).toHaveLength(2);
  });

  it('is still reported where it is linked outside a suppressed paragraph', async () => {
    const file = await audit('<!-- audit-ignore image/gps: the map of the school field, agreed by the Head -->\n![Field](beach.jpg)\n\nAnd here it is again: ![Beach](beach.jpg)');
    expect(file.suppressed.filter((s) => s.finding.ruleId === 'image/gps')).toHaveLength(1);
    expect(file.findings.filter((f) => f.ruleId === 'image/gps')).toHaveLength(1);
  });
});
