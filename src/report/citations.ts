import type { Citation } from '../core/types.js';
import type { PolicyPack } from '../policies/schema.js';
import { printable } from './printable.js';

/**
 * "WMAT 7.8 — summary", or the general-duty line when the policy has no specific section. A pack can be
 * any file in the repository: a line break or escape in it is shown (printable), never a new line of
 * the report (which GitHub Actions would read as a workflow command when it starts with "::").
 */
export function citationLines(citations: Citation[], pack: PolicyPack): string[] {
  if (citations.length === 0) return [printable(`${pack.short}: no specific section; general duty of care`)];
  return citations.map((c) => printable(`${pack.short} ${c.section} — ${c.summary}`));
}
