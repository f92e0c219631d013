// Detection only: this module is on the start-up path (posts name photos by extension), so it
// imports none of the readers.

/** A JPEG XL file in its ISO box container (jxl.ts); a bare codestream starts FF 0A. */
export const JXL_SIGNATURE = Buffer.from([0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20, 0x0d, 0x0a, 0x87, 0x0a]);

/** Canon's CIFF raw (crw.ts): a byte order, then "HEAPCCDR" (or "HEAPJPGM") at byte 6. */
export function isCrw(head: Buffer): boolean {
  return head.length >= 14 && (head.toString('latin1', 0, 2) === 'II' || head.toString('latin1', 0, 2) === 'MM') && /^HEAP(CCDR|JPGM)$/.test(head.toString('latin1', 6, 14));
}

/** Fujifilm RAF (raf.ts). */
const RAF_MAGIC = 'FUJIFILMCCD-RAW ';

const HEIF_BRAND = /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/;
const AVIF_BRAND = /^avi[fs]$/;

/** The compatible brands of the ftyp box that opens the file (those within `head`). */
function compatibleBrands(head: Buffer): string[] {
  const end = Math.min(head.readUInt32BE(0), head.length);
  const brands: string[] = [];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(head.toString('latin1', at, at + 4));
  return brands;
}

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
    if (HEIF_BRAND.test(brand)) return 'heic';
    if (AVIF_BRAND.test(brand)) return 'avif';
    // Canon's CR3 RAW is an ISO box file too, but its metadata is in Canon's own boxes (cr3.ts): not a video.
    if (brand === 'crx ') return 'cr3';
    if (brand === 'qt  ') return 'mov';
    // A major brand we do not know ("mif2", a damaged "heec") over a picture's compatible brands: the
    // picture's items are where its EXIF is. Read as a video, its GPS was never looked for.
    const compatible = compatibleBrands(head);
    if (compatible.some((b) => AVIF_BRAND.test(b))) return 'avif';
    if (compatible.some((b) => HEIF_BRAND.test(b))) return 'heic';
    return 'mp4';
  }
  if (head.length >= 8 && /^(moov|mdat|wide|free)$/.test(head.toString('latin1', 4, 8))) return 'mov';
  if (head.length >= 6 && /^GIF8[79]a$/.test(head.toString('latin1', 0, 6))) return 'gif';
  if (head.length >= RAF_MAGIC.length && head.toString('latin1', 0, RAF_MAGIC.length) === RAF_MAGIC) return 'raf';
  if (head.length >= 6 && head.toString('latin1', 0, 4) === '8BPS' && (head.readUInt16BE(4) === 1 || head.readUInt16BE(4) === 2)) return 'psd';
  if ((head.length >= 12 && head.subarray(0, 12).equals(JXL_SIGNATURE)) || (head.length >= 2 && head[0] === 0xff && head[1] === 0x0a)) return 'jxl';
  if (isCrw(head)) return 'crw';
  return unreadFormat(head);
}

/** Formats recognised by their bytes but not read: a file in one is reported as not inspected, never passed. */
export const UNREAD_FORMATS: Record<string, string> = {
  bigtiff: 'BigTIFF',
  avi: 'AVI video',
  m2ts: 'MPEG transport stream video (AVCHD .mts/.m2ts)',
  mie: 'MIE (Meta Information Encapsulation)',
  mrw: 'Minolta MRW raw',
  x3f: 'Sigma X3F raw',
};

function unreadFormat(head: Buffer): string | undefined {
  const text = (from: number, to: number) => (head.length >= to ? head.toString('latin1', from, to) : '');
  if (text(0, 4) === 'II+\0' || text(0, 4) === 'MM\0+') return 'bigtiff';
  if (text(0, 4) === 'RIFF' && text(8, 12) === 'AVI ') return 'avi';
  // 188-byte transport stream packets, or AVCHD's 192-byte ones (a 4-byte time code first), each opening with 0x47.
  if (head.length > 196 && ((head[0] === 0x47 && head[188] === 0x47) || (head[4] === 0x47 && head[196] === 0x47))) return 'm2ts';
  if (head[0] === 0x7e && text(5, 8) === 'MIE') return 'mie';
  if (text(0, 4) === '\0MRM') return 'mrw';
  if (text(0, 4) === 'FOVb') return 'x3f';
  return undefined;
}

/**
 * Camera RAW files, as a trip folder holds them beside the JPEGs (RAW+JPEG): the TIFF-based ones
 * are read (and cleaned) as TIFF, Canon CR3, CRW and Fujifilm RAF by their own readers; the others
 * are reported as not readable, never skipped.
 */
export const RAW_EXTENSIONS = ['.dng', '.cr2', '.cr3', '.crw', '.nef', '.nrw', '.arw', '.srf', '.sr2', '.orf', '.rw2', '.rwl', '.raf', '.pef', '.srw', '.3fr', '.erf', '.kdc', '.dcr', '.mrw', '.x3f', '.iiq', '.mos'];
/** Image files in a format the auditor does not read (BigTIFF, MIE): reported as not inspected, never skipped. */
const UNREAD_IMAGE_EXTENSIONS = ['.btf', '.tf8', '.bigtiff', '.mie'];
export const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.jpe', '.jfif', '.mpo', '.insp', '.png', '.heic', '.heif', '.hif', '.webp', '.tif', '.tiff', '.avif', '.gif', '.psd', '.psb', '.jxl', ...RAW_EXTENSIONS, ...UNREAD_IMAGE_EXTENSIONS]);
/**
 * Videos: MP4/MOV (and 3GP; action and 360° cameras' MP4s under their own names: GoPro MAX .360, GoPro's
 * low-resolution .lrv copies, Insta360 .insv) are read; AVI and AVCHD transport streams are reported as
 * not inspected.
 */
export const VIDEO_EXTENSIONS = new Set(['.mp4', '.mov', '.m4v', '.3gp', '.360', '.lrv', '.insv', '.avi', '.mts', '.m2ts', '.m2t']);

/** A path's or URL's extension, lower-case, its query or fragment ignored ("photo.JPG?w=2" → ".jpg"); "" for none. */
export function urlExtension(value: string): string {
  const query = value.search(/[?#]/);
  const file = (query === -1 ? value : value.slice(0, query)).toLowerCase();
  const dot = file.lastIndexOf('.');
  return dot === -1 ? '' : file.slice(dot);
}

/** Whether a path or URL names a photo or video by its extension (a query or fragment ignored). */
export function hasMediaExtension(value: string): boolean {
  const extension = urlExtension(value);
  return IMAGE_EXTENSIONS.has(extension) || VIDEO_EXTENSIONS.has(extension);
}
