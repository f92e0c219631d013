// HEIF/AVIF (ISO 23008-12): the metadata items of a still image, found by walking the top-level
// 'meta' box (item info, item locations, properties) ourselves — no decoder needed, and only the
// bytes of the boxes and items are read. EXIF lives in an item of type 'Exif' (4-byte offset to
// the TIFF header, then the block), XMP in a 'mime' item of type application/rdf+xml.
import { inflateSync } from 'node:zlib';
import { CorruptFile, bufferView, type ByteView } from './bytes.js';
import { emptyBlocks, type Blocks } from './blocks.js';
import { boxes, listsItems, metaChildrenAt, type Box } from './bmff.js';
import { InflateBudget } from './inflate.js';
import { isTiffHeader } from './jpeg.js';
import { pushAll } from '../core/arrays.js';

export interface HeifExtent {
  /** Absolute offset of the extent in the file, and its length. */
  at: number;
  length: number;
}

export interface HeifItem {
  id: number;
  type: string;
  contentType?: string;
  contentEncoding?: string;
  /** Where the item's bytes are, in order; undefined when stored in a way we cannot locate. */
  extents?: HeifExtent[];
}

export interface HeifStructure {
  items: HeifItem[];
  width?: number;
  height?: number;
}

/** A full box's version and flags, and where its content starts. */
function fullBox(view: ByteView, box: Box): { version: number; flags: number; at: number } {
  const head = view.get(box.dataAt, 4);
  return { version: head[0]!, flags: (head[1]! << 16) | (head[2]! << 8) | head[3]!, at: box.dataAt + 4 };
}

class Reader {
  constructor(
    private readonly data: Buffer,
    public pos = 0,
  ) {}
  uint(bytes: number): number {
    if (bytes === 0) return 0;
    if (this.pos + bytes > this.data.length) throw new CorruptFile('a HEIF item table runs past its box');
    const d = this.data;
    const p = this.pos;
    let value: number;
    // The widths item tables use, read directly (readUIntBE is the slow general case).
    if (bytes === 1) value = d[p]!;
    else if (bytes === 2) value = (d[p]! << 8) | d[p + 1]!;
    else if (bytes === 4) value = d[p]! * 0x1000000 + ((d[p + 1]! << 16) | (d[p + 2]! << 8) | d[p + 3]!);
    else if (bytes === 8) {
      const big = this.data.readBigUInt64BE(this.pos);
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new CorruptFile('a HEIF item offset is too large');
      value = Number(big);
    } else value = this.data.readUIntBE(this.pos, bytes);
    this.pos += bytes;
    return value;
  }
  text(): string {
    // Most item names are empty: a lone NUL.
    if (this.pos < this.data.length && this.data[this.pos] === 0) {
      this.pos++;
      return '';
    }
    const end = this.data.indexOf(0, this.pos);
    const stop = end < 0 ? this.data.length : end;
    const value = this.data.toString('utf8', this.pos, stop);
    this.pos = Math.min(this.data.length, stop + 1);
    return value;
  }
  get left(): number {
    return this.data.length - this.pos;
  }
}

/**
 * The items of the file's top-level 'meta' boxes (throws CorruptFile on a broken structure). The
 * first is the picture's; ExifTool reads the items of any later one too (a second meta box's EXIF,
 * GPS and all, passed unseen and stayed in the cleaned copy). Given `metas`, the items of those.
 */
export function heifStructure(view: ByteView, metas?: Box[]): HeifStructure {
  if (metas) return { items: metas.flatMap((meta) => metaStructure(view, meta).items) };
  const top = boxes(view, 0, view.size).filter((b) => b.type === 'meta');
  if (top.length === 0) throw new CorruptFile('the HEIF file has no meta box (no image items)');
  const listing = top.filter((meta) => listsItems(view, meta));
  // None listing items: the first is read, and fails saying so.
  const structure = metaStructure(view, listing[0] ?? top[0]!);
  for (const meta of listing.slice(1)) pushAll(structure.items, metaStructure(view, meta).items);
  return structure;
}

