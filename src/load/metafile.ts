// Drawings an Office document holds as metafiles (EMF, WMF, their gzipped EMZ/WMZ, StarView SVM):
// they hold no photo metadata and are not inspected — when the bytes say so, not the name alone
// (a JPEG with a GPS position stored as image1.emf was never read, and the document passed).
import type { ZipEntry } from './zip-entries.js';

const METAFILE_NAME = /\.(emf|wmf|emz|wmz|svm)$/i;

/** The part is a metafile by its name and its bytes (a part that cannot be read is not one: it is reported). */
export function isMetafile(name: string, entry: ZipEntry | undefined): boolean {
  if (!METAFILE_NAME.test(name) || !entry || !('bytes' in entry)) return false;
  const b = entry.bytes;
  const emf = b.length >= 44 && b.readUInt32LE(0) === 1 && b.toString('latin1', 40, 44) === ' EMF';
  const placeableWmf = b.length >= 4 && b.readUInt32LE(0) === 0x9ac6cdd7;
  const wmf = b.length >= 4 && (b.readUInt16LE(0) === 1 || b.readUInt16LE(0) === 2) && b.readUInt16LE(2) === 9;
  const gzip = b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
  const svm = b.toString('latin1', 0, 6) === 'VCLMTF';
  return emf || placeableWmf || wmf || gzip || svm;
}
