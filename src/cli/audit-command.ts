// The main command: choose the files (paths, --changed, --stdin, --shard), audit them, apply a
// baseline, print the chosen format, optionally fix, and set the exit code.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runAudit, type AuditOptions } from '../core/engine.js';
import { timingEnabled, timingTable } from '../core/timing.js';
import { UsageError } from '../core/errors.js';
import type { Severity } from '../core/types.js';
import { isInside } from '../core/paths.js';
import { expandInputs } from '../load/inputs.js';
import { configFor, loadConfigFile } from '../config/discover.js';
import { namesInsideWords, redactor } from '../consent/redact.js';
import { loadConsentForConfig } from '../consent/source.js';
import { loadFormatter, type FormatOptions } from '../report/index.js';
import { printable } from '../report/printable.js';
import { useColor } from './output.js';
import { pushAll } from '../core/arrays.js';

export interface AuditFlags {
  policy?: string;
  consent?: string;
  config?: string;
  format: string;
  failOn?: Severity;
  redact?: boolean;
  quiet?: boolean;
  changed?: string | boolean;
  stdin?: boolean;
  stdinFilename?: string;
  shard?: string;
  baseline?: string;
  updateBaseline?: boolean;
  fix?: boolean;
  stripLocation?: boolean;
  stripPeople?: boolean;
  out?: string;
}

export async function auditCommand(paths: string[], flags: AuditFlags): Promise<number> {
  const cwd = process.cwd();
  const selecting = flags.changed !== undefined || flags.stdin === true;
  // "-": the post itself on standard input (an editor or a paste), audited as --stdin-filename (plain text by default).
  const fromStdin = paths.includes('-');
  if (fromStdin && flags.stdin) throw new UsageError('"-" (a post on standard input) and --stdin (a list of paths on standard input) cannot be used together');
  if (fromStdin && flags.fix) throw new UsageError('--fix cannot change a post read from standard input: save it to a file and audit that');
  if (!fromStdin && flags.stdinFilename !== undefined) throw new UsageError('--stdin-filename names the post read from standard input: give "-" as the path too');
  const inputs = paths.filter((input) => input !== '-');
  // CI-only options load their modules (git, hashing) only when used, to keep `audit post.md` quick.
  const select = selecting || flags.shard || fromStdin ? await import('./select.js') : undefined;
  const stdinPost = fromStdin ? path.resolve(cwd, flags.stdinFilename ?? 'stdin.txt') : undefined;
  const given = stdinPost ? new Map([[stdinPost, select!.readStdinBytes('"-"')]]) : undefined;
  if (flags.stdin) pushAll(inputs, select!.pathsFromText(select!.readStdin()));
  if (flags.changed !== undefined) {
    // With --changed, paths narrow the changed set ("audit content/ --changed"). `--changed content/`
    // reads the folder as --changed's value: take it as a path when it is one and not a Git ref.
    let base = typeof flags.changed === 'string' ? flags.changed : undefined;
    if (base !== undefined && existsSync(path.resolve(cwd, base)) && !select!.isGitRef(base, cwd)) {
      inputs.push(base);
      base = undefined;
    }
    const within = inputs.splice(0).map((input) => path.resolve(cwd, input));
    const changed = select!.changedInputs(base, cwd);
    pushAll(inputs, (within.length === 0 ? changed : changed.filter((file) => within.some((dir) => isInside(file, dir)))));
  }
  if (inputs.length === 0 && !selecting && !fromStdin) {
    throw new UsageError('give at least one post, folder or glob to audit, e.g. `audit post.md`');
  }
  if (flags.updateBaseline && !flags.baseline) throw new UsageError('--update-baseline needs --baseline <file> to write to');
  if (flags.fix) {
    // --fix prints what it changed, not a report: a format, a baseline or copies asked for with it
    // would be silently ignored (a CI step parsing "JSON" would get prose, a baseline never written).
    const ignored = [
      flags.format !== 'human' ? `--format ${flags.format}` : '',
      flags.baseline !== undefined ? '--baseline' : '',
      flags.updateBaseline ? '--update-baseline' : '',
      flags.stripLocation || flags.stripPeople || flags.out ? '--strip-location/--out' : '',
    ].filter(Boolean);
    if (ignored.length > 0) throw new UsageError(`--fix cannot be combined with ${ignored.join(', ')}: run the fix first, then audit with ${ignored.length === 1 ? 'that option' : 'those options'}`);
  }
  const cleaning = flags.stripLocation || flags.stripPeople || flags.out ? await import('./clean-copies.js') : undefined;
  const out = cleaning?.cleanOutput(flags);
  if (out) await cleaning!.checkOutFolder(out, flags.out!);

  let files = inputs.length > 0 ? await expandInputs(inputs, { cwd }) : [];
  if (stdinPost) files = [...files.filter((file) => file !== stdinPost), stdinPost];
  if (flags.shard) {
    const shard = select!.parseShard(flags.shard);
    files = files.filter((file) => select!.inShard(file, shard, cwd));
  }
  if (selecting && files.length === 0) process.stderr.write('post-audit: nothing to audit (no changed or listed posts)\n');

  const options: AuditOptions = { inputs: files.map((file) => path.relative(cwd, file) || file), expanded: true };
  if (flags.policy) options.policy = flags.policy;
  if (flags.consent) options.consent = flags.consent;
  if (flags.config) options.config = flags.config;
  if (flags.failOn) options.failOn = flags.failOn;
  if (flags.redact !== undefined) options.redact = flags.redact;
  if (given) options.given = given;

  if (flags.fix) {
    const { fixCommand } = await import('./fix/fix-command.js');
    return fixCommand(options);
  }

  const media = out ? new cleaning!.PostMedia(cwd) : undefined;
  if (media) options.onPost = media.add;
  let result = await runAudit(options);
  if (timingEnabled()) process.stderr.write(timingTable());
  const needsFingerprints = flags.baseline !== undefined || flags.format === 'sarif';
  const fingerprinting = needsFingerprints ? await import('../report/fingerprint.js') : undefined;
  const readSource = fingerprinting && (await fingerprinting.readSourcesFrom(cwd, result.files.map((file) => file.path), (absolute) => (absolute === stdinPost ? given!.get(stdinPost) : undefined)));
  const fingerprints = readSource && fingerprinting!.fingerprintFindings(result, readSource);
  const baseline = flags.baseline ? await import('./baseline.js') : undefined;
  if (flags.baseline && flags.updateBaseline) {
    const { recorded: count, unreadable } = baseline!.writeBaseline(path.resolve(flags.baseline), result, fingerprints!);
    process.stderr.write(`post-audit: wrote ${count} finding fingerprint${count === 1 ? '' : 's'} to ${printable(flags.baseline)}; from now on only new findings fail\n`);
    if (unreadable > 0) {
      process.stderr.write(`post-audit: ${unreadable} error${unreadable === 1 ? '' : 's'} about a file the auditor could not read ${unreadable === 1 ? 'is' : 'are'} not recorded: what such a file holds was never checked, so it fails every audit until it can be read (post/unreadable, image/unreadable)\n`);
    }
    return 0;
  }
  if (flags.baseline) result = baseline!.applyBaseline(result, baseline!.readBaseline(path.resolve(flags.baseline)), fingerprints!);

  const formatter = await loadFormatter(flags.format);
  const formatOptions: FormatOptions = { color: useColor(), quiet: flags.quiet === true };
  if (fingerprints) formatOptions.fingerprints = fingerprints;
  if (result.redacted) formatOptions.mask = await consentMask(files[0] ?? cwd, flags);
  process.stdout.write(formatter(result, formatOptions));
  if (out) {
    const copies = await cleaning!.cleanPostMedia(media!, out, flags);
    reportCopies(copies, out);
    if (copies.notCleaned.length > 0) return 1;
  }
  return result.verdict === 'fail' ? 1 : 0;
}

