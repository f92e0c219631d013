import { describe, expect, it } from 'vitest';
import { decodeDataUrl } from '../../src/load/data-url.js';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]);

describe('decodeDataUrl', () => {
  it('decodes base64, whatever the case of its parameters', () => {
    expect(decodeDataUrl(`data:image/png;base64,${png.toString('base64')}`)).toEqual({ mediaType: 'image/png', bytes: png });
    expect(decodeDataUrl(`data:IMAGE/PNG;charset=x;BASE64,${png.toString('base64')}`)).toEqual({ mediaType: 'image/png', bytes: png });
  });

  it('reads base64 wrapped over lines, and the URL-safe alphabet', () => {
    const big = Buffer.alloc(300, 0xfb);
    const wrapped = big.toString('base64').replace(/.{76}/g, '$&\n');
    expect(decodeDataUrl(`data:image/jpeg;base64,${wrapped}`)).toEqual({ mediaType: 'image/jpeg', bytes: big });
    expect(decodeDataUrl(`data:image/jpeg;base64,${big.toString('base64url')}`)).toEqual({ mediaType: 'image/jpeg', bytes: big });
  });

  it('reads the percent-encoded form', () => {
    expect(decodeDataUrl('data:image/svg+xml,%3Csvg%3E%C3%A9')).toEqual({ mediaType: 'image/svg+xml', bytes: Buffer.from('<svg>é') });
    expect(decodeDataUrl('data:image/svg+xml,<svg>é😀</svg>')).toEqual({ mediaType: 'image/svg+xml', bytes: Buffer.from('<svg>é😀</svg>') });
  });

  it('refuses damaged base64, other media and a missing comma, saying why', () => {
    expect(decodeDataUrl('data:image/png;base64,iVBO*w0K')).toEqual({ problem: expect.stringMatching(/base64 text is damaged/) });
    expect(decodeDataUrl('data:image/png;base64,iVBOR')).toEqual({ problem: expect.stringMatching(/damaged/) });
    expect(decodeDataUrl('data:text/html,<script>')).toEqual({ problem: expect.stringMatching(/holds text\/html, not an image or video/) });
    expect(decodeDataUrl('data:,hello')).toEqual({ problem: expect.stringMatching(/holds text\/plain/) });
    expect(decodeDataUrl('data:image/png;base64')).toEqual({ problem: expect.stringMatching(/no ","/) });
  });
});
