// A vice said to be born into the group (hate10): "Violence comes naturally to X, it's in the blood", "Thieving is
// in their blood, X", "Deceit is second nature to that lot", "X always lie, it is in their nature".
import type { Hit, Identity } from './types.js';
import type { Sentence } from './judge-sentence.js';
import { negated } from './judge-negation.js';

/** What an essence word may say is born into the group: a vice named, a negative attribute, a bad habit, an insult. */
const VICE_ROLES = new Set(['vice', 'attribute', 'conduct', 'stereotype']);

/**
 * The group an essence word ("in their blood", "second nature to", "comes naturally to") says a vice is born into:
 * a vice in the same sentence, not denied ("Violence is not in their nature"), and a group named there (or the
 * group "their" stands for). Never a gift ("Music is in their blood"): no vice, no remark.
 */
export function essenceOf(s: Sentence, hit: Hit): Identity | undefined {
  if (negated(s, hit)) return undefined;
  const vice = s.hits.some((h) => h !== hit && (VICE_ROLES.has(h.role) || (h.role === 'word' && h.term.category === 'insult')) && !negated(s, h));
  if (!vice) return undefined;
  return s.groups.find((g) => !g.place && !g.pronoun) ?? s.groups.find((g) => !g.place);
}
