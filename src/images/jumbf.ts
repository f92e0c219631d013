// JUMBF (ISO 19566-5) in a JPEG's APP11 segments: where Content Credentials (C2PA, and the CAI's
// earlier form) keep their assertions. Those written as JSON can say where the photo was taken
// (stds.exif's exif:GPSLatitude, the CAI's cai.location.broad) and who made it (a CreativeWork's
// author). Each segment is "JP", a box instance number, a sequence number, then the superbox's
// header (repeated in every segment) and the next piece of its content; see ExifTool's handling.
import { CorruptFile, bufferView } from './bytes.js';
import { boxes } from './bmff.js';
import { addValue, type ImageMetadata } from './types.js';
import { texts, xmpDegrees } from './xmp.js';

/** An APP11 payload that carries JUMBF: "JP", instance, sequence, and a box header. */
export function isJumbfPayload(data: Buffer): boolean {
  return data.length >= 16 && data[0] === 0x4a && data[1] === 0x50;
}

/**
 * The JUMBF superboxes the segments hold, each with its header: pieces of one box share its instance
 * number and type and are joined in sequence order from 1. A box whose pieces do not add up to its
 * declared length, a piece numbered 0, or pieces that disagree are a damaged file: what the missing
 * part said cannot be known, so it is not read as saying nothing.
 */
export function jumbfSuperboxes(payloads: Buffer[]): Buffer[] {
  const pieces = new Map<string, { instance: number; header: Buffer; length: number; parts: Map<number, Buffer> }>();
  for (const data of payloads) {
    const instance = data.readUInt16BE(2);
    const sequence = data.readUInt32BE(4);
    let length = data.readUInt32BE(8);
    const type = data.toString('latin1', 12, 16);
    let headerLength = 8;
    if (length === 1 && data.length >= 24) {
      length = Number(data.readBigUInt64BE(16));
      headerLength = 16;
    }
    if (sequence === 0) throw new CorruptFile('a Content Credentials (JUMBF) segment is numbered 0');
    if (length < headerLength) throw new CorruptFile('a Content Credentials (JUMBF) box declares a length shorter than its header');
    const key = `${instance} ${type}`;
    const header = data.subarray(8, 8 + headerLength);
    const entry = pieces.get(key) ?? { instance, header, length, parts: new Map<number, Buffer>() };
    if (!entry.header.equals(header)) throw new CorruptFile(`the segments of Content Credentials (JUMBF) box ${instance} disagree on its length`);
    const part = data.subarray(8 + headerLength);
    const seen = entry.parts.get(sequence);
    if (seen && !seen.equals(part)) throw new CorruptFile(`Content Credentials (JUMBF) box ${instance} has two different segments numbered ${sequence}`);
    entry.parts.set(sequence, part);
    pieces.set(key, entry);
  }
  const complete: Buffer[] = [];
  for (const { instance, header, length, parts } of pieces.values()) {
    const joined = [header];
    let have = header.length;
    for (let sequence = 1; have < length; sequence++) {
      const part = parts.get(sequence);
      if (!part) throw new CorruptFile(`Content Credentials (JUMBF) box ${instance} is missing its segment ${sequence} (${have} of ${length} bytes present)`);
      joined.push(part);
      have += part.length;
    }
    complete.push(Buffer.concat(joined).subarray(0, length));
  }
  return complete;
}

/** The JSON content boxes inside a superbox, each with the label of the box that holds it. */
export function jumbfJson(superbox: Buffer): { label: string; value: unknown }[] {
  const found: { label: string; value: unknown }[] = [];
  if (superbox.length < 8 || (superbox.readUInt32BE(0) === 1 && superbox.length < 16)) throw new CorruptFile('a Content Credentials (JUMBF) box is cut short');
  const walk = (data: Buffer, label: string, depth: number) => {
    if (depth > 16) throw new CorruptFile('a Content Credentials (JUMBF) box is nested too deeply to read');
    const view = bufferView(data);
    let here = label;
    for (const box of boxes(view, 0, data.length)) {
      const content = data.subarray(box.dataAt, box.end);
      if (box.type === 'jumd') here = descriptionLabel(content) ?? label;
      else if (box.type === 'jumb') walk(content, here, depth + 1);
      else if (box.type === 'json') {
        let value: unknown;
        try {
          value = JSON.parse(content.toString('utf8').replace(/\0+$/, ''));
        } catch {
          // What it says cannot be read, so it cannot be read as saying nothing.
          throw new CorruptFile('a Content Credentials (JUMBF) JSON box does not parse');
        }
        found.push({ label: here, value });
      }
    }
  };
  walk(superbox.subarray(superbox.readUInt32BE(0) === 1 ? 16 : 8), '', 0);
  return found;
}

/** A description box: a 16-byte type, toggles, then (toggle 0x02) a NUL-terminated label. */
function descriptionLabel(content: Buffer): string | undefined {
  if (content.length < 17 || !(content[16]! & 0x02)) return undefined;
  const end = content.indexOf(0, 17);
  return content.toString('utf8', 17, end === -1 ? content.length : end);
}

const PLACE_KEYS = new Set(['City', 'State', 'Country', 'Sublocation', 'ProvinceState', 'CountryName', 'LocationName', 'WorldRegion', 'location', 'Location']);
const OWNER_KEYS = new Set(['author', 'creator', 'Artist', 'By-line', 'CameraOwnerName', 'OwnerName']);
const PEOPLE_KEYS = new Set(['PersonInImage']);
const COPYRIGHT_KEYS = new Set(['Copyright', 'copyrightNotice', 'copyrightHolder']);

/** What the JSON assertions say about place, people, owner and copyright, added to `metadata` as "C2PA <label> <key>". */
export function collectJumbf(items: { label: string; value: unknown }[], metadata: ImageMetadata): void {
  for (const { label, value } of items) walkJson(value, label || 'JUMBF', metadata, 0);
}

function walkJson(node: unknown, label: string, metadata: ImageMetadata, depth: number): void {
  if (depth > 32 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) walkJson(item, label, metadata, depth + 1);
    return;
  }
  const object = node as Record<string, unknown>;
  const keys = Object.keys(object);
  const latKey = keys.find((k) => /(^|:)GPSLatitude$/.test(k));
  const lonKey = keys.find((k) => /(^|:)GPSLongitude$/.test(k));
  const lat = latKey && xmpDegrees(object[latKey]);
  const lon = lonKey && xmpDegrees(object[lonKey]);
  if (typeof lat === 'number' && typeof lon === 'number') metadata.gps.push({ latitude: lat, longitude: lon, source: 'C2PA', field: `${label} ${latKey}` });
  for (const key of keys) {
    if (key === '@context') continue;
    const local = key.slice(key.lastIndexOf(':') + 1);
    const child = object[key];
    const field = `C2PA ${label} ${key}`;
    if (PLACE_KEYS.has(local) && (typeof child === 'string' || Array.isArray(child))) for (const text of texts(child)) addValue(metadata.locationNames, field, text);
    else if (OWNER_KEYS.has(local)) for (const text of names(child)) addValue(metadata.owner, field, text);
    else if (PEOPLE_KEYS.has(local)) for (const text of names(child)) addValue(metadata.people, field, text);
    else if (COPYRIGHT_KEYS.has(local)) for (const text of names(child)) addValue(metadata.copyright, field, text);
    else walkJson(child, label, metadata, depth + 1);
  }
}

/** A person as JSON-LD writes one: a string, or an object with a name ({"@type": "Person", "name": …}), or a list of them. */
function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object') return texts((value as Record<string, unknown>).name);
  return texts(value);
}
