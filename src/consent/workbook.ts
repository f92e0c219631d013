// Consent records kept in Excel (.xlsx, also as Google Sheets and LibreOffice save it): the rows of
// its visible sheets as text, as the CSV reader gives them, so the same column mapping and checks
// apply (record.ts takes the first sheet whose header it can map). Dates are numbers in a workbook (days since 1900, shown through a date format): a
// number in a date-formatted cell becomes YYYY-MM-DD.
import { maxConsentBytes } from '../core/limits.js';
import { OFFICE_RELATIONSHIPS, parseXml, xmlText, XmlRefused, type Namespaces } from '../load/xml.js';
import { readZipEntries, ZipError, type ZipEntry } from '../load/zip-entries.js';

/** SpreadsheetML (transitional and strict) read unprefixed, as Excel writes it; the Open XML SDK writes x:. */
const SHEET_NAMESPACES: Namespaces = {
  ...OFFICE_RELATIONSHIPS,
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': '',
  'http://purl.oclc.org/ooxml/spreadsheetml/main': '',
};

/** Excel's built-in number formats that show a date (ECMA-376 18.8.30; 27–36 and 50–58 are East Asian dates). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a workbook could not be read: the message is for the person who gave it. */
export class WorkbookError extends Error {}

export interface Sheet {
  name: string;
  /** The sheet's rows as text (read when asked: a workbook's other sheets may never be). */
  rows(): string[][];
}

/** The workbook's visible sheets, in order. */
export function readWorkbookSheets(bytes: Buffer): Sheet[] {
  let entries: Map<string, ZipEntry>;
  try {
    // Its parts together may unpack to what a consent record may be (a workbook of a few hundred
    // kilobytes whose shared strings unpacked to 170 MB took 14 s and a gigabyte to read).
    entries = readZipEntries(bytes, (name) => (name.startsWith('xl/') && name.endsWith('.xml')) || name === 'xl/_rels/workbook.xml.rels', {
      entryBytes: () => maxConsentBytes(),
      totalBytes: maxConsentBytes(),
    });
  } catch (error) {
    if (error instanceof ZipError) throw new WorkbookError(error.message);
    throw error;
  }
  const text = (name: string): string | undefined => {
    const entry = entries.get(name);
    if (entry && 'problem' in entry) throw new WorkbookError(`${name}: ${entry.problem}`);
    return entry && xmlText(entry.bytes);
  };
  return readable(() => {
    const workbook = text('xl/workbook.xml');
    if (workbook === undefined) throw new WorkbookError('a zip file that is not an Excel workbook (it has no xl/workbook.xml)');
    const { sheets, date1904 } = visibleSheets(workbook);
    if (sheets.length === 0) throw new WorkbookError('the workbook has no visible sheet');
    const relationships = text('xl/_rels/workbook.xml.rels') ?? '';
    let shared: { strings: string[]; dateStyles: Set<number> } | undefined;
    return sheets.map(({ name, relationship }) => ({
      name,
      rows: () =>
        readable(() => {
          const target = relationshipTarget(relationships, relationship);
          const sheet = target && text(target);
          if (sheet === undefined || sheet === '') throw new WorkbookError(`the sheet “${name}” is missing from the file`);
          shared ??= { strings: sharedStrings(text('xl/sharedStrings.xml') ?? ''), dateStyles: dateStyleIndexes(text('xl/styles.xml') ?? '') };
          return sheetRows(sheet, shared.strings, shared.dateStyles, date1904);
        }),
    }));
  });
}

/** XML too deep to read is a workbook that cannot be read. */
function readable<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof XmlRefused) throw new WorkbookError(error.message);
    throw error;
  }
}

function visibleSheets(xml: string): { sheets: { name: string; relationship: string }[]; date1904: boolean } {
  const sheets: { name: string; relationship: string }[] = [];
  let date1904 = false;
  parseXml(xml, {
    onopentag(name, attributes) {
      if (name === 'workbookPr' && /^(1|true)$/.test(attributes.date1904 ?? '')) date1904 = true;
      if (name === 'sheet' && attributes['r:id'] && (attributes.state ?? 'visible') === 'visible') sheets.push({ name: attributes.name ?? '', relationship: attributes['r:id'] });
    },
  }, SHEET_NAMESPACES);
  return { sheets, date1904 };
}

