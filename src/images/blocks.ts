// The metadata blocks a container holds, as found by the format walkers (jpeg, png, riff, bmff).
import type { ByteView } from './bytes.js';
import type { TelemetryTrack } from './telemetry.js';

export interface Blocks {
  /**
   * The EXIF/TIFF structures, in file order: each one's view and where its TIFF header starts. The
   * first is the main one; ExifTool reads GPS from any of them (a second APP1, a second eXIf).
   * `origin` names a block that belongs to another picture inside the file (an MPO's second image).
   */
  exif: { view: ByteView; base: number; origin?: string }[];
  /** XMP packets (a JPEG's main and extended XMP, a PNG iTXt, a WebP XMP chunk …). */
  xmp: Buffer[];
  /** IPTC-IIM datasets. */
  iptc?: Buffer;
  /** Complete JUMBF superboxes (Content Credentials): a JPEG's APP11 segments joined, a JPEG XL jumb box, a PNG caBX chunk. */
  jumbf?: Buffer[];
  width?: number;
  height?: number;
  /** QuickTime/MP4 location strings (ISO 6709) with the atom they came from. */
  iso6709: { field: string; value: string }[];
  /** Other QuickTime/MP4 texts that name a place or a person (Apple keys, iTunes-style items). */
  texts: { kind: 'location' | 'owner' | 'caption'; field: string; value: string }[];
  /** A video's telemetry tracks (GoPro GPMF, camera motion metadata), whose samples may hold a route. */
  telemetry?: TelemetryTrack[];
}

export function emptyBlocks(): Blocks {
  return { exif: [], xmp: [], iso6709: [], texts: [] };
}
