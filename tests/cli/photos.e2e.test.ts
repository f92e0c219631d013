// `audit photos` end to end through the built CLI: summary, JSON contract, reports, lossless
// clean copies, and the usage errors a person meets (output inside the input, an empty folder).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { GPS_EXIF, jpeg } from '../images/build.js';
import { runCli } from '../helpers/cli.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'post-audit-photos-e2e-'));
const trip = path.join(work, 'trip');
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let originals: Record<string, string> = {};

beforeAll(async () => {
  mkdirSync(path.join(trip, 'day-1'), { recursive: true });
  writeFileSync(path.join(trip, 'day-1', 'beach.jpg'), await jpeg({ exif: GPS_EXIF }));
  writeFileSync(path.join(trip, 'day-1', 'lunch.jpg'), await jpeg({ exif: { IFD0: { Make: 'Apple', Model: 'iPhone 13' } } }));
  writeFileSync(path.join(trip, 'plain.jpg'), await jpeg());
  originals = Object.fromEntries(['day-1/beach.jpg', 'day-1/lunch.jpg', 'plain.jpg'].map((f) => [f, hash(path.join(trip, f))]));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('audit photos (built CLI)', () => {
  it('prints a summary and fails on a photo with a GPS position', () => {
    const result = runCli(['photos', trip, '--no-progress']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Scanned 3 photo\(s\)/);
    expect(result.stdout).toMatch(/with a GPS position:\s+1/);
    expect(result.stdout).toMatch(/unreadable:\s+0/);
    expect(result.stdout).toContain('Verdict: FAIL');
    // Which photo fails, and why, without a report file; the warning-only photo is not listed.
    expect(result.stdout).toMatch(/^Photos to fix \(1\):\n  .*day-1[/\\]beach\.jpg: GPS position$/m);
    expect(result.stdout).not.toMatch(/lunch\.jpg/);
  });

  it('names the first 20 failing photos by path, then how many more', () => {
    const many = path.join(work, 'many');
    mkdirSync(many);
    const bytes = readFileSync(path.join(trip, 'day-1', 'beach.jpg'));
    for (let i = 0; i < 23; i++) writeFileSync(path.join(many, `p${String(i).padStart(2, '0')}.jpg`), bytes);
    const result = runCli(['photos', many, '--no-progress']);
    expect(result.status).toBe(1);
    const listed = result.stdout.split('\n').filter((line) => /^  .*p\d\d\.jpg: GPS position$/.test(line));
    expect(listed.map((line) => line.match(/p(\d\d)\.jpg/)![1])).toEqual(Array.from({ length: 20 }, (_, i) => String(i).padStart(2, '0')));
    expect(result.stdout).toContain('Photos to fix (23):');
    expect(result.stdout).toContain('… and 3 more (write them all with --report problems.csv)');
    expect(runCli(['photos', many, '--no-progress', '-q']).stdout).not.toContain('Photos to fix');
  });

  it('--format json follows the pipeline contract', () => {
    const result = runCli(['photos', trip, '--format', 'json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.tool.name).toBe('post-audit');
    expect(report.verdict).toBe('fail');
    expect(report.summary.files).toBe(3);
    const beach = report.files.find((f: { path: string }) => f.path.endsWith('beach.jpg'));
    expect(beach.verdict).toBe('fail');
    const gps = beach.findings.find((f: { ruleId: string }) => f.ruleId === 'image/gps');
    expect(gps.severity).toBe('error');
    expect(gps.citations.length).toBeGreaterThan(0);
    expect(report.files.find((f: { path: string }) => f.path.endsWith('plain.jpg')).verdict).toBe('pass');
  });

  it('writes CSV, JSON and self-contained HTML reports', () => {
    const csv = path.join(work, 'r.csv');
    const json = path.join(work, 'r.json');
    const html = path.join(work, 'r.html');
    for (const report of [csv, json, html]) expect(runCli(['photos', trip, '--report', report, '--no-progress']).status).toBe(1);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^path,gps,/);
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes('beach.jpg'))).toContain('image/gps');
    const rows = JSON.parse(readFileSync(json, 'utf8')) as { path: string; gps?: string }[];
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.path.endsWith('beach.jpg'))!.gps).toMatch(/^54\.58/);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('data:image/jpeg;base64,');
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });

  it('--strip-location --out writes clean copies mirroring the tree; originals are unchanged', async () => {
    const out = path.join(work, 'clean');
    const result = runCli(['photos', trip, '--strip-location', '--out', out, '--no-progress']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Cleaned copies written to .*: 3/);
    for (const [file, digest] of Object.entries(originals)) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
      expect(hash(path.join(trip, file)), `${file} untouched`).toBe(digest);
    }
    const cleaned = await readImageMetadata(path.join(out, 'day-1', 'beach.jpg'));
    expect(cleaned.gps).toEqual([]);
    expect(cleaned.device.make).toBe('Apple');
    expect(runCli(['photos', out, '--no-progress']).status).toBe(0);
  });

  it('--strip-location says once why a damaged photo was not cleaned', () => {
    const broken = path.join(work, 'broken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(path.join(broken, 'cut.jpg'), Buffer.from('ffd8ffe100104578696600004d4d002a00000008', 'hex'));
    const result = runCli(['photos', broken, '--strip-location', '--out', path.join(work, 'broken-clean'), '--no-progress']);
    expect(result.stderr).toMatch(/^not cleaned: .*cut\.jpg: the JPEG ends before its image data$/m);
    expect(result.stderr).not.toMatch(/not cleaned: .*not cleaned:/);
  });

  it('--out inside the scanned folder is a usage error (exit 2)', () => {
    const result = runCli(['photos', trip, '--strip-location', '--out', path.join(trip, 'clean')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/inside the folder being scanned/);
    expect(existsSync(path.join(trip, 'clean'))).toBe(false);
  });

  it('a damaged or non-image file is image/unreadable and fails (exit 1)', async () => {
    const folder = path.join(work, 'mixed');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'ok.jpg'), await jpeg());
    writeFileSync(path.join(folder, 'notes.jpg'), 'these are my notes, not a photo');
    writeFileSync(path.join(folder, 'cut.jpg'), (await jpeg({ exif: GPS_EXIF })).subarray(0, 80));
    const result = runCli(['photos', folder, '--format', 'json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    const unreadable = report.files.filter((f: { findings: { ruleId: string }[] }) => f.findings.some((x) => x.ruleId === 'image/unreadable'));
    expect(unreadable.map((f: { path: string }) => path.basename(f.path)).sort()).toEqual(['cut.jpg', 'notes.jpg']);
  });

  it('a folder of 100 photos of four kinds gives each photo its own findings', async () => {
    const folder = path.join(work, 'threads');
    mkdirSync(folder, { recursive: true });
    const plain = await jpeg();
    const kinds: Record<string, Buffer> = {
      gps: await jpeg({ exif: GPS_EXIF }),
      device: await jpeg({ exif: { IFD0: { Make: 'Apple', Model: 'iPhone 13' } } }),
      plain,
      // No metadata and no end: the pixel check (on the main thread) must decode it, and fail.
      cut: plain.subarray(0, Math.floor(plain.length * 0.6)),
    };
    for (let i = 0; i < 100; i++) {
      const kind = Object.keys(kinds)[i % 4]!;
      // Kinds interleaved in name order: photos in flight side by side are of every kind.
      writeFileSync(path.join(folder, `${String(i).padStart(3, '0')}-${kind}.jpg`), kinds[kind]!);
    }
    const result = runCli(['photos', folder, '--format', 'json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] };
    expect(report.files).toHaveLength(100);
    const rulesOf = (kind: string) => new Set(report.files.filter((f) => path.basename(f.path).endsWith(`-${kind}.jpg`)).map((f) => f.findings.map((x) => x.ruleId).sort().join(',')));
    expect(rulesOf('gps')).toEqual(new Set(['image/gps']));
    expect(rulesOf('device')).toEqual(new Set([[...rulesOf('device')][0]]));
    expect([...rulesOf('device')][0]).not.toMatch(/gps|unreadable/);
    expect(rulesOf('plain')).toEqual(new Set(['']));
    expect(rulesOf('cut')).toEqual(new Set(['image/unreadable']));
  });

  it('an empty folder says so clearly (exit 2)', () => {
    const empty = path.join(work, 'empty');
    mkdirSync(empty, { recursive: true });
    const result = runCli(['photos', empty]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no photos or videos found/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
