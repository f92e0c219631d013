// The photos a PDF holds, as stored: every image XObject that is a JPEG (DCTDecode) stream, whose
// bytes are a JPEG file, EXIF and GPS included — with the page that first shows it. Images drawn as
// raw pixels (Flate, CCITT, JBIG2) carry no photo metadata and are skipped; JPEG 2000 (JPXDecode) is
// not read, and said so. An image that no page shows is still in the file, so it is listed too.
import { dictOf, filtersOf, inflate, isName, resolve, type PdfDict, type PdfFile, type PdfObject, type PdfPage, PdfRef } from './pdf-objects.js';

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

/** Resources nested in resources (forms in forms …): real files have a few levels. */
const MAX_RESOURCE_DEPTH = 32;

/** `pages`: the file's pages in order (pagesOf). */
export function findPhotos(file: PdfFile, pages: PdfPage[], limits: PhotoLimits): PdfPhoto[] {
  const pageOf = new Map<number, number>();
  const visited = new Set<PdfDict>();
  pages.forEach(({ dict, resources }, index) => {
    const page = index + 1;
    const note = (num: number) => {
      if (!pageOf.has(num)) pageOf.set(num, page);
    };
    walkResources(file, resources, note, visited, 0);
    // Annotations draw with their own appearance streams, which may hold pictures.
    const annotations = resolve(file, dict.get('Annots'));
    if (Array.isArray(annotations)) {
      for (const annotation of annotations) {
        const appearance = dictOf(file, dictOf(file, annotation)?.get('AP'));
        const normal = appearance?.get('N');
        const streams = normal instanceof PdfRef ? [normal] : [...(dictOf(file, normal)?.values() ?? [])];
        for (const stream of streams) if (stream instanceof PdfRef) walkStream(file, stream.num, note, visited, 0);
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

function jpegBytes(object: PdfObject, filters: string[], cap: number): { bytes: Buffer } | { problem: string } {
  let data = object.stream!.data;
  // A JPEG compressed again (["FlateDecode", "DCTDecode"]): unpacked first.
  for (const filter of filters.slice(0, -1)) {
    if (filter !== 'FlateDecode' && filter !== 'Fl') return { problem: `its JPEG is also encoded with ${filter}, which the auditor does not unpack` };
    const out = inflate(data, cap);
    if (!out) return { problem: `it unpacks to more than ${Math.round(cap / 1024 / 1024)} MB, so it was not inspected` };
    data = out;
  }
  if (data.length > cap) return { problem: `the photo is more than ${Math.round(cap / 1024 / 1024)} MB, so it was not inspected` };
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return { problem: 'its JPEG data is damaged (it does not start as a JPEG does)' };
  return { bytes: data };
}

/** Notes every image a resource dictionary draws, through forms, patterns and soft masks. */
function walkResources(file: PdfFile, resources: PdfDict | undefined, note: (num: number) => void, visited: Set<PdfDict>, depth: number): void {
  if (!resources || visited.has(resources) || depth > MAX_RESOURCE_DEPTH) return;
  visited.add(resources);
  for (const key of ['XObject', 'Pattern']) {
    for (const entry of dictOf(file, resources.get(key))?.values() ?? []) {
      if (entry instanceof PdfRef) walkStream(file, entry.num, note, visited, depth + 1);
    }
  }
}

function walkStream(file: PdfFile, num: number, note: (num: number) => void, visited: Set<PdfDict>, depth: number): void {
  const object = file.objects.get(num);
  const dict = object?.stream?.dict ?? (object?.value instanceof Map ? object.value : undefined);
  if (!dict || visited.has(dict) || depth > MAX_RESOURCE_DEPTH) return;
  if (isName(dict.get('Subtype'), 'Image')) {
    note(num);
    const mask = dict.get('SMask');
    if (mask instanceof PdfRef) note(mask.num);
    return;
  }
  walkResources(file, dictOf(file, dict.get('Resources')), note, visited, depth + 1);
}
