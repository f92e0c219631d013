// Every output format on the bundled example, through the built CLI: snapshots (version normalised),
// format-specific checks, and the SARIF Multitool's validation.
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { rules } from '../../src/rules/index.js';
import { examplesDir, repoRoot, runCli } from '../helpers/cli.js';

const version = (JSON.parse(spawnSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: repoRoot, encoding: 'utf8' }).stdout) as { version: string }).version;

function audit(format: string, extra: string[] = []) {
  const result = runCli(['posts/', '--format', format, ...extra], { cwd: examplesDir });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(1);
  return result.stdout;
}

/** Snapshots must not change when the version bumps, or when other engineers add rules. */
function normalise(text: string): string {
  return text.replaceAll(version, '<version>').replaceAll(repoRoot, '<repo>');
}

describe('snapshots of every format on the examples', () => {
  for (const format of ['human', 'json', 'github', 'markdown']) {
    it(format, () => {
      expect(normalise(audit(format))).toMatchSnapshot();
    });
  }

  it('sarif (results; the rule list is checked separately)', () => {
    const log = JSON.parse(normalise(audit('sarif')));
    const run = log.runs[0];
    expect(run.tool.driver.rules.length).toBeGreaterThanOrEqual(rules.length);
    run.tool.driver.rules = `<${run.tool.driver.rules.length} rules>`;
    for (const result of run.results) result.ruleIndex = '<index>';
    expect(log).toMatchSnapshot();
  });

  it('junit (failures; passing per-rule cases elided)', () => {
    const xml = normalise(audit('junit'))
      .split('\n')
      .filter((line) => !/<testcase [^>]*\/>$/.test(line))
      .join('\n')
      .replace(/tests="\d+"/g, 'tests="<n>"');
    expect(xml).toMatchSnapshot();
  });
});

describe('SARIF 2.1.0', () => {
  const log = JSON.parse(audit('sarif'));
  const run = log.runs[0];

  it('lists every rule with descriptions, help citing the active policy, and a docs link', () => {
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const rule of rules) expect(ids).toContain(rule.meta.id);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text).toBeTruthy();
      expect(rule.help.text).toContain('Policy (');
      expect(rule.help.markdown).toMatch(/WMAT|no specific section/);
      expect(rule.helpUri).toMatch(/^https:\/\/.+\/docs\/rules\.md#[a-z0-9-]+$/);
    }
  });

  it('gives results a rule, a level, a location with a region (text) or the image file alone, and a fingerprint', () => {
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.partialFingerprints['postAudit/v1']).toMatch(/^[0-9a-f]{64}$/);
      const physical = result.locations[0].physicalLocation;
      if (result.ruleId.startsWith('image/')) {
        expect(physical.artifactLocation.uri).toMatch(/\.jpe?g$/);
      } else {
        expect(physical.region.startLine).toBeGreaterThan(0);
      }
    }
    const name = run.results.find((r: { ruleId: string }) => r.ruleId === 'consent/full-name-with-media');
    expect(name.locations[0].physicalLocation.region).toMatchObject({ startLine: 11, startColumn: 15, endLine: 11, endColumn: 30 });
  });

  const binary = path.join(repoRoot, 'node_modules', '@microsoft', `sarif-multitool-${process.platform === 'win32' ? 'win32' : process.platform}`, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
  const runnable = (() => {
    if (!existsSync(binary)) return false;
    // The package's postinstall chmod does not always run.
    if (process.platform !== 'win32' && (statSync(binary).mode & 0o100) === 0) chmodSync(binary, 0o755);
    return spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0;
  })();

  const validate = (text: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-sarif-'));
    const file = path.join(dir, 'results.sarif');
    writeFileSync(file, text);
    const out = spawnSync(binary, ['validate', file], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    rmSync(dir, { recursive: true, force: true });
    return { status: out.status, output: `${out.stdout}\n${out.stderr}` };
  };

  it.skipIf(!runnable)('validates with no errors in the SARIF Multitool (npx @microsoft/sarif-multitool validate)', () => {
    const { status, output } = validate(JSON.stringify(log));
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/\berror SARIF\d+/);
    // The validator reports nothing for a file it cannot read: its warning on the region-less image
    // result proves it read this one.
    expect(output).toMatch(/warning SARIF2017/);
  });

  it.skipIf(!runnable)('(the validator does catch a broken log)', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'not a uri.jpg';
    expect(validate(JSON.stringify(broken)).output).toMatch(/error SARIF1002/);
  });
});

describe('github workflow commands', () => {
  it('escapes data and properties as the runner expects', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('puts each finding on its file and line, with a title and the policy', () => {
    const lines = audit('github').trim().split('\n');
    const name = lines.find((line) => line.includes('title=consent/full-name-with-media'))!;
    expect(name).toMatch(/^::error file=posts\/2026-07-03-residential-trip\.md,line=11,col=15,endLine=11,endColumn=30,title=consent\/full-name-with-media::/);
    expect(name).toContain('%0APolicy: WMAT 7.8');
    const gps = lines.find((line) => line.includes('title=image/gps'))!;
    expect(gps).toMatch(/^::error file=photos\/trip-beach\.jpg,title=image\/gps \(GPSLatitude\)::/);
    for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/[\r]/);
  });
});

describe('junit', () => {
  it('is well-formed XML with a suite per file and a failure per error', async () => {
    const xml = audit('junit');
    const { parseDocument } = await import('htmlparser2');
    const document = parseDocument(xml, { xmlMode: true });
    const { getElementsByTagName } = await import('domutils');
    const suites = getElementsByTagName('testsuite', document);
    expect(suites.map((s) => s.attribs.name)).toEqual(['posts/2026-06-12-sports-day.md', 'posts/2026-07-03-residential-trip.md']);
    const failures = getElementsByTagName('failure', document);
    expect(failures.length).toBe(Number(suites[1]!.attribs.failures));
    expect(getElementsByTagName('testsuites', document)[0]!.attribs.failures).toBe(String(failures.length));
    // Balanced tags: every opened testcase is closed.
    expect((xml.match(/<testcase /g) ?? []).length).toBe(getElementsByTagName('testcase', document).length);
  });
});
