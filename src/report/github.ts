// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { AuditResult, Finding, Severity } from '../core/types.js';
import { citationLines } from './citations.js';
import { printable } from './printable.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Escapes a command's message (data). Other control characters (an escape sequence in a file's name
 * or a photo's metadata) are shown as visible escapes: the log is read in a terminal too.
 */
export function escapeData(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a command property value (file, title …): also ":" and ",". */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(result: AuditResult): string {
  const lines: string[] = [];
  for (const file of result.files) {
    for (const finding of file.findings) lines.push(annotation(finding, result));
  }
  const { errors, warnings, files } = result.summary;
  const verdict = result.verdict === 'fail' ? 'FAIL' : 'PASS';
  lines.push(`post-audit ${verdict}: ${errors} error(s), ${warnings} warning(s) in ${files} file(s) (${escapeData(result.pack.short)} policy)`);
  return lines.join('\n') + '\n';
}

function annotation(finding: Finding, result: AuditResult): string {
  const loc = finding.location;
  const props: string[] = [`file=${escapeProperty(loc.file)}`];
  if (loc.line !== undefined) {
    props.push(`line=${loc.line}`);
    if (loc.column !== undefined) props.push(`col=${loc.column}`);
    if (loc.endLine !== undefined) props.push(`endLine=${loc.endLine}`);
    if (loc.endColumn !== undefined && (loc.endLine ?? loc.line) === loc.line) props.push(`endColumn=${loc.endColumn}`);
  }
  props.push(`title=${escapeProperty(`${finding.ruleId}${loc.field ? ` (${loc.field})` : ''}`)}`);
  const body = [
    finding.message,
    ...citationLines(finding.citations, result.pack).map((line) => `Policy: ${line}`),
    ...(finding.suggestion ? [`Fix: ${finding.suggestion}`] : []),
  ].join('\n');
  return `::${COMMAND[finding.severity]} ${props.join(',')}::${escapeData(body)}`;
}
