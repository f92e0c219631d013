// Where the consent record comes from: --consent, else the config's consent.file, else the file named
// by the POST_AUDIT_CONSENT environment variable (how CI supplies it from a secret).
import path from 'node:path';
import type { ResolvedConfig } from '../config/schema.js';
import { loadConsentRecord, type ConsentRecord } from './record.js';

export const CONSENT_ENV = 'POST_AUDIT_CONSENT';

const cache = new Map<string, Promise<ConsentRecord>>();

export function consentPathFor(config: ResolvedConfig, cliPath?: string, env = process.env): string | undefined {
  if (cliPath) return path.resolve(cliPath);
  if (config.consent?.file) return path.resolve(config.root, config.consent.file);
  const fromEnv = env[CONSENT_ENV];
  return fromEnv ? path.resolve(fromEnv) : undefined;
}

export async function loadConsentForConfig(config: ResolvedConfig, cliPath?: string): Promise<ConsentRecord | undefined> {
  const file = consentPathFor(config, cliPath);
  if (!file) return undefined;
  const key = `${file}\u0000${JSON.stringify(config.consent?.columns ?? {})}\u0000${config.consent?.delimiter ?? ''}`;
  let record = cache.get(key);
  if (!record) {
    const options: Parameters<typeof loadConsentRecord>[1] = {};
    if (config.consent?.columns) options.columns = config.consent.columns;
    if (config.consent?.delimiter) options.delimiter = config.consent.delimiter;
    record = loadConsentRecord(file, options);
    cache.set(key, record);
  }
  return await record;
}
