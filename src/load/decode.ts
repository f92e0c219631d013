/**
 * Decodes a post's bytes: UTF-8 (a byte-order mark is dropped), UTF-16 with a BOM, or — when the bytes
 * are not valid UTF-8 — Windows-1252 (what Word saves), with a note saying so.
 */
export function decodeText(bytes: Uint8Array): { text: string; note?: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(body),
      note: 'the file is not UTF-8; it was read as Windows-1252 (as saved by Word) — save it as UTF-8 to be sure every character was read correctly',
    };
  }
}
