// JUnit XML (GitLab, Azure Pipelines, Jenkins): one <testsuite> per audited file, one <testcase> per
// finding (a <failure> when it fails the audit) and one passing <testcase> per rule that found nothing.
import { SEVERITY_RANK, type AuditResult, type Finding } from '../core/types.js';
import { rules } from '../rules/index.js';
import { citationLines } from './citations.js';

export function formatJunit(result: AuditResult): string {
  const ruleIds = rules.map((rule) => rule.meta.id);
  let totalTests = 0;
  let totalFailures = 0;
  let totalSkipped = 0;
  const suites: string[] = [];
  for (const file of result.files) {
    const cases: string[] = [];
    let failures = 0;
    const reported = new Set<string>();
    for (const finding of file.findings) {
      reported.add(finding.ruleId);
      const fails = SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[result.failOn];
      if (fails) failures++;
      const details = detailText(finding, result);
      const body = fails
        ? `<failure message="${attr(finding.message)}" type="${attr(`${finding.severity}: ${finding.ruleId}`)}">${text(details)}</failure>`
        : `<system-out>${text(`${finding.severity}: ${details}`)}</system-out>`;
      cases.push(`    <testcase classname="${attr(file.path)}" name="${attr(caseName(finding))}" file="${attr(finding.location.file)}"${finding.location.line !== undefined ? ` line="${finding.location.line}"` : ''}>${body}</testcase>`);
    }
    for (const { finding, reason } of file.suppressed) {
      reported.add(finding.ruleId);
      cases.push(`    <testcase classname="${attr(file.path)}" name="${attr(caseName(finding))}" file="${attr(finding.location.file)}"><skipped message="${attr(`ignored: ${reason}`)}"/></testcase>`);
    }
    for (const id of ruleIds) {
      if (!reported.has(id)) cases.push(`    <testcase classname="${attr(file.path)}" name="${attr(id)}" file="${attr(file.path)}"/>`);
    }
    const skipped = file.suppressed.length;
    totalTests += cases.length;
    totalFailures += failures;
    totalSkipped += skipped;
    suites.push(
      `  <testsuite name="${attr(file.path)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(`${result.tool.name} (${result.pack.short} policy)`)}" tests="${totalTests}" failures="${totalFailures}" errors="0" skipped="${totalSkipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function caseName(finding: Finding): string {
  const loc = finding.location;
  const where = loc.line !== undefined ? `${loc.file}:${loc.line}:${loc.column ?? 1}` : [loc.file, loc.field].filter(Boolean).join(' ');
  return `${finding.ruleId} at ${where}`;
}

function detailText(finding: Finding, result: AuditResult): string {
  return [
    finding.message,
    ...citationLines(finding.citations, result.pack).map((line) => `Policy: ${line}`),
    ...(finding.suggestion ? [`Fix: ${finding.suggestion}`] : []),
  ].join('\n');
}

// XML 1.0 forbids most control characters even when escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Line breaks are written as character references, so that every line of the report starts with
// markup: a name or camera field holding "\n::error::…" (or "::add-mask::") must not become a line
// GitHub Actions obeys as a workflow command when the report is printed to the job's log. An XML
// parser reads the same text either way.
function text(value: string): string {
  return value.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;');
}
