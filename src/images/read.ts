// Reads what an image's or video's metadata gives away. Reads only the blocks that hold metadata
// (usually within the first 64 KB), walks each container itself (JPEG segments, PNG chunks, WebP
// RIFF chunks, TIFF directories, MP4/MOV boxes, HEIC/AVIF items, a CR3's Canon boxes, a RAF's
// JPEG preview), and asks exifr only to parse XMP. Any failure becomes `error` so the audit fails closed.
import path from 'node:path';
import { describeError, fsReason } from '../core/errors.js';
import { readOrdinaryFile } from '../core/files.js';
import { maxSidecarBytes, megabytes } from '../core/limits.js';
import { addValue, emptyMetadata, type ImageMetadata, type MetadataValue } from './types.js';
import { UNREAD_FORMATS, detectFormat } from './format.js';
import { readPsdBlocks } from './psd.js';
import { readJxlBlocks } from './jxl.js';
import { readCrw } from './crw.js';
import { collectJumbf, jumbfJson } from './jumbf.js';
import { CorruptFile, HEAD_BYTES, SparseFile, bufferView, giveHeadBuffer, openForReading, openInMemory, takeHeadBuffer, withBytes, type ByteView, type OpenFile } from './bytes.js';
import { emptyBlocks, type Blocks } from './blocks.js';
import { readJpegBlocks } from './jpeg.js';
import { readPngBlocks } from './png.js';
import { readWebpBlocks } from './riff.js';
import { readGifBlocks } from './gif.js';
import { checkPixels } from './pixels.js';
import { boxes, parseIso6709, readBmffBlocks, type Box } from './bmff.js';
import { readHeifBlocks } from './heif.js';
import { TAG, Tiff, gpsAreaName, gpsDirectoryPosition, gpsPosition, type Ifd, type MakerNoteName } from './tiff.js';
import { cmtView, cr3Structure, type Cr3Structure } from './cr3.js';
import { readRafBlocks } from './raf.js';
import { IPTC_CAPTIONS, IPTC_COPYRIGHT, IPTC_LOCATION, IPTC_OWNER, iptcDatasets, iptcText, photoshopMetadata } from './iptc.js';
import { assertNoDoctype, collectXmp, parseXmp, xmpAsUtf8, xmpEdited, xmpMightMatter } from './xmp.js';
import { checkPreview, compareThumbnail } from './thumbnail.js';
import { firstTelemetryPosition, telemetryTracks } from './telemetry.js';
import { pushAll } from '../core/arrays.js';

const WALKERS: Record<string, (view: ByteView) => Blocks> = {
  jpeg: readJpegBlocks,
  png: readPngBlocks,
  webp: readWebpBlocks,
  heic: readHeifFile,
  avif: readHeifFile,
  mp4: readVideoBlocks,
  mov: readVideoBlocks,
  gif: readGifBlocks,
  raf: readRafBlocks,
  psd: readPsdBlocks,
  jxl: readJxlBlocks,
};

/**
 * A video's blocks (its moov box), and the EXIF and XMP items of any meta box listing items: a HEIF
 * under a major brand we do not know, or items in the moov, a trak or udta (ExifTool reads them
 * there). A video with neither a moov box nor such items was cut before its movie box, or is not
 * one: its recording position, which sits in the moov box, was never looked at.
 */
function readVideoBlocks(view: ByteView): Blocks {
  const itemMetas: Box[] = [];
  const blocks = readBmffBlocks(view, itemMetas);
  const top = boxes(view, 0, view.size);
  if (itemMetas.length) {
    const pictures = readHeifBlocks(view, itemMetas);
    pushAll(blocks.exif, pictures.exif);
    pushAll(blocks.xmp, pictures.xmp);
  } else if (!top.some((b) => b.type === 'moov')) {
    throw new CorruptFile('the video has no movie box (moov), where its recording position would be: it was cut short');
  }
  const telemetry = telemetryTracks(view);
  if (telemetry.length) blocks.telemetry = telemetry;
  return blocks;
}

