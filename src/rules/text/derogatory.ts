import type { Rule, RuleContext } from '../../core/types.js';
import { PhraseMatcher } from '../../lexicons/matcher.js';
import type { LexiconEntry } from '../../lexicons/schema.js';
import { at, proseSegments } from './shared.js';

export const derogatory: Rule = {
  meta: {
    id: 'text/derogatory',
    description: 'Insults, slurs, profanity, harassing or threatening language, hostile remarks about protected characteristics.',
    severity: 'error',
    inputs: ['text'],
    docs: {
      details: 'Lexicon-driven (lexicons/derogatory.yaml): each entry has a category, a strength and a note.',
      fires: ['"What a load of crap"', '"That ref was an idiot"'],
      passes: ['"Year 4 loved their trip to the Roman baths!"', '"Scunthorpe United visited"'],
      fix: 'Remove or reword the offensive language.',
    },
  },
  async check(ctx: RuleContext) {
    const matcher = await ctx.lexicons.derived('derogatory', async () => new PhraseMatcher<LexiconEntry>((await ctx.lexicons.get('derogatory')).entries));
    for (const segment of proseSegments(ctx)) {
      for (const match of matcher.match(segment.text)) {
        const entry = match.entry;
        ctx.report({
          message: `Offensive language (${entry.category}): ${entry.note ?? 'this must not be published'}`,
          ...at(segment, match.start, match.end),
          suggestion: entry.suggestion ?? 'Remove or reword it.',
          severity: entry.severity,
        });
      }
    }
  },
};
