// Builds small Excel workbooks (.xlsx) for tests, laid out as Excel and openpyxl write them: shared
// strings, inline strings, styles with date formats, a workbook listing its sheets.
import { strToU8, zipSync, type Zippable } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A cell: text (a shared string), a number, a boolean, or raw XML for the <c> element's inside. */
export type Cell = string | number | boolean | null | { date: number; format?: 'builtin' | 'custom' } | { xml: string; type?: string };

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  hidden?: boolean;
}

export function xlsx(sheets: SheetSpec[], options: { date1904?: boolean } = {}): Buffer {
  const strings: string[] = [];
  const stringIndex = (text: string) => {
    let at = strings.indexOf(text);
    if (at === -1) at = strings.push(text) - 1;
    return at;
  };
  const column = (n: number) => {
    let name = '';
    for (n += 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  };
  const files: Zippable = {};
  sheets.forEach((sheet, s) => {
    const rows = sheet.rows
      .map((cells, r) => {
        const body = cells
          .map((cell, c) => {
            const ref = `${column(c)}${r + 1}`;
            if (cell === null) return '';
            if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${stringIndex(cell)}</v></c>`;
            if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
            if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
            if ('date' in cell) return `<c r="${ref}" s="${cell.format === 'builtin' ? 1 : 2}"><v>${cell.date}</v></c>`;
            return `<c r="${ref}"${cell.type ? ` t="${cell.type}"` : ''}>${cell.xml}</c>`;
          })
          .join('');
        return `<row r="${r + 1}">${body}</row>`;
      })
      .join('');
    files[`xl/worksheets/sheet${s + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`);
  });
  const sheetList = sheets.map((sheet, s) => `<sheet name="${sheet.name}" sheetId="${s + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${s + 1}"/>`).join('');
  files['xl/workbook.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${R}">${options.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheetList}</sheets></workbook>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, s) => `<Relationship Id="rId${s + 1}" Type="${R}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`).join('')}</Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t xml:space="preserve">${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></si>`).join('')}</sst>`,
  );
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  return Buffer.from(zipSync(files));
}
