import type { Rule } from '../../core/types.js';
import { conflictNote, oncePerPupilList, personalOf, pupilMentions, redactedWho, sharedNameNote, where } from './shared.js';

export const doNotPublish: Rule = {
  meta: {
    id: 'consent/do-not-publish',
    description: 'A pupil on the do-not-publish list (safeguarding, looked-after children) is used, whatever else the record says.',
    severity: 'error',
    inputs: ['consent', 'text'],
    docs: {
      details:
        'do_not_publish overrides every other answer in the record: such a pupil must never be named or pictured. A first name shared with a do-not-publish pupil is treated as that pupil (strictest reading).',
      fires: ['"Congratulations to Jayden" where a Jayden in the record is marked do_not_publish = Y'],
      passes: ['the same post with the name removed'],
      fix: 'Remove the name, and any photo in which this pupil can be recognised. Speak to the safeguarding lead if unsure.',
    },
  },
  async check(ctx) {
    const anyDoNotPublish = oncePerPupilList((pupils) => pupils.some((p) => p.doNotPublish));
    for (const mention of await pupilMentions(ctx)) {
      if (!anyDoNotPublish(mention.pupils)) continue;
      ctx.report({
        message: `${mention.text} is on the do-not-publish list${where(mention)}${sharedNameNote(mention)}${conflictNote(mention.pupils)}`,
        redactedMessage: `${redactedWho(mention)} is on the do-not-publish list${conflictNote(mention.pupils)}`,
        personal: personalOf(mention),
        offset: mention.offset,
        endOffset: mention.endOffset,
        excerpt: mention.text,
        suggestion: 'Remove this pupil\'s name and any photo or video in which they can be recognised.',
      });
    }
  },
};
