// Drives the built CLI in a pseudo-terminal (node-pty) so interactive commands can be tested as a person
// uses them: wait for a question, type an answer.
import path from 'node:path';
import { bin } from '../helpers/cli.js';

export interface PtySession {
  /** Waits until the output (after what earlier waits consumed) matches; returns the text up to the match. */
  expect(pattern: RegExp, timeoutMs?: number): Promise<string>;
  send(keys: string): void;
  exit(): Promise<number>;
  output(): string;
}

type PtyModule = typeof import('node-pty');

export async function loadPty(): Promise<PtyModule | undefined> {
  try {
    const pty = (await import('node-pty')) as Partial<PtyModule> & { default?: PtyModule };
    const mod = (typeof pty.spawn === 'function' ? pty : pty.default) as PtyModule;
    // Prove the native module works before relying on it.
    await new Promise<void>((resolve, reject) => {
      const probe = mod.spawn(process.execPath, ['-e', '0'], {});
      probe.onExit(() => resolve());
      setTimeout(() => reject(new Error('node-pty probe timed out')), 10_000);
    });
    return mod;
  } catch {
    return undefined;
  }
}

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b[()][A-Z0-9]|\u001b[=>]|\r/g;

export function startCli(pty: PtyModule, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): PtySession {
  const child = pty.spawn(process.execPath, [bin, ...args], {
    name: 'xterm-256color',
    cols: 200,
    rows: 50,
    cwd,
    env: { ...process.env, NO_COLOR: '1', CI: '', POST_AUDIT_CONSENT: '', ...env } as Record<string, string>,
  });
  let raw = '';
  let consumed = 0;
  const waiters = new Set<() => void>();
  child.onData((data) => {
    raw += data;
    for (const wake of waiters) wake();
  });
  const exited = new Promise<number>((resolve) => child.onExit(({ exitCode }) => {
    for (const wake of waiters) wake();
    resolve(exitCode);
  }));
  const clean = () => raw.replace(ANSI, '');
  return {
    expect(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const text = clean().slice(consumed);
          const match = pattern.exec(text);
          if (match) {
            waiters.delete(check);
            clearTimeout(timer);
            consumed += match.index + match[0].length;
            resolve(text.slice(0, match.index + match[0].length));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${pattern} in:\n${clean().slice(consumed).slice(-2000)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    send(keys) {
      child.write(keys);
    },
    exit: () => exited,
    output: clean,
  };
}

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A' };
export const fixtureName = (...parts: string[]) => path.join(...parts);
