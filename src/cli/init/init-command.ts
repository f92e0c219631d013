// `audit init`: a step-by-step set-up for a comms officer — the trust's policy, the consent record and
// its columns, the school's public details, staff names and cameras — written to .postauditrc.json.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ConfigFile } from '../../config/schema.js';
import { CONSENT_COLUMNS, type ConsentColumn } from '../../consent/columns.js';
import { CONSENT_ENV } from '../../consent/source.js';
import { UsageError, describeError, fsReason } from '../../core/errors.js';
import { BUILT_IN_POLICIES, loadPolicy, parsePolicyFile } from '../../policies/loader.js';
import { writeFileAtomic } from '../output.js';
import { inquirerPrompter, isInteractive, type Prompter } from '../prompts.js';
import { columnsForConfig, guessColumns, readHeader } from './columns.js';

export interface InitDependencies {
  prompter?: Prompter;
  interactive?: boolean;
  cwd?: string;
  write?: (text: string) => void;
}

const CONFIG_NAME = '.postauditrc.json';
const NOT_IN_FILE = '(not in this file)';

export async function initCommand(deps: InitDependencies = {}): Promise<number> {
  if (!(deps.interactive ?? isInteractive())) {
    throw new UsageError(`audit init asks questions, so it needs a terminal; to set up without one, write ${CONFIG_NAME} by hand (see docs/ci.md)`);
  }
  const cwd = deps.cwd ?? process.cwd();
  const say = deps.write ?? ((text: string) => process.stdout.write(text));
  const ask = deps.prompter ?? (await inquirerPrompter());
  const target = path.join(cwd, CONFIG_NAME);
  say('Setting up post-audit for your school. Press Enter to accept a suggestion or skip a question.\n\n');
  // Any config here, not only a .postauditrc.json: the one written would take the place of a
  // .postauditrc.yaml or a package.json "postaudit" key (the JSON file is looked for first).
  const existing = existingConfig(cwd);
  if (existing && !(await ask.confirm(existing === CONFIG_NAME ? `${CONFIG_NAME} already exists here. Replace it?` : `${existing} already sets up post-audit here, and ${CONFIG_NAME} would take its place. Write it anyway?`, false))) {
    say('Nothing changed.\n');
    return 0;
  }

  const config: ConfigFile = {};
  config.policy = await askPolicy(ask, cwd);

  const consent = await askConsent(ask, cwd, say);
  if (consent) config.consent = consent;

  const school: NonNullable<ConfigFile['school']> = {};
  const name = await ask.input("The school's name (as it appears in posts):");
  if (name) school.name = name;
  const phones = list(await ask.input("The school's public phone number(s), comma-separated (allowed in posts):"));
  if (phones.length) school.phones = phones;
  const domain = (await ask.input("The school's e-mail domain (e.g. harbourside.sch.uk):")).replace(/^.*@/, '').toLowerCase();
  if (domain) school.emailDomains = [domain];
  const postcodes = list(await ask.input("The school's postcode(s), comma-separated:")).map((p) => p.toUpperCase());
  if (postcodes.length) school.postcodes = postcodes;
  if (Object.keys(school).length) config.school = school;

  const staff = list(await ask.input('Staff names that appear in posts, comma-separated (e.g. Mrs Patel, Mr Oduya):'));
  if (staff.length) config.staff = staff;

  const devices = await askDevices(ask, cwd, say);
  if (devices.length) config.devices = devices;

  // The questions take a while: a config written meanwhile (another terminal, a git pull) is not replaced unasked.
  const appeared = existing === undefined ? existingConfig(cwd) : undefined;
  if (appeared && !(await ask.confirm(`${appeared} appeared here while you answered. Replace it?`, false))) {
    say('Nothing changed.\n');
    return 0;
  }

  const schema = schemaReference(cwd);
  const output = schema ? { $schema: schema, ...config } : config;
  try {
    writeFileAtomic(target, JSON.stringify(output, null, 2) + '\n');
  } catch (error) {
    throw new UsageError(`cannot write ${CONFIG_NAME} here (${fsReason(error)}); nothing was written`);
  }
  say(`\nWrote ${CONFIG_NAME}. Check a post with:  audit path/to/post.md\n`);
  if (config.consent?.file) {
    say(`The consent record is personal data: keep ${config.consent.file} out of any public repository. In CI, store it as a secret and point ${CONSENT_ENV} at it (see docs/ci.md).\n`);
  }
  return 0;
}

