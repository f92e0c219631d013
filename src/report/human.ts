// The report a person reads in a terminal: grouped by file, plain words, a clear verdict.
import { Chalk, type ChalkInstance } from 'chalk';
import type { AuditResult, Finding, Severity } from '../core/types.js';
import { citationLines } from './citations.js';
import { printable } from './printable.js';

export interface HumanOptions {
  color: boolean;
  /** Only the verdict and error-level findings. */
  quiet?: boolean;
}

type Palette = ChalkInstance;

function palette(color: boolean): Palette {
  return new Chalk({ level: color ? 1 : 0 });
}

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

export function formatHuman(result: AuditResult, options: HumanOptions): string {
  const p = palette(options.color);
  const paintSeverity = (s: Severity) => (s === 'error' ? p.red : s === 'warning' ? p.yellow : p.blue)(LABEL[s].padEnd(7));
  const out: string[] = [];
  for (const file of result.files) {
    const shown = options.quiet ? file.findings.filter((f) => f.severity === 'error') : file.findings;
    if (shown.length === 0 && file.suppressed.length === 0) continue;
    out.push(p.underline(p.bold(printable(file.path))));
    for (const finding of shown) {
      out.push(`  ${paintSeverity(finding.severity)} ${p.dim(printable(where(finding, file.path)))}  ${printable(finding.message)}  ${p.dim(finding.ruleId)}`);
      if (!options.quiet) {
        for (const line of citationLines(finding.citations, result.pack)) out.push(`          ${p.dim('policy:')} ${line}`);
        if (finding.suggestion) out.push(`          ${p.dim('fix:')}    ${printable(finding.suggestion)}`);
      }
    }
    if (!options.quiet) {
      for (const { finding, reason } of file.suppressed) {
        out.push(`  ${p.dim('ignored')} ${p.dim(printable(where(finding, file.path)))}  ${p.dim(printable(`${finding.ruleId} — ${reason}`))}`);
      }
    }
    out.push('');
  }
  out.push(verdictLine(result, p));
  return out.join('\n') + '\n';
}

function where(finding: Finding, groupPath: string): string {
  const loc = finding.location;
  const file = loc.file !== groupPath ? `${loc.file}` : '';
  if (loc.line !== undefined) {
    // A Word, OpenDocument or PDF document is laid out a paragraph a line: "¶4" is the fourth
    // paragraph; in a PDF "p2 ¶4" the fourth on page 2.
    const document = /\.(docx|odt|pdf)$/i.test(loc.file ?? groupPath);
    const position = loc.page !== undefined ? `p${loc.page} ¶${loc.pageLine ?? loc.line}` : document ? `¶${loc.line}` : `${loc.line}:${loc.column ?? 1}`;
    return file ? `${file} (${position})` : position;
  }
  return [file || loc.file, loc.field].filter(Boolean).join(' ');
}

function verdictLine(result: AuditResult, p: Palette): string {
  const { files, errors, warnings, suppressed } = result.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (suppressed > 0) counts.push(`${suppressed} ignored with a reason`);
  const policy = `${printable(result.pack.short)} policy`;
  if (result.verdict === 'fail') {
    return `${p.bold(p.red('✖ FAIL'))} — ${counts.join(', ')} in ${plural(files, 'file')} (${policy}). Fix the ${result.failOn === 'warning' ? 'errors and warnings' : 'errors'} above before posting.`;
  }
  return `${p.bold(p.green('✔ PASS'))} — ${counts.join(', ')} in ${plural(files, 'file')} (${policy}).${warnings > 0 ? ' Read the warnings before posting.' : ''}`;
}
