// Builds small PDF files for tests, as a newsletter program writes them: pages of text in Helvetica,
// photos as JPEG (DCTDecode) image XObjects drawn on the page, a cross-reference table — or, with
// `compressed`, page content deflated and the dictionaries packed in an object stream with a
// cross-reference stream, as Word and recent exporters write. Nothing is validated: tests can build broken files too.
import { zlibSync } from 'fflate';

export interface PdfPageSpec {
  /** Paragraphs top to bottom: a string is one line, an array a paragraph of several lines. */
  paragraphs?: (string | string[])[];
  /** Font size of each paragraph (default 11); a heading is larger. */
  sizes?: number[];
  /** JPEG files drawn on the page. */
  photos?: Buffer[];
  /** Images stored otherwise: raw pixels (Flate) or JPEG 2000. */
  otherImages?: ('flate' | 'jpx')[];
  /** Annotations: a sticky note's text, or a link's address (mailto:, tel:, https:). */
  annotations?: ({ note: string } | { link: string })[];
}

export interface PdfSpec {
  pages: PdfPageSpec[];
  /** Packs the dictionaries into an object stream with a cross-reference stream. */
  compressed?: boolean;
  /** The document's properties (not its text). */
  info?: Record<string, string>;
  /** An /Encrypt dictionary in the trailer (RC4, a user password). */
  encrypt?: boolean;
  /** Photos in the file that no page draws (left behind by an edit). */
  orphanPhotos?: Buffer[];
  /** One resource dictionary for every page, naming every page's images (as LibreOffice writes). */
  sharedResources?: boolean;
  /** Each photo drawn through a form XObject of its own (as InDesign and Publisher often write). */
  photosInForms?: boolean;
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** A JPEG's size from its frame header (SOF0–SOF15 but DHT, JPG and DAC); 8×8 when there is none. */
function jpegSize(jpeg: Buffer): { width: number; height: number } {
  for (let at = 2; at + 9 < jpeg.length && jpeg[at] === 0xff; at += 2 + jpeg.readUInt16BE(at + 2)) {
    const marker = jpeg[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: jpeg.readUInt16BE(at + 7), height: jpeg.readUInt16BE(at + 5) };
  }
  return { width: 8, height: 8 };
}
const literal = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

export function pdf(spec: PdfSpec): Buffer {
  // Objects by number: a dictionary's text, or a stream's dictionary and data.
  const objects: ({ dict: string; data?: Buffer } | undefined)[] = [undefined];
  const add = (dict: string, data?: Buffer) => {
    objects.push(data ? { dict, data } : { dict });
    return objects.length - 1;
  };
  const catalog = add('');
  const pagesNum = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageNums: number[] = [];
  const jpegImage = (jpeg: Buffer) => {
    const { width, height } = jpegSize(jpeg);
    return add(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>`, jpeg);
  };
  // Each page's XObjects, as `/Name N 0 R` entries; with sharedResources, one dictionary for all pages.
  const pageXObjects: string[][] = [];
  const contentNums: number[] = [];
  spec.pages.forEach((page, pageIndex) => {
    const xobjects: string[] = [];
    const prefix = spec.sharedResources ? `P${pageIndex}` : '';
    let content = 'BT\n';
    let y = 780;
    (page.paragraphs ?? []).forEach((paragraph, index) => {
      const size = page.sizes?.[index] ?? 11;
      const lines = typeof paragraph === 'string' ? [paragraph] : paragraph;
      for (const line of lines) {
        content += `/F1 ${size} Tf 1 0 0 1 72 ${y} Tm ${literal(line)} Tj\n`;
        y -= size * 1.2;
      }
      y -= size;
    });
    content += 'ET\n';
    (page.photos ?? []).forEach((jpeg, index) => {
      const image = jpegImage(jpeg);
      if (spec.photosInForms) {
        const form = `q 100 0 0 80 0 0 cm /Im0 Do Q\n`;
        const formNum = add(`<< /Type /XObject /Subtype /Form /BBox [0 0 100 80] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Length ${form.length} >>`, latin1(form));
        xobjects.push(`/${prefix}Fm${index} ${formNum} 0 R`);
        content += `q 1 0 0 1 72 ${100 + index * 90} cm /${prefix}Fm${index} Do Q\n`;
      } else {
        xobjects.push(`/${prefix}Im${index} ${image} 0 R`);
        content += `q 100 0 0 80 72 ${100 + index * 90} cm /${prefix}Im${index} Do Q\n`;
      }
    });
    (page.otherImages ?? []).forEach((kind, index) => {
      const num =
        kind === 'flate'
          ? add(`<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length 0 >>`, Buffer.from(zlibSync(new Uint8Array([0, 255, 255, 0]))))
          : add(`<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /Filter /JPXDecode /Length 12 >>`, Buffer.from([0, 0, 0, 12, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a]));
      xobjects.push(`/${prefix}Ox${index} ${num} 0 R`);
      content += `q 10 0 0 10 400 ${100 + index * 20} cm /${prefix}Ox${index} Do Q\n`;
    });
    // Real writers compress page content; the plain layout keeps it readable.
    const data = spec.compressed ? Buffer.from(zlibSync(latin1(content))) : latin1(content);
    contentNums.push(add(`<< /Length ${data.length}${spec.compressed ? ' /Filter /FlateDecode' : ''} >>`, data));
    pageXObjects.push(xobjects);
  });
  const resources = (xobjects: string[]) => `<< /Font << /F1 ${font} 0 R >> /XObject << ${xobjects.join(' ')} >> >>`;
  const shared = spec.sharedResources ? add(resources(pageXObjects.flat())) : undefined;
  for (const [index, contentNum] of contentNums.entries()) {
    const annotations = (spec.pages[index]!.annotations ?? []).map((annotation, n) => {
      const rect = `/Rect [72 ${60 + n * 20} 200 ${75 + n * 20}]`;
      return add('note' in annotation ? `<< /Type /Annot /Subtype /Text ${rect} /Contents ${literal(annotation.note)} >>` : `<< /Type /Annot /Subtype /Link ${rect} /Border [0 0 0] /A << /S /URI /URI ${literal(annotation.link)} >> >>`);
    });
    const annots = annotations.length > 0 ? ` /Annots [${annotations.map((n) => `${n} 0 R`).join(' ')}]` : '';
    pageNums.push(add(`<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 595 842] /Resources ${shared ? `${shared} 0 R` : resources(pageXObjects[index]!)} /Contents ${contentNum} 0 R${annots} >>`));
  }
  for (const jpeg of spec.orphanPhotos ?? []) jpegImage(jpeg);
  objects[catalog] = { dict: `<< /Type /Catalog /Pages ${pagesNum} 0 R >>` };
  objects[pagesNum] = { dict: `<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${pageNums.length} >>` };
  const info = spec.info ? add(`<< ${Object.entries(spec.info).map(([k, v]) => `/${k} ${literal(v)}`).join(' ')} >>`) : undefined;
  const encrypt = spec.encrypt ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -44 >>`) : undefined;
  const trailerEntries = `/Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]` : ''}`;

  const parts: Buffer[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]!.length;
  const write = (bytes: Buffer) => {
    parts.push(bytes);
    length += bytes.length;
  };
  const offsets = new Map<number, number>();
  const packed = new Map<number, number>(); // object number → index in the object stream
  const writeObject = (num: number, dict: string, data?: Buffer) => {
    offsets.set(num, length);
    write(latin1(`${num} 0 obj\n${dict}\n`));
    if (data) {
      write(latin1('stream\n'));
      write(data);
      write(latin1('\nendstream\n'));
    }
    write(latin1('endobj\n'));
  };
  if (!spec.compressed) {
    objects.forEach((object, num) => object && writeObject(num, object.dict, object.data));
    const xref = length;
    write(latin1(`xref\n0 ${objects.length}\n0000000000 65535 f \n${[...offsets.keys()].sort((a, b) => a - b).map((num) => `${String(offsets.get(num)).padStart(10, '0')} 00000 n \n`).join('')}`));
    write(latin1(`trailer\n<< /Size ${objects.length} ${trailerEntries} >>\nstartxref\n${xref}\n%%EOF\n`));
    return Buffer.concat(parts);
  }
  // Streams stay at the top level; every other object goes in one object stream.
  let header = '';
  let body = '';
  objects.forEach((object, num) => {
    if (!object || object.data || num === encrypt) return;
    packed.set(num, packed.size);
    header += `${num} ${Buffer.byteLength(body, 'latin1')} `;
    body += `${object.dict}\n`;
  });
  objects.forEach((object, num) => object && (object.data || num === encrypt) && writeObject(num, object.dict, object.data));
  const objStmNum = objects.length;
  const objStmData = Buffer.from(zlibSync(latin1(header + body)));
  writeObject(objStmNum, `<< /Type /ObjStm /N ${packed.size} /First ${Buffer.byteLength(header, 'latin1')} /Filter /FlateDecode /Length ${objStmData.length} >>`, objStmData);
  const xrefNum = objStmNum + 1;
  const rows: Buffer[] = [];
  for (let num = 0; num <= xrefNum; num++) {
    const row = Buffer.alloc(7);
    if (num === xrefNum) {
      row[0] = 1;
      row.writeUInt32BE(length, 1);
    } else if (packed.has(num)) {
      row[0] = 2;
      row.writeUInt32BE(objStmNum, 1);
      row.writeUInt16BE(packed.get(num)!, 5);
    } else if (offsets.has(num)) {
      row[0] = 1;
      row.writeUInt32BE(offsets.get(num)!, 1);
    }
    rows.push(row);
  }
  const xrefData = Buffer.from(zlibSync(Buffer.concat(rows)));
  const xrefAt = length;
  writeObject(xrefNum, `<< /Type /XRef /Size ${xrefNum + 1} /W [1 4 2] ${trailerEntries} /Filter /FlateDecode /Length ${xrefData.length} >>`, xrefData);
  write(latin1(`startxref\n${xrefAt}\n%%EOF\n`));
  return Buffer.concat(parts);
}
