// The photos a PDF holds, as stored: every image XObject that is a JPEG (DCTDecode) stream, whose
// bytes are a JPEG file, EXIF and GPS included — with the page that first shows it. Images drawn as
// raw pixels (Flate, CCITT, JBIG2) carry no photo metadata and are skipped; JPEG 2000 (JPXDecode) is
// not read, and said so. An image that no page shows is still in the file, so it is listed too.
import { dictOf, filtersOf, inflate, isName, pdfTextString, resolve, type PdfDict, type PdfFile, type PdfObject, type PdfPage, PdfRef, type PdfValue } from './pdf-objects.js';

export interface PdfPhoto {
  /** 1-based; undefined when no page shows it. */
  page: number | undefined;
  /** The JPEG's bytes, or why they could not be had. */
  inside: { bytes: Buffer } | { problem: string };
  /** Stored as JPEG 2000: not inspected. */
  jpx?: boolean;
}

export interface PhotoLimits {
  /** What one photo may be. */
  photoBytes: number;
  /** What the photos may be together. */
  totalBytes: number;
  /** How many photos are read; past it the rest are reported, not read. */
  count: number;
}

/** Forms drawn in forms, resources in resources: real files have a few levels. */
const MAX_DEPTH = 32;

/** `pages`: the file's pages in order (pagesOf); `inflatedBytes`: what their content streams may unpack to together. */
export function findPhotos(file: PdfFile, pages: PdfPage[], limits: PhotoLimits & { inflatedBytes: number }): PdfPhoto[] {
  const pageOf = new Map<number, number>();
  const drawing = new Drawing(file, limits.inflatedBytes);
  pages.forEach(({ dict, resources }, index) => {
    const page = index + 1;
    const note = (num: number) => {
      if (!pageOf.has(num)) pageOf.set(num, page);
    };
    const contents = dict.get('Contents');
    const parts = Array.isArray(contents) ? contents : Array.isArray(resolve(file, contents)) ? (resolve(file, contents) as PdfValue[]) : [contents];
    drawing.draw(drawing.content(parts), resources, note, 0);
    // Annotations draw with their own appearance streams, which may hold pictures.
    const annotations = resolve(file, dict.get('Annots'));
    if (Array.isArray(annotations)) {
      for (const annotation of annotations) {
        const appearance = dictOf(file, dictOf(file, annotation)?.get('AP'));
        const normal = appearance?.get('N');
        const streams = normal instanceof PdfRef ? [normal] : [...(dictOf(file, normal)?.values() ?? [])];
        for (const stream of streams) if (stream instanceof PdfRef) drawing.drawForm(stream.num, undefined, note, 1);
      }
    }
  });

  const photos: PdfPhoto[] = [];
  let total = 0;
  let read = 0;
  const images = [...file.objects.entries()].filter(([, object]) => object.stream && isName(object.stream.dict.get('Subtype'), 'Image'));
  // Page order first, then the pictures no page shows, in file order.
  images.sort(([a], [b]) => (pageOf.get(a) ?? Infinity) - (pageOf.get(b) ?? Infinity));
  for (const [num, object] of images) {
    const page = pageOf.get(num);
    const filters = filtersOf(object.stream!.dict);
    if (filters.includes('JPXDecode')) {
      photos.push({ page, jpx: true, inside: { problem: 'a JPEG 2000 picture, which the auditor does not read' } });
      continue;
    }
    if (filters[filters.length - 1] !== 'DCTDecode' && filters[filters.length - 1] !== 'DCT') continue;
    if (read++ >= limits.count) {
      photos.push({ page, inside: { problem: `the PDF holds more than ${limits.count} photos; only the first ${limits.count} were inspected` } });
      break;
    }
    const bytes = jpegBytes(object, filters, limits.photoBytes);
    if ('problem' in bytes) {
      photos.push({ page, inside: bytes });
      continue;
    }
    total += bytes.bytes.length;
    if (total > limits.totalBytes) {
      photos.push({ page, inside: { problem: `the PDF's photos come to more than ${Math.round(limits.totalBytes / 1024 / 1024)} MB together, so the rest were not inspected` } });
      break;
    }
    photos.push({ page, inside: bytes });
  }
  return photos;
}

