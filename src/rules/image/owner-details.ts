import type { Rule } from '../../core/types.js';
import { imageLocation } from './where.js';

/** Names, or contact details (the IPTC creator's e-mail, phone, address). */
const what = (owners: { field: string }[]) => {
  const contacts = owners.filter((o) => /ContactInfo/.test(o.field)).length;
  return contacts === 0 ? 'name' : contacts === owners.length ? 'contact details' : 'name and contact details';
};

export const ownerDetails: Rule = {
  meta: {
    id: 'image/owner-details',
    description: 'A person\'s name or contact in a photo\'s Artist, Creator, By-line, XPAuthor or camera-owner fields.',
    severity: 'warning',
    inputs: ['images'],
    docs: {
      details:
        'Cameras and phones write the owner\'s name into every photo (Artist, CameraOwnerName), and editing software adds the creator and their contact details (IPTC CreatorContactInfo: e-mail, phone, address). A member of staff\'s personal name, or a parent\'s, travels with the published file. The school\'s own name (config `school.name`) is not reported.',
      fires: ['Artist "Jane Doe" set by a teacher\'s own camera'],
      passes: ['Artist equal to the school name in the config', 'no owner fields'],
      fix: 'Clear the owner name in the camera\'s settings, and remove it from the exported copy with your photo editor.',
    },
  },
  check(ctx) {
    const school = ctx.config.school?.name?.toLowerCase().trim();
    for (const attachment of ctx.post.attachments) {
      const owners = (attachment.metadata?.owner ?? []).filter((o) => !school || !o.value.toLowerCase().includes(school));
      if (owners.length === 0) continue;
      const names = [...new Set(owners.map((o) => o.value))];
      ctx.report({
        message: `The ${attachment.medium} carries a person's ${what(owners)}: ${names.join(', ')} (${owners[0]!.field})`,
        redactedMessage: `The ${attachment.medium} carries a person's ${what(owners)} (${owners[0]!.field})`,
        personal: names,
        ...imageLocation(attachment, owners[0]!.field),
        suggestion: 'Clear the owner/artist fields before publishing.',
      });
    }
  },
};
