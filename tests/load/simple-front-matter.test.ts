import fc from 'fast-check';
import * as yaml from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/load/front-matter.js';
import { parseSimpleFrontMatter } from '../../src/load/simple-front-matter.js';

const full = (text: string) => parseFrontMatter(text, 4, yaml);

describe('simple front matter (read without the YAML parser)', () => {
  it('reads plain key: value lines exactly as the YAML parser does', () => {
    const text = 'title: Year 4 at the Roman Baths\ndate: 2026-03-04\nchannel: website\napproved_by: J. Patel\nimage: photos/trip.jpg\ncaption: Amelia and friends\n';
    const simple = parseSimpleFrontMatter(text, 4);
    expect(simple).toBeDefined();
    expect(simple).toEqual(full(text));
    expect(simple!.data.date).toBe('2026-03-04');
    expect(simple!.media).toEqual([{ ref: 'photos/trip.jpg', offset: 4 + text.indexOf('photos/trip.jpg') }]);
  });

  it('hands anything YAML could read differently to the YAML parser', () => {
    for (const text of [
      'count: 12', 'draft: true', 'x: null', 'title: "Quoted"', "title: 'Quoted'", 'tags: [a, b]', 'title: a # comment',
      'title: Note: this', 'title: >\n  folded', 'media:\n  - a.jpg', 'title: a\ntitle: b', '# comment\ntitle: a', '  title: a',
      'title: a\r\n', 'when: 12:30', 'x: ~', 'x: -1', 'x: .5', 'x: *anchor', 'x: &a b', 'x: !tag b', 'x: @at', 'x: `tick`', 'x: %d',
      'title: A long\n  title', '__proto__: a', 'x: a\tb', 'x:', 'x: a ',
    ]) {
      expect(parseSimpleFrontMatter(text, 0), text).toBeUndefined();
    }
  });

  it('agrees with the YAML parser on random front matter whenever it answers', () => {
    const keys = ['title', 'date', 'channel', 'approved_by', 'image', 'caption', 'author', 'Title', 'x-y', 'media'];
    const words = ['Year', '4', 'trip', ':', ': ', ' #', '#', '-', '"', "'", '2026-03-04', 'true', 'Null', '~', '.', ' ', 'é', '[', '{', '*', '&', '!', '|', '>', '%', '@', 'a.jpg', '12'];
    const line = fc.tuple(fc.constantFrom(...keys), fc.constantFrom(': ', ':', ':  ', ' : '), fc.array(fc.constantFrom(...words), { maxLength: 6 }));
    let answered = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.boolean(), (lines, blank) => {
        const text = lines.map(([k, sep, parts]) => `${k}${sep}${parts.join('')}`).join(blank ? '\n\n' : '\n');
        const simple = parseSimpleFrontMatter(text, 4);
        if (simple) {
          answered++;
          expect(simple).toEqual(full(text));
        }
      }),
      { seed: Number(process.env.FC_SEED ?? 20260722), numRuns: 3000 },
    );
    expect(answered).toBeGreaterThan(300); // the comparison really ran
  });
});
