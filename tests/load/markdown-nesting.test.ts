import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineIndex, sourceOffset } from '../../src/core/position.js';
import { loadPost } from '../../src/load/post.js';
import { createMarkdownParser } from '../../src/load/markdown.js';

// markdown-it stops at 100 nested quotes or lists and drops every line below without a trace; the
// loader reads those lines as a plain paragraph, so nothing in a post goes unchecked.
const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-nesting-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(text: string) {
  const file = path.join(dir, `post-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(file, text);
  return loadPost(file, { root: dir });
}

function positionOf(post: Awaited<ReturnType<typeof load>>, needle: string) {
  for (const segment of post.segments) {
    const at = segment.text.indexOf(needle);
    if (at !== -1) return new LineIndex(post.source).position(sourceOffset(segment, at));
  }
  return undefined;
}

const SECRET = 'Call Sam on 07700 900123';

describe('Markdown nested past markdown-it’s limit', () => {
  it('reads the text under 120 nested quotes, at its place in the file', async () => {
    const post = await load(`# News\n\n${'> '.repeat(120)}${SECRET}\n`);
    expect(positionOf(post, '07700 900123')).toEqual({ line: 3, column: 240 + 'Call Sam on '.length + 1 });
  });

  it('reads every line of a deep block, over several lines and paragraphs', async () => {
    const deep = '> '.repeat(110);
    const post = await load(`${deep}First line\n${deep}${SECRET}\n${deep}\n${deep}Last words here\n`);
    const text = post.segments.map((segment) => segment.text).join('\n');
    expect(text).toContain('First line');
    expect(text).toContain('07700 900123');
    expect(text).toContain('Last words here');
    expect(positionOf(post, 'Last words')?.line).toBe(4);
  });

  it('reads the items of lists nested 120 deep', async () => {
    const lines = Array.from({ length: 120 }, (_, depth) => `${'  '.repeat(depth)}- item ${depth}`);
    const post = await load(`${lines.join('\n')}\n${'  '.repeat(120)}- ${SECRET}\n`);
    expect(positionOf(post, '07700 900123')?.line).toBe(121);
    expect(positionOf(post, 'item 119')?.line).toBe(120);
  });

  it('finds a picture placed that deep', async () => {
    const post = await load(`${'> '.repeat(105)}![Sam on the trip](photos/trip.jpg)\n`);
    expect(post.attachments.map((attachment) => path.basename(attachment.path ?? ''))).toContain('trip.jpg');
  });

  it('leaves ordinary nesting to markdown-it', () => {
    const md = createMarkdownParser();
    const source = '> quote\n> > inner\n> > > deeper\n\n- a\n  - b\n    - c\n';
    expect(JSON.stringify(md.parse(source, {}))).toBe(JSON.stringify(createMarkdownParser(false).parse(source, {})));
    expect(md.parse(source, {}).filter((token) => token.type === 'paragraph_open')).toHaveLength(6);
  });

  it('is a whole reading: 20,000 nested quotes cost no deep recursion', async () => {
    const post = await load(`${'>'.repeat(20_000)} ${SECRET}\n`);
    expect(positionOf(post, '07700 900123')?.column).toBe(20_000 + 1 + 'Call Sam on '.length + 1);
  });
});
