import type { Rule } from '../../core/types.js';

export const postUnreadable: Rule = {
  meta: {
    id: 'post/unreadable',
    description: 'The post itself could not be read completely (text encoding, broken front matter, an encrypted or damaged PDF).',
    severity: 'error',
    inputs: ['text', 'front-matter'],
    docs: {
      details:
        'A post whose front matter is invalid YAML or never closed, or whose text is not in a known encoding, may hide settings (channel, approved_by) or text from the checks, so the audit fails closed. So does a document that cannot be read: a password-protected, damaged or scanned (no text, no photos) PDF, a Word document saved as .doc.',
      fires: ['---\\ntitle: [unclosed\\n---', 'a front matter block with no closing "---" line', 'a PDF newsletter exported with a password'],
      passes: ['valid front matter closed by "---"'],
      fix: 'Fix the front matter (or save the file as UTF-8) and audit again.',
    },
  },
  check(ctx) {
    for (const problem of ctx.post.problems) {
      const isEncoding = /not UTF-8/.test(problem.message);
      const isAccess = / — nothing in it was checked$/.test(problem.message);
      ctx.report({
        message: `The post could not be read completely: ${problem.message}`,
        offset: problem.offset,
        suggestion: isEncoding
          ? 'Save the file as UTF-8.'
          : isAccess
            ? 'Check that the file opens and is an ordinary post (not a huge or broken file), then audit again.'
            : ctx.post.kind === 'pdf'
              ? 'Check what the message says in the program that made the newsletter, export the PDF again and audit that.'
              : /front matter is not valid TOML|never closed with a "\+\+\+" line/.test(problem.message)
                ? 'Fix the front matter so every key = value line is valid TOML, between two "+++" lines.'
                : 'Fix the front matter so every key: value line is valid YAML, between two "---" lines.',
        ...(isEncoding ? { severity: 'warning' as const } : problem.severity ? { severity: problem.severity } : {}),
      });
    }
  },
};
