// A temporary folder, removed after the test that made it (or, made outside a test, after the file's
// tests), and a way to put files in it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

export function tempFolder(name: string): { dir: string; put: (file: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `post-audit-${name}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    afterAll(remove);
  }
  const put = (file: string, content: string | Uint8Array) => {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
    return full;
  };
  return { dir, put };
}
