// What the fuzz23 hunt found: each case is the minimised input, and what the auditor must now do
// with it. What ExifTool 12.57 reads from each input is written beside it; the tests do not need it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { stripMetadata } from '../../src/images/strip.js';
import { XMP_HEADER } from '../../src/images/jpeg.js';
import { box, gpsTiff, heif, heifExifItem, insertSegment, jpeg, pngTextChunk, rawProfileText, withPngChunks, xmpPacket } from '../images/build.js';
import { parseConsentRecord } from '../../src/consent/record.js';
import { loadPost } from '../../src/load/post.js';
import { readWorkbookSheets } from '../../src/consent/workbook.js';
import { xlsx } from '../consent/xlsx.js';
import { docx, para } from '../load/word.js';
import { odt } from '../load/odf.js';
import { pdf } from '../load/pdf-builder.js';
import { runCli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { noHang } from './seed.js';

const { dir, put } = tempFolder('fuzz23-found');
writeFileSync(path.join(dir, '.postauditrc.json'), '{}');
const read = (file: string) => noHang(readImageMetadata(file), path.basename(file));

/** Strips a copy of `file` and reads the copy: its GPS positions and place names. */
async function cleaned(file: string): Promise<{ written: boolean; gps: number; places: string[] }> {
  const copy = path.join(dir, 'clean', path.basename(file));
  const result = await stripMetadata(file, copy, { location: true, people: false });
  if (!result.written) return { written: false, gps: 0, places: [] };
  const after = await read(copy);
  expect(after.error).toBeUndefined();
  return { written: true, gps: after.gps.length, places: after.locationNames.map((n) => n.value) };
}

const CITY_XMP = xmpPacket('<photoshop:City>Keswick</photoshop:City>');

const fullBox = (type: string, ...parts: Buffer[]) => box(type, Buffer.alloc(4), ...parts);
const u16 = (n: number) => Buffer.from([n >> 8, n & 255]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n, 0);
  return b;
};

/**
 * A meta box listing one EXIF item (id 2) at `offset` of the file, `length` bytes long: ISO's full
 * box, or QuickTime's (no version and flags).
 */
function exifItemMeta(offset: number, length: number, quickTime = false): Buffer {
  const parts = [
    fullBox('hdlr', u32(0), Buffer.from('pict', 'latin1'), Buffer.alloc(13)),
    fullBox('iinf', u16(1), box('infe', Buffer.from([2, 0, 0, 0]), u16(2), u16(0), Buffer.from('Exif\0', 'latin1'))),
    fullBox('iloc', Buffer.from([0x44, 0]), u16(1), u16(2), u16(0), u16(1), u32(offset), u32(length)),
  ];
  return quickTime ? box('meta', ...parts) : fullBox('meta', ...parts);
}

/** `head` (ftyp and all up to where the meta box goes), the meta box `wrap` places, then an mdat of the EXIF item. */
function withExifItemMeta(head: Buffer, wrap: (meta: Buffer) => Buffer, quickTime = false): Buffer {
  const item = heifExifItem(gpsTiff());
  const offset = head.length + wrap(exifItemMeta(0, item.length, quickTime)).length + 8;
  return Buffer.concat([head, wrap(exifItemMeta(offset, item.length, quickTime)), box('mdat', item)]);
}

