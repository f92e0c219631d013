import { consentNeeds, hasConsent } from '../../consent/requirements.js';
import type { Pupil } from '../../consent/record.js';
import type { Rule } from '../../core/types.js';
import { oncePerPupilList, personalOf, pupilMentions, redactedWho, where, withdrawnReason } from './shared.js';

export const ambiguousName: Rule = {
  meta: {
    id: 'consent/ambiguous-name',
    description: 'A first name alone that matches several pupils whose consent differs.',
    severity: 'warning',
    inputs: ['consent', 'text'],
    docs: {
      details:
        'When a post gives only a first name and the record has several pupils of that name (or whose preferred name or nickname it is), the auditor cannot tell which pupil is meant. If their consent agrees, it decides; if it differs, this warning asks you to check, and the other consent rules judge the name by the strictest of those pupils.',
      fires: ['"Well done Amelia!" where one Amelia has photo consent and another has none'],
      passes: ['"Well done Amelia S!" (the initial tells them apart)', '"Well done Amelia!" where every Amelia has the same consent'],
      fix: 'Add the surname initial ("Amelia S"), or check with the office which pupil is meant and that they have consent.',
    },
  },
  async check(ctx) {
    const needs = consentNeeds(ctx.post);
    const verdict = (pupil: Pupil) =>
      [pupil.doNotPublish, withdrawnReason(pupil, ctx.today) ?? '', ...needs.map((need) => hasConsent(pupil, need))].join('|');
    const consentDiffers = oncePerPupilList((pupils) => new Set(pupils.map(verdict)).size > 1);
    for (const mention of await pupilMentions(ctx)) {
      if (mention.fullName || mention.pupils.length < 2) continue;
      if (!consentDiffers(mention.pupils)) continue;
      ctx.report({
        message: `${mention.text} could be any of ${mention.pupils.length} pupils whose consent differs${where(mention)}; judged by the strictest of them`,
        redactedMessage: `${redactedWho(mention)} could be any of ${mention.pupils.length} pupils whose consent differs; judged by the strictest of them`,
        personal: personalOf(mention),
        offset: mention.offset,
        endOffset: mention.endOffset,
        excerpt: mention.text,
        suggestion: 'Add the surname initial so the pupil can be told apart, and check their consent.',
      });
    }
  },
};
