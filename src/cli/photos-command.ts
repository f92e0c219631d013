// `audit photos <folder>`: every image check over a folder of photos, fast and with flat memory —
// files stream through a pool of workers sized to the machine, and only compact rows are kept.
import { createWriteStream, openSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { configFor, loadConfigFile } from '../config/discover.js';
import { consentPathFor } from '../consent/source.js';
import { checkPost, compareFindings, imageReadOptions, isCi, summarise } from '../core/engine.js';
import { UsageError, fsReason } from '../core/errors.js';
import { notWritableThere } from '../core/files.js';
import { displayPath, isInside, temporaryName } from '../core/paths.js';
import { SEVERITY_RANK, type FileResult, type Finding, type Severity } from '../core/types.js';
import { withDecodeSlot } from '../images/decode-slots.js';
import { readImageMetadata } from '../images/read.js';
import { CSV_HEADER, csvLine, htmlFooter, htmlHeader, htmlRow, photoRow, type PhotoRow } from '../images/report/rows.js';
import { emptyMetadata } from '../images/types.js';
import { countPhotos, walkPhotos, type FoundPhoto } from '../images/walk.js';
import { LexiconStore } from '../lexicons/store.js';
import { imagePost } from '../load/post.js';
import { DEFAULT_POLICY, loadPolicy, policyFilePath } from '../policies/loader.js';
import { imageRules, rules as allRules } from '../rules/index.js';
import { printable } from '../report/printable.js';
import { PARTIAL_DIR, checkOutFolder, cleanOutput, realFolder, whyNotCleaned } from './clean-copies.js';

export interface PhotosFlags {
  policy?: string;
  config?: string;
  format: string;
  report?: string;
  failOn?: Severity;
  redact?: boolean;
  stripLocation?: boolean;
  stripPeople?: boolean;
  out?: string;
  quiet?: boolean;
  progress?: boolean;
}

interface Tally {
  photos: number;
  gps: number;
  locationNames: number;
  people: number;
  foreignDevices: number;
  unreadable: number;
  thumbnails: number;
  /** macOS "._" files named like photos, skipped and counted. */
  notPhotos: number;
  cleaned: number;
  notCleaned: string[];
  /** Photos that fail, and the first LISTED of them by path, with what is wrong. */
  failing: number;
  listed: { path: string; what: string }[];
}

/** How many failing photos the summary names (the report lists them all). */
const LISTED = 20;

/** Short words for what a photo's findings are about; the rule id for any other. */
const WHAT: Record<string, string> = {
  'image/gps': 'GPS position',
  'image/location-names': 'place names',
  'image/people-tags': 'people tags',
  'image/owner-details': "owner's name",
  'image/device': 'foreign device',
  'image/copyright': 'copyright',
  'image/thumbnail-mismatch': 'stale preview',
  'image/unreadable': 'could not be read',
};

export async function photosCommand(folder: string, flags: PhotosFlags): Promise<number> {
  const root = path.resolve(folder);
  const info = await stat(root).catch((error: unknown) => {
    throw new UsageError(`${folder}: ${fsReason(error)}`);
  });
  if (!info.isDirectory()) throw new UsageError(`${folder}: not a folder (audit photos scans a folder of photos)`);
  const out = cleanOutput(flags);
  if (out) await checkOutFolder(out, flags.out!);
  if (out && (isInside(out, root) || isInside(await realFolder(out), await realFolder(root)))) throw new UsageError(`--out ${flags.out} is inside the folder being scanned; choose a folder outside it`);
  // The scan leaves --out alone, so a folder inside it would be scanned empty ("no photos found").
  if (out && (isInside(root, out) || isInside(await realFolder(root), await realFolder(out)))) throw new UsageError(`--out ${flags.out} holds the folder being scanned; choose a folder apart from it`);
  const partial = out ? path.join(out, PARTIAL_DIR) : undefined;
  if (partial) await rm(partial, { recursive: true, force: true });
  const within = out ? await realFolder(out) : undefined;
  const reportFormat = flags.report ? reportKind(flags.report) : undefined;

  const config = flags.config ? await loadConfigFile(flags.config) : await configFor(path.join(root, 'photo'));
  const policy = flags.policy ?? config.policy ?? DEFAULT_POLICY;
  const policyBase = flags.policy ? process.cwd() : config.root;
  const pack = await loadPolicy(policy, policyBase);
  const failOn: Severity = flags.failOn ?? config.failOn ?? 'error';
  const redact = flags.redact ?? isCi();
  const lexicons = new LexiconStore();
  const ruleIds = new Set(allRules.map((r) => r.meta.id));
  const readOptions = imageReadOptions(config, imageRules, 'auto');
  const strip = out ? (await import('../images/strip.js')).stripMetadata : undefined;
  const sharp = reportFormat === 'html' ? (await import('../images/thumbnail.js')).loadSharp() : undefined;

  if (flags.report) {
    await refuseReportOver(flags.report, [
      ['the consent record', consentPathFor(config)],
      ['the config file', config.source],
      ['the policy pack', policyFilePath(policy, policyBase)],
    ]);
  }
  const report = flags.report ? openReport(flags.report) : undefined;
  let firstJson = true;
  if (report && reportFormat === 'csv') report.stream.write(CSV_HEADER);
  if (report && reportFormat === 'json') report.stream.write('[\n');
  if (report && reportFormat === 'html') report.stream.write(htmlHeader(`Photo audit of ${displayPath(root)}`));

  const tally: Tally = { photos: 0, gps: 0, locationNames: 0, people: 0, foreignDevices: 0, unreadable: 0, thumbnails: 0, notPhotos: 0, cleaned: 0, notCleaned: [], failing: 0, listed: [] };
  const keepResults = flags.format === 'json';
  const results: FileResult[] = [];
  let failed = false;
  let errors = 0;
  let warnings = 0;

  const progress = await startProgress(flags, () => countPhotos(root, out ? [out] : []));
  const started = Date.now();

  async function handle(found: FoundPhoto): Promise<void> {
    const shown = displayPath(found.path);
    if (found.notAPhoto) {
      tally.notPhotos++;
      progress?.increment();
      return;
    }
    const metadata = found.problem ? { ...emptyMetadata(), error: found.problem } : await readImageMetadata(found.path, { ...readOptions, sidecars: found.sidecars });
    const post = imagePost(found.path, shown);
    post.attachments[0]!.metadata = metadata;
    const pending = await checkPost(post, { config, consent: undefined, lexicons, rules: imageRules, ruleIds, pack, redact });
    const findings: Finding[] = pending.map((p) => p.finding).sort(compareFindings);
    const fails = findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
    if (fails) {
      failed = true;
      const what = [...new Set(findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]).map((f) => WHAT[f.ruleId] ?? f.ruleId))].join(', ');
      listFailing(tally, shown, what);
    }
    for (const f of findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
    tally.photos++;
    if (metadata.gps.length) tally.gps++;
    if (metadata.locationNames.length) tally.locationNames++;
    if (metadata.people.length) tally.people++;
    if (metadata.error) tally.unreadable++;
    if (metadata.thumbnail?.differs) tally.thumbnails++;
    if (findings.some((f) => f.ruleId === 'image/device')) tally.foreignDevices++;
    if (keepResults) results.push({ path: shown, verdict: fails ? 'fail' : 'pass', findings, suppressed: [] });
    if (report) {
      const row: PhotoRow = photoRow(shown, metadata, findings);
      if (redact) row.people = row.people.map(() => '[name]');
      if (sharp && !metadata.error) row.thumbnail = await thumbnailUri(await sharp, found.path);
      if (reportFormat === 'csv') report.stream.write(csvLine(row));
      else if (reportFormat === 'json') {
        report.stream.write(`${firstJson ? '' : ',\n'}${JSON.stringify(row)}`);
        firstJson = false;
      } else report.stream.write(htmlRow(row));
    }
    if (strip && out && found.problem) {
      tally.notCleaned.push(`${shown}: ${found.problem}`);
    } else if (strip && out) {
      const relative = path.relative(root, found.path);
      const result = await strip(found.path, path.join(out, relative), { location: true, people: flags.stripPeople === true, tempDir: partial!, within: within! });
      if (result.written) tally.cleaned++;
      else tally.notCleaned.push(`${shown}: ${whyNotCleaned(result.message)}`);
      for (const sidecar of found.sidecars) {
        const side = await strip(sidecar, path.join(out, path.relative(root, sidecar)), { location: true, people: flags.stripPeople === true, tempDir: partial!, within: within! });
        if (!side.written) tally.notCleaned.push(`${displayPath(sidecar)}: ${whyNotCleaned(side.message)}`);
      }
    }
    progress?.increment();
  }

  // Enough files in flight to keep the disk busy while a few wait for a decode slot (see thumbnail.ts).
  const workers = Math.max(16, os.availableParallelism() * 16);
  const queue = walkPhotos(root, out ? [out] : []);
  // Ctrl-C: stop taking photos, let the copies in flight finish their rename, then exit 130. SIGTERM
  // (kill, a cancelled CI job, docker stop, timeout) the same, exit 143: it ended the process at once,
  // leaving its temporary copies in --out until the next run.
  let interrupted: NodeJS.Signals | undefined;
  const exitCode = (signal: NodeJS.Signals) => (signal === 'SIGTERM' ? 143 : 130);
  const onInterrupt = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(exitCode(signal));
    interrupted = signal;
    process.stderr.write(
      signal === 'SIGTERM'
        ? '\npost-audit: terminated — finishing the photos in progress (a second signal stops at once)\n'
        : '\npost-audit: interrupted — finishing the photos in progress (press Ctrl-C again to stop at once)\n',
    );
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (;;) {
        if (interrupted) return;
        const next = await queue.next();
        if (next.done) return;
        progress?.grow();
        await handle(next.value);
      }
    }),
  );
  process.off('SIGINT', onInterrupt);
  process.off('SIGTERM', onInterrupt);
  await progress?.stop(!interrupted);
  if (partial) await rm(partial, { recursive: true, force: true });
  if (interrupted) {
    // The report is left as it was: a scan cut short has no report to replace it with.
    if (report) await closeStream(report.stream).catch(() => undefined);
    const copies = out ? `; the ${tally.cleaned} cleaned copies in ${displayPath(out)} are complete` : '';
    process.stderr.write(`post-audit: stopped after ${tally.photos} photo(s)${copies}; no verdict — the scan did not finish\n`);
    return exitCode(interrupted);
  }
  const seconds = (Date.now() - started) / 1000;
  if (tally.photos === 0) throw new UsageError(`${folder}: no photos or videos found in this folder`);

  const summary = summaryText(tally, seconds, out);
  if (report) {
    if (reportFormat === 'json') report.stream.write('\n]\n');
    if (reportFormat === 'html') report.stream.write(htmlFooter(summary.replace(/\n/g, ' ')));
    await finishReport(report).catch((error: unknown) => {
      throw new UsageError(`--report ${flags.report}: the report could not be written (${fsReason(error)})`);
    });
  }
  if (flags.format === 'json') {
    const { formatJson } = await import('../report/json.js');
    results.sort((a, b) => a.path.localeCompare(b.path));
    process.stdout.write(formatJson(summarise(results, { policy: pack.id, pack, failOn, redact })));
  } else if (!flags.quiet || failed || tally.notCleaned.length > 0) {
    process.stdout.write(`${flags.quiet ? '' : failingText(tally, flags.report)}${summary}\n${verdictLine(failed, errors, warnings, tally.notCleaned.length)}\n`);
  }
  if (tally.notCleaned.length) process.stderr.write(tally.notCleaned.map((l) => `not cleaned: ${printable(l)}\n`).join(''));
  return failed || tally.notCleaned.length > 0 ? 1 : 0;
}

