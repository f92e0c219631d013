// Redaction for public output (CI): no name from the consent record may appear in any format.
import type { ConsentRecord } from './record.js';

export interface Redactor {
  (text: string, personal?: string[]): string;
  /** File paths keep their shape, but a pupil's full name in a file name is masked. */
  path(file: string): string;
}

const MASK = '[redacted]';

export function redactor(consent: ConsentRecord | undefined): Redactor {
  const names = new Set<string>();
  const fullNames: [string, string][] = [];
  for (const pupil of consent?.pupils ?? []) {
    for (const name of [pupil.firstName, pupil.lastName, pupil.preferredName]) {
      for (const part of (name ?? '').split(/[\s-]+/)) if (part.length >= 2) names.add(part);
    }
    if (pupil.firstName && pupil.lastName) fullNames.push([pupil.firstName, pupil.lastName]);
  }
  const wordPattern = names.size > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...names].map(escape).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;

  const mask = ((text: string, personal: string[] = []) => {
    let out = text;
    for (const value of personal) if (value) out = out.split(value).join(MASK);
    if (wordPattern) out = out.replace(wordPattern, MASK);
    return out;
  }) as Redactor;
  mask.path = (file: string) => {
    let out = file;
    for (const [first, last] of fullNames) {
      const pattern = new RegExp(`${escape(first)}[\\s_.-]*${escape(last)}|${escape(last)}[\\s_.,-]*${escape(first)}`, 'gi');
      out = out.replace(pattern, 'redacted');
    }
    return out;
  };
  return mask;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
