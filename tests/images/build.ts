// Builds small test images in memory (the project's own pictures, no third-party content):
// JPEG/PNG/WebP/TIFF with EXIF GPS, XMP, IPTC, an EXIF preview thumbnail, and MP4 location atoms.
import { createHash } from 'node:crypto';
import { brotliCompressSync, deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { buildPngChunk } from '../../src/images/png.js';

export async function scene(width = 240, height = 160, variant = 0): Promise<Sharp> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${width}" height="${height}" fill="${variant ? '#203040' : '#87ceeb'}"/>
    <rect y="${height * 0.6}" width="${width}" height="${height * 0.4}" fill="#3a9d23"/>
    <circle cx="${width * 0.25}" cy="${height * 0.45}" r="${height * 0.15}" fill="#f2c9a0"/>
    <circle cx="${width * 0.7}" cy="${height * 0.4}" r="${height * 0.18}" fill="#8d5524"/>
    <rect x="${width * 0.45}" y="${height * 0.2}" width="${width * 0.08}" height="${height * 0.5}" fill="#222"/>
  </svg>`;
  return sharp(Buffer.from(svg));
}

export const GPS_EXIF = {
  IFD0: { Make: 'Apple', Model: 'iPhone 13' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '54/1 35/1 1200/100', GPSLongitudeRef: 'W', GPSLongitude: '3/1 8/1 2400/100' },
};

export const xmpPacket = (body: string) => `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:exif="http://ns.adobe.com/exif/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
 xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/" xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#"
 xmlns:MP="http://ns.microsoft.com/photo/1.2/" xmlns:MPRI="http://ns.microsoft.com/photo/1.2/t/RegionInfo#" xmlns:MPReg="http://ns.microsoft.com/photo/1.2/t/Region#">
${body}
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;

export const faceRegion = (name: string) => `<mwg-rs:Regions rdf:parseType="Resource"><mwg-rs:RegionList><rdf:Bag><rdf:li rdf:parseType="Resource">
<mwg-rs:Name>${name}</mwg-rs:Name><mwg-rs:Type>Face</mwg-rs:Type>
<mwg-rs:Area stArea:x="0.3" stArea:y="0.4" stArea:w="0.1" stArea:h="0.2" stArea:unit="normalized"/></rdf:li></rdf:Bag></mwg-rs:RegionList></mwg-rs:Regions>`;

export async function jpeg(options: { exif?: Record<string, Record<string, string>>; xmp?: string; orientation?: number; icc?: boolean } = {}): Promise<Buffer> {
  let image = (await scene()).jpeg({ quality: 85 });
  if (options.exif) image = image.withExif(options.exif);
  if (options.xmp) image = image.withXmp(options.xmp);
  if (options.icc) image = image.withIccProfile('p3');
  return image.toBuffer();
}

/** Inserts a marker segment right after the JPEG's SOI (and after any APP0/APP1 that follows). */
export function insertSegment(jpegBytes: Buffer, marker: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header[0] = 0xff;
  header[1] = marker;
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpegBytes.subarray(0, 2), header, payload, jpegBytes.subarray(2)]);
}

/** An APP13 Photoshop block holding IPTC-IIM record-2 datasets. */
export function iptcApp13(datasets: [number, string][], signature = '8BIM'): Buffer {
  const iim = iptcIim(datasets);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length, 0);
  const resource = Buffer.concat([Buffer.from(signature, 'latin1'), Buffer.from([0x04, 0x04, 0, 0]), size, iim, Buffer.alloc(iim.length % 2)]);
  return Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
}

interface TiffEntry {
  tag: number;
  type: number;
  count: number;
  value: Buffer;
}
const ascii = (tag: number, text: string): TiffEntry => ({ tag, type: 2, count: text.length + 1, value: Buffer.from(`${text}\0`, 'latin1') });
const long = (tag: number, n: number): TiffEntry => {
  const value = Buffer.alloc(4);
  value.writeUInt32BE(n, 0);
  return { tag, type: 4, count: 1, value };
};

/** One big-endian IFD at `at` (entries sorted), its overflow values after it; returns the bytes. */
function ifdBytes(entries: TiffEntry[], at: number, next: number): Buffer {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  const head = Buffer.alloc(2 + sorted.length * 12 + 4);
  head.writeUInt16BE(sorted.length, 0);
  const extra: Buffer[] = [];
  let dataAt = at + head.length;
  sorted.forEach((e, i) => {
    const o = 2 + i * 12;
    head.writeUInt16BE(e.tag, o);
    head.writeUInt16BE(e.type, o + 2);
    head.writeUInt32BE(e.count, o + 4);
    if (e.value.length <= 4) e.value.copy(head, o + 8);
    else {
      head.writeUInt32BE(dataAt, o + 8);
      const padded = Buffer.concat([e.value, Buffer.alloc(e.value.length % 2)]);
      extra.push(padded);
      dataAt += padded.length;
    }
  });
  head.writeUInt32BE(next, head.length - 4);
  return Buffer.concat([head, ...extra]);
}

/**
 * An EXIF APP1 payload as a camera writes it: Make, Model, ModifyDate, DateTimeOriginal (equal unless
 * `modified` is given) and an IFD1 preview thumbnail.
 */
