// Finds the photos and videos under a folder: recursive, following symbolic links to folders at
// most once each (a link loop cannot trap it), with the XMP sidecars each folder holds.
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, fsReason } from '../core/errors.js';
import { displayPath } from '../core/paths.js';
import { IMAGE_EXTENSIONS, VIDEO_EXTENSIONS, detectFormat } from './format.js';
import { pushAll } from '../core/arrays.js';

export interface FoundPhoto {
  path: string;
  sidecars: string[];
  /** Named like a photo but not one that can be read: a link to nothing, a pipe, a device. Never opened (a pipe would block). */
  problem?: string;
  /** Named like a photo but not one, and said so in the summary: a macOS "._" file copied beside each photo. */
  notAPhoto?: string;
}

const SKIP = new Set(['node_modules', '.git', '.svn', '.hg']);

/** Extensions that are surely not a photo under another name: their bytes are not sniffed. */
const NOT_MEDIA = new Set(['.txt', '.md', '.json', '.csv', '.html', '.htm', '.xml', '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.zip', '.js', '.ts', '.css', '.yml', '.yaml', '.ini', '.db', '.log']);

/**
 * A file named like no photo whose first bytes are those of one (a camera file with no extension,
 * a download saved as photo.jpg_large): scanned like the others, since the format is judged by the
 * bytes. A file that cannot be opened here is left to what its name says (not a photo).
 */
async function isMediaByBytes(file: string): Promise<boolean> {
  const head = await firstBytes(file);
  return head !== undefined && detectFormat(head) !== undefined;
}

/**
 * "._IMG_0001.JPG": the file macOS writes beside each photo on a drive that cannot keep its extended
 * attributes (a USB stick, a network share) — an AppleDouble header, not a picture.
 */
async function isAppleDouble(name: string, file: string): Promise<boolean> {
  if (!name.startsWith('._')) return false;
  const head = await firstBytes(file);
  return head !== undefined && head.length >= 4 && head.readUInt32BE(0) === 0x00051607;
}

async function firstBytes(file: string): Promise<Buffer | undefined> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, 'r');
    const head = Buffer.alloc(16);
    const { bytesRead } = await handle.read(head, 0, 16, 0);
    return head.subarray(0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** An entry of a folder, its type seen through a symbolic link. */
interface FolderEntry {
  name: string;
  full: string;
  isDir: boolean;
  isFile: boolean;
  /** A link to nothing that can be read: why. */
  linkProblem?: string;
}

/**
 * The folders under `root` (not `exclude`, hidden ones or SKIP), each once however many links lead to
 * it, with their entries; subfolders in name order, depth first.
 */
async function* folders(root: string, exclude: string[]): AsyncGenerator<FolderEntry[]> {
  const seen = new Set<string>();
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    if (exclude.some((e) => dir === e || dir.startsWith(e + path.sep))) continue;
    // Fail closed: a folder that cannot be looked at (a path longer than the system allows, one
    // removed during the scan) would hide its photos, so it ends the scan as one that cannot be read.
    const info = await stat(dir).catch((error: unknown) => {
      throw new UsageError(`${shortened(displayPath(dir))}: the folder could not be read (${fsReason(error)})`);
    });
    const key = `${info.dev}:${info.ino}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // One readdir per folder (the entries' types come with it); files are never stat'ed.
    const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      throw new UsageError(`${shortened(displayPath(dir))}: the folder could not be read (${fsReason(error)})`);
    });
    const found: FolderEntry[] = [];
    const subdirs: string[] = [];
    for (const entry of entries) {
      const full = dir + path.sep + entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let linkProblem: string | undefined;
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch((error: unknown) => {
          linkProblem = `the link points to nothing that can be read (${fsReason(error)})`;
          return undefined;
        });
        isDir = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDir && !SKIP.has(entry.name) && !entry.name.startsWith('.')) subdirs.push(full);
      found.push(linkProblem ? { name: entry.name, full, isDir, isFile, linkProblem } : { name: entry.name, full, isDir, isFile });
    }
    yield found;
    pushAll(pending, subdirs.sort().reverse());
  }
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

const isMediaName = (ext: string) => IMAGE_EXTENSIONS.has(ext) || VIDEO_EXTENSIONS.has(ext);

export async function* walkPhotos(root: string, exclude: string[] = []): AsyncGenerator<FoundPhoto> {
  for await (const entries of folders(root, exclude)) {
    const media: string[] = [];
    const unreadable = new Map<string, string>();
    const notPhotos = new Set<string>();
    const xmp = new Map<string, string>();
    const unreadableSidecars = new Map<string, string>();
    for (const { name, full, isDir, isFile, linkProblem } of entries) {
      if (isDir) continue;
      const ext = extensionOf(name);
      const isMedia = isMediaName(ext);
      if (ext === '.xmp') {
        xmp.set(name.toLowerCase(), full);
        // A sidecar that is a pipe, a device or a broken link is still the photo's: the photo is
        // reported, not passed on its own bytes (it was skipped), and the sidecar never opened.
        if (!isFile) unreadableSidecars.set(full, linkProblem ?? 'not a regular file (a pipe, socket or device)');
      } else if (isFile) {
        if (isMedia && (await isAppleDouble(name, full))) {
          notPhotos.add(full);
          media.push(full);
        } else if (isMedia) media.push(full);
        else if (!NOT_MEDIA.has(ext) && (await isMediaByBytes(full))) media.push(full); // IMG_0001, photo.jpg_large, a.jpeg.bak
      } else if (isMedia) {
        // Fail closed: a "photo" that is a pipe, a device or a broken link is reported, not skipped.
        unreadable.set(full, linkProblem ?? 'not a regular file (a pipe, socket or device)');
        media.push(full);
      }
    }
    media.sort();
    for (const file of media) {
      const base = path.basename(file);
      const stem = base.slice(0, base.length - path.extname(base).length);
      const sidecars = [xmp.get(`${stem}.xmp`.toLowerCase()), xmp.get(`${base}.xmp`.toLowerCase())].filter((s): s is string => s !== undefined);
      const badSidecar = sidecars.find((sidecar) => unreadableSidecars.has(sidecar));
      const problem = unreadable.get(file) ?? (badSidecar ? `its XMP sidecar ${path.basename(badSidecar)} could not be read: ${unreadableSidecars.get(badSidecar)}` : undefined);
      if (notPhotos.has(file)) yield { path: file, sidecars: [], notAPhoto: 'a macOS "._" file (AppleDouble), not a photo' };
      else yield problem ? { path: file, sidecars: [], problem } : { path: file, sidecars: [...new Set(sidecars)] };
    }
  }
}

/**
 * About how many photos walkPhotos will find, for a progress bar's total: the files named like a photo
 * or a video (a file whose bytes alone say so is not opened here). Holds no list: a count per folder.
 */
export async function countPhotos(root: string, exclude: string[] = []): Promise<number> {
  let count = 0;
  for await (const entries of folders(root, exclude)) {
    for (const { name, isDir } of entries) if (!isDir && isMediaName(extensionOf(name))) count++;
  }
  return count;
}

/** A path of thousands of characters (a folder nested thousands deep) shown by its two ends. */
function shortened(shown: string): string {
  return shown.length <= 200 ? shown : `${shown.slice(0, 80)}…(${shown.length - 160} more characters)…${shown.slice(-80)}`;
}
