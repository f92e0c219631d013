// POST_AUDIT_TIMING=1 prints where an audit spent its time (like ESLint's TIMING=1): loading and
// parsing posts, reading images, and each rule, slowest first, on stderr when the run ends. Work a
// rule shares with others (tokenizing a post, name matching) is counted to the first rule that asks.
import { performance } from 'node:perf_hooks';

const totals = new Map<string, number>();

let enabled: boolean | undefined;
/** Read once: process.env is a call into C++ each time, and this is asked for every rule on every post. */
export const timingEnabled = (): boolean => (enabled ??= Boolean(process.env.POST_AUDIT_TIMING) && process.env.POST_AUDIT_TIMING !== '0');

/** Runs `work`, adding its time to `label` when timing is on. */
export async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  if (!timingEnabled()) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    totals.set(label, (totals.get(label) ?? 0) + performance.now() - started);
  }
}

/** The table printed at the end of a run (empty when timing is off or nothing was timed). */
export function timingTable(): string {
  if (totals.size === 0) return '';
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  const all = rows.reduce((sum, [, ms]) => sum + ms, 0);
  const width = Math.max(...rows.map(([label]) => label.length), 'Step'.length);
  const lines = [`${'Step'.padEnd(width)}  ${'ms'.padStart(9)}  share`];
  for (const [label, ms] of rows) lines.push(`${label.padEnd(width)}  ${ms.toFixed(1).padStart(9)}  ${((ms / all) * 100).toFixed(1).padStart(5)}%`);
  return `${lines.join('\n')}\n`;
}