export function cameraExifWithThumbnail(thumbnail: Buffer, options: { taken?: string; modified?: string } = {}): Buffer {
  const taken = options.taken ?? '2026:06:12 10:15:00';
  const size = (entries: TiffEntry[]) => ifdBytes(entries, 0, 0).length;
  const exifEntries = [ascii(0x9003, taken)];
  const ifd0Entries = [ascii(0x10f, 'Canon'), ascii(0x110, 'Canon EOS 250D'), ascii(0x132, options.modified ?? taken), long(0x8769, 0)];
  const ifd0At = 8;
  const exifAt = ifd0At + size(ifd0Entries);
  const ifd1At = exifAt + size(exifEntries);
  const ifd1Entries = [long(0x201, 0), long(0x202, thumbnail.length)];
  const thumbAt = ifd1At + size(ifd1Entries);
  ifd0Entries[3] = long(0x8769, exifAt);
  ifd1Entries[0] = long(0x201, thumbAt);
  const header = Buffer.from('MM\0*\0\0\0\x08', 'latin1');
  const tiff = Buffer.concat([header, ifdBytes(ifd0Entries, ifd0At, ifd1At), ifdBytes(exifEntries, exifAt, 0), ifdBytes(ifd1Entries, ifd1At, 0), thumbnail]);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/** A camera-style JPEG (see cameraExifWithThumbnail) whose preview is made from `previewOf`. */
export async function cameraJpegWithPreview(image: Sharp, previewOf: Sharp, dates: { taken?: string; modified?: string } = {}): Promise<Buffer> {
  const main = await image.jpeg({ quality: 85 }).toBuffer();
  const thumb = await previewOf.resize(160, 120, { fit: 'fill' }).jpeg({ quality: 80 }).toBuffer();
  return insertSegment(main, 0xe1, cameraExifWithThumbnail(thumb, dates));
}

/** An EXIF APP1 payload with Make, Orientation and an IFD1 preview thumbnail (big-endian TIFF). */
export function exifWithThumbnail(thumbnail: Buffer, orientation = 1): Buffer {
  const make = Buffer.from('Canon\0', 'latin1');
  // Layout: header(8) IFD0 at 8: 2 entries → 2+24+4 = 30 → make at 38, IFD1 at 44: 2 entries → 30 → thumb at 74.
  const tiff = Buffer.alloc(74 + thumbnail.length);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(2, 8);
  entry(tiff, 10, 0x10f, 2, make.length, 38);
  entry(tiff, 22, 0x112, 3, 1, orientation << 16);
  tiff.writeUInt32BE(44, 34);
  make.copy(tiff, 38);
  tiff.writeUInt16BE(2, 44);
  entry(tiff, 46, 0x201, 4, 1, 74);
  entry(tiff, 58, 0x202, 4, 1, thumbnail.length);
  tiff.writeUInt32BE(0, 70);
  thumbnail.copy(tiff, 74);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

function entry(buffer: Buffer, at: number, tag: number, type: number, count: number, value: number): void {
  buffer.writeUInt16BE(tag, at);
  buffer.writeUInt16BE(type, at + 2);
  buffer.writeUInt32BE(count, at + 4);
  buffer.writeUInt32BE(value >>> 0, at + 8);
}

/** A JPEG whose embedded preview is made from `previewOf` (the original) while the image is `image`. */
export async function jpegWithPreview(image: Sharp, previewOf: Sharp): Promise<Buffer> {
  const main = await image.jpeg({ quality: 85 }).toBuffer();
  const thumb = await previewOf.resize(160, 120, { fit: 'fill' }).jpeg({ quality: 80 }).toBuffer();
  return insertSegment(main, 0xe1, exifWithThumbnail(thumb));
}

export function box(type: string, ...children: Buffer[]): Buffer {
  const body = Buffer.concat(children);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

/** A minimal MP4 (ftyp, mdat, moov) with the location in udta/©xyz and/or Apple mdta keys. */
/** A Nikon MOV's NCTG records (big-endian tag, EXIF format, count, value): the camera's make and, given, its GPS. */
export function nikonTags(gps?: { latitude: number; longitude: number }): Buffer {
  const record = (tag: number, format: number, count: number, value: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(tag, 0);
    head.writeUInt16BE(format, 4);
    head.writeUInt16BE(count, 6);
    return Buffer.concat([head, value]);
  };
  const dms = (degrees: number) => {
    const value = Buffer.alloc(24);
    const whole = Math.floor(Math.abs(degrees));
    const minutes = (Math.abs(degrees) - whole) * 60;
    value.writeUInt32BE(whole, 0);
    value.writeUInt32BE(1, 4);
    value.writeUInt32BE(Math.round(minutes * 10_000), 8);
    value.writeUInt32BE(10_000, 12);
    value.writeUInt32BE(0, 16);
    value.writeUInt32BE(1, 20);
    return value;
  };
  const records = [record(0x01, 2, 6, Buffer.from('NIKON\0', 'latin1'))];
  if (gps) {
    records.push(
      record(0x1200000, 1, 4, Buffer.from([2, 3, 0, 0])),
      record(0x1200001, 2, 2, Buffer.from(gps.latitude < 0 ? 'S\0' : 'N\0', 'latin1')),
      record(0x1200002, 5, 3, dms(gps.latitude)),
      record(0x1200003, 2, 2, Buffer.from(gps.longitude < 0 ? 'W\0' : 'E\0', 'latin1')),
      record(0x1200004, 5, 3, dms(gps.longitude)),
    );
  }
  records.push(record(0x02, 2, 16, Buffer.from('COOLPIX W300\0\0\0\0', 'latin1')));
  return Buffer.concat(records);
}

export function mp4(options: { xyz?: string; xyzLength?: number; appleLocation?: string; appleKeys?: [string, string][]; nikon?: Buffer }): Buffer {
  const children: Buffer[] = [box('mvhd', Buffer.alloc(100))];
  if (options.nikon) children.push(box('udta', box('NCDT', box('NCTG', options.nikon))));
  if (options.xyz) {
    const value = Buffer.from(options.xyz, 'utf8');
    const head = Buffer.alloc(4);
    head.writeUInt16BE(options.xyzLength ?? value.length, 0);
    head.writeUInt16BE(0x15c7, 2);
    children.push(box('udta', box('\xA9xyz', head, value)));
  }
  const apple: [string, string][] = [...(options.appleLocation ? ([['com.apple.quicktime.location.ISO6709', options.appleLocation]] as [string, string][]) : []), ...(options.appleKeys ?? [])];
  if (apple.length) {
    const count = Buffer.alloc(8);
    count.writeUInt32BE(apple.length, 4);
    const keyBoxes = apple.map(([name]) => {
      const key = Buffer.from(`mdta${name}`, 'latin1');
      const keyHead = Buffer.alloc(4);
      keyHead.writeUInt32BE(8 + key.length - 4, 0);
      return Buffer.concat([keyHead, key]);
    });
    const keys = box('keys', count, ...keyBoxes);
    const items = apple.map(([, value], i) => {
      const item = Buffer.alloc(4);
      item.writeUInt32BE(i + 1, 0);
      return box(item.toString('latin1'), box('data', Buffer.from([0, 0, 0, 1, 0, 0, 0, 0]), Buffer.from(value, 'utf8')));
    });
    children.push(box('meta', box('hdlr', Buffer.alloc(25)), keys, box('ilst', ...items)));
  }
  return Buffer.concat([box('ftyp', Buffer.from('isom\0\0\0\0isomiso2mp41', 'latin1')), box('mdat', Buffer.alloc(2048, 7)), box('moov', ...children)]);
}

/** A fragmented MP4 as a screen recorder writes one: the moov first, then a moof and an mdat box per fragment. */
export function fragmentedMp4(moov: Buffer, fragments: number, mdatBytes: number): Buffer {
  const pairs: Buffer[] = [];
  for (let i = 0; i < fragments; i++) pairs.push(box('moof', box('mfhd', Buffer.alloc(8))), box('mdat', Buffer.alloc(mdatBytes, 3)));
  return Buffer.concat([moov, ...pairs]);
}

/** XMP that Photoshop bloats with every document it was ever pasted from (photoshop:DocumentAncestors), about `bytes` long. */
export function ancestorsXmp(body: string, bytes: number): string {
  const count = Math.ceil(bytes / 56);
  const ancestors = Array.from({ length: count }, (_, i) => `<rdf:li>xmp.did:${String(i).padStart(32, '0')}</rdf:li>`).join('');
  return xmpPacket(`${body}<photoshop:DocumentAncestors><rdf:Bag>${ancestors}</rdf:Bag></photoshop:DocumentAncestors>`);
}

/** 16- and 32-bit unsigned numbers as bytes in one byte order, for the TIFF builders. */
function byteOrder(little: boolean) {
  const u16 = (n: number) => {
    const b = Buffer.alloc(2);
    if (little) b.writeUInt16LE(n, 0);
    else b.writeUInt16BE(n, 0);
    return b;
  };
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    if (little) b.writeUInt32LE(n >>> 0, 0);
    else b.writeUInt32BE(n >>> 0, 0);
    return b;
  };
  return { u16, u32 };
}

/** A TIFF/EXIF structure with IFD0 (Make) and a GPS directory, in either byte order. */
export function gpsTiff(options: { little?: boolean; latRef?: string; lonRef?: string; lat?: [number, number][]; lon?: [number, number][]; signed?: boolean; pointerType?: number; lonText?: string; lonShorts?: number[] } = {}): Buffer {
  const little = options.little ?? false;
  const { u16, u32 } = byteOrder(little);
  const i32 = (n: number) => {
    const b = Buffer.alloc(4);
    if (little) b.writeInt32LE(n, 0);
    else b.writeInt32BE(n, 0);
    return b;
  };
  const rationals = (pairs: [number, number][]) => Buffer.concat(pairs.flatMap(([n, d]) => (options.signed ? [i32(n), i32(d)] : [u32(n), u32(d)])));
  type Entry = [tag: number, type: number, count: number, value: Buffer];
  const text = (tag: number, value: string): Entry => [tag, 2, value.length + 1, Buffer.from(`${value}\0`, 'latin1')];
  const gps: Entry[] = [];
  if (options.latRef !== '') gps.push(text(1, options.latRef ?? 'N'));
  gps.push([2, options.signed ? 10 : 5, 3, rationals(options.lat ?? [[54, 1], [35, 1], [1200, 100]])]);
  if (options.lonRef !== '') gps.push(text(3, options.lonRef ?? 'W'));
  // A writer's mistake ExifTool still reads: the longitude as text, or as whole numbers.
  if (options.lonText !== undefined) gps.push(text(4, options.lonText));
  else if (options.lonShorts) gps.push([4, 3, options.lonShorts.length, Buffer.concat(options.lonShorts.map((n) => u16(n)))]);
  else gps.push([4, options.signed ? 10 : 5, 3, rationals(options.lon ?? [[3, 1], [8, 1], [2400, 100]])]);
  const make = text(0x10f, 'Canon');
  const ifd0At = 8;
  const ifd0Size = 2 + 2 * 12 + 4;
  const makeAt = ifd0At + ifd0Size;
  const gpsAt = makeAt + make[3].length + (make[3].length % 2);
  const directory = (entries: Entry[], at: number): Buffer => {
    let dataAt = at + 2 + entries.length * 12 + 4;
    const head: Buffer[] = [u16(entries.length)];
    const extra: Buffer[] = [];
    for (const [tag, type, count, value] of entries) {
      head.push(u16(tag), u16(type), u32(count));
      if (value.length <= 4) head.push(Buffer.concat([value, Buffer.alloc(4 - value.length)]));
      else {
        head.push(u32(dataAt));
        extra.push(value);
        dataAt += value.length;
      }
    }
    return Buffer.concat([...head, u32(0), ...extra]);
  };
  const ifd0 = Buffer.concat([u16(2), u16(0x10f), u16(2), u32(make[2]), u32(makeAt), u16(0x8825), u16(options.pointerType ?? 4), u32(1), ...(options.pointerType === 3 ? [u16(gpsAt), u16(0)] : options.pointerType === 1 ? [Buffer.from([gpsAt, 0, 0, 0])] : [u32(gpsAt)]), u32(0)]);
  const header = Buffer.concat([Buffer.from(little ? 'II' : 'MM', 'latin1'), u16(42), u32(ifd0At)]);
  return Buffer.concat([header, ifd0, make[3], Buffer.alloc(make[3].length % 2), directory(gps, gpsAt)]);
}

/**
 * A big-endian TIFF structure whose GPS directory is the last thing in it and ends `tail` (0 or 2)
 * bytes into the next-IFD offset that should follow, as libpng's pngtest.png ends its EXIF directory.
 */
export function gpsLastTiff(tail: 0 | 2): Buffer {
  const { u16, u32 } = byteOrder(false);
  const ifd0 = Buffer.concat([u16(1), u16(0x8825), u16(4), u32(1), u32(74), u32(0)]);
  const values = Buffer.concat([54, 1, 35, 1, 1200, 100, 3, 1, 8, 1, 2400, 100].map((n) => u32(n)));
  const entry = (tag: number, type: number, count: number, value: Buffer) => Buffer.concat([u16(tag), u16(type), u32(count), value]);
  const gps = Buffer.concat([u16(4), entry(1, 2, 2, Buffer.from('N\0\0\0', 'latin1')), entry(2, 5, 3, u32(26)), entry(3, 2, 2, Buffer.from('W\0\0\0', 'latin1')), entry(4, 5, 3, u32(50)), Buffer.alloc(tail)]);
  return Buffer.concat([Buffer.from('MM\0*', 'latin1'), u32(8), ifd0, values, gps]);
}

/**
 * A big-endian TIFF structure whose IFD0 repeats the GPS pointer: the first points to a directory
 * holding a position, the last to one holding only GPSVersionID.
 */
export function repeatedGpsPointerTiff(): Buffer {
  const { u16, u32 } = byteOrder(false);
  const entry = (tag: number, type: number, count: number, value: Buffer) => Buffer.concat([u16(tag), u16(type), u32(count), value]);
  // IFD0 at 8: 3 entries (42 bytes) → 50; the position's values at 50 (48 bytes) → 98; its directory at 98 (54 bytes) → 152; the empty one at 152.
  const ifd0 = Buffer.concat([u16(3), entry(0x10f, 2, 4, Buffer.from('Cam\0', 'latin1')), entry(0x8825, 4, 1, u32(98)), entry(0x8825, 4, 1, u32(152)), u32(0)]);
  const values = Buffer.concat([54, 1, 35, 1, 1200, 100, 3, 1, 8, 1, 2400, 100].map((n) => u32(n)));
  const position = Buffer.concat([u16(4), entry(1, 2, 2, Buffer.from('N\0\0\0', 'latin1')), entry(2, 5, 3, u32(50)), entry(3, 2, 2, Buffer.from('W\0\0\0', 'latin1')), entry(4, 5, 3, u32(74)), u32(0)]);
  const versionOnly = Buffer.concat([u16(1), entry(0, 1, 4, Buffer.from([2, 3, 0, 0])), u32(0)]);
  return Buffer.concat([Buffer.from('MM\0*', 'latin1'), u32(8), ifd0, values, position, versionOnly]);
}

/** An APP1 EXIF payload: "Exif\0" + `sixth` (normally NUL) + the TIFF structure. */
export function exifPayload(tiff: Buffer, sixth = 0): Buffer {
  return Buffer.concat([Buffer.from('Exif\0', 'latin1'), Buffer.from([sixth]), tiff]);
}

/** JPEG XMP split into extended-XMP APP1 segments (GUID = MD5 of the packet), after a main packet naming it. */
export function extendedXmpSegments(packet: string, chunk = 300): Buffer[] {
  const data = Buffer.from(packet, 'utf8');
  const guid = createHash('md5').update(data).digest('hex').toUpperCase();
  const main = xmpPacket(`<xmpNote:HasExtendedXMP xmlns:xmpNote="http://ns.adobe.com/xmp/note/">${guid}</xmpNote:HasExtendedXMP>`);
  const segments = [Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(main, 'utf8')])];
  for (let offset = 0; offset < data.length; offset += chunk) {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.writeUInt32BE(offset, 4);
    segments.push(Buffer.concat([Buffer.from('http://ns.adobe.com/xmp/extension/\0', 'latin1'), Buffer.from(guid, 'latin1'), head, data.subarray(offset, offset + chunk)]));
  }
  return segments;
}

