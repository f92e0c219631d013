// The properties an office document carries that anyone given the file can read (File › Info in Word,
// File › Properties in LibreOffice, a file browser's details pane): its title, subject, keywords and
// comments. A newsletter uploaded as it was saved publishes them with it, and they are often left from an
// earlier use of the file ("Isla M (Y3) — behaviour plan"). Read as the document's last lines, "Title: …",
// as a PDF's are (pdf.ts), each saying where it is kept. The author and who saved it last are not read:
// staff names, not the post's words.
import { emptyParagraph, type DocumentParagraph } from './paragraphs.js';
import { parseXml, type Namespaces } from './xml.js';

const PROPERTY_NAMESPACES: Namespaces = {
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'urn:oasis:names:tc:opendocument:xmlns:meta:1.0': 'meta',
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
};

/** Each shown property's elements (Word's core.xml, an OpenDocument's meta.xml), under the label a reader sees. */
const SHOWN: ReadonlyMap<string, string> = new Map([
  ['dc:title', 'Title'],
  ['dc:subject', 'Subject'],
  ['cp:keywords', 'Keywords'],
  ['meta:keyword', 'Keywords'],
  ['dc:description', 'Comments'],
]);
const ORDER = ['Title', 'Subject', 'Keywords', 'Comments'];
/** A property longer than this is read to here (as a PDF's are). */
const MAX_LENGTH = 2000;

/** The shown properties of a document's property part, as paragraphs "Title: …". */
export function shownDocumentProperties(xml: string): DocumentParagraph[] {
  const values = new Map<string, string[]>();
  let reading: string[] | undefined;
  parseXml(xml, {
    onopentag(name) {
      const label = SHOWN.get(name);
      if (!label) return;
      let list = values.get(label);
      if (!list) values.set(label, (list = []));
      list.push('');
      reading = list;
    },
    onclosetag(name) {
      if (SHOWN.has(name)) reading = undefined;
    },
    ontext(text) {
      if (reading) reading[reading.length - 1] += text;
    },
  }, PROPERTY_NAMESPACES);
  const shown: DocumentParagraph[] = [];
  for (const label of ORDER) {
    const value = (values.get(label) ?? []).map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean).join(', ');
    if (value) shown.push(propertyParagraph(label, value, 'document'));
  }
  return shown;
}

/** A property as the document's line "Title: …", kept in its properties. */
export function propertyParagraph(label: string, value: string, owner: 'document' | 'PDF'): DocumentParagraph {
  return { ...emptyParagraph(), text: `${label}: ${value.slice(0, MAX_LENGTH)}`, storedIn: `the ${owner}'s ${label} property` };
}
