import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineIndex, sourceOffset } from '../../src/core/position.js';
import { loadPost } from '../../src/load/post.js';

// Text a reader meets that the rules did not read: words split by characters that show nothing, and
// titles shown on hover.
const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-hidden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = Number(process.env.FC_SEED ?? 20261124);

let count = 0;
async function load(text: string, extension = 'md') {
  const file = path.join(dir, `post-${count++}.${extension}`);
  writeFileSync(file, text);
  return loadPost(file, { root: dir });
}

function found(post: Awaited<ReturnType<typeof load>>, needle: string) {
  for (const segment of post.segments) {
    const at = segment.text.indexOf(needle);
    if (at !== -1) return { kind: segment.kind, ...new LineIndex(post.source).position(sourceOffset(segment, at)) };
  }
  return undefined;
}

const ZWSP = '\u200b';
const SHY = '\u00ad';
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\u200e', '\u202c', '\ufe0f'];

describe('characters that show nothing', () => {
  it('do not split the number or word a reader sees whole', async () => {
    const post = await load(`# Trip\n\nRing 07700${ZWSP}900123 or e${SHY}mail us. You are an id${SHY}i${ZWSP}ot.\n`);
    expect(found(post, '07700900123')).toEqual({ kind: 'body', line: 3, column: 6 });
    expect(found(post, 'idiot')?.column).toBe(44);
    expect(found(post, 'email')).toBeDefined();
  });

  it('are taken out of every kind of post, and of alt text and front matter', async () => {
    expect(found(await load(`<p>Ring 07700${ZWSP}900123</p>`, 'html'), '07700900123')).toBeDefined();
    expect(found(await load(`Ring 07700${ZWSP}900123\n`, 'txt'), '07700900123')).toBeDefined();
    expect(found(await load(`![Sam${ZWSP}my Lee on the beach](trip.jpg)\n`), 'Sammy Lee')?.kind).toBe('alt');
    expect(found(await load(`---\ntitle: Well done Am${SHY}elia\n---\n\nHello\n`), 'Amelia')?.kind).toBe('front-matter');
  });

  it('leave every other character where it was in the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('Year 4 ', 'trip', '07700', ' ', '.', 'é', '😀', '*a*', '\n', ...INVISIBLE), { minLength: 1, maxLength: 40 }), async (parts) => {
        const source = `Start ${parts.join('')} end\n`;
        const post = await load(source);
        for (const segment of post.segments) {
          expect(segment.text).not.toMatch(/\p{Default_Ignorable_Code_Point}/u);
          for (let i = 0; i < segment.text.length; i++) {
            const code = segment.text.charCodeAt(i);
            if (/\s/.test(segment.text[i]!) || (code >= 0xdc00 && code <= 0xdfff)) continue;
            expect(source[sourceOffset(segment, i)]).toBe(segment.text[i]);
          }
        }
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe('text a right-to-left override (U+202E) shows backwards ("Trojan Source")', () => {
  const RLO = '\u202e';
  const PDF = '\u202c';

  it('is read in the order it is shown, each character at its own place in the file', async () => {
    const post = await load(`# Trip\n\nRing ${RLO}321009 00770${PDF} now, or ${RLO}toidi na era uoy\n`);
    expect(found(post, '07700 900123')).toEqual({ kind: 'body', line: 3, column: 18 }); // its first figure is the run's last
    expect(found(post, 'you are an idiot')).toBeDefined();
    expect(found(post, ' now, or ')).toBeDefined();
  });

  it('ends at the pop, at another direction control or at the end of the line', async () => {
    const post = await load(`${RLO}cba${PDF} def ${RLO}ihg\u2066jkl\nmno ${RLO}rqp\n`);
    const text = post.segments.map((segment) => segment.text).join('|');
    expect(text).toContain('abc def ghijkl');
    expect(text).toContain('mno pqr');
  });

  it('keeps combining accents on their letters, and a run with no override is left alone', async () => {
    expect(found(await load(`Well done ${RLO}ee\u0301neR${PDF}!\n`), 'Renée')).toBeDefined();
    const plain = await load('Ring 07700 900123 now\n');
    expect(found(plain, '07700 900123')?.column).toBe(6);
  });

  it('leaves every character, shown backwards or not, at its place in the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('Year 4 ', 'trip', '07700', ' ', '.', 'é', '😀', '*a*', '`x`', '&amp;', '\n', RLO, PDF, '\u2066'), { minLength: 1, maxLength: 40 }), async (parts) => {
        const source = `Start ${parts.join('')} end\n`;
        const post = await load(source);
        for (const segment of post.segments) {
          for (let i = 0; i < segment.text.length; i++) {
            const code = segment.text.charCodeAt(i);
            if (/\s/.test(segment.text[i]!) || (code >= 0xdc00 && code <= 0xdfff)) continue;
            expect(source[sourceOffset(segment, i)]).toBe(segment.text[i]);
          }
        }
      }),
      { seed, numRuns: 150 },
    );
  });
});