/** Adds segments after the JPEG's own APPn segments (so after its JFIF and EXIF), in the order given. */
export function withSegments(jpegBytes: Buffer, ...segments: [marker: number, payload: Buffer][]): Buffer {
  let at = 2;
  while (jpegBytes[at] === 0xff && jpegBytes[at + 1]! >= 0xe0 && jpegBytes[at + 1]! <= 0xef) at += 2 + jpegBytes.readUInt16BE(at + 2);
  const added = segments.map(([marker, payload]) => {
    const header = Buffer.from([0xff, marker, 0, 0]);
    header.writeUInt16BE(payload.length + 2, 2);
    return Buffer.concat([header, payload]);
  });
  return Buffer.concat([jpegBytes.subarray(0, at), ...added, jpegBytes.subarray(at)]);
}

function fullBox(type: string, version: number, flags: number, ...children: Buffer[]): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(((version & 0xff) << 24) | (flags & 0xffffff), 0);
  return box(type, head, ...children);
}

export interface HeifItemSpec {
  type: 'Exif' | 'xmp' | 'hvc1';
  data: Buffer;
  /** Where the bytes go: the mdat (default), the meta box's idat, or the mdat in two extents. */
  store?: 'mdat' | 'idat' | 'split';
  /** Write the extent length as 0 (ExifTool's way of emptying an item). */
  zeroLength?: boolean;
  /** The XMP item's content_encoding (e.g. "deflate"); the data is given already encoded. */
  encoding?: string;
}

/**
 * A HEIF file as a phone writes one (ftyp, meta with hdlr/pitm/iinf/iloc/iprp/idat, mdat): item 1
 * is the picture (its bytes are not a real HEVC stream: nothing here decodes it), the others as given.
 */
