// Word documents (.docx), as a comms officer drafts a post: the text as it shows (the body's
// paragraphs, tables, text boxes, SmartArt and charts' words and links, then headers, footers, footnotes and endnotes; not
// deleted tracked changes, field codes or comments) and the pictures in it.
// The text is laid out a paragraph a line (paragraphs.ts); each picture is read from memory like a
// pasted one.
// A Word comment "audit-ignore <rule>: <reason>" on a passage suppresses that rule there. The file's
// title, subject, keywords and comments (docProps/core.xml) are read last (document-properties.ts).
import path from 'node:path';
import { maxImageBytes, maxPostBytes } from '../core/limits.js';
import { emptyParagraph, ParagraphLayout, UnreadableDocument, type DocumentParagraph, type DocumentPicture, type LaidOutDocument } from './paragraphs.js';
import { shownDocumentProperties } from './document-properties.js';
import { parseHtmlFragment } from './html.js';
import { contactAddress } from './parsed.js';
import { OFFICE_RELATIONSHIPS, parseXml, xmlText, XmlRefused, type Namespaces } from './xml.js';
import { isMetafile } from './metafile.js';
import { readZipEntries, ZipError, type ZipEntry } from './zip-entries.js';

/** WordprocessingML's namespaces (transitional and strict), under the prefixes this reader uses. */
const WORD_NAMESPACES: Namespaces = {
  ...OFFICE_RELATIONSHIPS,
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:office': 'o',
  'http://schemas.openxmlformats.org/drawingml/2006/diagram': 'dgm',
  'http://purl.oclc.org/ooxml/drawingml/diagram': 'dgm',
  'http://schemas.openxmlformats.org/drawingml/2006/chart': 'c',
  'http://purl.oclc.org/ooxml/drawingml/chart': 'c',
};

const DOCUMENT = 'word/document.xml';
const COMMENTS = 'word/comments.xml';
/** The file's title, subject, keywords and comments. */
const PROPERTIES = 'docProps/core.xml';
/** What Word shows besides the body, read after it: headers, footers, footnotes and endnotes. */
const MORE_PARTS = /^word\/(header\d*|footer\d*|footnotes|endnotes)\.xml$/;
const relationshipsOf = (part: string) => `word/_rels/${path.posix.basename(part)}.rels`;
/** Drawings Office makes itself (charts, shapes, clip art): vector pictures with no photo metadata. */

export type WordPicture = DocumentPicture;
export type WordDocument = LaidOutDocument;

/** Why a file named .docx could not be read as one (an old .doc, a password, a broken zip). */
export class NotAWordDocument extends UnreadableDocument {}

export function readWordDocument(bytes: Buffer): WordDocument {
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
    throw new NotAWordDocument('an old-style Word document (.doc) or a password-protected one: save it as a Word Document (.docx) without a password and audit that');
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw new NotAWordDocument('not a Word document (.docx is a zip file, and this is not one)');
  let entries: Map<string, ZipEntry>;
  try {
    entries = readZipEntries(bytes, (name) => name === DOCUMENT || name === COMMENTS || name === PROPERTIES || MORE_PARTS.test(name) || name.startsWith('word/_rels/') || name.startsWith('word/media/'), {
      entryBytes: (name) => (name.startsWith('word/media/') ? maxImageBytes() : maxPostBytes()),
      totalBytes: maxImageBytes() + maxPostBytes(),
    });
  } catch (error) {
    if (error instanceof ZipError) throw new NotAWordDocument(error.message);
    throw error;
  }
  const document = entries.get(DOCUMENT);
  if (!document) throw new NotAWordDocument('not a Word document: it has no word/document.xml (is it a spreadsheet or presentation?)');
  if ('problem' in document) throw new NotAWordDocument(`its text (word/document.xml): ${document.problem}`);
  // A part another part imports into the text (an altChunk), read when it is met.
  const imported = (name: string): ZipEntry | undefined => {
    try {
      return readZipEntries(bytes, (entry) => entry === name, { entryBytes: () => maxPostBytes(), totalBytes: maxPostBytes() }).get(name);
    } catch (error) {
      if (error instanceof ZipError) return { problem: error.message };
      throw error;
    }
  };
  try {
    return readParts(document.bytes, entries, imported);
  } catch (error) {
    if (error instanceof XmlRefused) throw new NotAWordDocument(error.message);
    throw error;
  }
}

