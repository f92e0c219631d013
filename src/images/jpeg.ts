// Walks a JPEG's marker segments up to the image data (SOS), collecting the metadata blocks.
import { CorruptFile, bufferView, type ByteView } from './bytes.js';
import { emptyBlocks, type Blocks } from './blocks.js';
import { photoshopMetadata } from './iptc.js';
import { afcpIptc } from './afcp.js';
import { isJumbfPayload, jumbfSuperboxes } from './jumbf.js';
import { pushAll } from '../core/arrays.js';
import { readCrw } from './crw.js';

export const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');

/** An APP1 EXIF payload: "Exif\0" and one more byte (normally NUL; ExifTool accepts any). */
export function isExifPayload(data: Buffer): boolean {
  return data.length >= 6 && data[0] === 0x45 && data[1] === 0x78 && data[2] === 0x69 && data[3] === 0x66 && data[4] === 0;
}

/** Bytes that open a TIFF header ("II*\0" or "MM\0*"). */
export function isTiffHeader(data: Buffer, at = 0): boolean {
  if (data.length < at + 4) return false;
  const a = data[at], b = data[at + 1], c = data[at + 2], d = data[at + 3];
  return (a === 0x49 && b === 0x49 && c === 0x2a && d === 0) || (a === 0x4d && b === 0x4d && c === 0 && d === 0x2a);
}
export const XMP_HEADER = Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1');
export const XMP_EXT_HEADER = Buffer.from('http://ns.adobe.com/xmp/extension/\0', 'latin1');
export const PHOTOSHOP_HEADER = Buffer.from('Photoshop 3.0\0', 'latin1');

/**
 * Where the packet starts in an APP1 segment holding XMP under a header other than Adobe's (a news
 * agency's "XMP\0://ns.adobe.com/xap/1.0/\0"): ExifTool reads as XMP any APP1 segment that starts
 * "http" or "XMP\0", or holds "<?xpacket" or "<exif:". Undefined when the segment is no XMP packet.
 */
export function looseXmpStart(data: Buffer): number | undefined {
  const head = data.toString('latin1', 0, 4);
  if (head !== 'http' && head !== 'XMP\0' && !data.includes('<?xpacket') && !data.includes('<exif:')) return undefined;
  if (!data.includes('<x:xmpmeta') && !data.includes('<rdf:RDF')) return undefined;
  const at = data.indexOf('<');
  return at >= 0 ? at : undefined;
}

export interface JpegSegment {
  marker: number;
  /** Offset of the 0xFF marker byte. */
  at: number;
  /** Offset and length of the payload (after the 2-byte length). */
  dataAt: number;
  dataLength: number;
}

const FILL_BLOCK = 64 * 1024;

