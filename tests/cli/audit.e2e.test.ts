import { describe, expect, it } from 'vitest';
import { runCli, examplesDir } from '../helpers/cli.js';

describe('audit on the bundled example (end to end, built CLI)', () => {
  it('fails the residential-trip post with errors from every rule family, each citing the policy', () => {
    const result = runCli(['posts/2026-07-03-residential-trip.md', '--format', 'json'], { cwd: examplesDir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.tool.name).toBe('post-audit');
    expect(report.policy).toBe('wmat');
    expect(report.verdict).toBe('fail');
    const findings = report.files.flatMap((f: { findings: unknown[] }) => f.findings) as {
      ruleId: string;
      severity: string;
      citations: { policy: string; section: string; summary: string }[];
      location: { file: string };
    }[];
    const families = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId.split('/')[0]));
    expect([...families].sort()).toEqual(['consent', 'image', 'post', 'text']);
    for (const finding of findings) {
      if (finding.ruleId === 'post/invalid-suppression') continue;
      expect(finding.citations.length, finding.ruleId).toBeGreaterThan(0);
      expect(finding.citations[0]!.policy).toBe('wmat');
    }
    const gps = findings.find((f) => f.ruleId === 'image/gps')!;
    expect(gps.location.file).toBe('photos/trip-beach.jpg');
    expect(report.summary).toMatchObject({ files: 1 });
    expect(report.summary.errors).toBeGreaterThanOrEqual(4);
  });

  it('passes the clean sports-day post with exit 0', () => {
    const result = runCli(['posts/2026-06-12-sports-day.md'], { cwd: examplesDir });
    expect(result.stdout).toContain('PASS');
    expect(result.status).toBe(0);
  });

  it('audit rules --format json works for all five policies', () => {
    for (const policy of ['whmat', 'catholic-wy', 'wmat', 'chancery', 'tasmat']) {
      const result = runCli(['rules', '--policy', policy, '--format', 'json']);
      expect(result.status, result.stderr).toBe(0);
      const list = JSON.parse(result.stdout);
      expect(list.policy).toBe(policy);
      expect(list.rules.length).toBeGreaterThanOrEqual(14);
    }
  });
});

describe('user mistakes exit 2 with one clear line', () => {
  const oneLine = (stderr: string) => stderr.trim().split('\n').filter((l) => l.startsWith('post-audit:'));

  it('a missing post', () => {
    const result = runCli(['no-such-post.md']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no-such-post\.md: file not found/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown policy id', () => {
    const result = runCli(['examples/posts/2026-06-12-sports-day.md', '--policy', 'nope']);
    expect(result.status).toBe(2);
    expect(oneLine(result.stderr)[0]).toMatch(/unknown policy "nope"/);
  });
});
