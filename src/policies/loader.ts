import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError, describeError } from '../core/errors.js';
import { readOrdinaryFile } from '../core/files.js';
import { settingsText } from '../load/decode.js';
import { maxSettingsBytes } from '../core/limits.js';
import { loadYaml, parseYaml, yamlTooDeep } from '../core/yaml.js';
import type { Citation } from '../core/types.js';
import { loadData } from '../data/load.js';
import type { PolicyPack } from './schema.js';

export const BUILT_IN_POLICIES = ['whmat', 'catholic-wy', 'wmat', 'chancery', 'tasmat'] as const;
export const DEFAULT_POLICY = 'wmat';

const cache = new Map<string, PolicyPack>();

/** The file a policy given by path names ("policies/our-trust.yaml"), or undefined for a built-in id. */
export function policyFilePath(idOrFile: string, relativeTo = process.cwd()): string | undefined {
  return /[\\/.]/.test(idOrFile) ? path.resolve(relativeTo, idOrFile) : undefined;
}

/** Loads a built-in pack by id, or a user's pack from a YAML/JSON file path. */
export async function loadPolicy(idOrFile: string, relativeTo = process.cwd()): Promise<PolicyPack> {
  const key = `${relativeTo}\u0000${idOrFile}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let pack: PolicyPack;
  const file = policyFilePath(idOrFile, relativeTo);
  if ((BUILT_IN_POLICIES as readonly string[]).includes(idOrFile)) {
    pack = await loadData<PolicyPack>(`policies/${idOrFile}`);
  } else if (file) {
    if (!existsSync(file)) throw new UsageError(`policy file not found: ${idOrFile}`);
    pack = await parsePolicyFile(file);
  } else {
    throw new UsageError(`unknown policy "${idOrFile}": use one of ${BUILT_IN_POLICIES.join(', ')}, or a path to a policy pack file`);
  }
  cache.set(key, pack);
  return pack;
}

/** A user's own pack (YAML or JSON), validated with the same schema as the built-in ones. */
export async function parsePolicyFile(file: string): Promise<PolicyPack> {
  const display = path.relative(process.cwd(), file) || file;
  const [yaml, { policyPackSchema }, { formatZodIssue }] = await Promise.all([loadYaml(), import('./schema.js'), import('../core/zod-issues.js')]);
  let raw: unknown;
  try {
    const text = settingsText(readOrdinaryFile(file, maxSettingsBytes()));
    const tooDeep = file.endsWith('.json') ? undefined : yamlTooDeep(text);
    if (tooDeep) throw new Error(tooDeep);
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(yaml, text);
  } catch (error) {
    throw new UsageError(`${display}: cannot read policy pack (${describeError(error).split('\n')[0]})`);
  }
  const parsed = policyPackSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`${display}: ${formatZodIssue(parsed.error.issues[0]!)}`);
  return parsed.data;
}

/** The citations a finding of `ruleId` carries under this pack (empty: "no specific section"). */
export function citationsFor(pack: PolicyPack, ruleId: string): Citation[] {
  return (pack.rules[ruleId] ?? []).map((entry) => ({
    policy: pack.id,
    section: entry.section,
    summary: entry.summary,
  }));
}

