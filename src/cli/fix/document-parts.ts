// --fix on a Word or OpenDocument document: its pictures go back into it without their location, and every other
// part of the file stays as it was (the same bytes, stored or deflated as before).
import { zipSync, type Zippable } from 'fflate';
import { maxImageBytes, maxPostBytes } from '../../core/limits.js';
import { readZipEntries } from '../../load/zip-entries.js';

export function replaceDocumentParts(document: Buffer, replacements: ReadonlyMap<string, Buffer>): Buffer {
  const limit = maxImageBytes() + maxPostBytes();
  const entries = readZipEntries(document, () => true, { entryBytes: () => limit, totalBytes: 2 * limit });
  const files: Zippable = {};
  for (const [name, entry] of entries) {
    if ('problem' in entry) throw new Error(`its part ${name} could not be read back (${entry.problem})`);
    files[name] = [replacements.get(name) ?? entry.bytes, { level: entry.compression === 0 ? 0 : 6 }];
  }
  for (const name of replacements.keys()) if (!entries.has(name)) throw new Error(`it no longer holds ${name}`);
  return Buffer.from(zipSync(files));
}
