// Lossless clean-up: removes location (and optionally people tags) from a copy of a photo or video
// by patching its metadata blocks in place — the image data is copied byte for byte, never
// re-encoded. Every patch keeps the file's length: EXIF loses its GPS directory (zeroed and
// unlinked from IFD0), XMP properties are overwritten with spaces, IPTC datasets are dropped and
// the record padded, MP4/MOV location atoms become 'free' boxes, a CR3's GPS block (CMT4) is
// emptied, a RAF's JPEG preview is cleaned as a JPEG. The one exception: a PNG text
// chunk that is compressed or hex-encoded (compressed XMP, "Raw profile type …") is rebuilt whole at
// its new length — PNG chunks are independent, and the image data is still copied byte for byte.
// The copy is written to a temporary file, re-read, and renamed into place only if it reads clean.
import { createHash } from 'node:crypto';
import { displayPath, isInside, temporaryName } from '../core/paths.js';
import { fsReason } from '../core/errors.js';
import { copyFile, open, rename, unlink, readFile, realpath, stat } from 'node:fs/promises';
import { makeFolders } from '../core/files.js';
import path from 'node:path';
import { CorruptFile, HEAD_BYTES, SparseFile, bufferView, withBytes, type ByteView } from './bytes.js';
import { cmtView, cr3Structure } from './cr3.js';
import { rafJpeg } from './raf.js';
import { afcpIptc } from './afcp.js';
import { collectJumbf, isJumbfPayload, jumbfJson, jumbfSuperboxes } from './jumbf.js';
import { emptyMetadata } from './types.js';
import { psdStructure } from './psd.js';
import { jxlCredentials, jxlStructure } from './jxl.js';
import { readCrw } from './crw.js';
import { UNREAD_FORMATS, detectFormat } from './format.js';
import { MPF_HEADER, PHOTOSHOP_HEADER, XMP_EXT_HEADER, XMP_HEADER, isExifPayload, isTiffHeader, jpegSegments, looseXmpStart, mpfImages, photoshopBlocks, startsWith, type PhotoshopBlock } from './jpeg.js';
import { buildPngChunk, pngChunks, pngCrc, pngText, pngTextBudget, pngTextValue, rawProfile, withRawProfile } from './png.js';
import { riffChunks } from './riff.js';
import { gifStructure } from './gif.js';
import { QUICKTIME_TEXTS, boxes, ilstKey, isNikonGpsTag, nikonRecords, readBmffBlocks, type Box } from './bmff.js';
import { TAG, Tiff, type TiffEntry } from './tiff.js';
import { PHOTOSHOP_RESOURCE, iptcDatasets, photoshopResources, type PhotoshopResource } from './iptc.js';
import { blankXmp } from './xmp-edit.js';
import { telemetryRanges, telemetryTracks } from './telemetry.js';
import { readImageMetadata } from './read.js';
import { MAX_XMP_BYTES, exifItemBase, heifItemBytes, heifStructure, isExifItem, isXmpItem, type HeifItem } from './heif.js';
import { InflateBudget } from './inflate.js';
import { deflateSync, inflateSync } from 'node:zlib';
import { pushAll } from '../core/arrays.js';

export interface StripOptions {
  location: boolean;
  people: boolean;
  /** Where the temporary copy is written before its rename (default: beside the output). Same disk. */
  tempDir?: string;
  /**
   * The output folder's real path (links resolved): the copy is written only if its folder, links
   * resolved, lies inside it — a symbolic link below --out must not lead the copy (or a new folder)
   * onto an original or anywhere else.
   */
  within?: string;
}

export interface StripResult {
  written: boolean;
  removed: string[];
  message?: string;
}

interface Patch {
  at: number;
  data: Buffer;
}

interface Plan {
  patches: Patch[];
  /**
   * Whole PNG chunks replaced by a rebuilt chunk of another length (compressed or hex-encoded text
   * cannot be edited in place); the image data around them is copied byte for byte.
   */
  splices?: { at: number; length: number; data: Buffer }[];
  removed: string[];
  /** Set when the file cannot be cleaned losslessly: nothing is written. */
  refusal?: string;
}

class NotCleanable extends Error {}

export async function stripMetadata(input: string, output: string, options: StripOptions): Promise<StripResult> {
  if (path.resolve(input) === path.resolve(output)) return { written: false, removed: [], message: 'the output would overwrite the original; originals are never modified' };
  // A pipe, socket or device (a sidecar photo.xmp made a pipe) is never opened: reading one waits
  // forever (audit post.md --strip-location hung on such a sidecar).
  const kind = await stat(input).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (kind instanceof Error) return { written: false, removed: [], message: `not cleaned: could not be read (${fsReason(kind)})` };
  if (!kind.isFile()) return { written: false, removed: [], message: 'not cleaned: not a regular file (a pipe, socket or device)' };
  if (options.within) {
    // A photo that is a link to a file inside --out: its copy, or another photo's, would be renamed
    // over that file, the original.
    const real = await realpath(input).catch(() => undefined);
    if (real !== undefined && isInside(real, options.within)) {
      return { written: false, removed: [], message: `not cleaned: it is a link to ${displayPath(real)}, inside the output folder, where a cleaned copy would replace it; keep the originals apart from --out` };
    }
  }
  let plan: Plan;
  try {
    plan = await planFor(input, options);
  } catch (error) {
    const reason = error instanceof NotCleanable || error instanceof CorruptFile ? error.message : `could not be read (${(error as Error).message})`;
    return { written: false, removed: [], message: `not cleaned: ${reason}` };
  }
  if (plan.refusal) return { written: false, removed: [], message: `not cleaned: ${plan.refusal}` };

  if (options.within) {
    // Checked before any folder is made (mkdir would follow the link too), and again after.
    const escape = await leadsOutside(path.dirname(output), options.within);
    if (escape) return { written: false, removed: [], message: `not cleaned: ${escape}` };
  }
  try {
    await makeFolders(path.dirname(output));
    if (options.tempDir) await makeFolders(options.tempDir);
  } catch (error) {
    return { written: false, removed: [], message: `not cleaned: its folder in the output could not be made (${fsReason(error)})` };
  }
  if (options.within) {
    const escape = await leadsOutside(path.dirname(output), options.within);
    if (escape) return { written: false, removed: [], message: `not cleaned: ${escape}` };
  }
  const temp = path.join(options.tempDir ?? path.dirname(output), temporaryName(output, `${process.pid}.${Math.random().toString(36).slice(2, 8)}`));
  try {
    await copyFile(input, temp);
    if (plan.patches.length > 0) {
      const handle = await open(temp, 'r+');
      try {
        for (const patch of plan.patches) await handle.write(patch.data, 0, patch.data.length, patch.at);
      } finally {
        await handle.close();
      }
    }
    if (plan.splices?.length) await splice(temp, plan.splices);
    const left = await leftovers(temp, input, options);
    if (left) {
      await unlink(temp).catch(() => undefined);
      return { written: false, removed: [], message: `not cleaned: the cleaned copy still carried ${left}, so it was deleted` };
    }
    await rename(temp, output);
    return { written: true, removed: [...new Set(plan.removed)] };
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    return { written: false, removed: [], message: `not cleaned: ${(error as Error).message}` };
  }
}

