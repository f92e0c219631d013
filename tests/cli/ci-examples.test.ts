// The CI examples must be copyable as they are: valid YAML with the steps the docs promise.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/cli.js';
import { POST_EXTENSIONS } from '../../src/load/post.js';
import { IMAGE_EXTENSIONS, VIDEO_EXTENSIONS } from '../../src/images/format.js';

const load = (file: string) => parse(readFileSync(path.join(repoRoot, file), 'utf8'), { strict: true, uniqueKeys: true });

describe('examples/ci/github-actions.yml', () => {
  const workflow = load('examples/ci/github-actions.yml');
  const steps = workflow.jobs.audit.steps as { uses?: string; run?: string; with?: Record<string, unknown>; if?: string }[];

  it('runs on pull requests with permission to upload code-scanning results', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.permissions['security-events']).toBe('write');
    expect(workflow.jobs.audit['runs-on']).toBe('ubuntu-latest');
  });

  it('checks out the full history for --changed and writes SARIF, uploads it, and annotates the PR', () => {
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    const runs = steps.map((step) => step.run ?? '');
    const sarif = steps.findIndex((step) => /npx audit --changed .* --format sarif > results\.sarif/.test(step.run ?? ''));
    const upload = steps.findIndex((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(sarif).toBeGreaterThan(0);
    expect(upload).toBeGreaterThan(sarif);
    expect(steps[upload]!.with).toMatchObject({ sarif_file: 'results.sarif' });
    expect(steps[upload]!.if).toBe('always()');
    expect(runs.some((run) => /npx audit --changed .* --format github$/.test(run.trim()))).toBe(true);
    expect(runs.some((run) => /--format markdown >> "\$GITHUB_STEP_SUMMARY"/.test(run))).toBe(true);
  });

  it('takes the consent record from a secret into a temporary file, never the repository', () => {
    const consent = steps.find((step) => step.run?.includes('POST_AUDIT_CONSENT='))!;
    expect(consent.run).toContain('$RUNNER_TEMP');
    expect(consent.run).toContain('umask 077');
    expect(JSON.stringify(consent)).toContain('secrets.POST_AUDIT_CONSENT_CSV');
  });
});

describe('examples/ci/gitlab-ci.yml', () => {
  it('runs on merge requests and keeps a JUnit report', () => {
    const job = load('examples/ci/gitlab-ci.yml')['post-audit'];
    expect(job.script.join('\n')).toMatch(/--format junit > post-audit-junit\.xml/);
    expect(job.artifacts.reports.junit).toBe('post-audit-junit.xml');
    expect(job.artifacts.when).toBe('always');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook running the CLI on posts and photos', () => {
    const [hook] = load('.pre-commit-hooks.yaml');
    expect(hook).toMatchObject({ id: 'post-audit', language: 'node', entry: 'post-audit' });
    // pre-commit reads the pattern with Python's re: "(?i)" makes the whole of it ignore case.
    expect(hook.files.startsWith('(?i)')).toBe(true);
    const files = new RegExp(hook.files.slice('(?i)'.length), 'i');
    for (const name of ['news/2026-07-03-trip.md', 'photos/IMG_0001.JPG', 'photos/IMG_0002.HEIC', 'videos/IMG_0003.MOV', 'index.html']) expect(files.test(name), name).toBe(true);
    expect(files.test('package.json')).toBe(false);
  });

  it('covers every kind of post, photo and video the CLI reads (a photo the hook leaves out is never checked)', () => {
    const [hook] = load('.pre-commit-hooks.yaml');
    const files = new RegExp(hook.files.slice('(?i)'.length), 'i');
    for (const ext of [...POST_EXTENSIONS, ...IMAGE_EXTENSIONS, ...VIDEO_EXTENSIONS]) {
      expect(files.test(`a/b${ext}`), ext).toBe(true);
      expect(files.test(`a/b${ext.toUpperCase()}`), ext.toUpperCase()).toBe(true);
    }
  });
});