describe('a PNG\'s "Raw profile type" text that is not quite as ImageMagick writes it', () => {
  const png = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).png().toBuffer();
  const exif = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), gpsTiff()]);

  it('EXIF hex text ending in a NUL is read and cleaned (it passed clean, exit 0: ExifTool reads its GPS, with a warning on the size)', async () => {
    for (const type of ['tEXt', 'zTXt'] as const) {
      const text = Buffer.concat([rawProfileText('exif', exif), Buffer.from([0])]);
      const file = put(`raw-nul-${type}.png`, withPngChunks(await png(), pngTextChunk(type, 'Raw profile type exif', text)));
      const metadata = await read(file);
      expect(metadata.error).toBeUndefined();
      expect(metadata.gps).toHaveLength(1);
      expect(await cleaned(file)).toEqual({ written: true, gps: 0, places: [] });
    }
  });

  it('an APP1 block holding XMP (under either keyword) is read and cleaned (it passed clean: ExifTool prints City: Keswick and its GPS)', async () => {
    const app1 = Buffer.concat([XMP_HEADER, Buffer.from(xmpPacket('<photoshop:City>Keswick</photoshop:City><exif:GPSLatitude>54,30.0N</exif:GPSLatitude><exif:GPSLongitude>3,8.0W</exif:GPSLongitude>'))]);
    for (const keyword of ['Raw profile type APP1', 'Raw profile type exif']) {
      const file = put(`raw-${keyword.slice(17)}-xmp.png`, withPngChunks(await png(), pngTextChunk('tEXt', keyword, rawProfileText('APP1', app1))));
      const metadata = await read(file);
      expect(metadata.error).toBeUndefined();
      expect(metadata.gps).toHaveLength(1);
      expect(metadata.locationNames.map((n) => n.value)).toContain('Keswick');
      expect(await cleaned(file)).toEqual({ written: true, gps: 0, places: [] });
    }
  });

  it('one whose text cannot be decoded, or whose block is none the auditor knows, is unreadable, not clean (both passed)', async () => {
    const garbled = put('raw-garbled.png', withPngChunks(await png(), pngTextChunk('tEXt', 'Raw profile type exif', Buffer.from(`\nexif\n134\n${exif.toString('hex')}zz\n`, 'latin1'))));
    expect((await read(garbled)).error).toMatch(/"Raw profile type exif" is not in the form ImageMagick writes/);
    const unknown = put('raw-unknown.png', withPngChunks(await png(), pngTextChunk('tEXt', 'Raw profile type APP1', rawProfileText('APP1', Buffer.from('Something else entirely')))));
    expect((await read(unknown)).error).toMatch(/"Raw profile type APP1" holds a block the auditor does not recognise/);
  });
});

describe('EXIF items in a meta box other than a HEIF\'s first', () => {
  it('a HEIF\'s second top-level meta box: its EXIF item is read, and cleaned (it passed, exit 0, and its GPS stayed in the cleaned copy: ExifTool reads it)', async () => {
    const photo = heif([{ type: 'xmp', data: Buffer.from(CITY_XMP.replace('Keswick', 'x')) }]);
    const file = put('two-metas.heic', withExifItemMeta(photo, (meta) => meta));
    const metadata = await read(file);
    expect(metadata.error).toBeUndefined();
    expect(metadata.gps).toHaveLength(1);
    expect(await cleaned(file)).toMatchObject({ written: true, gps: 0 });
  });

  it('a video\'s meta box in the moov, a trak or udta that lists an EXIF item: read, and cleaned (each passed, exit 0, the GPS kept in the copy: ExifTool reads the QuickTime-style ones in moov and trak, and the ISO one in udta)', async () => {
    const ftyp = box('ftyp', Buffer.from('isom', 'latin1'), u32(0), Buffer.from('isommp41', 'latin1'));
    const mvhd = fullBox('mvhd', Buffer.alloc(96));
    const places: [string, (meta: Buffer) => Buffer, boolean][] = [
      ['moov', (meta) => box('moov', mvhd, meta), true],
      ['trak', (meta) => box('moov', mvhd, box('trak', meta)), true],
      ['udta', (meta) => box('moov', mvhd, box('udta', meta)), false],
      ['moov-iso', (meta) => box('moov', mvhd, meta), false],
    ];
    for (const [where, wrap, quickTime] of places) {
      const file = put(`items-in-${where}.mp4`, withExifItemMeta(ftyp, wrap, quickTime));
      const metadata = await read(file);
      expect(metadata.error, where).toBeUndefined();
      expect(metadata.gps, where).toHaveLength(1);
      expect(await cleaned(file), where).toMatchObject({ written: true, gps: 0 });
    }
  });
});

