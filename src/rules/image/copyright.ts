import type { Rule } from '../../core/types.js';
import { imageLocation } from './where.js';

/** A credit line in the post: "Photo: …", "©", "courtesy of", "credit". */
const CREDIT = /(?:\bphoto(?:graph)?s?\s*(?:by|:)|©|\(c\)|\bcourtesy\s+of\b|\bcredit(?:s|ed)?\b|\bcopyright\b)/i;

export const copyright: Rule = {
  meta: {
    id: 'image/copyright',
    description: 'A copyright or artist in the photo that is not the school, with no credit in the post.',
    severity: 'warning',
    inputs: ['images', 'text'],
    docs: {
      details:
        'A photo whose metadata names another copyright holder (an agency, a photographer, a parent) may not be the school\'s to publish, and the policies expect the source to be credited. The school\'s own name (config `school.name`) is not reported; a credit in the post ("Photo: …", "©", "courtesy of", "credit") satisfies the rule.',
      fires: ['a photo with Copyright "©2010 Big Newspaper" in a post with no credit'],
      passes: ['the same post with "Photo: Big Newspaper" under the picture', 'Copyright equal to the school name'],
      fix: 'Check the school may use the photo, and credit the source in the post ("Photo: …").',
    },
  },
  check(ctx) {
    const school = ctx.config.school?.name?.toLowerCase().trim();
    // Whether the post gives a credit, asked only of a post with a holder to credit (most have none).
    let credited: boolean | undefined;
    const givesCredit = () => (credited ??= CREDIT.test(ctx.post.segments.map((s) => s.text).join('\n')));
    for (const attachment of ctx.post.attachments) {
      const metadata = attachment.metadata;
      if (!metadata) continue;
      const holders = [...metadata.copyright, ...metadata.owner.filter((o) => /Artist|By-line|creator/i.test(o.field) && !/ContactInfo/.test(o.field))].filter(
        (v) => !/^(public\s*domain|publicdomain|none|copyright,?\s*\d*)$/i.test(v.value) && (!school || !v.value.toLowerCase().includes(school)),
      );
      if (holders.length === 0 || givesCredit()) continue;
      ctx.report({
        message: `The ${attachment.medium} belongs to someone else (${holders[0]!.field}: ${holders[0]!.value}) and the post gives no credit`,
        redactedMessage: `The ${attachment.medium} belongs to someone else (${holders[0]!.field}) and the post gives no credit`,
        personal: holders.map((h) => h.value),
        ...imageLocation(attachment, holders[0]!.field),
        suggestion: 'Check the school may use it and add a credit such as "Photo: …" to the post.',
      });
    }
  },
};