describe('letters written as a base letter and combining accents (decomposed, as macOS and some PDFs write them)', () => {
  const decomposed = (text: string) => text.normalize('NFD');

  it('are read as the one letter each shows, at its place in the file', async () => {
    const post = await load(decomposed('# Sports day\n\nWell done Siân Jones and Renée Okafor!\n'));
    expect(post.segments.find((segment) => segment.kind === 'body')!.text).toBe('Well done Siân Jones and Renée Okafor!');
    expect(found(post, 'Siân Jones')).toEqual({ kind: 'body', line: 3, column: 11 });
    // columns count the file's characters: "Siân" took five
    expect(found(post, 'Renée')).toEqual({ kind: 'body', line: 3, column: 27 });
  });

  it('in every kind of post, alt text, front matter and a photo file name (percent-encoded in the link or not)', async () => {
    expect(found(await load(decomposed('<p>Well done Siân</p>'), 'html'), 'Siân')).toBeDefined();
    expect(found(await load(decomposed('![Siân on the beach](trip.jpg)\n')), 'Siân on')?.kind).toBe('alt');
    expect(found(await load(decomposed('---\ntitle: Well done Siân\n---\n\nHello\n')), 'Siân')?.kind).toBe('front-matter');
    expect(found(await load(decomposed('![](Siân-Jones.jpg)\n')), 'Siân Jones')?.kind).toBe('file-name');
    expect(found(await load('![](Si%C3%A2n-Jones.jpg) ![](Zoe%CC%88.jpg)\n'), 'Siân Jones')?.kind).toBe('file-name');
    expect(found(await load('<img src="Zoe%CC%88-Bronte%CC%88.jpg">', 'html'), 'Zoë Brontë')?.kind).toBe('file-name');
  });

  it('compose as Unicode composes them (NFC), and every other character keeps its place', async () => {
    const MARKS = ['\u0301', '\u0300', '\u0302', '\u0308', '\u0327', '\u0323', '\u030a', '\u20dd'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('Year ', 'a', 'e', 'n', 'C', ' ', ',', 'é', '😀', '\u200b', ...MARKS), { minLength: 1, maxLength: 40 }), async (parts) => {
        const source = `Start ${parts.join('')} end\n`;
        const post = await load(source);
        const body = post.segments.filter((segment) => segment.kind === 'body').map((segment) => segment.text).join('');
        expect(body).toBe(source.trim().replace(/\u200b/g, '').normalize('NFC'));
        for (const segment of post.segments) {
          for (let i = 0; i < segment.text.length; i++) {
            const code = segment.text.charCodeAt(i);
            // (the marks on one letter may be put in Unicode's order: a mark's place is within its letter)
            if (/[\s\p{M}]/u.test(segment.text[i]!) || (code >= 0xdc00 && code <= 0xdfff)) continue;
            // a composed letter stands where its base letter was written
            expect(segment.text[i]!.normalize('NFD')[0]).toBe(source[sourceOffset(segment, i)]!.normalize('NFD')[0]);
          }
        }
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe('titles shown on hover', () => {
  it("a Markdown link's title, inline or in a reference's definition", async () => {
    expect(found(await load('See [our trip](https://school.example/trip "Ring Sam on 07700 900123").\n'), '07700 900123')).toEqual({ kind: 'caption', line: 1, column: 57 });
    const post = await load('See [our trip][1].\n\n[1]: https://school.example/trip "Ring Sam on 07700 900123"\n');
    expect(found(post, '07700 900123')).toEqual({ kind: 'caption', line: 3, column: 47 });
  });

  it("any HTML element's title or aria-label, in an HTML post or inside Markdown", async () => {
    expect(found(await load('<p>Our <abbr title="Ring 07700 900123">trip</abbr></p>', 'html'), '07700 900123')?.kind).toBe('caption');
    expect(found(await load('<p><a href="/trip" aria-label="Amelia Lee on the beach">Photos</a></p>', 'html'), 'Amelia Lee')?.kind).toBe('caption');
    expect(found(await load('Our <abbr title="Ring 07700 900123">trip</abbr> was fun.\n'), '07700 900123')).toEqual({ kind: 'caption', line: 1, column: 23 });
    expect(found(await load('<iframe title="Ring 07700 900123" src="https://example.org"></iframe>\n'), '07700 900123')?.kind).toBe('caption');
  });
});

describe('captions kept in attributes, and photos shown by components', () => {
  it("a component's caption (MDX) and a lightbox's data-caption are read; a component's photo is an attachment", async () => {
    const post = await load(
      'Sports day.\n\n<Figure src="photos/race.jpg" caption="Amelia Lee wins" />\n\n<a href="photos/big.jpg" data-caption="Ring 07700 900123" data-fancybox="g"><img src="photos/small.jpg" alt="Race"></a>\n\n<amp-img src="photos/amp.jpg" width="1" height="1"></amp-img> <script src="app.js"></script>\n',
      'mdx',
    );
    expect(found(post, 'Amelia Lee')?.kind).toBe('caption');
    expect(found(post, '07700 900123')).toEqual({ kind: 'caption', line: 5, column: 45 });
    expect(post.attachments.map((a) => a.ref).sort()).toEqual(['photos/amp.jpg', 'photos/big.jpg', 'photos/race.jpg', 'photos/small.jpg']);
  });
});

describe("what a saved web page shows besides its paragraphs", () => {
  it("the description and card text a search result or a shared link shows, not the page's other meta tags", async () => {
    const post = await load(
      '<html><head><meta name="description" content="Amelia Lee wins"><meta property="og:title" content="Ring 07700 900123"><meta name="twitter:image:alt" content="Sam on the beach"><meta name="author" content="Jo Patel"><meta name="viewport" content="width=device-width"></head><body><p>Hi</p></body></html>',
      'html',
    );
    expect(found(post, 'Amelia Lee')?.kind).toBe('caption');
    expect(found(post, '07700 900123')?.column).toBe(104);
    expect(found(post, 'Sam on the beach')).toBeDefined();
    expect(found(post, 'Jo Patel')).toBeUndefined();
    expect(found(post, 'device-width')).toBeUndefined();
  });

  it("a drawing's text, title and description, and what <noscript> and <template> show; not scripts, styles or code", async () => {
    const post = await load(
      '<p>Hi</p><svg><title>Amelia Lee</title><desc>Ring 07700 900123</desc><text x="1">Sam Smith</text></svg><noscript>Call 07700 900124</noscript><template><p>Call 07700 900125</p></template><script>var phone = "07700 900126"</script><pre>07700 900127</pre>',
      'html',
    );
    for (const shown of ['Amelia Lee', '07700 900123', 'Sam Smith', '07700 900124', '07700 900125']) expect(found(post, shown), shown).toBeDefined();
    for (const hidden of ['07700 900126', '07700 900127']) expect(found(post, hidden), hidden).toBeUndefined();
  });
});