/**
 * A HEIF's or AVIF's items, and what a movie box beside them gives away: an image sequence (msf1,
 * avis) or a picture with a movie keeps a recording position (©xyz, Apple keys) and more items
 * there. The moov of a HEIF was never looked at: its position passed, and stayed in the cleaned copy.
 */
function readHeifFile(view: ByteView): Blocks {
  const blocks = readHeifBlocks(view);
  const top = boxes(view, 0, view.size);
  if (!top.some((b) => b.type === 'moov')) return blocks;
  const itemMetas: Box[] = [];
  const movie = readBmffBlocks(view, itemMetas);
  const nested = itemMetas.filter((meta) => !top.some((b) => b.at === meta.at));
  const items = nested.length ? readHeifBlocks(view, nested) : undefined;
  pushAll(blocks.exif, items?.exif ?? []);
  pushAll(blocks.xmp, movie.xmp);
  pushAll(blocks.xmp, items?.xmp ?? []);
  pushAll(blocks.iso6709, movie.iso6709);
  pushAll(blocks.texts, movie.texts);
  return blocks;
}

export interface ReadOptions {
  /**
   * An embedded EXIF preview: decoded and compared with the image only when the file shows an edit
   * or the shapes disagree ('auto', the default), always compared ('full'), or skipped ('off').
   */
  thumbnail?: 'auto' | 'full' | 'off';
  /** The XMP sidecar files known to sit beside the image; when given, the folder is not probed. */
  sidecars?: string[];
  /** With no metadata found, check that the picture decodes ('check', the default; see pixels.ts). */
  pixels?: 'check' | 'off';
  /** Read the titles, captions and keywords stored with the picture (ImageMetadata.captions). */
  captions?: boolean;
}

/** Reads a file, or a picture already in memory (a data: URL's, which has no sidecars). */
export async function readImageMetadata(file: string | Buffer, options: ReadOptions = {}): Promise<ImageMetadata> {
  let handle: OpenFile;
  try {
    handle = typeof file === 'string' ? await openForReading(file) : openInMemory(file);
  } catch (error) {
    return { ...emptyMetadata(), error: fsReason(error) };
  }
  // One read of the head into a pooled buffer; nothing that outlives this call may point into it.
  // The file stays open until the pixel check, which reuses its size, head and handle.
  const head = takeHeadBuffer();
  const seen: Seen = { size: 0, headBytes: 0 };
  let metadata: ImageMetadata;
  try {
    try {
      metadata = await inspect(file, handle, head, options, seen);
    } catch (error) {
      metadata = { ...emptyMetadata(), error: failure(error) };
    }
    if (!metadata.error && typeof file === 'string') await addSidecars(file, metadata, options.sidecars).catch((error: unknown) => (metadata.error = failure(error)));
    return await checkPixels(file, metadata, options.pixels ?? 'check', { size: seen.size, head: head.subarray(0, seen.headBytes), handle });
  } finally {
    handle.close();
    giveHeadBuffer(head);
  }
}

/** What `inspect` learnt about the file itself, for the pixel check. */
interface Seen {
  size: number;
  headBytes: number;
}

