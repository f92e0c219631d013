// Writes a copy of a photo without its location, beside the original ("trip-beach.clean.jpg"), using the
// lossless metadata stripper; the original is never modified.
import path from 'node:path';

export function cleanCopyPath(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.clean${ext}`);
}

/** "../photos/trip-beach.jpg" → "../photos/trip-beach.clean.jpg" (query and fragment kept). */
export function cleanCopyRef(ref: string): string {
  const match = /^([^?#]*?)(\.[A-Za-z0-9]+)([?#].*)?$/.exec(ref);
  if (!match) return `${ref}.clean`;
  return `${match[1]}.clean${match[2]}${match[3] ?? ''}`;
}

export async function writeLocationFreeCopy(input: string): Promise<string> {
  const output = cleanCopyPath(input);
  const { stripMetadata } = await import('../../images/strip.js');
  const result = await stripMetadata(input, output, { location: true, people: false });
  if (!result.written) throw new Error(result.message ?? 'the photo could not be cleaned without re-encoding it');
  return output;
}
