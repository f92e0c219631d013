import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configFor, loadConfigFile } from '../../src/config/discover.js';
import { UsageError } from '../../src/core/errors.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, text: string) {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

describe('config discovery', () => {
  it('finds .postauditrc.yaml from the audited file upwards and roots paths at its folder', async () => {
    write('site/.postauditrc.yaml', 'policy: chancery\nstaff: [Mrs Patel]\n');
    const post = write('site/news/2026/post.md', 'Hello');
    const config = await configFor(post);
    expect(config.policy).toBe('chancery');
    expect(config.staff).toEqual(['Mrs Patel']);
    expect(config.root).toBe(path.join(dir, 'site'));
  });

  it('reads "postaudit" in package.json', async () => {
    write('pkg/package.json', JSON.stringify({ name: 'school-site', postaudit: { policy: 'tasmat' } }));
    const config = await configFor(write('pkg/posts/a.md', 'Hello'));
    expect(config.policy).toBe('tasmat');
  });

  it('a package.json without the key is skipped and the search goes on', async () => {
    write('outer/.postauditrc.json', JSON.stringify({ policy: 'whmat' }));
    write('outer/inner/package.json', JSON.stringify({ name: 'x' }));
    const config = await configFor(write('outer/inner/post.md', 'Hello'));
    expect(config.policy).toBe('whmat');
  });

  it('an unknown key is an error naming the key and the file', async () => {
    const file = write('bad/.postauditrc.json', JSON.stringify({ polcy: 'wmat' }));
    await expect(loadConfigFile(file)).rejects.toThrow(UsageError);
    await expect(loadConfigFile(file)).rejects.toThrow(/\.postauditrc\.json: unknown key "polcy"/);
  });

  it('a wrong value names the key path', async () => {
    const file = write('bad2/.postauditrc.yaml', 'rules:\n  image/gps: loud\n');
    await expect(loadConfigFile(file)).rejects.toThrow(/rules\.image\/gps: must be one of "off", "info", "warning", "error"/);
  });

  it('invalid YAML is one clear line', async () => {
    const file = write('bad3/.postauditrc.yaml', 'policy: [wmat\n');
    await expect(loadConfigFile(file)).rejects.toThrow(/not valid YAML/);
  });
});
