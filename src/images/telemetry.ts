// GPS in a video's telemetry track, where action and 360° cameras record the route as they film:
// GoPro's GPMF ('gpmd' samples holding GPS5, or GPS9 from the HERO11 on) and the Camera Motion
// Metadata of Google's spec ('camm' samples of type 5 or 6). ExifTool reads these only with -ee.
// The movie box says where a track's samples lie (its sample tables); the samples themselves are in
// the media data, so they are read apart from the metadata blocks, chunk by chunk.
import { CorruptFile, type ByteView, type ReadAt } from './bytes.js';
import { boxes, type Box } from './bmff.js';
import type { GpsPosition } from './types.js';

export type TelemetryFormat = 'gpmd' | 'camm';

export interface TelemetryTrack {
  format: TelemetryFormat;
  /** The track's chunks in file order: where each starts and the sizes of the samples in it. */
  chunks: { at: number; sizes: number[] }[];
}

/** Where in a sample a position is stored: what cleaning blanks. */
export interface TelemetryRange {
  offset: number;
  length: number;
  field: string;
}

/** Above this a track is not read: a position could hide in the part left unread, so the file is reported instead. */
export const MAX_TELEMETRY_BYTES = 256 * 1024 * 1024;
const MAX_CHUNK_BYTES = 64 * 1024 * 1024;
const MAX_SAMPLES = 20_000_000;

const SOURCE: Record<TelemetryFormat, string> = { gpmd: 'GoPro telemetry', camm: 'camera motion metadata' };

/** The telemetry tracks of a video's movie box, with their samples' places. */
export function telemetryTracks(view: ByteView): TelemetryTrack[] {
  const tracks: TelemetryTrack[] = [];
  for (const moov of boxes(view, 0, view.size)) {
    if (moov.type !== 'moov') continue;
    for (const trak of boxes(view, moov.dataAt, moov.end)) {
      if (trak.type !== 'trak') continue;
      const stbl = descend(view, trak, ['mdia', 'minf', 'stbl']);
      if (!stbl) continue;
      const tables = new Map(boxes(view, stbl.dataAt, stbl.end).map((b) => [b.type, b]));
      const format = sampleFormat(view, tables.get('stsd'));
      if (format !== 'gpmd' && format !== 'camm') continue;
      tracks.push({ format, chunks: chunksOf(view, tables) });
    }
  }
  return tracks;
}

/** The first position in the tracks' samples with a satellite fix, or undefined when none has one. */
export async function firstTelemetryPosition(handle: ReadAt, tracks: TelemetryTrack[]): Promise<GpsPosition | undefined> {
  let found: GpsPosition | undefined;
  await eachSample(handle, tracks, (track, sample) => {
    const position = track.format === 'gpmd' ? gpmfPosition(sample) : cammPosition(sample);
    if (position) found = { ...position, source: SOURCE[track.format] };
    return found !== undefined;
  });
  return found;
}

/** Every stored position in the tracks, as file ranges to blank, and the fields they are. */
export async function telemetryRanges(handle: ReadAt, tracks: TelemetryTrack[]): Promise<{ at: number; length: number; field: string }[]> {
  const ranges: { at: number; length: number; field: string }[] = [];
  await eachSample(handle, tracks, (track, sample, at) => {
    for (const range of track.format === 'gpmd' ? gpmfRanges(sample) : cammRanges(sample)) ranges.push({ at: at + range.offset, length: range.length, field: `${SOURCE[track.format]} ${range.field}` });
    return false;
  });
  return ranges;
}

/** Calls `visit` on each sample in file order until it returns true. */
async function eachSample(handle: ReadAt, tracks: TelemetryTrack[], visit: (track: TelemetryTrack, sample: Buffer, at: number) => boolean): Promise<void> {
  let budget = MAX_TELEMETRY_BYTES;
  for (const track of tracks) {
    for (const chunk of track.chunks) {
      const length = chunk.sizes.reduce((sum, size) => sum + size, 0);
      budget -= length;
      if (budget < 0) throw new CorruptFile(`its ${SOURCE[track.format]} is over ${MAX_TELEMETRY_BYTES / 1024 / 1024} MB, more than the auditor reads, and may record where it was filmed`);
      const data = Buffer.allocUnsafe(length);
      const { bytesRead } = await handle.read(data, 0, length, chunk.at);
      if (bytesRead < length) throw new CorruptFile(`its ${SOURCE[track.format]} runs past the end of the file: it was cut short`);
      let offset = 0;
      for (const size of chunk.sizes) {
        if (visit(track, data.subarray(offset, offset + size), chunk.at + offset)) return;
        offset += size;
      }
    }
  }
}

