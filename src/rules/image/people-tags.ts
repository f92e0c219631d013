import type { Rule } from '../../core/types.js';
import { imageLocation } from './where.js';

export const peopleTags: Rule = {
  meta: {
    id: 'image/people-tags',
    description: 'Names of people embedded in a photo (XMP face regions, Microsoft Photo people tags, IPTC PersonInImage and image regions showing a person, Media Pro People, keywords filed under People in Lightroom, digiKam or Windows).',
    severity: 'error',
    inputs: ['images'],
    docs: {
      details:
        'Lightroom, Windows Photos, digiKam, phone galleries and cameras with face recognition (Panasonic) store the names of recognised faces inside the file. Anyone who downloads the published photo can read which child is which. Each name is also checked against the consent record.',
      fires: ['a class photo with an MWG face region named "Amelia Smith"', 'IPTC PersonInImage "Jim Moore"'],
      passes: ['a photo with no face regions', 'the same photo after `--strip-people`'],
      fix: 'Remove the tags: `audit photos <folder> --strip-location --strip-people --out <clean-folder>`, or clear the names in your photo library before export.',
    },
  },
  check(ctx) {
    for (const attachment of ctx.post.attachments) {
      const people = attachment.metadata?.people ?? [];
      if (people.length === 0) continue;
      const names = [...new Set(people.map((p) => p.value))];
      ctx.report({
        message: `The ${attachment.medium} names ${names.length === 1 ? 'a person' : `${names.length} people`} in its metadata: ${names.join(', ')} (${people[0]!.field})`,
        redactedMessage: `The ${attachment.medium} names ${names.length === 1 ? 'a person' : `${names.length} people`} in its metadata (${people[0]!.field})`,
        personal: names,
        ...imageLocation(attachment, people[0]!.field),
        suggestion: 'Remove the people tags: audit photos <folder> --strip-location --strip-people --out clean/',
      });
    }
  },
};
