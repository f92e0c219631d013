// audit init with answers given by a stand-in prompter: what it writes, and when it cannot.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initCommand } from '../../src/cli/init/init-command.js';
import type { Prompter } from '../../src/cli/prompts.js';
import { UsageError } from '../../src/core/errors.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Says yes to every confirmation, picks the first choice, and leaves every text answer empty. */
const agreeable: Prompter = {
  select: async (_message, choices) => choices[0]!.value,
  input: async () => '',
  confirm: async (message) => !/cameras or phones|another camera/.test(message),
};

describe('audit init', () => {
  // Found by hand (hard2): "internal error: EISDIR … this is a bug" when the config could not be written.
  it('a config it cannot write is a one-line usage error, and leaves no temporary file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-init-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, '.postauditrc.json')); // a folder where the file would go
    const run = initCommand({ prompter: agreeable, interactive: true, cwd: dir, write: () => {} });
    await expect(run).rejects.toThrow(UsageError);
    await expect(initCommand({ prompter: agreeable, interactive: true, cwd: dir, write: () => {} })).rejects.toThrow(
      /^cannot write \.postauditrc\.json here \(is a folder, not a file\); nothing was written$/,
    );
    expect(readdirSync(dir)).toEqual(['.postauditrc.json']);
  });
});
