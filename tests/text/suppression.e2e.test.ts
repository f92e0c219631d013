// `<!-- audit-ignore <rule>: reason -->` end to end through the built CLI: the next paragraph's
// findings for that rule move to "suppressed" with the reason; other paragraphs and other rules are
// untouched; an unknown rule id or a missing reason is an error and silences nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-suppress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonFinding {
  ruleId: string;
  severity: string;
  location: { line?: number };
  reason?: string;
}
interface JsonReport {
  files: { findings: JsonFinding[]; suppressed: JsonFinding[] }[];
  summary: { suppressed: number };
}

function audit(name: string, text: string): { status: number | null; report: JsonReport } {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const result = runCli([file, '--format', 'json', '--policy', 'wmat'], { cwd: dir });
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport };
}

const POEM = 'Our Year 6 poem ends: "You are nothing but a spastic", they shouted — and nobody stood up for him.';

describe('audit-ignore comments', () => {
  it('silences the named rule for the next paragraph and records the reason', () => {
    const { status, report } = audit(
      'poem.md',
      `---\napproved_by: J. Patel\n---\n\n<!-- audit-ignore text/derogatory: quoting a pupil's anti-racism poem, approved by the Head -->\n${POEM}\n\nThe ref was an idiot.\n`,
    );
    const file = report.files[0]!;
    const suppressed = file.suppressed.filter((f) => f.ruleId === 'text/derogatory');
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.reason).toBe("quoting a pupil's anti-racism poem, approved by the Head");
    expect(suppressed[0]!.location.line).toBe(6);
    // The next paragraph is not covered.
    expect(file.findings.filter((f) => f.ruleId === 'text/derogatory').map((f) => f.location.line)).toEqual([8]);
    expect(report.summary.suppressed).toBe(1);
    expect(status).toBe(1);
  });

  it('passes the audit when the only error is suppressed', () => {
    const { status, report } = audit('only.md', `---\napproved_by: J. Patel\n---\n\n<!-- audit-ignore text/derogatory: quoting a pupil's poem, approved by the Head -->\n${POEM}\n`);
    expect(report.files[0]!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.files[0]!.suppressed).toHaveLength(1);
    expect(status).toBe(0);
  });

  it('does not silence other rules', () => {
    const { report } = audit('other.md', `<!-- audit-ignore text/derogatory: reviewed by the Head -->\nRing Mrs Khan on 07700 900123.\n`);
    expect(report.files[0]!.findings.map((f) => f.ruleId)).toContain('text/personal-data');
  });

  it('an unknown rule id is an error and silences nothing', () => {
    const { status, report } = audit('typo.md', `---\napproved_by: J. Patel\n---\n\n<!-- audit-ignore text/derogatroy: typo -->\n${POEM}\n`);
    const ids = report.files[0]!.findings.map((f) => f.ruleId);
    expect(ids).toContain('post/invalid-suppression');
    expect(ids).toContain('text/derogatory');
    expect(status).toBe(1);
  });

  it('a missing reason is an error and silences nothing', () => {
    const { report } = audit('noreason.md', `---\napproved_by: J. Patel\n---\n\n<!-- audit-ignore text/derogatory -->\n${POEM}\n`);
    const ids = report.files[0]!.findings.map((f) => f.ruleId);
    expect(ids).toContain('post/invalid-suppression');
    expect(ids).toContain('text/derogatory');
    expect(report.files[0]!.suppressed).toEqual([]);
  });

  it('works in HTML posts', () => {
    const { report } = audit('poem.html', `<!-- audit-ignore text/derogatory: quoting a pupil's poem, approved by the Head -->\n<p>${POEM}</p>\n<p>The ref was an idiot.</p>\n`);
    const file = report.files[0]!;
    expect(file.suppressed.map((f) => f.ruleId)).toEqual(['text/derogatory']);
    expect(file.findings.filter((f) => f.ruleId === 'text/derogatory')).toHaveLength(1);
  });
});
