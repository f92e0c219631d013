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
  /** Embedded preview compared with the image (set when the file has an EXIF thumbnail). */
  thumbnail?: { differs: boolean; detail: string };
  /** Pixel size as the file's own structure gives it, when known. */
  width?: number;
  height?: number;
  /** EXIF orientation (1–8), when recorded. */
  orientation?: number;
  /**
   * Text stored with the picture to be shown beside it — its title, caption, description, keywords
   * (EXIF ImageDescription and XP*, IPTC, XMP dc: and photoshop:) — read only when asked
   * (ReadOptions.captions): a website that publishes the photo often shows them (WordPress fills an
   * upload's title and caption from them).
   */
  captions?: MetadataValue[];
  /** XMP sidecar files (photo.xmp, photo.jpg.xmp) that were read with the image. */
  sidecars?: string[];
}

export function emptyMetadata(format?: string): ImageMetadata {
  const metadata: ImageMetadata = { gps: [], locationNames: [], people: [], owner: [], copyright: [], device: {} };
  if (format) metadata.format = format;
  return metadata;
}

/** The values a list holds, kept beside it so that a file of 100,000 text chunks is not compared pairwise. */
const valuesSeen = new WeakMap<MetadataValue[], { values: Set<string>; counted: number }>();

/** Adds a value unless the list already holds it (the same name often sits in EXIF, IPTC and XMP). */
export function addValue(list: MetadataValue[], field: string, value: string): void {
  let seen = valuesSeen.get(list);
  // Values pushed by other code are taken in; a list that shrank is counted afresh.
  if (!seen || seen.counted > list.length) valuesSeen.set(list, (seen = { values: new Set(), counted: 0 }));
  for (; seen.counted < list.length; seen.counted++) seen.values.add(list[seen.counted]!.value);
  if (seen.values.has(value)) return;
  list.push({ field, value });
  seen.values.add(value);
  seen.counted = list.length;
}
