// CI=true implies --redact: no name from the consent record may appear in any format's output.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/index.js';
import { examplesDir, runCli } from '../helpers/cli.js';

const [header, ...rows] = readFileSync(path.join(examplesDir, 'consent.csv'), 'utf8').trim().split(/\r?\n/);
const columns = header!.split(',');
const names = new Set<string>();
for (const row of rows) {
  const cells = row.split(',');
  for (const column of ['first_name', 'last_name', 'preferred_name']) {
    const value = cells[columns.indexOf(column)]?.trim();
    if (!value) continue;
    names.add(value);
    for (const part of value.split(/[\s-]+/)) if (part.length >= 3) names.add(part);
  }
}

describe('CI=true: no pupil name from the consent record in any format', () => {
  it('the example record has names to look for', () => {
    expect(names.size).toBeGreaterThanOrEqual(12);
  });

  for (const format of FORMAT_NAMES) {
    it(format, () => {
      const result = runCli(['posts/', '--format', format], { cwd: examplesDir, env: { CI: 'true' } });
      expect(result.status).toBe(1); // still fails: redaction hides names, not findings
      const output = result.stdout + result.stderr;
      expect(output.length).toBeGreaterThan(100);
      for (const name of names) {
        expect(output.toLowerCase(), `${format} output contains "${name}"`).not.toContain(name.toLowerCase());
      }
    });
  }

  it('the consent record can also come from POST_AUDIT_CONSENT (how CI passes a secret file)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-env-'));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, 'post.md'), '---\napproved_by: Mrs Patel\nchannel: website\n---\n\nSeun built a sandcastle.\n');
    const without = runCli(['post.md', '--format', 'json'], { cwd: dir, env: { CI: 'true' } });
    expect(JSON.parse(without.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('consent/do-not-publish');
    const result = runCli(['post.md', '--format', 'json'], { cwd: dir, env: { CI: 'true', POST_AUDIT_CONSENT: path.join(examplesDir, 'consent.csv') } });
    rmSync(dir, { recursive: true, force: true });
    expect(result.stdout).not.toContain('Seun');
    expect(JSON.parse(result.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('consent/do-not-publish');
  });

  it('without CI (and without --redact) the officer sees the names', () => {
    const result = runCli(['posts/', '--format', 'human'], { cwd: examplesDir });
    expect(result.stdout).toContain('Teddy');
  });

  // Found by hand (hard2): a reason written in the post and the post's own file name reached every
  // format unmasked, although the findings themselves were redacted.
  it('masks a suppression reason and a pupil\'s full name in the post\'s file name, in every format', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-reason-'));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, '.postauditrc.json'), JSON.stringify({ consent: { file: 'consent.csv' }, staff: ['Mrs Patel'] }));
    writeFileSync(path.join(dir, 'consent.csv'), readFileSync(path.join(examplesDir, 'consent.csv')));
    writeFileSync(
      path.join(dir, 'amelia-okonkwo-hart-sports.md'),
      "---\napproved_by: Mrs Patel\nchannel: website\n---\n\n<!-- audit-ignore consent/do-not-publish: Seun Adebayo's mum agreed on the phone -->\nSeun Adebayo won the race.\n",
    );
    try {
      for (const format of FORMAT_NAMES) {
        const result = runCli(['amelia-okonkwo-hart-sports.md', '--format', format], { cwd: dir, env: { CI: 'true' } });
        expect(result.status, result.stderr).toBe(0);
        const output = result.stdout + result.stderr;
        for (const name of ['Seun', 'Adebayo', 'Amelia', 'Okonkwo']) expect(output, `${format} output`).not.toMatch(new RegExp(name, 'i'));
        if (format === 'json') {
          const report = JSON.parse(result.stdout);
          expect(report.files[0].path).toBe('redacted-sports.md');
          expect(report.files[0].suppressed[0].reason).toBe("[redacted] [redacted]'s mum agreed on the phone");
        }
      }
      // The officer at a desk still sees the reason as written.
      expect(runCli(['amelia-okonkwo-hart-sports.md'], { cwd: dir }).stdout).toContain("Seun Adebayo's mum");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Found by hand (session 21): a name written decomposed (a letter, then its accent, as a Mac names
  // files) in the post or the record was not matched, and a photo's link, which markdown-it
  // percent-encodes ("Si%C3%A2n-Jones.jpg"), reached the JSON and SARIF excerpts with the first name in it.
  it("masks a name written decomposed or percent-encoded, whichever way the post and the record write it", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-nfd-'));
    mkdirSync(path.join(dir, '.git'));
    const record = 'first_name,last_name,preferred_name,year_group,photo_website,photo_social,video,name_published,do_not_publish,withdrawn_on,expires_on\nSiân,Jones,,5,N,N,N,N,N,,\nRenée,Okafor,,4,N,N,N,N,N,,\n';
    const post = '---\napproved_by: Mrs Patel\nchannel: website\n---\n\nGreat work from Siân and her friend Renée Okafor at the museum.\n\n![Siân at the museum](Siân-Jones.jpg)\n';
    const plain = (output: string) => decodeURIComponent(output.replace(/%(?![0-9a-f]{2})/gi, '%25')).normalize('NFC').toLowerCase();
    try {
      for (const [postForm, recordForm] of [['NFC', 'NFC'], ['NFC', 'NFD'], ['NFD', 'NFC'], ['NFD', 'NFD']] as const) {
        writeFileSync(path.join(dir, 'consent.csv'), record.normalize(recordForm));
        writeFileSync(path.join(dir, 'post.md'), post.normalize(postForm));
        for (const format of FORMAT_NAMES) {
          const result = runCli(['post.md', '--consent', 'consent.csv', '--format', format], { cwd: dir, env: { CI: 'true' } });
          expect(result.status, `${postForm} post, ${recordForm} record, ${format}: ${result.stderr}`).toBe(1);
          const output = plain(result.stdout + result.stderr);
          for (const name of ['siân', 'sia', 'renée', 'rene', 'okafor', 'jones']) {
            expect(output, `${postForm} post, ${recordForm} record, ${format}`).not.toMatch(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u'));
          }
          if (format === 'json') {
            const ids = JSON.parse(result.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
            expect(ids.filter((id: string) => id === 'consent/no-consent').length, `${postForm} post, ${recordForm} record`).toBeGreaterThanOrEqual(2);
          }
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
