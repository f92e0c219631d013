// Batch photo scan: `audit photos` (every check on) against ExifTool and the floor of reading the
// first 64 KB of each file, on ../shared/fixtures/images replicated to 2,000 files; peak memory at
// 2,000 and 10,000 files. Figures only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, copyFileSync, openSync, readSync, closeSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, fmt, peakMemoryMb, repoRoot, timeCommand } from '../lib.mjs';

const source = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'images');
const MEDIA = /\.(jpe?g|png|tiff?|heic|heif|webp|avif|mp4|mov)$/i;

function listMedia(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listMedia(full, out);
    else if (MEDIA.test(entry.name)) out.push(full);
  }
  return out;
}

function replicate(files, target, count) {
  mkdirSync(target, { recursive: true });
  for (let i = 0; i < count; i++) {
    const file = files[i % files.length];
    const sub = path.join(target, `batch-${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const name = path.join(sub, `${i}-${path.basename(file)}`);
    // Real copies, not hard links: links share one inode's cached pages and make reads look free.
    copyFileSync(file, name);
  }
}

function readFloor(dir) {
  const buffer = Buffer.alloc(64 * 1024);
  const started = process.hrtime.bigint();
  let n = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const fd = openSync(full, 'r');
        readSync(fd, buffer, 0, buffer.length, 0);
        closeSync(fd);
        n++;
      }
    }
  };
  walk(dir);
  return { n, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

export default async function run() {
  if (!existsSync(source)) {
    console.log(`  skipped: ${source} is not present`);
    return;
  }
  const files = listMedia(source);
  const work = mkdtempSync(path.join(os.tmpdir(), 'post-audit-photos-'));
  const env = { ...process.env, CI: '1', NO_COLOR: '1' };
  try {
    const small = path.join(work, 'n2000');
    replicate(files, small, 2000);
    const n = 2000;
    const audit = timeCommand(process.execPath, [bin, 'photos', small, '--no-progress'], { env });
    const floor = readFloor(small);
    const exiftool = spawnSync('exiftool', ['-ver'], { encoding: 'utf8' });
    let exif;
    if (exiftool.status === 0) exif = timeCommand('exiftool', ['-fast2', '-n', '-r', '-json', '-GPSLatitude', '-GPSLongitude', small]);
    const rate = (ms) => (ms ? (n / (ms / 1000)) : undefined);
    console.log(`  ${n} files replicated from ${files.length} real photos (${path.relative(repoRoot, source)})`);
    console.log(`  audit photos (all checks)      ${fmt(rate(audit.ms), 0)} files/s  (${fmt(audit.ms / 1000, 2)} s)`);
    console.log(`  64 KB read floor               ${fmt(rate(floor.ms), 0)} files/s`);
    if (exif) {
      console.log(`  exiftool -fast2 GPS            ${fmt(rate(exif.ms), 0)} files/s`);
      console.log(`  audit / exiftool               ${fmt(exif.ms / audit.ms, 1)}×   (target ≥ 25×)`);
    } else {
      console.log('  exiftool not installed: apt-get install -y libimage-exiftool-perl to compare');
    }
    console.log(`  audit / read floor             ${fmt(floor.ms / audit.ms, 2)}   (target ≥ 0.5)`);
    // The same scan with the one check that decodes pictures switched off in a config file.
    const noPreview = path.join(work, 'no-preview.yaml');
    writeFileSync(noPreview, 'rules:\n  image/thumbnail-mismatch: "off"\n');
    const fast = timeCommand(process.execPath, [bin, 'photos', small, '--no-progress', '--config', noPreview], { env });
    console.log(`  without image/thumbnail-mismatch (no preview decoded): ${fmt(rate(fast.ms), 0)} files/s${exif ? `, ${fmt(exif.ms / fast.ms, 1)}× ExifTool` : ''}`);

    // The shared set is mostly metadata test files (resized, re-saved, edited), whose previews are
    // compared by decoding the picture. A trip folder is full-size photos from cameras and phones:
    // the same comparison on the shared JPEGs of at least 1 MB, replicated to 2,000.
    const full = files.filter((file) => /\.jpe?g$/i.test(file) && statSync(file).size >= 1024 * 1024);
    const fullDir = path.join(work, 'full2000');
    replicate(full, fullDir, 2000);
    const fullAudit = timeCommand(process.execPath, [bin, 'photos', fullDir, '--no-progress'], { env });
    console.log(`  full-size photos only: ${full.length} JPEGs of 1 MB or more (${full.map((f) => path.basename(f)).join(', ')}), replicated to 2,000`);
    console.log(`    audit photos (all checks)    ${fmt(rate(fullAudit.ms), 0)} files/s`);
    if (exif) {
      const fullExif = timeCommand('exiftool', ['-fast2', '-n', '-r', '-json', '-GPSLatitude', '-GPSLongitude', fullDir]);
      console.log(`    exiftool -fast2 GPS          ${fmt(rate(fullExif.ms), 0)} files/s   audit / exiftool ${fmt(fullExif.ms / fullAudit.ms, 1)}×`);
    }
    rmSync(fullDir, { recursive: true, force: true });
    console.log(`  peak RSS, 2,000 files          ${fmt(peakMemoryMb(process.execPath, [bin, 'photos', small, '--no-progress'], { env }), 0)} MB`);
    const big = path.join(work, 'n10000');
    replicate(files, big, 10000);
    console.log(`  peak RSS, 10,000 files         ${fmt(peakMemoryMb(process.execPath, [bin, 'photos', big, '--no-progress'], { env }), 0)} MB`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
