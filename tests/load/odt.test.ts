// OpenDocument text (.odt): what is read of it, laid out as a Word document is, and what is refused.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NotAnOpenDocument, readOpenDocument } from '../../src/load/odt.js';
import { frame, odt } from './odf.js';
import { jpegBytes, lines } from './office-bytes.js';


describe('readOpenDocument', () => {
  it('lays the text out a paragraph a line: headings, spans, spaces, tabs, lists, tables, frames’ text and footnotes', () => {
    const doc = readOpenDocument(
      odt({
        body:
          '<text:h text:outline-level="1">Sports day</text:h>' +
          '<text:p>Well <text:span>done</text:span><text:s text:c="2"/>Year 4<text:tab/>and<text:line-break/>Year 5!<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Ask Mrs Patel</text:p></text:note-body></text:note></text:p>' +
          '<text:list><text:list-item><text:p>First item</text:p></text:list-item></text:list>' +
          '<table:table><table:table-row><table:table-cell><text:p>Cell</text:p></table:table-cell></table:table-row></table:table>' +
          '<text:p>Outer<draw:frame><draw:text-box><text:p>In a frame</text:p></draw:text-box></draw:frame></text:p>' +
          '<text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>',
        header: '<text:p>Oakfield Primary — Newsletter 12</text:p>',
      }),
    );
    expect(lines(doc.source)).toEqual(['Sports day', 'Ask Mrs Patel', 'Well done  Year 4\tand Year 5!', 'First item', 'Cell', 'In a frame', 'Outer', 'Oakfield Primary — Newsletter 12', '']);
    expect(doc.segments[0]).toMatchObject({ kind: 'heading', text: 'Sports day' });
    for (const segment of doc.segments) expect(doc.source.slice(segment.pieces[0]!.sourceStart, segment.pieces[0]!.sourceStart + segment.text.length)).toBe(segment.text);
  });

  it("reads the file's title, subject, keywords and comments (File › Properties) as its last lines, not its author", () => {
    const doc = readOpenDocument(
      odt({
        body: '<text:p>Summer newsletter</text:p>',
        meta: '<dc:title>Isla M (Y3) behaviour plan</dc:title><dc:subject>Autumn</dc:subject><meta:initial-creator>J Smith</meta:initial-creator><meta:keyword>trip</meta:keyword><meta:keyword>Ella Hart</meta:keyword><dc:description>Call her dad on 07700 900123</dc:description>',
      }),
    );
    expect(lines(doc.source)).toEqual(['Summer newsletter', 'Title: Isla M (Y3) behaviour plan', 'Subject: Autumn', 'Keywords: trip, Ella Hart', 'Comments: Call her dad on 07700 900123', '']);
  });

  it('puts each picture on its paragraph’s line with its description read as alt text; skips drawings, resolves linked ones', () => {
    const doc = readOpenDocument(
      odt({
        body: `<text:p>Our trip</text:p><text:p>${frame('Pictures/beach.jpg', 'Amelia on the beach', 'Beach')}</text:p><text:p>${frame('Pictures/chart.svm')}${frame('https://example.org/p.jpg')}</text:p>`,
        pictures: { 'beach.jpg': jpegBytes, 'chart.svm': Buffer.from('VCLMTF\u0001\u0000', 'latin1') },
      }),
    );
    expect(lines(doc.source).slice(0, 3)).toEqual(['Our trip', '[picture: beach.jpg, "Amelia on the beach", "Beach"]', '[picture: https://example.org/p.jpg]']);
    expect(doc.pictures).toEqual([
      { ref: 'Pictures/beach.jpg', offset: 'Our trip\n'.length, medium: 'photo', inside: { bytes: jpegBytes, compression: 0 } },
      expect.objectContaining({ ref: 'https://example.org/p.jpg' }),
    ]);
    expect(doc.segments.find((s) => s.kind === 'alt')!.text).toBe('Amelia on the beach');
  });

  it('inspects pictures the package holds but no frame shows, on a last line', () => {
    const doc = readOpenDocument(odt({ body: '<text:p>Our trip</text:p>', pictures: { 'hidden.jpg': jpegBytes } }));
    expect(lines(doc.source)).toEqual(['Our trip', '[picture: hidden.jpg]', '']);
    expect(doc.pictures).toHaveLength(1);
    expect(doc.pictures[0]).toMatchObject({ ref: 'Pictures/hidden.jpg', inside: { bytes: jpegBytes } });
  });

  it('reads an e-mail link’s address, and a comment "audit-ignore …" as a suppression of its paragraph (its author and date not read)', () => {
    const doc = readOpenDocument(
      odt({
        body:
          '<text:p>E-mail <text:a xlink:href="mailto:jo@gmail.com">Jo</text:a></text:p>' +
          '<text:p>Sam has an EHCP.<office:annotation><dc:creator>Head</dc:creator><dc:date>2026-11-23</dc:date><text:p>audit-ignore text/confidential: the family asked us to share this</text:p></office:annotation></text:p>',
      }),
    );
    expect(lines(doc.source).slice(0, 2)).toEqual(['E-mail Jo [link: jo@gmail.com]', 'Sam has an EHCP.']);
    const start = doc.source.indexOf('Sam');
    expect(doc.suppressions).toEqual([{ ruleId: 'text/confidential', reason: 'the family asked us to share this', start, end: start + 'Sam has an EHCP.'.length, offset: start }]);
  });

  it('refuses what is not an OpenDocument text, saying what it is', () => {
    expect(() => readOpenDocument(Buffer.from('plain words'))).toThrow(NotAnOpenDocument);
    expect(() => readOpenDocument(odt({ body: '', mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }))).toThrow(/not a text document: it is application\/vnd\.oasis\.opendocument\.spreadsheet/);
    expect(() => readOpenDocument(Buffer.from(zipSync({ 'word/document.xml': strToU8('<w/>') })))).toThrow(/has no content\.xml/);
    const deep = `${'<text:section>'.repeat(2500)}<text:p>x</text:p>${'</text:section>'.repeat(2500)}`;
    expect(() => readOpenDocument(odt({ body: deep }))).toThrow(/nests more than 2000 elements deep/);
  });
});
