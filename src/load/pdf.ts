// PDF newsletters: the text of every page in reading order, laid out as a Word document is
// (paragraphs.ts: a paragraph a line), then the page's photos as `[picture: photo 1 on page 2]` —
// each a JPEG stored in the file, inspected like any photo (its EXIF GPS included). Of the document's
// own properties, the ones a reader is shown (Title, in the browser's tab; Subject, Keywords) are read
// last, a line each — a title is often the file name it was exported from; Author is not. Files attached to
// the PDF go out with it: an attached photo is inspected too, another attached file is reported.
// Fails closed: an encrypted, damaged or empty (scanned, no text and no photos) PDF is refused with
// what to do; pages past the cap, a page with no text, and a JPEG 2000 picture are reported.
import { maxImageBytes, maxPdfPages, maxPdfSeconds, maxPostBytes } from '../core/limits.js';
import { emptyParagraph, ParagraphLayout, UnreadableDocument, type DocumentParagraph, type LaidOutDocument } from './paragraphs.js';
import { attachedFiles, findPhotos, type PdfAttachment, type PdfPhoto } from './pdf-images.js';
import { detectFormat } from '../images/format.js';
import { propertyParagraph } from './document-properties.js';
import { dictOf, pagesOf, pdfTextString, PdfStructureError, readPdfObjects, type PdfFile } from './pdf-objects.js';
import { contactAddress } from './parsed.js';
import { PdfTextError, readPdfText, type PdfTextLine, type PdfTextPage } from './pdf-text.js';
import type { ZipEntry } from './zip-entries.js';

/** Photos read from one PDF at most; past it the rest are reported, not read. */
const MAX_PHOTOS = 500;

export interface LaidOutPdf extends LaidOutDocument {
  /** The line (1-based) each page's text starts on, then the line after the last page. */
  pageStarts: number[];
  /** What the reader noticed but could still read past: reported by post/unreadable. */
  problems: { message: string; offset: number; severity?: 'warning' }[];
}

/** Why a file named .pdf could not be read as one. */
export class NotAPdf extends UnreadableDocument {}

export async function readPdf(bytes: Buffer): Promise<LaidOutPdf> {
  const start = bytes.subarray(0, 1024).indexOf('%PDF-', 0, 'latin1');
  if (start === -1) throw new NotAPdf('not a PDF (it does not start as a PDF does): export the newsletter again as a PDF and audit that');
  let file;
  try {
    file = readPdfObjects(bytes, { inflatedBytes: maxPostBytes() });
  } catch (error) {
    if (error instanceof PdfStructureError) throw new NotAPdf(error.message);
    throw error;
  }
  if (file.trailer.has('Encrypt')) {
    throw new NotAPdf('it is encrypted (a password, or protection against copying or editing): export the newsletter again without a password or security settings and audit that');
  }
  const pages = pagesOf(file);
  let text;
  try {
    text = await readPdfText(bytes, { pages: maxPdfPages(), time: maxPdfSeconds() * 1000, expectedPages: pages.length });
  } catch (error) {
    if (error instanceof PdfTextError) throw new NotAPdf(error.message);
    throw error;
  }
  // pdf.js mends what it can of a damaged file and can skip a page it cannot read: when its pages and
  // the file's page tree disagree, something in it was not read.
  if (pages.length !== text.pageCount) {
    throw new NotAPdf(`it is damaged (its page tree lists ${pages.length} page${pages.length === 1 ? '' : 's'}, and ${text.pageCount} could be read): export it again from the program that made it and audit that`);
  }
  const photos = findPhotos(file, pages, { photoBytes: maxImageBytes(), totalBytes: maxImageBytes(), count: MAX_PHOTOS, inflatedBytes: maxPostBytes() });
  const attached = attachedFiles(file, { photoBytes: maxImageBytes(), totalBytes: maxImageBytes(), count: MAX_PHOTOS });
  const readablePhotos = photos.filter((photo) => 'bytes' in photo.inside).length + attached.filter((a) => 'bytes' in a.inside && isPicture(a.inside.bytes)).length;
  const words = text.pages.some((page) => page.lines.length > 0 || page.notes.length > 0);
  if (!words && readablePhotos === 0) {
    throw new NotAPdf('it has no text to read (a scanned newsletter?) and no photos the auditor can inspect: export it from the program that made it (not a scan or a print to image) and audit that');
  }
  return layOut(text.pages, photos, text.unreadPages, words, attached, shownProperties(file));
}

/** The document properties a reader is shown, as paragraphs "Title: …". */
function shownProperties(file: PdfFile): DocumentParagraph[] {
  const info = dictOf(file, file.trailer.get('Info'));
  if (!info) return [];
  const shown: DocumentParagraph[] = [];
  for (const key of ['Title', 'Subject', 'Keywords']) {
    const value = pdfTextString(info.get(key));
    if (value) shown.push(propertyParagraph(key, value, 'PDF'));
  }
  return shown;
}

/** Bytes the image reader takes: a photo or video (by its bytes, not its name). */
function isPicture(bytes: Buffer): boolean {
  return detectFormat(bytes.subarray(0, 64)) !== undefined;
}