export function heif(items: HeifItemSpec[], options: { width?: number; height?: number; brand?: string } = {}): Buffer {
  const all: HeifItemSpec[] = [{ type: 'hvc1', data: Buffer.alloc(512, 0x5a) }, ...items];
  const infe = all.map((item, i) => {
    const id = Buffer.alloc(4);
    id.writeUInt16BE(i + 1, 0);
    const type = item.type === 'xmp' ? 'mime' : item.type;
    const extra = item.type === 'xmp' ? Buffer.from(`\0application/rdf+xml\0${item.encoding ? `${item.encoding}\0` : ''}`, 'latin1') : Buffer.from('\0', 'latin1');
    return fullBox('infe', 2, 0, id, Buffer.from(type, 'latin1'), extra);
  });
  const count = Buffer.alloc(2);
  count.writeUInt16BE(all.length, 0);
  const iinf = fullBox('iinf', 0, 0, count, ...infe);
  const pitm = fullBox('pitm', 0, 0, Buffer.from([0, 1]));
  const hdlr = fullBox('hdlr', 0, 0, Buffer.alloc(4), Buffer.from('pict', 'latin1'), Buffer.alloc(13));
  const ispe = fullBox('ispe', 0, 0, Buffer.from([0, 0, (options.width ?? 640) >> 8, (options.width ?? 640) & 255, 0, 0, (options.height ?? 480) >> 8, (options.height ?? 480) & 255]));
  const ipma = fullBox('ipma', 0, 0, Buffer.from([0, 0, 0, 1, 0, 1, 1, 0x81]));
  const iprp = box('iprp', box('ipco', ispe), ipma);
  const idatData = Buffer.concat(all.filter((i) => i.store === 'idat').map((i) => i.data));
  // iloc v1, offset/length/base sizes 4/4/0, then the items; its size does not depend on the offsets.
  const ilocFor = (mdatDataAt: number) => {
    const rows: Buffer[] = [];
    let mdatOffset = mdatDataAt;
    let idatOffset = 0;
    all.forEach((item, i) => {
      const extents: [number, number][] = [];
      if (item.store === 'idat') {
        extents.push([idatOffset, item.data.length]);
        idatOffset += item.data.length;
      } else if (item.store === 'split') {
        const half = Math.floor(item.data.length / 2);
        extents.push([mdatOffset, half], [mdatOffset + half, item.data.length - half]);
        mdatOffset += item.data.length;
      } else {
        extents.push([mdatOffset, item.zeroLength ? 0 : item.data.length]);
        mdatOffset += item.data.length;
      }
      const row = Buffer.alloc(8 + extents.length * 8);
      row.writeUInt16BE(i + 1, 0);
      row.writeUInt16BE(item.store === 'idat' ? 1 : 0, 2);
      row.writeUInt16BE(0, 4);
      row.writeUInt16BE(extents.length, 6);
      extents.forEach(([offset, length], e) => {
        row.writeUInt32BE(offset, 8 + e * 8);
        row.writeUInt32BE(length, 12 + e * 8);
      });
      rows.push(row);
    });
    const head = Buffer.from([0x44, 0x00, 0, all.length]);
    return fullBox('iloc', 1, 0, head, ...rows);
  };
  const ftyp = box('ftyp', Buffer.from(`${options.brand ?? 'heic'}\0\0\0\0mif1heic`, 'latin1'));
  const metaFor = (mdatDataAt: number) => fullBox('meta', 0, 0, hdlr, pitm, iinf, ilocFor(mdatDataAt), iprp, ...(idatData.length ? [box('idat', idatData)] : []));
  const mdatDataAt = ftyp.length + metaFor(0).length + 8;
  const mdat = box('mdat', ...all.filter((i) => i.store !== 'idat').map((i) => i.data));
  return Buffer.concat([ftyp, metaFor(mdatDataAt), mdat]);
}

/** A HEIF Exif item's bytes: the 4-byte offset to the TIFF header, "Exif\0\0", the TIFF structure. */
export function heifExifItem(tiff: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0, 0, 0, 6]), Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/** A big-endian EXIF payload from a Canon camera: Make, and the owner's name in the Canon maker note (tag 9). */
export function canonOwnerExif(owner: string): Buffer {
  const name = Buffer.from(`${owner}\0`, 'latin1');
  const make = Buffer.from('Canon\0', 'latin1');
  // Layout: IFD0 at 8 (2 entries: 30 bytes) -> Make at 38 -> Exif IFD at 44 (1 entry: 18 bytes)
  // -> maker note at 62 (1 entry: 18 bytes) -> owner at 80.
  const tiff = Buffer.alloc(80 + name.length);
  tiff.write('MM\0*', 0, 'latin1');
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(2, 8);
  entry(tiff, 10, 0x10f, 2, make.length, 38);
  entry(tiff, 22, 0x8769, 4, 1, 44);
  make.copy(tiff, 38);
  tiff.writeUInt16BE(1, 44);
  entry(tiff, 46, 0x927c, 7, 18 + name.length, 62);
  tiff.writeUInt16BE(1, 62);
  entry(tiff, 64, 0x0009, 2, name.length, 80);
  name.copy(tiff, 80);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/**
 * A big-endian EXIF payload whose GPS pointer sits where it does not belong: in the EXIF directory
 * or in IFD1 (ExifTool follows it from either). GPS 54°35'N 3°8'W.
 */
export function misplacedGpsExif(where: 'exif' | 'ifd1'): Buffer {
  const b = Buffer.alloc(248);
  b.write('MM\0*', 0, 'latin1');
  b.writeUInt32BE(8, 4);
  b.writeUInt16BE(2, 8);
  entry(b, 10, 0x10f, 2, 6, 100);
  entry(b, 22, 0x8769, 4, 1, 40);
  b.writeUInt32BE(where === 'ifd1' ? 60 : 0, 34);
  b.write('Canon\0', 100, 'latin1');
  b.writeUInt16BE(1, 40);
  if (where === 'exif') entry(b, 42, 0x8825, 4, 1, 120);
  else entry(b, 42, 0x9003, 2, 1, 0);
  b.writeUInt16BE(1, 60);
  entry(b, 62, 0x8825, 4, 1, 120);
  b.writeUInt16BE(4, 120);
  entry(b, 122, 1, 2, 2, 0x4e000000);
  entry(b, 134, 2, 5, 3, 200);
  entry(b, 146, 3, 2, 2, 0x57000000);
  entry(b, 158, 4, 5, 3, 224);
  [54, 1, 35, 1, 0, 1].forEach((n, i) => b.writeUInt32BE(n, 200 + i * 4));
  [3, 1, 8, 1, 0, 1].forEach((n, i) => b.writeUInt32BE(n, 224 + i * 4));
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), b]);
}

/** A PNG chunk with its length and CRC (the cleaner's own builder; sharp's decoder checks the CRC). */
export const pngChunk = buildPngChunk;

/** A PNG text chunk: tEXt, zTXt, or iTXt (compressed or not). */
export function pngTextChunk(type: 'tEXt' | 'zTXt' | 'iTXt', keyword: string, value: Buffer, compressed = type === 'zTXt'): Buffer {
  const key = Buffer.from(`${keyword}\0`, 'latin1');
  if (type === 'tEXt') return pngChunk(type, Buffer.concat([key, value]));
  if (type === 'zTXt') return pngChunk(type, Buffer.concat([key, Buffer.from([0]), deflateSync(value)]));
  return pngChunk(type, Buffer.concat([key, Buffer.from([compressed ? 1 : 0, 0, 0, 0]), compressed ? deflateSync(value) : value]));
}

/** ImageMagick's (and ExifTool's) hex text for a "Raw profile type …" chunk. */
export function rawProfileText(name: string, data: Buffer): Buffer {
  const hex = data.toString('hex').replace(/(.{72})/g, '$1\n');
  return Buffer.from(`\n${name}\n${String(data.length).padStart(8)}\n${hex}\n`, 'latin1');
}

/** Chunks inserted right after a PNG's IHDR. */
export function withPngChunks(png: Buffer, ...chunks: Buffer[]): Buffer {
  const afterIhdr = 8 + 12 + png.readUInt32BE(8);
  return Buffer.concat([png.subarray(0, afterIhdr), ...chunks, png.subarray(afterIhdr)]);
}

/** Photoshop image resources holding IPTC datasets and an IPTCDigest, as ExifTool writes them into PNG. */
export function photoshopIptc(datasets: [number, string][]): Buffer {
  const app13 = iptcApp13(datasets).subarray('Photoshop 3.0\0'.length);
  const digest = Buffer.concat([Buffer.from('8BIM', 'latin1'), Buffer.from([0x04, 0x25, 0, 0, 0, 0, 0, 16]), Buffer.alloc(16, 0xab)]);
  return Buffer.concat([app13, digest]);
}

/** A GIF with an XMP packet in an "XMP DataXMP" application extension before its image, as ExifTool writes it. */
export async function gifWithXmp(packet: string): Promise<Buffer> {
  const gif = await (await scene(48, 32)).gif().toBuffer();
  const flags = gif[10]!;
  const afterHeader = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  const trailer = Buffer.from([0x01, ...Array.from({ length: 256 }, (_, i) => 255 - i), 0x00]);
  const extension = Buffer.concat([Buffer.from([0x21, 0xff, 0x0b]), Buffer.from('XMP DataXMP', 'latin1'), Buffer.from(packet, 'utf8'), trailer]);
  return Buffer.concat([gif.subarray(0, afterHeader), extension, gif.subarray(afterHeader)]);
}

