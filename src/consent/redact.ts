// Redaction for public output (CI): no name from the consent record may appear in any format.
import type { ConsentRecord } from './record.js';

export interface Redactor {
  (text: string, personal?: string[]): string;
  /** File paths keep their shape, but a pupil's full name in a file name is masked. */
  path(file: string): string;
}

const MASK = '[redacted]';
const cache = new WeakMap<ConsentRecord, Redactor>();
const noRecord = build(undefined);

/** One redactor per record (its patterns are compiled once, not per post or per finding). */
export function redactor(consent: ConsentRecord | undefined): Redactor {
  if (!consent) return noRecord;
  let mask = cache.get(consent);
  if (!mask) {
    mask = build(consent);
    cache.set(consent, mask);
  }
  return mask;
}

function build(consent: ConsentRecord | undefined): Redactor {
  const names = new Set<string>();
  const fullNames: string[] = [];
  for (const pupil of consent?.pupils ?? []) {
    for (const name of [pupil.firstName, pupil.lastName, pupil.preferredName]) {
      for (const part of (name ?? '').split(/[\s-]+/)) if (part.length >= 2) names.add(part);
    }
    if (pupil.firstName && pupil.lastName) {
      const [first, last] = [escape(pupil.firstName), escape(pupil.lastName)];
      fullNames.push(`${first}[\\s_.-]*${last}`, `${last}[\\s_.,-]*${first}`);
    }
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  const wordPattern =
    names.size > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...names].map(escape).sort(byLength).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
      : undefined;
  const pathPattern = fullNames.length > 0 ? new RegExp(fullNames.sort(byLength).join('|'), 'giu') : undefined;

  const mask = ((text: string, personal: string[] = []) => {
    let out = text;
    for (const value of personal) if (value) out = out.split(value).join(MASK);
    if (wordPattern) out = out.replace(wordPattern, MASK);
    return out;
  }) as Redactor;
  mask.path = (file: string) => (pathPattern ? file.replace(pathPattern, 'redacted') : file);
  return mask;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
