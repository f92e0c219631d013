import type { Rule } from '../../core/types.js';

export const approval: Rule = {
  meta: {
    id: 'post/approval',
    description: 'An official post with no record of who approved it (front matter `approved_by`).',
    severity: 'error',
    inputs: ['front-matter'],
    docs: {
      details:
        'Most trust policies require official posts to be checked before they go out. A Markdown post for an official account (any account other than `account: personal`) must say who approved it in `approved_by`. Plain-text, HTML and Word posts have no front matter and are not checked by this rule.',
      fires: ['---\\nchannel: facebook\\n---\\nGreat day!'],
      passes: ['---\\nchannel: facebook\\napproved_by: J. Patel\\n---\\nGreat day!', 'a post with account: personal'],
      fix: 'Add `approved_by: <name of the person who checked it>` to the front matter once it has been approved.',
    },
  },
  check(ctx) {
    const post = ctx.post;
    if (post.kind !== 'markdown') return;
    if ((post.frontMatter.account ?? '').toLowerCase() === 'personal') return;
    const approvedBy = post.frontMatter.approved_by;
    if (typeof approvedBy === 'string' && approvedBy.trim() !== '') return;
    ctx.report({
      message: 'No record of who approved this post (approved_by is missing from the front matter)',
      offset: 0,
      suggestion: 'Once someone has checked the post, add "approved_by: <their name>" to the front matter.',
    });
  },
};
