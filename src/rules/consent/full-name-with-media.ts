import type { Rule } from '../../core/types.js';
import { personalOf, pupilMentions, redactedWho, where } from './shared.js';

export const fullNameWithMedia: Rule = {
  meta: {
    id: 'consent/full-name-with-media',
    description: 'A pupil\'s full name (first name and surname) in a post that carries photos or video, even with consent.',
    severity: 'error',
    inputs: ['consent', 'text', 'images'],
    docs: {
      details:
        'A first name and surname next to a photo lets a stranger identify and find a child. Use the first name only (a surname initial is fine).',
      fires: ['"Amelia Smith won the race!" with a photo attached'],
      passes: ['"Amelia S won the race!" with a photo attached', '"Amelia Smith won the race!" with no photo or video'],
      fix: 'Use the first name only, or the first name and surname initial.',
    },
  },
  async check(ctx) {
    if (ctx.post.attachments.length === 0) return;
    for (const mention of await pupilMentions(ctx)) {
      if (!mention.fullName) continue;
      const first = mention.text.split(/[\s,]+/)[mention.text.includes(',') ? 1 : 0] ?? '';
      ctx.report({
        message: `${mention.text} is named in full in a post with photos or video${where(mention)}`,
        redactedMessage: `${redactedWho(mention)} is named in full in a post with photos or video`,
        personal: personalOf(mention),
        offset: mention.offset,
        endOffset: mention.endOffset,
        excerpt: mention.text,
        suggestion: `Write the first name only ("${first}"), or the first name and surname initial.`,
      });
    }
  },
};
