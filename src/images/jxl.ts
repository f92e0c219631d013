// JPEG XL: either a bare codestream (FF 0A, no metadata) or an ISO-BMFF container ("JXL " signature
// box, ftyp, then boxes) whose metadata lives in "Exif" (a 4-byte offset, then a TIFF structure)
// and "xml " (XMP) boxes, Content Credentials in "jumb" boxes — or in "brob" boxes holding any of them Brotli-compressed, the
// compressed box's own type in its first four bytes.
import { brotliDecompressSync } from 'node:zlib';
import { CorruptFile, bufferView, subView, type ByteView } from './bytes.js';
import { emptyBlocks, type Blocks } from './blocks.js';
import { boxes, type Box } from './bmff.js';
import { maxSidecarBytes } from '../core/limits.js';
import { JXL_SIGNATURE } from './format.js';
import { InflateBudget } from './inflate.js';


export interface JxlStructure {
  /** The TIFF structures of "Exif" boxes: where each starts and its length. */
  exif: { at: number; length: number }[];
  xmp: { at: number; length: number }[];
  /** JUMBF superboxes ("jumb": Content Credentials), whole. */
  jumbf: { at: number; length: number }[];
  /** Brotli-compressed boxes ("brob"), with the type of the box they hold. */
  compressed: { box: Box; type: string }[];
  /** What the compressed boxes may decompress to together (see inflate.ts). */
  budget: InflateBudget;
}

export function jxlStructure(view: ByteView): JxlStructure {
  const found: JxlStructure = { exif: [], xmp: [], jumbf: [], compressed: [], budget: new InflateBudget("the JPEG XL's compressed boxes") };
  if (!view.get(0, Math.min(12, view.size)).equals(JXL_SIGNATURE)) return found; // a bare codestream
  for (const box of boxes(view, 0, view.size)) {
    if (box.type === 'Exif') {
      if (box.end - box.dataAt < 4) throw new CorruptFile('the JPEG XL Exif box is cut short');
      const offset = view.get(box.dataAt, 4).readUInt32BE(0);
      const at = box.dataAt + 4 + offset;
      if (at >= box.end) throw new CorruptFile('the JPEG XL Exif box points past its end');
      found.exif.push({ at, length: box.end - at });
    } else if (box.type === 'xml ') found.xmp.push({ at: box.dataAt, length: box.end - box.dataAt });
    else if (box.type === 'jumb') found.jumbf.push({ at: box.at, length: box.end - box.at });
    else if (box.type === 'brob') {
      if (box.end - box.dataAt < 4) throw new CorruptFile('a compressed JPEG XL box is cut short');
      found.compressed.push({ box, type: view.get(box.dataAt, 4).toString('latin1') });
    }
  }
  return found;
}

export function readJxlBlocks(view: ByteView): Blocks {
  const blocks = emptyBlocks();
  const found = jxlStructure(view);
  // Every box read before any is decompressed (see png.ts).
  for (const { box } of found.compressed) view.get(box.dataAt + 4, box.end - box.dataAt - 4);
  for (const { at, length } of found.exif) blocks.exif.push({ view: subView(view, at, length, 'its Exif box'), base: 0 });
  for (const { at, length } of found.xmp) blocks.xmp.push(view.get(at, length));
  const credentials = jxlCredentials(view, found);
  if (credentials.length) blocks.jumbf = credentials;
  for (const { box, type } of found.compressed) {
    if (type !== 'Exif' && type !== 'xml ') continue;
    const data = decompressed(view, box, type, found.budget);
    if (type === 'xml ') blocks.xmp.push(data);
    else {
      if (data.length < 4 || data.readUInt32BE(0) + 4 >= data.length) throw new CorruptFile('the compressed JPEG XL Exif box points past its end');
      blocks.exif.push({ view: bufferView(data), base: 4 + data.readUInt32BE(0) });
    }
  }
  return blocks;
}

/** The JUMBF superboxes (Content Credentials), whole: the jumb boxes, then those held Brotli-compressed in brob boxes, given back their header. */
export function jxlCredentials(view: ByteView, found: JxlStructure): Buffer[] {
  const superboxes = found.jumbf.map(({ at, length }) => view.get(at, length));
  for (const { box, type } of found.compressed) {
    if (type !== 'jumb') continue;
    const content = decompressed(view, box, type, found.budget);
    const header = Buffer.alloc(8);
    header.writeUInt32BE(8 + content.length, 0);
    header.write('jumb', 4, 'latin1');
    superboxes.push(Buffer.concat([header, content]));
  }
  return superboxes;
}

/** A brob box's content: the compressed box's own content, without its header. */
function decompressed(view: ByteView, box: Box, type: string, budget: InflateBudget): Buffer {
  const compressed = view.get(box.dataAt + 4, box.end - box.dataAt - 4);
  try {
    return budget.inflate(maxSidecarBytes(), (max) => brotliDecompressSync(compressed, { maxOutputLength: max }));
  } catch (error) {
    if (error instanceof CorruptFile) throw error;
    throw new CorruptFile(`its compressed ${type.trim()} box cannot be decompressed (${(error as Error).message})`);
  }
}
