// Reads what an image's metadata gives away. exifr is imported lazily: a post without images never
// pays for it. Any failure becomes `error` so the audit fails closed.
import { open } from 'node:fs/promises';
import { fsReason } from '../core/errors.js';
import { emptyMetadata, type ImageMetadata } from './types.js';
import { detectFormat } from './format.js';

type Exifr = { parse(file: string, options: Record<string, unknown>): Promise<unknown> };
let exifrPromise: Promise<Exifr> | undefined;
function loadExifr(): Promise<Exifr> {
  exifrPromise ??= import('exifr').then((m) => (m.default ?? m) as unknown as Exifr);
  return exifrPromise;
}

const HEAD_BYTES = 64 * 1024;

export async function readImageMetadata(file: string): Promise<ImageMetadata> {
  let head: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ...emptyMetadata(), error: fsReason(error) };
  }
  if (head.length === 0) return { ...emptyMetadata(), error: 'the file is empty' };
  const format = detectFormat(head);
  if (!format) return { ...emptyMetadata(), error: 'not an image or video format the auditor recognises' };
  const metadata = emptyMetadata(format);

  const exifr = await loadExifr();
  let raw: Record<string, Record<string, unknown> | undefined> | undefined;
  try {
    raw = (await exifr.parse(file, {
      tiff: true,
      exif: true,
      gps: true,
      xmp: true,
      iptc: true,
      ifd1: false,
      mergeOutput: false,
      silentErrors: false,
    })) as typeof raw;
  } catch (error) {
    metadata.error = `metadata could not be parsed (${String((error as Error)?.message ?? error).split('\n')[0]})`;
    return metadata;
  }
  if (!raw) return metadata;
  const gps = raw.gps;
  if (gps && typeof gps.latitude === 'number' && typeof gps.longitude === 'number' && Number.isFinite(gps.latitude)) {
    metadata.gps.push({ latitude: gps.latitude, longitude: gps.longitude, source: 'EXIF', field: 'GPSLatitude' });
  }
  const ifd0 = raw.ifd0 ?? {};
  const exif = raw.exif ?? {};
  const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const make = str(ifd0.Make);
  const model = str(ifd0.Model);
  const serial = str(exif.BodySerialNumber) ?? str(exif.SerialNumber);
  const owner = str(exif.CameraOwnerName) ?? str(exif.OwnerName);
  if (make) metadata.device.make = make;
  if (model) metadata.device.model = model;
  if (serial) metadata.device.serial = serial;
  if (owner) metadata.device.owner = owner;
  const artist = str(ifd0.Artist);
  if (artist) metadata.owner.push({ field: 'Artist', value: artist });
  if (owner) metadata.owner.push({ field: 'CameraOwnerName', value: owner });
  const copyright = str(ifd0.Copyright);
  if (copyright) metadata.copyright.push({ field: 'Copyright', value: copyright });
  return metadata;
}
