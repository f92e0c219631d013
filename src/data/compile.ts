// Reads and validates the data files in lexicons/ (YAML → zod). Used directly when running from source
// (tests), and at build time to write dist/data.json, so the installed CLI starts without loading the
// YAML parser or zod for its own, already validated data.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { formatZodIssue } from '../core/zod-issues.js';
import { schemaFor } from './registry.js';

export function compileOne(dir: string, name: string): unknown {
  const file = path.join(dir, `${name}.yaml`);
  const raw = parseYaml(readFileSync(file, 'utf8')) as unknown;
  const parsed = schemaFor(name).safeParse(raw);
  if (!parsed.success) throw new Error(`lexicons/${name}.yaml: ${formatZodIssue(parsed.error.issues[0]!)}`);
  return parsed.data;
}

/** Every data file under `dir`, by name ("confidential", "policies/wmat"). */
export function dataFileNames(dir: string): string[] {
  const names: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const relative = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.yaml')) names.push(relative.slice(0, -'.yaml'.length));
    }
  };
  walk('');
  return names.sort();
}

export function compileAll(dir: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const name of dataFileNames(dir)) data[name] = compileOne(dir, name);
  return data;
}
