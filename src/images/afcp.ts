// AXS File Concatenation Protocol: a directory appended to the end of a JPEG, which some Windows
// catalogue tools used to store IPTC (and previews) without touching the image. The file ends with
// "AXS!" (big-endian) or "AXS*" (little-endian), the trailer's start and a checksum; the trailer
// starts with the same mark, a version, an entry count and a checksum, then 12-byte entries (a
// four-letter tag, a size, an offset from the start of the file). See ExifTool's AFCP.pm.
import { CorruptFile, type ByteView } from './bytes.js';

export interface AfcpEntry {
  tag: string;
  at: number;
  length: number;
}

/** The trailer's entries, or none when the file does not end with one. */
export function afcpEntries(view: ByteView): AfcpEntry[] {
  if (view.size < 24) return [];
  const end = view.get(view.size - 12, 12);
  const mark = end.toString('latin1', 0, 4);
  if (mark !== 'AXS!' && mark !== 'AXS*') return [];
  const little = mark === 'AXS*';
  const u16 = (b: Buffer, at: number) => (little ? b.readUInt16LE(at) : b.readUInt16BE(at));
  const u32 = (b: Buffer, at: number) => (little ? b.readUInt32LE(at) : b.readUInt32BE(at));
  const start = u32(end, 4);
  if (start + 12 > view.size - 12 || view.get(start, 4).toString('latin1') !== mark) {
    throw new CorruptFile('the file ends with an AFCP trailer (IPTC appended after the image) whose start cannot be found');
  }
  const count = u16(view.get(start + 6, 2), 0);
  const directory = view.get(start + 12, count * 12);
  const entries: AfcpEntry[] = [];
  for (let i = 0; i < count; i++) {
    const tag = directory.toString('latin1', i * 12, i * 12 + 4);
    const length = u32(directory, i * 12 + 4);
    const at = u32(directory, i * 12 + 8);
    if (at + length > view.size) throw new CorruptFile(`the AFCP trailer's ${tag} entry runs past the end of the file`);
    entries.push({ tag, at, length });
  }
  return entries;
}

/** Where the trailer's IPTC-IIM block lies, if it has one. */
export function afcpIptc(view: ByteView): AfcpEntry | undefined {
  return afcpEntries(view).find((entry) => entry.tag === 'IPTC');
}
