// A photo placed by a Hugo shortcode is inspected like any other (built CLI, end to end).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { examplesDir, runCli } from '../helpers/cli.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'post-audit-shortcode-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('audit a Hugo post whose photo is a {{< figure >}} shortcode', () => {
  it('reports the GPS in the photo beside it', () => {
    mkdirSync(path.join(root, '.git'));
    mkdirSync(path.join(root, 'content', 'news', 'trip'), { recursive: true });
    writeFileSync(path.join(root, 'hugo.toml'), 'title = "Harbourside"\n');
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(root, 'content', 'news', 'trip', 'gps.jpg'));
    writeFileSync(
      path.join(root, 'content', 'news', 'trip', 'index.md'),
      '---\ntitle: Trip\napproved_by: Mrs Patel\n---\n\nWhat a day at the coast!\n\n{{< figure src="gps.jpg" caption="The beach" >}}\n',
    );
    const result = runCli(['content/news/trip/index.md', '--format', 'json'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout).files.flatMap((f: { findings: unknown[] }) => f.findings) as { ruleId: string; location: { file: string } }[];
    const gps = findings.filter((f) => f.ruleId === 'image/gps');
    expect(gps.map((f) => f.location.file)).toEqual([path.join('content', 'news', 'trip', 'gps.jpg')]);
  });
});

describe("audit a post whose photo sits under a theme's own front-matter key", () => {
  it('reports the GPS in it (hero_pic: …)', () => {
    const site = path.join(root, 'theme-key');
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(site, 'posts', 'beach.jpg'));
    writeFileSync(path.join(site, 'posts', 'trip.md'), '---\ntitle: Trip\napproved_by: Mrs Patel\nhero_pic: beach.jpg\n---\n\nWhat a day at the coast!\n');
    const result = runCli(['posts/trip.md', '--format', 'json'], { cwd: site });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout).files.flatMap((f: { findings: unknown[] }) => f.findings) as { ruleId: string; location: { file: string } }[];
    expect(findings.filter((f) => f.ruleId === 'image/gps').map((f) => f.location.file)).toEqual([path.join('posts', 'beach.jpg')]);
  });
});
