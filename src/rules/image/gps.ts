import { isOfficeDocument, type Attachment, type Post, type Rule } from '../../core/types.js';
import { imageLocation } from './where.js';

export const gps: Rule = {
  meta: {
    id: 'image/gps',
    description: 'A GPS position in a photo\'s or video\'s metadata (EXIF, XMP, QuickTime, or a GoPro or 360° camera\'s telemetry track).',
    severity: 'error',
    inputs: ['images'],
    docs: {
      details:
        'Phones record where a photo was taken. Published, it tells anyone where the children were — on a trip, at home, at school. The position is read from EXIF GPS, XMP and video location metadata, and from the route an action or 360° camera records in its telemetry track (GoPro GPMF, camera motion metadata).',
      fires: ['a phone photo of a trip with GPSLatitude/GPSLongitude set', "a GoPro clip of a gorge walk whose telemetry track records the route"],
      passes: ['the same photo after `audit photos --strip-location --out clean/`', 'a screenshot with no location', 'a GoPro clip filmed indoors, its telemetry without a satellite fix'],
      fix: 'Remove the location: `audit photos <folder> --strip-location --out <clean-folder>` writes clean copies without changing the pixels.',
    },
  },
  check(ctx) {
    for (const attachment of ctx.post.attachments) {
      const position = attachment.metadata?.gps[0];
      if (!position) continue;
      const coords = `${position.latitude.toFixed(5)}, ${position.longitude.toFixed(5)}`;
      ctx.report({
        message: `The ${attachment.medium} records where it was taken (${position.source} GPS ${coords})`,
        ...imageLocation(attachment, position.field),
        suggestion: howToRemove(attachment, ctx.post),
      });
    }
  },
};

function howToRemove(attachment: Attachment, post: Post): string {
  if (attachment.embedded && post.kind === 'pdf') {
    return 'The photo is inside the PDF, which the auditor does not rewrite: remove the location from the photo before it goes into the newsletter (audit photos <folder> --strip-location --out <clean folder>), then make the PDF again.';
  }
  if (attachment.embedded && isOfficeDocument(post.kind)) {
    return `The picture is inside the document: audit ${post.displayPath} --fix removes the location from it in the document (pixels unchanged; the previous version is kept as a .bak file).`;
  }
  if (attachment.embedded) {
    return `The picture is pasted into the post (a data: URL): audit ${post.displayPath} --fix saves it beside the post without the location (pixels unchanged) and links the post to that file.`;
  }
  if (post.kind === 'image') return 'Remove the location before posting: audit photos <its folder> --strip-location --out <clean folder> writes copies without it (pixels unchanged).';
  return `Remove the location before posting: audit ${post.displayPath} --fix writes a clean copy (pixels unchanged) and links the post to it.`;
}
