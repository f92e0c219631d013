// The JSON contract other tools parse. Keep its shape stable.
import type { AuditResult } from '../core/types.js';

export function formatJson(result: AuditResult): string {
  const output = {
    tool: result.tool,
    policy: result.policy,
    verdict: result.verdict,
    files: result.files.map((file) => ({
      path: file.path,
      verdict: file.verdict,
      findings: file.findings,
      suppressed: file.suppressed.map(({ finding, reason }) => ({ ...finding, reason })),
    })),
    summary: {
      files: result.summary.files,
      errors: result.summary.errors,
      warnings: result.summary.warnings,
      infos: result.summary.infos,
      suppressed: result.summary.suppressed,
    },
  };
  return JSON.stringify(output, null, 2) + '\n';
}
