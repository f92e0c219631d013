// ESLint-style rule tests: each case is a real post (written to a temp folder and loaded by the real
// loader), run through one rule; `valid` cases must report nothing, `invalid` ones exactly what they say.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/schema.js';
import { parseConsentRecord } from '../../src/consent/record.js';
import { checkPost, imageReadOptions } from '../../src/core/engine.js';
import type { Finding, Rule } from '../../src/core/types.js';
import { LexiconStore } from '../../src/lexicons/store.js';
import { loadPost } from '../../src/load/post.js';
import { loadPolicy } from '../../src/policies/loader.js';
import { rules as allRules } from '../../src/rules/index.js';
import { readImageMetadata } from '../../src/images/read.js';

export interface RuleCase {
  name?: string;
  /** The post's text (Markdown unless `file` says otherwise), or its raw bytes. */
  post?: string | Buffer;
  /** File name of the post (default post.md). */
  file?: string;
  /** The consent record as CSV text. */
  consent?: string;
  config?: Omit<ResolvedConfig, 'root'>;
  /** Files to place beside the post: name → path of a file to copy, or Buffer contents. */
  files?: Record<string, string | Buffer>;
  /** Audit this file (relative to the temp folder) instead of the post, e.g. an image. */
  target?: string;
  redact?: boolean;
  /** Read the images as `audit photos` does (previews compared only when the file shows an edit), not as a post audit. */
  batch?: boolean;
}

export interface InvalidCase extends RuleCase {
  /** Expected findings, in order: each a partial match (message as RegExp or substring). */
  errors: { message?: RegExp | string; line?: number; column?: number; severity?: Finding['severity']; field?: string }[] | number;
}

const lexicons = new LexiconStore();

export async function runRule(rule: Rule, testCase: RuleCase): Promise<Finding[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-rule-'));
  try {
    const postFile = path.join(dir, testCase.file ?? 'post.md');
    if (testCase.post !== undefined) {
      mkdirSync(path.dirname(postFile), { recursive: true });
      writeFileSync(postFile, testCase.post);
    }
    for (const [name, content] of Object.entries(testCase.files ?? {})) {
      const target = path.join(dir, name);
      mkdirSync(path.dirname(target), { recursive: true });
      if (typeof content === 'string') copyFileSync(content, target);
      else writeFileSync(target, content);
    }
    const config: ResolvedConfig = { ...(testCase.config ?? {}), root: dir };
    const consent = testCase.consent !== undefined ? await parseConsentRecord(testCase.consent, 'consent.csv') : undefined;
    const post = await loadPost(testCase.target ? path.join(dir, testCase.target) : postFile, config);
    const readOptions = imageReadOptions(config, [rule], testCase.batch ? 'auto' : 'full');
    for (const attachment of post.attachments) {
      const source = attachment.embedded ?? attachment.path;
      if (attachment.status === 'ok' && source) attachment.metadata = await readImageMetadata(source, readOptions);
    }
    const pending = await checkPost(post, {
      config,
      consent,
      lexicons,
      rules: [rule],
      ruleIds: new Set(allRules.map((r) => r.meta.id)),
      pack: await loadPolicy('wmat'),
      redact: testCase.redact ?? false,
    });
    return pending.map((p) => p.finding);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Declares the valid/invalid cases of one rule as vitest tests. */
export function ruleTester(rule: Rule, cases: { valid: (RuleCase | string)[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid (must not fire)', () => {
      for (const [i, raw] of cases.valid.entries()) {
        const testCase = typeof raw === 'string' ? { post: raw } : raw;
        it(testCase.name ?? `valid #${i + 1}: ${String(testCase.post ?? testCase.target ?? '').slice(0, 60).replace(/\n/g, '⏎')}`, async () => {
          const findings = await runRule(rule, testCase);
          expect(findings.map((f) => `${f.location.line}:${f.location.column} ${f.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid (must fire)', () => {
      for (const [i, testCase] of cases.invalid.entries()) {
        it(testCase.name ?? `invalid #${i + 1}: ${String(testCase.post ?? testCase.target ?? '').slice(0, 60).replace(/\n/g, '⏎')}`, async () => {
          const findings = await runRule(rule, testCase);
          if (typeof testCase.errors === 'number') {
            expect(findings, JSON.stringify(findings.map((f) => f.message))).toHaveLength(testCase.errors);
            return;
          }
          expect(findings.map((f) => f.message), 'number of findings').toHaveLength(testCase.errors.length);
          testCase.errors.forEach((expected, j) => {
            const finding = findings[j]!;
            expect(finding.ruleId).toBe(rule.meta.id);
            if (expected.message instanceof RegExp) expect(finding.message).toMatch(expected.message);
            else if (expected.message !== undefined) expect(finding.message).toContain(expected.message);
            if (expected.line !== undefined) expect(finding.location.line).toBe(expected.line);
            if (expected.column !== undefined) expect(finding.location.column).toBe(expected.column);
            if (expected.severity !== undefined) expect(finding.severity).toBe(expected.severity);
            if (expected.field !== undefined) expect(finding.location.field).toBe(expected.field);
          });
        });
      }
    });
  });
}
