// The packages the CLI imports only when a check needs them, exercised through the built bundle. The
// bundler can expose a lazily imported package differently from vitest (a YAML config once failed
// only in the bundle), so each is proved here as a user meets it.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { examplesDir, runCli } from '../helpers/cli.js';
import { pdf } from '../load/pdf-builder.js';
import { loadPty, startCli } from './pty.js';

const pty = await loadPty();
const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, '.postauditrc.json'), '{}');

function ruleIds(stdout: string): string[] {
  const report = JSON.parse(stdout) as { files: { findings: { ruleId: string }[] }[] };
  return report.files.flatMap((file) => file.findings.map((finding) => finding.ruleId));
}

describe('lazily loaded packages in the built CLI', () => {
  it('tinyglobby: a quoted glob audits every post it matches', () => {
    mkdirSync(path.join(dir, 'news'), { recursive: true });
    writeFileSync(path.join(dir, 'news', 'a.md'), 'Call me on 07700 900123.\n');
    writeFileSync(path.join(dir, 'news', 'b.md'), 'E-mail jo.bloggs@gmail.com with questions.\n');
    const result = runCli(['news/*.md', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { files: { path: string }[] };
    expect(report.files.map((file) => file.path).sort()).toEqual(['news/a.md', 'news/b.md']);
  });

  it('natural (sentiment): a complaint about colleagues draws text/grievance', () => {
    writeFileSync(path.join(dir, 'moan.md'), 'The staff here are disgusting, lazy and useless.\n');
    const result = runCli(['moan.md', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(ruleIds(result.stdout)).toContain('text/grievance');
  });

  it('csv-parse: the consent record is read and a pupil without consent is reported', () => {
    const result = runCli(['posts/2026-07-03-residential-trip.md', '--consent', 'consent.csv', '--format', 'json'], { cwd: examplesDir });
    expect(result.stderr).toBe('');
    expect(ruleIds(result.stdout)).toContain('consent/no-consent');
  });

  it('sharp and exifr: a photo with GPS is read', () => {
    const result = runCli(['photos/trip-beach.jpg', '--format', 'json'], { cwd: examplesDir });
    expect(result.stderr).toBe('');
    expect(ruleIds(result.stdout)).toContain('image/gps');
  });

  it('pdfjs-dist: a PDF newsletter is read through the built bundle, and pdf.js is loaded for nothing else', () => {
    // A module hook that notes in a file each pdf.js module loaded.
    const log = path.join(dir, 'loaded.txt');
    writeFileSync(path.join(dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); if (r.url.includes('pdfjs-dist')) appendFileSync(process.env.LOADED_LOG, `${r.url.split('/').pop()}\\n`); return r; }\n");
    writeFileSync(path.join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister(new URL('./hooks.mjs', import.meta.url));\n");
    const env = { NODE_OPTIONS: `--import ${pathToFileURL(path.join(dir, 'register.mjs')).href}`, LOADED_LOG: log };
    const loaded = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).sort() : []);
    writeFileSync(path.join(dir, 'news.pdf'), pdf({ pages: [{ paragraphs: ['Call me on 07700 900123.'] }] }));
    const read = runCli(['news.pdf', '--format', 'json'], { cwd: dir, env });
    expect(read.stderr).toBe('');
    expect(ruleIds(read.stdout)).toEqual(['text/personal-data']);
    expect(loaded()).toEqual(['pdf.mjs', 'pdf.worker.mjs']);
    rmSync(log);
    writeFileSync(path.join(dir, 'post.md'), 'Call me on 07700 900123.\n');
    const post = runCli(['post.md', '--format', 'json'], { cwd: dir, env });
    expect(ruleIds(post.stdout)).toContain('text/personal-data');
    expect(loaded()).toEqual([]);
  });

  it.skipIf(!pty)('cli-progress: audit photos on a terminal shows a progress bar with count and rate', async () => {
    const photos = path.join(dir, 'photos');
    mkdirSync(photos, { recursive: true });
    for (const name of ['sports-day.jpg', 'trip-beach.jpg']) copyFileSync(path.join(examplesDir, 'photos', name), path.join(photos, name));
    const session = startCli(pty!, ['photos', 'photos'], dir);
    await session.expect(/Scanning .* 2\/2 photos \| \d+\/s/);
    await session.expect(/Scanned 2 photo/);
    expect(await session.exit()).toBe(1);
  });

  it.skipIf(!pty)('the bar\'s total is the folder\'s count, not the photos taken so far, and its ETA comes from it (it said "ETA 1s" all through a long scan)', async () => {
    const photos = path.join(dir, 'many');
    for (let i = 0; i < 40; i++) {
      const sub = path.join(photos, `day-${i % 2}`);
      mkdirSync(sub, { recursive: true });
      copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(sub, `IMG_${i}.jpg`));
    }
    const session = startCli(pty!, ['photos', 'many'], dir);
    const shown = await session.expect(/Scanned 40 photo/);
    expect(await session.exit()).toBe(1);
    const frames = [...shown.matchAll(/Scanning \S* (\d+)\/(\d+\+?) photos \| \d+\/s \| ((?:(?!Scanning)[^\r\n\u001b])*)/g)];
    expect(frames.length).toBeGreaterThan(0);
    // Until the count is in, "12/20+ photos | … | counting…"; after it, the folder's 40 and an ETA.
    for (const [, , of, after] of frames) {
      if (of!.endsWith('+')) expect(after).toMatch(/^counting…/);
      else {
        expect(of).toBe('40');
        expect(after).toMatch(/^ETA (?:…|\d+s)/);
      }
    }
    expect(frames.some(([, , of]) => of === '40')).toBe(true);
  });
});
