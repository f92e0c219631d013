// GitHub Actions reads every line of a job's log that starts with "::" as a workflow command
// (::error::, ::add-mask::, ::stop-commands:: …), whatever step printed it. A camera field or a policy
// pack (any file in the repository) holding "\n::error::…" must never start such a line, in any format.
// Found by hand (hard2): --format junit printed EXIF Artist "Jo Bloggs\n::error::owner" as its own line,
// and the human, Markdown and JUnit formats printed a pack's summary with its line breaks.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/index.js';
import { runCli } from '../helpers/cli.js';
import { jpeg } from '../images/build.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-workflow-commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, 'evil.jpg'), await jpeg({ exif: { IFD0: { Make: 'Canon', Model: 'EOS\n::add-mask::x', Artist: 'Jo Bloggs\n::error::owner\r\n::warning::cr' } } }));
  writeFileSync(path.join(dir, 'post.md'), '---\napproved_by: Mrs Patel\nchannel: website\n---\n\nOur trip. ![x](evil.jpg)\n');
  writeFileSync(
    path.join(dir, 'pack.yaml'),
    [
      'id: our-trust',
      'name: "Our Trust\\n::error::name"',
      'short: "OT\\n::error::short"',
      'rules:',
      '  image/owner-details:',
      '    - section: "4.2"',
      '      summary: "No owners.\\n::error file=post.md::from the pack"',
      '',
    ].join('\n'),
  );
});

describe('no format starts a line with "::" from a photo or a pack', () => {
  for (const format of FORMAT_NAMES) {
    it(format, () => {
      const result = runCli(['post.md', '--policy', './pack.yaml', '--fail-on', 'warning', '--format', format], { cwd: dir });
      expect(result.status, result.stderr).toBe(1);
      expect(result.stdout).toMatch(/Jo Bloggs/); // the field was reported
      const commands = result.stdout.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::'));
      if (format === 'github') {
        // Only the annotations themselves, one line each.
        expect(commands.length).toBeGreaterThan(0);
        for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) file=[^:]*::/);
        expect(result.stdout).toContain('Jo Bloggs%0A::error::owner');
      } else {
        expect(commands).toEqual([]);
      }
    });
  }

  it('audit rules lists such a pack with its line breaks shown, not obeyed', () => {
    const result = runCli(['rules', '--policy', './pack.yaml'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Our Trust\\n::error::name');
    expect(result.stdout.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual([]);
  });

  it('JUnit still reads back as the same text', async () => {
    const xml = runCli(['post.md', '--format', 'junit'], { cwd: dir }).stdout;
    const { parseDocument } = await import('htmlparser2');
    const { textContent } = await import('domutils');
    expect(textContent(parseDocument(xml, { xmlMode: true }))).toContain('Jo Bloggs\n::error::owner');
  });
});