describe('a video\'s position written in UTF-16', () => {
  const ftyp = box('ftyp', Buffer.from('qt  \0\0\0\0qt  ', 'latin1'));
  const mvhd = fullBox('mvhd', Buffer.alloc(96));
  const position = '+54.5000-003.1333+100.000/';
  const utf16be = Buffer.from(position, 'utf16le').swap16();

  it('an Apple ISO6709 key whose data box says UTF-16 (type 2), with or without a byte-order mark, is a GPS error (it was a warning, exit 0, its text read as UTF-8: ExifTool prints GPS Coordinates 54 deg 30\' N)', async () => {
    for (const [name, value] of [['plain', utf16be], ['bom', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])]] as const) {
      const key = Buffer.from('mdtacom.apple.quicktime.location.ISO6709', 'latin1');
      const keys = box('keys', u32(0), u32(1), u32(key.length + 4), key);
      const item = box(u32(1).toString('latin1'), box('data', u32(2), u32(0), value));
      const file = put(`utf16-key-${name}.mov`, Buffer.concat([ftyp, box('moov', mvhd, box('meta', box('hdlr', Buffer.alloc(25)), keys, box('ilst', item)))]));
      const metadata = await read(file);
      expect(metadata.gps.map((g) => [g.latitude, g.longitude.toFixed(4)]), name).toEqual([[54.5, '-3.1333']]);
      expect(await cleaned(file)).toMatchObject({ written: true, gps: 0 });
    }
  });

  it('a ©xyz string that starts with a byte-order mark is a GPS error (it was a warning, exit 0: ExifTool reads it as UTF-16)', async () => {
    const value = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]);
    const file = put('utf16-xyz.mov', Buffer.concat([ftyp, box('moov', mvhd, box('udta', box('\xA9xyz', u16(value.length), u16(0x15c7), value)))]));
    const metadata = await read(file);
    expect(metadata.gps.map((g) => g.latitude)).toEqual([54.5]);
    expect(metadata.locationNames).toEqual([]);
    expect(await cleaned(file)).toMatchObject({ written: true, gps: 0 });
  });
});

describe('an XMP position written in a way XML allows but the auditor did not read', () => {
  const withXmp = async (name: string, body: string) => put(name, insertSegment(await jpeg(), 0xe1, Buffer.concat([XMP_HEADER, Buffer.from(xmpPacket(body))])));

  it('a character reference or a CDATA section in GPSLatitude/GPSLongitude is undone, and the position found and cleaned (each passed clean, exit 0: ExifTool prints 54 deg 30\' 0.00" N)', async () => {
    const forms: [string, string][] = [
      ['attribute-reference', '<rdf:Description exif:GPSLatitude="54&#44;30.0N" exif:GPSLongitude="3&#x2C;8.0W"/>'],
      ['element-reference', '<exif:GPSLatitude>54&#44;30.0N</exif:GPSLatitude><exif:GPSLongitude>3&#44;8.0W</exif:GPSLongitude>'],
      ['cdata', '<exif:GPSLatitude><![CDATA[54,30.0N]]></exif:GPSLatitude><exif:GPSLongitude><![CDATA[3,8.0W]]></exif:GPSLongitude>'],
    ];
    for (const [name, body] of forms) {
      const file = await withXmp(`xmp-${name}.jpg`, body);
      const metadata = await read(file);
      expect(metadata.gps.map((g) => [g.latitude, g.longitude.toFixed(4)]), name).toEqual([[54.5, '-3.1333']]);
      expect(await cleaned(file), name).toMatchObject({ written: true, gps: 0 });
    }
  });

  it('degrees, minutes and seconds in text ExifTool reads ("54 deg 30\' 0.00\" N", "54°30.0′N", "N54,30.0") are a position (they passed: only "54,30.0N" and decimals were read)', async () => {
    for (const latitude of ['54 deg 30&apos; 0.00&quot; N', '54°30.0′N', 'N54,30.0', '54,30.0 N']) {
      const metadata = await read(await withXmp('xmp-text.jpg', `<exif:GPSLatitude>${latitude}</exif:GPSLatitude><exif:GPSLongitude>3,8.0W</exif:GPSLongitude>`));
      expect(metadata.gps.map((g) => g.latitude), latitude).toEqual([54.5]);
    }
  });

  it('a place name in CDATA is shown as its text (it was shown with its "<![CDATA[" wrapping)', async () => {
    const metadata = await read(await withXmp('xmp-city-cdata.jpg', '<photoshop:City><![CDATA[Keswick]]></photoshop:City>'));
    expect(metadata.locationNames.map((n) => n.value)).toEqual(['Keswick']);
  });
});