function metaStructure(view: ByteView, meta: Box): HeifStructure {
  const children = boxes(view, metaChildrenAt(view, meta), meta.end);
  const items = new Map<number, HeifItem>();
  const item = (id: number) => {
    let found = items.get(id);
    if (!found) items.set(id, (found = { id, type: '' }));
    return found;
  };
  const box = (type: string) => children.find((b) => b.type === type);
  const read = (b: Box) => view.get(b.dataAt, b.end - b.dataAt);

  const iinf = box('iinf');
  // Every HEIF and AVIF picture is an item its meta box lists (iinf) and places (iloc): a meta box
  // without them (zeros, a cut or forged file) holds no picture, and nothing of it was inspected.
  if (!iinf || !box('iloc')) throw new CorruptFile(`the HEIF meta box lists no image items (it has no ${iinf ? 'iloc' : 'iinf'} box)`);
  {
    const { version, at } = fullBox(view, iinf);
    const entries = boxes(view, at + (version === 0 ? 2 : 4), iinf.end);
    for (const infe of entries) {
      if (infe.type !== 'infe') continue;
      const raw = read(infe);
      const data = new Reader(raw);
      const v = data.uint(1);
      data.uint(3);
      if (v >= 2) {
        const entry = item(data.uint(v === 2 ? 2 : 4));
        data.uint(2);
        if (data.left < 4) throw new CorruptFile('a HEIF item entry is cut short');
        entry.type = raw.toString('latin1', data.pos, data.pos + 4);
        data.pos += 4;
        data.text();
        if (entry.type === 'mime') {
          entry.contentType = data.text();
          if (data.left > 0) entry.contentEncoding = data.text();
        }
      } else {
        const entry = item(data.uint(2));
        data.uint(2);
        data.text();
        entry.type = 'mime';
        entry.contentType = data.text();
        if (data.left > 0) entry.contentEncoding = data.text();
      }
    }
  }

  const idat = box('idat');
  const iloc = box('iloc');
  if (iloc) {
    const data = new Reader(read(iloc));
    const version = data.uint(1);
    data.uint(3);
    const sizes = data.uint(1);
    const more = data.uint(1);
    const offsetSize = sizes >> 4;
    const lengthSize = sizes & 15;
    const baseSize = more >> 4;
    const indexSize = version === 1 || version === 2 ? more & 15 : 0;
    const count = data.uint(version < 2 ? 2 : 4);
    for (let i = 0; i < count; i++) {
      const entry = item(data.uint(version < 2 ? 2 : 4));
      const method = version === 1 || version === 2 ? data.uint(2) & 15 : 0;
      const reference = data.uint(2);
      const base = data.uint(baseSize);
      const extentCount = data.uint(2);
      const extents: HeifExtent[] = [];
      for (let e = 0; e < extentCount; e++) {
        data.uint(indexSize);
        const offset = data.uint(offsetSize);
        const length = data.uint(lengthSize);
        extents.push({ at: base + offset, length });
      }
      if (reference !== 0 || method > 1 || (method === 1 && !idat)) continue;
      const origin = method === 1 ? idat!.dataAt : 0;
      const limit = method === 1 ? idat!.end : view.size;
      // A zero length means "to the end" in the standard, but ExifTool writes it for an item it
      // emptied (and reads it so): a metadata item of length 0 is read as empty, like ExifTool.
      const metadataItem = entry.type === 'Exif' || entry.type === 'mime';
      entry.extents = extents.map(({ at, length }) => {
        const start = origin + at;
        const extent = { at: start, length: length === 0 && !metadataItem ? limit - start : length };
        // Every item, the picture's too: an item past the end means the file was cut short.
        if (extent.length < 0 || extent.at + extent.length > limit) throw new CorruptFile(`the HEIF item ${entry.id} runs past the end of ${method === 1 ? 'its idat box' : 'the file'} (the file is cut short or damaged)`);
        return extent;
      });
    }
  }

  const structure: HeifStructure = { items: [...items.values()] };
  const iprp = box('iprp');
  const pitm = box('pitm');
  if (iprp && pitm) {
    const { version, at } = fullBox(view, pitm);
    const primary = view.get(at, version === 0 ? 2 : 4).readUIntBE(0, version === 0 ? 2 : 4);
    const inner = boxes(view, iprp.dataAt, iprp.end);
    const ipco = inner.find((b) => b.type === 'ipco');
    const properties = ipco ? boxes(view, ipco.dataAt, ipco.end) : [];
    for (const ipma of inner.filter((b) => b.type === 'ipma')) {
      const data = new Reader(read(ipma));
      const v = data.uint(1);
      const flags = data.uint(3);
      const entries = data.uint(4);
      for (let i = 0; i < entries; i++) {
        const id = data.uint(v < 1 ? 2 : 4);
        const associations = data.uint(1);
        for (let a = 0; a < associations; a++) {
          const index = flags & 1 ? data.uint(2) & 0x7fff : data.uint(1) & 0x7f;
          const property = properties[index - 1];
          if (id === primary && property?.type === 'ispe' && property.end - property.dataAt >= 12) {
            const ispe = view.get(property.dataAt + 4, 8);
            structure.width = ispe.readUInt32BE(0);
            structure.height = ispe.readUInt32BE(4);
          }
        }
      }
    }
  }
  return structure;
}

