// Posts whose size is in their structure rather than their bytes: a million lines, a million
// emphases, a name repeated a hundred thousand times. Each once crashed the run (out of memory,
// a stack overflow, a report too big to join into one string); each now ends as findings.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LONGEST_SEGMENT } from '../../src/core/position.js';
import { loadPost, plainParagraphs } from '../../src/load/post.js';
import { runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { SEED } from './seed.js';

const { dir, put } = tempFolder('huge-posts');
writeFileSync(path.join(dir, '.postauditrc.json'), '{}');
const FM = '---\napproved_by: Mrs Patel\n---\n';

function audit(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = runCli([...args, '--format', 'json'], { cwd: dir, env });
  expect(result.stderr).toBe('');
  const findings = (JSON.parse(result.stdout) as { files: { findings: { ruleId: string; severity: string; message: string }[] }[] }).files.flatMap((f) => f.findings);
  return { ...result, findings };
}

describe('posts huge in structure', () => {
  it('a name or a number repeated thousands of times: the first findings of each rule are listed, the rest counted in one more', () => {
    const file = put('repeated.md', `${FM}${'Call 07700 900123 today. '.repeat(40)}\n`);
    const r = audit([file], { POST_AUDIT_MAX_FINDINGS_PER_RULE: '10' });
    expect(r.status).toBe(1);
    const phones = r.findings.filter((f) => f.ruleId === 'text/personal-data');
    expect(phones).toHaveLength(11);
    const more = phones.find((f) => /more findings? of this kind/.test(f.message));
    expect(more?.message).toMatch(/^30 more findings of this kind in this file are not listed \(only the first 10 are\)/);
    // Counted at the severity of what it stands for: the verdict does not change.
    expect(more?.severity).toBe('error');
  });

  it('100,000 repeats of a name in one line: 1,000 listed and one more counting the rest (1.6 million made a human report too long to be a string: an internal error)', () => {
    const file = put('names.md', `${FM}${'Amelia Smith '.repeat(100_000)}\n`);
    const r = runCli([file], { cwd: dir });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toMatch(/99,000 more findings of this kind in this file are not listed \(only the first 1,000 are\)/);
  });

  it('one paragraph of 200,000 characters is read in parts: a finding deep inside it keeps its line and column', () => {
    // 3,000 lines joined into one Markdown paragraph, a phone number on line 2,500 (of the file).
    const lines = Array.from({ length: 3000 }, (_, i) => (i === 2496 ? 'Any questions, ring 07700 900123 after six.' : 'The choir sang at the town hall and everyone enjoyed it.'));
    const file = put('one-paragraph.md', `${FM}${lines.join('\n')}\n`);
    const result = runCli([file, '--format', 'json'], { cwd: dir });
    const phone = (JSON.parse(result.stdout) as { files: { findings: { ruleId: string; location: { line: number; column: number } }[] }[] }).files[0]!.findings.find((f) => f.ruleId === 'text/personal-data');
    expect(phone?.location).toMatchObject({ line: 2500, column: 21, endLine: 2500, endColumn: 33 });
  });

  it('a Markdown post of more than a million lines is reported unreadable at once (12 million ran out of memory)', () => {
    const r = audit([put('lines.md', `${FM}${'a\n'.repeat(1_000_001)}`)]);
    expect(r.status).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'post/unreadable', severity: 'error', message: expect.stringMatching(/more than 1,000,000 lines/) })]);
    // A lone CR ends a line too.
    const cr = audit([put('cr-lines.md', `${FM}${'a\r'.repeat(1_000_001)}`)]);
    expect(cr.findings.map((f) => f.ruleId)).toEqual(['post/unreadable']);
  });

  it('a Markdown post of a million emphases and links is reported unreadable, not parsed into gigabytes of tokens', () => {
    const r = audit([put('emphasis.md', `${FM}${'*a* [b](c) '.repeat(150_000)}`)]);
    expect(r.status).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'post/unreadable', message: expect.stringMatching(/more than 1,000,000 parts/) })]);
  });

  it('a plain-text paragraph of 4 million lines is read (its paragraph expression overflowed the stack)', async () => {
    const file = put('lines.txt', 'a\n'.repeat(4_000_000));
    const post = await loadPost(file, { root: dir, school: {} } as never);
    // One paragraph, given to the rules in parts of at most LONGEST_SEGMENT characters.
    expect(post.segments.map((s) => s.text).join('')).toHaveLength(8_000_000 - 1);
    expect(Math.max(...post.segments.map((s) => s.text.length))).toBeLessThanOrEqual(LONGEST_SEGMENT);
  });

  it('plain-text paragraphs are where the expression they replace put them', () => {
    const expression = /[^\r\n]+(?:\r?\n(?![ \t]*(?:\r?\n|$))[^\r\n]*)*/g;
    const text = fc.array(fc.constantFrom('a', 'b c', ' ', '\t', '\n', '\r', '\r\n'), { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect([...plainParagraphs(t)]).toEqual([...t.matchAll(expression)].map((m) => [m.index, m.index + m[0].length]));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
