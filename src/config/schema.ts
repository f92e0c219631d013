// The config file (.postauditrc.json / .postauditrc.yaml / "postaudit" in package.json).
import { z } from 'zod';

import { CONSENT_COLUMNS } from '../consent/columns.js';

const severitySetting = z.enum(['off', 'info', 'warning', 'error']);

const deviceSchema = z
  .object({
    make: z.string().optional().describe('Camera maker as the photo records it, e.g. "Apple".'),
    model: z.string().optional().describe('Camera model, e.g. "iPhone 13".'),
    serial: z.string().optional().describe('Body serial number, if the camera records one.'),
    owner: z.string().optional().describe('Owner name the camera writes into photos.'),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    policy: z
      .string()
      .optional()
      .describe('The trust policy pack: whmat, catholic-wy, wmat, chancery, tasmat, or a path to your own pack.'),
    consent: z
      .object({
        file: z.string().optional().describe('Path to the consent-record CSV (relative to this config file).'),
        columns: z
          .partialRecord(z.enum(CONSENT_COLUMNS), z.string())
          .optional()
          .describe('Maps our column names to the headers of your CSV export.'),
        delimiter: z.string().optional().describe('Field separator; detected from the header line when omitted.'),
      })
      .strict()
      .optional(),
    school: z
      .object({
        name: z.string().optional(),
        phones: z.array(z.string()).optional().describe('The school\'s own public phone numbers (allowed in posts).'),
        emailDomains: z.array(z.string()).optional().describe('E-mail domains that are the school\'s own (allowed).'),
        emails: z.array(z.string()).optional().describe('Public e-mail addresses that are allowed.'),
        postcodes: z.array(z.string()).optional().describe('The school\'s public postcodes (allowed).'),
        addresses: z.array(z.string()).optional().describe('The school\'s public addresses (allowed).'),
        accounts: z.array(z.string()).optional().describe('The school\'s own social accounts and hashtags (allowed).'),
      })
      .strict()
      .optional(),
    staff: z.array(z.string()).optional().describe('Staff names: never taken for pupils.'),
    allowNames: z
      .array(z.string())
      .optional()
      .describe('Other names allowed to appear (governors, visitors, authors, place names).'),
    devices: z.array(deviceSchema).optional().describe('Cameras and phones the school owns.'),
    rules: z
      .record(z.string(), severitySetting)
      .optional()
      .describe('Severity per rule id: off, info, warning or error.'),
    failOn: z.enum(['error', 'warning']).optional(),
    ignore: z.array(z.string()).optional().describe('Globs of paths never audited.'),
    sitePaths: z
      .record(z.string(), z.string())
      .optional()
      .describe('Maps site-absolute URL prefixes (e.g. "/images") to folders (relative to this config).'),
  })
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;

export interface ResolvedConfig extends ConfigFile {
  /** The file the config came from, if any. */
  source?: string;
  /** The folder relative paths in the config resolve against, and the project root for attachments. */
  root: string;
}