async function inspect(file: string | Buffer, handle: OpenFile, head: Buffer, options: ReadOptions, seen: Seen): Promise<ImageMetadata> {
  const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
  if (bytesRead === 0) return { ...emptyMetadata(), error: 'the file is empty' };
  const size = bytesRead < HEAD_BYTES ? bytesRead : await handle.size();
  seen.size = size;
  seen.headBytes = bytesRead;
  const sparse = new SparseFile(size, head.subarray(0, bytesRead));
  const format = detectFormat(sparse.head);
  if (!format) return { ...emptyMetadata(), error: 'not an image or video format the auditor recognises' };
  const metadata = emptyMetadata(format);
  if (options.captions) metadata.captions = [];

  let blocks: Blocks;
  let exifs: ExifFacts[];
  switch (format) {
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'heic':
    case 'avif':
    case 'mp4':
    case 'mov':
    case 'gif':
    case 'raf':
    case 'psd':
    case 'jxl': {
      const walk = WALKERS[format]!;
      ({ blocks, exifs } = await withBytes(handle, sparse, (view) => {
        const found = walk(view);
        return { blocks: found, exifs: found.exif.map((block) => ({ ...exifFacts(block.view, block.base, false), ...(block.origin ? { origin: block.origin } : {}) })) };
      }));
      break;
    }
    case 'tiff': {
      exifs = await withBytes(handle, sparse, (view) => {
        const whole = exifFacts(view, 0, true);
        return [whole, ...(whole.photoshopExif ?? []).map((tiff) => exifFacts(bufferView(tiff), 0, false))];
      });
      const exif = exifs[0]!;
      blocks = { ...emptyBlocks(), xmp: exif.xmp ?? [], ...(exif.iptc ? { iptc: exif.iptc } : {}) };
      break;
    }
    case 'cr3': {
      ({ blocks, exifs } = await withBytes(handle, sparse, (view) => {
        const found = cr3Structure(view);
        const hasExif = Object.keys(found.tiffs).length > 0;
        return { blocks: { ...emptyBlocks(), xmp: found.xmp.map(({ at, length }) => view.get(at, length)) }, exifs: hasExif ? [cr3Facts(view, found.tiffs)] : [] };
      }));
      break;
    }
    case 'crw': {
      // No position can be in it: its camera, owner and serial only.
      const { owner, ...camera } = await withBytes(handle, sparse, (view) => readCrw(view));
      blocks = emptyBlocks();
      exifs = [{ ...camera, owner: owner ? [{ field: 'CRW OwnerName', value: owner }] : [], copyright: [], problems: [] }];
      break;
    }
    default: {
      const name = UNREAD_FORMATS[format] ?? format;
      return { ...metadata, error: `the auditor does not read ${name} files, whose metadata may hold a location or names` };
    }
  }

  // The main EXIF is the picture's own: a block of an embedded picture never stands in for it.
  const exif = exifs[0]?.origin === undefined ? exifs[0] : undefined;
  if (blocks.width) metadata.width = blocks.width;
  if (blocks.height) metadata.height = blocks.height;
  if (exif) applyExif(exif, metadata);
  for (const more of exif ? exifs.slice(1) : exifs) applyMoreExif(more, metadata);
  if (blocks.iptc) applyIptc(blocks.iptc, metadata);
  // Each packet costs a parse: a file whose items or boxes name more than a sidecar may hold is not read.
  const xmpBytes = blocks.xmp.reduce((sum, raw) => sum + raw.length, 0);
  if (xmpBytes > maxSidecarBytes()) throw new CorruptFile(`its XMP packets come to ${megabytes(xmpBytes)}, more than the ${megabytes(maxSidecarBytes())} the auditor reads`);
  const packets: Buffer[] = [];
  for (const raw of blocks.xmp) {
    const packet = xmpAsUtf8(raw);
    packets.push(packet);
    assertNoDoctype(packet);
    if (xmpMightMatter(packet, options.captions)) collectXmp(await parseXmp(packet), metadata, 'XMP');
  }
  for (const superbox of blocks.jumbf ?? []) collectJumbf(jumbfJson(superbox), metadata);
  for (const { kind, field, value } of blocks.texts) {
    const list = kind === 'location' ? metadata.locationNames : kind === 'owner' ? metadata.owner : metadata.captions;
    if (list) addValue(list, field, value);
  }
  for (const { field, value } of blocks.iso6709) {
    const position = parseIso6709(value);
    if (position) metadata.gps.push({ ...position, source: 'QuickTime', field: field.replace(/^QuickTime /, '') });
    // A location field that holds something other than a position: shown for a person to judge, never passed.
    else if (value.replace(/[\0\s/]/g, '') !== '') addValue(metadata.locationNames, `${field} (not a position the auditor can read)`, value.replace(/\0/g, '').trim().slice(0, 80));
  }
  if (blocks.telemetry) {
    const position = await firstTelemetryPosition(handle, blocks.telemetry);
    if (position) metadata.gps.push(position);
  }
  if (exif?.thumbnail && format === 'jpeg' && options.thumbnail !== 'off') {
    // A copy: the preview's bytes may sit in the pooled head buffer, and decoding is asynchronous.
    const thumbnail = Buffer.from(exif.thumbnail);
    const verdict =
      options.thumbnail === 'full'
        ? await compareThumbnail(file, thumbnail, metadata)
        : await checkPreview(file, thumbnail, {
            ...(metadata.width ? { width: metadata.width } : {}),
            ...(metadata.height ? { height: metadata.height } : {}),
            ...(exif.pixelWidth ? { pixelWidth: exif.pixelWidth } : {}),
            ...(exif.pixelHeight ? { pixelHeight: exif.pixelHeight } : {}),
            ...(exif.modifyDate ? { modifyDate: exif.modifyDate } : {}),
            ...(exif.originalDate ? { originalDate: exif.originalDate } : {}),
            // Searched only when a preview is to be judged: a depth map's packet of megabytes is not read for nothing.
            xmpEdited: packets.some(xmpEdited),
          });
    if (verdict) metadata.thumbnail = verdict;
  }
  return metadata;
}

