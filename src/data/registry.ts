// Which schema validates each data file in lexicons/. Every lexicons/*.yaml is a word/phrase lexicon
// unless listed here; every lexicons/policies/*.yaml is a policy pack.
import type { ZodType } from 'zod';
import { givenNamesSchema, nameContextSchema, nicknamesSchema } from '../consent/name-data.js';
import { lexiconSchema } from '../lexicons/schema.js';
import { policyPackSchema } from '../policies/schema.js';

/** Data files with a schema of their own (name relative to lexicons/, without .yaml). */
export const CUSTOM_SCHEMAS: Record<string, ZodType> = {
  'given-names': givenNamesSchema,
  nicknames: nicknamesSchema,
  'name-context': nameContextSchema,
};

export function schemaFor(name: string): ZodType {
  if (name.startsWith('policies/')) return policyPackSchema;
  return CUSTOM_SCHEMAS[name] ?? lexiconSchema;
}
