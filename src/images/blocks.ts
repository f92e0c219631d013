// The metadata blocks a container holds, as found by the format walkers (jpeg, png, riff, bmff).
import type { ByteView } from './bytes.js';

export interface Blocks {
  /** The EXIF/TIFF structure: its view and where its TIFF header starts. */
  exif?: { view: ByteView; base: number };
  /** XMP packets (a JPEG's main and extended XMP, a PNG iTXt, a WebP XMP chunk …). */
  xmp: Buffer[];
  /** IPTC-IIM datasets. */
  iptc?: Buffer;
  width?: number;
  height?: number;
  /** QuickTime/MP4 location strings (ISO 6709) with the atom they came from. */
  iso6709: { field: string; value: string }[];
}

export function emptyBlocks(): Blocks {
  return { xmp: [], iso6709: [] };
}