async function askPolicy(ask: Prompter, cwd: string): Promise<string> {
  const choices: { name: string; value: string }[] = [];
  for (const id of BUILT_IN_POLICIES) {
    const pack = await loadPolicy(id);
    choices.push({ name: `${pack.name} (${id})`, value: id });
  }
  choices.push({ name: "My trust's own policy pack (a YAML or JSON file)", value: '<file>' });
  const chosen = await ask.select("Which trust's social-media policy does your school follow?", choices);
  if (chosen !== '<file>') return chosen;
  const file = await ask.input('Path to the policy pack file:', {
    validate: (value) => isFile(path.resolve(cwd, value)) || `No file at ${value}`,
  });
  await parsePolicyFile(path.resolve(cwd, file)); // fails with a clear message if the pack is invalid
  return file;
}

async function askConsent(ask: Prompter, cwd: string, say: (text: string) => void): Promise<ConfigFile['consent'] | undefined> {
  const file = await ask.input('Path to the consent record (a CSV or Excel file from your MIS; leave empty to skip):', {
    validate: (value) => value.trim() === '' || isFile(path.resolve(cwd, value.trim())) || `No file at ${value}`,
  });
  if (!file) return undefined;
  let header: { headers: string[]; delimiter: string };
  try {
    header = await readHeader(readFileSync(path.resolve(cwd, file)));
  } catch (error) {
    say(`Could not read the header of ${file} (${describeError(error)}); using the default column names.\n`);
    return { file };
  }
  const guess = guessColumns(header.headers);
  say(`\nThe file's columns: ${header.headers.join(', ')}\nHow they were matched:\n`);
  for (const column of CONSENT_COLUMNS) say(`  ${column.padEnd(16)} ← ${guess[column] ?? NOT_IN_FILE}\n`);
  let mapping = guess;
  if (!(await ask.confirm('Is this right?', true))) {
    mapping = {};
    for (const column of CONSENT_COLUMNS) {
      const choices = [...header.headers.map((h) => ({ name: h, value: h })), { name: NOT_IN_FILE, value: NOT_IN_FILE }];
      const chosen = await ask.select(`Which column holds ${column}?`, choices, guess[column] ?? NOT_IN_FILE);
      if (chosen !== NOT_IN_FILE) mapping[column as ConsentColumn] = chosen;
    }
  }
  const result: NonNullable<ConfigFile['consent']> = { file };
  const columns = columnsForConfig(mapping);
  if (columns) result.columns = columns;
  if (header.delimiter !== ',') result.delimiter = header.delimiter;
  return result;
}

async function askDevices(ask: Prompter, cwd: string, say: (text: string) => void): Promise<NonNullable<ConfigFile['devices']>> {
  const devices: NonNullable<ConfigFile['devices']> = [];
  let more = await ask.confirm('Does the school own cameras or phones used for posts? (add them so photos from other devices are flagged)', false);
  while (more) {
    const how = await ask.select('Add a camera', [
      { name: 'Read it from a photo it took', value: 'photo' },
      { name: 'Type its make and model', value: 'manual' },
    ]);
    if (how === 'photo') {
      const photo = await ask.input('Path to a photo taken with it:', {
        validate: (value) => isFile(path.resolve(cwd, value)) || `No file at ${value}`,
      });
      const { readImageMetadata } = await import('../../images/read.js');
      const { device } = await readImageMetadata(path.resolve(cwd, photo));
      const found = Object.fromEntries(Object.entries({ make: device.make, model: device.model, serial: device.serial }).filter(([, v]) => v));
      if (Object.keys(found).length === 0) say('That photo does not record its camera; type it instead.\n');
      else {
        say(`Found: ${Object.entries(found).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
        devices.push(found);
      }
    } else {
      const make = await ask.input('Make (e.g. Canon):');
      const model = await ask.input('Model (e.g. Canon EOS 250D):');
      const device = Object.fromEntries(Object.entries({ make, model }).filter(([, v]) => v));
      if (Object.keys(device).length) devices.push(device);
    }
    more = await ask.confirm('Add another camera?', false);
  }
  return devices;
}

/** The config file already in this folder, if any (the names discover.ts looks for). */
function existingConfig(cwd: string): string | undefined {
  for (const name of [CONFIG_NAME, '.postauditrc.yaml', '.postauditrc.yml']) if (existsSync(path.join(cwd, name))) return name;
  try {
    const pkg = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as Record<string, unknown> | null;
    if (pkg && typeof pkg === 'object' && pkg.postaudit !== undefined) return 'The "postaudit" key in package.json';
  } catch {
    // no package.json, or not one that sets post-audit up
  }
  return undefined;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function list(answer: string): string[] {
  return answer
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Point editors at the installed package's JSON Schema when it is there. */
function schemaReference(cwd: string): string | undefined {
  const installed = path.join(cwd, 'node_modules', 'post-audit', 'schema', 'postauditrc.schema.json');
  return existsSync(installed) ? './node_modules/post-audit/schema/postauditrc.schema.json' : undefined;
}
