// A small TIFF/EXIF directory reader: the IFDs a photo's EXIF block holds (IFD0, the EXIF and GPS
// sub-IFDs, IFD1 with the thumbnail). Used on a JPEG's APP1 block, a PNG/WebP eXIf chunk and whole
// TIFF files. Offsets are relative to `base` (the TIFF header) inside the view.
import { CorruptFile, type ByteView } from './bytes.js';
import { pushAll } from '../core/arrays.js';

export const TAG = {
  ImageWidth: 0x100,
  ImageHeight: 0x101,
  Compression: 0x103,
  Make: 0x10f,
  Model: 0x110,
  StripOffsets: 0x111,
  StripByteCounts: 0x117,
  TileOffsets: 0x144,
  TileByteCounts: 0x145,
  Orientation: 0x112,
  Software: 0x131,
  DateTime: 0x132,
  Artist: 0x13b,
  ThumbnailOffset: 0x201,
  ThumbnailLength: 0x202,
  Copyright: 0x8298,
  SubIfds: 0x14a,
  ExifIfd: 0x8769,
  GpsIfd: 0x8825,
  InteropIfd: 0xa005,
  XPAuthor: 0x9c9d,
  ImageDescription: 0x10e,
  XPTitle: 0x9c9b,
  XPComment: 0x9c9c,
  XPKeywords: 0x9c9e,
  XPSubject: 0x9c9f,
  DateTimeOriginal: 0x9003,
  PixelXDimension: 0xa002,
  PixelYDimension: 0xa003,
  CameraOwnerName: 0xa430,
  MakerNote: 0x927c,
  CanonOwnerName: 0x0009,
  BodySerialNumber: 0xa431,
  CameraSerialNumber: 0xc62f,
  IptcNaa: 0x83bb,
  /** Photoshop's image resources (holding the IPTCDigest) in a TIFF. */
  PhotoshopResources: 0x8649,
  XmpPacket: 0x02bc,
  GPSLatitudeRef: 1,
  GPSLatitude: 2,
  GPSLongitudeRef: 3,
  GPSLongitude: 4,
  GPSDestLatitudeRef: 0x13,
  GPSDestLatitude: 0x14,
  GPSDestLongitudeRef: 0x15,
  GPSDestLongitude: 0x16,
  GPSAreaInformation: 0x1c,
} as const;

/** Tags inside maker notes (each maker numbers its own). */
const MAKER_TAG = {
  NikonSerialNumber: 0x001d,
  NikonOldSerialNumber: 0x00a0,
  CanonSerialNumber: 0x000c,
  MotorolaSerialNumber: 0x5501,
  SigmaSerialNumber: 0x0002,
  OlympusEquipment: 0x2010,
  OlympusSerialNumber: 0x0101,
  OlympusOldSerialNumber: 0x0404,
  PanasonicInternalSerialNumber: 0x0025,
  PanasonicFaceRecInfo: 0x0061,
  PanasonicBabyName: 0x0066,
} as const;

/** Panasonic maker-note tags naming where the photo was taken, from the camera's GPS and landmark database (ExifTool's names). */
const PANASONIC_PLACES: [tag: number, name: string][] = [
  [0x0067, 'Location'],
  [0x0069, 'Country'],
  [0x006b, 'State'],
  [0x006d, 'City'],
  [0x006f, 'Landmark'],
  [0x0080, 'City2'],
];

/** A place or person named in a maker note, with the bytes that hold it (blanked when cleaning). */
export interface MakerNoteName {
  kind: 'place' | 'person';
  field: string;
  value: string;
  at: number;
  length: number;
}

/** Directories read past IFD0, its EXIF directory and IFD1 (pages, SubIFDs), at most. */
const MORE_DIRECTORIES = 64;

const TIFF_MAGIC = new Set([42, 0x4f52, 0x5352, 0x55]);

