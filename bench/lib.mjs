// Small helpers shared by the bench sections.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const bin = path.join(repoRoot, 'bin', 'audit.js');

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wall time of a command in milliseconds (spawned, output discarded). */
export function timeCommand(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: 'ignore', ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, status: result.status };
}

/** Runs a command under /usr/bin/time -v when available and returns its peak resident memory in MB. */
export function peakMemoryMb(command, args, options = {}) {
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', ...options, stdio: ['ignore', 'ignore', 'pipe'] });
  const kb = Number((result.stderr ?? '').trim().split('\n').pop());
  return Number.isFinite(kb) && kb > 0 ? kb / 1024 : undefined;
}

export const fmt = (n, digits = 1) => (n === undefined ? 'n/a' : n.toFixed(digits));
