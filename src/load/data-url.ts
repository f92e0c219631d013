// Images pasted into a post as data: URLs (RFC 2397), as Google Docs' Markdown export, Typora and
// many editors write them: the picture is in the post itself, so it is decoded and inspected like
// an attached file rather than refused.

export type DataUrl = { mediaType: string; bytes: Buffer } | { problem: string };

const HEADER = /^data:([^,]*),/i;
const BASE64 = /^[A-Za-z0-9+/\-_]*={0,2}$/;

export function decodeDataUrl(ref: string): DataUrl {
  const header = HEADER.exec(ref);
  if (!header) return { problem: 'the data: URL has no "," before its data, so it holds no picture' };
  const parameters = header[1]!.split(';').map((part) => part.trim());
  const mediaType = (parameters[0] || 'text/plain').toLowerCase();
  const isBase64 = parameters.slice(1).some((part) => part.toLowerCase() === 'base64');
  if (!/^(?:image|video)\//.test(mediaType)) return { problem: `the data: URL holds ${mediaType}, not an image or video` };
  const payload = ref.slice(header[0].length);
  if (!isBase64) return { mediaType, bytes: percentDecoded(payload) };
  // Line breaks and spaces may wrap a long base64 text; anything else means it was cut or mangled.
  const compact = /\s/.test(payload) ? payload.replace(/\s+/g, '') : payload;
  if (!BASE64.test(compact) || compact.length % 4 === 1) return { problem: "the data: URL's base64 text is damaged, so its picture cannot be read" };
  return { mediaType, bytes: Buffer.from(compact, compact.includes('-') || compact.includes('_') ? 'base64url' : 'base64') };
}

/** RFC 2397's other form: octets as they are, or %XX. */
function percentDecoded(payload: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    const code = payload.charCodeAt(i);
    if (code === 0x25 && /^[0-9a-f]{2}$/i.test(payload.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(payload.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (code < 0x80) {
      bytes.push(code);
    } else {
      const character = String.fromCodePoint(payload.codePointAt(i)!);
      for (const byte of Buffer.from(character, 'utf8')) bytes.push(byte);
      i += character.length - 1;
    }
  }
  return Buffer.from(bytes);
}