interface ExifFacts {
  /** Set for a block of another picture inside the file (an MPO's second image). */
  origin?: string;
  gps?: { latitude: number; longitude: number; field?: string };
  /** The GPS directory's GPSAreaInformation: a place's name. */
  gpsArea?: string;
  make?: string;
  model?: string;
  serial?: string;
  cameraOwner?: string;
  /** Places and people named in the maker note. */
  makerNames?: MakerNoteName[];
  owner: MetadataValue[];
  copyright: MetadataValue[];
  /** Titles, captions and keywords (ImageMetadata.captions). */
  captions?: MetadataValue[];
  orientation?: number;
  width?: number;
  height?: number;
  thumbnail?: Buffer;
  pixelWidth?: number;
  pixelHeight?: number;
  modifyDate?: string;
  originalDate?: string;
  xmp?: Buffer[];
  iptc?: Buffer;
  /** The EXIF (TIFF structures) a TIFF's Photoshop image resources hold. */
  photoshopExif?: Buffer[];
  problems: string[];
}

/** A directory's values by tag, decoded by the TIFF structure that holds it (none: no values). */
interface Directory {
  text(tag: number): string | undefined;
  number(tag: number): number | undefined;
}

function directory(tiff: Tiff | undefined, ifd: Ifd | undefined): Directory {
  return { text: (tag) => tiff?.string(ifd?.entries.get(tag)), number: (tag) => tiff?.number(ifd?.entries.get(tag)) };
}

/** Sets a fact that the file gives; one it does not give stays absent. */
function setFact<K extends keyof ExifFacts>(facts: ExifFacts, key: K, value: ExifFacts[K] | undefined): void {
  if (value !== undefined) facts[key] = value;
}

/** The camera, its owner and the copyright, from IFD0, the EXIF directory and the maker note. */
function identityFacts(ifd0: Directory, exif: Directory, makerNote: { serial(): string | undefined; canonOwner(): string | undefined }, problems: string[]): ExifFacts {
  const facts: ExifFacts = { owner: [], copyright: [], problems };
  setFact(facts, 'make', ifd0.text(TAG.Make));
  setFact(facts, 'model', ifd0.text(TAG.Model));
  setFact(facts, 'serial', exif.text(TAG.BodySerialNumber) ?? ifd0.text(TAG.CameraSerialNumber) ?? makerNote.serial());
  setFact(facts, 'cameraOwner', exif.text(TAG.CameraOwnerName));
  setFact(facts, 'orientation', ifd0.number(TAG.Orientation));
  const artist = ifd0.text(TAG.Artist);
  if (artist) facts.owner.push({ field: 'EXIF Artist', value: artist });
  const xpAuthor = ifd0.text(TAG.XPAuthor);
  if (xpAuthor && xpAuthor !== artist) facts.owner.push({ field: 'EXIF XPAuthor', value: xpAuthor });
  if (facts.cameraOwner) facts.owner.push({ field: 'EXIF CameraOwnerName', value: facts.cameraOwner });
  const make = facts.make ?? '';
  if (/^canon/i.test(make) && !facts.cameraOwner) {
    // Canon cameras keep the owner's name in their maker note (ExifTool: Canon:OwnerName).
    const canonOwner = makerNote.canonOwner();
    if (canonOwner) facts.owner.push({ field: 'EXIF Canon OwnerName', value: canonOwner });
  }
  const copyright = ifd0.text(TAG.Copyright);
  if (copyright) facts.copyright.push({ field: 'EXIF Copyright', value: copyright });
  for (const [tag, field] of EXIF_CAPTIONS) {
    const text = ifd0.text(tag);
    if (text) (facts.captions ??= []).push({ field, value: text });
  }
  return facts;
}