function descend(view: ByteView, box: Box, path: string[]): Box | undefined {
  let at: Box | undefined = box;
  for (const type of path) {
    at = boxes(view, at.dataAt, at.end).find((b) => b.type === type);
    if (!at) return undefined;
  }
  return at;
}

/** The four-character format of a sample table's first sample description. */
function sampleFormat(view: ByteView, stsd: Box | undefined): string | undefined {
  if (!stsd || stsd.end - stsd.dataAt < 16) return undefined;
  return view.get(stsd.dataAt + 12, 4).toString('latin1');
}

function fullBox(view: ByteView, box: Box | undefined, what: string): Buffer {
  if (!box) throw new CorruptFile(`its telemetry track has no ${what}, so where its samples lie is unknown`);
  const data = view.get(box.dataAt, box.end - box.dataAt);
  if (data.length < 8) throw new CorruptFile(`its telemetry track's ${what} is cut short`);
  return data;
}

/** The chunks of a track from its sample sizes (stsz/stz2), sample-to-chunk table (stsc) and chunk offsets (stco/co64). */
function chunksOf(view: ByteView, tables: Map<string, Box>): TelemetryTrack['chunks'] {
  const sizes = sampleSizes(view, tables);
  const offsets = chunkOffsets(view, tables);
  const stsc = fullBox(view, tables.get('stsc'), 'sample-to-chunk table (stsc)');
  const runs = stsc.readUInt32BE(4);
  if (8 + runs * 12 > stsc.length) throw new CorruptFile("its telemetry track's sample-to-chunk table (stsc) runs past its box");
  const chunks: TelemetryTrack['chunks'] = [];
  let sample = 0;
  for (let run = 0; run < runs && sample < sizes.length; run++) {
    const first = stsc.readUInt32BE(8 + run * 12);
    const next = run + 1 < runs ? stsc.readUInt32BE(8 + (run + 1) * 12) : offsets.length + 1;
    const perChunk = stsc.readUInt32BE(8 + run * 12 + 4);
    if (first < 1 || next < first) throw new CorruptFile("its telemetry track's sample-to-chunk table (stsc) is out of order");
    for (let chunk = first; chunk < next && chunk <= offsets.length && sample < sizes.length; chunk++) {
      const inChunk = sizes.slice(sample, sample + perChunk);
      sample += inChunk.length;
      const at = offsets[chunk - 1]!;
      const length = inChunk.reduce((sum, size) => sum + size, 0);
      if (length > MAX_CHUNK_BYTES) throw new CorruptFile(`a chunk of its telemetry track is ${length} bytes, more than the auditor reads`);
      if (at + length > view.size) throw new CorruptFile('a sample of its telemetry track lies past the end of the file: it was cut short');
      chunks.push({ at, sizes: inChunk });
    }
  }
  if (sample < sizes.length) throw new CorruptFile("its telemetry track's tables place fewer samples than it has");
  return chunks;
}

function sampleSizes(view: ByteView, tables: Map<string, Box>): number[] {
  const compact = tables.get('stz2');
  const data = fullBox(view, tables.get('stsz') ?? compact, 'sample size table (stsz)');
  if (!compact || tables.has('stsz')) {
    if (data.length < 12) throw new CorruptFile("its telemetry track's sample size table (stsz) is cut short");
    const fixed = data.readUInt32BE(4);
    const count = checkedCount(data.readUInt32BE(8));
    if (fixed !== 0) return new Array<number>(count).fill(fixed);
    if (12 + count * 4 > data.length) throw new CorruptFile("its telemetry track's sample size table (stsz) runs past its box");
    return Array.from({ length: count }, (_, i) => data.readUInt32BE(12 + i * 4));
  }
  const bits = data[7]!;
  const count = checkedCount(data.readUInt32BE(8));
  if (![4, 8, 16].includes(bits) || 12 + Math.ceil((count * bits) / 8) > data.length) throw new CorruptFile("its telemetry track's sample size table (stz2) cannot be read");
  return Array.from({ length: count }, (_, i) => {
    if (bits === 16) return data.readUInt16BE(12 + i * 2);
    if (bits === 8) return data[12 + i]!;
    const byte = data[12 + (i >> 1)]!;
    return i % 2 === 0 ? byte >> 4 : byte & 15;
  });
}

