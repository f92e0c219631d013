// Walks ISO-BMFF / QuickTime boxes (MP4, MOV) for the recording position: the ©xyz atom in
// moov/udta, the Apple mdta key com.apple.quicktime.location.ISO6709 (moov/meta keys + ilst),
// 3GPP 'loci', Nikon's GPS records in udta/NCDT/NCTG, and XMP in udta/XMP_ or the XMP uuid box.
import { CorruptFile, type ByteView } from './bytes.js';
import { emptyBlocks, type Blocks } from './blocks.js';
import { pushAll } from '../core/arrays.js';
import { degrees } from './tiff.js';

export interface Box {
  type: string;
  at: number;
  dataAt: number;
  end: number;
}

export const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac';

/** Apple metadata keys and iTunes-style items that name a place or a person, as ExifTool names them. */
export const QUICKTIME_TEXTS: Record<string, { kind: 'location' | 'owner' | 'caption'; field: string }> = {
  'com.apple.quicktime.location.name': { kind: 'location', field: 'QuickTime LocationName' },
  'com.apple.quicktime.artist': { kind: 'owner', field: 'QuickTime Artist' },
  'com.apple.quicktime.author': { kind: 'owner', field: 'QuickTime Author' },
  '\xA9ART': { kind: 'owner', field: 'QuickTime Artist' },
  '\xA9aut': { kind: 'owner', field: 'QuickTime Author' },
  // A video's own title, description and keywords: a player or a website shows them (captions, when asked).
  'com.apple.quicktime.title': { kind: 'caption', field: 'QuickTime Title' },
  'com.apple.quicktime.description': { kind: 'caption', field: 'QuickTime Description' },
  'com.apple.quicktime.comment': { kind: 'caption', field: 'QuickTime Comment' },
  'com.apple.quicktime.keywords': { kind: 'caption', field: 'QuickTime Keywords' },
  '\xA9nam': { kind: 'caption', field: 'QuickTime Title' },
  '\xA9des': { kind: 'caption', field: 'QuickTime Description' },
  '\xA9cmt': { kind: 'caption', field: 'QuickTime Comment' },
};
const ISO6709_KEYS = new Set(['com.apple.quicktime.location.ISO6709', '\xA9xyz']);

/** The key an ilst item stands for: its own four-character type, or the index into the keys box. */
export function ilstKey(type: string, keys: string[] | undefined): string | undefined {
  if (type.charCodeAt(0) === 0xa9) return type;
  return keys?.[Buffer.from(type, 'latin1').readUInt32BE(0) - 1];
}
const CONTAINERS = new Set(['moov', 'udta', 'trak', 'meta', 'ilst', 'NCDT']);

export function boxes(view: ByteView, start: number, end: number): Box[] {
  const out: Box[] = [];
  let pos = start;
  while (pos + 8 <= end) {
    const header = view.get(pos, 8);
    let size = header.readUInt32BE(0);
    const type = String.fromCharCode(header[4]!, header[5]!, header[6]!, header[7]!);
    let dataAt = pos + 8;
    if (size === 1) {
      const large = view.get(pos + 8, 8).readBigUInt64BE(0);
      if (large > BigInt(Number.MAX_SAFE_INTEGER)) throw new CorruptFile('a video box is too large');
      size = Number(large);
      dataAt += 8;
    } else if (size === 0) {
      size = end - pos;
    }
    // (A QuickTime udta list's 4-byte zero terminator is too short to be read as a box.) A 64-bit
    // size of 0, or of less than the header, is damage: it ended the list, and the boxes after it
    // (a JPEG XL's Exif with its GPS) went unread.
    if (size < dataAt - pos) throw new CorruptFile(`the box "${type}" at byte ${pos} declares a size smaller than its header`);
    if (pos + size > end) throw new CorruptFile(`the box "${type}" at byte ${pos} runs past its container`);
    out.push({ type, at: pos, dataAt, end: pos + size });
    pos += size;
  }
  return out;
}

/** Where a 'meta' box's children start: ISO's is a full box (4 bytes of version/flags), QuickTime's is not. */
export function metaChildrenAt(view: ByteView, meta: Box): number {
  return meta.end - meta.dataAt >= 8 && view.get(meta.dataAt + 4, 4).toString('latin1') !== 'hdlr' ? meta.dataAt + 4 : meta.dataAt;
}

/** Whether a meta box has an item table (iinf or iloc), as a HEIF's has and a QuickTime one's has not. */
export function listsItems(view: ByteView, meta: Box): boolean {
  return boxes(view, metaChildrenAt(view, meta), meta.end).some((b) => b.type === 'iinf' || b.type === 'iloc');
}

/**
 * The blocks of a video's boxes. `itemMetas` gathers the meta boxes on the way that list items
 * (EXIF and XMP items, as in a HEIF): ExifTool reads them wherever it meets them (moov, trak, udta).
 */