/**
 * Why a copy may not be written into `folder` (its nearest existing part, links resolved, is not
 * inside `within`), or undefined when it may.
 */
async function leadsOutside(folder: string, within: string): Promise<string | undefined> {
  const rest: string[] = [];
  for (let at = path.resolve(folder); ; at = path.dirname(at)) {
    const real = await realpath(at).catch(() => undefined);
    if (real !== undefined) {
      if (isInside(path.join(real, ...rest.reverse()), within)) return undefined;
      return `its place in the output folder, ${displayPath(folder)}, leads outside it through a symbolic link (to ${displayPath(real)}); nothing was written there`;
    }
    if (path.dirname(at) === at) return undefined;
    rest.push(path.basename(at));
  }
}


/** Rewrites `file` with the given ranges replaced (ranges in order, not overlapping). */
async function splice(file: string, splices: { at: number; length: number; data: Buffer }[]): Promise<void> {
  const target = `${file}.splice`;
  const input = await open(file, 'r');
  const output = await open(target, 'w');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    const size = (await input.stat()).size;
    const copy = async (from: number, to: number) => {
      for (let at = from; at < to; ) {
        const { bytesRead } = await input.read(buffer, 0, Math.min(buffer.length, to - at), at);
        if (bytesRead <= 0) throw new Error('the copy ended early');
        await output.write(buffer, 0, bytesRead);
        at += bytesRead;
      }
    };
    let at = 0;
    for (const part of [...splices].sort((a, b) => a.at - b.at)) {
      await copy(at, part.at);
      await output.write(part.data);
      at = part.at + part.length;
    }
    await copy(at, size);
  } finally {
    await input.close();
    await output.close();
  }
  await rename(target, file);
}

/** What a re-read of the cleaned copy still shows, or undefined when it is clean. */
async function leftovers(copy: string, original: string, options: StripOptions): Promise<string | undefined> {
  if (isSidecar(original)) {
    const { parseXmp, collectXmp } = await import('./xmp.js');
    const { emptyMetadata } = await import('./types.js');
    const metadata = emptyMetadata();
    collectXmp(await parseXmp(await readFile(copy)), metadata, 'XMP');
    return describe(metadata, options);
  }
  const metadata = await readImageMetadata(copy, { thumbnail: 'off', sidecars: [] });
  if (metadata.error) return `an unreadable structure (${metadata.error})`;
  return describe(metadata, options) ?? (await hiddenMetadata(copy, options));
}

/**
 * Place (and, with --strip-people, people) metadata anywhere in the copy's bytes, in a form no text
 * or picture data takes by chance: an IPTC place dataset with a value, or a standard XMP place or
 * people property. The readers know where such blocks belong; a second copy somewhere they do not
 * look (the IPTC that Nikon Capture keeps inside its maker note, a trailer below other trailers) is
 * found here, and the copy is not trusted. Captions and keywords are not searched: they are kept.
 */
async function hiddenMetadata(copy: string, options: StripOptions): Promise<string | undefined> {
  const xmpNames = [...(options.location ? XMP_PLACE_NAMES : []), ...(options.people ? XMP_PEOPLE_NAMES : [])];
  const xmp = xmpNames.length ? new RegExp(`[<\\s](${xmpNames.join('|')})\\b`) : undefined;
  const handle = await open(copy, 'r');
  try {
    // Read a piece at a time into a buffer no bigger than the file: touching fresh memory costs more than the search.
    const piece = Buffer.allocUnsafe(Math.min(1024 * 1024, (await handle.stat()).size + 1));
    const overlap = Math.min(XMP_WINDOW + 4096, piece.length >> 1);
    let carried = 0;
    for (let at = 0; ; ) {
      const { bytesRead } = await handle.read(piece, carried, piece.length - carried, at);
      if (bytesRead <= 0) return undefined;
      at += bytesRead;
      const filled = piece.subarray(0, carried + bytesRead);
      if (options.location) {
        const iptc = iptcPlaceIn(filled);
        if (iptc) return iptc;
      }
      const found = xmp && xmpNameIn(filled, xmp);
      if (found) return `an XMP ${found} outside the metadata the auditor edits`;
      carried = Math.min(overlap, filled.length);
      filled.copy(piece, 0, filled.length - carried);
    }
  } finally {
    await handle.close();
  }
}

/**
 * The first XMP property name of `names` in `bytes` (UTF-8): looked for near each "xmlns", which
 * every XMP packet declares its prefixes with, so picture data is not turned into text.
 */
function xmpNameIn(bytes: Buffer, names: RegExp): string | undefined {
  for (let at = bytes.indexOf(XMLNS); at !== -1; ) {
    const end = Math.min(bytes.length, at + XMP_WINDOW);
    const found = names.exec(bytes.toString('latin1', Math.max(0, at - 4096), end));
    if (found) return found[1];
    at = end < bytes.length ? bytes.indexOf(XMLNS, end) : -1;
  }
  return undefined;
}

const XMLNS = Buffer.from('xmlns');
/** How far past an "xmlns" its packet's properties are looked for (a JPEG's XMP segment holds 64 KB). */
const XMP_WINDOW = 64 * 1024;