/**
 * A stream's data through its Flate filters (`cap` bytes at most, each step): the bytes, or the first
 * filter the auditor does not undo, or 'too large'.
 */
function unflated(data: Buffer, filters: string[], cap: number): Buffer | { filter: string } | 'too large' {
  for (const filter of filters) {
    if (filter !== 'FlateDecode' && filter !== 'Fl') return { filter };
    const out = inflate(data, cap);
    if (!out) return 'too large';
    data = out;
  }
  return data;
}

const tooLarge = (cap: number) => `it unpacks to more than ${Math.round(cap / 1024 / 1024)} MB, so it was not inspected`;

function jpegBytes(object: PdfObject, filters: string[], cap: number): { bytes: Buffer } | { problem: string } {
  // A JPEG compressed again (["FlateDecode", "DCTDecode"]): unpacked first.
  const data = unflated(object.stream!.data, filters.slice(0, -1), cap);
  if (data === 'too large') return { problem: tooLarge(cap) };
  if (!Buffer.isBuffer(data)) return { problem: `its JPEG is also encoded with ${data.filter}, which the auditor does not unpack` };
  if (data.length > cap) return { problem: `the photo is more than ${Math.round(cap / 1024 / 1024)} MB, so it was not inspected` };
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return { problem: 'its JPEG data is damaged (it does not start as a JPEG does)' };
  return { bytes: data };
}

/**
 * The images a content stream draws: each "/Name Do" whose XObject is an image, through the forms it
 * draws. A content stream that cannot be unpacked (a filter other than Flate, past the limit) counts as
 * drawing everything its resources name: a photo is then placed on a page that may not show it, never lost.
 */
class Drawing {
  /** The names each form's content draws, by object number (a form on every page is unpacked once). */
  private readonly formNames = new Map<number, Set<string> | undefined>();
  private inflateLeft: number;

  constructor(
    private readonly file: PdfFile,
    inflatedBytes: number,
  ) {
    this.inflateLeft = inflatedBytes;
  }

  /** The names a content stream (one or several parts) draws with Do, or undefined when it cannot be read. */
  content(parts: (PdfValue | undefined)[]): Set<string> | undefined {
    const names = new Set<string>();
    for (const part of parts) {
      if (!(part instanceof PdfRef)) continue;
      const stream = this.file.objects.get(part.num)?.stream;
      const data = stream && this.decode(stream.dict, stream.data);
      if (data === undefined) return undefined;
      for (const name of drawnNames(data)) names.add(name);
    }
    return names;
  }

  draw(names: Set<string> | undefined, resources: PdfDict | undefined, note: (num: number) => void, depth: number): void {
    if (!resources || depth > MAX_DEPTH) return;
    const xobjects = dictOf(this.file, resources.get('XObject'));
    for (const [name, entry] of xobjects ?? []) {
      if (names && !names.has(name)) continue;
      if (entry instanceof PdfRef) this.drawForm(entry.num, resources, note, depth + 1);
    }
    // Tiling patterns draw with content of their own: every one the resources name is counted.
    for (const entry of dictOf(this.file, resources.get('Pattern'))?.values() ?? []) {
      if (entry instanceof PdfRef) this.drawForm(entry.num, resources, note, depth + 1);
    }
  }

  /** An XObject, pattern or appearance stream by number: an image is noted, a form's content drawn. */
  drawForm(num: number, outer: PdfDict | undefined, note: (num: number) => void, depth: number): void {
    const stream = this.file.objects.get(num)?.stream;
    if (!stream || depth > MAX_DEPTH) return;
    if (isName(stream.dict.get('Subtype'), 'Image')) {
      note(num);
      const mask = stream.dict.get('SMask');
      if (mask instanceof PdfRef) note(mask.num);
      return;
    }
    // Drawn already (on this page or an earlier one, or it draws itself): its images were noted then.
    if (this.formNames.has(num)) return;
    const data = this.decode(stream.dict, stream.data);
    const names = data === undefined ? undefined : drawnNames(data);
    this.formNames.set(num, names);
    this.draw(names, dictOf(this.file, stream.dict.get('Resources')) ?? outer, note, depth);
  }

