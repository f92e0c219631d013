import { prepareNameKnowledge } from '../../consent/knowledge.js';
import { findUnknownNames, type PersonName } from '../../consent/people.js';
import { isLinkAddress, type Rule } from '../../core/types.js';

export const unknownName: Rule = {
  meta: {
    id: 'consent/unknown-name',
    description: "A person's name that is not in the consent record nor the staff/allow list: it may be a pupil without a record.",
    severity: 'warning',
    inputs: ['consent', 'text', 'images'],
    docs: {
      details:
        'A given name (from the ONS list of names given to babies in England and Wales) used as a name in its sentence — "Well done Maya T", "Oscar, Ruby and Zain" — or any name in an image\'s people tags, that matches no pupil in the consent record and no staff or allowed name in the config. Words that are also names (Grace, Will, May, Summer …) count only when the context says they are a person; places, months, school and team names do not count. Adults named with a title (Mrs Khan, Mr Tom Jones) never count.',
      fires: ['"Congratulations to Maya T for her poem" when no Maya is in the record', '"Oscar, Ruby and Zain led assembly" when none of them is in the record'],
      passes: [
        '"Thank you to Mrs Khan and Mr Patel"',
        '"Our Summer Fair is on Saturday in May"',
        '"Will you join us? Hope to see you there!"',
        'a name listed in the config under staff or allowNames',
      ],
      fix: 'Check the pupil is in the consent record (and has consent), or add an adult to staff/allowNames in the config.',
    },
  },
  async check(ctx) {
    const knowledge = await prepareNameKnowledge();
    for (const name of findUnknownNames(ctx.post, ctx.consent, ctx.config, knowledge)) {
      const why = ctx.consent ? 'is not in the consent record or the staff list' : 'could not be checked (no consent record is configured)';
      ctx.report({
        message: `${name.text} looks like a person's name and ${why}${whereName(name)}`,
        redactedMessage: `${redactedWhere(name)} looks like a person's name and ${why}`,
        personal: [name.text, ...name.text.split(/[^\p{L}'’-]+/u).filter((w) => w.length >= 2)],
        offset: name.offset,
        endOffset: name.endOffset,
        excerpt: name.text,
        suggestion: ctx.consent
          ? 'If this is a pupil, check they are in the consent record with consent for this post; if an adult, add them to "staff" or "allowNames" in the config.'
          : 'Give the consent record with --consent (or consent.file in the config) so pupils can be checked.',
      });
    }
  },
};

function whereName(name: PersonName): string {
  if (name.via === 'people-tag') return ` (tagged in the image ${name.attachment?.displayPath ?? ''})`;
  if (name.via === 'hashtag') return ' (in a hashtag)';
  if (name.via === 'mention') return ' (in an @mention)';
  if (name.segment.storedIn !== undefined) return ` (in ${name.segment.storedIn})`;
  if (name.segment.kind === 'file-name') return ` (in the file name ${name.segment.field ?? ''})`;
  if (name.segment.kind === 'front-matter') return ` (in the front matter "${name.segment.field ?? ''}")`;
  return '';
}

function redactedWhere(name: PersonName): string {
  if (name.via === 'people-tag') return 'a name tagged in an attached image';
  if (isLinkAddress(name.segment)) return 'a name in the address of a link in line {line}';
  if (name.segment.kind === 'file-name') return "a name in a file name (an attachment's or the page's)";
  // Kept out of sight: a photo's own caption (a caption segment), or a document's properties.
  if (name.segment.storedIn !== undefined) return name.segment.kind === 'caption' ? 'a name stored in a photo shown on line {line}' : "a name in the document's properties";
  return 'a name in line {line}';
}
