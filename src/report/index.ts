// Every output format by name. Each formatter is a plain function in its own file; all but the two
// everyday ones (human, json) are loaded only when asked for, so `audit post.md` starts fast.
import type { AuditResult, Finding } from '../core/types.js';
import { formatHuman } from './human.js';
import { formatJson } from './json.js';

export interface FormatOptions {
  color: boolean;
  quiet: boolean;
  /** Stable, name-free fingerprints of findings (see fingerprint.ts), for SARIF and baselines. */
  fingerprints?: ReadonlyMap<Finding, string>;
  /** When redacting: masks consent-record names in text that does not come from findings (rule docs). */
  mask?: (text: string) => string;
}

export type Formatter = (result: AuditResult, options: FormatOptions) => string;

/** Loaders by format name: `await formatters.sarif()` gives the SARIF formatter. */
export const formatters: Record<string, () => Promise<Formatter>> = {
  human: async () => formatHuman,
  json: async () => (result) => formatJson(result),
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
  markdown: async () => (await import('./markdown.js')).formatMarkdown,
};

export const FORMAT_NAMES = Object.keys(formatters);

export async function loadFormatter(name: string): Promise<Formatter> {
  const load = formatters[name];
  if (!load) throw new Error(`unknown format "${name}"`);
  return load();
}
