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
