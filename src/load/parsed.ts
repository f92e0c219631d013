import type { Suppression, TextSegment } from '../core/types.js';
import { hasMediaExtension } from '../images/format.js';

/** An image or video the post references, before it is resolved on disk. */
export interface MediaReference {
  ref: string;
  /** Offset of the reference in the post source. */
  offset: number;
  medium?: 'photo' | 'video';
}

export interface ParsedBody {
  segments: TextSegment[];
  media: MediaReference[];
  suppressions: Suppression[];
}

/**
 * The address a mailto: or tel: link dials or writes to ("mailto:jo@gmail.com?subject=…" →
 * "jo@gmail.com"): it is published in the page even when the link text hides it.
 */
export function contactAddress(href: string): string | undefined {
  const match = /^(?:mailto|tel|sms|callto):\s*([^?#]+)/i.exec(href.trim());
  if (!match) return undefined;
  let address = match[1]!.trim();
  try {
    address = decodeURIComponent(address);
  } catch {
    // a stray % stays as written
  }
  return address === '' ? undefined : address;
}

/** A scheme ("https:", "data:") or a network path ("//host/…", "\\server\share"): not a file beside the post. */
const NOT_LOCAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i;

/** A link to a photo or video file beside the post, not a web address: the file is published with the post. */
export function isLocalMediaLink(href: string): boolean {
  const value = href.trim();
  return value !== '' && !NOT_LOCAL.test(value) && hasMediaExtension(value);
}
