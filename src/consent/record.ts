// The consent record: a CSV exported from the school's information system. Personal data — it is
// read into memory only, never written anywhere, and errors name a row and column, not a pupil.
import path from 'node:path';
import { RECORD_COLUMNS, type RecordColumn as ConsentColumn } from './columns.js';
import { UsageError, fsReason } from '../core/errors.js';
import { readOrdinaryFile } from '../core/files.js';
import { maxConsentBytes } from '../core/limits.js';
import { decodeText } from '../load/decode.js';
import { formatCount } from '../core/count.js';

export interface Pupil {
  /** 1-based data row in the CSV (header excluded), for error messages. */
  row: number;
  firstName: string;
  lastName: string;
  preferredName?: string;
  yearGroup?: string;
  photoWebsite: boolean;
  photoSocial: boolean;
  video: boolean;
  namePublished: boolean;
  doNotPublish: boolean;
  withdrawnOn?: Date;
  expiresOn?: Date;
  /** The pupil left the school on this date (optional left_on column). */
  leftOn?: Date;
  /** False when the optional on_roll column says the pupil is no longer on roll. */
  onRoll?: boolean;
  /** Set when the record lists this pupil more than once with different answers (strictest kept). */
  conflicting?: boolean;
}

export interface ConsentRecord {
  file: string;
  pupils: Pupil[];
}

const YES = new Set(['y', 'yes', 'true', '1', '✓', '✔', 'x', 'granted', 'given', 'consent', 'consented', 'ok']);
const NO = new Set(['n', 'no', 'false', '0', '✗', '✘', 'refused', 'declined', 'withheld', 'none', '-']);

const BOOLEAN_COLUMNS = ['photo_website', 'photo_social', 'video', 'name_published', 'do_not_publish', 'on_roll'] as const;
const DATE_COLUMNS = ['withdrawn_on', 'expires_on', 'left_on'] as const;
const REQUIRED: ConsentColumn[] = ['first_name', 'last_name'];
/** What a pupil may be shown in; a record with none of them says nothing about consent. */
const PERMISSION_COLUMNS: ConsentColumn[] = ['photo_website', 'photo_social', 'video', 'name_published'];
/** Other headers a column goes by, normalised, in order of preference. */
const HEADER_ALIASES: Partial<Record<ConsentColumn, string[]>> = {
  first_name: ['forename', 'legal_forename', 'first_names', 'firstname', 'given_name'],
  last_name: ['surname', 'legal_surname', 'lastname', 'family_name'],
  preferred_name: ['preferred_forename', 'known_as', 'preferred_first_name', 'chosen_name'],
  year_group: ['year', 'nc_year', 'year_group_(nc)', 'national_curriculum_year'],
};

export interface ConsentOptions {
  columns?: Partial<Record<ConsentColumn, string>>;
  delimiter?: string;
}

export async function loadConsentRecord(file: string, options: ConsentOptions = {}): Promise<ConsentRecord> {
  const display = path.relative(process.cwd(), file) || file;
  let buffer: Buffer;
  try {
    buffer = readOrdinaryFile(file, maxConsentBytes());
  } catch (error) {
    throw new UsageError(`consent record ${display}: ${fsReason(error)}`);
  }
  return parseConsentRecord(buffer, display, options);
}

export async function parseConsentRecord(input: Buffer | string, display: string, options: ConsentOptions = {}): Promise<ConsentRecord> {
  const buffer = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  let note: string | undefined;
  try {
    const record = await parseRows(isZip(buffer) ? await readWorkbook(buffer, display, options) : await readCsvText(buffer, display, options.delimiter, (n) => (note = n)), display, options);
    if (note) process.stderr.write(`post-audit: consent record ${display}: ${note}\n`);
    return record;
  } catch (error) {
    // The run stops on one line: the encoding goes into it (it may be why a value reads wrongly), not on a line of its own before it.
    if (note && error instanceof UsageError) throw new UsageError(`${error.message} (${note.replace(/ — save it as UTF-8.*$/, '')})`);
    throw error;
  }
}