const XMP_PLACE_NAMES = ['photoshop:City', 'photoshop:State', 'photoshop:Country', 'Iptc4xmpCore:Location', 'Iptc4xmpCore:CountryCode', 'Iptc4xmpExt:LocationShown', 'Iptc4xmpExt:LocationCreated', 'exif:GPSLatitude', 'exif:GPSLongitude', 'exif:GPSAreaInformation'];
const XMP_PEOPLE_NAMES = ['Iptc4xmpExt:PersonInImage', 'Iptc4xmpExt:ImageRegion', 'mwg-rs:Regions', 'MP:RegionInfo', 'mediapro:People', 'expressionmedia:People', 'GettyImagesGIFT:Personality'];

/**
 * An IPTC place dataset (record 2: City, Sub-location, Province-State, Country …) with a value of
 * at least three printable characters, followed by the next dataset or padding — a shape compressed
 * picture data takes about once in ten thousand 100 MB files.
 */
function iptcPlaceIn(bytes: Buffer): string | undefined {
  for (let i = bytes.indexOf(IPTC_RECORD_2); i !== -1 && i + 5 < bytes.length; i = bytes.indexOf(IPTC_RECORD_2, i + 1)) {
    const dataset = bytes[i + 2]!;
    if (!IPTC_LOCATION_DATASETS.has(dataset) || bytes[i + 3] !== 0) continue;
    const length = bytes[i + 4]!;
    const end = i + 5 + length;
    if (length < 3 || length > 128 || end >= bytes.length) continue;
    if (bytes[end] !== 0x1c && bytes[end] !== 0) continue;
    let printable = true;
    for (let k = i + 5; k < end && printable; k++) printable = bytes[k]! >= 0x20 && bytes[k] !== 0x7f;
    if (printable && /[\p{L}\p{N}]/u.test(bytes.toString('utf8', i + 5, end))) return `an IPTC ${IPTC_NAMES[dataset]} ("${bytes.toString('utf8', i + 5, end).trim()}") outside the metadata the auditor edits`;
  }
  return undefined;
}

const IPTC_RECORD_2 = Buffer.from([0x1c, 0x02]);

function describe(metadata: Awaited<ReturnType<typeof readImageMetadata>>, options: StripOptions): string | undefined {
  if (options.location && metadata.gps.length) return `a GPS position (${metadata.gps[0]!.source})`;
  if (options.location && metadata.locationNames.length) return `place names (${metadata.locationNames[0]!.field})`;
  if (options.people && metadata.people.length) return `people tags (${metadata.people[0]!.field})`;
  return undefined;
}

function isSidecar(file: string): boolean {
  return /\.xmp$/i.test(file);
}

