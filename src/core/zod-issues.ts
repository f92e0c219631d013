import type { core } from 'zod';
import { formatCount } from './count.js';

/** One readable line for a zod issue, naming the key: `rules.text/foo: expected one of …`. */
export function formatZodIssue(issue: core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    // The first few, and how many more: a file of thousands of stray keys is still one short line.
    const shown = issue.keys.slice(0, 10).map((k) => `"${k.length > 80 ? `${k.slice(0, 80)}…` : k}"`);
    const keys = `${shown.join(', ')}${issue.keys.length > shown.length ? ` and ${formatCount(issue.keys.length - shown.length)} more` : ''}`;
    const at = issue.path.length > 0 ? ` in ${where}` : '';
    return `unknown key ${keys}${at}`;
  }
  if (issue.code === 'invalid_value') {
    return `${where}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where}: ${issue.message}`;
}