/** The body, then the other parts Word shows, through one reader. */
function readParts(body: Buffer, entries: Map<string, ZipEntry>, imported: (name: string) => ZipEntry | undefined): WordDocument {
  const reader = new WordReader(readComments(xmlOf(entries.get(COMMENTS))), entries, imported);
  reader.readPart(xmlText(body), readRelationships(xmlOf(entries.get(relationshipsOf(DOCUMENT)))));
  // Not XML, or XML of something else: Word will not open it, and it passed as a post with no text.
  if (!reader.sawBody) throw new NotAWordDocument('its text (word/document.xml) holds no document body (w:body): it is damaged');
  const order = (name: string) => ['header', 'footnotes', 'endnotes', 'footer'].findIndex((kind) => name.startsWith(`word/${kind}`));
  const more = [...entries.keys()].filter((name) => MORE_PARTS.test(name)).sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'en', { numeric: true }));
  for (const part of more) {
    const entry = entries.get(part)!;
    if ('problem' in entry) throw new NotAWordDocument(`its ${part}: ${entry.problem}`);
    reader.readPart(xmlText(entry.bytes), readRelationships(xmlOf(entries.get(relationshipsOf(part)))));
  }
  const properties = entries.get(PROPERTIES);
  if (properties && 'problem' in properties) throw new NotAWordDocument(`its properties (${PROPERTIES}): ${properties.problem}`);
  return reader.finish(shownDocumentProperties(xmlOf(properties)));
}

function xmlOf(entry: ZipEntry | undefined): string {
  return entry && 'bytes' in entry ? xmlText(entry.bytes) : '';
}

interface Relationship {
  target: string;
  external: boolean;
}

function readRelationships(xml: string): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  parseXml(xml, {
    onopentag(name, attributes) {
      if (name !== 'Relationship' || !attributes.Id || !attributes.Target) return;
      const external = attributes.TargetMode === 'External';
      const target = external ? attributes.Target : path.posix.normalize(attributes.Target.startsWith('/') ? attributes.Target.slice(1) : `word/${attributes.Target}`);
      found.set(attributes.Id, { target, external });
    },
  }, WORD_NAMESPACES);
  return found;
}

/** Word comments by id: their text. */
function readComments(xml: string): Map<string, string> {
  const found = new Map<string, string>();
  let id: string | undefined;
  let inText = false;
  let text = '';
  parseXml(xml, {
    onopentag(name, attributes) {
      if (name === 'w:comment') {
        id = attributes['w:id'];
        text = '';
      } else if (name === 'w:t') inText = true;
      else if (name === 'w:p' && text !== '') text += '\n';
    },
    ontext(data) {
      if (inText && id !== undefined) text += data;
    },
    onclosetag(name) {
      if (name === 'w:t') inText = false;
      else if (name === 'w:comment' && id !== undefined) {
        found.set(id, text);
        id = undefined;
      }
    },
  }, WORD_NAMESPACES);
  return found;
}

interface Paragraph extends DocumentParagraph {
  comments: { starts: string[]; ends: string[] };
}

class WordReader {
  private readonly layout: ParagraphLayout;
  private readonly open: Paragraph[] = [];
  /** Comment ranges opened between paragraphs: they start with the next one. */
  private waitingStarts: string[] = [];
  private readonly commentStart = new Map<string, number>();
  private lastParagraphEnd = 0;
  private runDepth = 0;
  private textDepth = 0;
  /** Inside content that is not shown: a deleted tracked change, a fallback copy of a drawing. */
  private hiddenDepth = 0;
  private picture: { alt?: string; title?: string } = {};

  private relationships = new Map<string, Relationship>();
  /** Inside a footnote or endnote that is one of Word's separator lines: nothing of it shows as text. */
  private inTypedNote = false;
  /** Whether a part read had a w:body (the main document's has). */
  sawBody = false;

  constructor(
    private readonly comments: Map<string, string>,
    private readonly entries: Map<string, ZipEntry>,
    private readonly imported: (name: string) => ZipEntry | undefined,
  ) {
    this.layout = new ParagraphLayout((ref) => entries.get(ref));
  }

  /** Reads one part (the body, a header …), whose pictures and links its own relationships name. */
  readPart(xml: string, relationships: Map<string, Relationship>): void {
    this.relationships = relationships;
    this.runDepth = this.textDepth = this.hiddenDepth = 0;
    parseXml(xml, {
      onopentag: (name, attributes) => this.openTag(name, attributes),
      onclosetag: (name) => this.closeTag(name),
      ontext: (text) => {
        if (this.textDepth > 0 && this.hiddenDepth === 0) this.append(text);
      },
    }, WORD_NAMESPACES);
    while (this.open.length > 0) this.endParagraph();
  }