function relationshipTarget(xml: string, id: string): string | undefined {
  let target: string | undefined;
  parseXml(xml, {
    onopentag(name, attributes) {
      if (name === 'Relationship' && attributes.Id === id && attributes.Target) {
        const t = attributes.Target;
        target = t.startsWith('/') ? t.slice(1) : `xl/${t}`;
      }
    },
  }, SHEET_NAMESPACES);
  return target;
}

/** The shared strings table: rich text runs joined, phonetic guides (rPh) left out. */
function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    onopentag(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = true;
    },
    ontext(data) {
      if (inText && phonetic === 0 && current !== undefined) current += data;
    },
    onclosetag(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        strings.push(current ?? '');
        current = undefined;
      }
    },
  }, SHEET_NAMESPACES);
  return strings;
}

/** The indexes of the cell styles (cellXfs) whose number format shows a date. */
function dateStyleIndexes(xml: string): Set<number> {
  const customDates = new Set<number>();
  const dates = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  parseXml(xml, {
    onopentag(name, attributes) {
      if (name === 'numFmt' && isDateFormatCode(attributes.formatCode ?? '')) customDates.add(Number(attributes.numFmtId));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        if (BUILT_IN_DATE_FORMATS.has(id) || customDates.has(id)) dates.add(index);
        index++;
      }
    },
    onclosetag(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  }, SHEET_NAMESPACES);
  return dates;
}

/** "dd/mm/yyyy", "d-mmm-yy", "[$-809]dd mmmm yyyy": a format that shows a day or a year. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dy]/i.test(bare); // a month alone ("mmm") is no consent date; "mm:ss" is a time
}

/** Excel's day number as YYYY-MM-DD (1900 system: day 60 is the 29 February 1900 Excel believes in). */
export function excelDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const days = !date1904 && serial < 61 ? Math.floor(serial) + 1 : Math.floor(serial);
  return new Date(epoch + days * DAY_MS).toISOString().slice(0, 10);
}

