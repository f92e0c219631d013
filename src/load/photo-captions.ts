// The titles, captions and keywords stored inside a post's photos (ImageMetadata.captions) are text
// the post publishes: a website often shows them beside the photo (WordPress fills an upload's title
// and caption from them), so they are checked like the post's own captions, at the photo's place.
import { splitLongSegment } from '../core/position.js';
import type { Post, TextSegment } from '../core/types.js';
import { asShown } from './as-shown.js';

export function addPhotoCaptions(post: Post): void {
  for (const attachment of post.attachments) {
    for (const caption of attachment.metadata?.captions ?? []) {
      const segment: TextSegment = {
        kind: 'caption',
        text: caption.value,
        pieces: [{ textStart: 0, sourceStart: attachment.offset ?? 0, length: 0 }],
        field: caption.field,
        storedIn: `the ${caption.field} stored in ${attachment.displayPath}`,
      };
      for (const part of splitLongSegment(asShown(segment))) post.segments.push(part);
    }
  }
}
