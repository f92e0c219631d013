import { prepareNameKnowledge } from '../../consent/knowledge.js';
import type { Rule } from '../../core/types.js';
import { findPersonalData } from '../../text/personal-data.js';
import { at, proseSegments } from './shared.js';

export const personalData: Rule = {
  meta: {
    id: 'text/personal-data',
    description: 'Phone numbers, personal e-mail addresses, home addresses and postcodes, dates of birth, and pupil/NHS/NI/licence/passport numbers.',
    severity: 'error',
    inputs: ['text'],
    docs: {
      details:
        'UK phone numbers (landline and mobile, with +44, spaces, dashes or brackets), e-mail addresses, UK postcodes, street addresses ("12 Acacia Avenue"; an address or postcode with nothing saying it is a home is a warning — one given as a titled person\'s, "to Mr Hall at 23 Rosemary Close", "at Mrs Butler\'s (…)", is a home —, and one right after a named venue — "St Michael\'s Church, 12 Church Street" — is not reported), dates of birth ("born on 3 May 2017", "DOB: 03/05/2017", or a past date set off beside a full name: "Jessica Moore, 12/08/2014,"), and identifiers validated by their check digits or official structure: NHS number (modulus 11), National Insurance number (HMRC prefix rules, suffix A–D), Unique Pupil Number (DfE check letter), DVLA driving licence number, and passport numbers (nine digits, only next to the word "passport"). A number that merely looks like one of these is not reported. Also a sort code and account number (an error when a person is in the sentence — "to Miss Price personally" —, else a warning), a child\'s name with an age up to 17 and where they are from ("Maya (5) from Hillfields"), and a car\'s registration after "reg" or "number plate" ("reg. YK19 ABC"). The school\'s own public phone numbers, e-mail domains, addresses and postcodes listed in the config (school.phones, school.emailDomains, school.emails, school.addresses, school.postcodes) are allowed; while the config lists no school phone numbers, a landline the text gives as the school\'s own ("call the school office on …", "ring the nursery before 9am on …", "our Attendance Team can be reached on …", the school\'s name or e-mail earlier on its line, a contact block\'s "Tel:", "📞", "Call", "Fax" or bare number beside the school\'s e-mail or a role address such as "hello@…" with no one named in the block, a number offered "or email" the school\'s or a role address with no one named in its paragraph ("Any questions? Call … or email office@…"), "to report an absence, please phone …", no person in the sentence) is a warning to check rather than an error. So is a club\'s or group\'s name run into one webmail address ("rushdenchoir@gmail.com", "ockbrookcc@gmail.com"); any other webmail address is an error. While the config lists no school addresses or domains, an address with no name in it that the text gives as the school\'s ("contact the school office on … or email ollp@…", an "E:" line under the school\'s name) is a warning too.',
      fires: ['"Call Mrs Khan on 07700 900123"', '"Send photos to jo.bloggs@gmail.com"', '"Tom lives at 12 Acacia Avenue, LS6 2QT"', '"Sam (born on 3 May 2017)"', '"NHS number 401 023 2137"'],
      passes: ['the school office number from the config', '"Year 4 loved the trip!"', '"Order 1234567890" (fails the NHS check digit)', '"Shakespeare was born on 23 April 1564"', '"the Scout Hut, 4 Church Road, EX4 1AB" (a venue)'],
      fix: 'Remove the number or address, or use the school office\'s public contact details instead.',
    },
  },
  async check(ctx) {
    // Given names tell "call Dave on 01392 …" (a person's number) from "call Riverside reception on …".
    await prepareNameKnowledge();
    for (const segment of proseSegments(ctx)) {
      for (const item of findPersonalData(segment.text, ctx.config)) {
        ctx.report({
          message: `${item.label} in a post: ${item.why}`,
          redactedMessage: `${item.label} in a post (line {line}): ${item.why}`,
          personal: [item.value],
          ...at(segment, item.start, item.end),
          suggestion: item.suggestion,
          ...(item.severity ? { severity: item.severity } : {}),
        });
      }
    }
  },
};
