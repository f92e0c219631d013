// A temporary folder for one test file, removed after its tests, and a way to put files in it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export function tempFolder(name: string): { dir: string; put: (file: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `post-audit-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (file: string, content: string | Uint8Array) => {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
    return full;
  };
  return { dir, put };
}
