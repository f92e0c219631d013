// A post saved by Word as Windows-1252: curly quotes, dashes and the euro sign are read as those
// characters (Node 20's own decoder reads the bytes 0x80–0x9F as control characters).
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../src/load/decode.js';

describe('Windows-1252', () => {
  it('reads Word punctuation as the characters it stands for', () => {
    const bytes = Buffer.from('Caf\xe9 trip \x96 Year 4 \x93loved it\x94, we\x92re \x80300 up\x85', 'latin1');
    expect(decodeText(bytes)).toMatchObject({ text: 'Café trip – Year 4 “loved it”, we’re €300 up…', note: expect.stringMatching(/Windows-1252/) });
  });

  it('maps every byte to one character, the five undefined bytes to themselves', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(new Set(text).size).toBe(256);
    for (const byte of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(text.charCodeAt(byte)).toBe(byte);
    expect(text.slice(0x20, 0x7f)).toBe(Buffer.from(all.subarray(0x20, 0x7f)).toString('ascii'));
  });
});
