import type { Rule } from '../../core/types.js';
import type { RuleContext } from '../../core/types.js';
import { personalOf, pupilMentions, redactedWho, where } from './shared.js';

const PICTURED = /\((?:pictured|photographed)\b[^)]{0,40}\)|\b(?:is|are|was|were) (?:pictured|photographed)\b|\bpictured (?:above|below|left|right|here)\b|\b(?:photos?|pictures?|photographs?) (?:above|below)\b/i;

/** The words of the post that say a photo goes with it, or undefined. */
function saysPictured(ctx: RuleContext): string | undefined {
  for (const segment of ctx.post.segments) {
    if (segment.kind === 'file-name') continue;
    const found = PICTURED.exec(segment.text);
    if (found) return found[0];
  }
  return undefined;
}

export const fullNameWithMedia: Rule = {
  meta: {
    id: 'consent/full-name-with-media',
    description: 'A pupil\'s full name (first name and surname) in a post that carries photos or video, even with consent.',
    severity: 'error',
    inputs: ['consent', 'text', 'images'],
    docs: {
      details:
        'A first name and surname next to a photo lets a stranger identify and find a child. Use the first name only (a surname initial is fine). A post that says a photo goes with it ("Amelia Smith (pictured)", "is pictured", "photos below") counts as carrying one even when the photo is not attached to the draft.',
      fires: ['"Amelia Smith won the race!" with a photo attached'],
      passes: ['"Amelia S won the race!" with a photo attached', '"Amelia Smith won the race!" with no photo or video, and no word of one'],
      fix: 'Use the first name only, or the first name and surname initial.',
    },
  },
  async check(ctx) {
    const fullNames = (await pupilMentions(ctx)).filter((mention) => mention.fullName);
    if (fullNames.length === 0) return;
    // A post that says a photo goes with it ("Kovy Simons … is pictured"), where it is not attached.
    const said = ctx.post.attachments.length === 0 ? saysPictured(ctx) : undefined;
    if (ctx.post.attachments.length === 0 && !said) return;
    const media = said ? `a post that says it has a photo ("${said}")` : 'a post with photos or video';
    for (const mention of fullNames) {
      const first = mention.text.split(/[\s,]+/)[mention.text.includes(',') ? 1 : 0] ?? '';
      ctx.report({
        message: `${mention.text} is named in full in ${media}${where(mention)}`,
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
