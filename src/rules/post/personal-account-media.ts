import type { Rule } from '../../core/types.js';

export const personalAccountMedia: Rule = {
  meta: {
    id: 'post/personal-account-media',
    description: 'A post for a personal account that carries pupil images (or school photos and video).',
    severity: 'error',
    inputs: ['front-matter', 'images'],
    docs: {
      details: 'Staff must not put photos or video of pupils, or of the school, on their personal social-media accounts.',
      fires: ['---\\naccount: personal\\n---\\n![Sports day](sports.jpg)'],
      passes: ['---\\naccount: official\\n---\\n![Sports day](sports.jpg)', '---\\naccount: personal\\n---\\nProud of our team today.'],
      fix: 'Post the photos through the school\'s official account instead.',
    },
  },
  check(ctx) {
    const post = ctx.post;
    if ((post.frontMatter.account ?? '').toLowerCase() !== 'personal') return;
    for (const attachment of post.attachments) {
      ctx.report({
        message: `A ${attachment.medium} in a post for a personal account: school photos and video go on official accounts only`,
        ...(attachment.offset !== undefined ? { offset: attachment.offset } : {}),
        excerpt: attachment.ref,
        suggestion: 'Remove the photo or video, or publish through the school\'s official account.',
      });
    }
  },
};