describe('an EXIF position whose seconds are 0/0', () => {
  it('is a position to the minute (it passed clean: ExifTool shows no latitude, but readers that take 0/0 as 0 show 54°30′ N); degrees of 0/0 are still no position', async () => {
    const exif = (lat: [number, number][]) => Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), gpsTiff({ lat })]);
    const seconds = await read(put('zero-seconds.jpg', insertSegment(await jpeg(), 0xe1, exif([[54, 1], [30, 1], [0, 0]]))));
    expect(seconds.gps.map((g) => g.latitude)).toEqual([54.5]);
    const degrees = await read(put('zero-degrees.jpg', insertSegment(await jpeg(), 0xe1, exif([[54, 0], [30, 1], [0, 1]]))));
    expect(degrees.error).toBeUndefined();
    expect(degrees.gps).toEqual([]);
  });
});

/** The findings of auditing `file` through the built CLI (exit 0 or 1: a verdict). */
function auditPost(file: string): { status: number | null; ids: string[]; messages: string[] } {
  const r = runCli([file, '--format', 'json'], { cwd: dir });
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  const findings = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string; severity: string; message: string }[] }[] }).files.flatMap((f) => f.findings);
  return { status: r.status, ids: findings.map((f) => `${f.ruleId} ${f.severity}`), messages: findings.map((f) => f.message) };
}

/** A zip with each XML part passed through `edit`. */
function rezip(zip: Buffer, edit: (name: string, xml: string) => string): Buffer {
  const files = unzipSync(zip);
  for (const name of Object.keys(files)) if (name.endsWith('.xml')) files[name] = strToU8(edit(name, strFromU8(files[name]!)));
  return Buffer.from(zipSync(files));
}

/**
 * XML whose elements under the prefix `from` ('' for none) are written under `to` ('' for none), and
 * whose prefixed attributes and declaration follow when both are prefixes.
 */
