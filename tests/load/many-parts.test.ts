import { describe, expect, it } from 'vitest';
import { pushAll } from '../../src/core/arrays.js';
import { verbatimSegment } from '../../src/core/position.js';
import { parseMarkdown } from '../../src/load/markdown.js';

// `array.push(...items)` passes every item as an argument: past about 120,000 V8 throws "Maximum call
// stack size exceeded", and a front matter listing 200,000 captions made its post unreadable.
describe('posts of very many parts', () => {
  it('pushAll appends any number of items', () => {
    const target = [1];
    pushAll(target, new Array(300_000).fill(2));
    expect(target).toHaveLength(300_001);
    pushAll(target, new Set([3, 4]));
    expect(target.slice(-2)).toEqual([3, 4]);
  });

  it('a Markdown post keeps 300,000 front-matter texts and media, before its body', () => {
    const segments = Array.from({ length: 300_000 }, (_, i) => verbatimSegment('front-matter', `Caption ${i}`, 10 + i, 'gallery'));
    const media = Array.from({ length: 300_000 }, (_, i) => ({ ref: `p${i}.jpg`, offset: 10 + i }));
    const parsed = parseMarkdown('---\nx: 1\n---\nBody text.\n', undefined, { bodyOffset: 13, frontMatter: { data: {}, segments, media } });
    expect(parsed.segments).toHaveLength(300_001);
    expect(parsed.segments[0]!.text).toBe('Caption 0');
    expect(parsed.segments.at(-1)!.text).toBe('Body text.');
    expect(parsed.media).toHaveLength(300_000);
  });
});