export const isExifItem = (item: HeifItem) => item.type === 'Exif';
export const isXmpItem = (item: HeifItem) => item.type === 'mime' && /^application\/rdf\+xml\b/i.test(item.contentType ?? '');

/** An item's bytes: its extents joined (a copy only when there is more than one). */
export function heifItemBytes(view: ByteView, item: HeifItem): Buffer {
  if (!item.extents) throw new CorruptFile(`the HEIF ${item.type === 'Exif' ? 'EXIF' : 'XMP'} item is stored by reference, which the auditor cannot read`);
  const parts = item.extents.map((e) => view.get(e.at, e.length));
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

/** Where the TIFF header starts inside an Exif item's bytes (after its 4-byte offset field). */
export function exifItemBase(data: Buffer): number {
  if (data.length < 8) throw new CorruptFile('the HEIF EXIF item is too short');
  // Some writers leave the offset field out: the item starts with "Exif\0\0" or the TIFF header
  // itself. ExifTool reads those (warning "Missing Exif header size"); they were unreadable here.
  if (data.toString('latin1', 0, 6) === 'Exif\0\0') return 6;
  if (isTiffHeader(data)) return 0;
  const base = 4 + data.readUInt32BE(0);
  // Some writers leave the offset at 0 yet keep the "Exif\0\0" header in front of the TIFF header.
  if (data.toString('latin1', base, base + 4) === 'Exif') return base + 6;
  return base;
}

export const MAX_XMP_BYTES = 16 * 1024 * 1024;

/** EXIF and XMP items read from one file, at most (a phone writes one of each, a few with previews). */
const MAX_METADATA_ITEMS = 256;

/**
 * The EXIF and XMP items, each stored piece of bytes once: items may share their extents, and a file
 * of 700 KB whose 250 XMP items all named one 680 KB packet took 34 s to read, one parse per item (a
 * file may list 65,535). More than MAX_METADATA_ITEMS distinct ones is not read.
 */
function metadataItems(items: HeifItem[]): HeifItem[] {
  const seen = new Set<string>();
  const kept: HeifItem[] = [];
  for (const item of items) {
    if (!isExifItem(item) && !isXmpItem(item)) continue;
    const key = `${item.type} ${item.contentEncoding ?? ''} ${item.extents?.map((e) => `${e.at}+${e.length}`).join(',') ?? `ref ${item.id}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(item);
    if (kept.length > MAX_METADATA_ITEMS) throw new CorruptFile(`the HEIF has more than ${MAX_METADATA_ITEMS} EXIF and XMP items, more than the auditor reads`);
  }
  return kept;
}

/** The EXIF and XMP items of a HEIF (its top-level meta boxes), or of the given meta boxes. */
export function readHeifBlocks(view: ByteView, metas?: Box[]): Blocks {
  const blocks = emptyBlocks();
  const structure = heifStructure(view, metas);
  if (structure.width) blocks.width = structure.width;
  if (structure.height) blocks.height = structure.height;
  const items = metadataItems(structure.items);
  // Every item read before any is inflated (see png.ts).
  for (const item of items) heifItemBytes(view, item);
  const budget = new InflateBudget("the HEIF's compressed XMP items");
  for (const item of items) {
    if (isExifItem(item)) {
      const data = heifItemBytes(view, item);
      if (data.length === 0) continue;
      blocks.exif.push({ view: bufferView(data), base: exifItemBase(data) });
    } else if (isXmpItem(item)) {
      let data = heifItemBytes(view, item);
      if (data.length === 0) continue;
      if (item.contentEncoding) {
        try {
          const compressed = data;
          data = budget.inflate(MAX_XMP_BYTES, (max) => inflateSync(compressed, { maxOutputLength: max }));
        } catch (error) {
          if (error instanceof CorruptFile) throw error;
          throw new CorruptFile(`the HEIF XMP item (encoded as ${item.contentEncoding}) could not be decoded`);
        }
      }
      blocks.xmp.push(data);
    }
  }
  return blocks;
}
