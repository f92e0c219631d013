// Bare web addresses are not prose: "bbc.co.uk/news/uk-07700900123" holds no phone number. Markdown
// leaves them out of a paragraph's text through markdown-it's linkify; plain text, HTML and Word
// documents leave them out here, found by the same linkify-it. E-mail addresses stay: they are published.
import type { TextSegment } from '../core/types.js';
import { withoutRanges } from '../core/position.js';
import { findLinks, mayHoldLink } from './linkify.js';
import { linkifier } from './markdown.js';

export function withoutWebAddresses(segment: TextSegment): TextSegment {
  if (!mayHoldLink(segment.text)) return segment;
  const links = findLinks(linkifier(), segment.text).filter((link) => !link.url.startsWith('mailto:'));
  if (links.length === 0) return segment;
  return withoutRanges(segment, links.map((link) => ({ start: link.index, end: link.lastIndex })));
}
