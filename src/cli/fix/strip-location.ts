// Writes a copy of a photo without its location, beside the original ("trip-beach.clean.jpg"), using the
// lossless metadata stripper; the original is never modified. A picture pasted into a post (a data:
// URL) is saved beside the post as a file without its location ("sports-day-picture-1.jpg").
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { detectFormat } from '../../images/format.js';

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

/** A picture's bytes without its location, through the lossless stripper (temporary files, removed). */
export async function locationFreeBytes(bytes: Buffer): Promise<Buffer> {
  const extension = EXTENSIONS[detectFormat(bytes.subarray(0, 64)) ?? ''];
  if (!extension) throw new Error('the picture is in a format the auditor cannot clean');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'post-audit-picture-'));
  try {
    const input = path.join(dir, `picture${extension}`);
    const output = path.join(dir, `clean${extension}`);
    await writeFile(input, bytes, { flag: 'wx' });
    const { stripMetadata } = await import('../../images/strip.js');
    const result = await stripMetadata(input, output, { location: true, people: false });
    if (!result.written) throw new Error(result.message ?? 'the picture could not be cleaned without re-encoding it');
    return await readFile(output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const EXTENSIONS: Record<string, string> = { jpeg: '.jpg', png: '.png', webp: '.webp', tiff: '.tif', heic: '.heic', avif: '.avif', gif: '.gif', mp4: '.mp4', mov: '.mov' };

/**
 * Saves a picture pasted into `post` as a file beside it, without its location: "<post>-picture-N.jpg",
 * N the first number not taken. The picture goes through a temporary file (removed afterwards) to the
 * lossless stripper, so the file written is the picture with only its location taken out.
 */
export async function writeLocationFreePicture(bytes: Buffer, post: string): Promise<string> {
  const extension = EXTENSIONS[detectFormat(bytes.subarray(0, 64)) ?? ''];
  if (!extension) throw new Error('the pasted picture is in a format the auditor cannot clean');
  const base = path.join(path.dirname(post), path.basename(post, path.extname(post)));
  let n = 1;
  while (existsSync(`${base}-picture-${n}${extension}`)) n++;
  const output = `${base}-picture-${n}${extension}`;
  const pasted = path.join(path.dirname(post), `.${path.basename(output)}.pasted-${process.pid}`);
  const { stripMetadata } = await import('../../images/strip.js');
  try {
    await writeFile(pasted, bytes, { flag: 'wx' });
    const result = await stripMetadata(pasted, output, { location: true, people: false });
    if (!result.written) throw new Error(result.message ?? 'the picture could not be cleaned without re-encoding it');
  } finally {
    await rm(pasted, { force: true });
  }
  return output;
}
