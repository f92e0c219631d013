// OpenDocument text (.odt), as LibreOffice Writer saves a draft (and Google Docs exports one): the
// text as it shows (paragraphs, headings, lists, tables, frames' text, footnotes, then the headers and
// footers of its page styles; not tracked deletions or comments) and the pictures in it, laid out as
// a Word document is (paragraphs.ts). A comment "audit-ignore <rule>: <reason>" in a paragraph
// suppresses that rule there. The file's title, subject, keywords and comments (meta.xml) are read
// last (document-properties.ts).
import { maxImageBytes, maxPostBytes } from '../core/limits.js';
import { emptyParagraph, ParagraphLayout, UnreadableDocument, type DocumentParagraph, type LaidOutDocument } from './paragraphs.js';
import { shownDocumentProperties } from './document-properties.js';
import { contactAddress } from './parsed.js';
import { parseXml, xmlText, XmlRefused, type Namespaces } from './xml.js';
import { isMetafile } from './metafile.js';
import { readZipEntries, ZipError, type ZipEntry } from './zip-entries.js';

/** The OpenDocument namespaces this reader uses, under its prefixes. */
const ODF_NAMESPACES: Namespaces = {
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
  'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0': 'svg',
  'http://www.w3.org/1999/xlink': 'xlink',
};

const CONTENT = 'content.xml';
/** The page styles' headers and footers. */
const STYLES = 'styles.xml';
/** The file's title, subject, keywords and comments. */
const META = 'meta.xml';
const TEXT_TYPE = 'application/vnd.oasis.opendocument.text';
/** Drawings an office suite makes itself: vector pictures with no photo metadata. */
/** Elements whose content is not shown as the document's text. */
const HIDDEN = new Set(['text:tracked-changes', 'text:note-citation', 'office:annotation', 'text:sequence-decls', 'office:forms']);

/** Why a file named .odt could not be read as one. */
export class NotAnOpenDocument extends UnreadableDocument {}

export function readOpenDocument(bytes: Buffer): LaidOutDocument {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw new NotAnOpenDocument('not an OpenDocument text file (.odt is a zip file, and this is not one)');
  let entries: Map<string, ZipEntry>;
  try {
    entries = readZipEntries(bytes, (name) => name === 'mimetype' || name === CONTENT || name === STYLES || name === META || name.startsWith('Pictures/'), {
      entryBytes: (name) => (name.startsWith('Pictures/') ? maxImageBytes() : maxPostBytes()),
      totalBytes: maxImageBytes() + maxPostBytes(),
    });
  } catch (error) {
    if (error instanceof ZipError) throw new NotAnOpenDocument(error.message);
    throw error;
  }
  const mimetype = entries.get('mimetype');
  const type = mimetype && 'bytes' in mimetype ? mimetype.bytes.toString('latin1').trim() : undefined;
  if (type !== undefined && type !== TEXT_TYPE) throw new NotAnOpenDocument(`not a text document: it is ${type}`);
  const content = entries.get(CONTENT);
  if (!content) throw new NotAnOpenDocument('not an OpenDocument text file: it has no content.xml');
  if ('problem' in content) throw new NotAnOpenDocument(`its text (content.xml): ${content.problem}`);
  const styles = entries.get(STYLES);
  try {
    const reader = new OpenDocumentReader(entries);
    reader.readPart(xmlText(content.bytes));
    // Not XML, or XML of something else: no word processor opens it, and it passed as a post with no text.
    if (!reader.sawBody) throw new NotAnOpenDocument('its text (content.xml) holds no document body (office:body): it is damaged');
    if (styles && 'bytes' in styles) reader.readPart(xmlText(styles.bytes));
    const meta = entries.get(META);
    if (meta && 'problem' in meta) throw new NotAnOpenDocument(`its properties (meta.xml): ${meta.problem}`);
    return reader.finish(meta ? shownDocumentProperties(xmlText(meta.bytes)) : []);
  } catch (error) {
    if (error instanceof XmlRefused) throw new NotAnOpenDocument(error.message);
    throw error;
  }
}

interface Paragraph extends DocumentParagraph {
  /** Comments written in this paragraph: they apply to it. */
  comments: string[];
}

class OpenDocumentReader {
  /** Whether a part read had an office:body (content.xml has). */
  sawBody = false;
  private readonly layout: ParagraphLayout;
  private readonly open: Paragraph[] = [];
  private hiddenDepth = 0;
  /** A comment being read: its text (that of its paragraphs, not its author and date). */
  private comment: string | undefined;
  private commentParagraphs = 0;
  /** A frame being read: its pictures, and its description and title once they come. */
  private frame: { refs: { ref: string; external: boolean }[]; alt: string; title: string; reading?: 'alt' | 'title' } | undefined;
  /** The base64 of a picture held in the XML itself (office:binary-data), while it is read. */
  private binary: string[] | undefined;
  private held = 0;

  constructor(private readonly entries: Map<string, ZipEntry>) {
    this.layout = new ParagraphLayout((ref) => entries.get(ref));
  }

