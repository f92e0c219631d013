// Canon CR3: an ISO box file (brand 'crx ') whose EXIF sits in Canon's uuid box inside moov as four
// TIFF structures, each with a header of its own: CMT1 is IFD0, CMT2 the EXIF directory, CMT3 the
// Canon maker note and CMT4 the GPS directory (ExifTool's Canon uuid table). Its XMP is in the XMP
// uuid box at the top level.
import { CorruptFile, subView, type ByteView } from './bytes.js';
import { XMP_UUID, boxes, type Box } from './bmff.js';

const CANON_UUID = '85c0b687820f11e08111f4ce462b6a48';
const CMT = ['CMT1', 'CMT2', 'CMT3', 'CMT4'] as const;
export type CmtBlock = (typeof CMT)[number];

export interface Cr3Structure {
  /** The CMT boxes found (the first of each). */
  tiffs: Partial<Record<CmtBlock, Box>>;
  /** Where each XMP packet lies (after its box's 16-byte uuid). */
  xmp: { at: number; length: number }[];
}

export function cr3Structure(view: ByteView): Cr3Structure {
  const found: Cr3Structure = { tiffs: {}, xmp: [] };
  const top = boxes(view, 0, view.size);
  // Every CR3 has both: without them the file was cut short (a few bytes of a box header are skipped by `boxes`).
  for (const needed of ['moov', 'mdat']) {
    if (!top.some((box) => box.type === needed)) throw new CorruptFile(`the CR3 has no ${needed} box (the file may be cut short)`);
  }
  for (const box of top) {
    if (box.type === 'moov') {
      for (const child of boxes(view, box.dataAt, box.end)) {
        if (!isUuid(view, child, CANON_UUID)) continue;
        for (const item of boxes(view, child.dataAt + 16, child.end)) {
          const name = CMT.find((n) => n === item.type);
          if (name && !found.tiffs[name]) found.tiffs[name] = item;
        }
      }
    } else if (isUuid(view, box, XMP_UUID)) {
      found.xmp.push({ at: box.dataAt + 16, length: box.end - box.dataAt - 16 });
    }
  }
  return found;
}

/** A CMT block's TIFF structure as a view of its own: its offsets count from the block's start. */
export function cmtView(view: ByteView, box: Box): ByteView {
  return subView(view, box.dataAt, box.end - box.dataAt, `its ${box.type} block`);
}

function isUuid(view: ByteView, box: Box, uuid: string): boolean {
  return box.type === 'uuid' && box.end - box.dataAt >= 16 && view.get(box.dataAt, 16).toString('hex') === uuid;
}
