import type { Suppression } from '../core/types.js';

/** `<!-- audit-ignore text/derogatory, text/grievance: reason -->` (or `audit-ignore-file`). */
const COMMENT = /<!--\s*audit-ignore(-file)?\b([\s\S]*?)-->/g;

export interface ParsedSuppression {
  ruleIds: string[];
  reason: string;
  wholeFile: boolean;
  offset: number;
  end: number;
}

export function findSuppressionComments(text: string, base = 0): ParsedSuppression[] {
  const found: ParsedSuppression[] = [];
  for (const match of text.matchAll(COMMENT)) {
    const body = match[2]!.trim();
    const colon = body.indexOf(':');
    const ids = (colon === -1 ? body : body.slice(0, colon)).split(/[\s,]+/).filter(Boolean);
    const reason = colon === -1 ? '' : body.slice(colon + 1).trim();
    found.push({
      ruleIds: ids,
      reason,
      wholeFile: match[1] !== undefined,
      offset: base + match.index,
      end: base + match.index + match[0].length,
    });
  }
  return found;
}

export function toSuppressions(parsed: ParsedSuppression, start: number, end: number): Suppression[] {
  return parsed.ruleIds.map((ruleId) => ({ ruleId, reason: parsed.reason, start, end, offset: parsed.offset }));
}
