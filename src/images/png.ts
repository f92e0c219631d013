// Walks a PNG's chunks (skipping the image data) for eXIf, XMP and ImageMagick "Raw profile" text.
import { inflateSync } from 'node:zlib';
import { CorruptFile, NeedBytes, bufferView, type ByteView } from './bytes.js';
import { emptyBlocks, type Blocks } from './blocks.js';
import { InflateBudget } from './inflate.js';
import { photoshopMetadata } from './iptc.js';
import { pushAll } from '../core/arrays.js';
import { PHOTOSHOP_HEADER, XMP_HEADER, isExifPayload, isTiffHeader, startsWith } from './jpeg.js';

export interface PngChunk {
  type: string;
  at: number;
  dataAt: number;
  length: number;
}

const CHUNK_READ = 4 * 1024 * 1024;
/** A compressed text chunk may not inflate past this (a zip bomb in a text chunk is refused). */
const MAX_TEXT_BYTES = 16 * 1024 * 1024;

export function pngChunks(view: ByteView): PngChunk[] {
  const chunks: PngChunk[] = [];
  let pos = 8;
  while (pos < view.size) {
    if (pos + 12 > view.size) throw new CorruptFile('the PNG ends inside a chunk');
    let header: Buffer;
    try {
      header = view.get(pos, 8);
    } catch (error) {
      // Chunk headers after the image data: ask for a large range at once rather than 64 KB at a time.
      if (error instanceof NeedBytes) throw new NeedBytes(pos, Math.min(CHUNK_READ, view.size - pos));
      throw error;
    }
    const length = header.readUInt32BE(0);
    const type = header.toString('latin1', 4, 8);
    if (!/^[A-Za-z]{4}$/.test(type)) throw new CorruptFile(`the PNG has a damaged chunk at byte ${pos}`);
    if (pos + 12 + length > view.size) throw new CorruptFile(`the PNG chunk ${type} runs past the end of the file`);
    chunks.push({ type, at: pos, dataAt: pos + 8, length });
    pos += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

const METADATA_CHUNKS = new Set(['caBX', 'eXIf', 'iTXt', 'tEXt', 'zTXt']);

export function readPngBlocks(view: ByteView): Blocks {
  const blocks = emptyBlocks();
  const chunks = pngChunks(view);
  if (chunks[0]?.type !== 'IHDR') throw new CorruptFile('the PNG does not start with its IHDR chunk');
  if (chunks.at(-1)?.type !== 'IEND') throw new CorruptFile('the PNG ends before its IEND chunk (the file is cut short)');
  // Every chunk read is asked for before any is inflated: a read that is missing starts the walk
  // again (see withBytes), and each start would inflate the text chunks before it once more.
  for (const chunk of chunks) if (METADATA_CHUNKS.has(chunk.type)) view.get(chunk.dataAt, chunk.length);
  const budget = pngTextBudget();
  for (const chunk of chunks) {
    if (chunk.type === 'IHDR' && chunk.length >= 8) {
      const ihdr = view.get(chunk.dataAt, 8);
      blocks.width = ihdr.readUInt32BE(0);
      blocks.height = ihdr.readUInt32BE(4);
    } else if (chunk.type === 'caBX') {
      // Content Credentials (C2PA): the chunk is a JUMBF superbox.
      (blocks.jumbf ??= []).push(view.get(chunk.dataAt, chunk.length));
    } else if (chunk.type === 'eXIf') {
      const data = view.get(chunk.dataAt, chunk.length);
      blocks.exif.push({ view: bufferView(data), base: isExifPayload(data) && !isTiffHeader(data) ? 6 : 0 });
    } else if (chunk.type === 'iTXt' || chunk.type === 'tEXt' || chunk.type === 'zTXt') {
      const text = pngText(chunk.type, view.get(chunk.dataAt, chunk.length), budget);
      if (!text) continue;
      if (text.keyword === 'XML:com.adobe.xmp') blocks.xmp.push(text.value);
      else if (PNG_CAPTIONS.has(text.keyword)) {
        const value = text.value.toString(chunk.type === 'iTXt' ? 'utf8' : 'latin1').replace(/\0+$/, '').trim();
        if (value) blocks.texts.push({ kind: 'caption', field: `PNG ${text.keyword}`, value });
      }
      else if (/^Raw profile type (exif|APP1|xmp|iptc|8bim)$/i.test(text.keyword)) {
        // ExifTool reads these whatever their exact layout; one the auditor cannot decode is not passed.
        const raw = rawProfile(text.value);
        if (!raw) throw new CorruptFile(`its metadata text "${text.keyword}" is not in the form ImageMagick writes`);
        const kind = text.keyword.slice('Raw profile type '.length).toLowerCase();
        if (kind === 'xmp') blocks.xmp.push(raw);
        else if ((kind === 'iptc' || kind === '8bim') && raw[0] === 0x1c) blocks.iptc = raw;
        else if (kind === 'iptc' || kind === '8bim') {
          // Photoshop resources: their IPTC, and any XMP and EXIF beside it.
          const found = photoshopMetadata(startsWith(raw, PHOTOSHOP_HEADER) ? raw.subarray(PHOTOSHOP_HEADER.length) : raw);
          if (found.iptc.length) blocks.iptc = found.iptc[0];
          pushAll(blocks.xmp, found.xmp);
          for (const tiff of found.exif) blocks.exif.push({ view: bufferView(tiff), base: 0 });
        }
        // An APP1 block (either keyword): EXIF with or without its header, or XMP under Adobe's (as ExifTool reads it).
        else if (startsWith(raw, XMP_HEADER)) blocks.xmp.push(raw.subarray(XMP_HEADER.length));
        else if (isExifPayload(raw)) blocks.exif.push({ view: bufferView(raw), base: 6 });
        else if (raw.toString('latin1', 0, 2) === 'II' || raw.toString('latin1', 0, 2) === 'MM') blocks.exif.push({ view: bufferView(raw), base: 0 });
        else throw new CorruptFile(`its metadata text "${text.keyword}" holds a block the auditor does not recognise`);
      }
    }
  }
  return blocks;
}

/** The PNG specification's text keywords shown as a picture's title or caption. */
const PNG_CAPTIONS = new Set(['Title', 'Description', 'Comment']);

/** What all the compressed text chunks of one PNG may inflate to together (see inflate.ts). */
export function pngTextBudget(): InflateBudget {
  return new InflateBudget("the PNG's compressed text chunks");
}

/** A text chunk's keyword and (inflated) value; compressed values count against `budget`. */
export function pngText(type: string, data: Buffer, budget: InflateBudget): { keyword: string; value: Buffer } | undefined {
  const nul = data.indexOf(0);
  if (nul <= 0) return undefined;
  const keyword = data.toString('latin1', 0, nul);
  const inflated = (compressed: Buffer) => budget.inflate(MAX_TEXT_BYTES, (max) => inflateSync(compressed, { maxOutputLength: max }));
  try {
    if (type === 'tEXt') return { keyword, value: data.subarray(nul + 1) };
    if (type === 'zTXt') return { keyword, value: inflated(data.subarray(nul + 2)) };
    const compressed = data[nul + 1] === 1;
    let pos = nul + 3;
    const langEnd = data.indexOf(0, pos);
    if (langEnd < 0) return undefined;
    const transEnd = data.indexOf(0, langEnd + 1);
    if (transEnd < 0) return undefined;
    pos = transEnd + 1;
    const value = data.subarray(pos);
    return { keyword, value: compressed ? inflated(value) : value };
  } catch (error) {
    if (error instanceof CorruptFile) throw error;
    throw new CorruptFile(`the PNG text chunk "${keyword}" could not be decompressed`);
  }
}

/** Where a text chunk's value starts in its data, and whether it is compressed. */
export function pngTextValue(type: string, data: Buffer): { at: number; compressed: boolean } | undefined {
  const nul = data.indexOf(0);
  if (nul <= 0) return undefined;
  if (type === 'tEXt') return { at: nul + 1, compressed: false };
  if (type === 'zTXt') return { at: nul + 2, compressed: true };
  const langEnd = data.indexOf(0, nul + 3);
  const transEnd = langEnd < 0 ? -1 : data.indexOf(0, langEnd + 1);
  return transEnd < 0 ? undefined : { at: transEnd + 1, compressed: data[nul + 1] === 1 };
}

/** ImageMagick's "Raw profile type …" text: "\n<name>\n<length>\n<hex…>". */
export function rawProfile(value: Buffer): Buffer | undefined {
  // The name line may hold spaces ("IPTC profile", as ExifTool writes it).
  // A writer may end the text with NULs (ExifTool reads past them).
  const match = /^\s*[^\n]*\n\s*(\d+)\s*\n([0-9a-fA-F\s]+)\0*$/.exec(value.toString('latin1'));
  if (!match) return undefined;
  return Buffer.from(match[2]!.replace(/\s+/g, ''), 'hex');
}

/** The raw profile text with its hex digits replaced by `data`'s (same length), layout kept. */
export function withRawProfile(value: Buffer, data: Buffer): Buffer {
  const text = value.toString('latin1');
  const header = /^\s*[^\n]*\n\s*\d+\s*\n/.exec(text)![0].length;
  const hex = data.toString('hex');
  let next = 0;
  const body = text.slice(header).replace(/[0-9a-fA-F]/g, () => hex[next++] ?? '0');
  return Buffer.from(text.slice(0, header) + body, 'latin1');
}

/** A whole PNG chunk: length, type, data and the CRC over type and data. */
export function buildPngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, data, pngCrc(Buffer.concat([head.subarray(4), data]))]);
}

/** The 4-byte CRC PNG stores after a chunk, over the given type and data bytes. */
export function pngCrc(typeAndData: Buffer): Buffer {
  let c = 0xffffffff;
  for (const byte of typeAndData) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE((c ^ 0xffffffff) >>> 0, 0);
  return crc;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
