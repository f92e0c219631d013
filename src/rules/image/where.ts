import type { Attachment, Report } from '../../core/types.js';

/**
 * Where an image finding points: the image file (by its metadata field), or — for a picture pasted
 * into the post as a data: URL, which has no file — the place in the post that holds it.
 */
export function imageLocation(attachment: Attachment, field?: string): Pick<Report, 'location' | 'offset'> {
  const offset = attachment.offset !== undefined ? { offset: attachment.offset } : {};
  const fieldOnly = field !== undefined ? { field } : {};
  if (attachment.embedded) return { location: fieldOnly, ...offset };
  return { location: { file: attachment.displayPath, ...fieldOnly }, ...offset };
}
