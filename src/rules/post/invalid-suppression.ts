import type { Rule } from '../../core/types.js';

export const invalidSuppression: Rule = {
  meta: {
    id: 'post/invalid-suppression',
    description: 'An `audit-ignore` comment that names an unknown rule or gives no reason.',
    severity: 'error',
    inputs: ['text'],
    docs: {
      details:
        '`<!-- audit-ignore text/derogatory: reason -->` silences that rule for the next paragraph. The rule id must exist and the reason is mandatory, so every silenced finding has a recorded justification.',
      fires: ['<!-- audit-ignore text/derogatroy: typo in the id -->', '<!-- audit-ignore text/derogatory -->'],
      passes: ['<!-- audit-ignore text/derogatory: quoting a pupil\'s anti-racism poem, approved by the Head -->'],
      fix: 'Use a rule id from `audit rules`, followed by a colon and the reason.',
    },
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const suppression of ctx.post.suppressions) {
      const key = `${suppression.offset}:${suppression.ruleId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!ctx.ruleIds.has(suppression.ruleId)) {
        ctx.report({
          message: `audit-ignore names a rule that does not exist: "${suppression.ruleId}"`,
          offset: suppression.offset,
          suggestion: 'Use a rule id listed by `audit rules`.',
        });
      } else if (suppression.reason === '') {
        ctx.report({
          message: `audit-ignore for ${suppression.ruleId} gives no reason, so it was not applied`,
          offset: suppression.offset,
          suggestion: `Write the reason after a colon: <!-- audit-ignore ${suppression.ruleId}: why this is acceptable -->`,
        });
      }
    }
  },
};
