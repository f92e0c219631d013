// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule with its description,
// help (with the active policy's citations) and a link to its documentation; results with regions.
import type { AuditResult, Finding, Severity } from '../core/types.js';
import { citationsFor } from '../policies/loader.js';
import { rules } from '../rules/index.js';
import { citationLines } from './citations.js';
import { fingerprintFindings, readSourceFrom } from './fingerprint.js';
import type { FormatOptions } from './index.js';
import { REPOSITORY_URL, ruleHelpUri } from './rule-links.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(result: AuditResult, options: FormatOptions): string {
  const fingerprints = options.fingerprints ?? fingerprintFindings(result, readSourceFrom(process.cwd()));
  const known = new Map(rules.map((rule) => [rule.meta.id, rule.meta]));
  // Rules the run reported that the registry does not know (a user's pack, a future rule) still get an entry.
  const ids = [...known.keys()];
  for (const file of result.files) for (const f of [...file.findings, ...file.suppressed.map((s) => s.finding)]) if (!known.has(f.ruleId) && !ids.includes(f.ruleId)) ids.push(f.ruleId);
  const index = new Map(ids.map((id, i) => [id, i]));

  const mask = result.redacted && options.mask ? options.mask : (text: string) => text;
  const driverRules = ids.map((id) => {
    const meta = known.get(id);
    const citations = citationLines(citationsFor(result.pack, id), result.pack);
    const description = meta?.description ?? id;
    const details = meta?.docs.details ?? description;
    const fix = meta?.docs.fix;
    const helpText = [details, fix ? `How to fix: ${fix}` : '', `Policy (${result.pack.name}):`, ...citations.map((c) => `- ${c}`)].filter(Boolean).join('\n');
    const helpMarkdown = [
      details,
      fix ? `**How to fix:** ${fix}` : '',
      `**Policy (${result.pack.name}):**\n\n${citations.map((c) => `- ${c}`).join('\n')}`,
    ]
      .filter(Boolean)
      .join('\n\n');
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: mask(description) },
      fullDescription: { text: mask(details) },
      help: { text: mask(helpText), markdown: mask(helpMarkdown) },
      helpUri: ruleHelpUri(id),
      defaultConfiguration: { level: LEVEL[meta?.severity ?? 'error'] },
      properties: { tags: ['privacy', id.split('/')[0]!], precision: 'high' },
    };
  });

  const toResult = (finding: Finding, suppression?: string) => {
    const out: Record<string, unknown> = {
      ruleId: finding.ruleId,
      ruleIndex: index.get(finding.ruleId),
      level: LEVEL[finding.severity],
      message: { text: messageText(finding) },
      locations: [location(finding)],
    };
    const fingerprint = fingerprints.get(finding);
    if (fingerprint) out.partialFingerprints = { 'postAudit/v1': fingerprint };
    if (suppression !== undefined) out.suppressions = [{ kind: 'inSource', justification: suppression }];
    return out;
  };

  const results = result.files.flatMap((file) => [
    ...file.findings.map((finding) => toResult(finding)),
    ...file.suppressed.map(({ finding, reason }) => toResult(finding, reason)),
  ]);

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: REPOSITORY_URL,
            rules: driverRules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
        properties: { policy: result.policy, verdict: result.verdict, redacted: result.redacted },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function messageText(finding: Finding): string {
  const text = finding.message.trim();
  const sentence = /[.!?]$/.test(text) ? text : `${text}.`;
  return finding.suggestion ? `${sentence} ${finding.suggestion}` : sentence;
}

function location(finding: Finding) {
  const loc = finding.location;
  const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: encodeUri(loc.file) } };
  if (loc.line !== undefined) {
    const region: Record<string, number> = { startLine: loc.line };
    if (loc.column !== undefined) region.startColumn = loc.column;
    if (loc.endLine !== undefined) region.endLine = loc.endLine;
    if (loc.endColumn !== undefined && (loc.endLine ?? loc.line) >= loc.line) region.endColumn = loc.endColumn;
    physicalLocation.region = region;
  }
  const out: Record<string, unknown> = { physicalLocation };
  if (loc.field) out.logicalLocations = [{ name: loc.field, kind: 'member' }];
  return out;
}

/**
 * A relative path as a URI reference: each segment percent-encoded, slashes kept. Paths come with "/"
 * (displayPath), so a backslash is part of a name (legal on Linux and macOS) and is encoded as %5C,
 * not read as a separator that would point the result at another file.
 */
function encodeUri(file: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) {
    try {
      return encodeURI(decodeURI(file)); // a remote image's URL, kept as a URL
    } catch {
      return encodeURI(file);
    }
  }
  return file.split('/').map(encodeURIComponent).join('/');
}

/** "consent/no-consent" → "ConsentNoConsent" (SARIF's rule name, an identifier). */
function ruleName(id: string): string {
  return id
    .split(/[/-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
