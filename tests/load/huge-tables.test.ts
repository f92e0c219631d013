// markdown-it makes three or more tokens of every table cell, so a row of thousands of cells (or a
// post of hundreds of thousands) took seconds and gigabytes: past the limits, far beyond any real
// post, table rows are read as the lines of text they are — every word still checked, in place.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/load/markdown.js';

const texts = (source: string) => parseMarkdown(source).segments.map((s) => s.text);

describe('huge tables', () => {
  it('a real table stays a table: one segment per row, its cells joined by " | " (miss33)', () => {
    const source = '| Name | Event |\n|---|---|\n| Amelia | Relay |\n| Noah | Long jump |\n';
    expect(texts(source)).toEqual(['Name | Event', 'Amelia | Relay', 'Noah | Long jump']);
  });

  it("a row's cells map back to their own place in the source", () => {
    const source = '| Pupil | Need |\n|---|---|\n| Maisie T | ADHD |\n';
    const segment = parseMarkdown(source).segments[1]!;
    const at = segment.text.indexOf('ADHD');
    const piece = segment.pieces.find((p) => at >= p.textStart && at < p.textStart + p.length)!;
    expect(source.slice(piece.sourceStart + at - piece.textStart, piece.sourceStart + at - piece.textStart + 4)).toBe('ADHD');
  });

  it('a row of more than 256 cells is read as text, its words where they are in the file', () => {
    const row = `|${Array.from({ length: 300 }, (_, i) => ` w${i} `).join('|')}|`;
    const source = `${row}\n|${'---|'.repeat(300)}\n${row.replace('w7 ', 'Amelia ')}\n`;
    const { segments } = parseMarkdown(source);
    const all = segments.map((s) => s.text).join('\n');
    expect(segments.length).toBeLessThan(10);
    expect(all).toContain('Amelia');
    // The piece map still points at the word in the source.
    const segment = segments.find((s) => s.text.includes('Amelia'))!;
    const at = segment.text.indexOf('Amelia');
    const piece = segment.pieces.find((p) => at >= p.textStart && at < p.textStart + p.length)!;
    expect(source.slice(piece.sourceStart + at - piece.textStart, piece.sourceStart + at - piece.textStart + 6)).toBe('Amelia');
  });
});

describe('HTML table rows (miss33)', () => {
  it('are one segment each, their cells joined by " | "', async () => {
    const { parseHtmlFragment } = await import('../../src/load/html.js');
    const html = '<table><tr><th>Pupil</th><th>Need</th></tr><tr><td>Maisie T</td><td>ADHD</td></tr></table><p>After</p>';
    expect(parseHtmlFragment(html, 0).segments.map((s) => s.text)).toEqual(['Pupil | Need', 'Maisie T | ADHD', 'After']);
  });
});
