import type { Suppression, TextSegment } from '../core/types.js';

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