function renamePrefix(xml: string, from: string, to: string): string {
  const p = (prefix: string) => (prefix ? `${prefix}:` : '');
  let out = xml.replace(new RegExp(`<(/?)${p(from)}(?=[A-Za-z])`, 'g'), `<$1${p(to)}`);
  if (from && to) out = out.replace(new RegExp(`xmlns:${from}=`, 'g'), `xmlns:${to}=`).replace(new RegExp(`(\\s)${from}:(?=[A-Za-z][\\w-]*=)`, 'g'), `$1${to}:`);
  if (!from) out = out.replace(/xmlns="/, `xmlns:${to}="`);
  return out;
}

const PHONE = 'Call Amelia\'s mum on 07700 900123 after the trip.';

describe('a post that is not the text its name says', () => {
  it('a PDF or a Word document saved as .md or .txt is read as the document it is (each was read as Windows-1252 text: a warning, its phone number unread)', () => {
    const files = [put('newsletter-pdf.md', pdf({ pages: [{ paragraphs: [PHONE] }], compressed: true })), put('newsletter-word.txt', docx({ body: para(PHONE) }))];
    for (const file of files) {
      const r = auditPost(file);
      expect(r.ids, path.basename(file)).toContain('text/personal-data error');
      expect(r.ids, path.basename(file)).not.toContain('post/unreadable warning');
    }
  });

  it('a zip, a photo, an old Office file or bytes with NULs saved as a post is post/unreadable, an error (each was read as Windows-1252 text with a warning: exit 0 once approved)', async () => {
    const cases: [string, Buffer, RegExp][] = [
      ['archive.md', Buffer.from(zipSync({ 'notes.txt': strToU8('hello') })), /a ZIP archive, not text/],
      ['photo.md', await jpeg(), /a picture or video \(jpeg\), not text/],
      ['old-word.txt', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600, 1)]), /an old Office document/],
      ['binary.html', Buffer.from('<p>hello</p>\0\x01\x02binary', 'latin1'), /binary data \(it holds NUL bytes\)/],
    ];
    for (const [name, bytes, message] of cases) {
      const r = auditPost(put(name, bytes));
      expect(r.ids, name).toContain('post/unreadable error');
      expect(r.messages.join('\n'), name).toMatch(message);
    }
  });
});

describe('an Office document whose XML binds its namespaces to other prefixes', () => {
  it('a Word document under the prefix x:, or in the default namespace, is read (both passed clean, exit 0, with a phone number in them: only "w:" names were read; Word opens both)', () => {
    const word = docx({ body: para(PHONE) });
    const prefixed = rezip(word, (_name, xml) => renamePrefix(xml, 'w', 'x'));
    // Elements in the default namespace; attributes keep w: (unprefixed ones are in no namespace).
    const unprefixed = rezip(word, (name, xml) => (name === 'word/document.xml' ? renamePrefix(xml, 'w', '').replace(/xmlns:w="([^"]*)"/, 'xmlns="$1" xmlns:w="$1"') : xml));
    expect(strFromU8(unzipSync(prefixed)['word/document.xml']!)).toMatch(/<x:body><x:p>/);
    expect(strFromU8(unzipSync(unprefixed)['word/document.xml']!)).toMatch(/<body><p>/);
    for (const [name, bytes] of [['prefixed.docx', prefixed], ['unprefixed.docx', unprefixed]] as const) {
      expect(auditPost(put(name, bytes)).ids, name).toContain('text/personal-data error');
    }
  });

  it('an OpenDocument text under other prefixes is read (it passed clean)', () => {
    const text = rezip(odt({ body: `<text:p>${PHONE}</text:p>` }), (_name, xml) => renamePrefix(renamePrefix(xml, 'text', 't'), 'office', 'o'));
    expect(strFromU8(unzipSync(text)['content.xml']!)).toMatch(/<o:body><o:text><t:p>/);
    expect(auditPost(put('prefixed.odt', text)).ids).toContain('text/personal-data error');
  });

  it('an Excel consent record written with the prefix x: (as the Open XML SDK writes it) reads the same rows (none were read)', () => {
    const book = xlsx([{ name: 'Consent', rows: [['Forename', 'Surname', 'photo_website'], ['Amelia', 'Smith', 'N'], ['Ben', 'Jones', 'Y']] }]);
    const prefixed = rezip(book, (name, xml) => (name.startsWith('xl/') && !name.includes('_rels') ? renamePrefix(xml, '', 'x') : xml));
    expect(strFromU8(unzipSync(prefixed)['xl/worksheets/sheet1.xml']!)).toMatch(/<x:sheetData><x:row/);
    const rows = (bytes: Buffer) => readWorkbookSheets(bytes).map((sheet) => sheet.rows());
    expect(rows(book)).toEqual([[['Forename', 'Surname', 'photo_website'], ['Amelia', 'Smith', 'N'], ['Ben', 'Jones', 'Y']]]);
    expect(rows(prefixed)).toEqual(rows(book));
  });
});

describe('an Office document whose text part is not a document', () => {
  it('a Word document whose word/document.xml is not XML, or empty, and an OpenDocument whose content.xml is not, are post/unreadable (each passed clean, exit 0)', () => {
    const word = docx({ body: para(PHONE) });
    for (const [name, bytes] of [
      ['not-xml.docx', rezip(word, (n, xml) => (n === 'word/document.xml' ? 'x' : xml))],
      ['empty.docx', rezip(word, (n, xml) => (n === 'word/document.xml' ? '' : xml))],
      ['not-xml.odt', rezip(odt({ body: `<text:p>${PHONE}</text:p>` }), (n, xml) => (n === 'content.xml' ? 'x' : xml))],
    ] as const) {
      const r = auditPost(put(name, bytes));
      expect(r.ids, name).toContain('post/unreadable error');
      expect(r.messages.join('\n'), name).toMatch(/holds no document body/);
    }
  });
});

describe('a consent CSV that opens with Excel\'s separator line', () => {
  it('"sep=;" (quoted or not, after a byte-order mark or not) names the separator and is not the header (it was read as the header: exit 2, no column "first_name")', async () => {
    const header = 'first_name;last_name;photo_website;do_not_publish';
    for (const [name, text] of [
      ['plain', `sep=;\r\n${header}\r\nOluwaseun;Adebayo;N;Y\r\n`],
      ['bom', `\uFEFFsep=;\n${header}\nOluwaseun;Adebayo;N;Y\n`],
      ['quoted', `"sep=,"\n${header.replaceAll(';', ',')}\nOluwaseun,Adebayo,N,Y\n`],
    ]) {
      const record = await parseConsentRecord(Buffer.from(text!, 'utf8'), `${name}.csv`);
      expect(record.pupils.map((p) => [p.firstName, p.lastName, p.doNotPublish]), name).toEqual([['Oluwaseun', 'Adebayo', true]]);
    }
  });
});

describe('settings files saved by Windows Notepad', () => {
  it('a .postauditrc.json with a byte-order mark, or in UTF-16, is read (it was exit 2: "not valid JSON (Unexpected token …)")', () => {
    const config = '{"policy":"wmat","staff":["Mrs Zoë Patel"]}';
    for (const [name, bytes] of [
      ['utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(config)])],
      ['utf16-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(config, 'utf16le')])],
    ] as const) {
      const folder = path.join(dir, `config-${name}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, '.postauditrc.json'), bytes);
      writeFileSync(path.join(folder, 'post.md'), `---\ntitle: T\napproved_by: Mrs Zoë Patel\n---\n\n${PHONE}\n`);
      const r = runCli(['post.md', '--format', 'json'], { cwd: folder });
      expect(r.stderr, name).toBe('');
      expect(r.status, name).toBe(1);
      expect(r.stdout, name).toMatch(/"policy": "wmat"/);
    }
  });
});