/** The last line: FAIL on errors, and also when copies asked for could not be written (the exit code is 1 then too). */
function verdictLine(failed: boolean, errors: number, warnings: number, notCleaned: number): string {
  const uncleaned = notCleaned > 0 ? `; ${notCleaned} photo(s) not cleaned (listed below)` : '';
  if (failed || notCleaned > 0) return `Verdict: FAIL — ${errors} error(s), ${warnings} warning(s)${uncleaned}`;
  return `Verdict: PASS — ${warnings} warning(s)`;
}

function reportKind(file: string): 'csv' | 'json' | 'html' {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new UsageError(`--report ${file}: use a .csv, .json or .html file name`);
}

/** Counts a failing photo and keeps it if it is among the first LISTED by path (photos finish in any order). */
function listFailing(t: Tally, shown: string, what: string): void {
  t.failing++;
  const at = t.listed.findIndex((entry) => shown.localeCompare(entry.path) < 0);
  if (at === -1) {
    if (t.listed.length < LISTED) t.listed.push({ path: shown, what });
    return;
  }
  t.listed.splice(at, 0, { path: shown, what });
  if (t.listed.length > LISTED) t.listed.pop();
}

/** The failing photos named in the summary: "  photos/a.jpg: GPS position, foreign device", then how many more. */
function failingText(t: Tally, report: string | undefined): string {
  if (t.failing === 0) return '';
  const lines = [`Photos to fix (${t.failing}):`, ...t.listed.map((entry) => `  ${printable(entry.path)}: ${entry.what}`)];
  const more = t.failing - t.listed.length;
  if (more > 0) lines.push(`  … and ${more} more ${report ? `(all are in ${report})` : '(write them all with --report problems.csv)'}`);
  return `${lines.join('\n')}\n`;
}

