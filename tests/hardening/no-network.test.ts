// The tool never touches the network: full audits of the examples (posts with the consent record,
// every output format, and `audit photos` with reports and cleaned copies) run with a preload that
// records and refuses every socket, DNS lookup, HTTP request and fetch.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, examplesDir, repoRoot } from '../helpers/cli.js';

const preload = path.join(path.dirname(fileURLToPath(import.meta.url)), 'no-network.preload.mjs');
const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-no-network-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const log = path.join(dir, 'attempts.log');

function guarded(args: string[], script: string[] = [bin]) {
  const result = spawnSync(process.execPath, ['--import', preload, ...script, ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', CI: '', POST_AUDIT_CONSENT: '', NO_NETWORK_LOG: log },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return result;
}
const attempts = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');

describe('no network', () => {
  it('the guard does catch an attempt (so silence below means something)', () => {
    const r = guarded([], ['-e', "try { fetch('http://127.0.0.1:9/') } catch {} try { require('node:net').connect(9, '127.0.0.1') } catch {}"]);
    expect(r.status).toBe(0);
    expect(attempts()).toMatch(/fetch/);
    expect(attempts()).toMatch(/net\.connect/);
    rmSync(log);
  });

  it('a full audit of the examples opens no connection', () => {
    const posts = path.join(examplesDir, 'posts');
    const consent = path.join(examplesDir, 'consent.csv');
    for (const format of ['human', 'json', 'sarif', 'junit', 'github', 'markdown']) {
      const r = guarded([posts, '--consent', consent, '--format', format]);
      expect([0, 1], `${format}: ${r.stderr}`).toContain(r.status);
    }
    const photos = guarded(['photos', path.join(examplesDir, 'photos'), '--report', path.join(dir, 'report.html'), '--strip-location', '--out', path.join(dir, 'clean')]);
    expect([0, 1], photos.stderr).toContain(photos.status);
    const explain = guarded(['explain', 'image/gps']);
    expect(explain.status).toBe(0);
    expect(attempts()).toBe('');
  });
});
