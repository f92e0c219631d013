// The config's JSON Schema, generated from the zod schema, so editors complete and check .postauditrc.json.
// scripts/gen-schema.mjs writes it to schema/postauditrc.schema.json; a test fails when that file is stale.
import * as z from 'zod';
import { configSchema } from './schema.js';

export const SCHEMA_ID = 'https://github.com/post-audit/post-audit/blob/main/schema/postauditrc.schema.json';

export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: SCHEMA_ID,
    title: 'post-audit configuration (.postauditrc.json)',
    description: 'Settings for post-audit: the trust policy, the consent record and its columns, the school\'s public details, staff, cameras and rule severities.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

export function configJsonSchemaText(): string {
  return JSON.stringify(configJsonSchema(), null, 2) + '\n';
}