/**
 * A big-endian EXIF payload whose camera serial number is only in the maker note, laid out as each
 * maker writes it: Nikon (type 2, its own TIFF header; the serial in 0x001d, or 0x00a0 on older
 * bodies such as the D70), Olympus (new style: an Equipment directory, offsets from the note; the
 * E-1: old header, the Equipment directory stored as bytes, offsets from the EXIF TIFF header),
 * Panasonic (offsets from the EXIF TIFF header, the serial padded with NULs), Canon (a plain
 * directory, the serial an int32u in tag 0x000c), Motorola ("MOT\0", offsets from the note) and
 * Sigma ("SIGMA\0\0\0", offsets from the EXIF TIFF header).
 */
export function makerNoteSerialExif(maker: 'nikon' | 'nikon-old' | 'olympus' | 'olympus-e1' | 'panasonic' | 'canon' | 'motorola' | 'sigma', serial: string, model?: string): Buffer {
  const make = { nikon: 'NIKON CORPORATION', 'nikon-old': 'NIKON CORPORATION', olympus: 'OLYMPUS IMAGING CORP.', 'olympus-e1': 'OLYMPUS CORPORATION', panasonic: 'Panasonic', canon: 'Canon', motorola: 'Motorola', sigma: 'SIGMA' }[maker];
  const ifd0 = (exifAt: number) => ifdBytes([ascii(0x10f, make), ...(model ? [ascii(0x110, model)] : []), long(0x8769, exifAt)], 8, 0);
  const exifAt = 8 + ifd0(0).length;
  const noteAt = exifAt + 18; // one entry: 2 + 12 + 4 bytes, then its value
  let note: Buffer;
  if (maker === 'nikon' || maker === 'nikon-old') {
    note = Buffer.concat([Buffer.from('Nikon\0\x02\x10\0\0MM\0*\0\0\0\x08', 'latin1'), ifdBytes([ascii(maker === 'nikon' ? 0x001d : 0x00a0, serial)], 8, 0)]);
  } else if (maker === 'olympus') {
    const main = ifdBytes([long(0x2010, 0)], 12, 0);
    note = Buffer.concat([Buffer.from('OLYMPUS\0MM\0\x03', 'latin1'), ifdBytes([long(0x2010, 12 + main.length)], 12, 0), ifdBytes([ascii(0x0101, serial)], 12 + main.length, 0)]);
  } else if (maker === 'olympus-e1') {
    const equipment = ifdBytes([ascii(0x0101, serial.padEnd(31))], noteAt + 8 + 18, 0);
    note = Buffer.concat([Buffer.from('OLYMP\0\x02\0', 'latin1'), ifdBytes([{ tag: 0x2010, type: 7, count: equipment.length, value: equipment }], noteAt + 8, 0)]);
  } else if (maker === 'canon') {
    note = ifdBytes([long(0x000c, Number(serial))], noteAt, 0);
  } else if (maker === 'motorola') {
    note = Buffer.concat([Buffer.from('MOT\0\x01\x01\x01\x01', 'latin1'), ifdBytes([ascii(0x5501, serial)], 8, 0)]);
  } else if (maker === 'sigma') {
    note = Buffer.concat([Buffer.from('SIGMA\0\0\0\x01\0', 'latin1'), ifdBytes([ascii(0x0002, serial)], noteAt + 10, 0)]);
  } else {
    const value = Buffer.alloc(16);
    value.write(serial, 2, 'latin1');
    note = Buffer.concat([Buffer.from('Panasonic\0\0\0', 'latin1'), ifdBytes([{ tag: 0x0025, type: 7, count: 16, value }], noteAt + 12, 0)]);
  }
  const exif = ifdBytes([{ tag: 0x927c, type: 7, count: note.length, value: note }], exifAt, 0);
  return Buffer.concat([Buffer.from('Exif\0\0MM\0*\0\0\0\x08', 'latin1'), ifd0(exifAt), exif]);
}

/**
 * EXIF from a Panasonic camera whose maker note names places (from its landmark database: tags
 * 0x67–0x80, 72 bytes each), a baby's name (0x66) and recognised faces (FaceRecInfo, 0x61: a count,
 * then per face a 20-byte name, its position and a 20-byte age).
 */
export function panasonicNamesExif(options: { places?: [tag: number, text: string][]; baby?: string; faces?: string[] }): Buffer {
  const ifd0 = (exifAt: number) => ifdBytes([ascii(0x10f, 'Panasonic'), long(0x8769, exifAt)], 8, 0);
  const exifAt = 8 + ifd0(0).length;
  const noteAt = exifAt + 18;
  const text = (tag: number, value: string, size: number): TiffEntry => {
    const bytes = Buffer.alloc(size);
    bytes.write(value, 'latin1');
    return { tag, type: 7, count: size, value: bytes };
  };
  const entries = (options.places ?? []).map(([tag, value]) => text(tag, value, 72));
  if (options.baby) entries.push(text(0x66, options.baby, 64));
  if (options.faces) {
    const info = Buffer.alloc(4 + 48 * 3);
    info.writeUInt16BE(options.faces.length, 0);
    options.faces.forEach((name, i) => {
      info.write(name, 4 + 48 * i, 'latin1');
      info.writeUInt16BE(100 + i, 24 + 48 * i);
      info.write('0009:03:01 00:00:00', 32 + 48 * i, 'latin1');
    });
    entries.push({ tag: 0x61, type: 7, count: info.length, value: info });
  }
  const note = Buffer.concat([Buffer.from('Panasonic\0\0\0', 'latin1'), ifdBytes(entries, noteAt + 12, 0)]);
  const exif = ifdBytes([{ tag: 0x927c, type: 7, count: note.length, value: note }], exifAt, 0);
  return Buffer.concat([Buffer.from('Exif\0\0MM\0*\0\0\0\x08', 'latin1'), ifd0(exifAt), exif]);
}

/**
 * A multi-picture file (MPO, CIPA DC-007) as 3D cameras and phones with depth or HDR maps write it:
 * the first JPEG gains an APP2 "MPF" index, the further JPEGs follow its end. Offsets in the index
 * count from its TIFF header; `badOffset` points the second entry at nothing.
 */
export function mpo(first: Buffer, others: Buffer[], options: { little?: boolean; badOffset?: boolean } = {}): Buffer {
  const little = options.little ?? false;
  const n = 1 + others.length;
  const index = Buffer.alloc(8 + 2 + 3 * 12 + 4 + 16 * n);
  const u16 = (v: number, at: number) => (little ? index.writeUInt16LE(v, at) : index.writeUInt16BE(v, at));
  const u32 = (v: number, at: number) => (little ? index.writeUInt32LE(v, at) : index.writeUInt32BE(v, at));
  index.write(little ? 'II' : 'MM', 0, 'latin1');
  u16(42, 2);
  u32(8, 4);
  u16(3, 8);
  const entry = (i: number, tag: number, type: number, count: number, value: number | Buffer) => {
    const at = 10 + i * 12;
    u16(tag, at);
    u16(type, at + 2);
    u32(count, at + 4);
    if (Buffer.isBuffer(value)) value.copy(index, at + 8);
    else u32(value, at + 8);
  };
  const listAt = 10 + 36 + 4;
  entry(0, 0xb000, 7, 4, Buffer.from('0100', 'latin1'));
  entry(1, 0xb001, 4, 1, n);
  entry(2, 0xb002, 7, 16 * n, listAt);
  const segmentLength = 4 + 4 + index.length;
  const firstLength = first.length + segmentLength;
  const indexAt = 2 + 4 + 4; // SOI, the segment's marker and length, "MPF\0"
  let at = firstLength;
  const sizes = [firstLength, ...others.map((o) => o.length)];
  for (let i = 0; i < n; i++) {
    const e = listAt + i * 16;
    u32(i === 0 ? 0x20030000 : 0x00020002, e);
    u32(sizes[i]!, e + 4);
    u32(i === 0 ? 0 : options.badOffset && i === 1 ? 0x7fffff00 : at - indexAt, e + 8);
    if (i > 0) at += sizes[i]!;
  }
  const segment = Buffer.concat([Buffer.from([0xff, 0xe2, 0, 0]), Buffer.from('MPF\0', 'latin1'), index]);
  segment.writeUInt16BE(segmentLength - 2, 2);
  return Buffer.concat([first.subarray(0, 2), segment, first.subarray(2), ...others]);
}