export function readBmffBlocks(view: ByteView, itemMetas: Box[] = []): Blocks {
  const blocks = emptyBlocks();
  walk(view, 0, view.size, [], blocks, itemMetas);
  return blocks;
}

function walk(view: ByteView, start: number, end: number, path: string[], blocks: Blocks, itemMetas: Box[]): void {
  const children = boxes(view, start, end);
  const keysBox = children.find((b) => b.type === 'keys');
  const keys = keysBox ? readKeys(view.get(keysBox.dataAt, keysBox.end - keysBox.dataAt)) : undefined;
  for (const box of children) {
    const where = [...path, box.type];
    if (box.type === 'mdat' || box.type === 'free' || box.type === 'skip' || box.type === 'wide') continue;
    if (box.type === '\xA9xyz') {
      const data = view.get(box.dataAt, box.end - box.dataAt);
      if (data.length > 4) blocks.iso6709.push({ field: 'QuickTime ©xyz', value: xyzText(data) });
    } else if (box.type === 'loci') {
      pushAll(blocks.iso6709, lociPosition(view.get(box.dataAt, box.end - box.dataAt)));
    } else if (box.type === 'NCTG') {
      const position = nikonPosition(view.get(box.dataAt, box.end - box.dataAt));
      if (position) blocks.iso6709.push({ field: 'Nikon NCTG', value: position });
    } else if (box.type === 'ilst') {
      for (const item of boxes(view, box.dataAt, box.end)) {
        const key = ilstKey(item.type, keys);
        if (key === undefined) continue;
        const text = QUICKTIME_TEXTS[key];
        if (!ISO6709_KEYS.has(key) && !text) continue;
        for (const data of boxes(view, item.dataAt, item.end)) {
          if (data.type !== 'data' || data.end - data.dataAt <= 8) continue;
          const value = itemText(view.get(data.dataAt, data.end - data.dataAt)).replace(/\0+$/, '').trim();
          if (text) {
            if (value) blocks.texts.push({ ...text, value });
          } else blocks.iso6709.push({ field: key === '\xA9xyz' ? 'QuickTime ©xyz' : 'QuickTime com.apple.quicktime.location.ISO6709', value });
        }
      }
    } else if (box.type === 'XMP_') {
      blocks.xmp.push(view.get(box.dataAt, box.end - box.dataAt));
    } else if (box.type === 'uuid' && box.end - box.dataAt > 16 && view.get(box.dataAt, 16).toString('hex') === XMP_UUID) {
      blocks.xmp.push(view.get(box.dataAt + 16, box.end - box.dataAt - 16));
    } else if (CONTAINERS.has(box.type) && where.length <= 5) {
      if (box.type === 'meta' && listsItems(view, box)) itemMetas.push(box);
      walk(view, box.type === 'meta' ? metaChildrenAt(view, box) : box.dataAt, box.end, where, blocks, itemMetas);
    }
  }
}

/**
 * A 'data' box's text by its well-known type (after 4 bytes of type, 4 of locale): UTF-16 (2, 5), as
 * ExifTool decodes it — read as UTF-8, a UTF-16 position passed as a place name — or UTF-8 (1, 4, and
 * any other).
 */
export function itemText(data: Buffer): string {
  const type = data.readUInt32BE(0) & 0xffffff;
  return type === 2 || type === 5 ? utf16(data.subarray(8)) : data.toString('utf8', 8);
}

const hasBom = (data: Buffer) => (data[0] === 0xfe && data[1] === 0xff) || (data[0] === 0xff && data[1] === 0xfe);

/** UTF-16 text by its byte-order mark; big-endian without one, as QuickTime writes it. */
function utf16(data: Buffer): string {
  const le = data[0] === 0xff && data[1] === 0xfe;
  const from = hasBom(data) ? 2 : 0;
  const units = Buffer.from(data.subarray(from, data.length - ((data.length - from) % 2)));
  return (le ? units : units.swap16()).toString('utf16le');
}

function readKeys(data: Buffer): string[] {
  const keys: string[] = [];
  if (data.length < 8) return keys;
  const count = data.readUInt32BE(4);
  let pos = 8;
  for (let i = 0; i < count && pos + 8 <= data.length; i++) {
    const size = data.readUInt32BE(pos);
    if (size < 8) break;
    keys.push(data.toString('utf8', pos + 8, Math.min(data.length, pos + size)));
    pos += size;
  }
  return keys;
}

/** A record of a Nikon MOV's NCTG atom: a tag, an EXIF format and count, then the value (big-endian). */
export interface NikonRecord {
  tag: number;
  format: number;
  count: number;
  dataAt: number;
  size: number;
}

/** Bytes per value of each EXIF format (1 byte, ASCII, short, long, rational …, double). */
const EXIF_FORMAT_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8];

