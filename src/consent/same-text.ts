// What a name search found in each distinct text of a post's places, so that text repeated through a
// long post (a newsletter's footer, a post pasted many times over) is searched once. Only a place's
// text and whether case counts decide what is found there (the post's record, staff and titled names
// are the same for all its places); an image's people tags, judged with their image, are not shared.
import { sourceOffset } from '../core/position.js';
import type { Attachment, TextSegment } from '../core/types.js';
import { repeatedText, type SameText } from '../lexicons/tokenize.js';
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
  /** By whether case counts, then by the text (as the post's segments share it: repeatedText). */
  private readonly byText = [new Map<SameText, readonly T[]>(), new Map<SameText, readonly T[]>()];

  /** What an earlier place of the same text found, or undefined when none has been searched. */
  earlier(place: NamePlace): readonly T[] | undefined {
    const same = place.person ? undefined : repeatedText(place.segment);
    return same && this.byText[place.caseless ? 1 : 0]!.get(same);
  }

  remember(place: NamePlace, finds: readonly T[]): void {
    const same = place.person ? undefined : repeatedText(place.segment);
    if (same) this.byText[place.caseless ? 1 : 0]!.set(same, finds.length === 0 ? NONE : finds);
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
