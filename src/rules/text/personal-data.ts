import type { Rule } from '../../core/types.js';
import { findPersonalData } from '../../text/personal-data.js';
import { at, proseSegments } from './shared.js';

export const personalData: Rule = {
  meta: {
    id: 'text/personal-data',
    description: 'Phone numbers, personal e-mail addresses, home addresses and postcodes, dates of birth, and pupil/NHS/NI numbers.',
    severity: 'error',
    inputs: ['text'],
    docs: {
      details:
        'UK phone numbers (landline and mobile, with +44, spaces, dashes or brackets), e-mail addresses and UK postcodes are personal data unless they are the school\'s own public contact details listed in the config (school.phones, school.emailDomains, school.postcodes).',
      fires: ['"Call Mrs Khan on 07700 900123"', '"Send photos to jo.bloggs@gmail.com"', '"Tom lives near LS6 2QT"'],
      passes: ['the school office number from the config', '"Year 4 loved the trip!"', '"Score: 0117 to 4960" is not a phone number unless it has 10–11 digits'],
      fix: 'Remove the number or address, or use the school office\'s public contact details instead.',
    },
  },
  check(ctx) {
    for (const segment of proseSegments(ctx)) {
      for (const item of findPersonalData(segment.text, ctx.config)) {
        ctx.report({
          message: `${item.label} in a post: ${item.why}`,
          personal: [item.value],
          ...at(segment, item.start, item.end),
          suggestion: item.suggestion,
        });
      }
    }
  },
};