/** One TIFF directory entry for `tiffBlock`: its value already in the block's byte order. */
export interface TiffField {
  tag: number;
  type: number;
  count: number;
  value: Buffer;
}

/** Field builders in one byte order (Canon writes its CR3 blocks little-endian). */
export function tiffFields(little = true) {
  const { u32 } = byteOrder(little);
  return {
    ascii: (tag: number, text: string): TiffField => ({ tag, type: 2, count: Buffer.byteLength(text) + 1, value: Buffer.from(`${text}\0`, 'utf8') }),
    bytes: (tag: number, bytes: number[]): TiffField => ({ tag, type: 1, count: bytes.length, value: Buffer.from(bytes) }),
    rationals: (tag: number, pairs: [number, number][]): TiffField => ({ tag, type: 5, count: pairs.length, value: Buffer.concat(pairs.flatMap(([n, d]) => [u32(n), u32(d)])) }),
    /** The GPS directory's fields for degrees/minutes/seconds positions ("N"/"S", "E"/"W"). */
    gps: (lat: [number, number, number], latRef: string, lon: [number, number, number], lonRef: string): TiffField[] => {
      const dms = (v: [number, number, number]): [number, number][] => [[v[0], 1], [v[1], 1], [Math.round(v[2] * 100), 100]];
      const f = tiffFields(little);
      return [f.bytes(0, [2, 3, 0, 0]), f.ascii(1, latRef), f.rationals(2, dms(lat)), f.ascii(3, lonRef), f.rationals(4, dms(lon))];
    },
  };
}

/** A whole TIFF structure ("II*\0" header) whose IFD0 holds `fields`, as a CR3 CMT block does. */
export function tiffBlock(fields: TiffField[], little = true): Buffer {
  const { u16, u32 } = byteOrder(little);
  const sorted = [...fields].sort((a, b) => a.tag - b.tag);
  let dataAt = 8 + 2 + sorted.length * 12 + 4;
  const entries: Buffer[] = [u16(sorted.length)];
  const extra: Buffer[] = [];
  for (const f of sorted) {
    entries.push(u16(f.tag), u16(f.type), u32(f.count));
    if (f.value.length <= 4) entries.push(Buffer.concat([f.value, Buffer.alloc(4 - f.value.length)]));
    else {
      entries.push(u32(dataAt));
      const padded = Buffer.concat([f.value, Buffer.alloc(f.value.length % 2)]);
      extra.push(padded);
      dataAt += padded.length;
    }
  }
  return Buffer.concat([Buffer.from(little ? 'II*\0' : 'MM\0*', 'latin1'), u32(8), ...entries, u32(0), ...extra]);
}

export const CANON_UUID = Buffer.from('85c0b687820f11e08111f4ce462b6a48', 'hex');
export const XMP_UUID = Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex');

/**
 * A Canon CR3 as the EOS R cameras lay one out (ftyp 'crx ', moov with Canon's uuid box holding
 * CNCV and the CMT1-4 TIFF blocks, then mvhd; the XMP uuid box; mdat), with only the blocks given.
 */
export function cr3(blocks: { CMT1?: Buffer; CMT2?: Buffer; CMT3?: Buffer; CMT4?: Buffer; xmp?: string }): Buffer {
  const cmt = (['CMT1', 'CMT2', 'CMT3', 'CMT4'] as const).flatMap((name) => (blocks[name] ? [box(name, blocks[name])] : []));
  const canon = box('uuid', CANON_UUID, box('CNCV', Buffer.from('CanonCR3_001/01.09.00/00.00.00', 'latin1')), ...cmt);
  const moov = box('moov', canon, box('mvhd', Buffer.alloc(100)));
  const xmp = blocks.xmp ? [box('uuid', XMP_UUID, Buffer.from(blocks.xmp, 'utf8'))] : [];
  return Buffer.concat([box('ftyp', Buffer.from('crx \0\0\0\x01crx isom', 'latin1')), moov, ...xmp, box('mdat', Buffer.alloc(4096, 0x3c))]);
}

/**
 * A Fujifilm RAF: the 148-byte header ("FUJIFILMCCD-RAW ", version, camera ID, model, RAF version,
 * the JPEG's offset and length at bytes 84 and 88), the JPEG preview, then stand-in raw data.
 */
export function raf(preview: Buffer, options: { model?: string; at?: number; length?: number } = {}): Buffer {
  const header = Buffer.alloc(148);
  header.write('FUJIFILMCCD-RAW 0201FF383501', 0, 'latin1');
  header.write(options.model ?? 'X-T5', 28, 'latin1');
  header.write('0100', 60, 'latin1');
  header.writeUInt32BE(options.at ?? header.length, 84);
  header.writeUInt32BE(options.length ?? preview.length, 88);
  const rawData = Buffer.alloc(8192);
  for (let i = 0; i < rawData.length; i++) rawData[i] = (i * 31 + 7) & 0xff;
  return Buffer.concat([header, preview, rawData]);
}

/** IPTC-IIM record-2 datasets, as bytes. */
export function iptcIim(datasets: [number, string][]): Buffer {
  return Buffer.concat(
    datasets.map(([dataset, value]) => {
      const v = Buffer.from(value, 'utf8');
      const h = Buffer.from([0x1c, 2, dataset, 0, 0]);
      h.writeUInt16BE(v.length, 3);
      return Buffer.concat([h, v]);
    }),
  );
}

/**
 * An AFCP trailer (ExifTool's AFCP.pm) appended to a file: "AXS!" (big-endian) or "AXS*", a
 * version, the entry count and a checksum, then an IPTC entry and a "Text" entry, their data, and
 * the closing "AXS!" record with the trailer's start. `badStart` points that record at nothing.
 */
export function withAfcpTrailer(file: Buffer, datasets: [number, string][], options: { little?: boolean; badStart?: boolean } = {}): Buffer {
  const { u16, u32 } = byteOrder(options.little ?? false);
  const mark = Buffer.from(options.little ? 'AXS*' : 'AXS!', 'latin1');
  const start = file.length;
  const iptc = iptcIim(datasets);
  const text = Buffer.from('catalogue note', 'latin1');
  const dataAt = start + 12 + 2 * 12;
  const header = Buffer.concat([mark, u16(1), u16(2), u32(0)]);
  const directory = Buffer.concat([Buffer.from('IPTC', 'latin1'), u32(iptc.length), u32(dataAt), Buffer.from('TEXT', 'latin1'), u32(text.length), u32(dataAt + iptc.length)]);
  const end = Buffer.concat([mark, u32(options.badStart ? start + 3 : start), u32(0)]);
  return Buffer.concat([file, header, directory, iptc, text, end]);
}

/** One Photoshop image resource ("8BIM", its id, an empty name, its size and data, padded to even). */
export function photoshopResource(id: number, data: Buffer): Buffer {
  const head = Buffer.alloc(12);
  head.write('8BIM', 0, 'latin1');
  head.writeUInt16BE(id, 4);
  head.writeUInt32BE(data.length, 8); // bytes 6-7: an empty Pascal name and its pad byte
  return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
}

/**
 * Photoshop image resources as APP13 payloads, each "Photoshop 3.0\0" and as many bytes as fit, as
 * Photoshop writes a block larger than one segment (65,533 bytes after the length): a resource may
 * run on from one segment into the next.
 */
export function photoshopApp13Segments(resources: Buffer): Buffer[] {
  const header = Buffer.from('Photoshop 3.0\0', 'latin1');
  const room = 65_533 - header.length;
  const segments: Buffer[] = [];
  for (let at = 0; at < resources.length; at += room) segments.push(Buffer.concat([header, resources.subarray(at, at + room)]));
  return segments;
}

