// Shared body of the small phrase-list rules (solicitation, endorsement): one finding per phrase,
// with its note and suggestion from the lexicon; an entry's `except` phrases and `homonyms` (in the
// same sentence) clear it.
import type { RuleContext } from '../../core/types.js';
import type { PhraseMatcher } from '../../lexicons/matcher.js';
import type { LexiconEntry } from '../../lexicons/schema.js';
import { SentenceBounds } from '../../text/spans.js';
import { at, isExcepted, proseSegments, segmentPhrases, segmentTokens, sentenceAround } from './shared.js';
import { escapeRegExp } from '../../core/regex.js';

type Phrases = (ctx: RuleContext) => Promise<PhraseMatcher<LexiconEntry>>;

/** Every phrase of a lexicon, for reportLexiconPhrases (call when the rule's module loads: see segmentPhrases). */
export function lexiconPhrases(lexicon: string): Phrases {
  return segmentPhrases(lexicon, async (lexicons) => (await lexicons.get(lexicon)).entries);
}

export async function reportLexiconPhrases(
  ctx: RuleContext,
  phrases: Phrases,
  describe: (entry: LexiconEntry, words: string) => string,
  accept: (text: string, end: number, entry: LexiconEntry) => boolean = () => true,
): Promise<void> {
  const matcher = await phrases(ctx);
  for (const segment of proseSegments(ctx)) {
    const matches = matcher.matchSegment(segment, segmentTokens(segment));
    if (matches.length === 0) continue; // most segments: nothing to sort or judge
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    let sentences: SentenceBounds | undefined;
    const innocent = (match: (typeof matches)[number]) => {
      const homonyms = homonymPattern(match.entry);
      return homonyms !== undefined && homonyms.test(sentenceAround(segment.text, match.start, match.end, (sentences ??= new SentenceBounds(segment.text))).text);
    };
    for (const match of matches) {
      if (match.start < lastEnd || isExcepted(segment.text, match) || !accept(segment.text, match.end, match.entry) || innocent(match)) continue;
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

const homonymPatterns = new WeakMap<LexiconEntry, RegExp>();

/** The entry's `homonyms` as one pattern of whole words ("fair", not "fairly"), or undefined. */
function homonymPattern(entry: LexiconEntry): RegExp | undefined {
  if (!entry.homonyms?.length) return undefined;
  let pattern = homonymPatterns.get(entry);
  if (!pattern) {
    const words = entry.homonyms.map((h) => escapeRegExp(h).replace(/\s+/g, '\\s+'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    homonymPatterns.set(entry, pattern);
  }
  return pattern;
}