/**
 * Bytes a value takes, for the integer types: BYTE, SBYTE, SHORT, SSHORT, LONG, SLONG, IFD — also the
 * types an IFD pointer may be written in (ExifTool's %intFormat that TIFF 6 defines).
 */
const INTEGER_WIDTH: Record<number, number> = { 1: 1, 6: 1, 3: 2, 8: 2, 4: 4, 9: 4, 13: 4 };

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };

export interface TiffEntry {
  tag: number;
  type: number;
  count: number;
  /** Absolute offset (in the view) of the 12-byte entry. */
  entryAt: number;
  /** Absolute offset of the value bytes (inside the entry when they fit in 4 bytes). */
  valueAt: number;
  byteLength: number;
}

export interface Ifd {
  /** Absolute offset of the directory (its entry count). */
  at: number;
  entries: Map<number, TiffEntry>;
  /** Offset (relative to the TIFF header) of the next IFD, 0 when none. */
  next: number;
  /** Bytes the directory takes as stored: its count, entries and next-IFD offset (which a directory ending its block may lack). */
  length: number;
  /** GPS pointers written before the last one in this directory (`entries` keeps the last): ExifTool follows each. */
  earlierGpsPointers: TiffEntry[];
}

/** The GPS directory's tags run from GPSVersionID (0) to GPSHPositioningError (31). */
const MAX_GPS_TAG = 0x1f;

export class Tiff {
  /** Byte order; switched only while a maker note of the other order is read (see withOrder). */
  little: boolean;
  readonly ifd0: Ifd;
  exif?: Ifd;
  gps?: Ifd;
  ifd1?: Ifd;
  /** The directories past these that ExifTool reads too: later pages, SubIFDs (see moreDirectories). */
  readonly more: Ifd[];
  /** Directories that could not be read (the rest of the block still was). */
  readonly problems: string[] = [];
  /** Every directory holding a GPS pointer, with the GPS directory it points to (when readable). */
  readonly gpsPointers: { parent: Ifd; pointer: TiffEntry; gps?: Ifd }[] = [];

  constructor(
    readonly view: ByteView,
    readonly base = 0,
    /** Where the block holding the structure ends, when the view goes on past it (a JPEG segment in the whole file). */
    readonly end = view.size,
  ) {
    const order = view.get(base, 2).toString('latin1');
    if (order !== 'II' && order !== 'MM') throw new CorruptFile('the EXIF block has no TIFF header');
    this.little = order === 'II';
    // 42, or the magic numbers of Olympus ORF ("RO", "RS") and Panasonic RW2 (0x55), TIFF otherwise.
    if (!TIFF_MAGIC.has(this.u16(base + 2))) throw new CorruptFile('the EXIF block is not TIFF (bad magic number)');
    this.ifd0 = this.readIfd(this.u32(base + 4));
    this.exif = this.subIfd(this.ifd0, TAG.ExifIfd, 'EXIF');
    if (this.ifd0.next) {
      try {
        this.ifd1 = this.readIfd(this.ifd0.next);
      } catch (error) {
        if (!(error instanceof CorruptFile)) throw error;
        this.problems.push('IFD1');
      }
    }
    // The GPS pointer belongs in IFD0, but ExifTool follows it from the EXIF directory and IFD1 too,
    // and from any other directory it reads: the pages after IFD1 (a scanner's multi-page TIFF) and
    // SubIFDs (tag 0x14A), with their own EXIF directories.
    this.more = this.moreDirectories();
    // IFD0 (named by the header), its EXIF directory and the Interop one: a GPS pointer to one of them
    // with no position in it is damage. (Another pointer at the GPS directory is that pointer's
    // mistake: the position is still read, and cleaned.)
    const interop = this.exif && this.number(this.exif.entries.get(TAG.InteropIfd));
    const otherDirectories = new Set([this.ifd0.at, this.exif?.at, interop ? this.base + interop : undefined]);
    for (const parent of [this.ifd0, this.exif, this.ifd1, ...this.more]) {
      const last = parent?.entries.get(TAG.GpsIfd);
      if (!parent || !last) continue;
      // A pointer repeated in one directory: each is followed (a position behind the first is no less there).
      for (const pointer of [...parent.earlierGpsPointers, last]) {
        let gps = this.subIfdAt(pointer, 'GPS');
        // A GPS pointer back at IFD0 (or at the EXIF or Interop directory) is a damaged block, as
        // ExifTool says ("GPS pointer references previous IFD0 directory"), not a GPS directory
        // without a position: it passed clean, and a clean-up would have blanked IFD0 as the GPS one.
        // So is one whose entries are none of the GPS tags (0 to 31): a pointer off by some bytes, or
        // at another kind of directory, read as a GPS one with no position (it passed clean).
        if (gps && ((otherDirectories.has(gps.at) && !gpsDirectoryPosition(this, gps)) || (gps.entries.size > 0 && ![...gps.entries.keys()].some((tag) => tag <= MAX_GPS_TAG)))) {
          this.problems.push('GPS');
          gps = undefined;
        }
        this.gpsPointers.push({ parent, pointer, ...(gps ? { gps } : {}) });
        if (gps && !this.gps) this.gps = gps;
      }
    }
  }

