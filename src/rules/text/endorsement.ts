import type { Rule } from '../../core/types.js';
import { lexiconPhrases, reportLexiconPhrases } from './lexicon-rule.js';

const phrases = lexiconPhrases('endorsement');

/**
 * "we recommend Bright Sparks", "… recommend them": a name or a person follows, not advice ("… children bring"); or
 * nothing does, the sentence ending on it: "Ben did our staff photos and he's brilliant, highly recommend 📸" (miss31).
 */
const NAMED_NEXT = /^(?:\s+(?:(?:the|a|an|our|local|this|that)\s+)?(?:\p{Lu}[\p{L}&'’-]*|them|her|him|their|his)\b(?!\s+(?:to|that|you)\b)|\s*(?:[!.]|\p{Extended_Pictographic}|$))/u;

export const endorsement: Rule = {
  meta: {
    id: 'text/endorsement',
    description: 'References or recommendations of people or businesses that read as the trust\'s endorsement.',
    severity: 'warning',
    inputs: ['text'],
    docs: {
      details: 'Phrases from lexicons/endorsement.yaml ("we recommend", "highly recommend", "use them for all your …", "5 stars"). Thanking a sponsor is fine; recommending them reads as the trust\'s endorsement.',
      fires: ['"We highly recommend Bright Sparks Tutoring"', '"Use them for all your plumbing needs!"'],
      passes: ['"Thank you to Smith & Sons for donating the benches"', '"Our kit is sponsored by Harbour Motors — thank you!"'],
      fix: 'Thank them without recommending them.',
    },
  },
  check(ctx) {
    return reportLexiconPhrases(
      ctx,
      phrases,
      (entry, words) => `Reads as an endorsement: "${words}" — ${entry.note ?? ''}`.trim(),
      (text, end, entry) => entry.category !== 'recommend' || NAMED_NEXT.test(text.slice(end, end + 60)),
    );
  },
};
