// The main command: choose the files (paths, --changed, --stdin, --shard), audit them, apply a
// baseline, print the chosen format, optionally fix, and set the exit code.
import path from 'node:path';
import { runAudit, type AuditOptions } from '../core/engine.js';
import { UsageError } from '../core/errors.js';
import type { Severity } from '../core/types.js';
import { expandInputs } from '../load/inputs.js';
import { fingerprintFindings, readSourceFrom } from '../report/fingerprint.js';
import { configFor, loadConfigFile } from '../config/discover.js';
import { redactor } from '../consent/redact.js';
import { loadConsentForConfig } from '../consent/source.js';
import { loadFormatter, type FormatOptions } from '../report/index.js';
import { applyBaseline, readBaseline, writeBaseline } from './baseline.js';
import { useColor } from './output.js';
import { changedInputs, inShard, parseShard, pathsFromText, readStdin } from './select.js';

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
  shard?: string;
  baseline?: string;
  updateBaseline?: boolean;
  fix?: boolean;
}

export async function auditCommand(paths: string[], flags: AuditFlags): Promise<number> {
  const cwd = process.cwd();
  const selecting = flags.changed !== undefined || flags.stdin === true;
  const inputs = [...paths];
  if (flags.stdin) inputs.push(...pathsFromText(readStdin()));
  if (flags.changed !== undefined) inputs.push(...changedInputs(typeof flags.changed === 'string' ? flags.changed : undefined, cwd));
  if (inputs.length === 0 && !selecting) {
    throw new UsageError('give at least one post, folder or glob to audit, e.g. `audit post.md`');
  }
  if (flags.updateBaseline && !flags.baseline) throw new UsageError('--update-baseline needs --baseline <file> to write to');

  let files = inputs.length > 0 ? await expandInputs(inputs, { cwd }) : [];
  if (flags.shard) {
    const shard = parseShard(flags.shard);
    files = files.filter((file) => inShard(file, shard, cwd));
  }
  if (selecting && files.length === 0) process.stderr.write('post-audit: nothing to audit (no changed or listed posts)\n');

  const options: AuditOptions = { inputs: files.map((file) => path.relative(cwd, file) || file) };
  if (flags.policy) options.policy = flags.policy;
  if (flags.consent) options.consent = flags.consent;
  if (flags.config) options.config = flags.config;
  if (flags.failOn) options.failOn = flags.failOn;
  if (flags.redact !== undefined) options.redact = flags.redact;

  if (flags.fix) {
    const { fixCommand } = await import('./fix/fix-command.js');
    return fixCommand(options);
  }

  let result = await runAudit(options);
  const fingerprints = fingerprintFindings(result, readSourceFrom(cwd));
  if (flags.baseline && flags.updateBaseline) {
    const count = writeBaseline(path.resolve(flags.baseline), result, fingerprints);
    process.stderr.write(`post-audit: wrote ${count} finding fingerprint${count === 1 ? '' : 's'} to ${flags.baseline}; from now on only new findings fail\n`);
    return 0;
  }
  if (flags.baseline) result = applyBaseline(result, readBaseline(path.resolve(flags.baseline)), fingerprints);

  const formatter = await loadFormatter(flags.format);
  const formatOptions: FormatOptions = { color: useColor(), quiet: flags.quiet === true, fingerprints };
  if (result.redacted) formatOptions.mask = await consentMask(files[0] ?? cwd, flags);
  process.stdout.write(formatter(result, formatOptions));
  return result.verdict === 'fail' ? 1 : 0;
}

/** The same masking the engine applied to findings, for the report's other text (rule documentation). */
async function consentMask(target: string, flags: AuditFlags): Promise<(text: string) => string> {
  const config = flags.config ? await loadConfigFile(flags.config) : await configFor(target);
  const mask = redactor(await loadConsentForConfig(config, flags.consent));
  return (text) => mask(text);
}
