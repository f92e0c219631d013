// What a name search found in each distinct text of a post's places, so that text repeated through a
// long post (a newsletter's footer, a post pasted many times over) is searched once. Only a place's
// text and whether case counts decide what is found there (the post's record, staff and titled names
// are the same for all its places); an image's people tags, judged with their image, are not shared.
import { sourceOffset } from '../core/position.js';
import type { Attachment, TextSegment } from '../core/types.js';
import type { NamePlace } from './name-tokens.js';

/** A find in a place: where it is in the place's text, and in the source through the place's segment. */
interface Located {
  textStart: number;
  textEnd: number;
  segment: TextSegment;
  offset: number;
  endOffset: number;
  attachment?: Attachment;
}

export class SameTextFinds<T> {
  private readonly byText = [new Map<string, readonly T[]>(), new Map<string, readonly T[]>()];

  /** What an earlier place of the same text found, or undefined when none has been searched. */
  earlier(place: NamePlace): readonly T[] | undefined {
    return place.person ? undefined : this.byText[place.caseless ? 1 : 0]!.get(place.segment.text);
  }

  remember(place: NamePlace, finds: readonly T[]): void {
    if (!place.person) this.byText[place.caseless ? 1 : 0]!.set(place.segment.text, finds.length === 0 ? NONE : finds);
  }
}

const NONE: readonly never[] = Object.freeze([]);

/** A find of an earlier place moved to `place`, which has the same text. */
export function movedTo<T extends Located>(find: T, place: NamePlace): T {
  const moved: T = { ...find, segment: place.segment, offset: sourceOffset(place.segment, find.textStart), endOffset: sourceOffset(place.segment, find.textEnd) };
  if (place.attachment) moved.attachment = place.attachment;
  else delete moved.attachment;
  return moved;
}
