import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { mayHoldLink } from '../../src/load/linkify.js';

// The loader skips linkify-it on text mayHoldLink rejects: that must never hide a link.
const linkify = new MarkdownIt('default', { linkify: true }).linkify;
const pieces = [
  'http://', 'https://', '//', 'ftp://', 'mailto:', 'www.', 'example', '.com', '.co.uk', '.sch.uk', '.org', '.рф', '@', 'office', 'xn--80ak6aa92e',
  'localhost', ':8080', '/path', '.', ':', ' ', '\n', 'Year 4', 'e.g.', '4.15pm', '192.168.0.1', 'a', 'Z', '-', '_', '(', ')', '"', "'", '£',
  // a top-level domain split after its first letter
  '.c', 'o', 'm', '.u', 'k', '.р', 'ф', '.x', 'n--p1ai', '.X', 'N--P1AI', 'é',
];

describe('linkify gate', () => {
  it('lets through every text in which linkify-it finds a link', () => {
    for (const text of ['see https://school.example/news', 'www.harbourside.sch.uk', 'email office@harbourside.example.sch.uk', 'mailto:head@x.uk', 'visit bbc.co.uk today', '//cdn.example.org/x.jpg']) {
      expect(linkify.test(text)).toBe(true);
      expect(mayHoldLink(text)).toBe(true);
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        if (!mayHoldLink(text)) expect(linkify.test(text)).toBe(false);
      }),
      { seed: Number(process.env.FC_SEED ?? 20260722), numRuns: 2000 },
    );
  });

  it('turns away ordinary prose', () => {
    expect(mayHoldLink('Year 4 loved their trip to the Roman Baths! Reminder: PE kits on Tuesday at 4.15pm.')).toBe(false);
    expect(mayHoldLink('Bring a snack, e.g. fruit, i.e. nothing with nuts, by 9 a.m.')).toBe(false);
  });
});
