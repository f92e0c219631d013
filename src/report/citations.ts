import type { Citation } from '../core/types.js';
import type { PolicyPack } from '../policies/schema.js';

/** "WMAT 7.8 — summary", or the general-duty line when the policy has no specific section. */
export function citationLines(citations: Citation[], pack: PolicyPack): string[] {
  if (citations.length === 0) return [`${pack.short}: no specific section; general duty of care`];
  return citations.map((c) => `${pack.short} ${c.section} — ${c.summary}`);
}