async function planFor(input: string, options: StripOptions): Promise<Plan> {
  if (isSidecar(input)) {
    const packet = await readFile(input);
    const edit = blankXmp(packet, options);
    return { patches: edit.removed.length ? [{ at: 0, data: edit.packet }] : [], removed: edit.removed.map((r) => `${r} (sidecar)`) };
  }
  const handle = await open(input, 'r');
  try {
    const head = Buffer.allocUnsafe(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
    const size = (await handle.stat()).size;
    const file = new SparseFile(size, head.subarray(0, bytesRead));
    const format = detectFormat(file.head);
    switch (format) {
      case 'jpeg':
        return await withBytes(handle, file, (view) => planJpeg(view, options));
      case 'png':
        return await withBytes(handle, file, (view) => planPng(view, options));
      case 'webp':
        return await withBytes(handle, file, (view) => planWebp(view, options));
      case 'tiff':
        return await withBytes(handle, file, (view) => planTiff(view, options));
      case 'mp4':
      case 'mov': {
        const plan = await withBytes(handle, file, (view) => planVideo(view, options));
        if (options.location) planTelemetry(await telemetryRanges(handle, await withBytes(handle, file, telemetryTracks)), plan);
        return plan;
      }
      case 'heic':
      case 'avif':
        return await withBytes(handle, file, (view) => planHeif(view, options));
      case 'cr3':
        return await withBytes(handle, file, (view) => planCr3(view, options));
      case 'raf':
        return await withBytes(handle, file, (view) => {
          const preview = rafJpeg(view);
          return shifted(planJpeg(preview.view, options), preview.at);
        });
      case 'gif':
        return await withBytes(handle, file, (view) => {
          const plan = emptyPlan();
          for (const { at, length } of gifStructure(view).xmp) planXmp(view, at, length, options, plan);
          return plan;
        });
      case 'psd':
        return await withBytes(handle, file, (view) => planPsd(view, options));
      case 'crw':
        // A CRW holds no position, place or people: copied as it is once its structure reads.
        return await withBytes(handle, file, (view) => (readCrw(view), emptyPlan()));
      case 'jxl':
        return await withBytes(handle, file, (view) => planJxl(view, options));
      default:
        if (format && UNREAD_FORMATS[format]) throw new NotCleanable(`the auditor does not read ${UNREAD_FORMATS[format]} files, so it cannot clean them`);
        throw new NotCleanable(`the ${format ?? 'file'} format is not one the auditor can clean`);
    }
  } finally {
    await handle.close();
  }
}

function emptyPlan(): Plan {
  return { patches: [], removed: [] };
}

/** A plan made on a part of the file seen on its own (see subView), moved to where that part lies. */
function shifted(plan: Plan, by: number): Plan {
  return {
    ...plan,
    patches: plan.patches.map((patch) => ({ ...patch, at: patch.at + by })),
    ...(plan.splices ? { splices: plan.splices.map((part) => ({ ...part, at: part.at + by })) } : {}),
  };
}

/**
 * A CR3: its GPS directory (the CMT4 block's IFD0) emptied in place — no entries, its values zeroed —
 * and any GPS pointer in IFD0 (CMT1) unlinked as in a JPEG's EXIF; its XMP blanked. Boxes keep their
 * sizes, so the offsets to the image data stay right.
 */
function planCr3(view: ByteView, options: StripOptions): Plan {
  const plan = emptyPlan();
  const { tiffs, xmp } = cr3Structure(view);
  if (options.location) {
    // Each block is planned as a TIFF of its own, then its patches are moved to where it lies.
    const inBlock = (box: NonNullable<typeof tiffs.CMT1>, planBlock: (block: ByteView, into: Plan) => void) => {
      const part = emptyPlan();
      planBlock(cmtView(view, box), part);
      pushAll(plan.patches, shifted(part, box.dataAt).patches);
      pushAll(plan.removed, part.removed);
    };
    if (tiffs.CMT1) inBlock(tiffs.CMT1, (block, into) => planExifGps(block, 0, into));
    if (tiffs.CMT4) inBlock(tiffs.CMT4, planGpsBlock);
  }
  for (const { at, length } of xmp) planXmp(view, at, length, options, plan);
  return plan;
}

/** A TIFF whose IFD0 is the GPS directory: nothing to do when it holds only GPSVersionID (as cameras write it with no fix). */
function planGpsBlock(view: ByteView, plan: Plan): void {
  const tiff = new Tiff(view, 0);
  const gps = tiff.ifd0;
  const count = tiff.u16(gps.at);
  if (count === 0 || (count === 1 && gps.entries.has(0))) return;
  for (const entry of gps.entries.values()) {
    if (entry.byteLength <= 4) continue;
    if (entry.valueAt + entry.byteLength > view.size) throw new NotCleanable('its GPS values lie outside its GPS block (CMT4) and cannot be edited in place');
    plan.patches.push({ at: entry.valueAt, data: Buffer.alloc(entry.byteLength) });
  }
  // All zeros: an entry count of 0, in either byte order, and no next directory.
  plan.patches.push({ at: gps.at, data: Buffer.alloc(gps.length) });
  plan.removed.push('EXIF GPS');
}

/** An EXIF (TIFF) structure's GPS directory (with --strip-location) and the places and people its maker note names, edited in place. */
function planExif(view: ByteView, base: number, options: StripOptions, plan: Plan, end = view.size): void {
  if (options.location) planExifGps(view, base, plan, end);
  for (const name of new Tiff(view, base, end).panasonicNames()) {
    if (!(name.kind === 'place' ? options.location : options.people)) continue;
    if (name.at < base || name.at + name.length > end) throw new NotCleanable(`its maker note's ${name.field} lies outside the EXIF block and cannot be edited in place`);
    plan.patches.push({ at: name.at, data: Buffer.alloc(name.length) });
    plan.removed.push(`EXIF ${name.field}`);
  }
}

/**
 * Unlinks and zeroes the GPS directory of the TIFF structure at `base`. Everything patched must lie
 * before `end` (the end of the block that holds the structure): GPS data stored past it (in a
 * continuation segment of a multi-segment EXIF) cannot be edited in place.
 */
function planExifGps(view: ByteView, base: number, plan: Plan, end = view.size): void {
  const tiff = new Tiff(view, base, end);
  if (tiff.gpsPointers.length === 0) return;
  const inside = (at: number, length: number) => at >= base && at + length <= end;
  const zeroed = new Set<number>();
  for (const { gps } of tiff.gpsPointers) {
    if (gps && !zeroed.has(gps.at)) {
      zeroed.add(gps.at);
      const directoryLength = gps.length;
      if (!inside(gps.at, directoryLength)) throw new NotCleanable('its GPS directory lies outside the EXIF block that points to it and cannot be edited in place');
      for (const entry of gps.entries.values()) {
        if (entry.byteLength <= 4) continue;
        if (!inside(entry.valueAt, entry.byteLength)) throw new NotCleanable('its GPS values lie outside the EXIF block that points to them and cannot be edited in place');
        plan.patches.push({ at: entry.valueAt, data: Buffer.alloc(entry.byteLength) });
      }
      plan.patches.push({ at: gps.at, data: Buffer.alloc(directoryLength) });
    } else if (!gps && tiff.problems.includes('GPS')) {
      throw new NotCleanable('its EXIF points to a GPS directory that cannot be read');
    }
  }
  // Each directory without its GPS pointers (a directory may repeat one): later entries and the
  // next-IFD link move up.
  for (const parent of new Set(tiff.gpsPointers.map((p) => p.parent))) {
    const count = tiff.u16(parent.at);
    if (!inside(parent.at, parent.length)) throw new NotCleanable('its GPS pointer lies outside the EXIF block and cannot be edited in place');
    const block = Buffer.from(view.get(parent.at, parent.length));
    const drop = new Set(tiff.gpsPointers.filter((p) => p.parent === parent).map((p) => (p.pointer.entryAt - parent.at - 2) / 12));
    let kept = 0;
    for (let index = 0; index < count; index++) {
      if (drop.has(index)) continue;
      block.copy(block, 2 + kept * 12, 2 + index * 12, 2 + (index + 1) * 12);
      kept++;
    }
    block.copy(block, 2 + kept * 12, 2 + count * 12);
    block.fill(0, block.length - drop.size * 12);
    if (tiff.little) block.writeUInt16LE(kept, 0);
    else block.writeUInt16BE(kept, 0);
    plan.patches.push({ at: parent.at, data: block });
  }
  plan.removed.push('EXIF GPS');
}

function planXmp(view: ByteView, at: number, length: number, options: StripOptions, plan: Plan): void {
  const edit = blankXmp(view.get(at, length), options);
  if (edit.removed.length === 0) return;
  plan.patches.push({ at, data: edit.packet });
  pushAll(plan.removed, edit.removed);
}

const IPTC_LOCATION_DATASETS = new Set([26, 27, 90, 92, 95, 100, 101]);
const IPTC_NAMES: Record<number, string> = { 26: 'ContentLocationCode', 27: 'ContentLocationName', 90: 'City', 92: 'Sub-location', 95: 'Province-State', 100: 'Country-PrimaryLocationCode', 101: 'Country-PrimaryLocationName' };

/**
 * Photoshop's IPTCDigest (resource 0x0425) is the MD5 of the IPTC block: set to the edited block's,
 * so readers (and ExifTool) see it as current.
 */
function planIptcDigest(resources: PhotoshopResource[], start: number, rebuilt: Buffer, plan: Plan): void {
  const digest = resources.find((r) => r.id === 0x0425);
  if (digest && digest.dataLength === 16) plan.patches.push({ at: start + digest.dataAt, data: createHash('md5').update(rebuilt).digest() });
  else if (digest) plan.patches.push({ at: start + digest.dataAt, data: Buffer.alloc(digest.dataLength) });
}

/** IPTC-IIM without its place datasets, padded with zeros to the same length. */
function planIptc(view: ByteView, at: number, length: number, options: StripOptions, plan: Plan): Buffer | undefined {
  if (!options.location) return undefined;
  const data = view.get(at, length);
  const kept: Buffer[] = [];
  let changed = false;
  for (const dataset of iptcDatasets(data)) {
    if (dataset.record === 2 && IPTC_LOCATION_DATASETS.has(dataset.dataset)) {
      plan.removed.push(`IPTC ${IPTC_NAMES[dataset.dataset]}`);
      changed = true;
    } else kept.push(data.subarray(dataset.at, dataset.end));
  }
  if (!changed) return undefined;
  const rebuilt = Buffer.alloc(length);
  Buffer.concat(kept).copy(rebuilt);
  plan.patches.push({ at, data: rebuilt });
  return rebuilt;
}

interface ExtendedPart {
  offset: number;
  /** File offsets of the part's GUID and of its data. */
  guidAt: number;
  dataAt: number;
  length: number;
}

function planJpeg(view: ByteView, options: StripOptions): Plan {
  const plan = emptyPlan();
  const images = planJpegImage(view, 0, options, plan);
  // The further pictures of an MPO carry EXIF (and a position) of their own: cleaned the same way.
  // One that cannot be walked is refused rather than copied as it is.
  for (const [index, start] of images) {
    if (!view.get(start, 2).equals(Buffer.from([0xff, 0xd8]))) continue; // not a picture: the reader skips it too
    try {
      planJpegImage(view, start, options, plan);
    } catch (error) {
      if (error instanceof CorruptFile) throw new NotCleanable(`its picture ${index} (MPF) is damaged and cannot be cleaned`);
      throw error;
    }
  }
  // IPTC in an AFCP trailer after the image: its place datasets dropped in place, like APP13's.
  const afcp = afcpIptc(view);
  if (afcp) planIptc(view, afcp.at, afcp.length, options, plan);
  return plan;
}

/** Plans the clean-up of the JPEG whose SOI is at `start`; returns the MPF index's further pictures. */
function planJpegImage(view: ByteView, start: number, options: StripOptions, plan: Plan): [number, number][] {
  let images: [number, number][] = [];
  const mainXmp: { at: number; length: number }[] = [];
  const extended = new Map<string, ExtendedPart[]>();
  const jumbf: Buffer[] = [];
  const segments = jpegSegments(view, start);
  for (const segment of segments) {
    if (start === 0 && segment.marker === 0xeb && segment.dataLength >= 16) {
      const data = view.get(segment.dataAt, segment.dataLength);
      if (isJumbfPayload(data)) jumbf.push(data);
      continue;
    }
    if (start === 0 && segment.marker === 0xe2 && segment.dataLength > 12 && view.get(segment.dataAt, 4).equals(MPF_HEADER)) {
      images = mpfImages(view, segment);
      continue;
    }
    if (segment.marker !== 0xe1) continue;
    const data = view.get(segment.dataAt, segment.dataLength);
    if (isExifPayload(data)) {
      // A continuation of a multi-segment EXIF has no TIFF header: the GPS data it might hold is
      // refused by planExifGps (it lies past the first segment).
      if (isTiffHeader(data, 6)) planExif(view, segment.dataAt + 6, options, plan, segment.dataAt + segment.dataLength);
    } else if (startsWith(data, XMP_HEADER)) {
      mainXmp.push({ at: segment.dataAt + XMP_HEADER.length, length: segment.dataLength - XMP_HEADER.length });
      planXmp(view, segment.dataAt + XMP_HEADER.length, segment.dataLength - XMP_HEADER.length, options, plan);
    } else if (startsWith(data, XMP_EXT_HEADER) && data.length >= XMP_EXT_HEADER.length + 40) {
      const h = XMP_EXT_HEADER.length;
      const guid = data.toString('latin1', h, h + 32);
      const parts = extended.get(guid) ?? [];
      parts.push({ offset: data.readUInt32BE(h + 36), guidAt: segment.dataAt + h, dataAt: segment.dataAt + h + 40, length: data.length - h - 40 });
      extended.set(guid, parts);
    } else {
      const at = looseXmpStart(data);
      if (at !== undefined) planXmp(view, segment.dataAt + at, segment.dataLength - at, options, plan);
    }
  }
  for (const block of photoshopBlocks(view, segments)) planPhotoshopBlock(block, options, plan);
  for (const [guid, parts] of extended) planExtendedXmp(view, guid, parts, mainXmp, options, plan);
  if (jumbf.length) refuseSignedCredentials(jumbfSuperboxes(jumbf), options);
  return images;
}

/**
 * A JPEG's Photoshop block (its consecutive APP13 segments joined): every IPTC resource loses its
 * place datasets, the IPTC digest follows the first one, and each patch is cut where the segments
 * join, so a resource that runs on into the next segment is edited in both.
 */
function planPhotoshopBlock(block: PhotoshopBlock, options: StripOptions, plan: Plan): void {
  const inBlock = emptyPlan();
  planPhotoshopResources(bufferView(block.data), 0, block.data.length, options, inBlock);
  for (const patch of inBlock.patches) pushAll(plan.patches, inSegments(block, patch));
  pushAll(plan.removed, inBlock.removed);
}

/**
 * Photoshop image resources (a JPEG's APP13 block, a TIFF's tag 34377): every IPTC resource loses
 * its place datasets and the IPTC digest follows the first one; an EXIF or XMP resource is edited
 * as such a block is elsewhere.
 */
function planPhotoshopResources(view: ByteView, at: number, length: number, options: StripOptions, plan: Plan): void {
  const resources = photoshopResources(view.get(at, length));
  let firstIptc = true;
  for (const resource of resources) {
    const dataAt = at + resource.dataAt;
    if (resource.id === PHOTOSHOP_RESOURCE.iptc) {
      const rebuilt = planIptc(view, dataAt, resource.dataLength, options, plan);
      if (rebuilt && firstIptc) planIptcDigest(resources, at, rebuilt, plan);
      firstIptc = false;
    } else if (resource.id === PHOTOSHOP_RESOURCE.xmp) planXmp(view, dataAt, resource.dataLength, options, plan);
    else if (resource.id === PHOTOSHOP_RESOURCE.exif) planExif(view, dataAt, options, plan, dataAt + resource.dataLength);
  }
}

/** A patch at an offset in a joined Photoshop block, as the pieces of it that fall in each segment's payload. */
function inSegments(block: PhotoshopBlock, patch: Patch): Patch[] {
  return block.parts.flatMap((part) => {
    const from = Math.max(patch.at, part.at);
    const to = Math.min(patch.at + patch.data.length, part.at + part.length);
    return from < to ? [{ at: part.fileAt + from - part.at, data: patch.data.subarray(from - patch.at, to - patch.at) }] : [];
  });
}

/**
 * Content Credentials (C2PA) are signed: an edit would leave credentials that no longer verify, so
 * ones that record what is to be removed are left alone and the copy refused, saying why.
 */
function refuseSignedCredentials(superboxes: Buffer[], options: StripOptions): void {
  const found = emptyMetadata();
  for (const superbox of superboxes) collectJumbf(jumbfJson(superbox), found);
  const what = options.location && found.gps.length ? `a GPS position (${found.gps[0]!.field})` : options.location && found.locationNames.length ? `place names (${found.locationNames[0]!.field})` : options.people && found.people.length ? `people (${found.people[0]!.field})` : undefined;
  if (what) throw new NotCleanable(`its Content Credentials (C2PA) record ${what} and are signed, so the auditor does not edit them; export the photo again without Content Credentials`);
}

/**
 * Extended XMP (one packet split over several APP1 segments, named by the MD5 of the whole
 * packet): blanked as one packet and written back part by part, same length; the GUID in every
 * part and in the main packet's xmpNote:HasExtendedXMP becomes the new packet's MD5.
 */
function planExtendedXmp(view: ByteView, guid: string, parts: ExtendedPart[], mainXmp: { at: number; length: number }[], options: StripOptions, plan: Plan): void {
  parts.sort((a, b) => a.offset - b.offset);
  let expected = 0;
  const pieces: Buffer[] = [];
  for (const part of parts) {
    if (part.offset !== expected) throw new NotCleanable('its extended XMP has missing or overlapping parts and cannot be edited in place');
    pieces.push(view.get(part.dataAt, part.length));
    expected += part.length;
  }
  const edit = blankXmp(Buffer.concat(pieces), options);
  if (!edit.removed.length) return;
  for (const part of parts) plan.patches.push({ at: part.dataAt, data: edit.packet.subarray(part.offset, part.offset + part.length) });
  const newGuid = Buffer.from(createHash('md5').update(edit.packet).digest('hex').toUpperCase(), 'latin1');
  for (const part of parts) plan.patches.push({ at: part.guidAt, data: newGuid });
  // After planXmp's patches of the main packets, so these win where they overlap.
  for (const main of mainXmp) {
    const text = view.get(main.at, main.length);
    for (let at = text.indexOf(guid); at >= 0; at = text.indexOf(guid, at + 32)) plan.patches.push({ at: main.at + at, data: newGuid });
  }
  pushAll(plan.removed, edit.removed);
}

function planTiff(view: ByteView, options: StripOptions): Plan {
  const plan = emptyPlan();
  planExif(view, 0, options, plan);
  const tiff = new Tiff(view, 0);
  // Each page's and SubIFD's XMP and IPTC, as the reader reads them.
  const seen = new Set<number>();
  /** The entry, the first time its bytes are met (pages may share one packet). */
  const firstTime = (entry: TiffEntry | undefined): TiffEntry | undefined => {
    if (!entry || seen.has(entry.valueAt)) return undefined;
    seen.add(entry.valueAt);
    return entry;
  };
  for (const ifd of [tiff.ifd0, ...tiff.more]) {
    const xmp = firstTime(ifd.entries.get(TAG.XmpPacket));
    if (xmp) planXmp(view, xmp.valueAt, xmp.byteLength, options, plan);
    const iptc = firstTime(ifd.entries.get(TAG.IptcNaa));
    const rebuilt = iptc && planIptc(view, iptc.valueAt, iptc.byteLength, options, plan);
    const resources = firstTime(ifd.entries.get(TAG.PhotoshopResources));
    if (!resources) continue;
    // The directory's Photoshop resources keep the IPTC block's digest (a stale one tells readers the
    // IPTC changed behind their back), and may hold IPTC, EXIF and XMP of their own.
    const list = photoshopResources(view.get(resources.valueAt, resources.byteLength));
    if (rebuilt && !list.some((r) => r.id === PHOTOSHOP_RESOURCE.iptc)) planIptcDigest(list, resources.valueAt, rebuilt, plan);
    planPhotoshopResources(view, resources.valueAt, resources.byteLength, options, plan);
  }
  return plan;
}

/** A Photoshop file's image resources, edited in place as a JPEG's APP13 and EXIF are. */
function planPsd(view: ByteView, options: StripOptions): Plan {
  const plan = emptyPlan();
  const { resourcesAt, resources } = psdStructure(view);
  for (const resource of resources) {
    const at = resourcesAt + resource.dataAt;
    if (resource.id === PHOTOSHOP_RESOURCE.exif || resource.id === PHOTOSHOP_RESOURCE.exif3) planExif(view, at, options, plan, at + resource.dataLength);
    else if (resource.id === PHOTOSHOP_RESOURCE.xmp) planXmp(view, at, resource.dataLength, options, plan);
    else if (resource.id === PHOTOSHOP_RESOURCE.iptc) {
      const rebuilt = planIptc(view, at, resource.dataLength, options, plan);
      if (rebuilt) planIptcDigest(resources, resourcesAt, rebuilt, plan);
    }
  }
  return plan;
}

/**
 * A JPEG XL container's Exif and xml boxes, edited in place. A Brotli-compressed Exif or xml box
 * (brob) is left as it is: the re-read of the copy refuses it if it still holds what was to be
 * removed. Content Credentials, compressed or not, are refused here as in other formats.
 */
function planJxl(view: ByteView, options: StripOptions): Plan {
  const plan = emptyPlan();
  const structure = jxlStructure(view);
  const { exif, xmp } = structure;
  refuseSignedCredentials(jxlCredentials(view, structure), options);
  for (const { at, length } of exif) planExif(view, at, options, plan, at + length);
  for (const { at, length } of xmp) planXmp(view, at, length, options, plan);
  return plan;
}

function planPng(view: ByteView, options: StripOptions): Plan {
  const plan = emptyPlan();
  const budget = pngTextBudget();
  for (const chunk of pngChunks(view)) {
    const before = plan.patches.length;
    if (chunk.type === 'caBX') refuseSignedCredentials([view.get(chunk.dataAt, chunk.length)], options);
    else if (chunk.type === 'eXIf') {
      const head = view.get(chunk.dataAt, Math.min(6, chunk.length));
      planExif(view, chunk.dataAt + (isExifPayload(head) ? 6 : 0), options, plan, chunk.dataAt + chunk.length);
    } else if (chunk.type === 'iTXt' || chunk.type === 'tEXt' || chunk.type === 'zTXt') {
      const data = view.get(chunk.dataAt, chunk.length);
      const text = pngText(chunk.type, data, budget);
      if (!text) continue;
      const layout = pngTextValue(chunk.type, data);
      if (!layout) continue;
      if (text.keyword === 'XML:com.adobe.xmp') {
        if (!layout.compressed) {
          planXmp(view, chunk.dataAt + layout.at, chunk.length - layout.at, options, plan);
          continue;
        }
        // Compressed XMP: blanked, compressed again, and the chunk rebuilt at its new length.
        const edit = blankXmp(text.value, options);
        if (edit.removed.length) replaceTextChunk(chunk, data, layout, edit.packet, edit.removed, plan);
      } else if (/^Raw profile type (exif|APP1|xmp|iptc|8bim)$/i.test(text.keyword)) {
        const raw = rawProfile(text.value);
        if (!raw) throw new NotCleanable(`its metadata text "${text.keyword}" is not in the form ImageMagick writes and cannot be cleaned`);
        const edited = editRawProfile(text.keyword, raw, options);
        if (edited) replaceTextChunk(chunk, data, layout, withRawProfile(text.value, edited.data), edited.removed, plan);
      }
    }
    if (plan.patches.length > before) plan.patches.push(pngCrcPatch(view, chunk, plan.patches.slice(before)));
  }
  return plan;
}

/** Runs `edit` on a copy of `block` seen as its own view; the edited copy, or undefined when nothing went. */
function editBlock(block: Buffer, edit: (view: ByteView, plan: Plan) => void): { data: Buffer; removed: string[] } | undefined {
  const sub = emptyPlan();
  edit(bufferView(block), sub);
  if (sub.patches.length === 0) return undefined;
  const data = Buffer.from(block);
  for (const patch of sub.patches) patch.data.copy(data, patch.at);
  return { data, removed: sub.removed };
}

/** An ImageMagick/ExifTool "Raw profile type …" block (EXIF, XMP or IPTC) with location/people removed. */
function editRawProfile(keyword: string, raw: Buffer, options: StripOptions): { data: Buffer; removed: string[] } | undefined {
  const kind = keyword.slice('Raw profile type '.length).toLowerCase();
  if (kind === 'exif' || kind === 'app1') {
    if (startsWith(raw, XMP_HEADER)) return editBlock(raw, (view, plan) => planXmp(view, XMP_HEADER.length, raw.length - XMP_HEADER.length, options, plan));
    const base = isExifPayload(raw) ? 6 : isTiffHeader(raw) ? 0 : -1;
    if (base < 0) throw new NotCleanable(`its metadata text "${keyword}" holds a block the auditor does not recognise`);
    return editBlock(raw, (view, plan) => planExif(view, base, options, plan));
  }
  if (kind === 'xmp') return editBlock(raw, (view, plan) => planXmp(view, 0, raw.length, options, plan));
  // IPTC: bare datasets, or Photoshop resources holding them (and perhaps XMP and EXIF).
  if (raw[0] === 0x1c) return editBlock(raw, (view, plan) => void planIptc(view, 0, raw.length, options, plan));
  const start = startsWith(raw, PHOTOSHOP_HEADER) ? PHOTOSHOP_HEADER.length : 0;
  return editBlock(raw, (view, plan) => planPhotoshopResources(view, start, raw.length - start, options, plan));
}

/** Replaces a text chunk by one with the same header and a new value (compressed again if it was). */
function replaceTextChunk(chunk: { at: number; type: string; length: number }, data: Buffer, layout: { at: number; compressed: boolean }, value: Buffer, removed: string[], plan: Plan): void {
  const body = Buffer.concat([data.subarray(0, layout.at), layout.compressed ? deflateSync(value) : value]);
  (plan.splices ??= []).push({ at: chunk.at, length: 12 + chunk.length, data: buildPngChunk(chunk.type, body) });
  pushAll(plan.removed, removed);
}

/** The chunk's CRC recomputed over its type and patched data. */
function pngCrcPatch(view: ByteView, chunk: { at: number; dataAt: number; length: number }, patches: Patch[]): Patch {
  const bytes = Buffer.from(view.get(chunk.at + 4, 4 + chunk.length));
  for (const patch of patches) patch.data.copy(bytes, patch.at - (chunk.at + 4));
  return { at: chunk.dataAt + chunk.length, data: pngCrc(bytes) };
}

function planWebp(view: ByteView, options: StripOptions): Plan {
  const plan = emptyPlan();
  for (const chunk of riffChunks(view)) {
    if (chunk.fourcc === 'EXIF') {
      const head = view.get(chunk.dataAt, Math.min(10, chunk.length));
      planExif(view, chunk.dataAt + (isExifPayload(head) && !isTiffHeader(head) ? 6 : 0), options, plan, chunk.dataAt + chunk.length);
    } else if (chunk.fourcc === 'XMP ') {
      planXmp(view, chunk.dataAt, chunk.length, options, plan);
    }
  }
  return plan;
}

const LOCATION_ATOMS = new Set(['\xA9xyz', 'loci']);
const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac';

/** `items`: whether the EXIF and XMP items of meta boxes are planned too (a HEIF's are, by planHeif). */
function planVideo(view: ByteView, options: StripOptions, items = true): Plan {
  const plan = emptyPlan();
  const walk = (start: number, end: number, depth: number) => {
    const children = boxes(view, start, end);
    const keysBox = children.find((b) => b.type === 'keys');
    const keys: string[] = [];
    if (keysBox) {
      const data = view.get(keysBox.dataAt, keysBox.end - keysBox.dataAt);
      for (let pos = 8, i = 0; i < data.readUInt32BE(4) && pos + 8 <= data.length; i++) {
        const size = data.readUInt32BE(pos);
        if (size < 8) break;
        keys.push(data.toString('utf8', pos + 8, pos + size));
        pos += size;
      }
    }
    for (const box of children) {
      if (box.type === 'mdat' || box.type === 'free' || box.type === 'skip') continue;
      if (options.location && LOCATION_ATOMS.has(box.type)) {
        plan.patches.push({ at: box.at + 4, data: Buffer.from('free', 'latin1') });
        plan.removed.push(`QuickTime ${box.type === 'loci' ? 'loci' : '©xyz'}`);
      } else if (box.type === 'ilst') {
        for (const item of boxes(view, box.dataAt, box.end)) {
          const key = ilstKey(item.type, keys);
          const place = key === 'com.apple.quicktime.location.ISO6709' || key === '\xA9xyz' || (key !== undefined && QUICKTIME_TEXTS[key]?.kind === 'location');
          if (options.location && place) {
            plan.patches.push({ at: item.at + 4, data: Buffer.from('free', 'latin1') });
            plan.removed.push(`QuickTime ${key === '\xA9xyz' ? '©xyz' : key}`);
          }
        }
      } else if (options.location && box.type === 'NCTG') {
        // Nikon's GPS records: numbered as no tag and zeroed, so the atom's other camera fields stay readable.
        const records = nikonRecords(view.get(box.dataAt, box.end - box.dataAt)).filter((record) => isNikonGpsTag(record.tag));
        for (const record of records) {
          plan.patches.push({ at: box.dataAt + record.dataAt - 8, data: Buffer.alloc(4) }, { at: box.dataAt + record.dataAt, data: Buffer.alloc(record.size) });
        }
        if (records.length) plan.removed.push('Nikon NCTG GPS');
      } else if (box.type === 'XMP_') {
        planXmp(view, box.dataAt, box.end - box.dataAt, options, plan);
      } else if (box.type === 'uuid' && box.end - box.dataAt > 16 && view.get(box.dataAt, 16).toString('hex') === XMP_UUID) {
        planXmp(view, box.dataAt + 16, box.end - box.dataAt - 16, options, plan);
      } else if ((box.type === 'moov' || box.type === 'udta' || box.type === 'trak' || box.type === 'meta' || box.type === 'NCDT') && depth < 5) {
        let dataAt = box.dataAt;
        if (box.type === 'meta' && box.end - dataAt >= 8 && view.get(dataAt + 4, 4).toString('latin1') !== 'hdlr') dataAt += 4;
        walk(dataAt, box.end, depth + 1);
      }
    }
  };
  walk(0, view.size, 0);
  // EXIF and XMP items of meta boxes in the moov, a trak or udta, or at the top (see readVideoBlocks).
  const itemMetas: Box[] = [];
  readBmffBlocks(view, itemMetas);
  if (items && itemMetas.length) planItems(view, heifStructure(view, itemMetas).items, options, plan);
  return plan;
}

/** A telemetry track's positions (GoPro GPS5/GPS9, camm types 5 and 6) are zeroed where they lie in the media data. */
function planTelemetry(ranges: { at: number; length: number; field: string }[], plan: Plan): void {
  for (const range of ranges) plan.patches.push({ at: range.at, data: Buffer.alloc(range.length) });
  pushAll(plan.removed, new Set(ranges.map((range) => range.field)));
}

/** HEIC/AVIF: the EXIF and XMP items are found from the item tables and patched in place. */
function planHeif(view: ByteView, options: StripOptions): Plan {
  const plan = emptyPlan();
  planItems(view, heifStructure(view).items, options, plan);
  // An image sequence's movie box (see readHeifFile): its positions, and the items of meta boxes inside it.
  const top = boxes(view, 0, view.size);
  if (top.some((b) => b.type === 'moov')) {
    const movie = planVideo(view, options, false);
    pushAll(plan.patches, movie.patches);
    pushAll(plan.removed, movie.removed);
    const itemMetas: Box[] = [];
    readBmffBlocks(view, itemMetas);
    const nested = itemMetas.filter((meta) => !top.some((b) => b.at === meta.at));
    if (nested.length) planItems(view, heifStructure(view, nested).items, options, plan);
  }
  return plan;
}

function planItems(view: ByteView, items: HeifItem[], options: StripOptions, plan: Plan): void {
  const budget = new InflateBudget("the HEIF's compressed XMP items");
  for (const item of items) {
    if (isExifItem(item) && options.location) {
      const data = heifItemBytes(view, item);
      if (data.length === 0) continue;
      const tiff = new Tiff(bufferView(data), exifItemBase(data));
      if (tiff.gpsPointers.length === 0) continue;
      const extent = item.extents!.length === 1 ? item.extents![0]! : undefined;
      if (!extent) throw new NotCleanable('its EXIF item is stored in pieces and cannot be edited in place');
      planExifGps(view, extent.at + exifItemBase(data), plan, extent.at + extent.length);
    } else if (isXmpItem(item)) {
      const data = heifItemBytes(view, item);
      if (item.contentEncoding) {
        if (blankXmp(budget.inflate(MAX_XMP_BYTES, (max) => inflateSync(data, { maxOutputLength: max })), options).removed.length) {
          throw new NotCleanable(`its XMP item is stored compressed (${item.contentEncoding}) and cannot be edited in place`);
        }
        continue;
      }
      const edit = blankXmp(data, options);
      if (!edit.removed.length) continue;
      if (item.extents!.length !== 1) throw new NotCleanable('its XMP item is stored in pieces and cannot be edited in place');
      plan.patches.push({ at: item.extents![0]!.at, data: edit.packet });
      pushAll(plan.removed, edit.removed);
    }
  }
}
