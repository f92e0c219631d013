import type { Rule } from '../../core/types.js';
import { conflictNote, oncePerPupilList, personalOf, pupilMentions, redactedWho, sharedNameNote, where, withdrawnReason } from './shared.js';

export const withdrawn: Rule = {
  meta: {
    id: 'consent/withdrawn',
    description: 'A pupil whose consent was withdrawn or has expired (by the post\'s date), or who has left the school, is used.',
    severity: 'error',
    inputs: ['consent', 'text'],
    docs: {
      details:
        'Consent is judged on the post\'s date (front matter `date`, else today): a withdrawn_on date on or before it, or an expires_on date before it, means the pupil may no longer be used. A pupil who has left (optional left_on date column, or on_roll = N) counts as withdrawn.',
      fires: ['a post dated 2026-03-01 naming a pupil whose consent was withdrawn on 2026-02-14'],
      passes: ['a post dated 2026-02-01 naming the same pupil (consent still held then)'],
      fix: 'Remove the pupil\'s name and any photo of them.',
    },
  },
  async check(ctx) {
    const firstReason = oncePerPupilList((pupils) => {
      for (const pupil of pupils) {
        const reason = pupil.doNotPublish ? undefined : withdrawnReason(pupil, ctx.today);
        if (reason) return reason;
      }
      return undefined;
    });
    for (const mention of await pupilMentions(ctx)) {
      const reason = firstReason(mention.pupils);
      if (!reason) continue;
      const note = conflictNote(mention.pupils);
      ctx.report({
        message: `${mention.text}: ${reason}${where(mention)}${sharedNameNote(mention)}${note}`,
        redactedMessage: `${redactedWho(mention)}: ${reason}${note}`,
        personal: personalOf(mention),
        offset: mention.offset,
        endOffset: mention.endOffset,
        excerpt: mention.text,
        suggestion: 'Remove this pupil\'s name and any photo or video of them from the post.',
      });
    }
  },
};