const EXIF_CAPTIONS: [number, string][] = [
  [TAG.ImageDescription, 'EXIF ImageDescription'],
  [TAG.XPTitle, 'EXIF XPTitle'],
  [TAG.XPSubject, 'EXIF XPSubject'],
  [TAG.XPComment, 'EXIF XPComment'],
  [TAG.XPKeywords, 'EXIF XPKeywords'],
];

/** Everything the EXIF directories say. Synchronous so it can run inside `withBytes`. */
function exifFacts(view: ByteView, base: number, wholeTiff: boolean): ExifFacts {
  const tiff = new Tiff(view, base);
  const ifd0 = tiff.ifd0.entries;
  const exif = tiff.exif?.entries;
  const facts = identityFacts(directory(tiff, tiff.ifd0), directory(tiff, tiff.exif), { serial: () => tiff.makerNoteSerial(), canonOwner: () => tiff.canonOwnerName() }, tiff.problems);
  const gps = gpsPosition(tiff);
  if (gps) facts.gps = gps;
  setFact(facts, 'gpsArea', gpsAreaName(tiff));
  const makerNames = tiff.panasonicNames();
  if (makerNames.length) facts.makerNames = makerNames;
  if (wholeTiff) {
    setFact(facts, 'width', tiff.number(ifd0.get(TAG.ImageWidth)));
    setFact(facts, 'height', tiff.number(ifd0.get(TAG.ImageHeight)));
    // Each page's or SubIFD's XMP and IPTC too, as ExifTool reads them.
    const pages = [tiff.ifd0, ...tiff.more];
    const xmp = pages.flatMap((ifd) => ifd.entries.get(TAG.XmpPacket) ?? []);
    if (xmp.length) facts.xmp = xmp.map((entry) => view.get(entry.valueAt, entry.byteLength));
    const iptc = pages.flatMap((ifd) => ifd.entries.get(TAG.IptcNaa) ?? []).map((entry) => view.get(entry.valueAt, entry.byteLength));
    // Photoshop's image resources (tag 34377) may hold IPTC, XMP and EXIF of their own: ExifTool reads them.
    for (const entry of pages.flatMap((ifd) => ifd.entries.get(TAG.PhotoshopResources) ?? [])) {
      const found = photoshopMetadata(view.get(entry.valueAt, entry.byteLength));
      pushAll(iptc, found.iptc);
      if (found.xmp.length) pushAll((facts.xmp ??= []), found.xmp);
      if (found.exif.length) facts.photoshopExif = found.exif;
    }
    if (iptc.length) facts.iptc = Buffer.concat(iptc);
  } else if (tiff.ifd1) {
    setFact(facts, 'pixelWidth', tiff.number(exif?.get(TAG.PixelXDimension)));
    setFact(facts, 'pixelHeight', tiff.number(exif?.get(TAG.PixelYDimension)));
    setFact(facts, 'modifyDate', tiff.string(ifd0.get(TAG.DateTime)));
    setFact(facts, 'originalDate', tiff.string(exif?.get(TAG.DateTimeOriginal)));
    const offset = tiff.number(tiff.ifd1.entries.get(TAG.ThumbnailOffset));
    const length = tiff.number(tiff.ifd1.entries.get(TAG.ThumbnailLength));
    if (offset && length) {
      try {
        const bytes = view.get(base + offset, length);
        if (bytes[0] === 0xff && bytes[1] === 0xd8) facts.thumbnail = bytes;
      } catch (error) {
        if (!(error instanceof CorruptFile)) throw error;
      }
    }
  }
  return facts;
}

