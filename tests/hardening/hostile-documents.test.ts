// Documents whose structure is legal but unusual, or forged to waste time: XML parts in UTF-16 (which
// Word, Writer and Excel read) and a PDF page tree listing one page a hundred thousand times.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConsentRecord } from '../../src/consent/record.js';
import { loadPost } from '../../src/load/post.js';
import { xlsx } from '../consent/xlsx.js';
import { runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { odt } from '../load/odf.js';
import { docx, para } from '../load/word.js';

const { dir, put } = tempFolder('hostile-documents');
writeFileSync(path.join(dir, '.postauditrc.json'), '{}');
const SENTENCE = 'Call Amelia on 07700 900123 after the trip.';

/** The zip with the part `name` re-encoded as UTF-16 (its declaration saying so), little- or big-endian, with a byte-order mark or not. */
function utf16Part(zip: Buffer, name: string, order: 'le' | 'be', bom: boolean): Buffer {
  const files = unzipSync(zip);
  const text = (bom ? '\ufeff' : '') + Buffer.from(files[name]!).toString('utf8').replace('encoding="UTF-8"', 'encoding="UTF-16"');
  const bytes = Buffer.from(text, 'utf16le');
  files[name] = order === 'be' ? bytes.swap16() : bytes;
  return Buffer.from(zipSync(files));
}

const config = { root: dir, school: {} } as never;
const textOf = async (file: string) => (await loadPost(file, config)).segments.map((s) => s.text).join('\n');

describe('XML parts in UTF-16', () => {
  it.each([
    ['le', true],
    ['be', true],
    ['le', false],
    ['be', false],
  ] as const)('a Word document.xml in UTF-16 %s (byte-order mark: %s) is read, not passed as empty', async (order, bom) => {
    const file = put(`word-${order}-${bom}.docx`, utf16Part(docx({ body: para(SENTENCE) }), 'word/document.xml', order, bom));
    expect(await textOf(file)).toContain(SENTENCE);
  });

  it('an OpenDocument content.xml in UTF-16 is read', async () => {
    const file = put('writer.odt', utf16Part(odt({ body: `<text:p>${SENTENCE}</text:p>` }), 'content.xml', 'le', true));
    expect(await textOf(file)).toContain(SENTENCE);
  });

  it('an Excel consent record whose shared strings are UTF-16 is read', async () => {
    const book = xlsx([{ name: 'Consent', rows: [['first_name', 'last_name', 'photo_website', 'photo_social', 'name_published'], ['Amelia', 'Smith', 'N', 'N', 'N']] }]);
    const record = await parseConsentRecord(utf16Part(book, 'xl/sharedStrings.xml', 'le', true), 'consent.xlsx');
    expect(JSON.stringify(record)).toContain('Amelia');
  });

  it('end to end: the phone number in a UTF-16 Word document is an error (it passed with none)', () => {
    const file = put('e2e.docx', utf16Part(docx({ body: para(SENTENCE) }), 'word/document.xml', 'le', true));
    const r = runCli([file, '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('text/personal-data');
  });
});

/** A zip written by hand: local entries (stored), then an index listing `index` (name → the offset of its local header). */
function handZip(locals: { name: string; data: Buffer }[], index?: (offsets: number[]) => { name: string; at: number; size: number }[]): Buffer {
  const u16 = (n: number) => Buffer.from([n & 255, n >> 8]);
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n >>> 0);
    return b;
  };
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const { name, data } of locals) {
    offsets.push(at);
    const header = Buffer.concat([u32(0x04034b50), u16(20), u16(0), u16(0), u32(0), u32(0), u32(data.length), u32(data.length), u16(Buffer.byteLength(name)), u16(0), Buffer.from(name)]);
    parts.push(header, data);
    at += header.length + data.length;
  }
  const listed = index ? index(offsets) : locals.map(({ name, data }, i) => ({ name, at: offsets[i]!, size: data.length }));
  const central = Buffer.concat(
    listed.map(({ name, at: offset, size }) => Buffer.concat([u32(0x02014b50), u16(20), u16(20), u16(0), u16(0), u32(0), u32(0), u32(size), u32(size), u16(Buffer.byteLength(name)), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), Buffer.from(name)])),
  );
  return Buffer.concat([...parts, central, u32(0x06054b50), u16(0), u16(0), u16(listed.length), u16(listed.length), u32(central.length), u32(at), u16(0)]);
}

describe('a zip whose index and contents disagree: read as Word reads it (by its index), or refused', () => {
  const word = docx({ body: para('Nothing to see here.') });
  const parts = Object.entries(unzipSync(word)).map(([name, data]) => ({ name, data: Buffer.from(data) }));
  const benign = parts.find((p) => p.name === 'word/document.xml')!.data;
  const hostile = Buffer.from(benign.toString('utf8').replace('Nothing to see here.', SENTENCE));
  const others = parts.filter((p) => p.name !== 'word/document.xml');

  it('two entries named word/document.xml, the harmless one first: refused (it was read, and the other unseen)', async () => {
    const file = put('two-documents.docx', handZip([...others, { name: 'word/document.xml', data: benign }, { name: 'word/document.xml', data: hostile }]));
    await expect(loadPost(file, config)).rejects.toThrow(/holds two parts named word\/document\.xml/);
  });

  it('a document.xml hidden inside another entry, where the index points: its text is read (it was skipped over)', async () => {
    // The hidden entry's local header and text are the stored bytes of word/media/blob.bin.
    const hiddenHeader = handZip([{ name: 'word/document.xml', data: hostile }]);
    const hidden = hiddenHeader.subarray(0, 30 + 'word/document.xml'.length + hostile.length);
    const locals = [...others, { name: 'word/media/blob.bin', data: hidden }, { name: 'word/document.xml', data: benign }];
    const blob = others.length;
    const zip = handZip(locals, (offsets) => [
      ...others.map((p, i) => ({ name: p.name, at: offsets[i]!, size: p.data.length })),
      { name: 'word/document.xml', at: offsets[blob]! + 30 + 'word/media/blob.bin'.length, size: hostile.length },
    ]);
    expect(await textOf(put('hidden.docx', zip))).toContain(SENTENCE);
  });

  it('an index naming word/document.xml at an entry the file names otherwise: refused', async () => {
    const locals = [...others, { name: 'word/document.xml', data: benign }, { name: 'word/documenX.xml', data: hostile }];
    const zip = handZip(locals, (offsets) => [
      ...others.map((p, i) => ({ name: p.name, at: offsets[i]!, size: p.data.length })),
      { name: 'word/document.xml', at: offsets[others.length + 1]!, size: hostile.length },
    ]);
    await expect(loadPost(put('renamed.docx', zip), config)).rejects.toThrow(/its index names a part word\/document\.xml where the file holds "word\/documenX\.xml"/);
  });
});

describe('a PDF page tree that lies', () => {
  it('one page listed 20,000 times under a /Count of 20,000: damaged, reported without pdf.js walking the pages (200,000 took it 50 s)', () => {
    const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${'3 0 R '.repeat(20_000)}] /Count 20000 >>`, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>'];
    let source = '%PDF-1.7\n';
    const offsets = objects.map((object, i) => {
      const at = source.length;
      source += `${i + 1} 0 obj\n${object}\nendobj\n`;
      return at;
    });
    const xref = source.length;
    source += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    const r = runCli([put('lying.pdf', strToU8(source)), '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/its page tree lists 1 page, and 20000 could be read/);
  });
});
