import type { Rule, RuleContext } from '../../core/types.js';
import { PhraseMatcher } from '../../lexicons/matcher.js';
import type { LexiconEntry } from '../../lexicons/schema.js';
import { at, proseSegments, sentenceAround } from './shared.js';

// Words that tie a matter to a person: a capitalised name, a title, or a person noun.
const PERSON = /\b(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s+\p{Lu}|\b(?:he|she|his|her|him|they've|my (?:son|daughter|child)|our (?:son|daughter)|(?:a|one|the|this|that) (?:pupil|child|student|boy|girl|teacher|member of staff)|pupils? (?:called|named)|who has|who have|has been|was (?:diagnosed|excluded)|in (?:Year|Class|Reception) ?\w*)\b/iu;

export const confidential: Rule = {
  meta: {
    id: 'text/confidential',
    description: 'Safeguarding, SEN/EHCP, medical, behaviour, exclusions, family circumstances, staffing matters, contracts and unannounced plans.',
    severity: 'error',
    inputs: ['text'],
    docs: {
      details:
        'Lexicon-driven (lexicons/confidential.yaml). Terms about a person (SEN, medical, behaviour, family) are an error only when the sentence ties them to someone; staffing matters, safeguarding and unannounced plans are always an error.',
      fires: ['"Sam in Year 4, who has an EHCP, read his poem"', '"Mr Jones is off on sick leave"'],
      passes: ['"Our SEN team\'s open morning is on Friday"', '"Anti-Bullying Week starts Monday"'],
      fix: 'Remove the confidential detail; share it only through the school\'s confidential channels.',
    },
  },
  async check(ctx: RuleContext) {
    const matcher = await ctx.lexicons.derived('confidential', async () => new PhraseMatcher<LexiconEntry>((await ctx.lexicons.get('confidential')).entries));
    for (const segment of proseSegments(ctx)) {
      let lastEnd = -1;
      for (const match of matcher.match(segment.text)) {
        if (match.start < lastEnd) continue;
        const entry = match.entry;
        if (entry.needsPerson) {
          const sentence = sentenceAround(segment.text, match.start, match.end);
          const rest = sentence.text.slice(0, match.start - sentence.start) + ' ' + sentence.text.slice(match.end - sentence.start);
          if (!PERSON.test(rest) && !/\p{Lu}\p{Ll}+/u.test(rest.replace(/^\s*\p{Lu}\p{Ll}*/u, ''))) continue;
        }
        lastEnd = match.end;
        ctx.report({
          message: `Confidential (${entry.category}): "${segment.text.slice(match.start, match.end)}" — ${entry.note ?? 'this must not be published'}`,
          ...at(segment, match.start, match.end),
          suggestion: entry.suggestion ?? 'Remove this detail from the post.',
          severity: entry.severity,
        });
      }
    }
  },
};
