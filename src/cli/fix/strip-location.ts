// Writes a copy of a photo without its location, beside the original ("trip-beach.clean.jpg"), using the
// lossless metadata stripper; the original is never modified.
import path from 'node:path';

// TEMPORARY until src/images/strip.ts lands: a literal specifier would fail the build without it.
const STRIP_MODULE = '../../images/strip.js';
interface StripModule {
  stripMetadata(input: string, output: string, options: { location: boolean; people: boolean }): Promise<unknown>;
}

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
  const { stripMetadata } = (await import(STRIP_MODULE)) as StripModule;
  await stripMetadata(input, output, { location: true, people: false });
  return output;
}