  /** `properties`: the file's shown properties, laid out as its last lines. */
  finish(properties: DocumentParagraph[]): WordDocument {
    for (const property of properties) this.layout.add(property);
    this.layout.addUnshown([...this.entries.keys()].filter((name) => name.startsWith('word/media/') && !isMetafile(name, this.entries.get(name))));
    return this.layout.finish();
  }

  private get paragraph(): Paragraph | undefined {
    return this.open[this.open.length - 1];
  }

  private append(text: string): void {
    const paragraph = this.paragraph;
    if (paragraph) paragraph.text += text.replace(/[\r\n]+/g, ' ');
  }

  private openTag(name: string, attributes: Record<string, string>): void {
    if (name === 'w:body') this.sawBody = true;
    const separatorNote = isNote(name) && (attributes['w:type'] ?? 'normal') !== 'normal';
    if (separatorNote) this.inTypedNote = true;
    if (name === 'w:del' || name === 'w:moveFrom' || name === 'mc:Fallback' || separatorNote) this.hiddenDepth++;
    if (this.hiddenDepth > 0) return;
    switch (name) {
      case 'w:p':
        this.open.push({ ...emptyParagraph(), comments: { starts: this.waitingStarts, ends: [] } });
        this.waitingStarts = [];
        break;
      case 'w:pStyle': {
        const style = attributes['w:val'] ?? '';
        if (this.paragraph && /^(heading\s?\d|title|subtitle)$/i.test(style)) this.paragraph.kind = 'heading';
        else if (this.paragraph && /^caption$/i.test(style)) this.paragraph.kind = 'caption';
        break;
      }
      case 'w:r':
        this.runDepth++;
        break;
      case 'w:t':
        this.textDepth++;
        break;
      case 'w:tab':
        if (this.runDepth > 0) this.append('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (this.runDepth > 0) this.append(' ');
        break;
      case 'w:noBreakHyphen':
        this.append('-');
        break;
      case 'w:hyperlink': {
        const target = attributes['r:id'] && this.relationships.get(attributes['r:id']);
        const address = target && target.external ? contactAddress(target.target) : undefined;
        if (address) this.paragraph?.links.push(address);
        break;
      }
      case 'wp:docPr':
        this.picture = { ...(attributes.descr ? { alt: attributes.descr } : {}), ...(attributes.title ? { title: attributes.title } : {}) };
        break;
      case 'a:blip':
        this.addPicture(attributes['r:embed'] ?? attributes['r:link']);
        break;
      case 'v:imagedata':
        if (attributes['o:title']) this.picture = { alt: attributes['o:title'] };
        this.addPicture(attributes['r:id']);
        break;
      case 'w:altChunk':
        this.importChunk(attributes['r:id']);
        break;
      // SmartArt and charts keep their words in parts of their own, which Word draws into the page.
      case 'dgm:relIds':
        if (this.hiddenDepth === 0) this.importDrawingText(attributes['r:dm'], 'SmartArt');
        break;
      case 'c:chart':
        if (this.hiddenDepth === 0) this.importDrawingText(attributes['r:id'], 'chart');
        break;
      case 'w:commentRangeStart':
        if (attributes['w:id'] !== undefined) (this.paragraph?.comments.starts ?? this.waitingStarts).push(attributes['w:id']);
        break;
      case 'w:commentRangeEnd':
        if (attributes['w:id'] !== undefined) {
          if (this.paragraph) this.paragraph.comments.ends.push(attributes['w:id']);
          else this.endComment(attributes['w:id'], this.lastParagraphEnd);
        }
        break;
    }
  }

  private closeTag(name: string): void {
    if (name === 'w:del' || name === 'w:moveFrom' || name === 'mc:Fallback' || (isNote(name) && this.inTypedNote)) {
      this.hiddenDepth--;
      this.inTypedNote = false;
      return;
    }
    if (this.hiddenDepth > 0) return;
    if (name === 'w:p') this.endParagraph();
    else if (name === 'w:r') this.runDepth--;
    else if (name === 'w:t') this.textDepth--;
  }

  private addPicture(id: string | undefined): void {
    const relationship = id === undefined ? undefined : this.relationships.get(id);
    if (relationship && !isMetafile(relationship.target, this.entries.get(relationship.target))) {
      this.paragraph?.pictures.push({ ref: relationship.target, external: relationship.external, ...this.picture });
    } else if (id !== undefined && !relationship) {
      // A picture whose link is missing: named, but not held where the document says (fail closed).
      this.paragraph?.pictures.push({ ref: `word/media/(picture ${id})`, external: false, ...this.picture });
    }
    this.picture = {};
  }

  /**
   * An altChunk: another file whose content Word imports into the text where it stands (HTML, plain
   * text, RTF, MHT or another document, as web editors and document generators write them). Its text
   * shows in Word as the document's own, and went unread: a plain-text or HTML chunk is read here, a
   * paragraph a line; any other, or HTML that shows pictures, makes the document unreadable.
   */
  private importChunk(id: string | undefined): void {
    const relationship = id === undefined ? undefined : this.relationships.get(id);
    const name = relationship?.target ?? `(altChunk ${id ?? 'with no id'})`;
    const refuse = (why: string) => {
      throw new NotAWordDocument(`it imports ${name} into its text (an altChunk), ${why}: save the document again in Word (which merges it into the text) and audit that`);
    };
    if (!relationship || relationship.external) refuse('which it does not hold');
    const entry = this.imported(name);
    if (!entry) refuse('which it does not hold');
    if ('problem' in entry!) refuse(`which could not be read (${entry!.problem})`);
    const text = xmlText((entry as { bytes: Buffer }).bytes);
    let lines: string[];
    if (/\.txt$/i.test(name)) lines = text.split(/\r\n|\r|\n/);
    else if (/\.(html?|xhtml)$/i.test(name)) {
      const body = parseHtmlFragment(text);
      if (body.media.length > 0) refuse('HTML that shows pictures the auditor does not read from there');
      lines = body.segments.map((segment) => segment.text);
    } else return refuse('a kind of file the auditor does not read');
    for (const line of lines) {
      if (line.trim() === '') continue;
      this.open.push({ ...emptyParagraph(), text: line.replace(/[\r\n]+/g, ' '), comments: { starts: [], ends: [] } });
      this.endParagraph();
    }
  }

  /**
   * The words of a SmartArt graphic (its data part) or a chart (its titles and the labels it shows):
   * Word draws them on the page from a part of their own, and they went unread. A paragraph each.
   */
  private importDrawingText(id: string | undefined, kind: 'SmartArt' | 'chart'): void {
    const relationship = id === undefined ? undefined : this.relationships.get(id);
    if (!relationship || relationship.external) return; // nothing Word could draw either
    const entry = this.imported(relationship.target);
    if (!entry) return;
    if ('problem' in entry) throw new NotAWordDocument(`its ${kind} (${relationship.target}) could not be read: ${entry.problem}`);
    for (const line of drawingText(xmlText(entry.bytes))) {
      this.open.push({ ...emptyParagraph(), text: line, comments: { starts: [], ends: [] } });
      this.endParagraph();
    }
  }

  private endParagraph(): void {
    const paragraph = this.open.pop()!;
    const { start, end } = this.layout.add(paragraph);
    this.lastParagraphEnd = end;
    for (const id of paragraph.comments.starts) this.commentStart.set(id, start);
    for (const id of paragraph.comments.ends) this.endComment(id, end);
  }

  private endComment(id: string, end: number): void {
    const text = this.comments.get(id);
    if (text) this.layout.comment(text, this.commentStart.get(id) ?? end, end);
  }
}

/** The lines of text in a DrawingML part: each a:p's runs, and each label a chart caches (c:strCache's c:v). */
function drawingText(xml: string): string[] {
  const lines: string[] = [];
  let line: string | undefined;
  let inText = 0;
  let inLabels = 0;
  parseXml(xml, {
    onopentag(name) {
      if (name === 'a:p') line = '';
      else if (name === 'a:t') inText++;
      else if (name === 'c:strCache') inLabels++;
      else if (name === 'c:v' && inLabels > 0) line = '';
    },
    ontext(text) {
      if (line !== undefined && (inText > 0 || inLabels > 0)) line += text;
    },
    onclosetag(name) {
      if (name === 'a:t') inText--;
      else if (name === 'c:strCache') inLabels--;
      if ((name === 'a:p' || (name === 'c:v' && inLabels > 0)) && line !== undefined) {
        if (line.trim() !== '') lines.push(line.replace(/\s+/g, ' ').trim());
        line = undefined;
      }
    },
  }, WORD_NAMESPACES);
  return lines;
}

function isNote(name: string): boolean {
  return name === 'w:footnote' || name === 'w:endnote';
}

