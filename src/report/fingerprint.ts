// Name-free fingerprints of findings: sha256 of the rule, the file and the normalised text of the line
// the finding is on (or the metadata field for an image). They survive lines moving up or down and
// are the same with or without redaction, so a baseline written on a laptop matches CI.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AuditResult, Finding } from '../core/types.js';
import { readWordDocument } from '../load/docx.js';
import { readOpenDocument } from '../load/odt.js';

export type SourceReader = (file: string) => string | undefined;

export function readSourceFrom(cwd: string): SourceReader {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      let text: string | undefined;
      try {
        text = sourceText(file, readFileSync(path.resolve(cwd, file)));
      } catch {
        text = undefined;
      }
      cache.set(file, text);
    }
    return cache.get(file);
  };
}

/**
 * A post's text whose lines findings point at: a Word or OpenDocument document's as the loader laid it
 * out. A PDF's is read asynchronously (readSourcesFrom): here it is unknown, and its findings are
 * fingerprinted by their line number alone.
 */
export function sourceText(file: string, bytes: Buffer): string | undefined {
  if (/\.docx$/i.test(file)) return readWordDocument(bytes).source;
  if (/\.odt$/i.test(file)) return readOpenDocument(bytes).source;
  if (/\.pdf$/i.test(file)) return undefined;
  return bytes.toString('utf8');
}

/**
 * The texts of the result's files, a PDF's laid out as the loader did (its text needs pdf.js, which
 * reads asynchronously, so they are read before fingerprinting); `given` has the bytes of a post that
 * came from elsewhere than its file (standard input).
 */
export async function readSourcesFrom(cwd: string, files: string[], given?: (absolute: string) => Buffer | undefined): Promise<SourceReader> {
  const fromDisk = readSourceFrom(cwd);
  const read = new Map<string, string | undefined>();
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    const bytes = given?.(absolute);
    if (!bytes && !/\.pdf$/i.test(file)) continue;
    try {
      const content = bytes ?? readFileSync(absolute);
      read.set(file, /\.pdf$/i.test(file) ? (await (await import('../load/pdf.js')).readPdf(content)).source : sourceText(file, content));
    } catch {
      read.set(file, undefined);
    }
  }
  return (file) => (read.has(file) ? read.get(file) : fromDisk(file));
}

/** One fingerprint per finding (suppressed ones included); repeats on the same context are numbered. */
export function fingerprintFindings(result: AuditResult, readSource: SourceReader): Map<Finding, string> {
  const fingerprints = new Map<Finding, string>();
  const seen = new Map<string, number>();
  // Each file split into lines once, not once per finding (a post with 100,000 findings).
  const lines = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => {
    if (!lines.has(file)) lines.set(file, readSource(file)?.split(/\r?\n/));
    return lines.get(file);
  };
  for (const file of result.files) {
    const all = [...file.findings, ...file.suppressed.map((s) => s.finding)];
    for (const finding of all) {
      const base = [finding.ruleId, finding.location.file, contextOf(finding, linesOf)].join('\u0000');
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      fingerprints.set(finding, sha256(`${base}\u0000${occurrence}`));
    }
  }
  return fingerprints;
}

function contextOf(finding: Finding, linesOf: (file: string) => string[] | undefined): string {
  const { line, column, endColumn, endLine, field } = finding.location;
  if (line === undefined) return `field:${field ?? ''}`;
  const text = linesOf(finding.location.file)?.[line - 1];
  if (text === undefined) return `line:${line}`;
  // The flagged words when they sit on one line, else the whole line; whitespace and case normalised.
  const flagged = column !== undefined && endColumn !== undefined && (endLine ?? line) === line ? text.slice(column - 1, endColumn - 1) : text;
  return normalise(flagged || text);
}

export function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
