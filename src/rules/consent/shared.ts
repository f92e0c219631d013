// What the consent rules share: the pupils a post uses, and the wording of their findings.
import { prepareNameKnowledge } from '../../consent/knowledge.js';
import { findPupilMentions, type PupilMention } from '../../consent/mentions.js';
import type { Pupil } from '../../consent/record.js';
import { isLinkAddress, type RuleContext } from '../../core/types.js';

/** The pupils the post uses (empty without a consent record). Loads the name data on first use. */
export async function pupilMentions(ctx: RuleContext): Promise<PupilMention[]> {
  if (!ctx.consent) return [];
  await prepareNameKnowledge();
  return findPupilMentions(ctx.post, ctx.consent, ctx.config);
}

/** Consent no longer holds: the pupil has left, consent was withdrawn on or before the post's date, or expired before it. */
export function withdrawnReason(pupil: Pupil, today: Date): string | undefined {
  if (pupil.onRoll === false || (pupil.leftOn && pupil.leftOn.getTime() <= today.getTime())) return 'the pupil has left the school';
  if (pupil.withdrawnOn && pupil.withdrawnOn.getTime() <= today.getTime()) return 'consent was withdrawn';
  if (pupil.expiresOn && pupil.expiresOn.getTime() < today.getTime()) return 'consent has expired';
  return undefined;
}

/** How a mention is described in a redacted report: where, never who. */
export function redactedWho(mention: PupilMention): string {
  switch (mention.via) {
    case 'file-name':
      return isLinkAddress(mention.segment) ? 'a pupil named in the address of a link in line {line}' : 'a pupil named in a file name (an attachment\'s or the page\'s)';
    case 'people-tag':
      return 'a pupil tagged in an attached image';
    case 'hashtag':
      return 'a pupil named in a hashtag in line {line}';
    case 'mention':
      return 'a pupil named in an @mention in line {line}';
    default:
      return 'a pupil named in line {line}';
  }
}

export function where(mention: PupilMention): string {
  if (mention.via === 'people-tag') return ` (tagged in the image ${mention.attachment?.displayPath ?? ''}, ${mention.segment.field ?? 'people tag'})`;
  if (mention.via === 'hashtag') return ' (in a hashtag)';
  if (mention.via === 'mention') return ' (in an @mention)';
  if (mention.segment.storedIn !== undefined) return ` (in ${mention.segment.storedIn})`;
  switch (mention.segment.kind) {
    case 'alt':
      return ' (in alt text)';
    case 'caption':
      return ' (in a caption)';
    case 'file-name':
      return ` (in the file name ${mention.segment.field ?? ''})`;
    case 'front-matter':
      return ` (in the front matter "${mention.segment.field ?? ''}")`;
    default:
      return '';
  }
}

/**
 * `judge` done once per list of pupils. A first name alone gives every mention of it the same list
 * (shared by findPupilMentions), and a record may give one first name to thousands of pupils, so
 * judging each mention afresh would cost mentions × pupils.
 */
export function oncePerPupilList<T>(judge: (pupils: Pupil[]) => T): (pupils: Pupil[]) => T {
  const judged = new Map<Pupil[], T>();
  return (pupils) => {
    if (judged.has(pupils)) return judged.get(pupils)!;
    const verdict = judge(pupils);
    judged.set(pupils, verdict);
    return verdict;
  };
}

const CONFLICT_NOTE = '; the consent record lists this pupil more than once with different answers, so the strictest answer was used';
const conflictNotes = new WeakMap<Pupil[], string>();

/** Said when the record lists a pupil twice with different answers (the strictest was used). */
export function conflictNote(pupils: Pupil[]): string {
  let note = conflictNotes.get(pupils);
  if (note === undefined) conflictNotes.set(pupils, (note = pupils.some((p) => p.conflicting) ? CONFLICT_NOTE : ''));
  return note;
}

/** Said when only a first name was matched and it fits several pupils (judged by the strictest), and of a surname alone. */
export function sharedNameNote(mention: PupilMention): string {
  if (mention.match === 'surname') return mention.pupils.length > 1 ? ` (a surname alone, which ${mention.pupils.length} pupils have; judged by the strictest record)` : ' (a surname alone)';
  return mention.pupils.length > 1 ? ` (${mention.pupils.length} pupils have this name; judged by the strictest record)` : '';
}

/** The names a finding about this mention may not show when redacted. */
export function personalOf(mention: PupilMention): string[] {
  return [mention.text, ...mention.text.split(/[^\p{L}'’-]+/u).filter((w) => w.length >= 2)];
}