  private decode(dict: PdfDict, data: Buffer): Buffer | undefined {
    const filters = filtersOf(dict);
    if (filters.length === 0) return data;
    if (filters.length > 1 || filters[0] !== 'FlateDecode') return undefined;
    const out = inflate(data, Math.max(0, this.inflateLeft));
    if (out) this.inflateLeft -= out.length;
    return out;
  }
}

/** "/Im1 Do" in a content stream: the XObjects it draws, by their names in its resources. */
function drawnNames(content: Buffer): Set<string> {
  const names = new Set<string>();
  for (const match of content.toString('latin1').matchAll(/\/([^\s/[\]()<>{}%]+)\s*Do(?![^\s/[\]()<>{}%])/g)) {
    names.add(match[1]!.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }
  return names;
}

/** A file attached to the PDF (an embedded file stream): its name, and its bytes or why they could not be had. */
export interface PdfAttachment {
  name: string;
  inside: { bytes: Buffer } | { problem: string };
}

/** Dictionaries looked into for file specifications, at most this deep. */
const MAX_SPEC_DEPTH = 8;

/**
 * The files attached to the PDF (its EmbeddedFiles, or a FileAttachment annotation's): they go out
 * with it, a photo among them with its GPS. Found as the streams a file specification's /EF names,
 * and any stream whose /Type is /EmbeddedFile; each once, at most `limits.count`.
 */
export function attachedFiles(file: PdfFile, limits: PhotoLimits): PdfAttachment[] {
  const names = new Map<number, string>();
  const visit = (value: PdfValue | undefined, depth: number) => {
    if (depth > MAX_SPEC_DEPTH || value === undefined) return;
    if (Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    else if (value instanceof Map) {
      const embedded = value.get('EF');
      const streams = embedded instanceof Map ? embedded : embedded instanceof PdfRef ? dictOf(file, embedded) : undefined;
      if (streams) {
        const name = specName(value.get('UF')) ?? specName(value.get('F')) ?? 'a file with no name';
        for (const ref of streams.values()) if (ref instanceof PdfRef && !names.has(ref.num)) names.set(ref.num, name);
      }
      for (const item of value.values()) visit(item, depth + 1);
    }
  };
  for (const object of file.objects.values()) {
    visit(object.value, 0);
    if (object.stream) visit(object.stream.dict, 0);
  }
  for (const [num, object] of file.objects) {
    if (object.stream && isName(object.stream.dict.get('Type'), 'EmbeddedFile') && !names.has(num)) names.set(num, 'a file with no name');
  }
  const found: PdfAttachment[] = [];
  let total = 0;
  for (const [num, name] of names) {
    const stream = file.objects.get(num)?.stream;
    if (!stream) {
      found.push({ name, inside: { problem: 'the PDF names it but does not hold it (a damaged file)' } });
      continue;
    }
    if (found.length >= limits.count) {
      found.push({ name, inside: { problem: `the PDF has more than ${limits.count} attached files; only the first ${limits.count} were inspected` } });
      break;
    }
    const unpacked = unflated(stream.data, filtersOf(stream.dict), limits.photoBytes);
    if (!Buffer.isBuffer(unpacked)) {
      found.push({ name, inside: { problem: unpacked === 'too large' ? tooLarge(limits.photoBytes) : `it is encoded with ${unpacked.filter}, which the auditor does not unpack` } });
      continue;
    }
    total += unpacked.length;
    if (total > limits.totalBytes) found.push({ name, inside: { problem: `the PDF's attached files come to more than ${Math.round(limits.totalBytes / 1024 / 1024)} MB together, so it was not inspected` } });
    else found.push({ name, inside: { bytes: unpacked } });
  }
  return found;
}

/** A file specification's file name. */
function specName(value: PdfValue | undefined): string | undefined {
  return pdfTextString(value)?.slice(0, 200);
}
