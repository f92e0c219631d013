// IPTC-IIM: the Photoshop image resource that carries it, and its datasets.
import { CorruptFile } from './bytes.js';

export interface PhotoshopResource {
  id: number;
  /** Offsets inside the resource block: the whole resource and its data. */
  at: number;
  end: number;
  dataAt: number;
  dataLength: number;
}

/** The image resources that hold metadata: IPTC-IIM, EXIF (a TIFF structure) and XMP. */
export const PHOTOSHOP_RESOURCE = { iptc: 0x0404, iptcDigest: 0x0425, exif: 0x0422, exif3: 0x0423, xmp: 0x0424 } as const;

/**
 * The signatures a Photoshop image resource may carry: "8BIM", or the rare ones of ImageReady
 * ("PHUT"), PhotoDeluxe ("MeSa") and others ("AgHg", "DCSR"), which ExifTool walks past and exiv2
 * reads IPTC from (its bug 800).
 */
const RESOURCE_SIGNATURES = new Set(['8BIM', 'PHUT', 'MeSa', 'AgHg', 'DCSR']);

/** The image resources of a Photoshop APP13 block (after "Photoshop 3.0\0"); throws CorruptFile if one overruns it. */
export function photoshopResources(block: Buffer): PhotoshopResource[] {
  const resources: PhotoshopResource[] = [];
  let pos = 0;
  while (pos + 12 <= block.length && RESOURCE_SIGNATURES.has(block.toString('latin1', pos, pos + 4))) {
    const id = block.readUInt16BE(pos + 4);
    const nameLength = block[pos + 6]!;
    const namePadded = (nameLength + 1) % 2 === 0 ? nameLength + 1 : nameLength + 2;
    const sizeAt = pos + 6 + namePadded;
    if (sizeAt + 4 > block.length) break;
    const size = block.readUInt32BE(sizeAt);
    const dataAt = sizeAt + 4;
    // A size past the block would swallow the resources after it; only the last one's pad byte may be missing.
    if (dataAt + size > block.length) throw new CorruptFile('a Photoshop image resource runs past the end of its block');
    const end = Math.min(block.length, dataAt + size + (size % 2));
    resources.push({ id, at: pos, end, dataAt, dataLength: size });
    pos = end;
  }
  return resources;
}

/** What a block of Photoshop image resources holds that ExifTool reads: IPTC datasets, XMP packets and EXIF (TIFF) structures. */
export function photoshopMetadata(block: Buffer): { iptc: Buffer[]; xmp: Buffer[]; exif: Buffer[] } {
  const found = { iptc: [] as Buffer[], xmp: [] as Buffer[], exif: [] as Buffer[] };
  for (const resource of photoshopResources(block)) {
    const bytes = block.subarray(resource.dataAt, resource.dataAt + resource.dataLength);
    if (resource.id === PHOTOSHOP_RESOURCE.iptc) found.iptc.push(bytes);
    else if (resource.id === PHOTOSHOP_RESOURCE.xmp) found.xmp.push(bytes);
    else if (resource.id === PHOTOSHOP_RESOURCE.exif) found.exif.push(bytes);
  }
  return found;
}

export interface IptcDataset {
  record: number;
  dataset: number;
  at: number;
  end: number;
  value: Buffer;
}

export function iptcDatasets(data: Buffer): IptcDataset[] {
  const out: IptcDataset[] = [];
  let pos = 0;
  while (pos + 5 <= data.length && data[pos] === 0x1c) {
    const record = data[pos + 1]!;
    const dataset = data[pos + 2]!;
    let length = data.readUInt16BE(pos + 3);
    let valueAt = pos + 5;
    if (length & 0x8000) {
      const bytes = length & 0x7fff;
      if (bytes > 4 || valueAt + bytes > data.length) break;
      length = data.readUIntBE(valueAt, bytes);
      valueAt += bytes;
    }
    const end = Math.min(data.length, valueAt + length);
    out.push({ record, dataset, at: pos, end, value: data.subarray(valueAt, end) });
    pos = end;
  }
  return out;
}

/** Record-2 datasets that carry a place, and the names ExifTool gives them. */
export const IPTC_LOCATION: Record<number, string> = {
  90: 'IPTC City',
  92: 'IPTC Sub-location',
  95: 'IPTC Province-State',
  101: 'IPTC Country-PrimaryLocationName',
};
export const IPTC_LOCATION_CODES: Record<number, string> = { 100: 'IPTC Country-PrimaryLocationCode', 26: 'IPTC ContentLocationCode', 27: 'IPTC ContentLocationName' };
export const IPTC_OWNER: Record<number, string> = { 80: 'IPTC By-line', 122: 'IPTC Writer-Editor' };
export const IPTC_COPYRIGHT: Record<number, string> = { 116: 'IPTC CopyrightNotice', 110: 'IPTC Credit' };
/** Datasets shown beside a published photo: its title, headline, caption and keywords. */
export const IPTC_CAPTIONS: Record<number, string> = { 5: 'IPTC ObjectName', 105: 'IPTC Headline', 120: 'IPTC Caption-Abstract', 25: 'IPTC Keywords' };

export function iptcText(value: Buffer): string {
  const utf8 = value.toString('utf8');
  // eslint-disable-next-line no-control-regex
  return (utf8.includes('\uFFFD') ? value.toString('latin1') : utf8).replace(/\u0000+$/, '').trim();
}
