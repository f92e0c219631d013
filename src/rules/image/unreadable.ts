import type { Rule } from '../../core/types.js';

export const unreadable: Rule = {
  meta: {
    id: 'image/unreadable',
    description: 'An image or video that could not be inspected (missing, outside the project, corrupt, unsupported): the audit fails closed.',
    severity: 'error',
    inputs: ['images'],
    docs: {
      details:
        'The auditor never passes what it could not read. A missing file, a path outside the project folder, an unreadable or corrupt file, or a format it cannot inspect is an error, so a photo with a location can never slip through unchecked.',
      fires: ['![Trip](photos/missing.jpg) where the file does not exist', '![x](../../etc/secret.jpg)', 'a truncated JPEG'],
      passes: ['![Trip](photos/trip.jpg) where the file exists inside the project and parses'],
      fix: 'Check the path and that the file opens; save it again as JPEG or PNG if it is damaged.',
    },
  },
  check(ctx) {
    for (const attachment of ctx.post.attachments) {
      const problem =
        attachment.status === 'ok' ? attachment.metadata?.error : attachment.status === 'remote' ? undefined : attachment.problem;
      if (!problem) continue;
      ctx.report({
        message: `Could not inspect ${attachment.displayPath}: ${problem}`,
        location: { file: attachment.status === 'ok' && !attachment.embedded ? attachment.displayPath : ctx.post.displayPath },
        ...(attachment.offset !== undefined ? { offset: attachment.offset } : {}),
        // A data: URL is the whole picture as text: its start is enough to find it.
        excerpt: attachment.ref.length > 200 ? `${attachment.ref.slice(0, 80)}…` : attachment.ref,
        suggestion: 'Fix the path or the file, then audit again: an image that cannot be checked cannot be published safely.',
      });
    }
  },
};
