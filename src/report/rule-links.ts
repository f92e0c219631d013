// Where a rule's documentation lives: docs/rules.md in the repository, one heading per rule.

/** The public repository; SARIF help links and PR annotations point into its docs/rules.md. */
export const REPOSITORY_URL = 'https://github.com/post-audit/post-audit';

/** GitHub's anchor for a "## consent/no-consent" heading: lower case, punctuation other than "-" dropped. */
export function ruleAnchor(ruleId: string): string {
  return ruleId
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export function ruleHelpUri(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules.md#${ruleAnchor(ruleId)}`;
}
