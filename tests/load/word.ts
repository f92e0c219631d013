// Builds small Word documents (.docx) for tests: the parts Word itself writes, with the body given
// as WordprocessingML paragraphs.
import { strToU8, zipSync, type Zippable } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const IMAGE_REL = `${R}/image`;
const HYPERLINK_REL = `${R}/hyperlink`;

/** A paragraph of plain runs; `style` as Word names it ("Heading1", "Caption"). */
export const para = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;

/** A picture as Word 2010+ writes it, with the VML fallback older Word reads. */
export const picture = (relId: string, alt = '') =>
  `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1"${alt ? ` descr="${escape(alt)}"` : ''}/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="${relId}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:imagedata r:id="${relId}" o:title=""/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;

/** A SmartArt graphic as Word writes one: its words are in the data part `relId` names. */
export const smartArt = (relId: string) =>
  `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="2" name="Diagram 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds r:dm="${relId}" r:lo="${relId}lo" r:qs="${relId}qs" r:cs="${relId}cs"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

/** A chart as Word writes one: its titles and labels are in the chart part `relId` names. */
export const chart = (relId: string) =>
  `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="3" name="Chart 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="${relId}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

export interface WordParts {
  body: string;
  /** Relationship id → [target, external?]. */
  relationships?: Record<string, [string, boolean?]>;
  media?: Record<string, Uint8Array>;
  comments?: Record<string, string>;
  /** Other parts ("header1", "footer1", "footnotes"): their body XML, and their own relationships. */
  parts?: Record<string, { body: string; relationships?: Record<string, [string, boolean?]> }>;
  /** Files written as given, by their path in the package ("word/diagrams/data1.xml"). */
  files?: Record<string, string>;
}

export function docx(parts: WordParts): Buffer {
  const relationshipsXml = (relationships: Record<string, [string, boolean?]>) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Object.entries(relationships)
      .map(([id, [target, external]]) => `<Relationship Id="${id}" Type="${/^(mailto|tel|https?):/.test(target) ? HYPERLINK_REL : IMAGE_REL}" Target="${escape(target)}"${external ? ' TargetMode="External"' : ''}/>`)
      .join('')}</Relationships>`;
  const files: Zippable = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
    ),
    'word/_rels/document.xml.rels': strToU8(relationshipsXml(parts.relationships ?? {})),
  };
  for (const [name, part] of Object.entries(parts.parts ?? {})) {
    const root = name.startsWith('foot') && name.endsWith('notes') ? 'w:footnotes' : name.startsWith('header') ? 'w:hdr' : 'w:ftr';
    files[`word/${name}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${root} xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${part.body}</${root}>`);
    if (part.relationships) files[`word/_rels/${name}.xml.rels`] = strToU8(relationshipsXml(part.relationships));
  }
  if (parts.comments) {
    const comments = Object.entries(parts.comments)
      .map(([id, text]) => `<w:comment w:id="${id}" w:author="Head"><w:p><w:r><w:t>${escape(text)}</w:t></w:r></w:p></w:comment>`)
      .join('');
    files['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">${comments}</w:comments>`);
  }
  for (const [name, bytes] of Object.entries(parts.media ?? {})) files[`word/media/${name}`] = [bytes, { level: 0 }];
  for (const [name, text] of Object.entries(parts.files ?? {})) files[name] = strToU8(text);
  return Buffer.from(zipSync(files));
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