  /**
   * The directories past IFD0, its EXIF directory and IFD1 that ExifTool also reads: IFD2 and on,
   * SubIFDs and their next directories, and the EXIF directories of these — at most
   * MORE_DIRECTORIES, each once (a loop ends). One that cannot be read is skipped, as IFD1 is.
   */
  private moreDirectories(): Ifd[] {
    const seen = new Set([this.ifd0.at, this.exif?.at, this.ifd1?.at]);
    const found: Ifd[] = [];
    const pending: number[] = [];
    // Only the pointers that can be followed are read (a count of a billion asks for no more).
    const subIfds = (ifd: Ifd) => pushAll(pending, (this.integers(ifd.entries.get(TAG.SubIfds), MORE_DIRECTORIES) ?? []));
    subIfds(this.ifd0);
    if (this.ifd1) {
      subIfds(this.ifd1);
      if (this.ifd1.next) pending.push(this.ifd1.next);
    }
    while (pending.length && found.length < MORE_DIRECTORIES) {
      const relative = pending.shift()!;
      if (relative <= 0 || seen.has(this.base + relative)) continue;
      seen.add(this.base + relative);
      let ifd: Ifd;
      try {
        ifd = this.readIfd(relative);
      } catch (error) {
        if (!(error instanceof CorruptFile)) throw error;
        continue;
      }
      found.push(ifd);
      if (ifd.next) pending.push(ifd.next);
      subIfds(ifd);
      const exif = this.number(ifd.entries.get(TAG.ExifIfd));
      if (exif) pending.push(exif);
    }
    return found;
  }

  u16(at: number): number {
    const b = this.view.get(at, 2);
    return this.little ? b.readUInt16LE(0) : b.readUInt16BE(0);
  }

  u32(at: number): number {
    const b = this.view.get(at, 4);
    return this.little ? b.readUInt32LE(0) : b.readUInt32BE(0);
  }

  /**
   * Canon's maker note is a plain IFD (offsets from the TIFF header); its OwnerName is the name the
   * camera was registered to. Undefined when the note is absent, not Canon's, or unreadable.
   */
  canonOwnerName(): string | undefined {
    const note = this.exif?.entries.get(TAG.MakerNote);
    if (!note || note.byteLength < 14) return undefined;
    try {
      const entries = this.readIfd(note.valueAt - this.base).entries;
      return this.string(entries.get(TAG.CanonOwnerName));
    } catch (error) {
      if (error instanceof CorruptFile) return undefined;
      throw error;
    }
  }