/**
 * The APP13 payloads of a Photoshop block too big for one segment: a thumbnail (0x040C) of
 * `thumbnail` bytes, then IPTC (0x0404) and its current IPTCDigest (0x0425) — the digest first
 * with `digestFirst` — so the thumbnail's size decides where the segments split.
 */
export function splitPhotoshopBlock(datasets: [number, string][], thumbnail: number, digestFirst = false): Buffer[] {
  const iim = iptcIim(datasets);
  const iptc = photoshopResource(0x0404, iim);
  const digest = photoshopResource(0x0425, createHash('md5').update(iim).digest());
  const rest = digestFirst ? [digest, iptc] : [iptc, digest];
  return photoshopApp13Segments(Buffer.concat([photoshopResource(0x040c, Buffer.alloc(thumbnail, 0x5a)), ...rest]));
}

/**
 * A small Photoshop PSD (RGB, 8 bits, 4×3, raw pixels) with EXIF (resource 0x0422, a TIFF
 * structure), XMP (0x0424) and IPTC (0x0404, with an IPTCDigest 0x0425) in its image resources.
 */
export function psd(options: { exif?: Buffer; xmp?: string; iptc?: [number, string][]; version?: 1 | 2 } = {}): Buffer {
  const header = Buffer.alloc(26);
  header.write('8BPS', 0, 'latin1');
  header.writeUInt16BE(options.version ?? 1, 4);
  header.writeUInt16BE(3, 12);
  header.writeUInt32BE(3, 14);
  header.writeUInt32BE(4, 18);
  header.writeUInt16BE(8, 22);
  header.writeUInt16BE(3, 24);
  const resources = Buffer.concat([
    photoshopResource(0x03ed, Buffer.alloc(16)),
    ...(options.iptc ? [photoshopResource(0x0404, iptcIim(options.iptc)), photoshopResource(0x0425, Buffer.alloc(16, 0xab))] : []),
    ...(options.exif ? [photoshopResource(0x0422, options.exif)] : []),
    ...(options.xmp ? [photoshopResource(0x0424, Buffer.from(options.xmp, 'utf8'))] : []),
  ]);
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n, 0);
    return b;
  };
  // Colour-mode data (none), the resources, layers (none), then raw planar pixels.
  const layersLength = options.version === 2 ? Buffer.alloc(8) : u32(0);
  return Buffer.concat([header, u32(0), u32(resources.length), resources, layersLength, Buffer.from([0, 0]), Buffer.alloc(4 * 3 * 3, 0x80)]);
}

/**
 * A JPEG XL container: the signature box, ftyp, then "Exif" (a zero offset and the TIFF structure),
 * "xml " and "jumb" boxes — or a "brob" box holding one of them Brotli-compressed — and a codestream
 * ("jxlc": the FF 0A signature and bytes that are not a real picture; nothing here decodes it).
 */
export function jxl(options: { exif?: Buffer; xmp?: string; compress?: 'Exif' | 'xml ' | 'jumb'; jumbf?: Buffer } = {}): Buffer {
  const bmffBox = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + data.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, data]);
  };
  const meta: [string, Buffer][] = [];
  if (options.exif) meta.push(['Exif', Buffer.concat([Buffer.alloc(4), options.exif])]);
  if (options.xmp) meta.push(['xml ', Buffer.from(options.xmp, 'utf8')]);
  const metaBoxes = meta.map(([type, data]) => (options.compress === type ? bmffBox('brob', Buffer.concat([Buffer.from(type, 'latin1'), brotliCompressSync(data)])) : bmffBox(type, data)));
  return Buffer.concat([
    Buffer.from([0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20, 0x0d, 0x0a, 0x87, 0x0a]),
    bmffBox('ftyp', Buffer.from('jxl \0\0\0\0jxl ', 'latin1')),
    ...metaBoxes,
    ...(options.jumbf ? [options.compress === 'jumb' ? bmffBox('brob', Buffer.concat([Buffer.from('jumb', 'latin1'), brotliCompressSync(options.jumbf.subarray(8))])) : options.jumbf] : []),
    bmffBox('jxlc', Buffer.concat([Buffer.from([0xff, 0x0a]), Buffer.alloc(64, 0x11)])),
  ]);
}

/**
 * Content Credentials as a camera or editor writes them into a JPEG: a JUMBF superbox ("c2pa")
 * holding an assertion store whose assertions are JSON boxes under their labels, split over APP11
 * segments ("JP", the box instance number, sequence numbers from 1, the superbox header repeated in
 * each) of at most `chunk` content bytes.
 */
export function c2paApp11(assertions: [label: string, json: unknown][], chunk = 200, instance = 1): Buffer[] {
  const superbox = c2paSuperbox(assertions);
  const header = superbox.subarray(0, 8);
  const content = superbox.subarray(8);
  const segments: Buffer[] = [];
  for (let at = 0, sequence = 1; at < content.length; at += chunk, sequence++) {
    const head = Buffer.from([0x4a, 0x50, 0, 0, 0, 0, 0, 0]);
    head.writeUInt16BE(instance, 2);
    head.writeUInt32BE(sequence, 4);
    segments.push(Buffer.concat([head, header, content.subarray(at, at + chunk)]));
  }
  return segments;
}

/** A C2PA manifest store as one JUMBF superbox (what a PNG's caBX chunk or a JPEG XL jumb box holds). */
export function c2paSuperbox(assertions: [label: string, json: unknown][]): Buffer {
  const bmffBox = (type: string, ...data: Buffer[]) => {
    const body = Buffer.concat(data);
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + body.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body]);
  };
  const description = (label: string) => bmffBox('jumd', Buffer.alloc(16, 0x11), Buffer.from([0x03]), Buffer.from(`${label}\0`, 'utf8'));
  const store = bmffBox('jumb', description('c2pa.assertions'), ...assertions.map(([label, json]) => bmffBox('jumb', description(label), bmffBox('json', Buffer.from(JSON.stringify(json), 'utf8')))));
  return bmffBox('jumb', description('c2pa'), bmffBox('jumb', description('urn:uuid:0001'), store));
}

/**
 * A Canon CRW (CIFF) as the 2000s EOS bodies wrote it: the header, then a heap whose directory
 * holds an ImageProps heap (0x300a) with MakeModel (0x080a), OwnerName (0x0810) and, in the entry
 * itself (flag 0x4000), the SerialNumber (0x180b, an int32u). Little-endian.
 */
export function crw(options: { make?: string; model?: string; owner?: string; serial?: number; extraHeaps?: number } = {}): Buffer {
  const u16 = (n: number) => Buffer.from([n & 255, n >> 8]);
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n >>> 0, 0);
    return b;
  };
  // A heap: its data, then its directory (count, 10-byte entries), then the directory's offset.
  const heap = (records: { tag: number; data?: Buffer; inEntry?: Buffer }[]) => {
    const data: Buffer[] = [];
    const entries: Buffer[] = [];
    let at = 0;
    for (const record of records) {
      if (record.inEntry) entries.push(Buffer.concat([u16(record.tag | 0x4000), record.inEntry]));
      else {
        entries.push(Buffer.concat([u16(record.tag), u32(record.data!.length), u32(at)]));
        data.push(record.data!);
        at += record.data!.length;
      }
    }
    return Buffer.concat([...data, u16(entries.length), ...entries, u32(at)]);
  };
  const props = heap([
    { tag: 0x080a, data: Buffer.from(`${options.make ?? 'Canon'}\0${options.model ?? 'Canon EOS D60'}\0`, 'latin1') },
    ...(options.owner !== undefined ? [{ tag: 0x0810, data: Buffer.concat([Buffer.from(options.owner, 'latin1'), Buffer.alloc(32 - options.owner.length)]) }] : []),
    ...(options.serial !== undefined ? [{ tag: 0x180b, inEntry: Buffer.concat([u32(options.serial), u32(0)]) }] : []),
  ]);
  // extraHeaps: more sub-heaps of one entry each, as a crafted file piles them up.
  const extra = Array.from({ length: options.extraHeaps ?? 0 }, () => ({ tag: 0x300b, data: heap([{ tag: 0x0805, inEntry: Buffer.alloc(8) }]) }));
  const root = heap([{ tag: 0x300a, data: props }, ...extra]);
  const header = Buffer.concat([Buffer.from('II', 'latin1'), u32(26), Buffer.from('HEAPCCDR', 'latin1'), u32(0x00010002), Buffer.alloc(8)]);
  return Buffer.concat([header, root]);
}

