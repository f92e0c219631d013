// YAML config files and policy packs read by the built CLI. The bundle exposes the lazily imported
// `yaml` package differently from vitest, so only the built CLI shows whether they are read at all.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-yaml-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Not said to be the office's: without a config listing it, a number given as the school's is only a warning.
const post = '---\napproved_by: Mrs Patel\n---\nRing 01632 960000 to book a place.\n';

function site(name: string, files: Record<string, string>): string {
  const root = path.join(dir, name);
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

describe('YAML config (built CLI)', () => {
  it('reads .postauditrc.yaml found beside the post: the school\'s own phone number is allowed', () => {
    const root = site('found', { '.postauditrc.yaml': 'school:\n  phones:\n    - 01632 960000\n', 'news/post.md': post });
    const result = runCli(['news/post.md', '--format', 'json'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).verdict).toBe('pass');
  });

  it('without the config the same number is an error, so the config above was what allowed it', () => {
    const root = site('none', { 'news/post.md': post, '.git/HEAD': 'ref: refs/heads/main\n' });
    const result = runCli(['news/post.md', '--format', 'json'], { cwd: root });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('text/personal-data');
  });

  it('a value of the wrong type says what was expected (the bundled zod keeps its English messages)', () => {
    const root = site('wrong-type', { '.postauditrc.yaml': 'school:\n  phones: 5\n', 'news/post.md': post });
    const result = runCli(['news/post.md'], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('post-audit: .postauditrc.yaml: school.phones: Invalid input: expected array, received number');
  });

  it('reads a YAML file given with --config, rule settings included', () => {
    const root = site('explicit', { 'settings.yml': 'rules:\n  text/personal-data: "off"\n', 'post.md': post, '.git/HEAD': 'ref: refs/heads/main\n' });
    const result = runCli(['post.md', '--config', 'settings.yml', '--format', 'json'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('names the file and the YAML problem for a config that is not valid YAML (exit 2, one line)', () => {
    const root = site('broken', { '.postauditrc.yaml': 'policy: [wmat\n', 'post.md': post });
    const result = runCli(['post.md'], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^post-audit: \.postauditrc\.yaml: not valid YAML \(/);
    expect(result.stderr).not.toMatch(/is not a function/);
  });

  it('reads a YAML policy pack named in a YAML config and cites its sections', () => {
    const root = site('pack', { '.postauditrc.yaml': 'policy: ./our-trust.yaml\n', 'post.md': post });
    copyFileSync(path.join(repoRoot, 'tests', 'fixtures', 'our-trust.yaml'), path.join(root, 'our-trust.yaml'));
    const result = runCli(['post.md', '--format', 'json'], { cwd: root });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.policy).toBe('our-trust');
  });
});
