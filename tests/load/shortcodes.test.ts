// Photos placed by Hugo shortcodes and Liquid/Nunjucks tags are attachments, found at the tag's exact
// offset, with their alt text and captions read like the post's own text; code and other tags are not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/position.js';
import { parseHtmlFragment } from '../../src/load/html.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { loadPost } from '../../src/load/post.js';

const FRONT = '---\ntitle: Trip\napproved_by: Mrs Patel\n---\n';

function parse(source: string) {
  return parseMarkdown(source, parseHtmlFragment);
}

/** Each attachment as "ref@line:column". */
function found(source: string): string[] {
  const lines = new LineIndex(source);
  return parse(source).media.map((m) => {
    const { line, column } = lines.position(m.offset);
    return `${m.ref}@${line}:${column}`;
  });
}

/** The text segments of one kind, each as "text@line:column" (where its first piece starts). */
function texts(source: string, kind: 'alt' | 'caption' | 'body'): string[] {
  const lines = new LineIndex(source);
  return parse(source)
    .segments.filter((s) => s.kind === kind)
    .map((s) => {
      const { line, column } = lines.position(s.pieces[0]!.sourceStart);
      return `${s.text}@${line}:${column}`;
    });
}

/** Every piece of every segment maps onto the same characters in the source. */
function expectExactPieces(source: string): void {
  for (const segment of parse(source).segments) {
    for (const piece of segment.pieces) {
      expect(source.slice(piece.sourceStart, piece.sourceStart + piece.length)).toBe(segment.text.slice(piece.textStart, piece.textStart + piece.length));
    }
  }
}

describe('Hugo shortcodes', () => {
  it('figure: the tag offset (front matter counted), alt, caption and title at their exact places', () => {
    const source = `${FRONT}\nA great day.\n\n{{< figure src="photos/beach.jpg" alt="Maya on the sand" caption="Maya Smith and Sam" title="The beach" >}}\n`;
    expect(found(source)).toEqual(['photos/beach.jpg@8:1']);
    expect(texts(source, 'alt')).toEqual(['Maya on the sand@8:40']);
    expect(texts(source, 'caption')).toEqual(['Maya Smith and Sam@8:67', 'The beach@8:94']);
    expect(parse(source).segments.find((s) => s.kind === 'caption')?.field).toBe('caption');
    expectExactPieces(source);
  });

  it('the tag is not also read as body text (a name in a caption is reported once)', () => {
    const source = 'Before {{< figure src="a.jpg" caption="Maya Smith" >}} after\n';
    expect(texts(source, 'body')).toEqual(['Before  after@1:1']);
    expect(texts(source, 'caption')).toEqual(['Maya Smith@1:40']);
  });

  it('{{% … %}}, self-closing, unquoted and single-quoted values', () => {
    expect(found('{{% figure src="a.jpg" caption="Zara" %}}\n')).toEqual(['a.jpg@1:1']);
    expect(found('Intro {{< figure src="b.jpg" />}}\n')).toEqual(['b.jpg@1:7']);
    expect(found('{{< figure src=c.jpg caption=Zara >}}\n')).toEqual(['c.jpg@1:1']);
    expect(texts('{{< figure src=c.jpg caption=Zara >}}\n', 'caption')).toEqual(['Zara@1:30']);
    expect(found("{{< figure src='d.jpg' alt='Zara' >}}\n")).toEqual(['d.jpg@1:1']);
    expect(texts("{{< figure src='d.jpg' alt='Zara' >}}\n", 'alt')).toEqual(['Zara@1:29']);
  });

  it('a positional first argument of an image shortcode, with or without an extension', () => {
    expect(found('{{< img "a.jpg" >}} and {{< img b.png >}}\n')).toEqual(['a.jpg@1:1', 'b.png@1:25']);
    expect(found('{{< image src="x" >}}\n')).toEqual(['x@1:1']);
    expect(found('{{< photo trip-beach >}}\n')).toEqual(['trip-beach@1:1']);
  });

  it('gallery children, each at its own line', () => {
    const source = '{{< gallery >}}\n{{< figure src="one.jpg" >}}\n  {{< figure src="two.jpg" caption="Sam" >}}\n{{< /gallery >}}\n';
    expect(found(source)).toEqual(['one.jpg@2:1', 'two.jpg@3:3']);
    expect(texts(source, 'caption')).toEqual(['Sam@3:37']);
  });

  it('any shortcode whose parameter names an image or a video', () => {
    expect(found('{{< hero background="/img/hero.webp" heading="Welcome" >}}\n')).toEqual(['/img/hero.webp@1:1']);
    expect(found('{{< clip file="race.MP4?v=2" >}}\n')).toEqual(['race.MP4?v=2@1:1']);
    expect(found('{{< figure src="small.jpg" link="big.jpg" >}}\n')).toEqual(['small.jpg@1:1', 'big.jpg@1:1']);
  });

  it('a tag spanning lines, in a list item and with CRLF line ends', () => {
    const list = '- Our trip\n  {{< figure\n      src="a.jpg"\n      caption="Maya Smith" >}}\n- Next\n';
    expect(found(list)).toEqual(['a.jpg@2:3']);
    expect(texts(list, 'caption')).toEqual(['Maya Smith@4:16']);
    const crlf = 'Intro\r\n{{< figure\r\n  src="b.jpg"\r\n  caption="Sam Jones" >}}\r\n';
    expect(found(crlf)).toEqual(['b.jpg@2:1']);
    expect(texts(crlf, 'caption')).toEqual(['Sam Jones@4:12']);
    expectExactPieces(list);
    expectExactPieces(crlf);
  });

  it('in headings, tables, link text and block quotes', () => {
    const source = '# Day one {{< figure src="h.jpg" >}}\n\n| a |\n|---|\n| {{< img "t.jpg" >}} |\n\n[{{< figure src="l.jpg" >}}](big.html)\n\n> {{< figure src="q.jpg"\n> caption="Zara" >}}\n';
    expect(found(source)).toEqual(['h.jpg@1:11', 't.jpg@5:3', 'l.jpg@7:2', 'q.jpg@9:3']);
    expect(texts(source, 'caption')).toEqual(['Zara@10:12']);
  });

  it('in an HTML block, outside the elements (the HTML parser reads the elements themselves)', () => {
    const source = `<div class="gallery">\n{{< figure src="in-html.jpg" caption="Maya Smith" >}}\n<img src="{{ '/x.jpg' | relative_url }}" alt="Sam">\n</div>\n`;
    expect(found(source)).toEqual(['in-html.jpg@2:1', "{{ '/x.jpg' | relative_url }}@3:11"]);
    expect(texts(source, 'caption')).toEqual(['Maya Smith@2:39']);
    expect(parse(source).segments.some((s) => s.kind === 'body' && s.text.includes('Maya'))).toBe(false);
  });
});