function summaryText(t: Tally, seconds: number, out: string | undefined): string {
  const lines = [
    `Scanned ${t.photos} photo(s) and video(s) in ${seconds.toFixed(1)} s (${(t.photos / Math.max(seconds, 0.001)).toFixed(0)}/s)`,
    `  with a GPS position:      ${t.gps}`,
    `  with place names:         ${t.locationNames}`,
    `  with people tags:         ${t.people}`,
    `  from a foreign device:    ${t.foreignDevices}`,
    `  with a stale preview:     ${t.thumbnails}`,
    `  unreadable:               ${t.unreadable}`,
  ];
  if (t.notPhotos) lines.push(`Skipped ${t.notPhotos} macOS "._" file(s) beside the photos: they hold Finder data, not pictures`);
  if (out) lines.push(`Cleaned copies written to ${displayPath(out)}: ${t.cleaned}${t.notCleaned.length ? `, not cleaned: ${t.notCleaned.length}` : ''}`);
  return lines.join('\n');
}

async function thumbnailUri(sharp: Awaited<ReturnType<typeof import('../images/thumbnail.js').loadSharp>>, file: string): Promise<string | undefined> {
  try {
    // In a decode slot: a failure here beside the pixel check's decode could take its reason.
    const bytes = await withDecodeSlot(() => sharp(file, { failOn: 'none' }).rotate().resize(120, 120, { fit: 'inside' }).jpeg({ quality: 60 }).toBuffer());
    return `data:image/jpeg;base64,${bytes.toString('base64')}`;
  } catch {
    return undefined;
  }
}

