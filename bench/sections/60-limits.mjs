// Limits: memory stays flat as a photo folder grows to 100,000 files, and big posts and consent
// records finish. Peak RSS via /usr/bin/time -f %M; wall time of the whole command. Figures only.
import { strToU8, zipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, fmt, peakMemoryMb, repoRoot, timeCommand } from '../lib.mjs';
import { makeCorpus } from '../text-corpus.mjs';

const env = { ...process.env, CI: '1', NO_COLOR: '1' };

/** `count` hard links to copies of one file (a file takes at most ~65,000 links), 500 to a folder. */
function folderOf(file, target, count) {
  let source = file;
  for (let i = 0; i < count; i++) {
    const sub = path.join(target, `batch-${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    if (i % 30_000 === 0) {
      source = `${file}.${target.length}-${i}.jpg`;
      copyFileSync(file, source);
    }
    linkSync(source, path.join(sub, `photo-${i}.jpg`));
  }
}

function measure(args, cwd) {
  const time = timeCommand(process.execPath, [bin, ...args], { env, cwd });
  const rss = peakMemoryMb(process.execPath, [bin, ...args], { env, cwd });
  return { ms: time.ms, rss, status: time.status };
}

/**
 * One run under /usr/bin/time: wall time, CPU time (user + system, all threads) and peak RSS. The
 * CPU time is the steadier figure on a machine doing other work, where the wall time waits for a core.
 */
function measureCpu(args, cwd) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, bin, ...args], { encoding: 'utf8', env, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const [wall, user, system, kb] = (result.stderr ?? '').trim().split('\n').pop().split(' ').map(Number);
  if (![wall, user, system, kb].every(Number.isFinite)) return { ...measure(args, cwd), cpuMs: undefined };
  return { ms: wall * 1000, cpuMs: (user + system) * 1000, rss: kb / 1024, status: result.status };
}

/** Two runs of a big post: each run's wall and CPU seconds, the larger peak RSS. */
function twoRuns(args, cwd) {
  const runs = [measureCpu(args, cwd), measureCpu(args, cwd)];
  const s = (ms) => fmt(ms / 1000, 2);
  return {
    text: `${runs.map((r) => s(r.ms)).join(', ')} s wall (${runs.map((r) => (r.cpuMs === undefined ? 'n/a' : s(r.cpuMs))).join(', ')} s CPU)   ${fmt(Math.max(...runs.map((r) => r.rss ?? 0)), 0).padStart(5)} MB peak RSS`,
    status: runs[0].status,
  };
}

export default async function run() {
  const { default: sharp } = await import('sharp');
  const work = mkdtempSync(path.join(os.tmpdir(), 'post-audit-limits-'));
  try {
    // A tiny camera photo (EXIF make and model, as phones write) and one with no metadata at all,
    // which the reader also checks is a picture (src/images/pixels.ts: JPEG structure, else a decode).
    const base = sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a9d23' } });
    const camera = path.join(work, 'camera.jpg');
    writeFileSync(camera, await base.clone().jpeg().withExif({ IFD0: { Make: 'Apple', Model: 'iPhone 13' } }).toBuffer());
    const bare = path.join(work, 'bare.jpg');
    writeFileSync(bare, await base.clone().jpeg().toBuffer());

    console.log('  audit photos on a folder of tiny JPEGs (hard links), peak RSS and wall time:');
    let made = 0;
    const folder = path.join(work, 'photos');
    for (const count of [1_000, 10_000, 100_000]) {
      folderOf(camera, path.join(folder, `part-${count}`), count - made);
      made = count;
      const m = measure(['photos', folder, '--no-progress', '-q']);
      console.log(`    ${String(count).padStart(7)} files   ${fmt(m.rss, 0).padStart(5)} MB   ${fmt(m.ms / 1000, 1).padStart(6)} s   ${fmt(count / (m.ms / 1000), 0)} files/s`);
    }
    const bareFolder = path.join(work, 'bare');
    folderOf(bare, bareFolder, 10_000);
    const b = measure(['photos', bareFolder, '--no-progress', '-q']);
    console.log(`    ${'10000'.padStart(7)} files with no metadata (structure checked; decoded only when in doubt): ${fmt(b.rss, 0)} MB, ${fmt(b.ms / 1000, 1)} s`);

    console.log('  audit on big posts (two runs each; wall and CPU time include start-up):');
    const paragraph = `${'The choir sang at the town hall and everyone enjoyed the concert very much. '.repeat(12)}\n\n`;
    for (const mb of [1, 10]) {
      const file = path.join(work, `post-${mb}mb.md`);
      writeFileSync(file, `---\ntitle: Long\n---\n\n${paragraph.repeat(Math.ceil((mb * 1024 * 1024) / paragraph.length))}`);
      const m = twoRuns([file, '--format', 'json'], work);
      console.log(`    ${String(mb).padStart(2)} MB post    ${m.text}   (exit ${m.status}; one paragraph repeated, so repeated-text caches help)`);
    }
    // The same size with no paragraph repeated: the text bench's corpus built ten times over with
    // other seeds — news posts with names, links to photos that are not there, and violations, so
    // tens of thousands of findings.
    const varied = path.join(work, 'post-10mb-varied.md');
    const parts = [];
    for (let seed = 1; parts.join('\n\n').length < 10 * 1024 * 1024; seed++) parts.push(...makeCorpus(1_000_000, seed));
    writeFileSync(varied, `---\ntitle: Long\n---\n\n${parts.join('\n\n')}\n`);
    const v = twoRuns([varied, '--format', 'json'], work);
    console.log(`    10 MB post    ${v.text}   (exit ${v.status}; varied paragraphs: ${parts.length} news posts one after another)`);

    // The bundled example's failing trip post (pupils from its consent record, a photo with GPS, a
    // mobile number) pasted over and over to 10 MB, audited with the example's config: each paragraph
    // is judged once per distinct text, but every finding is still reported at each place.
    const example = path.join(work, 'example');
    cpSync(path.join(repoRoot, 'examples'), example, { recursive: true });
    const tripPost = readFileSync(path.join(example, 'posts', '2026-07-03-residential-trip.md'), 'utf8');
    const [, front, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(tripPost);
    const big = path.join(example, 'posts', 'big.md');
    writeFileSync(big, front + `${body}\n`.repeat(Math.ceil((10 * 1024 * 1024) / body.length)));
    const e = twoRuns([big, '--format', 'json'], example);
    console.log(`    10 MB post    ${e.text}   (exit ${e.status}; the example's trip post repeated, with its consent record and photos)`);

    // A post exported from Google Docs with its photo pasted in: a data: URL of a few megabytes.
    const noise = Buffer.alloc(2400 * 1600 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const photo = await sharp(noise, { raw: { width: 2400, height: 1600, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
    const pasted = path.join(work, 'post-pasted-photo.md');
    writeFileSync(pasted, `---\ntitle: Sports day\n---\n\nWhat a day!\n\n![][image1]\n\n[image1]: <data:image/jpeg;base64,${photo.toString('base64')}>\n`);
    const pp = twoRuns([pasted, '--format', 'json'], work);
    console.log(`    ${fmt(photo.length * 4 / 3 / 1e6, 1)} MB post    ${pp.text}   (exit ${pp.status}; a ${fmt(photo.length / 1e6, 1)} MB photo pasted in as a data: URL, decoded and inspected)`);

    // One long paragraph broken by many inline pieces: segment text is built piece by piece.
    const spans = path.join(work, 'code-spans.md');
    writeFileSync(spans, `${Array.from({ length: 40_000 }, (_, i) => `word \`code${i}\` more`).join(' ')}\n`);
    const sp = measure([spans, '--format', 'json'], work);
    console.log(`    one 0.9 MB paragraph with 40,000 code spans   ${fmt(sp.ms / 1000, 2)} s   ${fmt(sp.rss, 0)} MB peak RSS`);

    // Posts built to hit one check many times in one paragraph (quadratic work shows up here first).
    console.log('  hostile big posts (one paragraph each, with a consent record; wall time, exit code):');
    const hostileConsent = path.join(work, 'hostile-consent.csv');
    writeFileSync(hostileConsent, 'first_name,last_name,photo_website,photo_social,name_published\nAmelia,Smith,Y,Y,Y\nOliver,Brown,N,N,N\n');
    const repeat = (text, times, join = ' ') => Array.from({ length: times }, () => text).join(join);
    const hostile = {
      'phone numbers': repeat('07700 900123', 100_000),
      'e-mail addresses': Array.from({ length: 100_000 }, (_, i) => `a${i}@b${i}.co.uk`).join(' '),
      'quoted insults': repeat('"idiot"', 100_000),
      leetspeak: repeat('b1tch h8 w0m3n', 100_000),
      'spaced letters': repeat('f u c k', 100_000),
      'pupil names': repeat('Well done Amelia Smith and Oliver Brown!', 50_000),
      hashtags: Array.from({ length: 100_000 }, (_, i) => `#AmeliaSmith${i}`).join(' '),
      'hotel sentences': repeat('We are at the hotel.', 100_000),
      'masked words': repeat('sc*m f*ck a*b*c*d p*ople', 40_000),
      // Not one paragraph: tables of absurd width and length (read as text past the limits).
      'wide table rows': repeat(`|${'a|'.repeat(5_000)}`, 200, '\n'),
      'a 10 MB table': `| Name | Class | Event | Result |\n|---|---|---|---|\n${Array.from({ length: 158_000 }, (_, i) => `| Pupil ${i} | Year ${(i % 6) + 1} | 100m sprint heat ${i} | ${(i * 7) % 60} seconds |`).join('\n')}`,
    };
    for (const [name, text] of Object.entries(hostile)) {
      const file = path.join(work, `hostile-${name.replace(/\W+/g, '-')}.md`);
      writeFileSync(file, `${text}\n`);
      const m = timeCommand(process.execPath, [bin, file, '--consent', hostileConsent, '--format', 'json'], { env, cwd: work, timeout: 300_000 });
      const size = Buffer.byteLength(text) / 1024 / 1024;
      console.log(`    ${name.padEnd(18)} ${fmt(size, 1).padStart(4)} MB   ${fmt(m.ms / 1000, 2).padStart(6)} s   (exit ${m.status ?? 'killed'})`);
    }

    // One first name shared by 50,000 pupils and used 2,000 times: each use must not re-judge every namesake.
    const namesakes = path.join(work, 'namesakes.csv');
    writeFileSync(namesakes, `first_name,last_name,photo_website,photo_social,name_published\n${Array.from({ length: 50_000 }, (_, i) => `Amelia,Family${i},${i % 2 ? 'Y' : 'N'},N,Y`).join('\n')}\n`);
    const namesakePost = path.join(work, 'namesakes.md');
    writeFileSync(namesakePost, `---\napproved_by: Mrs Patel\n---\n${Array.from({ length: 2_000 }, () => 'Well done Amelia!').join('\n\n')}\n`);
    const ns = timeCommand(process.execPath, [bin, namesakePost, '--consent', namesakes, '--format', 'json'], { env, cwd: work, timeout: 300_000 });
    console.log(`  2,000 uses of a first name shared by 50,000 pupils: ${fmt(ns.ms / 1000, 2)} s (exit ${ns.status ?? 'killed'})`);

    const rows = Array.from({ length: 100_000 }, (_, i) => `Pupil${i},Family${i % 977},${i % 2 ? 'Y' : 'N'},N,Y`).join('\n');
    const consent = path.join(work, 'consent.csv');
    writeFileSync(consent, `first_name,last_name,photo_website,photo_social,name_published\n${rows}\n`);
    const post = path.join(work, 'post.md');
    writeFileSync(post, '---\napproved_by: Mrs Patel\n---\nWell done to Pupil42 Family42 and Year 4.\n');
    const c = measure([post, '--consent', consent, '--format', 'json'], work);
    console.log(`  audit with a 100,000-row consent record: ${fmt(c.ms / 1000, 2)} s, ${fmt(c.rss, 0)} MB peak RSS (exit ${c.status})`);
    // The same record as an Excel workbook (inline strings, as openpyxl's write-only mode writes them).
    const workbook = path.join(work, 'consent.xlsx');
    writeFileSync(workbook, xlsxOf([['first_name', 'last_name', 'photo_website', 'photo_social', 'name_published'], ...rows.split('\n').map((line) => line.split(','))]));
    const x = measure([post, '--consent', workbook, '--format', 'json'], work);
    console.log(`  the same record as an Excel workbook (.xlsx): ${fmt(x.ms / 1000, 2)} s, ${fmt(x.rss, 0)} MB peak RSS (exit ${x.status})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A one-sheet workbook of text cells. */
function xlsxOf(table) {
  const cell = (value) => `<c t="inlineStr"><is><t>${value}</t></is></c>`;
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${table.map((row) => `<row>${row.map(cell).join('')}</row>`).join('')}</sheetData></worksheet>`;
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    'xl/workbook.xml': strToU8(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets><sheet name="Consent" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}
