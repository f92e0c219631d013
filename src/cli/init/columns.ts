// Guesses how a school's consent export names our columns ("Forename" → first_name), from its header.
import { CONSENT_COLUMNS, type ConsentColumn } from '../../consent/columns.js';

const SYNONYMS: Record<string, string[]> = {
  first_name: ['first_name', 'firstname', 'forename', 'forenames', 'given name', 'legal forename', 'first'],
  last_name: ['last_name', 'lastname', 'surname', 'family name', 'legal surname', 'last'],
  preferred_name: ['preferred_name', 'preferred forename', 'preferred name', 'known as', 'nickname', 'chosen name'],
  year_group: ['year_group', 'year', 'yeargroup', 'year group', 'ncyear', 'nc year', 'class', 'reg group', 'form'],
  photo_website: ['photo_website', 'website photo', 'photos website', 'website', 'web photo', 'photo web', 'school website'],
  photo_social: ['photo_social', 'social media photo', 'photos social', 'social media', 'social', 'facebook', 'twitter'],
  video: ['video', 'videos', 'film', 'filming', 'video consent'],
  name_published: ['name_published', 'name', 'publish name', 'name publish', 'names', 'name consent', 'name in publications'],
  do_not_publish: ['do_not_publish', 'do not publish', 'dnp', 'no publicity', 'no publish', 'restricted', 'safeguarding restriction'],
  withdrawn_on: ['withdrawn_on', 'withdrawn', 'withdrawn date', 'date withdrawn', 'consent withdrawn'],
  expires_on: ['expires_on', 'expires', 'expiry', 'expiry date', 'valid until', 'review date'],
  left_on: ['left_on', 'leaving date', 'date of leaving', 'left school', 'date left'],
  on_roll: ['on_roll', 'on roll', 'current', 'enrolment status', 'status'],
};

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Our column → the header that best matches it (exact synonym first, then containment). Unmatched are left out. */
export function guessColumns(headers: string[]): Partial<Record<ConsentColumn, string>> {
  const used = new Set<string>();
  const guess: Partial<Record<ConsentColumn, string>> = {};
  const pass = (match: (header: string, synonym: string) => boolean) => {
    for (const column of CONSENT_COLUMNS) {
      if (guess[column]) continue;
      const synonyms = (SYNONYMS[column] ?? [column]).map(squash);
      const found = headers.find((header) => !used.has(header) && synonyms.some((synonym) => match(squash(header), synonym)));
      if (found) {
        guess[column] = found;
        used.add(found);
      }
    }
  };
  pass((header, synonym) => header === synonym);
  pass((header, synonym) => synonym.length >= 5 && header.includes(synonym));
  return guess;
}

/** The config's `consent.columns`: only the columns whose header differs from our own name. */
export function columnsForConfig(mapping: Partial<Record<ConsentColumn, string>>): Partial<Record<ConsentColumn, string>> | undefined {
  const out: Partial<Record<ConsentColumn, string>> = {};
  for (const column of CONSENT_COLUMNS) {
    const header = mapping[column];
    if (header !== undefined && header !== column) out[column] = header;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The header row of a CSV (quoted fields, BOM, ; or tab separators handled by csv-parse), or of an
 * Excel workbook's first visible sheet.
 */
export async function readHeader(bytes: Buffer): Promise<{ headers: string[]; delimiter: string }> {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    const { readWorkbookSheets } = await import('../../consent/workbook.js');
    const header = readWorkbookSheets(bytes).map((sheet) => sheet.rows()[0] ?? []).find((row) => row.filter(Boolean).length >= 2) ?? [];
    return { headers: header.filter(Boolean), delimiter: ',' };
  }
  const text = bytes.toString('utf8');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1]);
  const delimiter = counts[0]![0];
  const { parse } = await import('csv-parse/sync');
  const rows = parse(firstLine, { delimiter, bom: true, relax_quotes: true }) as string[][];
  return { headers: (rows[0] ?? []).map((h) => h.trim()).filter(Boolean), delimiter };
}
