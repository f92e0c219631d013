// Walks a JPEG's marker segments up to the image data (SOS), collecting the metadata blocks.
import { CorruptFile, bufferView, type ByteView } from './bytes.js';
import { emptyBlocks, type Blocks } from './blocks.js';
import { iptcFromPhotoshop } from './iptc.js';

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

export interface JpegSegment {
  marker: number;
  /** Offset of the 0xFF marker byte. */
  at: number;
  /** Offset and length of the payload (after the 2-byte length). */
  dataAt: number;
  dataLength: number;
}

/** Every segment before the image data; the last one returned is SOS (or EOI). */
export function jpegSegments(view: ByteView): JpegSegment[] {
  const segments: JpegSegment[] = [];
  let pos = 2;
  for (;;) {
    if (pos + 2 > view.size) throw new CorruptFile('the JPEG ends before its image data');
    let header = view.get(pos, Math.min(4, view.size - pos));
    if (header[0] !== 0xff) throw new CorruptFile(`the JPEG structure is broken at byte ${pos}`);
    let marker = header[1]!;
    while (marker === 0xff) {
      pos += 1;
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
  const extended = new Map<string, { total: number; parts: { offset: number; data: Buffer }[] }>();
  // EXIF blocks, each possibly continued in the APP1 segments right after it (multi-segment EXIF,
  // written when a block outgrows one segment: the later parts carry no TIFF header).
  const exif: Buffer[][] = [];
  let lastWasExif = false;
  for (const segment of jpegSegments(view)) {
    const { marker } = segment;
    const wasExif = lastWasExif;
    lastWasExif = false;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const sof = view.get(segment.dataAt, Math.min(5, segment.dataLength));
      if (sof.length === 5) {
        blocks.height = sof.readUInt16BE(1);
        blocks.width = sof.readUInt16BE(3);
      }
      continue;
    }
    if (marker !== 0xe1 && marker !== 0xed) continue;
    const data = view.get(segment.dataAt, segment.dataLength);
    if (marker === 0xe1 && isExifPayload(data)) {
      if (isTiffHeader(data, 6)) exif.push([data]);
      else if (wasExif) exif.at(-1)!.push(data.subarray(6));
      else continue;
      lastWasExif = true;
    } else if (marker === 0xe1 && startsWith(data, XMP_HEADER)) {
      blocks.xmp.push(data.subarray(XMP_HEADER.length));
    } else if (marker === 0xe1 && startsWith(data, XMP_EXT_HEADER) && data.length >= XMP_EXT_HEADER.length + 40) {
      const h = XMP_EXT_HEADER.length;
      const guid = data.toString('latin1', h, h + 32);
      const entry = extended.get(guid) ?? { total: data.readUInt32BE(h + 32), parts: [] };
      entry.parts.push({ offset: data.readUInt32BE(h + 36), data: data.subarray(h + 40) });
      extended.set(guid, entry);
    } else if (marker === 0xed && startsWith(data, PHOTOSHOP_HEADER)) {
      const iptc = iptcFromPhotoshop(data.subarray(PHOTOSHOP_HEADER.length));
      if (iptc) blocks.iptc = blocks.iptc ? Buffer.concat([blocks.iptc, iptc]) : iptc;
    }
  }
  for (const parts of exif) blocks.exif.push({ view: bufferView(parts.length === 1 ? parts[0]! : Buffer.concat(parts)), base: EXIF_HEADER.length });
  for (const { parts } of extended.values()) {
    blocks.xmp.push(Buffer.concat(parts.sort((a, b) => a.offset - b.offset).map((p) => p.data)));
  }
  return blocks;
}
