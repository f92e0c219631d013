// Saving a fixed post: in the file's own encoding, through a link to the real file, with its
// permissions, never over a read-only file, and never over an earlier backup.
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeText, decodeWindows1252 } from '../../load/decode.js';
import { isInside } from '../../core/paths.js';
import { writeFileAtomic } from '../output.js';

type Encoding = { name: string; encode: (text: string) => Buffer | undefined };

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Windows-1252 as decodeText reads it (every byte maps to one character), reversed. */
let cp1252: Map<string, number> | undefined;
function encodeCp1252(text: string): Buffer | undefined {
  if (!cp1252) {
    cp1252 = new Map();
    for (let byte = 0; byte < 256; byte++) cp1252.set(decodeWindows1252(Uint8Array.of(byte)), byte);
  }
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = cp1252.get(text[i]!);
    if (byte === undefined) return undefined;
    out[i] = byte;
  }
  return out;
}

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

/** The encodings decodeText reads, each as the bytes it would have been read from. */
const ENCODINGS: Encoding[] = [
  { name: 'UTF-8', encode: (text) => Buffer.from(text, 'utf8') },
  { name: 'UTF-8 with a byte-order mark', encode: (text) => Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]) },
  { name: 'UTF-16', encode: (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) },
  { name: 'UTF-16', encode: (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]) },
  { name: 'UTF-16', encode: (text) => Buffer.from(text, 'utf16le') },
  { name: 'UTF-16', encode: utf16be },
  { name: 'Windows-1252', encode: encodeCp1252 },
];

export type SaveOutcome = { saved: true; file: string; backup: string } | { saved: false; reason: string };

/**
 * Writes `text` (the post's source as the auditor read it, edited) over the post at `file`:
 * - a link is followed to the file it names, which must be inside `root`;
 * - a read-only post is left alone;
 * - the bytes are in the encoding the post was read from (a byte-order mark kept), and the post must
 *   still hold exactly `source` (else it changed since it was read);
 * - the previous bytes go to `<post>.bak`, or `.bak.2`, `.bak.3` … when an earlier backup is there;
 * - both writes are a temporary file renamed into place, with the post's permissions.
 */
export function savePost(file: string, source: string, text: string, root: string): SaveOutcome {
  return saveOver(file, root, (original) => {
    if (decodeText(original).text !== source) return { reason: 'it changed while it was being fixed' };
    const encoding = ENCODINGS.find((candidate) => candidate.encode(source)?.equals(original));
    if (!encoding) return { reason: 'its encoding could not be written back exactly; save it as UTF-8 and run --fix again' };
    const bytes = encoding.encode(text);
    if (!bytes || decodeText(bytes).text !== text) {
      return { reason: `the fix holds characters that ${encoding.name} cannot store; save it as UTF-8 and run --fix again` };
    }
    return { bytes };
  });
}

/** Writes `bytes` over a file that must still hold `read` (a Word document), as savePost does. */
export function saveBytes(file: string, read: Buffer, bytes: Buffer, root: string): SaveOutcome {
  return saveOver(file, root, (original) => (original.equals(read) ? { bytes } : { reason: 'it changed while it was being fixed' }));
}

/** The checks, backup and atomic writes both savers share; `replace` turns the file's bytes into the new ones. */
function saveOver(file: string, root: string, replace: (original: Buffer) => { bytes: Buffer } | { reason: string }): SaveOutcome {
  // Only a link itself is followed: a post in a folder reached through a link (macOS's /tmp) is
  // written where it was named, so the messages name it as the user did.
  let real: string;
  try {
    real = lstatSync(file).isSymbolicLink() ? realpathSync(file) : path.resolve(file);
  } catch (error) {
    return { saved: false, reason: `it could not be opened again (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (real !== path.resolve(file) && !isInside(real, realpathOr(root))) return { saved: false, reason: 'it is a link to a file outside the project' };
  const stat = statSync(real);
  if ((stat.mode & 0o222) === 0) return { saved: false, reason: 'it is read-only' };
  const original = readFileSync(real);
  const replaced = replace(original);
  if ('reason' in replaced) return { saved: false, reason: replaced.reason };
  const backup = freeBackupName(real);
  try {
    writeFileAtomic(backup, original, stat.mode & 0o7777);
    writeFileAtomic(real, replaced.bytes, stat.mode & 0o7777);
  } catch (error) {
    return { saved: false, reason: `it could not be written (${(error as NodeJS.ErrnoException).code ?? 'error'}); it is as it was` };
  }
  return { saved: true, file: real, backup };
}

function freeBackupName(file: string): string {
  if (!existsOrLink(`${file}.bak`)) return `${file}.bak`;
  for (let n = 2; ; n++) if (!existsOrLink(`${file}.bak.${n}`)) return `${file}.bak.${n}`;
}

function existsOrLink(file: string): boolean {
  if (existsSync(file)) return true;
  try {
    lstatSync(file); // a dangling link is not overwritten either
    return true;
  } catch {
    return false;
  }
}

function realpathOr(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}