/** Every segment before the image data; the last one returned is SOS (or EOI). `start`: where the JPEG's SOI is. */
export function jpegSegments(view: ByteView, start = 0): JpegSegment[] {
  const segments: JpegSegment[] = [];
  let pos = start + 2;
  for (;;) {
    if (pos + 2 > view.size) throw new CorruptFile('the JPEG ends before its image data');
    let header = view.get(pos, Math.min(4, view.size - pos));
    if (header[0] !== 0xff) throw new CorruptFile(`the JPEG structure is broken at byte ${pos}`);
    let marker = header[1]!;
    // Fill bytes (any number of 0xFF may precede a marker): skipped a block at a time — byte by
    // byte, a file of 10 MB of them took half a minute.
    while (marker === 0xff) {
      const block = view.get(pos + 1, Math.min(FILL_BLOCK, view.size - pos - 1));
      let fill = 0;
      while (fill < block.length && block[fill] === 0xff) fill++;
      pos += Math.max(fill, 1);
      header = view.get(pos, Math.min(4, view.size - pos));
      marker = header[1]!;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    if (marker === 0xd9) {
      segments.push({ marker, at: pos, dataAt: pos + 2, dataLength: 0 });
      return segments;
    }
    if (header.length < 4) throw new CorruptFile('the JPEG ends inside a segment header');
    const length = header.readUInt16BE(2);
    if (length < 2) throw new CorruptFile(`a JPEG segment at byte ${pos} has an impossible length`);
    const segment = { marker, at: pos, dataAt: pos + 4, dataLength: length - 2 };
    segments.push(segment);
    if (marker === 0xda) return segments;
    pos += 2 + length;
  }
}

export function startsWith(data: Buffer, prefix: Buffer): boolean {
  return data.length >= prefix.length && data.subarray(0, prefix.length).equals(prefix);
}

export function readJpegBlocks(view: ByteView): Blocks {
  const blocks = emptyBlocks();
  // IPTC appended after the image in an AFCP trailer (ExifTool: IPTC2): the last 12 bytes tell. Read
  // first, so that a file larger than its head is walked once, not walked, read at its end and walked
  // again; a trailer that cannot be followed is reported after what the walk finds wrong, as before.
  let afcp: ReturnType<typeof afcpIptc>;
  let afcpDamage: CorruptFile | undefined;
  try {
    afcp = afcpIptc(view);
  } catch (error) {
    if (!(error instanceof CorruptFile)) throw error;
    afcpDamage = error;
  }
  const images = readJpegImage(view, 0, blocks, undefined);
  // The further pictures of a multi-picture file (MPO: 3D cameras, phones' depth and HDR maps) are
  // JPEGs of their own after the first one's end, each with its own EXIF — a position included.
  for (const [index, start] of images) {
    try {
      readJpegImage(view, start, blocks, `MPF image ${index}`);
    } catch (error) {
      // One the MPF index points to wrongly is not read (ExifTool reads nothing there either).
      if (!(error instanceof CorruptFile)) throw error;
    }
  }
  if (afcpDamage) throw afcpDamage;
  if (afcp) {
    const iptc = view.get(afcp.at, afcp.length);
    blocks.iptc = blocks.iptc ? Buffer.concat([blocks.iptc, iptc]) : Buffer.from(iptc);
  }
  return blocks;
}

/** The metadata of the JPEG whose SOI is at `start`; returns the MPF index's further pictures (first picture only). */
function readJpegImage(view: ByteView, start: number, blocks: Blocks, origin: string | undefined): [number, number][] {
  const extended = new Map<string, { total: number; parts: { offset: number; data: Buffer }[] }>();
  // EXIF blocks, each possibly continued in the APP1 segments right after it (multi-segment EXIF,
  // written when a block outgrows one segment: the later parts carry no TIFF header).
  const exif: Buffer[][] = [];
  let images: [number, number][] = [];
  let lastWasExif = false;
  if (origin !== undefined && !view.get(start, 2).equals(SOI)) throw new CorruptFile(`the ${origin} is not a JPEG`);
  const segments = jpegSegments(view, start);
  const jumbf: Buffer[] = [];
  for (const segment of segments) {
    const { marker } = segment;
    const wasExif = lastWasExif;
    lastWasExif = false;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const sof = view.get(segment.dataAt, Math.min(5, segment.dataLength));
      if (sof.length === 5 && origin === undefined) {
        blocks.height = sof.readUInt16BE(1);
        blocks.width = sof.readUInt16BE(3);
      }
      continue;
    }
    if (marker === 0xe2 && origin === undefined && segment.dataLength > 12 && view.get(segment.dataAt, 4).equals(MPF_HEADER)) {
      images = mpfImages(view, segment);
      continue;
    }
    if (marker === 0xeb && origin === undefined && segment.dataLength >= 16) {
      const data = view.get(segment.dataAt, segment.dataLength);
      if (isJumbfPayload(data)) jumbf.push(data);
      continue;
    }
    // Early Canon PowerShots kept a CIFF heap (as in their CRW files) in an APP0 segment: the owner's name.
    if (marker === 0xe0 && origin === undefined && segment.dataLength > 14) {
      const data = view.get(segment.dataAt, segment.dataLength);
      if (data.toString('latin1', 6, 10) === 'HEAP' && /^(?:II|MM)$/.test(data.toString('latin1', 0, 2))) {
        let owner: string | undefined;
        try {
          owner = readCrw(bufferView(data)).owner;
        } catch {
          // A damaged heap: the rest of the file is still read; ExifTool warns and goes on too.
        }
        if (owner) blocks.texts.push({ kind: 'owner', field: 'CIFF OwnerName', value: owner });
      }
      continue;
    }
    // APP13 (Photoshop) is read after the walk, its consecutive segments joined (photoshopBlocks).
    if (marker !== 0xe1) continue;
    const data = view.get(segment.dataAt, segment.dataLength);
    if (isExifPayload(data)) {
      if (isTiffHeader(data, 6)) exif.push([data]);
      else if (wasExif) exif.at(-1)!.push(data.subarray(6));
      else continue;
      lastWasExif = true;
    } else if (startsWith(data, XMP_HEADER)) {
      blocks.xmp.push(data.subarray(XMP_HEADER.length));
    } else if (startsWith(data, XMP_EXT_HEADER) && data.length >= XMP_EXT_HEADER.length + 40) {
      const h = XMP_EXT_HEADER.length;
      const guid = data.toString('latin1', h, h + 32);
      const entry = extended.get(guid) ?? { total: data.readUInt32BE(h + 32), parts: [] };
      entry.parts.push({ offset: data.readUInt32BE(h + 36), data: data.subarray(h + 40) });
      extended.set(guid, entry);
    } else {
      const at = looseXmpStart(data);
      if (at !== undefined) blocks.xmp.push(data.subarray(at));
    }
  }
  // Photoshop's resources hold IPTC, and may hold EXIF and XMP too: ExifTool reads all three there.
  const photoshopExif: Buffer[] = [];
  for (const { data } of photoshopBlocks(view, segments)) {
    const found = photoshopMetadata(data);
    for (const iptc of found.iptc) blocks.iptc = blocks.iptc ? Buffer.concat([blocks.iptc, iptc]) : iptc;
    pushAll(blocks.xmp, found.xmp);
    pushAll(photoshopExif, found.exif);
  }
  if (jumbf.length) pushAll((blocks.jumbf ??= []), jumbfSuperboxes(jumbf));
  for (const parts of exif) {
    blocks.exif.push({ view: bufferView(parts.length === 1 ? parts[0]! : Buffer.concat(parts)), base: EXIF_HEADER.length, ...(origin ? { origin } : {}) });
  }
  for (const tiff of photoshopExif) blocks.exif.push({ view: bufferView(tiff), base: 0, ...(origin ? { origin } : {}) });
  for (const { parts } of extended.values()) {
    blocks.xmp.push(Buffer.concat(parts.sort((a, b) => a.offset - b.offset).map((p) => p.data)));
  }
  return images;
}