function layOut(pages: PdfTextPage[], photos: PdfPhoto[], unreadPages: number, words: boolean, attached: PdfAttachment[], properties: DocumentParagraph[]): LaidOutPdf {
  const inside = new Map<string, ZipEntry>();
  const layout = new ParagraphLayout((ref) => inside.get(ref));
  const problems: LaidOutPdf['problems'] = [];
  const pageStarts: number[] = [];
  const bodyHeight = commonHeight(pages.flatMap((page) => page.lines));
  let lines = 0;
  let at = 0;
  const add = (paragraph: DocumentParagraph) => {
    at = layout.add(paragraph).end + 1;
    lines++;
  };
  const photosOn = new Map<number | undefined, PdfPhoto[]>();
  for (const photo of photos) photosOn.set(photo.page, [...(photosOn.get(photo.page) ?? []), photo]);
  /** `anchor`: where a note about the page's photos points (its first line). */
  const addPhotos = (onPage: PdfPhoto[] | undefined, page: number | undefined, anchor = at) => {
    const where = page === undefined ? 'on no page' : `on page ${page}`;
    // JPEG 2000 is not read: noted (a warning), not inspected.
    const jpx = onPage?.filter((photo) => photo.jpx).length ?? 0;
    if (jpx > 0) problems.push({ message: `${jpx === 1 ? 'a picture' : `${jpx} pictures`} ${where} ${jpx === 1 ? 'is' : 'are'} JPEG 2000, which the auditor does not inspect: check ${jpx === 1 ? 'that photo' : 'those photos'} for a location before ${jpx === 1 ? 'it goes' : 'they go'} into the newsletter`, offset: anchor, severity: 'warning' });
    const read = onPage?.filter((photo) => !photo.jpx) ?? [];
    if (read.length === 0) return;
    const paragraph = emptyParagraph();
    read.forEach((photo, index) => {
      const ref = `photo ${index + 1} ${where}`;
      inside.set(ref, 'bytes' in photo.inside ? { bytes: photo.inside.bytes, compression: 0 } : photo.inside);
      paragraph.pictures.push({ ref, external: false });
    });
    add(paragraph);
  };
  pages.forEach(({ lines: pageLines, notes, links }, index) => {
    const page = index + 1;
    const [first, start] = [lines, at];
    pageStarts.push(lines + 1);
    for (const paragraph of paragraphsOf(pageLines, bodyHeight)) add(paragraph);
    // A comment (sticky note) or form field is published with the PDF: read as text, a line each —
    // unless it reads "audit-ignore <rule>: <reason>", which then applies to the whole page.
    const ignores = notes.filter((note) => /^\s*audit-ignore/.test(note));
    for (const note of notes) if (!ignores.includes(note)) add({ ...emptyParagraph(), text: `Comment: ${note.replace(/\s+/g, ' ')}` });
    const addresses = links.map(contactAddress).filter((address): address is string => address !== undefined);
    if (addresses.length > 0) add({ ...emptyParagraph(), links: addresses });
    addPhotos(photosOn.get(page), page, lines > first ? start : at);
    for (const note of ignores) layout.comment(note, start, Math.max(start, at - 1));
  });
  pageStarts.push(lines + 1);
  // Photos on pages past the cap, or on none: still in the file, so still published.
  for (const [page, onPage] of photosOn) if (page === undefined || page > pages.length) addPhotos(onPage, page);
  // Files attached to the PDF go out with it: a photo is inspected as the pages' are; another file
  // (a form, a spreadsheet) is reported for a person to check.
  const pictures = emptyParagraph();
  attached.forEach(({ name, inside: held }, index) => {
    if ('bytes' in held && !isPicture(held.bytes)) {
      problems.push({ message: `it carries an attached file, ${JSON.stringify(name)}, which the auditor does not inspect: check it, or remove it, before the newsletter goes out`, offset: at, severity: 'warning' });
      return;
    }
    const ref = `attached file ${index + 1} (${name})`;
    inside.set(ref, 'bytes' in held ? { bytes: held.bytes, compression: 0 } : held);
    pictures.pictures.push({ ref, external: false });
  });
  if (pictures.pictures.length > 0) add(pictures);
  for (const property of properties) add(property);
  if (unreadPages > 0) problems.push({ message: `it has ${pages.length + unreadPages} pages: only the first ${pages.length} were read`, offset: 0 });
  if (!words) problems.push({ message: 'it has no text to read (a scanned newsletter?): only its photos were inspected, so check its words yourself or export it again from the program that made it', offset: 0, severity: 'warning' });
  return { ...layout.finish(), pageStarts, problems };
}

/** The height most of the text is set in: a line much taller is a heading. */
function commonHeight(lines: PdfTextLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(Math.round(line.height), (counts.get(Math.round(line.height)) ?? 0) + line.text.length);
  let best = 0;
  let most = -1;
  for (const [height, count] of counts) if (count > most) [best, most] = [height, count];
  return best || 12;
}

/** Lines joined into paragraphs: a line continues the one above when it starts under it, in the same size, a line's height below. */
function paragraphsOf(lines: PdfTextLine[], bodyHeight: number): DocumentParagraph[] {
  const paragraphs: DocumentParagraph[] = [];
  let previous: PdfTextLine | undefined;
  for (const line of lines) {
    const current = paragraphs[paragraphs.length - 1];
    const continues =
      current !== undefined &&
      previous !== undefined &&
      Math.abs(line.height - previous.height) <= previous.height * 0.2 &&
      previous.y - line.y > 0 &&
      previous.y - line.y <= previous.height * 1.7 &&
      Math.abs(line.x - previous.x) <= previous.height * 2;
    if (continues) current.text += /\w-$/.test(current.text) ? line.text : ` ${line.text}`;
    else paragraphs.push({ ...emptyParagraph(), text: line.text, kind: line.height >= bodyHeight * 1.25 ? 'heading' : 'body' });
    previous = line;
  }
  return paragraphs;
}
