import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { fastLinkify, findLinks, isLinkBoundary, mayHoldLink } from '../../src/load/linkify.js';

// fastLinkify must give exactly the tokens of markdown-it's own linkify rule, which runs linkify-it
// over whole texts.
function markdownIt(fast: boolean): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: true });
  md.validateLink = () => true; // as the loader does (markdown.ts)
  if (fast) md.use(fastLinkify);
  return md;
}
const stock = markdownIt(false);
const fast = markdownIt(true);
const tokens = (md: MarkdownIt, source: string) => JSON.stringify(md.parse(source, {}));
const seed = Number(process.env.FC_SEED ?? 20261122);

const pieces = [
  // links and parts of links
  'http://', 'https://', 'HTTP://', 'ftp://', '//', 'mailto:', 'MailTo:', 'www.', 'localhost', 'example', 'school', '.com', '.co.uk',
  '.sch.uk', '.org', '.org.', '.bar', '.рф', 'пример', 'münchen.de', 'xn--80ak6aa92e', '.xn--p1ai', ':8080', ':99999', '/path',
  '/a_b', '?q=1&r=2', '#top', '%20', '/~x', '192.168.0.1', '1.2.3', 'office@', '@', 'a.b@c.d', 'user:pw@', '-', '--', '---', '_',
  // prose and punctuation
  '.c', 'o', 'm', '.u', 'k', '.р', 'ф', '.x', 'n--p1ai', 'Year 4', 'e.g.', 'i.e.', '4.15pm', 'a', 'Z', 'é', '£', '.', '..', '...', ',', ';', ':', '!', '?', "'", '"', '“', '”', '‘', '’',
  '(', ')', '[', ']', '{', '}', '<', '>', '｜', '|', '`', '*', '~', '\\', '/', '&', '&amp;', '&#64;', '=', '+', '$', '^',
  // white space and invisible characters (linkify-it's boundaries are Unicode Z and Cc; others are not)
  ' ', ' ', '\n', '\n\n', '\t', '\u00a0', '\u3000', '\u2009', '\u2028', '\u202f', '\u0085', '\u200b', '\ufeff', '\u00ad', '\u0000',
  // Markdown and HTML around links
  '[', '](', '<a href="x">', '</a>', '<A>', '<b>', '</b>', '<https://x.org>', '# ', '> ', '- ', '**', '![i](',
  '😀', '\ud800',
];

const edgeCases = [
  'see https://school.example/news, then www.harbourside.sch.uk.',
  '"office@harbourside.example.sch.uk" (or mailto:head@x.uk)',
  'a.com/x,//b.com and c.org<d and e.org｜f',
  // the host pre-check (re.host_fuzzy_test) is met only by "www." in another run
  'www. foo.com<',
  'foo.com< and foo.com｜',
  '//foo.bar http://localhost:8080/a?b=(c) x@y.z',
  '`x`//foo.bar', // markdown-it's pre-test on the whole paragraph turns this link away
  'http\\://example.com/ and *www.x.org*, <a href="/">www.in.link</a> [y.org](z) **a@b.co**',
];

const links = [
  'https://school.example/news', 'www.harbourside.sch.uk', 'office@harbourside.sch.uk', 'bbc.co.uk', 'пример.рф', 'mailto:a@b.org',
  '//cdn.example.org/x.jpg', 'http://localhost:3000', 'ftp://files.example.com/a(b)', 'example.com/a/b?c=d.e',
];
const texts = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...pieces), weight: 6 }, { arbitrary: fc.constantFrom(...links), weight: 1 }), { maxLength: 24 })
  .map((parts) => parts.join(''));

describe('fastLinkify', () => {
  it('treats as link boundaries exactly the characters linkify-it does (Unicode Z and Cc)', () => {
    const boundary = new RegExp(`^(?:${stock.linkify.re.src_ZCc})$`);
    for (let code = 0; code <= 0xffff; code++) {
      expect(isLinkBoundary(code), code.toString(16)).toBe(boundary.test(String.fromCharCode(code)));
    }
  });

  it('finds the links linkify-it finds in the whole text', () => {
    const linkify = stock.linkify;
    const whole = (text: string) => (linkify.test(text) ? (linkify.match(text) ?? []) : []);
    const same = (text: string) => {
      const expected = whole(text).map(({ index, lastIndex, schema, text, url }) => ({ index, lastIndex, schema, text, url }));
      expect(findLinks(linkify, text)).toEqual(expected);
    };
    for (const text of edgeCases) same(text);
    fc.assert(fc.property(texts, same), { seed, numRuns: 5000 });
  });

  it("answers linkify-it's pre-test and test as linkify-it does (the pre-test behind mayHoldLink)", () => {
    const own = new MarkdownIt('default', { linkify: true }).linkify;
    fc.assert(
      fc.property(texts, (text) => {
        expect(fast.linkify.pretest(text)).toBe(mayHoldLink(text) && own.pretest(text));
        expect(fast.linkify.test(text)).toBe(own.test(text));
      }),
      { seed, numRuns: 5000 },
    );
  });

  it('gives the same tokens as markdown-it with linkify on generated posts', () => {
    for (const source of edgeCases) expect(tokens(fast, source), source).toBe(tokens(stock, source));
    let withLinks = 0;
    fc.assert(
      fc.property(texts, (source) => {
        const expected = tokens(stock, source);
        if (expected.includes('"markup":"linkify"')) withLinks++;
        expect(tokens(fast, source)).toBe(expected);
      }),
      { seed, numRuns: 5000 },
    );
    expect(withLinks).toBeGreaterThan(1000); // the generator does make links
  });

  it('gives the same tokens on generated texts of single characters', () => {
    const chars = fc.constantFrom(...'ab.c:/@-_ \n\t<>｜()[]"\'`*\\&;#?!,mw1рф\u00a0\u200b');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        expect(tokens(fast, source)).toBe(tokens(stock, source));
      }),
      { seed, numRuns: 5000 },
    );
  });

  it('gives the same tokens on the example posts', () => {
    const dir = path.join(__dirname, '../../examples/posts');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
      const source = readFileSync(path.join(dir, name), 'utf8');
      expect(tokens(fast, source), name).toBe(tokens(stock, source));
    }
  });
});