function chunkOffsets(view: ByteView, tables: Map<string, Box>): number[] {
  const wide = tables.get('co64');
  const data = fullBox(view, tables.get('stco') ?? wide, 'chunk offset table (stco)');
  const count = checkedCount(data.readUInt32BE(4));
  const width = tables.has('stco') ? 4 : 8;
  if (8 + count * width > data.length) throw new CorruptFile("its telemetry track's chunk offset table runs past its box");
  return Array.from({ length: count }, (_, i) => (width === 4 ? data.readUInt32BE(8 + i * 4) : Number(data.readBigUInt64BE(8 + i * 8))));
}

function checkedCount(count: number): number {
  if (count > MAX_SAMPLES) throw new CorruptFile(`its telemetry track lists ${count} samples, more than the auditor reads`);
  return count;
}

// ---- GoPro GPMF: key (4 characters), type (1 byte), size of one sample (1), repeat (2), data padded to 4 bytes; big-endian.

interface Gpmf {
  key: string;
  /** The type character ('l', 'S', '?' …). */
  type: string;
  structSize: number;
  repeat: number;
  at: number;
}

/** What a stream's earlier entries say about the ones after them: their scale, their layout, the GPS fix. */
interface StreamState {
  scale?: number[];
  layout?: string;
  fix?: number;
}

const TYPE_BYTES: Record<string, number> = { b: 1, B: 1, c: 1, s: 2, S: 2, l: 4, L: 4, f: 4, q: 4, F: 4, d: 8, j: 8, J: 8, Q: 8, G: 16, U: 16 };
const MAX_NESTING = 8;

function walkGpmf(data: Buffer, start: number, end: number, depth: number, visit: (entry: Gpmf, stream: StreamState) => void): void {
  const stream: StreamState = {};
  let pos = start;
  while (pos + 8 <= end) {
    if (data.readUInt32BE(pos) === 0) break;
    const entry: Gpmf = { key: data.toString('latin1', pos, pos + 4), type: String.fromCharCode(data[pos + 4]!), structSize: data[pos + 5]!, repeat: data.readUInt16BE(pos + 6), at: pos + 8 };
    const length = entry.structSize * entry.repeat;
    if (entry.at + length > end) throw new CorruptFile(`an entry${/^[A-Za-z0-9 ]{4}$/.test(entry.key) ? ` (${entry.key})` : ''} of its GoPro telemetry runs past its sample`);
    if (data[pos + 4] === 0) {
      if (depth >= MAX_NESTING) throw new CorruptFile('its GoPro telemetry is nested too deeply to read');
      walkGpmf(data, entry.at, entry.at + length, depth + 1, visit);
    } else if (entry.key === 'SCAL') stream.scale = numbers(data, entry);
    else if (entry.key === 'TYPE') stream.layout = data.toString('latin1', entry.at, entry.at + length).replace(/\0+$/, '');
    else if (entry.key === 'GPSF') stream.fix = numbers(data, entry)[0];
    else visit(entry, stream);
    pos = entry.at + ((length + 3) & ~3);
  }
}

function numbers(data: Buffer, entry: Gpmf): number[] {
  const width = TYPE_BYTES[entry.type];
  if (!width || width > 8 || entry.type === 'c' || entry.type === 'F') return [];
  const out: number[] = [];
  for (let at = entry.at; at + width <= entry.at + entry.structSize * entry.repeat; at += width) out.push(numberAt(data, at, entry.type));
  return out;
}

function numberAt(data: Buffer, at: number, type: string): number {
  switch (type) {
    case 'b': return data.readInt8(at);
    case 'B': return data[at]!;
    case 's': return data.readInt16BE(at);
    case 'S': return data.readUInt16BE(at);
    case 'l': return data.readInt32BE(at);
    case 'L': return data.readUInt32BE(at);
    case 'f': return data.readFloatBE(at);
    case 'd': return data.readDoubleBE(at);
    case 'q': return data.readInt32BE(at) / 65536;
    case 'j': return Number(data.readBigInt64BE(at));
    case 'J': return Number(data.readBigUInt64BE(at));
    case 'Q': return Number(data.readBigInt64BE(at)) / 2 ** 32;
    default: return NaN;
  }
}