/** The records of an NCTG atom, as ExifTool reads them: up to the first it cannot size. */
export function nikonRecords(data: Buffer): NikonRecord[] {
  const records: NikonRecord[] = [];
  for (let pos = 0; pos + 8 < data.length; ) {
    const tag = data.readUInt32BE(pos);
    const format = data.readUInt16BE(pos + 4);
    const count = data.readUInt16BE(pos + 6);
    const size = count * (EXIF_FORMAT_SIZE[format] ?? 0);
    if (!EXIF_FORMAT_SIZE[format] || pos + 8 + size > data.length) break;
    records.push({ tag, format, count, dataAt: pos + 8, size });
    pos += 8 + size;
  }
  return records;
}

/** Nikon's GPS tags in NCTG: its EXIF GPS directory's tags numbered from 0x1200000. */
export const isNikonGpsTag = (tag: number) => tag >= 0x1200000 && tag <= 0x12000ff;

/** The position in a Nikon MOV's NCTG records (GPSLatitude 0x1200002, GPSLongitude 0x1200004 and their refs), as ISO 6709. */
function nikonPosition(data: Buffer): string | undefined {
  const values = new Map(nikonRecords(data).map((record) => [record.tag, record]));
  const coordinate = (tag: number, refTag: number, negative: string) => {
    const record = values.get(tag);
    if (!record || record.format !== 5 || record.count < 1) return undefined;
    const parts = Array.from({ length: Math.min(3, record.count) }, (_, i) => data.readUInt32BE(record.dataAt + i * 8) / data.readUInt32BE(record.dataAt + i * 8 + 4));
    const value = degrees(parts);
    if (value === undefined) return undefined;
    const ref = values.get(refTag);
    return ref && data.toString('latin1', ref.dataAt, ref.dataAt + 1).toUpperCase() === negative ? -value : value;
  };
  const lat = coordinate(0x1200002, 0x1200001, 'S');
  const lon = coordinate(0x1200004, 0x1200003, 'W');
  if (lat === undefined || lon === undefined) return undefined;
  return `${lat >= 0 ? '+' : ''}${lat}${lon >= 0 ? '+' : ''}${lon}/`;
}

/** 3GPP 'loci': version/flags, language, name, role, then longitude, latitude, altitude (16.16 fixed). */
function lociPosition(data: Buffer): { field: string; value: string }[] {
  let pos = 6;
  const nameEnd = data.indexOf(0, pos);
  if (nameEnd < 0 || nameEnd + 13 > data.length) return [];
  pos = nameEnd + 2;
  const lon = data.readInt32BE(pos) / 65536;
  const lat = data.readInt32BE(pos + 4) / 65536;
  return [{ field: 'QuickTime loci', value: `${lat >= 0 ? '+' : ''}${lat}${lon >= 0 ? '+' : ''}${lon}/` }];
}

/**
 * The ©xyz string by its declared length; all of it when that length cuts the position short or
 * runs past it (a length that lies must not hide where a video was recorded).
 */
function xyzText(data: Buffer): string {
  // A string that starts with a byte-order mark is UTF-16, as ExifTool reads it.
  const text = (part: Buffer) => (hasBom(part) ? utf16(part) : part.toString('utf8'));
  const declared = text(data.subarray(4, 4 + Math.min(data.readUInt16BE(0), data.length - 4)));
  return parseIso6709(declared) ? declared : text(data.subarray(4)).replace(/\0+$/, '');
}

/**
 * "+37.3318-122.0312+010.000/" → degrees (undefined when it is no ISO 6709 position). Degrees, or
 * degrees and minutes, or degrees, minutes and seconds, told by the digits before the point:
 * "+5130.43-00007.66/" is 51°30.43′ N, 0°7.66′ W.
 */
export function parseIso6709(value: string): { latitude: number; longitude: number } | undefined {
  const match = /^\s*([+-])(\d+)(\.\d+)?([+-])(\d+)(\.\d+)?/.exec(value);
  if (!match) return undefined;
  const latitude = iso6709Part(match[1]!, match[2]!, match[3] ?? '', 2);
  const longitude = iso6709Part(match[4]!, match[5]!, match[6] ?? '', 3);
  if (latitude === undefined || longitude === undefined || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  return { latitude, longitude };
}

/** One coordinate: `degreeDigits` is 2 for a latitude, 3 for a longitude. */
function iso6709Part(sign: string, whole: string, fraction: string, degreeDigits: number): number | undefined {
  let degrees: number;
  if (whole.length <= degreeDigits) degrees = Number(whole + fraction);
  else if (whole.length === degreeDigits + 2) degrees = Number(whole.slice(0, degreeDigits)) + Number(whole.slice(degreeDigits) + fraction) / 60;
  else if (whole.length === degreeDigits + 4) degrees = Number(whole.slice(0, degreeDigits)) + Number(whole.slice(degreeDigits, degreeDigits + 2)) / 60 + Number(whole.slice(degreeDigits + 2) + fraction) / 3600;
  else return undefined;
  return Number.isFinite(degrees) ? (sign === '-' ? -degrees : degrees) : undefined;
}
