import type { core } from 'zod';

/** One readable line for a zod issue, naming the key: `rules.text/foo: expected one of …`. */
export function formatZodIssue(issue: core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    const at = issue.path.length > 0 ? ` in ${where}` : '';
    return `unknown key ${keys}${at}`;
  }
  if (issue.code === 'invalid_value') {
    return `${where}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where}: ${issue.message}`;
}
