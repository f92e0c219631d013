// A policy pack: how one trust's social-media policy maps onto our rule ids.
import * as z from 'zod';

export const citationEntrySchema = z
  .object({
    section: z.string().min(1).describe('The section as the policy numbers or titles it, e.g. "7.8".'),
    summary: z.string().min(1).max(200).describe('One line, in your own words.'),
  })
  .strict();

export const policyPackSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    name: z.string().min(1),
    short: z.string().min(1).describe('Shown before section numbers in citations, e.g. "WMAT".'),
    document: z.string().optional(),
    /** Every rule id maps to its sections; an empty list says "no specific section". */
    rules: z.record(z.string(), z.array(citationEntrySchema)),
  })
  .strict();

export type PolicyPack = z.infer<typeof policyPackSchema>;
export type CitationEntry = z.infer<typeof citationEntrySchema>;
