import type { Rule } from '../../core/types.js';

export const remote: Rule = {
  meta: {
    id: 'image/remote',
    description: 'An image referenced by URL, which the auditor does not download (so its metadata is not checked).',
    severity: 'warning',
    inputs: ['images'],
    docs: {
      details: 'post-audit never uses the network. An image linked by URL cannot be inspected for location or people tags, so a person must check it.',
      fires: ['![Team](https://example.org/team.jpg)'],
      passes: ['![Team](photos/team.jpg)'],
      fix: 'Download the image into the repository and link the local copy, so it can be audited.',
    },
  },
  check(ctx) {
    for (const attachment of ctx.post.attachments) {
      if (attachment.status !== 'remote') continue;
      ctx.report({
        message: `The ${attachment.medium} at ${attachment.ref} is remote and was not inspected`,
        ...(attachment.offset !== undefined ? { offset: attachment.offset } : {}),
        excerpt: attachment.ref,
        suggestion: 'Save the image in the repository and link the local file so it can be checked.',
      });
    }
  },
};
