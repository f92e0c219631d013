import type { Rule } from '../../core/types.js';
import { imageLocation } from './where.js';

export const thumbnailMismatch: Rule = {
  meta: {
    id: 'image/thumbnail-mismatch',
    description: 'The embedded preview thumbnail shows a different picture or crop than the image (a cropped-out face or a blurred area survives in it).',
    severity: 'error',
    inputs: ['images'],
    docs: {
      details:
        'Cameras store a small preview inside the EXIF block. Some editors crop or blur the photo but leave the old preview, so the "removed" child is still in the file. The preview is decoded and compared with the image at the same small size (shape, and a contrast-normalised pixel difference).',
      fires: ['a photo cropped to remove a pupil whose EXIF preview still shows the whole group'],
      passes: ['a camera original whose preview matches', 'a photo with no embedded preview'],
      fix: 'Export the edited photo again with "include thumbnail" off or from an editor that rewrites metadata, or strip the EXIF preview.',
    },
  },
  check(ctx) {
    for (const attachment of ctx.post.attachments) {
      const thumbnail = attachment.metadata?.thumbnail;
      if (!thumbnail?.differs) continue;
      ctx.report({
        message: `The ${attachment.medium}'s ${thumbnail.detail}`,
        ...imageLocation(attachment, 'ThumbnailImage'),
        suggestion: 'Re-export the photo so its preview is rebuilt from the edited picture.',
      });
    }
  },
};
