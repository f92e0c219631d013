// Office documents (Word, OpenDocument) laid out as a post's source: a paragraph a line, then its
// pictures as `[picture: name, "alt"]` and its e-mail and phone links as `[link: …]`, so that a
// finding's line is its paragraph and a picture's finding points at the paragraph holding it.
import path from 'node:path';
import { verbatimSegment } from '../core/position.js';
import type { SegmentKind, Suppression, TextSegment } from '../core/types.js';
import type { MediaReference } from './parsed.js';
import { findSuppressionComments, toSuppressions } from './suppressions.js';
import { withoutWebAddresses } from './web-addresses.js';
import type { ZipEntry } from './zip-entries.js';
import { pushAll } from '../core/arrays.js';

/** The end of an audit-ignore-file comment's range until the text's length is known. */
const WHOLE_FILE = Number.MAX_SAFE_INTEGER;

export interface DocumentParagraph {
  text: string;
  kind: SegmentKind;
  pictures: { ref: string; external: boolean; alt?: string; title?: string }[];
  /** E-mail and phone addresses its links go to (published, whatever the link's text says). */
  links: string[];
  /** Where its text is kept when the document does not show it as text (TextSegment.storedIn). */
  storedIn?: string;
}

export interface DocumentPicture extends MediaReference {
  /** The picture's bytes from inside the document, or why they could not be had (none when it is linked from outside). */
  inside?: ZipEntry;
}

export interface LaidOutDocument {
  source: string;
  segments: TextSegment[];
  pictures: DocumentPicture[];
  suppressions: Suppression[];
}

/** A file named as a document that cannot be read as one: the message says why, for the person who gave it. */
export class UnreadableDocument extends Error {}

export const emptyParagraph = (): DocumentParagraph => ({ text: '', kind: 'body', pictures: [], links: [] });

export class ParagraphLayout {
  private source = '';
  private readonly segments: TextSegment[] = [];
  private readonly pictures: DocumentPicture[] = [];
  private readonly suppressions: Suppression[] = [];

  /** `inside`: a picture's bytes by its path in the document's zip. */
  constructor(private readonly inside: (ref: string) => ZipEntry | undefined) {}

  /** Lays out a finished paragraph as the next line; where it is in the source. */
  add(paragraph: DocumentParagraph): { start: number; end: number } {
    const start = this.source.length;
    let line = paragraph.text;
    if (line.trim()) {
      const segment = withoutWebAddresses(verbatimSegment(paragraph.kind, line, start));
      if (paragraph.storedIn !== undefined) segment.storedIn = paragraph.storedIn;
      this.segments.push(segment);
    }
    for (const picture of paragraph.pictures) {
      const at = start + line.length + (line ? 1 : 0);
      line += `${line ? ' ' : ''}[picture: ${picture.external ? picture.ref : path.posix.basename(picture.ref)}`;
      if (picture.alt) {
        line += ', "';
        this.segments.push(verbatimSegment('alt', picture.alt, start + line.length, 'alt'));
        line += `${picture.alt}"`;
      }
      if (picture.title) {
        line += ', "';
        this.segments.push(verbatimSegment('caption', picture.title, start + line.length, 'title'));
        line += `${picture.title}"`;
      }
      line += ']';
      const inside = picture.external ? {} : { inside: this.inside(picture.ref) ?? { problem: 'the document names it but does not hold it' } };
      this.pictures.push({ ref: picture.ref, offset: at, medium: 'photo', ...inside });
    }
    for (const address of paragraph.links) {
      line += `${line ? ' ' : ''}[link: `;
      this.segments.push(verbatimSegment('link', address, start + line.length, 'href'));
      line += `${address}]`;
    }
    this.source += `${line}\n`;
    return { start, end: start + line.length };
  }

  /** A comment on the text from `start` to `end`: when it reads "audit-ignore <rule>: <reason>", that rule is suppressed there. */
  comment(text: string, start: number, end: number): void {
    if (!/^\s*audit-ignore/.test(text)) return;
    for (const parsed of findSuppressionComments(`<!--${text}-->`, start)) {
      pushAll(this.suppressions, toSuppressions(parsed, parsed.wholeFile ? 0 : start, parsed.wholeFile ? WHOLE_FILE : Math.max(end, start + 1)));
    }
  }

  /**
   * Pictures the package holds (`names`, its picture entries) that no line shows, laid out on a last
   * line of their own so they are inspected too: a document handed on or published as a file carries
   * them ("a photo deleted from the newsletter" that the editor kept in the package).
   */
  addUnshown(names: string[]): void {
    const shown = new Set(this.pictures.map((picture) => picture.ref));
    const unshown = names.filter((name) => !shown.has(name)).sort();
    if (unshown.length) this.add({ text: '', kind: 'body', pictures: unshown.map((ref) => ({ ref, external: false })), links: [] });
  }

  finish(): LaidOutDocument {
    for (const suppression of this.suppressions) if (suppression.end === WHOLE_FILE) suppression.end = this.source.length;
    return { source: this.source, segments: this.segments, pictures: this.pictures, suppressions: this.suppressions };
  }
}
