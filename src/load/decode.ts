/**
 * Decodes a post's bytes: UTF-8 (a byte-order mark is dropped), UTF-16 with a BOM — or without one,
 * with a note — or, when the bytes are not valid UTF-8, Windows-1252 (what Word saves), with a note.
 */
export function decodeText(bytes: Uint8Array): { text: string; note?: string } {
  const marked = utf16ByMark(bytes);
  if (marked !== undefined) return { text: marked };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) {
    return {
      text: new TextDecoder(utf16).decode(bytes),
      note: `the file is not UTF-8 but UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian) without a byte-order mark; it was read as UTF-16 — save it as UTF-8 to be sure every character was read correctly`,
    };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return {
      text: decodeWindows1252(body),
      note: 'the file is not UTF-8; it was read as Windows-1252 (as saved by Word) — save it as UTF-8 to be sure every character was read correctly',
    };
  }
}

/** UTF-16 text that starts with its byte-order mark, decoded; undefined for any other. */
function utf16ByMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return undefined;
}

/**
 * A settings file's text (config, policy pack, baseline): a byte-order mark dropped and UTF-16 with
 * one decoded, as Windows Notepad saves them. JSON.parse refused the mark: exit 2, "not valid JSON".
 */
export function settingsText(bytes: Buffer): string {
  return utf16ByMark(bytes) ?? bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * UTF-16 text saved without a byte-order mark: mostly Latin text then has a zero in one byte of
 * nearly every pair and almost never in the other (read as UTF-8 it would be letters and NULs, and
 * every check would pass it unread).
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(2048, Math.floor(bytes.length / 2));
  if (pairs < 2) return undefined;
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroFirst++;
    if (bytes[2 * i + 1] === 0) zeroSecond++;
  }
  if (zeroSecond >= pairs * 0.4 && zeroFirst <= pairs * 0.05) return 'utf-16le';
  if (zeroFirst >= pairs * 0.4 && zeroSecond <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (as the WHATWG Encoding Standard maps them; 0x81,
 * 0x8D, 0x8F, 0x90 and 0x9D stand for themselves). Node 20's TextDecoder('windows-1252') reads these
 * bytes as control characters, so Word's curly quotes, dashes and the euro sign were lost.
 */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Windows-1252 bytes as text: every byte one character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

type XmlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/**
 * An XML document's encoding from its first bytes (XML 1.0, appendix F): a UTF-32 or UTF-16
 * byte-order mark, or "<" written in UTF-32 or UTF-16; else UTF-8. Office parts may be UTF-16 and XMP
 * packets and sidecars UTF-16 or UTF-32: read as UTF-8 they are NULs and stray characters, and every
 * word in them would pass unchecked. `skip` is the length of the byte-order mark.
 */
export function xmlEncoding(bytes: Uint8Array): { encoding: XmlEncoding; skip: number } {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', skip: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', skip: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return { encoding: 'utf-32le', skip: 0 };
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return { encoding: 'utf-32be', skip: 0 };
  if (a === 0x3c && b === 0) return { encoding: 'utf-16le', skip: 0 };
  if (a === 0 && b === 0x3c) return { encoding: 'utf-16be', skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

/** An XML part or packet as text, in whichever of the encodings `xmlEncoding` tells it is written. */
export function xmlText(bytes: Buffer): string {
  const { encoding, skip } = xmlEncoding(bytes);
  const body = bytes.subarray(skip);
  switch (encoding) {
    case 'utf-8':
      return body.toString('utf8');
    case 'utf-16le':
      return body.toString('utf16le');
    case 'utf-16be':
      return Buffer.from(body.subarray(0, body.length & ~1)).swap16().toString('utf16le');
    default: {
      const little = encoding === 'utf-32le';
      let text = '';
      for (let i = 0; i + 4 <= body.length; i += 4) {
        const code = little ? body.readUInt32LE(i) : body.readUInt32BE(i);
        text += code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      }
      return text;
    }
  }
}

/** Percent-encoding undone ("Zo%C3%AB" → "Zoë"); text that is not valid percent-encoding stays as written. */
export function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a stray % stays as written
  }
}
