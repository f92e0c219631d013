import type { Rule } from '../../core/types.js';
import { imageLocation } from './where.js';

export const locationNames: Rule = {
  meta: {
    id: 'image/location-names',
    description: 'Place names embedded in a photo\'s metadata (IPTC City, Sub-location, State, Country; XMP LocationShown/LocationCreated; Photoshop City).',
    severity: 'warning',
    inputs: ['images'],
    docs: {
      details:
        'Photo libraries and agencies write the place a photo was taken into IPTC and XMP fields, and Panasonic cameras with a landmark database into their maker note. Published, "Sub-location: Oakfield Outdoor Centre" says where the children were as plainly as GPS does.',
      fires: ['a trip photo whose IPTC City is "Keswick" and Sub-location "Derwent Hill"'],
      passes: ['the same photo after `audit photos --strip-location --out clean/`', 'a photo with only camera settings'],
      fix: 'Remove the place names: `audit photos <folder> --strip-location --out <clean-folder>`.',
    },
  },
  check(ctx) {
    for (const attachment of ctx.post.attachments) {
      const names = attachment.metadata?.locationNames ?? [];
      if (names.length === 0) continue;
      const places = [...new Set(names.map((n) => n.value))];
      ctx.report({
        message: `The ${attachment.medium} names a place in its metadata: ${places.slice(0, 4).join(', ')}${places.length > 4 ? ' …' : ''} (${names[0]!.field})`,
        ...imageLocation(attachment, names[0]!.field),
        suggestion: `Strip the location before posting: audit photos <folder> --strip-location --out clean/`,
      });
    }
  },
};