  /**
   * The camera's serial number kept in its maker note, for the makers whose note layout is known
   * here (ExifTool: Canon, Nikon, Olympus, Motorola and Sigma SerialNumber, Panasonic
   * InternalSerialNumber). Sony and most phones write the EXIF BodySerialNumber instead.
   */
  makerNoteSerial(): string | undefined {
    const note = this.exif?.entries.get(TAG.MakerNote);
    if (!note || note.byteLength < 14) return undefined;
    const at = note.valueAt;
    try {
      const head = this.view.get(at, Math.min(12, note.byteLength)).toString('latin1');
      // "Nikon\0" + version, then a TIFF header of its own: offsets are from there. Older bodies
      // (the D70) keep the serial in tag 0x00a0 ("NO= 20025585"), newer ones in 0x001d.
      if (head.startsWith('Nikon\0\x02')) {
        const nikon = new Tiff(this.view, at + 10);
        const entries = nikon.ifd0.entries;
        return nikon.string(entries.get(MAKER_TAG.NikonSerialNumber)) ?? nikon.string(entries.get(MAKER_TAG.NikonOldSerialNumber));
      }
      // New Olympus notes: "OLYMPUS\0" + byte order; offsets from the note; the serial sits in the Equipment directory.
      if (head.startsWith('OLYMPUS\0') && head.slice(8, 10) === (this.little ? 'II' : 'MM')) {
        return this.olympusEquipmentSerial(this.readIfd(12, at), at);
      }
      // Old Olympus notes ("OLYMP\0") and Panasonic's: a directory after the header, offsets from the TIFF header.
      if (head.startsWith('OLYMP\0')) {
        const main = this.readIfd(at + 8 - this.base);
        return this.string(main.entries.get(MAKER_TAG.OlympusOldSerialNumber)) ?? this.olympusEquipmentSerial(main, this.base);
      }
      if (head.startsWith('Panasonic\0')) {
        // Sixteen bytes padded with NULs at both ends ("\0\0S010604030293\0").
        const entry = this.readIfd(at + 12 - this.base).entries.get(MAKER_TAG.PanasonicInternalSerialNumber);
        const text = entry ? this.view.get(entry.valueAt, entry.byteLength).toString('latin1').replace(/\0/g, '').trim() : '';
        return /^[\x21-\x7e]+$/.test(text) ? text : undefined;
      }
      // Motorola: "MOT\0" and four bytes, then a directory whose offsets count from the note.
      if (head.startsWith('MOT\0')) return this.withOrder(this.noteOrder(at + 8), () => this.string(this.readIfd(8, at).entries.get(MAKER_TAG.MotorolaSerialNumber)));
      const make = this.string(this.ifd0.entries.get(TAG.Make)) ?? '';
      // Sigma: "SIGMA\0\0\0" and a version, then a directory; offsets from the TIFF header.
      if (/^(SIGMA|FOVEON)/.test(head) && /^(SIGMA|FOVEON)/i.test(make)) return this.string(this.readIfd(at + 10 - this.base).entries.get(MAKER_TAG.SigmaSerialNumber));
      // Canon: the note is a plain directory (offsets from the TIFF header); the serial a number.
      if (/^canon/i.test(make)) return this.canonSerial(this.readIfd(at - this.base).entries.get(MAKER_TAG.CanonSerialNumber));
    } catch {
      // Maker notes follow no standard: one this reader cannot follow only means no serial from it.
      return undefined;
    }
    return undefined;
  }

