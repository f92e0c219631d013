// Finds and validates the config for an audited file: the nearest .postauditrc.json,
// .postauditrc.yaml/.yml, or package.json with a "postaudit" key, from the file's folder upwards.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError, describeError, fsReason } from '../core/errors.js';
import { readOrdinaryFile } from '../core/files.js';
import { settingsText } from '../load/decode.js';
import { maxSettingsBytes } from '../core/limits.js';
import { loadYaml, parseYaml, yamlTooDeep } from '../core/yaml.js';
import type { ResolvedConfig } from './schema.js';

const CANDIDATES = ['.postauditrc.json', '.postauditrc.yaml', '.postauditrc.yml', 'package.json'];

const cache = new Map<string, Promise<ResolvedConfig>>();

/** Loads an explicit config file (`--config`). */
export async function loadConfigFile(file: string): Promise<ResolvedConfig> {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) throw new UsageError(`config file not found: ${file}`);
  const raw = await readConfigData(absolute);
  if (raw === undefined) throw new UsageError(`${file}: package.json has no "postaudit" key`);
  return validate(raw, absolute);
}

/** The config that applies to a file or folder, or an empty one rooted at the project folder. */
export function configFor(target: string): Promise<ResolvedConfig> {
  const start = isDirectory(target) ? path.resolve(target) : path.dirname(path.resolve(target));
  return configForDir(start);
}

/** The config for a file known not to be a folder: its folder's (configFor without asking the disk). */
export function configForFile(file: string): Promise<ResolvedConfig> {
  return configForDir(path.dirname(path.resolve(file)));
}

function configForDir(dir: string): Promise<ResolvedConfig> {
  let pending = cache.get(dir);
  if (!pending) {
    pending = findConfig(dir);
    cache.set(dir, pending);
  }
  return pending;
}

async function findConfig(dir: string): Promise<ResolvedConfig> {
  for (const name of CANDIDATES) {
    const candidate = path.join(dir, name);
    if (!existsSync(candidate)) continue;
    const raw = await readConfigData(candidate);
    if (raw === undefined) continue;
    return validate(raw, candidate);
  }
  const parent = path.dirname(dir);
  if (parent === dir || existsSync(path.join(dir, '.git'))) return { root: dir };
  return configForDir(parent);
}

async function readConfigData(file: string): Promise<unknown> {
  const display = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = settingsText(readOrdinaryFile(file, maxSettingsBytes()));
  } catch (error) {
    throw new UsageError(`${display}: cannot read config (${fsReason(error)})`);
  }
  try {
    if (file.endsWith('package.json')) {
      const data = JSON.parse(text) as Record<string, unknown>;
      return data.postaudit;
    }
    if (file.endsWith('.json')) return JSON.parse(text);
    const tooDeep = yamlTooDeep(text);
    if (tooDeep) throw new Error(tooDeep);
    const yaml = await loadYaml();
    return parseYaml(yaml, text);
  } catch (error) {
    throw new UsageError(`${display}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'} (${describeError(error).split('\n')[0]})`);
  }
}

async function validate(raw: unknown, file: string): Promise<ResolvedConfig> {
  const display = path.relative(process.cwd(), file) || file;
  const [{ configSchema }, { formatZodIssue }] = await Promise.all([import('./schema.js'), import('../core/zod-issues.js')]);
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${display}: ${formatZodIssue(issue)}`);
  }
  return { ...parsed.data, source: file, root: path.dirname(file) };
}

function isDirectory(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}