/** One GoPro GPMF entry: key, type, size of one sample, repeat, then the data padded to 4 bytes. */
export function gpmfEntry(key: string, type: string | 0, structSize: number, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(key, 0, 'latin1');
  head[4] = type === 0 ? 0 : type.charCodeAt(0);
  head[5] = structSize;
  head.writeUInt16BE(structSize === 0 ? 0 : data.length / structSize, 6);
  return Buffer.concat([head, data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
}

/** A GPMF payload as a GoPro writes one a second: a device holding an accelerometer stream and a GPS stream. */
export function gpmfSample(gps: { positions: [number, number][]; fix?: number; kind?: 'GPS5' | 'GPS9' }): Buffer {
  const int32s = (values: number[]) => {
    const out = Buffer.alloc(values.length * 4);
    values.forEach((v, i) => out.writeInt32BE(Math.round(v), i * 4));
    return out;
  };
  const nest = (key: string, ...entries: Buffer[]) => gpmfEntry(key, 0, 4, Buffer.concat(entries));
  const accl = nest('STRM', gpmfEntry('STNM', 'c', 1, Buffer.from('Accelerometer')), gpmfEntry('SCAL', 's', 2, Buffer.from([0x01, 0xa2])), gpmfEntry('ACCL', 's', 6, Buffer.alloc(60, 1)));
  let stream: Buffer;
  if ((gps.kind ?? 'GPS5') === 'GPS5') {
    const fix = Buffer.alloc(4);
    fix.writeUInt32BE(gps.fix ?? 3, 0);
    stream = nest('STRM', gpmfEntry('GPSF', 'L', 4, fix), gpmfEntry('GPSU', 'U', 16, Buffer.from('261124101530.000')), gpmfEntry('SCAL', 'l', 4, int32s([1e7, 1e7, 1000, 1000, 100])), gpmfEntry('GPS5', 'l', 20, Buffer.concat(gps.positions.map(([lat, lon]) => int32s([lat * 1e7, lon * 1e7, 120_000, 1500, 150])))));
  } else {
    const sample = ([lat, lon]: [number, number]) => {
      const out = Buffer.alloc(32);
      int32s([lat * 1e7, lon * 1e7, 120_000, 1500, 150, 9000, 36_000_000]).copy(out, 0);
      out.writeUInt16BE(150, 28);
      out.writeUInt16BE(gps.fix ?? 3, 30);
      return out;
    };
    stream = nest('STRM', gpmfEntry('TYPE', 'c', 1, Buffer.from('lllllllSS')), gpmfEntry('SCAL', 'l', 4, int32s([1e7, 1e7, 1000, 1000, 100, 1, 1000, 100, 1])), gpmfEntry('GPS9', '?', 32, Buffer.concat(gps.positions.map(sample))));
  }
  return nest('DEVC', gpmfEntry('DVID', 'L', 4, Buffer.from([0, 0, 0, 1])), gpmfEntry('DVNM', 'c', 1, Buffer.from('Camera')), accl, stream);
}

/** A Camera Motion Metadata sample: type 5 (latitude, longitude, altitude) or 6 (GPS with a fix type), or 3 (acceleration). */
export function cammSample(type: 3 | 5 | 6, position: [number, number] = [0, 0], fix = 3): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 2);
  if (type === 3) return Buffer.concat([head, Buffer.alloc(12, 2)]);
  if (type === 5) {
    const body = Buffer.alloc(24);
    body.writeDoubleLE(position[0], 0);
    body.writeDoubleLE(position[1], 8);
    body.writeDoubleLE(85, 16);
    return Buffer.concat([head, body]);
  }
  const body = Buffer.alloc(56);
  body.writeDoubleLE(1_400_000_000, 0);
  body.writeInt32LE(fix, 8);
  body.writeDoubleLE(position[0], 12);
  body.writeDoubleLE(position[1], 20);
  return Buffer.concat([head, body]);
}

/**
 * An MP4 as an action camera writes one: the samples of a telemetry track ('gpmd' or 'camm')
 * between stretches of video in the mdat, and the movie box at the end with the track's sample
 * tables. `perChunk` samples share a chunk; `co64` writes 64-bit chunk offsets, `compactSizes` 16-bit sample sizes (stz2).
 */
export function telemetryMp4(format: 'gpmd' | 'camm', samples: Buffer[], options: { perChunk?: number; co64?: boolean; compactSizes?: boolean; videoBytes?: number; offsetShift?: number } = {}): Buffer {
  const perChunk = options.perChunk ?? 1;
  const ftyp = box('ftyp', Buffer.from('mp41\0\0\0\0mp41isom', 'latin1'));
  const pieces: Buffer[] = [];
  const offsets: number[] = [];
  let at = ftyp.length + 8;
  for (let i = 0; i < samples.length; i += perChunk) {
    const video = Buffer.alloc(options.videoBytes ?? 3000, 0x5a);
    pieces.push(video);
    at += video.length;
    offsets.push(at + (options.offsetShift ?? 0));
    const chunk = Buffer.concat(samples.slice(i, i + perChunk));
    pieces.push(chunk);
    at += chunk.length;
  }
  const mdat = box('mdat', ...pieces);
  const u32 = (...values: number[]) => {
    const out = Buffer.alloc(values.length * 4);
    values.forEach((v, i) => out.writeUInt32BE(v, i * 4));
    return out;
  };
  const stsd = box('stsd', u32(0, 1), box(format, Buffer.alloc(8)));
  const sizes16 = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => sizes16.writeUInt16BE(s.length, i * 2));
  const stsz = options.compactSizes ? box('stz2', u32(0, 16, samples.length), sizes16) : box('stsz', u32(0, 0, samples.length), u32(...samples.map((s) => s.length)));
  const stsc = box('stsc', u32(0, 1, 1, perChunk, 1));
  const offsetBox = options.co64
    ? box('co64', u32(0, offsets.length), Buffer.concat(offsets.map((o) => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(o)); return b; })))
    : box('stco', u32(0, offsets.length), u32(...offsets));
  const hdlr = box('hdlr', u32(0, 0), Buffer.from('meta', 'latin1'), Buffer.alloc(12), Buffer.from('GoPro MET\0', 'latin1'));
  const trak = box('trak', box('tkhd', Buffer.alloc(84)), box('mdia', box('mdhd', Buffer.alloc(24)), hdlr, box('minf', box('nmhd', Buffer.alloc(4)), box('stbl', stsd, box('stts', u32(0, 1, samples.length, 1000)), stsc, stsz, offsetBox))));
  return Buffer.concat([ftyp, mdat, box('moov', box('mvhd', Buffer.alloc(100)), trak)]);
}

/**
 * A little-endian greyscale TIFF (one uncompressed strip of `size`×`size` pixels) whose IFD0 also
 * holds `fields` — IPTC (0x83BB) or Photoshop resources (0x8649), as catalogue tools write them.
 */
export function greyTiff(fields: TiffField[], size = 4): Buffer {
  const short = (tag: number, v: number): TiffField => ({ tag, type: 3, count: 1, value: Buffer.from([v & 0xff, v >> 8]) });
  const long = (tag: number, v: number): TiffField => {
    const value = Buffer.alloc(4);
    value.writeUInt32LE(v, 0);
    return { tag, type: 4, count: 1, value };
  };
  const pixels = Buffer.from(Array.from({ length: size * size }, (_, i) => (i * 37) & 0xff));
  const image = (stripAt: number) => [short(0x100, size), short(0x101, size), short(0x102, 8), short(0x103, 1), short(0x106, 1), long(0x111, stripAt), short(0x115, 1), short(0x116, size), long(0x117, pixels.length)];
  // The strip offset is stored inline, so the block's length does not depend on it.
  const length = tiffBlock([...image(0), ...fields]).length;
  return Buffer.concat([tiffBlock([...image(length), ...fields]), pixels]);
}
