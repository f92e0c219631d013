// A Markdown summary for a CI job summary ($GITHUB_STEP_SUMMARY) or a pull-request comment.
import type { AuditResult, Finding, Severity } from '../core/types.js';
import { citationLines } from './citations.js';
import { printable } from './printable.js';
import { ruleHelpUri } from './rule-links.js';

const ICON: Record<Severity, string> = { error: '🔴 error', warning: '🟠 warning', info: '🔵 info' };

export function formatMarkdown(result: AuditResult): string {
  const { files, errors, warnings, suppressed } = result.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const verdict = result.verdict === 'fail' ? '❌ **FAIL**' : '✅ **PASS**';
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (suppressed > 0) counts.push(`${suppressed} ignored with a reason`);
  const out = [`## post-audit: ${verdict}`, '', `${counts.join(', ')} in ${plural(files, 'file')}, checked against the ${printable(result.pack.name)} (${printable(result.pack.short)}).`, ''];
  const findings = result.files.flatMap((file) => file.findings);
  if (findings.length > 0) {
    out.push('| Severity | Where | Finding | Rule | Policy |', '| --- | --- | --- | --- | --- |');
    for (const finding of findings) {
      const policy = citationLines(finding.citations, result.pack).join('<br>');
      const message = finding.suggestion ? `${finding.message}<br>*Fix:* ${finding.suggestion}` : finding.message;
      out.push(`| ${ICON[finding.severity]} | ${cell(where(finding))} | ${cell(message)} | [${finding.ruleId}](${ruleHelpUri(finding.ruleId)}) | ${cell(policy)} |`);
    }
    out.push('');
  }
  const ignored = result.files.flatMap((file) => file.suppressed);
  if (ignored.length > 0) {
    out.push('<details><summary>Ignored with a reason</summary>', '', '| Where | Rule | Reason |', '| --- | --- | --- |');
    for (const { finding, reason } of ignored) out.push(`| ${cell(where(finding))} | ${finding.ruleId} | ${cell(reason)} |`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
}

function where(finding: Finding): string {
  const loc = finding.location;
  if (loc.line !== undefined) return `\`${loc.file}\` line ${loc.line}`;
  return `\`${loc.file}\`${loc.field ? ` (${loc.field})` : ''}`;
}

/** Table cells: no raw pipes or line breaks; keep the <br> we add ourselves. */
function cell(value: string): string {
  return printable(value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')).replace(/<(?!br>)/g, '&lt;');
}