  readPart(xml: string): void {
    this.hiddenDepth = 0;
    parseXml(xml, {
      onopentag: (name, attributes) => this.openTag(name, attributes),
      onclosetag: (name) => this.closeTag(name),
      ontext: (text) => this.text(text),
    }, ODF_NAMESPACES);
    while (this.open.length > 0) this.endParagraph();
  }

  /** `properties`: the file's shown properties, laid out as its last lines. */
  finish(properties: DocumentParagraph[]): LaidOutDocument {
    for (const property of properties) this.layout.add(property);
    this.layout.addUnshown([...this.entries.keys()].filter((name) => name.startsWith('Pictures/') && !name.endsWith('/') && !isMetafile(name, this.entries.get(name))));
    return this.layout.finish();
  }

  private get paragraph(): Paragraph | undefined {
    return this.open[this.open.length - 1];
  }

  private append(text: string): void {
    const paragraph = this.paragraph;
    if (paragraph) paragraph.text += text;
  }

  private text(text: string): void {
    if (this.binary) {
      this.binary.push(text);
      return;
    }
    if (this.comment !== undefined) {
      if (this.commentParagraphs > 0) this.comment += text;
      return;
    }
    if (this.frame?.reading) {
      this.frame[this.frame.reading] += text;
      return;
    }
    // Runs of white space in OpenDocument text are one space; more are written as <text:s/>.
    if (this.hiddenDepth === 0) this.append(text.replace(/\s+/g, ' '));
  }

  private openTag(name: string, attributes: Record<string, string>): void {
    if (name === 'office:body') this.sawBody = true;
    if (name === 'office:annotation' && this.hiddenDepth === 0) this.comment = '';
    else if (this.comment !== undefined && name === 'text:p') {
      if (this.comment !== '') this.comment += '\n';
      this.commentParagraphs++;
    }
    if (HIDDEN.has(name)) this.hiddenDepth++;
    if (this.hiddenDepth > 0) return;
    switch (name) {
      case 'text:p':
      case 'text:h':
        this.open.push({ ...emptyParagraph(), kind: name === 'text:h' ? 'heading' : 'body', comments: [] });
        break;
      case 'text:s':
        this.append(' '.repeat(Math.min(Math.max(Number(attributes['text:c'] ?? 1) || 1, 1), 1000)));
        break;
      case 'text:tab':
        this.append('\t');
        break;
      case 'text:line-break':
        this.append(' ');
        break;
      case 'text:a': {
        const address = attributes['xlink:href'] ? contactAddress(attributes['xlink:href']) : undefined;
        if (address) this.paragraph?.links.push(address);
        break;
      }
      case 'draw:frame':
        this.frame = { refs: [], alt: '', title: '' };
        break;
      case 'draw:image': {
        const href = attributes['xlink:href'];
        if (this.frame && href && !isMetafile(href, this.entries.get(href.replace(/^\.\//, '')))) {
          const external = /^[a-z][a-z0-9+.-]*:|^\.\.\//i.test(href);
          this.frame.refs.push({ ref: external ? href : href.replace(/^\.\//, ''), external });
        }
        break;
      }
      case 'office:binary-data':
        // A picture written into the XML as base64 instead of a file in Pictures/ (the format allows
        // it; LibreOffice's flat files do it): it passed unread.
        if (this.frame) this.binary = [];
        break;
      case 'svg:desc':
      case 'svg:title':
        if (this.frame) this.frame.reading = name === 'svg:desc' ? 'alt' : 'title';
        break;
    }
  }

  private closeTag(name: string): void {
    if (name === 'office:binary-data' && this.binary && this.frame) {
      const ref = `picture ${++this.held} held in the document's text`;
      this.entries.set(ref, { bytes: Buffer.from(this.binary.join(''), 'base64'), compression: 0 });
      this.frame.refs.push({ ref, external: false });
      this.binary = undefined;
      return;
    }
    if (this.comment !== undefined && name === 'text:p') this.commentParagraphs--;
    if (name === 'office:annotation' && this.comment !== undefined && this.hiddenDepth === 1) {
      this.paragraph?.comments.push(this.comment);
      this.comment = undefined;
    }
    if (HIDDEN.has(name)) {
      this.hiddenDepth--;
      return;
    }
    if (this.hiddenDepth > 0) return;
    if (name === 'text:p' || name === 'text:h') this.endParagraph();
    else if ((name === 'svg:desc' || name === 'svg:title') && this.frame) this.frame.reading = undefined;
    else if (name === 'draw:frame' && this.frame) {
      const { refs, alt, title } = this.frame;
      for (const { ref, external } of refs) this.paragraph?.pictures.push({ ref, external, ...(alt.trim() ? { alt: alt.trim() } : {}), ...(title.trim() ? { title: title.trim() } : {}) });
      this.frame = undefined;
    }
  }

  private endParagraph(): void {
    const paragraph = this.open.pop()!;
    paragraph.text = paragraph.text.replace(/^ +| +$/g, '');
    const { start, end } = this.layout.add(paragraph);
    for (const comment of paragraph.comments) this.layout.comment(comment, start, end);
  }
}