  /**
   * The places and people a Panasonic maker note names: the city, landmark … its GPS and landmark
   * database gave, the baby's (or pet's) name, and the faces it recognised — up to three records of
   * name, position and age (ExifTool: RecognizedFace1Name …), each blanked whole when cleaning.
   */
  panasonicNames(): MakerNoteName[] {
    const note = this.exif?.entries.get(TAG.MakerNote);
    if (!note || note.byteLength < 14) return [];
    const names: MakerNoteName[] = [];
    try {
      if (!this.view.get(note.valueAt, 10).toString('latin1').startsWith('Panasonic\0')) return [];
      const entries = this.readIfd(note.valueAt + 12 - this.base).entries;
      const text = (tag: number, kind: MakerNoteName['kind'], name: string) => {
        const entry = entries.get(tag);
        const value = this.string(entry);
        if (entry && value && /[\p{L}\p{N}]/u.test(value)) names.push({ kind, field: `Panasonic ${name}`, value, at: entry.valueAt, length: entry.byteLength });
      };
      for (const [tag, name] of PANASONIC_PLACES) text(tag, 'place', name);
      text(MAKER_TAG.PanasonicBabyName, 'person', 'BabyName');
      const faces = entries.get(MAKER_TAG.PanasonicFaceRecInfo);
      const info = faces && this.values(faces);
      if (faces && info && info.length >= 2) {
        const count = this.little ? info.readUInt16LE(0) : info.readUInt16BE(0);
        for (let i = 0, at = 4; i < Math.min(count, 3) && at + 20 <= info.length; i++, at += 48) {
          const value = decodeText(info.subarray(at, at + 20)).trim();
          if (value) names.push({ kind: 'person', field: `Panasonic RecognizedFace${i + 1}Name`, value, at: faces.valueAt + at, length: Math.min(48, info.length - at) });
        }
      }
    } catch (error) {
      // As for the serial: a maker note this reader cannot follow gives no names.
      if (!(error instanceof CorruptFile)) throw error;
    }
    return names;
  }

  /** An Olympus Equipment directory's serial: a pointer to it (offsets from `base`), or the directory itself stored as bytes (the E-1). */
  private olympusEquipmentSerial(main: Ifd, base: number): string | undefined {
    const pointer = main.entries.get(MAKER_TAG.OlympusEquipment);
    if (!pointer) return undefined;
    const equipment = pointer.type === 7 ? this.readIfd(pointer.valueAt - base, base) : this.readIfd(this.number(pointer) ?? 0, base);
    return this.string(equipment.entries.get(MAKER_TAG.OlympusSerialNumber));
  }

  /** Canon's SerialNumber (int32u) in the maker note, printed as ExifTool does (see canonSerialText). */
  private canonSerial(entry: TiffEntry | undefined): string | undefined {
    if (!entry || (entry.type !== 4 && entry.type !== 9) || entry.count !== 1) return undefined;
    const value = this.number(entry);
    if (value === undefined || value === 0) return undefined;
    const model = this.string(this.ifd0.entries.get(TAG.Model)) ?? '';
    return canonSerialText(value, model, /EOS-1D/.test(model) ? 6 : 10);
  }

  /** A maker note's byte order, judged as ExifTool does for notes of unknown order: the one giving a plausible entry count. */
  private noteOrder(at: number): boolean {
    const b = this.view.get(at, 2);
    const le = b.readUInt16LE(0);
    const be = b.readUInt16BE(0);
    if (le === be || (le > 0 && le < 256) === (be > 0 && be < 256)) return this.little;
    return le > 0 && le < 256;
  }

  private withOrder<T>(little: boolean, read: () => T): T {
    if (little === this.little) return read();
    const saved = this.little;
    this.little = little;
    try {
      return read();
    } finally {
      this.little = saved;
    }
  }