/** On stderr, so that stdout stays the report in the chosen format. */
function reportCopies(copies: { cleaned: string[]; notCleaned: string[] }, out: string): void {
  const lines: string[] = [];
  if (copies.cleaned.length === 0 && copies.notCleaned.length === 0) lines.push('post-audit: the posts link to no local photos or videos, so no cleaned copies were written');
  else {
    lines.push(`post-audit: ${copies.cleaned.length} cleaned cop${copies.cleaned.length === 1 ? 'y' : 'ies'} (location removed, pictures unchanged) written to ${out}:`);
    for (const copy of copies.cleaned) lines.push(`  ${printable(copy)}`);
    if (copies.cleaned.length > 0) lines.push('  The post still links to the originals: point it at these copies before publishing (or use --fix).');
  }
  for (const line of copies.notCleaned) lines.push(`not cleaned: ${printable(line)}`);
  process.stderr.write(`${lines.join('\n')}\n`);
}

/**
 * Masking for the report's text that does not come from findings (rule documentation in SARIF): the
 * engine's redactor, then any remaining consent-record name even inside a word ("#AmeliaSmith").
 */
async function consentMask(target: string, flags: AuditFlags): Promise<(text: string) => string> {
  const config = flags.config ? await loadConfigFile(flags.config) : await configFor(target);
  const consent = await loadConsentForConfig(config, flags.consent);
  const mask = redactor(consent);
  // Built on first use: only some formats have such text.
  let inWords: ((text: string) => string) | undefined;
  return (text) => (inWords ??= namesInsideWords(consent))(mask(text));
}