describe('an output option naming a file the run is set up with', () => {
  const folder = () => {
    const at = path.join(dir, `outputs-${Math.random().toString(36).slice(2)}`);
    mkdirSync(path.join(at, 'photos'), { recursive: true });
    writeFileSync(path.join(at, 'consent.csv'), 'first_name,last_name,photo_website\nAmelia,Smith,Y\n');
    writeFileSync(path.join(at, '.postauditrc.json'), '{"policy":"wmat","consent":{"file":"consent.csv"}}');
    writeFileSync(path.join(at, 'post.md'), `---\ntitle: T\napproved_by: Mrs Patel\n---\n\n${PHONE}\n`);
    return at;
  };
  const text = (file: string) => readFileSync(file, 'utf8');

  it('audit photos --report naming the consent record or the config is one line, and the file is left as it was (the report was written over it)', async () => {
    const at = folder();
    writeFileSync(path.join(at, 'photos', 'a.jpg'), await jpeg());
    for (const [name, what] of [['consent.csv', 'the consent record'], ['.postauditrc.json', 'the config file'], ['./consent.csv', 'the consent record']] as const) {
      const before = text(path.join(at, name));
      const r = runCli(['photos', 'photos', '--report', name, '--no-progress'], { cwd: at });
      expect(r.status, name).toBe(2);
      expect(r.stderr.trim().split('\n'), name).toEqual([`post-audit: --report ${name}: this is ${what}; name another file for the report`]);
      expect(text(path.join(at, name)), name).toBe(before);
    }
  });

  it('--update-baseline writes over a baseline or an empty file only: naming the consent record is one line, the record left as it was (it was replaced by fingerprints)', () => {
    const at = folder();
    const before = text(path.join(at, 'consent.csv'));
    const r = runCli(['post.md', '--baseline', 'consent.csv', '--update-baseline'], { cwd: at });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^post-audit: --baseline .*consent\.csv: the file is not a post-audit baseline, so --update-baseline does not write over it/)]);
    expect(text(path.join(at, 'consent.csv'))).toBe(before);
    writeFileSync(path.join(at, 'baseline.json'), '');
    for (let run = 0; run < 2; run++) expect(runCli(['post.md', '--baseline', 'baseline.json', '--update-baseline'], { cwd: at }).status).toBe(0);
    expect(JSON.parse(text(path.join(at, 'baseline.json')))).toMatchObject({ version: 1, tool: 'post-audit' });
  });
});

