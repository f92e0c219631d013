// Interrupting `audit photos --strip-location --out` (Ctrl-C, kill and kill -9) at random moments: every
// file in --out is a complete, clean, decodable copy; no temporary file is left (after kill -9 only
// the run's .post-audit-partial folder may remain, and the next run clears it); every original is
// byte for byte unchanged. Seeded (FC_SEED) — the seed is printed with any failure.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { bin, examplesDir, runCli } from '../helpers/cli.js';
import { hasSharedFixtures, sharedPath } from '../helpers/shared.js';
import { SEED, int, prng, withSeed } from './seed.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = path.join(dir, 'trip photos');
const out = path.join(dir, 'clean');
const PARTIAL = '.post-audit-partial';
const PHOTOS = 400;

function walk(folder: string, out: string[] = []): string[] {
  if (!existsSync(folder)) return out;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

// A folder of photos with location: the examples, and real GPS photos when the shared fixtures are here.
const sources = [path.join(examplesDir, 'photos', 'sports-day.jpg'), path.join(examplesDir, 'photos', 'trip-beach.jpg')];
if (hasSharedFixtures) {
  const gps = sharedPath('images', 'exif-samples', 'jpg', 'gps');
  if (existsSync(gps)) sources.push(...readdirSync(gps).filter((f) => /\.jpe?g$/i.test(f)).map((f) => path.join(gps, f)).filter((f) => statSync(f).size < 3_000_000));
}
// 400 photos (hard links to a few copies, so setting up is quick): a run lasts long enough to be cut.
const copies = sources.map((source, i) => {
  const copy = path.join(dir, `source-${i}.jpg`);
  copyFileSync(source, copy);
  return copy;
});
for (let i = 0; i < PHOTOS; i++) {
  const sub = path.join(input, `day ${i % 3}`);
  mkdirSync(sub, { recursive: true });
  linkSync(copies[i % copies.length]!, path.join(sub, `photo-${i}.jpg`));
}
const originals = new Map(walk(input).map((f) => [f, sha256(f)]));

function runAndKill(signal: NodeJS.Signals, afterMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'photos', input, '--strip-location', '--out', out, '--no-progress'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', CI: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill(signal), afterMs);
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the run did not exit within 30 s of ${signal}`));
    }, afterMs + 30_000);
    child.on('exit', (code, sig) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ code, signal: sig, stderr });
    });
  });
}

async function expectOutputSound(what: string, allowPartial: boolean): Promise<void> {
  for (const file of walk(out)) {
    const relative = path.relative(out, file);
    if (relative.split(path.sep)[0] === PARTIAL) {
      expect(allowPartial, withSeed(`${what}: ${relative} left behind`, SEED)).toBe(true);
      continue;
    }
    expect(relative, withSeed(`${what}: temporary file in --out`, SEED)).not.toMatch(/\.tmp$/);
    const metadata = await readImageMetadata(file);
    expect(metadata.error, withSeed(`${what}: ${relative} is not a complete image`, SEED)).toBeUndefined();
    expect(metadata.gps, withSeed(`${what}: ${relative} still has a location`, SEED)).toEqual([]);
    await expect(sharp(file, { failOn: 'error' }).raw().toBuffer(), withSeed(`${what}: ${relative} does not decode`, SEED)).resolves.toBeTruthy();
  }
  if (!allowPartial) expect(existsSync(path.join(out, PARTIAL)), withSeed(`${what}: ${PARTIAL} left behind`, SEED)).toBe(false);
  for (const [file, hash] of originals) expect(sha256(file), withSeed(`${what}: original ${file} changed`, SEED)).toBe(hash);
}

describe(`interrupting audit photos --strip-location (seed ${SEED})`, () => {
  it('Ctrl-C and kill -9 at random moments never leave a broken copy or touch an original', async () => {
    const random = prng(SEED);
    // A killed run may leave its .post-audit-partial folder; a run that finishes or handles Ctrl-C clears it.
    let mayLeavePartial = false;
    for (let round = 0; round < 6; round++) {
      const signal = (['SIGINT', 'SIGKILL', 'SIGTERM'] as const)[round % 3]!;
      const afterMs = 300 + int(random, 1500);
      const result = await runAndKill(signal, afterMs);
      const what = `round ${round}: ${signal} after ${afterMs} ms (exit ${result.code ?? result.signal})`;
      if (signal === 'SIGINT' && result.code === 130) {
        expect(result.stderr, withSeed(what, SEED)).toMatch(/interrupted/);
        expect(result.stderr, withSeed(what, SEED)).toMatch(/stopped after \d+ photo/);
        expect(result.stderr, withSeed(what, SEED)).not.toMatch(/\n\s+at /);
      }
      // SIGTERM (a cancelled CI job, kill, timeout) is handled as Ctrl-C is, exit 143: it ended the
      // run at once, its temporary copies left in --out (hostile32).
      if (signal === 'SIGTERM') {
        expect(result.signal, withSeed(what, SEED)).toBeNull();
        if (result.code === 143) expect(result.stderr, withSeed(what, SEED)).toMatch(/terminated[\s\S]*stopped after \d+ photo/);
      }
      if (result.signal === 'SIGKILL') mayLeavePartial = true;
      else if (result.code !== null) mayLeavePartial = false;
      await expectOutputSound(what, mayLeavePartial);
      if (process.env.DEBUG_INTERRUPT) console.log(what, walk(out).length, result.stderr.trim().split("\n").pop());
    }
    // The next full run clears whatever a killed run left, and finishes every copy.
    const final = runCli(['photos', input, '--strip-location', '--out', out], { cwd: dir });
    expect(final.status, final.stderr).toBe(1); // the originals carry GPS: findings, and every copy written
    await expectOutputSound('final run', false);
    expect(walk(out).length).toBe(originals.size);
  });

  it('refuses an --out that is a link into the folder being scanned (the originals would be overwritten)', async () => {
    const { symlinkSync } = await import('node:fs');
    const link = path.join(dir, 'sneaky-out');
    symlinkSync(path.join(input, 'day 0'), link);
    const r = runCli(['photos', path.join(input, 'day 0'), '--strip-location', '--out', path.join(link, 'new')], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/inside the folder being scanned/);
    for (const [file, hash] of originals) expect(sha256(file)).toBe(hash);
  });
});