function columnIndex(reference: string | undefined): number | undefined {
  const letters = reference ? /^[A-Z]+/i.exec(reference)?.[0] : undefined;
  if (!letters) return undefined;
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

/** Columns read of the header row; past it a record never looks, so later rows are cut to its width. */
const MAX_HEADER_COLUMNS = 1024;

/** A rectangle of cells: its first and last columns (0-based) and rows (1-based). */
interface CellRange {
  firstColumn: number;
  lastColumn: number;
  firstRow: number;
  lastRow: number;
}

/** "I2:I4" (or one cell, "I2") as a CellRange; undefined when not a range. */
function cellRange(reference: string): CellRange | undefined {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(reference.replace(/\$/g, ''));
  if (!match) return undefined;
  const [firstColumn, lastColumn] = [columnIndex(match[1]), columnIndex(match[3] ?? match[1])];
  const [firstRow, lastRow] = [Number(match[2]), Number(match[4] ?? match[2])];
  if (firstColumn === undefined || lastColumn === undefined) return undefined;
  return { firstColumn: Math.min(firstColumn, lastColumn), lastColumn: Math.max(firstColumn, lastColumn), firstRow: Math.min(firstRow, lastRow), lastRow: Math.max(firstRow, lastRow) };
}

/**
 * The sheet's rows as Excel shows them. A merged range shows its first cell's value across the
 * range (a "Y" merged down the do-not-publish column of three pupils is a "Y" for each: the two
 * below were read as blank, and blank is "not on the list"). A cell that cannot be shown as Excel
 * shows it — a shared string the file does not hold, a formula never calculated, a cell written
 * twice — makes the record unreadable: each was read as blank, and passed.
 */
function sheetRows(xml: string, strings: string[], dateStyles: Set<number>, date1904: boolean): string[][] {
  const rows: { number: number; cells: string[] }[] = [];
  const merges: CellRange[] = [];
  let row: { number: number; cells: string[]; written: Set<number> } | undefined;
  let cell: { ref: string; column: number; type: string; style: number; value: string; inValue: boolean; hasValue: boolean; formula: boolean } | undefined;
  parseXml(xml, {
    onopentag(name, attributes) {
      if (name === 'row') {
        const number = Number(attributes.r);
        row = { number: Number.isSafeInteger(number) && number > 0 ? number : (rows.at(-1)?.number ?? 0) + 1, cells: [], written: new Set() };
      } else if (name === 'c' && row) {
        const column = columnIndex(attributes.r) ?? row.cells.length;
        cell = { ref: attributes.r ?? `column ${column + 1} of row ${row.number}`, column, type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), value: '', inValue: false, hasValue: false, formula: false };
      } else if (cell && name === 'f') cell.formula = true;
      else if (cell && (name === 'v' || (name === 't' && cell.type === 'inlineStr'))) cell.inValue = cell.hasValue = true;
      else if (name === 'mergeCell' && attributes.ref) {
        const range = cellRange(attributes.ref);
        if (range) merges.push(range);
      }
    },
    ontext(data) {
      if (cell?.inValue) cell.value += data;
    },
    onclosetag(name) {
      if ((name === 'v' || name === 't') && cell) cell.inValue = false;
      else if (name === 'c' && cell && row) {
        if (cell.column < MAX_HEADER_COLUMNS) {
          if (row.written.has(cell.column)) throw new WorkbookError(`the cell ${cell.ref} is written twice in the file (Excel would repair it): save the workbook again in Excel`);
          row.written.add(cell.column);
          if (cell.formula && !cell.hasValue) {
            throw new WorkbookError(`the cell ${cell.ref} holds a formula whose value was never calculated (the program that wrote the file does not compute formulas): open the workbook in Excel and save it again`);
          }
          while (row.cells.length < cell.column) row.cells.push('');
          row.cells[cell.column] = cellText(cell, strings, dateStyles, date1904);
        }
        cell = undefined;
      } else if (name === 'row' && row) {
        rows.push({ number: row.number, cells: row.cells });
        row = undefined;
      }
    },
  }, SHEET_NAMESPACES);
  fillMerges(rows, merges);
  const shown: string[][] = [];
  let width = MAX_HEADER_COLUMNS;
  for (const { cells } of rows) {
    const values = cells.slice(0, width).map((value) => value.trim());
    if (!values.some((value) => value !== '')) continue;
    if (shown.length === 0) width = values.length;
    shown.push(values);
  }
  return shown;
}

/** Each merged range's cells take its first cell's value (only the rows and columns the sheet has). */
function fillMerges(rows: { number: number; cells: string[] }[], merges: CellRange[]): void {
  if (merges.length === 0) return;
  const byNumber = new Map(rows.map((row) => [row.number, row]));
  for (const merge of merges) {
    const value = byNumber.get(merge.firstRow)?.cells[merge.firstColumn] ?? '';
    if (value === '') continue;
    const lastColumn = Math.min(merge.lastColumn, MAX_HEADER_COLUMNS - 1);
    for (const row of rows) {
      if (row.number < merge.firstRow || row.number > merge.lastRow) continue;
      for (let column = merge.firstColumn; column <= lastColumn; column++) {
        if ((row.cells[column] ?? '') !== '') continue;
        while (row.cells.length < column) row.cells.push('');
        row.cells[column] = value;
      }
    }
  }
}

function cellText(cell: { ref: string; type: string; style: number; value: string }, strings: string[], dateStyles: Set<number>, date1904: boolean): string {
  switch (cell.type) {
    case 's': {
      const index = Number(cell.value.trim());
      const text = Number.isSafeInteger(index) && index >= 0 ? strings[index] : undefined;
      if (text === undefined) throw new WorkbookError(`the cell ${cell.ref} names shared string "${cell.value.trim().slice(0, 20)}", and the file holds ${strings.length}: the workbook is damaged`);
      return text;
    }
    case 'b':
      return cell.value === '1' ? 'TRUE' : 'FALSE';
    case 'n': {
      if (cell.value === '' || !dateStyles.has(cell.style)) return cell.value;
      return excelDate(Number(cell.value), date1904) ?? cell.value;
    }
    default: // str (a formula's text), inlineStr, e (an error such as #N/A), d (an ISO date)
      return cell.value;
  }
}
