import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { plainLink } from '../../src/load/linkify.js';

// plainLink says an address needs no normalizing; markdown-it's normalizeLink and normalizeLinkText
// must then give it back unchanged (with the prefixes the linkify rule adds for fuzzy links).
const md = new MarkdownIt({ linkify: true });
const seed = Number(process.env.FC_SEED ?? 20261122);
const label = fc.string({ unit: fc.constantFrom(...'abcXYZ019-'.split('')), minLength: 1, maxLength: 8 });
const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
const rest = fc.string({ unit: fc.constantFrom(...'abZ09-._~!$&\'()*+,;=:@/?%'.split('')), maxLength: 12 });

function unchanged(text: string): void {
  for (const form of [text, `http://${text}`, `mailto:${text}`]) {
    if (!plainLink(form)) continue;
    expect(md.normalizeLink(form), form).toBe(form);
    expect(md.normalizeLinkText(form), form).toBe(form);
  }
}

describe('plainLink', () => {
  it('web addresses it calls plain are their own normal form', () => {
    fc.assert(
      fc.property(fc.constantFrom('http://', 'https://', 'www.', 'HTTP://', 'ftp://', '//', ''), host, fc.option(fc.integer({ min: 0, max: 99999 })), fc.option(rest), fc.option(rest), (scheme, h, port, path, query) => {
        unchanged(`${scheme}${h}${port === null ? '' : `:${port}`}${path === null ? '' : `/${path}`}${query === null ? '' : `?${query}`}`);
      }),
      { seed, numRuns: 4000 },
    );
  });
  it('e-mail addresses it calls plain are their own normal form', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'mailto:', 'MAILTO:'), fc.string({ unit: fc.constantFrom(...'abXZ09._+-%'.split('')), minLength: 1, maxLength: 10 }), host, (scheme, user, h) => {
        unchanged(`${scheme}${user}@${h}`);
      }),
      { seed, numRuns: 4000 },
    );
  });
  it('leaves punycode, non-ASCII and odd shapes to markdown-it', () => {
    for (const text of ['http://xn--bcher-kva.ch', 'http://bücher.ch', 'https://@example.com', 'http://x.com/a b', 'http://x.com/%41', 'mailto:@x.com', 'http://a::/']) expect(plainLink(text), text).toBe(false);
    for (const text of ['https://www.harbourside.example.sch.uk/news?id=4#top', 'office@harbourside.example.sch.uk', 'mailto:jo.smith@gmail.com', 'www.example.com']) expect(plainLink(text), text).toBe(true);
  });
});
