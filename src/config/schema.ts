// The config file (.postauditrc.json / .postauditrc.yaml / "postaudit" in package.json).
// Written with zod's "mini" API: the same validation as classic zod, at a fraction of the code the CLI
// has to load at start-up (every audit of a post with a config validates it).
import * as z from 'zod/mini';
import { CONSENT_COLUMNS } from '../consent/columns.js';

// zod/mini leaves messages to a locale: English, so a wrong type says what was expected ("expected array, received number").
z.config(z.locales.en());

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;
const optionalText = (description: string) => z.optional(described(z.string(), description));
const optionalList = (description: string) => z.optional(described(z.array(z.string()), description));

const severitySetting = z.enum(['off', 'info', 'warning', 'error']);

const deviceSchema = z.strictObject({
  make: optionalText('Camera maker as the photo records it, e.g. "Apple".'),
  model: optionalText('Camera model, e.g. "iPhone 13".'),
  serial: optionalText('Body serial number, if the camera records one.'),
  owner: optionalText('Owner name the camera writes into photos.'),
});

export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  policy: optionalText('The trust policy pack: whmat, catholic-wy, wmat, chancery, tasmat, or a path to your own pack.'),
  consent: z.optional(
    z.strictObject({
      file: optionalText('Path to the consent-record CSV (relative to this config file).'),
      columns: z.optional(
        described(z.partialRecord(z.enum(CONSENT_COLUMNS), z.string()), 'Maps our column names to the headers of your CSV export.'),
      ),
      delimiter: optionalText('Field separator; detected from the header line when omitted.'),
    }),
  ),
  school: z.optional(
    z.strictObject({
      name: z.optional(z.string()),
      phones: optionalList("The school's own public phone numbers (allowed in posts)."),
      emailDomains: optionalList("E-mail domains that are the school's own (allowed)."),
      emails: optionalList('Public e-mail addresses that are allowed.'),
      postcodes: optionalList("The school's public postcodes (allowed)."),
      addresses: optionalList("The school's public addresses (allowed)."),
      accounts: optionalList("The school's own social accounts and hashtags (allowed)."),
    }),
  ),
  staff: optionalList('Staff names: never taken for pupils.'),
  allowNames: optionalList('Other names allowed to appear (governors, visitors, authors, place names).'),
  devices: z.optional(described(z.array(deviceSchema), 'Cameras and phones the school owns.')),
  rules: z.optional(described(z.record(z.string(), severitySetting), 'Severity per rule id: off, info, warning or error.')),
  failOn: z.optional(z.enum(['error', 'warning'])),
  ignore: optionalList('Globs of paths never audited.'),
  sitePaths: z.optional(
    described(z.record(z.string(), z.string()), 'Maps site-absolute URL prefixes (e.g. "/images") to folders (relative to this config).'),
  ),
});

export type ConfigFile = z.infer<typeof configSchema>;

export interface ResolvedConfig extends ConfigFile {
  /** The file the config came from, if any. */
  source?: string;
  /** The folder relative paths in the config resolve against, and the project root for attachments. */
  root: string;
}

/** The school's own e-mail domains as a host or address ends with them: lower case, without a leading "@". */
export function schoolDomains(config: ResolvedConfig): string[] {
  return (config.school?.emailDomains ?? []).map((domain) => domain.toLowerCase().replace(/^@/, ''));
}
