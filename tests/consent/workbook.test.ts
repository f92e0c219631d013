// Consent records kept as Excel workbooks (.xlsx): read like the CSV export of the same sheet.
import { describe, expect, it } from 'vitest';
import { parseConsentRecord } from '../../src/consent/record.js';
import { excelDate, isDateFormatCode, readWorkbookSheets } from '../../src/consent/workbook.js';
import { readHeader } from '../../src/cli/init/columns.js';
import { xlsx } from './xlsx.js';

const HEADER = ['Forename', 'Surname', 'Known As', 'Year', 'photo_website', 'photo_social', 'video', 'name_published', 'withdrawn_on', 'expires_on'];

/** The rows of the first visible sheet. */
const readWorkbookRows = (bytes: Buffer): string[][] => readWorkbookSheets(bytes)[0]!.rows();

describe('readWorkbookSheets', () => {
  it('gives the first visible sheet’s rows as text: shared and inline strings, numbers, booleans, gaps kept', () => {
    const rows = readWorkbookRows(
      xlsx([
        { name: 'Old list', hidden: true, rows: [['not', 'this']] },
        {
          name: 'Consent',
          rows: [
            ['A', 'B', 'C', 'D'],
            ['Zoë & Co', { xml: '<is><t>inline</t></is>', type: 'inlineStr' }, 4, true],
            ['gap', null, null, false],
            [],
            [{ xml: '<f>A2&amp;"!"</f><v>Zoë &amp; Co!</v>', type: 'str' }, { xml: '<v>#N/A</v>', type: 'e' }],
          ],
        },
      ]),
    );
    expect(rows).toEqual([
      ['A', 'B', 'C', 'D'],
      ['Zoë & Co', 'inline', '4', 'TRUE'],
      ['gap', '', '', 'FALSE'],
      ['Zoë & Co!', '#N/A'],
    ]);
  });

  it('reads no further right than the header: a cell far out on every row cannot fill memory', () => {
    const far = { xml: '<v>1</v>' };
    const sheet = xlsx([{ name: 'S', rows: [['a', 'b'], ['1', '2']] }]);
    const rows = readWorkbookRows(sheet);
    expect(rows).toEqual([['a', 'b'], ['1', '2']]);
    // A sheet whose rows each hold a cell in column XFD (16,384): read as the header's two columns.
    const wide = xlsx([{ name: 'S', rows: [['a', 'b'], ...Array.from({ length: 2000 }, () => ['x', 'y', ...Array(16381).fill(null), far])] }]);
    const read = readWorkbookRows(wide);
    expect(read).toHaveLength(2001);
    expect(read.every((r) => r.length <= 2)).toBe(true);
  });

  it('reads a number in a date-formatted cell as the date it shows, in either date system', () => {
    const rows = readWorkbookRows(xlsx([{ name: 'S', rows: [['d'], [{ date: 46599, format: 'custom' }], [{ date: 46082, format: 'builtin' }], [46599]] }]));
    expect(rows.flat()).toEqual(['d', '2027-07-31', '2026-03-01', '46599']);
    expect(readWorkbookRows(xlsx([{ name: 'S', rows: [[{ date: 45137 }]] }], { date1904: true }))).toEqual([['2027-07-31']]);
  });

  it('knows Excel’s day numbers, its phantom 29 February 1900 included', () => {
    expect(excelDate(1, false)).toBe('1900-01-01');
    expect(excelDate(59, false)).toBe('1900-02-28');
    expect(excelDate(61, false)).toBe('1900-03-01');
    expect(excelDate(45658.75, false)).toBe('2025-01-01');
    expect(excelDate(0, false)).toBeUndefined();
    expect(excelDate(0, true)).toBeUndefined();
  });

  it('tells date formats from others', () => {
    for (const code of ['dd/mm/yyyy', 'd-mmm-yy', '[$-809]dd mmmm yyyy;@', 'yyyy-mm-dd', 'DD/MM/YY']) expect(isDateFormatCode(code), code).toBe(true);
    for (const code of ['General', '0.00', '#,##0', '"Day "0', '[Red]0', 'mm:ss', 'h:mm AM/PM', '@', '\\d0']) expect(isDateFormatCode(code), code).toBe(false);
  });
});