describe('Liquid and Nunjucks tags', () => {
  it('include with a file, src, image, url or path parameter', () => {
    const source = `${FRONT}{% include image.html file="/assets/img/trip.jpg" alt="Maya at the farm" caption="Feeding lambs" %}\n`;
    expect(found(source)).toEqual(['/assets/img/trip.jpg@5:1']);
    expect(texts(source, 'alt')).toEqual(['Maya at the farm@5:56']);
    expect(texts(source, 'caption')).toEqual(['Feeding lambs@5:83']);
    expect(found('{%- include figure.html src="a.jpg" -%}\n')).toEqual(['a.jpg@1:1']);
    expect(found('{% include card.html image="team.png" title="Team" %}\n')).toEqual(['team.png@1:1']);
    expect(found("{% render 'photo', url: 'https://cdn.example.org/p.jpg' %}\n")).toEqual(['https://cdn.example.org/p.jpg@1:1']);
    expect(found('{% include_relative media.html path=clip.mov %}\n')).toEqual(['clip.mov@1:1']);
  });

  it('a Liquid variable is not a file name: its value is front matter or site data, read there', () => {
    expect(found('{% include image.html file=page.image alt=page.title %}\n')).toEqual([]);
    expect(found('{% include image.html file=page.photos[0] %} {% picture page.hero %}\n')).toEqual([]);
  });

  it('jekyll_picture_tag, with a preset and --alt', () => {
    expect(found('{% picture beach.jpg %}\n')).toEqual(['beach.jpg@1:1']);
    const source = 'See {% picture hero beach.jpg --alt Amelia on the beach --link /trip %}\n';
    expect(found(source)).toEqual(['beach.jpg@1:5']);
    expect(texts(source, 'alt')).toEqual(['Amelia on the beach@1:37']);
  });

  it('jekyll-assets and the Eleventy image shortcode', () => {
    expect(found('{% asset trip.jpg %}\n')).toEqual(['trip.jpg@1:1']);
    const source = '{% image "./img/trip.jpg", "Teddy on the climbing wall" %}\n';
    expect(found(source)).toEqual(['./img/trip.jpg@1:1']);
    expect(texts(source, 'alt')).toEqual(['Teddy on the climbing wall@1:29']);
  });

  it('relative_url and absolute_url filters, and {{ site.baseurl }} before a path', () => {
    expect(found('![Beach]({{ "/assets/beach.jpg" | relative_url }})\n')).toEqual(['/assets/beach.jpg@1:10']);
    expect(found("{{ '/i/x.jpeg' | absolute_url }}\n")).toEqual(['/i/x.jpeg@1:1']);
    expect(found('![Beach]({{ site.baseurl }}/assets/beach.jpg)\n')).toEqual(['{{ site.baseurl }}/assets/beach.jpg@1:10']);
  });
});