describe('pictures a Markdown paragraph shows through inline HTML other than <img>', () => {
  it('a link to a photo, an SVG <image>, an <embed>, a background url() and a lazy-loaded <img data-src> are inspected (each passed uninspected: only <img>, <video> and <source> were read inside a paragraph)', async () => {
    const lines = [
      'See <a href="photos/full.jpg">the full-size photo</a>.',
      'Our logo <svg width="10"><image href="photos/svg.jpg"/></svg> here.',
      'A clip <embed src="photos/embed.mov"> here.',
      'A <span style="background: url(photos/background.jpg)">banner</span>.',
      'Lazy <img data-src="photos/lazy.jpg" data-srcset="photos/lazy-2x.jpg 2x" alt="Sports day"> loaded.',
    ];
    const file = put('inline-html.md', `---\ntitle: T\n---\n\n${lines.join('\n\n')}\n`);
    const post = await loadPost(file, { root: dir } as Parameters<typeof loadPost>[1]);
    expect(post.attachments.map((a) => a.ref)).toEqual(['photos/full.jpg', 'photos/svg.jpg', 'photos/embed.mov', 'photos/background.jpg', 'photos/lazy.jpg', 'photos/lazy-2x.jpg']);
  });
});

describe('pictures an HTML post shows through a style sheet, a <link> or an <iframe>', () => {
  it('a <style> background, a <link rel=preload|image_src> to a photo and an <iframe> of one are inspected (each passed uninspected); the site\'s icon is not a picture of the post', async () => {
    const html = '<html><head><link rel="icon" href="photos/icon.png"><link rel="preload" as="image" href="photos/hero.jpg"><link rel="image_src" href="photos/share.jpg"><style>.hero { background: url("photos/style.jpg") } .x { background: url(data:image/png;base64,AAAA) }</style></head><body><p>Trip</p><iframe src="photos/framed.jpg"></iframe><iframe src="https://example.com/map"></iframe></body></html>';
    const post = await loadPost(put('styled.html', html), { root: dir } as Parameters<typeof loadPost>[1]);
    expect(post.attachments.map((a) => a.ref).sort()).toEqual(['photos/framed.jpg', 'photos/hero.jpg', 'photos/share.jpg', 'photos/style.jpg']);
  });
});

describe('a HEIF EXIF item written without its offset field', () => {
  it('an item that starts "Exif\\0\\0" or with the TIFF header itself is read and cleaned (it was unreadable: ExifTool reads its GPS, warning "Missing Exif header size")', async () => {
    for (const [name, data] of [['exif-header', Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), gpsTiff()])], ['tiff-header', gpsTiff({ little: true })]] as const) {
      const file = put(`no-offset-${name}.heic`, heif([{ type: 'Exif', data }]));
      const metadata = await read(file);
      expect(metadata.error, name).toBeUndefined();
      expect(metadata.gps, name).toHaveLength(1);
      expect(await cleaned(file), name).toMatchObject({ written: true, gps: 0 });
    }
  });
});

describe('a report written to a full disk', () => {
  /** A 64 KB tmpfs, full; undefined where one cannot be mounted (not root). */
  const fullDisk = (): string | undefined => {
    const at = path.join(dir, 'full-disk');
    mkdirSync(at, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', at], { stdio: 'ignore' });
    } catch {
      return undefined;
    }
    try {
      writeFileSync(path.join(at, 'fill'), Buffer.alloc(64 * 1024));
    } catch {
      // full
    }
    return at;
  };

  it('names the disk being full (it said "Cannot call end after a stream was destroyed"), and leaves no report or temporary file', async (context) => {
    const at = fullDisk();
    if (!at) return context.skip();
    try {
      mkdirSync(path.join(dir, 'full-scan'), { recursive: true });
      writeFileSync(path.join(dir, 'full-scan', 'a.jpg'), await jpeg());
      const r = runCli(['photos', 'full-scan', '--report', path.join(at, 'report.html'), '--no-progress'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--report .*report\.html: the report could not be written \(ENOSPC: no space left on device/)]);
      expect(existsSync(path.join(at, 'report.html'))).toBe(false);
      expect(execFileSync('ls', ['-A', at], { encoding: 'utf8' }).trim()).toBe('fill');
    } finally {
      execFileSync('umount', [at]);
    }
  });
});

