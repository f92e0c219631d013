// Shared body of the small phrase-list rules (solicitation, endorsement): one finding per phrase,
// with its note and suggestion from the lexicon.
import type { RuleContext } from '../../core/types.js';
import { PhraseMatcher } from '../../lexicons/matcher.js';
import type { LexiconEntry } from '../../lexicons/schema.js';
import { at, proseSegments, segmentTokens } from './shared.js';

export async function reportLexiconPhrases(
  ctx: RuleContext,
  lexicon: string,
  describe: (entry: LexiconEntry, words: string) => string,
  accept: (text: string, end: number, entry: LexiconEntry) => boolean = () => true,
): Promise<void> {
  const matcher = await ctx.lexicons.derived(lexicon, async () => new PhraseMatcher<LexiconEntry>((await ctx.lexicons.get(lexicon)).entries));
  for (const segment of proseSegments(ctx)) {
    let lastEnd = -1;
    const matches = matcher.match(segment.text, segmentTokens(segment)).sort((a, b) => a.start - b.start || b.end - a.end);
    for (const match of matches) {
      if (match.start < lastEnd || !accept(segment.text, match.end, match.entry)) continue;
      lastEnd = match.end;
      ctx.report({
        message: describe(match.entry, segment.text.slice(match.start, match.end)),
        ...at(segment, match.start, match.end),
        suggestion: match.entry.suggestion ?? 'Remove it.',
        severity: match.entry.severity,
      });
    }
  }
}
