// Built-in data (lexicons, policy packs). The installed CLI reads dist/data.json, validated at build
// time; from source (tests) each YAML file is parsed and validated on first use.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexiconsDir, packageRoot } from '../core/paths.js';

// Running from dist/ (the built CLI, possibly from a split chunk) → the precompiled data; from src/ → YAML.
const distDir = path.join(packageRoot, 'dist');
const precompiledFile = path.join(distDir, 'data.json');
const here = fileURLToPath(import.meta.url);
const bundled = here.startsWith(distDir + path.sep) && existsSync(precompiledFile);

let precompiled: Record<string, unknown> | undefined;
const cache = new Map<string, unknown>();

export async function loadData<T>(name: string): Promise<T> {
  if (bundled) {
    precompiled ??= JSON.parse(readFileSync(precompiledFile, 'utf8')) as Record<string, unknown>;
    if (!(name in precompiled)) throw new Error(`built-in data "${name}" is missing; run npm run build`);
    return precompiled[name] as T;
  }
  if (!cache.has(name)) {
    const { compileOne } = await import('./compile.js');
    cache.set(name, compileOne(lexiconsDir, name));
  }
  return cache.get(name) as T;
}

/**
 * Data derived from the lexicons at build time (`derived/<name>` in dist/data.json, see
 * scripts/build.mjs), or undefined when running from source: the caller then derives it itself.
 */
export function prebuiltData<T>(name: string): T | undefined {
  if (!bundled) return undefined;
  precompiled ??= JSON.parse(readFileSync(precompiledFile, 'utf8')) as Record<string, unknown>;
  return precompiled[`derived/${name}`] as T | undefined;
}

/** Synchronous access after `loadData` has been awaited once for `name`. */
export function loadedData<T>(name: string): T | undefined {
  if (bundled) {
    precompiled ??= JSON.parse(readFileSync(precompiledFile, 'utf8')) as Record<string, unknown>;
    return precompiled[name] as T | undefined;
  }
  return cache.get(name) as T | undefined;
}