/**
 * A CR3's EXIF, spread over its CMT blocks: IFD0 (CMT1), the EXIF directory (CMT2), the Canon maker
 * note (CMT3, its IFD0 the note's directory) and the GPS directory (CMT4, its IFD0 the GPS one).
 */
function cr3Facts(view: ByteView, found: Cr3Structure['tiffs']): ExifFacts {
  const tiff = (name: keyof Cr3Structure['tiffs']) => {
    const box = found[name];
    return box && new Tiff(cmtView(view, box));
  };
  const ifd0 = tiff('CMT1');
  const exif = tiff('CMT2');
  const gps = tiff('CMT4');
  // As for a JPEG's maker note: one that cannot be read only means no owner's name from it.
  const makerNote = () => {
    try {
      return tiff('CMT3');
    } catch (error) {
      if (error instanceof CorruptFile) return undefined;
      throw error;
    }
  };
  const problems = [...(ifd0?.problems ?? []), ...(exif?.problems ?? [])];
  const canonOwner = () => {
    const note = makerNote();
    return directory(note, note?.ifd0).text(TAG.CanonOwnerName);
  };
  const facts = identityFacts(directory(ifd0, ifd0?.ifd0), directory(exif, exif?.ifd0), { serial: () => undefined, canonOwner }, problems);
  const position = (ifd0 && gpsPosition(ifd0)) ?? (gps && gpsDirectoryPosition(gps, gps.ifd0));
  if (position) facts.gps = position;
  const width = ifd0?.number(ifd0.ifd0.entries.get(TAG.ImageWidth));
  const height = ifd0?.number(ifd0.ifd0.entries.get(TAG.ImageHeight));
  if (width) facts.width = width;
  if (height) facts.height = height;
  return facts;
}

function applyExif(facts: ExifFacts, metadata: ImageMetadata): void {
  if (facts.problems.includes('GPS')) {
    throw new CorruptFile('the EXIF block points to a GPS directory that cannot be read');
  }
  // The EXIF directory holds the owner's name, the serial and the maker note: one that cannot be read is not passed.
  if (facts.problems.includes('EXIF')) throw new CorruptFile('the EXIF block points to an EXIF directory that cannot be read');
  if (facts.gps) metadata.gps.push({ ...facts.gps, source: 'EXIF', field: facts.gps.field ?? 'GPSLatitude' });
  if (facts.make) metadata.device.make = facts.make;
  if (facts.model) metadata.device.model = facts.model;
  if (facts.serial) metadata.device.serial = facts.serial;
  if (facts.cameraOwner) metadata.device.owner = facts.cameraOwner;
  if (facts.orientation) metadata.orientation = facts.orientation;
  if (facts.width && !metadata.width) metadata.width = facts.width;
  if (facts.height && !metadata.height) metadata.height = facts.height;
  pushAll(metadata.owner, facts.owner);
  pushAll(metadata.copyright, facts.copyright);
  addCaptions(facts, metadata);
  applyExifNames(facts, metadata);
}

function addCaptions(facts: ExifFacts, metadata: ImageMetadata): void {
  if (!metadata.captions) return;
  for (const { field, value } of facts.captions ?? []) if (!cameraBoilerplate(value, facts)) addValue(metadata.captions, field, value);
}

/** What cameras write into ImageDescription by themselves ("OLYMPUS DIGITAL CAMERA", "SONY DSC"): no one's caption. */
function cameraBoilerplate(value: string, facts: ExifFacts): boolean {
  const text = value.trim();
  if (text === facts.make?.trim() || text === facts.model?.trim()) return true;
  return /^(?:[A-Z0-9 ._-]*(?:DIGITAL (?:STILL )?CAMERA|DSC|CAMERA|PICTURE)|Exif_JPEG_\w+|DCIM[\\/].*|(?:IMG|DSC|DSCN|DSCF|PXL|P)[_ -]?\d[\w-]*(?:\.\w+)?|default|untitled|image|photo|picture|\W*)$/i.test(text);
}

