// What the consent rules share: the pupils a post uses, and the wording of their findings.
import { findPupilMentions, type PupilMention } from '../../consent/mentions.js';
import type { Pupil } from '../../consent/record.js';
import type { RuleContext } from '../../core/types.js';

export function mentionsIn(ctx: RuleContext): PupilMention[] {
  if (!ctx.consent) return [];
  return findPupilMentions(ctx.post, ctx.consent, ctx.config);
}

/** Consent no longer holds: withdrawn on or before the post's date, or expired before it. */
export function withdrawnReason(pupil: Pupil, today: Date): string | undefined {
  if (pupil.withdrawnOn && pupil.withdrawnOn.getTime() <= today.getTime()) return 'consent was withdrawn';
  if (pupil.expiresOn && pupil.expiresOn.getTime() < today.getTime()) return 'consent has expired';
  return undefined;
}

/** How a mention is described in a redacted report. */
export function redactedWho(mention: PupilMention): string {
  return mention.segment.kind === 'file-name' ? 'a pupil named in an attachment\'s file name' : 'a pupil named in line {line}';
}

export function where(mention: PupilMention): string {
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