  private readIfd(relative: number, base = this.base): Ifd {
    const at = base + relative;
    const count = this.u16(at);
    if (count > 1000) throw new CorruptFile('an EXIF directory claims over 1000 entries');
    // As ExifTool: a directory that ends its data with 0 or 2 of the next-IFD offset's 4 bytes is
    // whole, with no next directory (libpng's pngtest.png ends its EXIF directory so).
    const room = this.end - (at + 2);
    const stored = room >= count * 12 && room < count * 12 + 4 && (room - count * 12) % 2 === 0 ? room : count * 12 + 4;
    const block = this.view.get(at + 2, stored);
    const entries = new Map<number, TiffEntry>();
    const earlierGpsPointers: TiffEntry[] = [];
    for (let i = 0; i < count; i++) {
      const entryAt = at + 2 + i * 12;
      const o = i * 12;
      const tag = this.little ? block.readUInt16LE(o) : block.readUInt16BE(o);
      const type = this.little ? block.readUInt16LE(o + 2) : block.readUInt16BE(o + 2);
      const n = this.little ? block.readUInt32LE(o + 4) : block.readUInt32BE(o + 4);
      const size = TYPE_SIZE[type];
      if (!size) continue;
      const byteLength = size * n;
      const valueAt = byteLength <= 4 ? entryAt + 8 : base + (this.little ? block.readUInt32LE(o + 8) : block.readUInt32BE(o + 8));
      const earlier = entries.get(tag);
      if (earlier && tag === TAG.GpsIfd) earlierGpsPointers.push(earlier);
      entries.set(tag, { tag, type, count: n, entryAt, valueAt, byteLength });
    }
    const next = stored < count * 12 + 4 ? 0 : this.little ? block.readUInt32LE(count * 12) : block.readUInt32BE(count * 12);
    return { at, entries, next, length: 2 + stored, earlierGpsPointers };
  }

  private subIfd(parent: Ifd, tag: number, name: string): Ifd | undefined {
    return this.subIfdAt(parent.entries.get(tag), name);
  }

  private subIfdAt(entry: TiffEntry | undefined, name: string): Ifd | undefined {
    // Any integer type, as ExifTool follows it: a Canon PowerShot S5 IS writes its GPS pointer as a
    // signed LONG (exiv2's FurnaceCreekInn.jpg), and BYTE or SHORT pointers are as readable.
    if (!entry || entry.count < 1 || !(entry.type in INTEGER_WIDTH)) return undefined;
    try {
      return this.readIfd(this.number(entry) ?? 0);
    } catch (error) {
      if (!(error instanceof CorruptFile)) throw error;
      this.problems.push(name);
      return undefined;
    }
  }

  /** The entry's value bytes as stored (the first `length` of them), or undefined when they lie outside the file. */
  values(entry: TiffEntry, length = entry.byteLength): Buffer | undefined {
    try {
      return this.view.get(entry.valueAt, Math.min(length, entry.byteLength));
    } catch (error) {
      if (error instanceof CorruptFile) return undefined;
      throw error;
    }
  }

  /** The first value as a number (SHORT, LONG, BYTE …). */
  number(entry: TiffEntry | undefined): number | undefined {
    if (!entry || entry.count < 1) return undefined;
    const b = this.values(entry);
    if (!b) return undefined;
    switch (entry.type) {
      case 1:
      case 7:
        return b[0];
      case 6:
        return b.readInt8(0);
      case 3:
        return this.little ? b.readUInt16LE(0) : b.readUInt16BE(0);
      case 4:
      case 13:
        return this.little ? b.readUInt32LE(0) : b.readUInt32BE(0);
      case 8:
        return this.little ? b.readInt16LE(0) : b.readInt16BE(0);
      case 9:
        return this.little ? b.readInt32LE(0) : b.readInt32BE(0);
      default:
        return this.rationals(entry)?.[0];
    }
  }