interface ReportFile {
  stream: WriteStream;
  /** Where it is written; renamed to `file` once complete. */
  temp: string;
  file: string;
  /** The first write error (a full disk): the reason given, not the closed stream's. */
  error?: Error;
}

/**
 * A report named like a file the run is set up with would replace it: `--report consent.csv` wrote
 * the photo report over the school's consent record (its only copy, perhaps), `--report
 * .postauditrc.json` over the config. Refused, on one line.
 */
async function refuseReportOver(report: string, files: [what: string, file: string | undefined][]): Promise<void> {
  const target = await realFolder(path.resolve(report));
  for (const [what, file] of files) {
    if (file && (await realFolder(path.resolve(file))) === target) throw new UsageError(`--report ${report}: this is ${what}; name another file for the report`);
  }
}

/**
 * The report file, opened now so a bad path is a clean error before the scan; a later write error
 * surfaces at close. It is written to a temporary file beside it and renamed into place when complete:
 * never written through a link at its path, never half-written over an earlier report, and a pipe or
 * device at its path is refused (a pipe's open blocked the run for ever). The temporary file goes
 * when the process ends, whatever ends it short of a kill.
 */
function openReport(file: string): ReportFile {
  const refused = notWritableThere(file);
  if (refused) throw new UsageError(`--report ${file}: ${refused}`);
  const temp = path.join(path.dirname(file), temporaryName(file, `${process.pid}.report`));
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--report ${file}: ${code === 'ENOENT' ? `its folder ${path.dirname(file)} does not exist` : fsReason(error)}`);
  }
  process.once('exit', () => rmSync(temp, { force: true }));
  const stream = createWriteStream('', { fd });
  const report: ReportFile = { stream, temp, file };
  stream.on('error', (error) => (report.error ??= error)); // reported when the stream is closed
  return report;
}

async function finishReport(report: ReportFile): Promise<void> {
  // A write that failed (ENOSPC) destroys the stream: closing it then says only "Cannot call end after a stream was destroyed".
  await closeStream(report.stream).catch((error: unknown) => {
    throw report.error ?? error;
  });
  if (report.error) throw report.error;
  const refused = notWritableThere(report.file);
  if (refused) throw new Error(refused);
  renameSync(report.temp, report.file);
}

function closeStream(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

interface Progress {
  grow(): void;
  increment(): void;
  /** Ends the bar; after a whole scan (the folders all walked), with the count's total once it is in. */
  stop(finished: boolean): Promise<void>;
}

/**
 * A progress bar with count, rate and ETA — only on a terminal, never in CI or when piped. The scan
 * streams the folder, so the total comes from a count of the files named like photos made beside it
 * (`count`); until it is known the bar says "counting" rather than an ETA of the files found so far.
 */
async function startProgress(flags: PhotosFlags, count: () => Promise<number>): Promise<Progress | undefined> {
  if (flags.progress === false || !process.stderr.isTTY || isCi() || flags.format === 'json') return undefined;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'Scanning {bar} {value}/{of} photos | {rate}/s | {remaining}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let taken = 0;
  let done = 0;
  let counted: number | undefined;
  let stopped = false;
  const started = Date.now();
  const payload = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = done / seconds;
    const total = Math.max(counted ?? 0, taken);
    const eta = counted === undefined ? 'counting…' : done === 0 ? 'ETA …' : `ETA ${formatSeconds((total - done) / rate)}`;
    return { of: counted === undefined ? `${taken}+` : String(total), rate: rate.toFixed(0), remaining: eta };
  };
  // An empty bar until the total is known.
  bar.start(Number.MAX_SAFE_INTEGER, 0, payload());
  // The count is only an estimate (a photo found by its bytes alone is not in it): a failed one leaves the bar counting.
  const counting = count()
    .then((n) => {
      if (stopped) return;
      counted = n;
      bar.setTotal(Math.max(n, taken, 1));
      bar.update(done, payload());
    })
    .catch(() => undefined);
  return {
    grow: () => {
      taken++;
      if (counted !== undefined && taken > counted) bar.setTotal(taken);
      bar.update(done, payload());
    },
    increment: () => bar.update(++done, payload()),
    stop: async (finished) => {
      // A scan faster than the count (a small folder, a busy disk) still ends on its total; one cut short does not wait.
      if (finished) await counting;
      stopped = true;
      bar.stop();
    },
  };
}

/** "45s", "3m 20s", "1h 05m". */
function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