/** The places and people the EXIF names: its GPS area, and what its maker note records. */
function applyExifNames(facts: ExifFacts, metadata: ImageMetadata): void {
  if (facts.gpsArea) addValue(metadata.locationNames, 'EXIF GPSAreaInformation', facts.gpsArea);
  for (const { kind, field, value } of facts.makerNames ?? []) addValue(kind === 'place' ? metadata.locationNames : metadata.people, `EXIF ${field}`, value);
}

/** A further EXIF block (a second APP1 or eXIf): its position and names count too. */
function applyMoreExif(facts: ExifFacts, metadata: ImageMetadata): void {
  if (facts.problems.includes('GPS')) throw new CorruptFile('an EXIF block points to a GPS directory that cannot be read');
  if (facts.problems.includes('EXIF')) throw new CorruptFile('an EXIF block points to an EXIF directory that cannot be read');
  if (facts.gps && !metadata.gps.some((g) => g.source.endsWith('EXIF') && g.latitude === facts.gps!.latitude && g.longitude === facts.gps!.longitude)) {
    metadata.gps.push({ ...facts.gps, source: facts.origin ? `${facts.origin} EXIF` : 'EXIF', field: facts.gps.field ?? 'GPSLatitude' });
  }
  for (const { field, value } of facts.owner) addValue(metadata.owner, field, value);
  for (const { field, value } of facts.copyright) addValue(metadata.copyright, field, value);
  addCaptions(facts, metadata);
  applyExifNames(facts, metadata);
}

function applyIptc(data: Buffer, metadata: ImageMetadata): void {
  for (const dataset of iptcDatasets(data)) {
    if (dataset.record !== 2) continue;
    const value = iptcText(dataset.value);
    if (!value) continue;
    const push = (list: MetadataValue[], field: string | undefined) => {
      if (field) addValue(list, field, value);
    };
    push(metadata.locationNames, IPTC_LOCATION[dataset.dataset]);
    push(metadata.owner, IPTC_OWNER[dataset.dataset] === 'IPTC By-line' ? 'IPTC By-line' : undefined);
    push(metadata.copyright, IPTC_COPYRIGHT[dataset.dataset] === 'IPTC CopyrightNotice' ? 'IPTC CopyrightNotice' : undefined);
    if (metadata.captions) push(metadata.captions, IPTC_CAPTIONS[dataset.dataset]);
  }
}

/** XMP sidecars: photo.xmp and photo.jpg.xmp beside the photo (Lightroom, darktable, digiKam). */
async function addSidecars(file: string, metadata: ImageMetadata, known: string[] | undefined): Promise<void> {
  const candidates = known ?? sidecarCandidates(file);
  for (const candidate of candidates) {
    let packet: Buffer;
    try {
      packet = xmpAsUtf8(readOrdinaryFile(candidate, maxSidecarBytes()));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !known) continue;
      throw new Error(`its XMP sidecar ${path.basename(candidate)} could not be read (${fsReason(error)})`);
    }
    (metadata.sidecars ??= []).push(candidate);
    assertNoDoctype(packet, `its XMP sidecar ${path.basename(candidate)}`);
    if (xmpMightMatter(packet, metadata.captions !== undefined)) collectXmp(await parseXmp(packet), metadata, 'XMP sidecar');
  }
}

export function sidecarCandidates(file: string): string[] {
  const stem = file.slice(0, file.length - path.extname(file).length);
  return [`${stem}.xmp`, `${stem}.XMP`, `${file}.xmp`, `${file}.XMP`];
}

function failure(error: unknown): string {
  const message = describeError(error);
  if (error instanceof CorruptFile) return `the file is damaged: ${message}`;
  return `its metadata could not be read (${message.split('\n')[0]})`;
}