  /**
   * The values of an integer entry (BYTE, SBYTE, SHORT, SSHORT, LONG, SLONG, IFD), at most `limit` of
   * them (only their bytes are read); undefined for other types or values outside the file.
   */
  integers(entry: TiffEntry | undefined, limit = Number.POSITIVE_INFINITY): number[] | undefined {
    const width = entry && INTEGER_WIDTH[entry.type];
    if (!entry || !width) return undefined;
    const count = Math.min(entry.count, limit);
    const bytes = this.values(entry, count * width);
    if (!bytes) return undefined;
    const out: number[] = [];
    for (let i = 0; i < count && (i + 1) * width <= bytes.length; i++) {
      const at = i * width;
      if (entry.type === 1) out.push(bytes[at]!);
      else if (entry.type === 6) out.push(bytes.readInt8(at));
      else if (entry.type === 3) out.push(this.little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
      else if (entry.type === 8) out.push(this.little ? bytes.readInt16LE(at) : bytes.readInt16BE(at));
      else if (entry.type === 9) out.push(this.little ? bytes.readInt32LE(at) : bytes.readInt32BE(at));
      else out.push(this.little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
    }
    return out;
  }

  rationals(entry: TiffEntry | undefined): number[] | undefined {
    if (!entry) return undefined;
    const b = this.values(entry);
    if (!b) return undefined;
    const out: number[] = [];
    for (let i = 0; i < entry.count; i++) {
      switch (entry.type) {
        case 5:
        case 10: {
          const signed = entry.type === 10;
          const num = signed ? (this.little ? b.readInt32LE(i * 8) : b.readInt32BE(i * 8)) : this.little ? b.readUInt32LE(i * 8) : b.readUInt32BE(i * 8);
          const den = signed ? (this.little ? b.readInt32LE(i * 8 + 4) : b.readInt32BE(i * 8 + 4)) : this.little ? b.readUInt32LE(i * 8 + 4) : b.readUInt32BE(i * 8 + 4);
          out.push(den === 0 ? NaN : num / den);
          break;
        }
        case 11:
          out.push(this.little ? b.readFloatLE(i * 4) : b.readFloatBE(i * 4));
          break;
        case 12:
          out.push(this.little ? b.readDoubleLE(i * 8) : b.readDoubleBE(i * 8));
          break;
        default:
          return undefined;
      }
    }
    return out;
  }

  /** ASCII (or UNDEFINED/BYTE text) without trailing NULs and spaces; XP* tags are UCS-2. */
  string(entry: TiffEntry | undefined): string | undefined {
    if (!entry) return undefined;
    const b = this.values(entry);
    if (!b) return undefined;
    let text: string;
    if (entry.tag >= 0x9c9b && entry.tag <= 0x9c9f && entry.type === 1) text = b.toString('utf16le');
    else if (entry.type === 2 || entry.type === 7 || entry.type === 1) text = decodeText(b);
    else {
      const n = this.number(entry);
      text = n === undefined ? '' : String(n);
    }
    // eslint-disable-next-line no-control-regex
    const clean = text.replace(/[\u0000\s]+$/g, '').replace(/^\s+/, '');
    return clean === '' ? undefined : clean;
  }
}

/** A Canon serial number as ExifTool prints it: the D30's hex and decimal halves, otherwise zero-padded to `digits` ("%.10u"; "%.6u" on EOS-1D bodies). */
export function canonSerialText(value: number, model: string, digits: number): string {
  if (/EOS D30\b/.test(model)) return (value >>> 16).toString(16).padStart(4, '0') + String(value & 0xffff).padStart(5, '0');
  return String(value >>> 0).padStart(digits, '0');
}

function decodeText(b: Buffer): string {
  const end = b.indexOf(0);
  const bytes = end >= 0 ? b.subarray(0, end) : b;
  const utf8 = bytes.toString('utf8');
  return utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8;
}

/**
 * The name of the GPS area (GPSAreaInformation: "Bath, Somerset"), which ExifTool prints: eight bytes
 * naming the character code (ASCII, UNICODE in the block's byte order, JIS, or none), then the text.
 */
export function gpsAreaName(tiff: Tiff): string | undefined {
  for (const { gps } of tiff.gpsPointers) {
    const entry = gps?.entries.get(TAG.GPSAreaInformation);
    const bytes = entry && tiff.values(entry);
    if (!bytes) continue;
    const code = bytes.length > 8 ? bytes.toString('latin1', 0, 8).replace(/\0+$/, '') : '';
    const body = code === 'ASCII' || code === 'UNICODE' || code === 'JIS' || code === '' ? (bytes.length > 8 ? bytes.subarray(8) : bytes) : bytes;
    const even = Buffer.from(body.subarray(0, body.length - (body.length % 2)));
    const text = code === 'UNICODE' ? (tiff.little ? even : even.swap16()).toString('utf16le') : decodeText(body);
    const clean = text.replace(/\0[\s\S]*$/, '').trim();
    if (/[\p{L}\p{N}]/u.test(clean)) return clean;
  }
  return undefined;
}

/** Decimal degrees from a GPS IFD (undefined when the position is absent or not a number). */
export function gpsPosition(tiff: Tiff): { latitude: number; longitude: number; field?: string } | undefined {
  for (const { gps } of tiff.gpsPointers) {
    const position = gps && gpsDirectoryPosition(tiff, gps);
    if (position) return position;
  }
  return undefined;
}

/**
 * Decimal degrees from one GPS directory (a CR3's CMT4 block is a TIFF whose IFD0 is the GPS
 * directory): the camera's position, or else the destination's (GPSDestLatitude: the place
 * photographed, which ExifTool prints; it passed clean).
 */
export function gpsDirectoryPosition(tiff: Tiff, gps: Ifd): { latitude: number; longitude: number; field?: string } | undefined {
  return directoryPosition(tiff, gps, TAG.GPSLatitude, TAG.GPSLatitudeRef, TAG.GPSLongitude, TAG.GPSLongitudeRef) ?? directoryPosition(tiff, gps, TAG.GPSDestLatitude, TAG.GPSDestLatitudeRef, TAG.GPSDestLongitude, TAG.GPSDestLongitudeRef, 'GPSDestLatitude');
}

function directoryPosition(tiff: Tiff, gps: Ifd, latTag: number, latRefTag: number, lonTag: number, lonRefTag: number, field?: string): { latitude: number; longitude: number; field?: string } | undefined {
  const lat = degrees(coordinateParts(tiff, gps.entries.get(latTag)));
  const lon = degrees(coordinateParts(tiff, gps.entries.get(lonTag)));
  if (lat === undefined || lon === undefined) return undefined;
  const latRef = tiff.string(gps.entries.get(latRefTag))?.toUpperCase();
  const lonRef = tiff.string(gps.entries.get(lonRefTag))?.toUpperCase();
  // As ExifTool: the hemisphere comes from the reference alone (a signed rational's sign is ignored).
  return { latitude: latRef === 'S' ? -Math.abs(lat) : Math.abs(lat), longitude: lonRef === 'W' ? -Math.abs(lon) : Math.abs(lon), ...(field ? { field } : {}) };
}

/**
 * Degrees, minutes and seconds as stored: rationals as the standard has them, or — as ExifTool reads a
 * writer's mistake — whole numbers, or numbers written as text ("4", "51 30 12.5").
 */
function coordinateParts(tiff: Tiff, entry: TiffEntry | undefined): number[] | undefined {
  if (!entry) return undefined;
  const parts = tiff.rationals(entry);
  if (parts) return parts;
  if (entry.type === 2) {
    const numbers = tiff.string(entry)?.match(/-?\d+(?:\.\d+)?/g);
    return numbers ? numbers.slice(0, 3).map(Number) : undefined;
  }
  const whole = tiff.integers(entry, 3);
  return whole?.length ? whole : undefined;
}

/**
 * Decimal degrees. Minutes or seconds of 0/0 (a writer's "unknown") count as 0: ExifTool then shows
 * no latitude, but readers that take 0/0 as 0 show the place to within a kilometre, and the photo
 * passed clean.
 */
export function degrees(parts: number[] | undefined): number | undefined {
  if (!parts || parts.length === 0) return undefined;
  const [d = 0, m = 0, s = 0] = parts;
  const value = d + (Number.isNaN(m) ? 0 : m) / 60 + (Number.isNaN(s) ? 0 : s) / 3600;
  return Number.isFinite(value) ? value : undefined;
}
