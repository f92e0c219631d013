// The committed JSON Schema for .postauditrc.json must match the zod schema it is generated from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchemaText } from '../../src/config/json-schema.js';
import { configSchema } from '../../src/config/schema.js';
import { examplesDir, repoRoot } from '../helpers/cli.js';

describe('schema/postauditrc.schema.json', () => {
  const committed = readFileSync(path.join(repoRoot, 'schema', 'postauditrc.schema.json'), 'utf8');

  it('is up to date with src/config/schema.ts (regenerate: node scripts/gen-schema.mjs)', () => {
    expect(committed).toBe(configJsonSchemaText());
  });

  it('describes every config key and rejects unknown ones, as the loader does', () => {
    const schema = JSON.parse(committed);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(configSchema.shape).sort());
    expect(schema.additionalProperties).toBe(false);
  });

  it('the example config points at it and is valid', () => {
    const example = JSON.parse(readFileSync(path.join(examplesDir, '.postauditrc.json'), 'utf8'));
    expect(path.resolve(examplesDir, example.$schema)).toBe(path.join(repoRoot, 'schema', 'postauditrc.schema.json'));
    expect(configSchema.safeParse(example).success).toBe(true);
  });
});