function parseRows(rows: string[][], display: string, options: ConsentOptions): ConsentRecord {
  const header = rows.shift();
  if (!header) throw new UsageError(`consent record ${display}: the file is empty (expected a header row)`);

  const columnIndex = mapColumns(header, display, options.columns ?? {});
  rows.forEach((cells, i) => {
    if (header.length > 1 && cells.length === 1 && /[,;\t|]/.test(cells[0]!)) {
      throw new UsageError(`consent record ${display}: row ${i + 1} is one cell where the header has ${header.length} columns (does it use a different separator from the header?)`);
    }
  });
  const pupils: Pupil[] = rows.map((cells, i) => toPupil(cells, i + 1, columnIndex, header, display));
  return { file: display, pupils: mergeDuplicates(pupils) };
}

/**
 * An Excel workbook (.xlsx, whatever its name): the rows of its first visible sheet whose header
 * row has the record's columns (a cover or instructions sheet may come first).
 */
async function readWorkbook(buffer: Buffer, display: string, options: ConsentOptions): Promise<string[][]> {
  const { readWorkbookSheets, WorkbookError } = await import('./workbook.js');
  try {
    const sheets = readWorkbookSheets(buffer);
    let firstProblem: UsageError | undefined;
    for (const sheet of sheets) {
      const rows = sheet.rows();
      if (rows.length === 0) continue;
      try {
        mapColumns(rows[0]!, display, options.columns ?? {});
        return rows;
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        firstProblem ??= error;
      }
    }
    if (!firstProblem) throw new UsageError(`consent record ${display}: the workbook's sheets are empty (expected a header row)`);
    throw sheets.length > 1 ? new UsageError(`${firstProblem.message} (no sheet has the columns; the sheets are ${sheets.map((s) => `“${s.name}”`).join(', ')})`) : firstProblem;
  } catch (error) {
    if (error instanceof WorkbookError) throw new UsageError(`consent record ${display}: ${error.message}`);
    throw error;
  }
}

async function readCsvText(buffer: Buffer, display: string, delimiter: string | undefined, noted: (note: string) => void): Promise<string[][]> {
  if (isOleFile(buffer)) {
    throw new UsageError(`consent record ${display}: an old-style Excel workbook (.xls) or a password-protected one: save it as an Excel Workbook (.xlsx) or CSV without a password`);
  }
  // Excel's "Unicode text" and some MIS exports are UTF-16; older ones Windows-1252 ("Zoë" as one
  // byte). Read as UTF-8 they were refused as binary, or their accented names silently matched no one.
  const { text, note } = decodeText(buffer);
  if (text.slice(0, 4096).includes('\0')) {
    throw new UsageError(`consent record ${display}: not a CSV text file or an Excel workbook (.xlsx)`);
  }
  if (note) noted(note.replace(/^the file is/, 'it is').replace('(as saved by Word)', '(as older Excel saves CSV)'));
  return readCsvRows(text, display, delimiter);
}

/**
 * The CSV layer of the loader: every non-blank row as cells (header included). Handles a byte-order
 * mark, CRLF, quoted fields with separators, quotes and newlines, `;`/tab/`|` separators (detected
 * from the header line), blank lines and spaces around fields.
 */