describe('a consent record in a workbook', () => {
  it('is read with the headers school systems export, dates and booleans as they show', async () => {
    const record = await parseConsentRecord(
      xlsx([
        {
          name: 'Consent',
          rows: [
            HEADER,
            ['Amelia', 'Okonkwo-Hart', 'Millie', 4, 'Y', 'Y', 'Y', 'Y', null, { date: 46599 }],
            ['Florence', 'Nguyen', null, 5, 'Y', 'N', 'N', 'N', { date: 46082, format: 'builtin' }],
            ['Oliver', 'Brown', null, 'Year 6', true, false, false, true],
          ],
        },
      ]),
      'consent.xlsx',
    );
    expect(record.pupils.map((p) => [p.firstName, p.lastName, p.preferredName, p.yearGroup, p.photoWebsite, p.photoSocial, p.namePublished])).toEqual([
      ['Amelia', 'Okonkwo-Hart', 'Millie', '4', true, true, true],
      ['Florence', 'Nguyen', undefined, '5', true, false, false],
      ['Oliver', 'Brown', undefined, 'Year 6', true, false, true],
    ]);
    expect(record.pupils[0]!.expiresOn?.toISOString().slice(0, 10)).toBe('2027-07-31');
    expect(record.pupils[1]!.withdrawnOn?.toISOString().slice(0, 10)).toBe('2026-03-01');
  });

  it('is read from the first sheet with the record’s columns, past a cover sheet; when none has them, the error names the sheets', async () => {
    const cover = { name: 'Read me', rows: [['How to fill in this form'], ['Y = consent given']] };
    const record = await parseConsentRecord(xlsx([cover, { name: 'Consent 2026', rows: [HEADER, ['Amelia', 'Lee', null, 4, 'Y']] }]), 'consent.xlsx');
    expect(record.pupils.map((p) => [p.firstName, p.photoWebsite])).toEqual([['Amelia', true]]);
    await expect(parseConsentRecord(xlsx([cover, { name: 'Notes', rows: [['Forename', 'Surname', 'Comments']] }]), 'consent.xlsx')).rejects.toThrow(
      /^consent record consent\.xlsx: no column "first_name" .* \(no sheet has the columns; the sheets are “Read me”, “Notes”\)$/,
    );
  });

  it('stops with a clear error for a value that is not yes/no, naming the row and column', async () => {
    const book = xlsx([{ name: 'C', rows: [HEADER, ['Amelia', 'Smith', null, 4, 'maybe']] }]);
    await expect(parseConsentRecord(book, 'consent.xlsx')).rejects.toThrow(/consent record consent\.xlsx: row 1, column "photo_website": "maybe" is not a yes\/no value/);
  });

  it('refuses an old .xls or a password-protected workbook, a zip that is no workbook, and a damaged one', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await expect(parseConsentRecord(ole, 'consent.xls')).rejects.toThrow(/an old-style Excel workbook \(\.xls\) or a password-protected one: save it as an Excel Workbook \(\.xlsx\) or CSV/);
    const { strToU8, zipSync } = await import('fflate');
    await expect(parseConsentRecord(Buffer.from(zipSync({ 'word/document.xml': strToU8('<w/>') })), 'consent.xlsx')).rejects.toThrow(/not an Excel workbook \(it has no xl\/workbook\.xml\)/);
    const book = xlsx([{ name: 'C', rows: [HEADER, ['Amelia', 'Smith']] }]);
    await expect(parseConsentRecord(book.subarray(0, book.length / 2), 'consent.xlsx')).rejects.toThrow(/^consent record consent\.xlsx: /);
    await expect(parseConsentRecord(xlsx([{ name: 'C', hidden: true, rows: [HEADER] }]), 'c.xlsx')).rejects.toThrow(/no visible sheet/);
    const deep = xlsx([{ name: 'C', rows: [HEADER, [{ xml: `${'<is>'.repeat(3000)}<t>x</t>${'</is>'.repeat(3000)}`, type: 'inlineStr' }]] }]);
    await expect(parseConsentRecord(deep, 'c.xlsx')).rejects.toThrow(/^consent record c\.xlsx: its XML nests more than 2000 elements deep/);
  });
});

describe('audit init on a workbook', () => {
  it('offers the first sheet’s headers for matching, as it does a CSV’s', async () => {
    expect(await readHeader(xlsx([{ name: 'C', rows: [['Legal Forename', 'Legal Surname', null, 'Web photos'], ['Amelia', 'Lee', null, 'Y']] }]))).toEqual({ headers: ['Legal Forename', 'Legal Surname', 'Web photos'], delimiter: ',' });
    expect(await readHeader(Buffer.from('\uFEFFForename;Surname;Web\nAmy;Lee;Y\n'))).toEqual({ headers: ['Forename', 'Surname', 'Web'], delimiter: ';' });
  });
});
