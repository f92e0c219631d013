// The CLI starts from a V8 code cache the build makes (scripts/build.mjs, scripts/warm-code-cache.mjs,
// bin/cli-bundle.js). It must be there and taken, hold nothing of what the warm-up audited, and serve a
// copy of the package installed elsewhere (npm packs a package and unpacks it into node_modules).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { examplesDir, repoRoot, runCli } from '../helpers/cli.js';

const dist = path.join(repoRoot, 'dist');
const moved = mkdtempSync(path.join(os.tmpdir(), 'post-audit-moved-'));
afterAll(() => rmSync(moved, { recursive: true, force: true }));

/** What loadBundle finds for the bundle in `folder`, asked in a fresh process (as the CLI starts). */
function load(folder: string): { cacheFile: string | null; rejected: boolean | null } {
  const loader = pathToFileURL(path.join(folder, 'bin', 'cli-bundle.js')).href;
  const code = `import { loadBundle } from ${JSON.stringify(loader)};
const cli = loadBundle(${JSON.stringify(path.join(folder, 'dist'))});
console.log(JSON.stringify({ cacheFile: cli.cacheFile ?? null, rejected: cli.script.cachedDataRejected ?? null, main: typeof cli.main }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  const { main, ...result } = JSON.parse(child.stdout) as { cacheFile: string | null; rejected: boolean | null; main: string };
  expect(main).toBe('function');
  return result;
}

describe('the start-up code cache', () => {
  it('is made by the build for dist/cli.bundle.js, and this Node.js takes it', () => {
    const caches = readdirSync(dist).filter((name) => name.endsWith('.cache'));
    expect(caches).toHaveLength(1);
    const { cacheFile, rejected } = load(repoRoot);
    expect(cacheFile).toBe(path.join(dist, caches[0]!));
    expect(rejected).toBe(false);
  });

  it('holds no name, year group or consent answer from the consent record the warm-up audited', () => {
    const cache = readFileSync(path.join(dist, readdirSync(dist).find((name) => name.endsWith('.cache'))!)).toString('latin1');
    const record = readFileSync(path.join(examplesDir, 'consent.csv'), 'utf8');
    const surnames = record.split('\n').slice(1).map((line) => line.split(',')[1]).filter((name): name is string => !!name && name.length > 3);
    expect(surnames.length).toBeGreaterThan(3);
    for (const surname of surnames) expect(cache, surname).not.toContain(surname);
  });

  it('serves a copy of the package installed elsewhere, which audits the same; stack traces name the package, not a folder', () => {
    for (const part of ['bin', 'dist', 'lexicons', 'schema', 'package.json']) cpSync(path.join(repoRoot, part), path.join(moved, part), { recursive: true });
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(moved, 'node_modules'));
    const { cacheFile, rejected } = load(moved);
    expect(cacheFile!.startsWith(path.join(moved, 'dist'))).toBe(true);
    expect(rejected).toBe(false);
    // An internal error's stack (POST_AUDIT_DEBUG=1): an argument that throws when read.
    const loader = pathToFileURL(path.join(moved, 'bin', 'cli-bundle.js')).href;
    const code = `import { loadBundle } from ${JSON.stringify(loader)};
await loadBundle(${JSON.stringify(path.join(moved, 'dist'))}).main(['node', 'audit', '--policy', { toString() { throw new Error('boom'); } }]);`;
    const debug = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, POST_AUDIT_DEBUG: '1' } });
    expect(debug.stderr).toContain('post-audit: internal error: boom');
    expect(debug.stderr).toMatch(/\(post-audit\/dist\/cli\.bundle\.js:\d+:\d+\)/);
    expect(debug.stderr).not.toContain(`${path.join(repoRoot, 'dist')}`);
    expect(debug.stderr).not.toContain(`${path.join(moved, 'dist')}`);

    const args = ['posts', '--format', 'json'];
    const here = runCli(args, { cwd: examplesDir });
    const there = spawnSync(process.execPath, [path.join(moved, 'bin', 'audit.js'), ...args], { cwd: examplesDir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '' } });
    expect(there.stderr).toBe('');
    expect(there.status).toBe(here.status);
    const report = (stdout: string) => {
      const json = JSON.parse(stdout) as { tool: unknown };
      delete json.tool;
      return json;
    };
    expect(report(there.stdout)).toEqual(report(here.stdout));
    expect(here.status).toBe(1);
  });
});
