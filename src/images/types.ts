// What the image readers extract from a photo or video, for the image rules to judge.

export interface GpsPosition {
  latitude: number;
  longitude: number;
  /** The metadata block it came from and the field, e.g. "EXIF GPSLatitude", "XMP exif:GPSLatitude". */
  source: string;
  field: string;
}

export interface MetadataValue {
  field: string;
  value: string;
}

export interface ImageMetadata {
  /** Container format as detected from the bytes (jpeg, png, heic, tiff, webp, avif, mp4, mov …). */
  format?: string;
  /** Set when the file could not be fully inspected: the audit fails closed on it. */
  error?: string;
  gps: GpsPosition[];
  locationNames: MetadataValue[];
  people: MetadataValue[];
  owner: MetadataValue[];
  copyright: MetadataValue[];
  device: { make?: string; model?: string; serial?: string; owner?: string };
  /** Embedded preview that differs from the image (filled by the thumbnail check). */
  thumbnail?: { differs: boolean; detail: string };
}

export function emptyMetadata(format?: string): ImageMetadata {
  const metadata: ImageMetadata = { gps: [], locationNames: [], people: [], owner: [], copyright: [], device: {} };
  if (format) metadata.format = format;
  return metadata;
}
