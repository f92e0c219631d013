// Canon CRW (CIFF, "camera image file format"): a header ("II", its length, "HEAPCCDR"), then a heap
// whose last four bytes give the offset of its directory; each 10-byte entry is a tag, a size and an
// offset in the heap (or, with flag 0x4000, eight bytes of value in the entry itself), and tags of
// types 0x28/0x30 are heaps of their own. Cameras of 2000-2004 wrote it; it holds no position, but
// the camera's owner and serial number. See ExifTool's CanonRaw.pm.
import { CorruptFile, type ByteView } from './bytes.js';
import { canonSerialText } from './tiff.js';

const TAG = { MakeModel: 0x080a, OwnerName: 0x0810, SerialNumber: 0x180b } as const;
/** Across all directories: a camera writes a few dozen; crafted nesting could otherwise ask for billions of reads. */
const MAX_ENTRIES = 10_000;

export interface CrwFacts {
  make?: string;
  model?: string;
  owner?: string;
  serial?: string;
}

export function readCrw(view: ByteView): CrwFacts {
  const header = view.get(0, 14);
  const little = header.toString('latin1', 0, 2) === 'II';
  const u16 = (b: Buffer, at: number) => (little ? b.readUInt16LE(at) : b.readUInt16BE(at));
  const u32 = (b: Buffer, at: number) => (little ? b.readUInt32LE(at) : b.readUInt32BE(at));
  const headerLength = u32(header, 2);
  if (headerLength < 14 || headerLength >= view.size) throw new CorruptFile('the CRW header gives an impossible length');
  const values = new Map<number, Buffer>();
  const seen = new Set<number>();
  let entriesLeft = MAX_ENTRIES;
  const heap = (start: number, size: number, depth: number) => {
    if (depth > 8 || size < 4 || start + size > view.size) throw new CorruptFile('a CRW directory lies outside the file');
    const directory = start + u32(view.get(start + size - 4, 4), 0);
    if (seen.has(directory)) throw new CorruptFile('a CRW directory is referred to twice');
    seen.add(directory);
    if (directory + 2 > start + size - 4) throw new CorruptFile('a CRW directory lies outside its heap');
    const count = u16(view.get(directory, 2), 0);
    if (directory + 2 + count * 10 > start + size - 4) throw new CorruptFile('a CRW directory runs past its heap');
    entriesLeft -= count;
    if (entriesLeft < 0) throw new CorruptFile(`the CRW directories hold more than ${MAX_ENTRIES} entries`);
    const entries = view.get(directory + 2, count * 10);
    for (let i = 0; i < count; i++) {
      const entry = entries.subarray(i * 10, i * 10 + 10);
      const tag = u16(entry, 0);
      if (tag & 0x8000) throw new CorruptFile('the CRW directory has a damaged entry');
      const id = tag & 0x3fff;
      const type = (tag >> 8) & 0x38;
      const inEntry = (tag & 0x4000) !== 0;
      const length = u32(entry, 2);
      const offset = u32(entry, 6);
      if ((type === 0x28 || type === 0x30) && !inEntry) heap(start + offset, length, depth + 1);
      else if (id === TAG.MakeModel || id === TAG.OwnerName || id === TAG.SerialNumber) values.set(id, inEntry ? entry.subarray(2, 10) : view.get(start + offset, length));
    }
  };
  heap(headerLength, view.size - headerLength, 0);
  const facts: CrwFacts = {};
  const text = (b: Buffer) => b.toString('latin1').replace(/\0[\s\S]*$/, '').trim() || undefined;
  const makeModel = values.get(TAG.MakeModel);
  if (makeModel) {
    const [make, model] = makeModel.toString('latin1').split('\0');
    if (make?.trim()) facts.make = make.trim();
    if (model?.trim()) facts.model = model.trim();
  }
  const owner = values.get(TAG.OwnerName);
  if (owner && text(owner)) facts.owner = text(owner);
  const serial = values.get(TAG.SerialNumber);
  // ExifTool prints it for EOS bodies only ("%.10d"; the D30's its own way), as Canon's maker note.
  if (serial && serial.length >= 4 && /EOS/.test(facts.model ?? '')) facts.serial = canonSerialText(u32(serial, 0), facts.model ?? '', 10);
  return facts;
}