/**
 * A Photoshop image resource block as ExifTool reads it: the payloads (after "Photoshop 3.0\0") of
 * APP13 segments that follow one another joined, since a resource larger than a segment (a big
 * thumbnail) runs on into the next one.
 */
export interface PhotoshopBlock {
  data: Buffer;
  /** Each segment's part of `data`: where it starts in `data`, where in the file, and its length. */
  parts: { at: number; fileAt: number; length: number }[];
}

export function photoshopBlocks(view: ByteView, segments: JpegSegment[]): PhotoshopBlock[] {
  const groups: PhotoshopBlock['parts'][] = [];
  let continues = false;
  for (const segment of segments) {
    const isPhotoshop = segment.marker === 0xed && segment.dataLength >= PHOTOSHOP_HEADER.length && view.get(segment.dataAt, PHOTOSHOP_HEADER.length).equals(PHOTOSHOP_HEADER);
    if (isPhotoshop) {
      const parts = continues ? groups.at(-1)! : (groups.push([]), groups.at(-1)!);
      const at = parts.length ? parts.at(-1)!.at + parts.at(-1)!.length : 0;
      parts.push({ at, fileAt: segment.dataAt + PHOTOSHOP_HEADER.length, length: segment.dataLength - PHOTOSHOP_HEADER.length });
    }
    continues = isPhotoshop;
  }
  return groups.map((parts) => ({ data: Buffer.concat(parts.map((part) => view.get(part.fileAt, part.length))), parts }));
}

export const MPF_HEADER = Buffer.from('MPF\0', 'latin1');
const SOI = Buffer.from([0xff, 0xd8]);

/**
 * The further pictures an MPF index (APP2 "MPF\0", CIPA DC-007) lists: [their number, where their
 * SOI is]. Offsets count from the index's TIFF header; the first picture (offset 0) is this one.
 */
export function mpfImages(view: ByteView, segment: JpegSegment): [number, number][] {
  const base = segment.dataAt + MPF_HEADER.length;
  const end = segment.dataAt + segment.dataLength;
  try {
    const order = view.get(base, 2).toString('latin1');
    if (order !== 'II' && order !== 'MM') return [];
    const little = order === 'II';
    const u16 = (at: number) => (little ? view.get(at, 2).readUInt16LE(0) : view.get(at, 2).readUInt16BE(0));
    const u32 = (at: number) => (little ? view.get(at, 4).readUInt32LE(0) : view.get(at, 4).readUInt32BE(0));
    const ifd = base + u32(base + 4);
    if (ifd + 2 > end) return [];
    const count = Math.min(u16(ifd), Math.floor((end - ifd - 2) / 12));
    let list: { at: number; entries: number } | undefined;
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      if (u16(entry) === 0xb002) list = { at: base + u32(entry + 8), entries: Math.floor(u32(entry + 4) / 16) };
    }
    if (!list) return [];
    const images: [number, number][] = [];
    const seen = new Set<number>();
    for (let i = 0; i < Math.min(list.entries, 256); i++) {
      const entry = list.at + i * 16;
      if (entry + 16 > end) break;
      const offset = u32(entry + 8);
      const at = base + offset;
      if (offset === 0 || at + 4 > view.size || seen.has(at)) continue;
      seen.add(at);
      images.push([i + 1, at]);
    }
    return images;
  } catch (error) {
    // A damaged index lists nothing (the first picture was read all the same).
    if (error instanceof CorruptFile) return [];
    throw error;
  }
}
