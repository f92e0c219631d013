// `--baseline <file>`: findings recorded on legacy posts are accepted; only new ones fail.
// The file holds fingerprints (sha256, see report/fingerprint.ts) and rule ids — never a name or a path.
import { lstatSync } from 'node:fs';
import { summarise } from '../core/engine.js';
import { UsageError, describeError, fsReason } from '../core/errors.js';
import { readOrdinaryFile } from '../core/files.js';
import { settingsText } from '../load/decode.js';
import { maxSettingsBytes } from '../core/limits.js';
import { SEVERITY_RANK, type AuditResult, type FileResult, type Finding } from '../core/types.js';
import { writeFileAtomic } from './output.js';

export interface BaselineFile {
  version: 1;
  tool: 'post-audit';
  /** fingerprint → rule id */
  findings: Record<string, string>;
}

export function readBaseline(file: string): BaselineFile {
  let raw: unknown;
  try {
    raw = JSON.parse(settingsText(readOrdinaryFile(file, maxSettingsBytes())));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`baseline file not found: ${file} (create it with --update-baseline)`);
    throw new UsageError(`${file}: not a post-audit baseline (${describeError(error).split('\n')[0]})`);
  }
  const data = raw as Partial<BaselineFile>;
  if (data?.version !== 1 || typeof data.findings !== 'object' || data.findings === null) {
    throw new UsageError(`${file}: not a post-audit baseline (expected {"version": 1, "findings": {…}})`);
  }
  for (const key of Object.keys(data.findings)) {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new UsageError(`${file}: "${key.slice(0, 20)}…" is not a finding fingerprint`);
  }
  return data as BaselineFile;
}

/**
 * A file the auditor could not read is not a finding to live with: what it holds was never checked,
 * and its fingerprint (its first line, or the image's name) stays the same whatever is put in it
 * later. Such errors are never recorded, and never accepted from a baseline written before this rule.
 */
export function baselinable(finding: Finding): boolean {
  return !(finding.severity === 'error' && (finding.ruleId === 'post/unreadable' || finding.ruleId === 'image/unreadable'));
}

export function writeBaseline(file: string, result: AuditResult, fingerprints: ReadonlyMap<Finding, string>): { recorded: number; unreadable: number } {
  const findings: Record<string, string> = {};
  let unreadable = 0;
  for (const fileResult of result.files) {
    for (const finding of fileResult.findings) {
      if (!baselinable(finding)) {
        unreadable++;
        continue;
      }
      const fingerprint = fingerprints.get(finding);
      if (fingerprint) findings[fingerprint] = finding.ruleId;
    }
  }
  const sorted = Object.fromEntries(Object.entries(findings).sort(([a], [b]) => a.localeCompare(b)));
  const baseline: BaselineFile = { version: 1, tool: 'post-audit', findings: sorted };
  // Only a baseline (or an empty file) is written over: `--baseline consent.csv --update-baseline`
  // replaced the consent record (or a post, or the config) with fingerprints.
  const existing = lstatSync(file, { throwIfNoEntry: false });
  if (existing?.isFile() && existing.size > 0) {
    try {
      readBaseline(file);
    } catch {
      throw new UsageError(`--baseline ${file}: the file is not a post-audit baseline, so --update-baseline does not write over it; name a new file or remove that one`);
    }
  }
  try {
    writeFileAtomic(file, JSON.stringify(baseline, null, 2) + '\n');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--baseline ${file}: cannot write it (${code === 'ENOENT' ? 'its folder does not exist' : fsReason(error)})`);
  }
  return { recorded: Object.keys(sorted).length, unreadable };
}

/** Moves findings already in the baseline to "suppressed" and re-judges each file and the run. */
export function applyBaseline(result: AuditResult, baseline: BaselineFile, fingerprints: ReadonlyMap<Finding, string>): AuditResult {
  const files: FileResult[] = result.files.map((file) => {
    const findings: Finding[] = [];
    const suppressed = [...file.suppressed];
    for (const finding of file.findings) {
      const fingerprint = fingerprints.get(finding);
      if (fingerprint && Object.hasOwn(baseline.findings, fingerprint) && baselinable(finding)) suppressed.push({ finding, reason: 'recorded in the baseline (existing finding)' });
      else findings.push(finding);
    }
    const fails = findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[result.failOn]);
    return { ...file, findings, suppressed, verdict: fails ? 'fail' : 'pass' };
  });
  return summarise(files, { policy: result.policy, pack: result.pack, failOn: result.failOn, redact: result.redacted });
}
