// Word documents (.docx): what is read of them and how a damaged or hostile one is refused.
import { deflateSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWordDocument, NotAWordDocument } from '../../src/load/docx.js';
import { chart, docx, para, picture, smartArt } from './word.js';
import { jpegBytes, lines } from './office-bytes.js';

/** An EMF drawing's header as Office writes it (record type 1, " EMF" at byte 40): a drawing, not a photo. */
const EMF = (() => {
  const b = Buffer.alloc(88);
  b.writeUInt32LE(1, 0);
  b.write(' EMF', 40, 'latin1');
  return b;
})();


describe('readWordDocument', () => {
  it('lays the text out a paragraph a line, with headings, table cells and text boxes as paragraphs', () => {
    const doc = readWordDocument(
      docx({
        body:
          para('Sports day', 'Heading1') +
          '<w:p><w:r><w:t>Well done </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Year 4</w:t></w:r><w:r><w:tab/><w:t>and</w:t><w:br/><w:t>Year 5!</w:t></w:r></w:p>' +
          '<w:tbl><w:tr><w:tc>' + para('Cell one') + '</w:tc><w:tc>' + para('Cell two') + '</w:tc></w:tr></w:tbl>' +
          '<w:p><w:r><w:t>Outer</w:t></w:r><w:r><w:pict><v:textbox><w:txbxContent>' + para('In a text box') + '</w:txbxContent></v:textbox></w:pict></w:r></w:p>' +
          para('A caption', 'Caption'),
      }),
    );
    expect(lines(doc.source)).toEqual(['Sports day', 'Well done Year 4\tand Year 5!', 'Cell one', 'Cell two', 'In a text box', 'Outer', 'A caption', '']);
    expect(doc.segments.map((s) => [s.kind, s.text])).toEqual([
      ['heading', 'Sports day'],
      ['body', 'Well done Year 4\tand Year 5!'],
      ['body', 'Cell one'],
      ['body', 'Cell two'],
      ['body', 'In a text box'],
      ['body', 'Outer'],
      ['caption', 'A caption'],
    ]);
    for (const segment of doc.segments) expect(doc.source.slice(segment.pieces[0]!.sourceStart, segment.pieces[0]!.sourceStart + segment.text.length)).toBe(segment.text);
  });

  it("reads the file's title, subject, keywords and comments (File › Info) as its last lines, not its author", () => {
    const core = (inner: string) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">${inner}</cp:coreProperties>`;
    const doc = readWordDocument(
      docx({
        body: para('Summer newsletter'),
        files: {
          'docProps/core.xml': core(
            '<dc:title>Isla M (Y3) behaviour plan</dc:title><dc:subject>Autumn</dc:subject><dc:creator>J Smith</dc:creator><cp:keywords>trip; Ella Hart</cp:keywords>' +
              '<dc:description>Call her dad on\n07700 900123</dc:description><cp:lastModifiedBy>K Jones</cp:lastModifiedBy><dcterms:created>2026-06-01T09:00:00Z</dcterms:created>',
          ),
        },
      }),
    );
    expect(lines(doc.source)).toEqual(['Summer newsletter', 'Title: Isla M (Y3) behaviour plan', 'Subject: Autumn', 'Keywords: trip; Ella Hart', 'Comments: Call her dad on 07700 900123', '']);
    // Any prefix bound to the namespaces reads the same; a file without the part has no such lines.
    const other = core('').replace(/xmlns:dc=/, 'xmlns:x=').replace('<cp:coreProperties', '<cp:coreProperties xmlns:dc="urn:nothing"');
    expect(lines(readWordDocument(docx({ body: para('News'), files: { 'docProps/core.xml': other.replace('</cp:coreProperties>', '<x:title>Our trip</x:title></cp:coreProperties>') } })).source)).toEqual(['News', 'Title: Our trip', '']);
    expect(lines(readWordDocument(docx({ body: para('News') })).source)).toEqual(['News', '']);
  });

  it('reads the words of SmartArt and charts, which Word draws from parts of their own (they went unread)', () => {
    const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
    const data = `<?xml version="1.0"?><dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" ${A}><dgm:ptLst>
      <dgm:pt modelId="1"><dgm:t><a:bodyPr/><a:p><a:r><a:t>School council</a:t></a:r></a:p></dgm:t></dgm:pt>
      <dgm:pt modelId="2"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Chair: </a:t></a:r><a:r><a:t>Amelia Smith</a:t></a:r></a:p><a:p><a:r><a:t>Ring 07700 900123</a:t></a:r></a:p></dgm:t></dgm:pt>
      <dgm:pt modelId="3" type="parTrans"/></dgm:ptLst></dgm:dataModel>`;
    const chartXml = `<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ${A}><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>House points</a:t></a:r></a:p></c:rich></c:tx></c:title>
      <c:plotArea><c:barChart><c:ser><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Points</c:v></c:pt></c:strCache></c:strRef></c:tx>
      <c:cat><c:strRef><c:f>Sheet1!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>Oscar Brown</c:v></c:pt><c:pt idx="1"><c:v>Freya Hill</c:v></c:pt></c:strCache></c:strRef></c:cat>
      <c:val><c:numRef><c:numCache><c:pt idx="0"><c:v>12</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`;
    const doc = readWordDocument(
      docx({
        body: para('Our news') + smartArt('rId7') + chart('rId8') + para('The end'),
        relationships: { rId7: ['diagrams/data1.xml'], rId8: ['charts/chart1.xml'] },
        files: { 'word/diagrams/data1.xml': data, 'word/charts/chart1.xml': chartXml },
      }),
    );
    expect(lines(doc.source)).toEqual(['Our news', 'School council', 'Chair: Amelia Smith', 'Ring 07700 900123', '', 'House points', 'Points', 'Oscar Brown', 'Freya Hill', '', 'The end', '']);
    // A SmartArt whose data part is missing shows nothing in Word either.
    expect(lines(readWordDocument(docx({ body: para('Our news') + smartArt('rId7'), relationships: { rId7: ['diagrams/data9.xml'] } })).source)).toEqual(['Our news', '', '']);
  });

  it('reads text as it shows: tracked insertions yes, deletions, moved-from text and field codes no', () => {
    const doc = readWordDocument(
      docx({
        body:
          '<w:p><w:r><w:t xml:space="preserve">Sam </w:t></w:r><w:del w:id="1"><w:r><w:delText>Jones </w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>won</w:t></w:r></w:ins>' +
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>!</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
          '<w:moveFrom w:id="3">' + para('Moved away') + '</w:moveFrom>' +
          '<w:p><w:r><w:t>Tom &amp; Jerry &lt;3</w:t></w:r></w:p>',
      }),
    );
    expect(lines(doc.source).slice(0, 2)).toEqual(['Sam won!', 'Tom & Jerry <3']);
  });

  it('puts each picture on its paragraph’s line, once (not again from the fallback copy), with its alt text read', () => {
    const doc = readWordDocument(
      docx({
        body: para('Our trip') + picture('rId5', 'Amelia on the beach') + picture('rId6') + picture('rId7'),
        relationships: { rId5: ['media/image1.jpeg'], rId6: ['https://example.org/photo.jpg', true], rId7: ['media/image2.emf'] },
        media: { 'image1.jpeg': jpegBytes, 'image2.emf': EMF },
      }),
    );
    expect(lines(doc.source)).toEqual(['Our trip', '[picture: image1.jpeg, "Amelia on the beach"]', '[picture: https://example.org/photo.jpg]', '', '']);
    expect(doc.pictures).toHaveLength(2);
    expect(doc.pictures[0]).toMatchObject({ ref: 'word/media/image1.jpeg', offset: 'Our trip\n'.length, inside: { bytes: jpegBytes } });
    expect(doc.pictures[1]).toMatchObject({ ref: 'https://example.org/photo.jpg' });
    expect(doc.pictures[1]!.inside).toBeUndefined();
    const alt = doc.segments.find((s) => s.kind === 'alt')!;
    expect(alt.text).toBe('Amelia on the beach');
    expect(doc.source.slice(alt.pieces[0]!.sourceStart).startsWith('Amelia on the beach"]')).toBe(true);
  });

  it('inspects pictures the document holds but does not show, and a picture whose link is missing, on a last line', () => {
    // A photo removed from the newsletter that Word kept in the package goes wherever the file goes.
    const orphan = readWordDocument(docx({ body: para('Our trip'), media: { 'image9.jpeg': jpegBytes, 'shape.emf': EMF } }));
    expect(lines(orphan.source)).toEqual(['Our trip', '[picture: image9.jpeg]', '']);
    expect(orphan.pictures).toHaveLength(1);
    expect(orphan.pictures[0]).toMatchObject({ ref: 'word/media/image9.jpeg', inside: { bytes: jpegBytes } });
    // The body points at rId10, which the relationships do not name: not held, so not inspected — said so.
    const dangling = readWordDocument(docx({ body: para('Our trip') + picture('rId10', 'On the beach'), media: { 'image1.jpeg': jpegBytes } }));
    expect(dangling.pictures.map((p) => p.ref)).toEqual(['word/media/(picture rId10)', 'word/media/image1.jpeg']);
    expect(dangling.pictures[0]!.inside).toEqual({ problem: 'the document names it but does not hold it' });
  });

  it('reads headers, footers and footnotes after the body, each part with its own pictures and links', () => {
    const doc = readWordDocument(
      docx({
        body: para('Body text') + picture('rId5'),
        relationships: { rId5: ['media/image1.jpeg'] },
        media: { 'image1.jpeg': jpegBytes, 'logo.png': jpegBytes },
        parts: {
          footer1: { body: para('Oakfield Primary, 1 School Lane') },
          header1: { body: para('Newsletter 12') + picture('rId1'), relationships: { rId1: ['media/logo.png'] } },
          footnotes: { body: '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote><w:footnote w:id="1">' + para('Ask Mrs Patel') + '</w:footnote><w:footnote w:type="normal" w:id="2">' + para('Typed normal') + '</w:footnote>' },
        },
      }),
    );
    expect(lines(doc.source)).toEqual(['Body text', '[picture: image1.jpeg]', 'Newsletter 12', '[picture: logo.png]', 'Ask Mrs Patel', 'Typed normal', 'Oakfield Primary, 1 School Lane', '']);
    expect(doc.pictures.map((p) => p.ref)).toEqual(['word/media/image1.jpeg', 'word/media/logo.png']);
  });

  it('says when a picture the document names is not in it', () => {
    const doc = readWordDocument(docx({ body: picture('rId5'), relationships: { rId5: ['media/image9.png'] } }));
    expect(doc.pictures[0]!.inside).toEqual({ problem: expect.stringMatching(/does not hold it/) });
  });

  it('reports a picture that unpacks past the photo limit as not inspected, and reads the rest', () => {
    const before = process.env.POST_AUDIT_MAX_IMAGE_MB;
    process.env.POST_AUDIT_MAX_IMAGE_MB = '1';
    try {
      const doc = readWordDocument(docx({ body: para('Text') + picture('rId5'), relationships: { rId5: ['media/image1.png'] }, media: { 'image1.png': new Uint8Array(2 * 1024 * 1024) } }));
      expect(doc.pictures[0]!.inside).toEqual({ problem: 'it unpacks to more than 1 MB, so it was not inspected' });
      expect(doc.segments.map((s) => s.text)).toEqual(['Text']);
    } finally {
      if (before === undefined) delete process.env.POST_AUDIT_MAX_IMAGE_MB;
      else process.env.POST_AUDIT_MAX_IMAGE_MB = before;
    }
  });

  it('reads the address of an e-mail or phone link, whatever its text says', () => {
    const doc = readWordDocument(
      docx({
        body: '<w:p><w:r><w:t xml:space="preserve">E-mail </w:t></w:r><w:hyperlink r:id="rId3"><w:r><w:t>Mrs Patel</w:t></w:r></w:hyperlink><w:hyperlink r:id="rId4"><w:r><w:t> our site</w:t></w:r></w:hyperlink></w:p>',
        relationships: { rId3: ['mailto:j.patel@gmail.com?subject=Trip', true], rId4: ['https://school.example', true] },
      }),
    );
    expect(lines(doc.source)[0]).toBe('E-mail Mrs Patel our site [link: j.patel@gmail.com]');
    const typed = readWordDocument(docx({ body: para('Photos at www.oakfield.sch.uk/gallery/07700900123 or e-mail jo@gmail.com') }));
    expect(typed.segments.map((s) => s.text)).toEqual(['Photos at  or e-mail jo@gmail.com']);
    expect(doc.segments.filter((s) => s.kind === 'link').map((s) => s.text)).toEqual(['j.patel@gmail.com']);
  });

  it('turns a Word comment "audit-ignore <rule>: <reason>" into a suppression over the passage it is on', () => {
    const doc = readWordDocument(
      docx({
        body: para('Before') + '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>A quoted poem</w:t></w:r></w:p>' + para('Its second verse') + '<w:p><w:r><w:t>End</w:t></w:r><w:commentRangeEnd w:id="0"/></w:p>' + '<w:p><w:commentRangeStart w:id="1"/><w:r><w:t>Other</w:t></w:r><w:commentRangeEnd w:id="1"/></w:p>',
        comments: { '0': 'audit-ignore text/derogatory: quoting a pupil’s anti-racism poem, approved by the Head', '1': 'Lovely photo!' },
      }),
    );
    const start = 'Before\n'.length;
    expect(doc.suppressions).toEqual([{ ruleId: 'text/derogatory', reason: 'quoting a pupil’s anti-racism poem, approved by the Head', start, end: doc.source.indexOf('End') + 3, offset: start }]);
  });

  it('an audit-ignore-file comment covers the whole document; a comment with no reason is kept for the rule that reports it', () => {
    const doc = readWordDocument(
      docx({
        body: '<w:p><w:commentRangeStart w:id="4"/><w:r><w:t>One</w:t></w:r><w:commentRangeEnd w:id="4"/></w:p>' + '<w:p><w:commentRangeStart w:id="5"/><w:r><w:t>Two</w:t></w:r><w:commentRangeEnd w:id="5"/></w:p>',
        comments: { '4': 'audit-ignore-file consent/unknown-name: the Head’s own children, with consent', '5': 'audit-ignore text/grievance' },
      }),
    );
    expect(doc.suppressions).toEqual([
      expect.objectContaining({ ruleId: 'consent/unknown-name', start: 0, end: doc.source.length }),
      expect.objectContaining({ ruleId: 'text/grievance', reason: '' }),
    ]);
  });

  it('refuses what is not a Word document, saying what to do', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(() => readWordDocument(ole)).toThrow(/old-style Word document \(\.doc\) or a password-protected one: save it as a Word Document \(\.docx\)/);
    expect(() => readWordDocument(Buffer.from('{\\rtf1 Hello}'))).toThrow(NotAWordDocument);
    expect(() => readWordDocument(Buffer.alloc(0))).toThrow(/not a Word document/);
    const spreadsheet = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }));
    expect(() => readWordDocument(spreadsheet)).toThrow(/has no word\/document\.xml \(is it a spreadsheet or presentation\?\)/);
  });

  it('refuses a zip cut short or damaged, never reading half a document as all of it', () => {
    const whole = docx({ body: para('Hello '.repeat(2000)) });
    for (const cut of [10, 40, Math.floor(whole.length / 2), whole.length - 30]) {
      let outcome: string;
      try {
        const doc = readWordDocument(whole.subarray(0, cut));
        outcome = doc.source.includes('Hello') ? 'read' : 'empty';
      } catch (error) {
        expect(error).toBeInstanceOf(NotAWordDocument);
        outcome = 'refused';
      }
      // The text ends before the cut or the file is refused: never a partial read passed off as whole.
      if (cut < whole.length - 30) expect(outcome).toBe('refused');
    }
  });

  it('never expands a DOCTYPE’s own entities ("billion laughs"): a document that declares any is refused (text written as one would go unchecked)', () => {
    let entities = '<!ENTITY a0 "lol">';
    for (let i = 1; i < 10; i++) entities += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [${entities}]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p><w:p><w:r><w:t>&amp;&#x41;</w:t></w:r></w:p></w:body></w:document>`;
    expect(() => readWordDocument(Buffer.from(zipSync({ 'word/document.xml': strToU8(xml) })))).toThrow(/declares entities \(<!ENTITY\), which the auditor does not expand/);
    const plain = `<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&amp;&#x41;</w:t></w:r></w:p></w:body></w:document>`;
    expect(readWordDocument(Buffer.from(zipSync({ 'word/document.xml': strToU8(plain) }))).source).toBe('&A\n');
  });

  it('refuses XML nested absurdly deep (the parser slows with depth) in one line, and reads real nesting', () => {
    const nest = (n: number) => '<w:p><w:r><w:pict><w:txbxContent>'.repeat(n) + para('deep') + '</w:txbxContent></w:pict></w:r></w:p>'.repeat(n);
    expect(() => readWordDocument(docx({ body: nest(3000) }))).toThrow(/its XML nests more than 2000 elements deep/);
    expect(lines(readWordDocument(docx({ body: nest(50) })).source)[0]).toBe('deep');
  });

  it('refuses a zip bomb, counting what it unpacks to rather than what it declares', () => {
    // The cap on a post's text, lowered to 1 MB so the test stays small.
    const before = process.env.POST_AUDIT_MAX_POST_MB;
    process.env.POST_AUDIT_MAX_POST_MB = '1';
    try {
      const xml = Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>${'a'.repeat(200)}</w:t></w:r></w:p>${' '.repeat(3 * 1024 * 1024)}</w:body></w:document>`);
      const bomb = zipWithDeclaredSize('word/document.xml', xml, 100);
      expect(bomb.length).toBeLessThan(20 * 1024);
      expect(() => readWordDocument(bomb)).toThrow(/its text \(word\/document\.xml\): it unpacks to more than 1 MB/);
    } finally {
      if (before === undefined) delete process.env.POST_AUDIT_MAX_POST_MB;
      else process.env.POST_AUDIT_MAX_POST_MB = before;
    }
  });
});

/** A one-entry zip whose headers declare `declared` bytes for what is really `data`. */
function zipWithDeclaredSize(name: string, data: Buffer, declared: number): Buffer {
  const compressed = deflateSync(data, { level: 9 }).subarray(2, -4); // raw deflate
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 14); // CRC left 0: the size is what is tested
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralAt = local.length + nameBytes.length + compressed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, nameBytes, compressed, central, nameBytes, end]);
}
