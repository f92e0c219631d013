import type { Rule } from '../../core/types.js';
import { lexiconPhrases, reportLexiconPhrases } from './lexicon-rule.js';

const phrases = lexiconPhrases('solicitation');

export const solicitation: Rule = {
  meta: {
    id: 'text/solicitation',
    description: 'Political campaigning, commercial or religious solicitation, fundraising for unrelated outside organisations.',
    severity: 'warning',
    inputs: ['text'],
    docs: {
      details: 'Phrases from lexicons/solicitation.yaml in four categories: political, commercial, religious recruitment and personal or outside fundraising. The school\'s own charity days are not solicitation.',
      fires: ['"Vote Labour on Thursday!"', '"DM me for prices — my small business makes the best cakes"', '"Please sponsor me on my JustGiving page"'],
      passes: ['"Thank you for supporting Children in Need: we raised £412!"', '"The PTA Christmas fair is on Saturday"'],
      fix: 'Remove the appeal, or get it approved as a school activity.',
    },
  },
  check(ctx) {
    return reportLexiconPhrases(ctx, phrases, (entry, words) => `Solicitation (${entry.category}): "${words}" — ${entry.note ?? ''}`.trim());
  },
};
