// History, PSHE and RE posts that report, quote or answer a hostile belief about a group
// (tests/fixtures/text/good-news-reports.txt): a warning asks a person to check the framing, but
// no text rule may call any of them an error.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textRules } from '../../../src/rules/index.js';
import { runRule } from '../../helpers/rule-tester.js';

const posts = readFileSync(fileURLToPath(new URL('../../fixtures/text/good-news-reports.txt', import.meta.url)), 'utf8')
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter((block) => block !== '' && !block.startsWith('#'));

describe('history and PSHE posts that report hostility draw no error from any text rule', () => {
  it('holds the posts', () => expect(posts.length).toBeGreaterThanOrEqual(10));
  it.each(posts)('%s', async (post) => {
    const errors: string[] = [];
    for (const rule of textRules) {
      for (const f of await runRule(rule, { post })) if (f.severity === 'error') errors.push(`${f.ruleId}: ${f.message}`);
    }
    expect(errors).toEqual([]);
  });
});
