// Pictures pasted into a post (data: URLs) go through the audit's image reading like linked files:
// each place that holds one gets its finding, and one picture pasted many times is read once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/core/engine.js';
import { GPS_EXIF, jpeg } from '../images/build.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-pasted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pictures pasted into a post', () => {
  it('reports a GPS position at every place the picture is pasted', async () => {
    const photo = (await jpeg({ exif: GPS_EXIF })).toString('base64');
    const pasted = Array.from({ length: 300 }, (_, i) => `Photo ${i}:\n\n![p](data:image/jpeg;base64,${photo})`).join('\n\n');
    writeFileSync(path.join(dir, 'post.md'), `---\napproved_by: Mrs Patel\n---\n\n${pasted}\n`);
    const result = await runAudit({ inputs: [path.join(dir, 'post.md')], redact: false, cwd: dir });
    const gps = result.files[0]!.findings.filter((f) => f.ruleId === 'image/gps');
    expect(gps).toHaveLength(300);
    expect(gps.every((f) => f.location.file === result.files[0]!.path && f.location.field === 'GPSLatitude')).toBe(true);
    expect(gps[0]!.location.line).toBe(7);
    expect(new Set(gps.map((f) => f.location.line)).size).toBe(300);
  });
});
