/** Fujifilm RAF (raf.ts). */
const RAF_MAGIC = 'FUJIFILMCCD-RAW ';

/** The container format from a file's first bytes, or undefined when it is not one we read. */
export function detectFormat(head: Buffer): string | undefined {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 8 && head.readUInt32BE(0) === 0x89504e47 && head.readUInt32BE(4) === 0x0d0a1a0a) return 'png';
  // TIFF, and the camera RAW files built on it: DNG, CR2, NEF, ARW, PEF … with TIFF's own header,
  // Olympus ORF and Panasonic RW2 with a magic number of their own.
  if (head.length >= 4 && /^(II\*\0|MM\0\*|IIRO|IIRS|MMOR|IIU\0)$/.test(head.toString('latin1', 0, 4))) return 'tiff';
  if (head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (head.length >= 12 && head.toString('latin1', 4, 8) === 'ftyp') {
    const brand = head.toString('latin1', 8, 12);
    if (/^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(brand)) return 'heic';
    if (/^avi[fs]$/.test(brand)) return 'avif';
    // Canon's CR3 RAW is an ISO box file too, but its metadata is in Canon's own boxes (cr3.ts): not a video.
    if (brand === 'crx ') return 'cr3';
    if (brand === 'qt  ') return 'mov';
    return 'mp4';
  }
  if (head.length >= 8 && /^(moov|mdat|wide|free)$/.test(head.toString('latin1', 4, 8))) return 'mov';
  if (head.length >= 6 && /^GIF8[79]a$/.test(head.toString('latin1', 0, 6))) return 'gif';
  if (head.length >= RAF_MAGIC.length && head.toString('latin1', 0, RAF_MAGIC.length) === RAF_MAGIC) return 'raf';
  return undefined;
}

/**
 * Camera RAW files, as a trip folder holds them beside the JPEGs (RAW+JPEG): the TIFF-based ones
 * are read (and cleaned) as TIFF, Canon CR3 and Fujifilm RAF by their own readers; the others are
 * reported as not readable, never skipped.
 */
export const RAW_EXTENSIONS = ['.dng', '.cr2', '.cr3', '.crw', '.nef', '.nrw', '.arw', '.srf', '.sr2', '.orf', '.rw2', '.rwl', '.raf', '.pef', '.srw', '.3fr', '.erf', '.kdc', '.dcr', '.mrw', '.x3f', '.iiq', '.mos'];
export const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.jpe', '.jfif', '.mpo', '.png', '.heic', '.heif', '.hif', '.webp', '.tif', '.tiff', '.avif', '.gif', ...RAW_EXTENSIONS]);
export const VIDEO_EXTENSIONS = new Set(['.mp4', '.mov', '.m4v', '.3gp']);

/** Whether a path or URL names a photo or video by its extension (a query or fragment ignored). */
export function hasMediaExtension(value: string): boolean {
  const query = value.search(/[?#]/);
  const file = (query === -1 ? value : value.slice(0, query)).toLowerCase();
  const dot = file.lastIndexOf('.');
  if (dot === -1) return false;
  const extension = file.slice(dot);
  return IMAGE_EXTENSIONS.has(extension) || VIDEO_EXTENSIONS.has(extension);
}
