import {
  channelKind,
  channelLabel,
  consentNeeds,
  describeNeed,
  hasConsent,
} from '../../consent/requirements.js';
import type { Rule } from '../../core/types.js';
import { conflictNote, oncePerPupilList, personalOf, pupilMentions, redactedWho, sharedNameNote, where, withdrawnReason } from './shared.js';

export const noConsent: Rule = {
  meta: {
    id: 'consent/no-consent',
    description: 'A pupil is used without consent for this channel and medium (name, photo or video).',
    severity: 'error',
    inputs: ['consent', 'text', 'front-matter'],
    docs: {
      details:
        'Every pupil the post names is looked up in the consent record. A name needs consent to be named; a post with photos needs photo consent for its channel (website or social media); a post with video needs video consent. A first name shared by several pupils is judged by the strictest of them.',
      fires: ['channel: facebook, a photo attached, and "Well done Amelia!" where Amelia has no social-media photo consent'],
      passes: ['the same post where Amelia has photo_social = Y and name_published = Y'],
      fix: 'Remove the pupil\'s name (or the photo), or check the consent record with the office before posting.',
    },
  },
  async check(ctx) {
    const channel = channelKind(ctx.post);
    const needs = consentNeeds(ctx.post);
    const missingFor = oncePerPupilList((pupils) => {
      if (pupils.some((p) => p.doNotPublish || withdrawnReason(p, ctx.today))) return []; // do-not-publish / withdrawn rules report these
      return needs.filter((need) => pupils.some((pupil) => !hasConsent(pupil, need)));
    });
    for (const mention of await pupilMentions(ctx)) {
      const missing = missingFor(mention.pupils);
      if (missing.length === 0) continue;
      const what = missing.map((need) => describeNeed(need, channel)).join(' or ');
      const note = conflictNote(mention.pupils);
      ctx.report({
        message: `${mention.text} has no ${what}${where(mention)}${sharedNameNote(mention)}${note}`,
        redactedMessage: `${redactedWho(mention)} has no ${what}${note}`,
        personal: personalOf(mention),
        offset: mention.offset,
        endOffset: mention.endOffset,
        excerpt: mention.text,
        suggestion: `Remove the name${ctx.post.attachments.length > 0 ? ' or the photo' : ''}, or confirm consent for ${channelLabel(channel)} with the office.`,
      });
    }
  },
};
