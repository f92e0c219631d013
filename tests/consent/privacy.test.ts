// With --redact, no name from the consent record appears in any output, and nothing is written to disk.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const HEADER = 'first_name,last_name,preferred_name,year_group,photo_website,photo_social,video,name_published,do_not_publish,withdrawn_on,expires_on';
const PUPILS = [
  ['Amelia', 'Smithson', 'Millie'],
  ['Jayden', 'Okafor', ''],
  ['Ruby', 'Khanum', ''],
  ['Freya', 'Hillier', ''],
];

describe('--redact', () => {
  it('no first, last or preferred name from the record in human or JSON output', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-privacy-'));
    try {
      writeFileSync(
        path.join(dir, 'consent.csv'),
        [HEADER, 'Amelia,Smithson,Millie,4,Y,N,N,N,N,,', 'Jayden,Okafor,,5,Y,Y,Y,Y,Y,,', 'Ruby,Khanum,,3,Y,Y,Y,Y,N,2020-01-01,', 'Freya,Hillier,,6,N,N,N,N,N,,'].join('\n'),
      );
      writeFileSync(path.join(dir, 'amelia-smithson-race.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
      writeFileSync(
        path.join(dir, 'post.md'),
        '---\nchannel: facebook\nauthor: Freya H\n---\n\nWell done Amelia Smithson and Millie! Jayden, Ruby and Maya T ran too. #GoFreya\n\n![Amelia Smithson racing](amelia-smithson-race.jpg)\n',
      );
      const before = readdirSync(dir).sort();
      for (const format of ['human', 'json']) {
        const result = runCli([path.join(dir, 'post.md'), '--consent', path.join(dir, 'consent.csv'), '--redact', '--format', format], { cwd: dir });
        const output = result.stdout + result.stderr;
        expect(result.status, output).toBe(1);
        for (const name of PUPILS.flat().filter(Boolean)) expect(output, `${format} output shows ${name}`).not.toMatch(new RegExp(name, 'i'));
        expect(output).toMatch(/redact|pupil/i);
      }
      // CI set: redaction is the default.
      const ci = runCli([path.join(dir, 'post.md'), '--consent', path.join(dir, 'consent.csv')], { cwd: dir, env: { CI: 'true' } });
      for (const name of PUPILS.flat().filter(Boolean)) expect(ci.stdout + ci.stderr).not.toMatch(new RegExp(name, 'i'));
      expect(readdirSync(dir).sort()).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