export async function readCsvRows(text: string, display = 'CSV', delimiter?: string): Promise<string[][]> {
  const { parse } = await import('csv-parse/sync');
  // Excel's separator line ("sep=;" before the header, written by exports meant for Excel): the
  // separator it names is used and the line dropped. It was read as the header: exit 2, no column found.
  const directive = /^\uFEFF?"?sep=([^\r\n"])"?[ \t]*(?:\r\n|\r|\n)/i.exec(text);
  if (directive) {
    text = text.slice(directive[0].length);
    delimiter ??= directive[1];
  }
  let rows: string[][];
  const separator = delimiter ?? detectDelimiter(text);
  const lineEnd = recordDelimiter(text, separator);
  try {
    rows = parse(text, {
      bom: true,
      delimiter: separator,
      ...(lineEnd ? { record_delimiter: lineEnd } : {}),
      relax_column_count: true,
      relax_quotes: true, // a stray quote inside an unquoted field (37°36'37.8"N) is kept as text
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    const where = e.lines !== undefined ? ` near line ${e.lines}` : '';
    throw new UsageError(`consent record ${display}: malformed CSV${where} (${firstClause(e.message)})`);
  }
  return rows.filter((row) => row.some((cell) => cell !== ''));
}

/**
 * The line end csv-parse would discover: the first CRLF, LF or CR outside a quoted field of the
 * first record; undefined (csv-parse discovers it) when the first record is not plain. Left to
 * csv-parse, the discovery allocates at every character until it meets one: a header line of 50 MB
 * took 28 s.
 */
export function recordDelimiter(text: string, delimiter: string): string | undefined {
  let fieldStart = true;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; ) {
    const c = text[i]!;
    if (fieldStart && (c === ' ' || c === '\t')) {
      i++;
      continue;
    }
    if (fieldStart && c === '"') {
      // A quoted field: to its closing quote ("" is a quote inside it), which must end the field.
      for (i++; ; ) {
        const quote = text.indexOf('"', i);
        if (quote === -1) return undefined;
        if (text[quote + 1] === '"') i = quote + 2;
        else {
          i = quote + 1;
          break;
        }
      }
      while (text[i] === ' ' || text[i] === '\t') i++;
      if (i < text.length && !text.startsWith(delimiter, i) && text[i] !== '\r' && text[i] !== '\n') return undefined;
      fieldStart = false;
      continue;
    }
    fieldStart = false;
    if (c === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
    if (c === '\n') return '\n';
    if (text.startsWith(delimiter, i)) {
      fieldStart = true;
      i += delimiter.length;
    } else i++;
  }
  return '\n';
}

/** The header's columns for a message: the first 40 (each cut to 60 characters) and how many more. */
function columnList(header: string[]): string {
  const shown = header.slice(0, 40).map((name) => {
    const line = oneLine(name);
    return line.length > 60 ? `${line.slice(0, 60)}…` : line;
  });
  return `${shown.join(', ')}${header.length > shown.length ? ` and ${formatCount(header.length - shown.length)} more` : ''}`;
}

function mapColumns(
  header: string[],
  display: string,
  mapping: Partial<Record<ConsentColumn, string>>,
): Map<ConsentColumn, number> {
  const normalised = header.map(normaliseHeader);
  const seen = new Set<string>();
  for (const name of normalised) {
    if (name && seen.has(name)) throw new UsageError(`consent record ${display}: the header has the column "${oneLine(name)}" twice`);
    seen.add(name);
  }
  const index = new Map<ConsentColumn, number>();
  for (const column of RECORD_COLUMNS) {
    const wanted = normaliseHeader(mapping[column] ?? column);
    let at = normalised.indexOf(wanted);
    // The headers school systems (SIMS, Arbor, Bromcom) export under, when the config maps none.
    if (at === -1 && mapping[column] === undefined) at = normalised.findIndex((name) => HEADER_ALIASES[column]?.includes(name));
    if (at !== -1) index.set(column, at);
    else if (mapping[column] !== undefined || REQUIRED.includes(column)) {
      throw new UsageError(
        `consent record ${display}: no column "${mapping[column] ?? column}" (for ${column}); the file has: ${columnList(header)} — map it under consent.columns in the config`,
      );
    }
  }
  if (!PERMISSION_COLUMNS.some((column) => index.has(column))) {
    throw new UsageError(
      `consent record ${display}: none of the consent columns (${PERMISSION_COLUMNS.join(', ')}) was found, so every pupil would count as having no consent; the file has: ${columnList(header)} — map them under consent.columns in the config`,
    );
  }
  return index;
}

function toPupil(cells: string[], row: number, index: Map<ConsentColumn, number>, header: string[], display: string): Pupil {
  const cell = (column: ConsentColumn): string => {
    const at = index.get(column);
    // Composed (NFC): a record exported decomposed ("Sia\u0302n", a letter then its accent) has the names a post writes.
    return at === undefined ? '' : (cells[at] ?? '').trim().normalize('NFC');
  };
  const where = (column: ConsentColumn) => `row ${row}, column "${oneLine(header[index.get(column)!] ?? '')}"`;
  const bool = (column: (typeof BOOLEAN_COLUMNS)[number]): boolean => {
    const value = cell(column);
    if (value === '') return false; // no recorded consent is no consent
    const key = value.toLowerCase();
    if (YES.has(key)) return true;
    if (NO.has(key)) return false;
    throw new UsageError(`consent record ${display}: ${where(column)}: "${oneLine(value)}" is not a yes/no value (use Y/N, Yes/No, TRUE/FALSE or 1/0)`);
  };
  const date = (column: (typeof DATE_COLUMNS)[number]): Date | undefined => {
    const value = cell(column);
    if (value === '') return undefined;
    const parsed = parseDate(value);
    if (!parsed) throw new UsageError(`consent record ${display}: ${where(column)}: "${oneLine(value)}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)`);
    return parsed;
  };
  const firstName = cell('first_name');
  const lastName = cell('last_name');
  if (firstName === '' && lastName === '') {
    throw new UsageError(`consent record ${display}: row ${row} has no first or last name`);
  }
  const pupil: Pupil = {
    row,
    firstName,
    lastName,
    photoWebsite: bool('photo_website'),
    photoSocial: bool('photo_social'),
    video: bool('video'),
    namePublished: bool('name_published'),
    doNotPublish: bool('do_not_publish'),
  };
  const preferred = cell('preferred_name');
  if (preferred) pupil.preferredName = preferred;
  const year = cell('year_group');
  if (year) pupil.yearGroup = year;
  const withdrawn = date('withdrawn_on');
  if (withdrawn) pupil.withdrawnOn = withdrawn;
  const expires = date('expires_on');
  if (expires) pupil.expiresOn = expires;
  const left = date('left_on');
  if (left) pupil.leftOn = left;
  if (index.has('on_roll') && cell('on_roll') !== '') pupil.onRoll = bool('on_roll');
  return pupil;
}

/** A pupil listed twice: keep one entry with the strictest answer to every question. */
function mergeDuplicates(pupils: Pupil[]): Pupil[] {
  const byKey = new Map<string, Pupil>();
  for (const pupil of pupils) {
    const key = `${pupil.firstName.toLowerCase()}\u0000${pupil.lastName.toLowerCase()}\u0000${pupil.yearGroup ?? ''}`;
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, pupil);
      continue;
    }
    const differs =
      existing.photoWebsite !== pupil.photoWebsite ||
      existing.photoSocial !== pupil.photoSocial ||
      existing.video !== pupil.video ||
      existing.namePublished !== pupil.namePublished ||
      existing.doNotPublish !== pupil.doNotPublish ||
      existing.withdrawnOn?.getTime() !== pupil.withdrawnOn?.getTime() ||
      existing.expiresOn?.getTime() !== pupil.expiresOn?.getTime() ||
      existing.leftOn?.getTime() !== pupil.leftOn?.getTime() ||
      existing.onRoll !== pupil.onRoll;
    existing.photoWebsite &&= pupil.photoWebsite;
    existing.photoSocial &&= pupil.photoSocial;
    existing.video &&= pupil.video;
    existing.namePublished &&= pupil.namePublished;
    existing.doNotPublish ||= pupil.doNotPublish;
    existing.withdrawnOn = earliest(existing.withdrawnOn, pupil.withdrawnOn);
    existing.expiresOn = earliest(existing.expiresOn, pupil.expiresOn);
    existing.leftOn = earliest(existing.leftOn, pupil.leftOn);
    if (pupil.onRoll === false) existing.onRoll = false;
    if (!existing.leftOn) delete existing.leftOn;
    if (!existing.withdrawnOn) delete existing.withdrawnOn;
    if (!existing.expiresOn) delete existing.expiresOn;
    if (differs) existing.conflicting = true;
  }
  return [...byKey.values()];
}

function earliest(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() <= b.getTime() ? a : b;
}

export function parseDate(value: string): Date | undefined {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value);
  if (match) return utcDate(+match[1]!, +match[2]!, +match[3]!);
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value); // UK order: day/month/year
  if (match) {
    const year = match[3]!.length === 2 ? 2000 + +match[3]! : +match[3]!;
    return utcDate(year, +match[2]!, +match[1]!);
  }
  return undefined;
}

function utcDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date;
}

function normaliseHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t', '|'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

function isZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;
}

/** An OLE compound file: an Excel 97–2003 .xls, or any Office file saved with a password. */
function isOleFile(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32BE(0) === 0xd0cf11e0;
}

/** A cell or header as shown in a one-line error: line breaks and control characters made visible. */
function oneLine(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '?');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

function firstClause(message: string | undefined): string {
  return (message ?? 'parse error').split(/[:\n]/)[0]!.trim();
}
