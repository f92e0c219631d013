// Builds small OpenDocument text files (.odt) for tests, laid out as LibreOffice writes them: the
// mimetype first and stored, content.xml with the body, styles.xml with the page style's header.
import { strToU8, zipSync, type Zippable } from 'fflate';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(' ');

/** `meta`: the file's properties (office:meta's children), as meta.xml holds them. */
export function odt(parts: { body: string; header?: string; pictures?: Record<string, Uint8Array>; mimetype?: string; meta?: string }): Buffer {
  const files: Zippable = {
    mimetype: [strToU8(parts.mimetype ?? 'application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>${parts.body}</office:text></office:body></office:document-content>`),
  };
  if (parts.header) {
    files['styles.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS}><office:master-styles><style:master-page style:name="Standard"><style:header>${parts.header}</style:header></style:master-page></office:master-styles></office:document-styles>`,
    );
  }
  if (parts.meta !== undefined) {
    files['meta.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${NS} xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta>${parts.meta}</office:meta></office:document-meta>`);
  }
  for (const [name, bytes] of Object.entries(parts.pictures ?? {})) files[`Pictures/${name}`] = [bytes, { level: 0 }];
  return Buffer.from(zipSync(files));
}

/** A picture in a frame, as Writer anchors one in a paragraph. */
export const frame = (href: string, alt = '', title = '') =>
  `<draw:frame draw:name="Image1" text:anchor-type="as-char"><draw:image xlink:href="${href}"/>${title ? `<svg:title>${title}</svg:title>` : ''}${alt ? `<svg:desc>${alt}</svg:desc>` : ''}</draw:frame>`;