describe('not media', () => {
  it('tags in fenced code, indented code and code spans', () => {
    const source = [
      'How to add a photo:',
      '',
      '```markdown',
      '{{< figure src="fenced.jpg" >}}',
      '{% include image.html file="fenced.jpg" %}',
      '```',
      '',
      '    {{< figure src="indented.jpg" >}}',
      '',
      'Write `{{< figure src="span.jpg" >}}` or ``{% picture span.jpg %}``.',
      '',
    ].join('\n');
    expect(found(source)).toEqual([]);
  });

  it('other shortcodes, includes, variables, closing and commented-out tags stay text', () => {
    const source = '{{< youtube dQw4w9WgXcQ >}} {% include footer.html %} {{ page.title }} {{< /gallery >}} {{</* figure src="a.jpg" */>}} {% asset app.css %}\n';
    expect(found(source)).toEqual([]);
    expect(texts(source, 'body')[0]).toContain('{{ page.title }}');
  });

  it('prose in a tag that places no photo is still read as text', () => {
    expect(texts('{{< notice text="Well done Maya Smith" >}}\n', 'body')).toEqual(['{{< notice text="Well done Maya Smith" >}}@1:1']);
  });

  it('malformed and unclosed tags: no crash, no media', () => {
    for (const source of [
      '{{< figure src="a.jpg"\n',
      '{% include image.html file="x.jpg"\n\nmore text %}\n',
      '{{< figure src="a.jpg" {{< img "b.jpg" >}}',
      '{{< figure src="unterminated.jpg >}}',
      '{{< >}} {% %} {{ }} {{<>}} {%-%} }}{{',
      '{% picture --alt %}',
    ]) {
      const media = parse(source).media;
      expect(media.every((m) => m.ref !== 'a.jpg' && m.ref !== 'x.jpg')).toBe(true);
    }
    expect(found('{{< figure src="a.jpg"\n')).toEqual([]);
  });

  it('a megabyte of openers with no close finishes, with no media', () => {
    const openers = '{{<'.repeat(350_000);
    expect(parse(`${openers}\n`).media).toEqual([]);
    expect(parse(`<div>\n${openers}\n</div>\n`).media).toEqual([]);
    expect(parse('{% '.repeat(350_000) + '%}').media).toEqual([]);
    expect(parse(`{{< notice ${'"x" '.repeat(250_000)}>}}`).media).toEqual([]);
  });
});

describe('loading a post', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-shortcodes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves shortcode photos like Markdown ones: local, missing and remote', async () => {
    writeFileSync(path.join(dir, 'here.jpg'), 'x');
    const file = path.join(dir, 'post.md');
    writeFileSync(
      file,
      `${FRONT}{{< figure src="here.jpg" >}}\n\n{{< figure src="gone.jpg" >}}\n\n{{< figure src="https://cdn.example.org/a.jpg" >}}\n\n{% include video.html file="sports-day.mp4" %}\n`,
    );
    const post = await loadPost(file, { root: dir });
    expect(post.attachments.map((a) => `${a.ref}|${a.medium}|${a.status}`)).toEqual([
      'here.jpg|photo|ok',
      'gone.jpg|photo|missing',
      'https://cdn.example.org/a.jpg|photo|remote',
      'sports-day.mp4|video|missing',
    ]);
    expect(post.segments.filter((s) => s.kind === 'file-name').map((s) => s.text)).toContain('sports day');
  });
});