describe('a HEIF or AVIF that holds a movie box', () => {
  it('the recording position in its moov (an image sequence: msf1, avis) is read and cleaned (it passed, exit 0, and stayed in the cleaned copy: ExifTool prints GPS Coordinates from UserData)', async () => {
    const position = Buffer.from('+54.5000-003.1333+100.000/', 'latin1');
    const moov = box('moov', fullBox('mvhd', Buffer.alloc(96)), box('udta', box('\xA9xyz', u16(position.length), u16(0x15c7), position)));
    for (const brand of ['heic', 'msf1']) {
      const file = put(`sequence-${brand}.heic`, Buffer.concat([heif([{ type: 'xmp', data: Buffer.from(CITY_XMP.replace('Keswick', 'x')) }], { brand }), moov]));
      const metadata = await read(file);
      expect(metadata.error, brand).toBeUndefined();
      expect(metadata.gps.map((g) => [g.latitude, g.source]), brand).toEqual([[54.5, 'QuickTime']]);
      expect(await cleaned(file), brand).toMatchObject({ written: true, gps: 0 });
    }
  });
});

describe('a photo named deep in the front matter under a theme\'s own key', () => {
  it('header: {overlay_image: …} (Minimal Mistakes) and the like are inspected (they passed uninspected: only src, url, path, file and image were looked into)', async () => {
    const file = put('theme.md', '---\ntitle: T\nheader:\n  overlay_image: photos/hero.jpg\n  teaser: photos/teaser.jpg\nsocial:\n  share:\n    picture: photos/share.jpg\n  description: Sports day\n---\n\nHello.\n');
    const post = await loadPost(file, { root: dir } as Parameters<typeof loadPost>[1]);
    expect(post.attachments.map((a) => a.ref)).toEqual(['photos/hero.jpg', 'photos/teaser.jpg', 'photos/share.jpg']);
  });
});

describe('a position given only as the destination (GPSDestLatitude/GPSDestLongitude)', () => {
  /** gpsTiff() (big-endian) with its GPS directory's latitude and longitude tags made the destination's. */
  const destinationTiff = () => {
    const tiff = gpsTiff();
    const ifd0 = tiff.readUInt32BE(4);
    let gps = 0;
    for (let i = 0; i < tiff.readUInt16BE(ifd0); i++) if (tiff.readUInt16BE(ifd0 + 2 + i * 12) === 0x8825) gps = tiff.readUInt32BE(ifd0 + 2 + i * 12 + 8);
    for (let i = 0; i < tiff.readUInt16BE(gps); i++) {
      const at = gps + 2 + i * 12;
      const tag = tiff.readUInt16BE(at);
      if (tag >= 1 && tag <= 4) tiff.writeUInt16BE(tag + 0x12, at);
    }
    return tiff;
  };

  it('in EXIF or XMP is a position, and the cleaned copy is free of it (both passed clean: ExifTool prints GPS Dest Latitude)', async () => {
    const exif = put('destination-exif.jpg', insertSegment(await jpeg(), 0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), destinationTiff()])));
    const xmp = put('destination-xmp.jpg', insertSegment(await jpeg(), 0xe1, Buffer.concat([XMP_HEADER, Buffer.from(xmpPacket('<exif:GPSDestLatitude>54,30.0N</exif:GPSDestLatitude><exif:GPSDestLongitude>3,8.0W</exif:GPSDestLongitude>'))])));
    for (const [file, field] of [[exif, 'GPSDestLatitude'], [xmp, 'exif:GPSDestLatitude']] as const) {
      const metadata = await read(file);
      expect(metadata.gps.map((g) => [Math.round(g.latitude), g.field]), field).toEqual([[55, field]]);
      expect(await cleaned(file), field).toMatchObject({ written: true, gps: 0 });
    }
  });
});
