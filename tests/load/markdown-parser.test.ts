import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMarkdownParser, parseBlocks } from '../../src/load/markdown.js';

// The loader's markdown-it replaces two of markdown-it's core rules (normalize, linkify) with faster
// ones: the tokens must be exactly those of markdown-it's own rules.
const own = createMarkdownParser();
const stock = createMarkdownParser(false);
const tokens = (md: typeof own, source: string) => JSON.stringify(md.parse(source, {}));
const same = (source: string, label = source) => expect(tokens(own, source), label).toBe(tokens(stock, source));
const seed = Number(process.env.FC_SEED ?? 20261122);

const pieces = [
  'Year 4 ', 'trip', ' ', '\n', '\n\n', '\r', '\r\n', '\r\r\n', '\0', '\t', '\u00a0', '\u2028', 'é', '😀', '.', ',', ':', '"', '(', ')',
  'https://school.example/news', 'www.harbourside.sch.uk', 'office@harbourside.sch.uk', 'bbc.co.uk', 'пример.рф', 'mailto:a@b.org',
  'http\\://x.org', '//cdn.example.org/x.jpg', '<https://x.org>', '[link](https://a.org)', '![photo](photos/a b.jpg "Title")',
  '<a href="x">', '</a>', '<img src="a.jpg">', '<!-- post-audit-disable -->', '{{< figure src="/img/a.jpg" >}}', '{% include x.html %}',
  '`code`', '*', '_', '**', '# ', '> ', '- ', '1. ', '!', '-', '@', '#', ']', '=', '+', '^', '$', '%', '}', '~', '~~', ':/', 'x://y', ' :// ', '![', '\\', '  \n', ' \n', '   \n', '\n  ', '\n\t', ' \t\n', 'Well done, Ava! ', '_trip_', '*trip*', '~~trip~~', 'a_b_c', '| a | b |\n|---|---|\n| c | d |', '    indented', '```\nfenced\n```', '&amp;', '&#0;',
];

describe("the loader's markdown-it", () => {
  it('gives the tokens of markdown-it with its own rules on generated posts', () => {
    for (const source of ['', '\r', 'a\r\nb\rc\n\0d', 'see www.x.org\r\n\r\nand a@b.co\0']) same(source);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        same(parts.join(''));
      }),
      { seed, numRuns: 3000 },
    );
  });

  it('gives the tokens of markdown-it on pasted pictures (long data: URLs), inline and by reference', () => {
    const base64 = Buffer.alloc(3000, 0xfb).toString('base64') + 'A+/9';
    for (const url of [`data:image/png;base64,${base64}`, `data:IMAGE/JPEG;name=a.jpg;base64,${base64}=`, `data:image/svg+xml,%3Csvg%3E${'x'.repeat(300)}`, `data:image/png;base64,${base64} space`]) {
      same(`![a](${url})`);
      same(`![a](<${url}>)\n\n[b]: ${url}\n`);
      same(`![][b]\n\n[b]: <${url}>\n`);
    }
  });

  it('normalises link destinations as markdown-it does (plain paths are taken as written)', () => {
    const parts = [...'abcXYZ019-._~/!$&\'()*+,;=@:?#%[]{}|\\^`" <>é', '..', '../', './', '//', 'http://', 'HTTP://', 'mailto:', 'www.', '.jpg', 'xn--', '%20', '%zz', 'пример'];
    for (const url of ['photos/IMG_1234.JPG', '../media/a(1).png', '/uploads/2026/06/sports-day.jpg', '//@x', '//cdn.example.org/a.jpg', 'a b.jpg']) expect(own.normalizeLink(url), url).toBe(stock.normalizeLink(url));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 12 }), (chosen) => {
        const url = chosen.join('');
        expect(own.normalizeLink(url), url).toBe(stock.normalizeLink(url));
      }),
      { seed, numRuns: 20000 },
    );
  });

  it('gives the tokens of markdown-it on plain text over several lines (made without its inline parse)', () => {
    const plain = ['Year 4', 'trip', ' ', '  ', '   ', '\t', '\n', ' \n', '  \n', '   \n', '\n ', '\n\t', 'é', '—', '!', '-', ':', '@', '#', '.', '=', '+', '1.', '>'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...plain), { maxLength: 30 }), (parts) => {
        same(parts.join(''));
      }),
      { seed, numRuns: 3000 },
    );
  });

  it("finds the same lines as markdown-it's block state (starts, ends, indentation)", () => {
    const marks = (md: typeof own, src: string) => {
      const state = new md.block.State(src, md, {}, []);
      return JSON.stringify([state.bMarks, state.eMarks, state.tShift, state.sCount, state.bsCount, state.lineMax, state.line, state.blkIndent, state.parentType]);
    };
    for (const src of ['', ' ', '\t', '\n', ' \n', 'a', 'a\n', '\n\n', 'a \n \t b\n  ', ' \t\t x', 'x\n\t']) expect(marks(own, src), JSON.stringify(src)).toBe(marks(stock, src));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '  ', '\t', '\n', 'a', 'bc', '- ', '\u00a0', '\r'), { maxLength: 25 }), (parts) => {
        const src = parts.join('');
        expect(marks(own, src)).toBe(marks(stock, src));
      }),
      { seed, numRuns: 3000 },
    );
  });

  it('gives the same tokens on the example posts (and on the posts in $POSTS_CORPUS if set)', () => {
    const dirs = [path.join(__dirname, '../../examples/posts'), ...(process.env.POSTS_CORPUS ? [process.env.POSTS_CORPUS] : [])];
    for (const dir of dirs) {
      const files = readdirSync(dir).filter((name) => /\.(md|markdown)$/.test(name));
      expect(files.length).toBeGreaterThan(0);
      for (const name of files) same(readFileSync(path.join(dir, name), 'utf8'), name);
    }
  });
});

describe('parseBlocks', () => {
  // parseMarkdown parses each inline token when its walk comes to it (and drops its children after):
  // every token, the inline ones' children included, must be md.parse's.
  const streamed = (source: string) => {
    const { tokens: all, parseInline } = parseBlocks(own, source);
    for (const token of all) parseInline(token);
    return JSON.stringify(all);
  };
  const check = (source: string) => expect(streamed(source), source).toBe(tokens(own, source));
  const references = ['[a]', '[a][]', '[Photo][b]', '![alt][b]', '\n\n[a]: https://a.org "A"\n', '\n\n[b]: photos/b.jpg\n', '\n\n[ A ]:\n  <x y.jpg>\n'];

  it('gives the tokens md.parse gives, reference definitions after their use included', () => {
    for (const source of ['', 'a', '[a]\n\n[a]: https://a.org', '![x][p]\n\n- [p]\n\n[p]: p.jpg', 'http\\://x.org www.y.org']) check(source);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, ...references), { maxLength: 30 }), (parts) => {
        check(parts.join(''));
      }),
      { seed, numRuns: 3000 },
    );
  });
});

describe('holdsTag', () => {
  it('answers as /<[a-z!/?]/i does (a comment, closing tag or processing instruction opens an HTML block too)', async () => {
    const { holdsTag } = await import('../../src/load/post.js');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<', '>', 'a', 'Z', '@', '[', '`', '{', '1', ' ', '\n', 'ſ', 'K', 'é', '<<', '</', '<!--', '!', '/', '?', '<?', '\x01', '\x0f', '\x1f'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(holdsTag(text)).toBe(/<[a-z!/?]/i.test(text));
      }),
      { seed, numRuns: 3000 },
    );
  });
});