/** Where each field of one GPS sample starts, by the sample's type: GPS5 is five int32s, GPS9 is laid out by its stream's TYPE. */
function gpsLayout(entry: Gpmf, stream: StreamState): { types: string; offsets: number[] } | undefined {
  const types = entry.key === 'GPS5' && entry.type === 'l' ? 'lllll' : entry.key === 'GPS9' && entry.type === '?' ? stream.layout : undefined;
  if (!types) return undefined;
  const offsets: number[] = [];
  let size = 0;
  for (const type of types) {
    const width = TYPE_BYTES[type];
    if (!width) return undefined;
    offsets.push(size);
    size += width;
  }
  return size === entry.structSize && offsets.length >= 2 ? { types, offsets } : undefined;
}

function gpmfPosition(sample: Buffer): Omit<GpsPosition, 'source'> | undefined {
  let found: Omit<GpsPosition, 'source'> | undefined;
  walkGpmf(sample, 0, sample.length, 0, (entry, stream) => {
    if (found) return;
    const layout = gpsLayout(entry, stream);
    if (!layout) return;
    // GPS5 has its fix in the stream's GPSF; GPS9 in each sample's ninth field. 0 is none, 2 and 3 a 2D or 3D fix.
    if (entry.key === 'GPS5' && stream.fix !== undefined && stream.fix < 2) return;
    const scale = (i: number) => stream.scale?.[i] ?? stream.scale?.[0] ?? 1;
    for (let k = 0; k < entry.repeat && !found; k++) {
      const at = entry.at + k * entry.structSize;
      const field = (i: number) => numberAt(sample, at + layout.offsets[i]!, layout.types[i]!);
      if (entry.key === 'GPS9' && layout.types.length >= 9 && field(8) < 2) continue;
      const position = validPosition(field(0) / scale(0), field(1) / scale(1));
      if (position) found = { ...position, field: entry.key };
    }
  });
  return found;
}

function gpmfRanges(sample: Buffer): TelemetryRange[] {
  const ranges: TelemetryRange[] = [];
  walkGpmf(sample, 0, sample.length, 0, (entry) => {
    if (entry.key === 'GPS5' || entry.key === 'GPS9') ranges.push({ offset: entry.at, length: entry.structSize * entry.repeat, field: entry.key });
  });
  return ranges;
}

// ---- Camera Motion Metadata: 2 reserved bytes, a type (uint16), then the type's fields; little-endian.

const CAMM_POSITION = 5;
const CAMM_GPS = 6;

function cammPosition(sample: Buffer): Omit<GpsPosition, 'source'> | undefined {
  if (sample.length < 4) return undefined;
  const type = sample.readUInt16LE(2);
  if (type === CAMM_POSITION && sample.length >= 20) {
    const position = validPosition(sample.readDoubleLE(4), sample.readDoubleLE(12));
    return position && { ...position, field: 'camm latitude/longitude' };
  }
  // time (double), fix type (int32: 0 none, 2 2D, 3 3D), latitude, longitude (doubles) …
  if (type === CAMM_GPS && sample.length >= 32 && sample.readInt32LE(12) >= 2) {
    const position = validPosition(sample.readDoubleLE(16), sample.readDoubleLE(24));
    return position && { ...position, field: 'camm GPS' };
  }
  return undefined;
}

function cammRanges(sample: Buffer): TelemetryRange[] {
  if (sample.length < 4) return [];
  const type = sample.readUInt16LE(2);
  if (type === CAMM_POSITION) return [{ offset: 4, length: sample.length - 4, field: 'camm latitude/longitude' }];
  if (type === CAMM_GPS) return [{ offset: 4, length: sample.length - 4, field: 'camm GPS' }];
  return [];
}

function validPosition(latitude: number, longitude: number): { latitude: number; longitude: number } | undefined {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  if (latitude === 0 && longitude === 0) return undefined;
  return { latitude, longitude };
}
