// HTML posts (and HTML inside Markdown): visible text by block, alt text, captions, <img>/<video>.
import { Parser } from 'htmlparser2';
import { UsageError } from '../core/errors.js';
import { SegmentBuilder, verbatimSegment } from '../core/position.js';
import type { Suppression, TextSegment } from '../core/types.js';
import { appendAligned } from './align.js';
import { contactAddress, isLocalMediaLink, SHOWN_ATTRIBUTES, type MediaReference, type PageLink, type ParsedBody } from './parsed.js';
import { findSuppressionComments, toSuppressions } from './suppressions.js';
import { withoutWebAddresses } from './web-addresses.js';
import { VIDEO_EXTENSIONS, hasMediaExtension, urlExtension } from '../images/format.js';
import { pushAll } from '../core/arrays.js';

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'br', 'hr',
  'title', 'body', 'html', 'head', 'form', 'address',
]);
const CELLS = new Set(['td', 'th']);
/** Where lazy-loading scripts keep the picture until it is shown (data-src, a-lazy-src, jQuery lazyload's data-original). */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original'];
const SHOWN_META = /^(?:description|(?:og|twitter):(?:title|description|image:alt))$/i;
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
// Not shown as text: scripts, style sheets, code, formulas. A drawing's (<svg>) text, title and
// description are shown or read aloud, and so is what <noscript> and <template> hold once it is placed.
const SKIP_TEXT = new Set(['script', 'style', 'code', 'pre', 'math']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title']);

/** Elements that are never closed, or closed by the next of their kind: they do not nest. */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
/** Deeper than any real post; the HTML parser slows down quadratically with depth past this. */
export const MAX_HTML_DEPTH = 2000;

/** How deep the elements nest (a linear estimate from the tags alone). */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g)) {
    if (NOT_NESTING.has(match[2]!.toLowerCase()) || match[3]) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** Parses HTML whose first character is at `base` in the post source. */
export function parseHtmlFragment(html: string, base = 0): ParsedBody {
  const depth = html.length > MAX_HTML_DEPTH * 3 ? htmlDepth(html) : 0;
  if (depth > MAX_HTML_DEPTH) {
    throw new UsageError(`the HTML nests ${depth} elements deep, more than the ${MAX_HTML_DEPTH} the auditor reads`);
  }
  const segments: TextSegment[] = [];
  const media: MediaReference[] = [];
  const links: PageLink[] = [];
  const suppressions: Suppression[] = [];
  const pendingComments: ReturnType<typeof findSuppressionComments> = [];
  let skipDepth = 0;
  let styleDepth = 0;
  // A <script type="application/ld+json"> being read: the text so far, and where it starts.
  let linkedData: { text: string; start: number } | undefined;
  let kind: TextSegment['kind'] = 'body';
  let builder = new SegmentBuilder('body');
  let blockStart = base;
  // A table row is one segment, its cells joined by " | " (as in Markdown): "<tr><td>Maisie T</td><td>ADHD</td></tr>" (miss33).
  let inRow = false;

  const flush = (end: number) => {
    if (!builder.isEmpty) {
      const segment = withoutWebAddresses(builder.build());
      segments.push(segment);
      const first = segment.pieces[0]?.sourceStart ?? blockStart;
      for (const comment of pendingComments.splice(0)) pushAll(suppressions, toSuppressions(comment, first, end));
    }
    builder = new SegmentBuilder(kind);
    blockStart = end;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const tagStart = base + parser.startIndex;
        const tagSource = html.slice(parser.startIndex, parser.endIndex + 1);
        if (inRow && CELLS.has(name)) {
          builder.separator(' | ');
        } else if (BLOCK.has(name)) {
          flush(tagStart);
          kind = HEADINGS.has(name) ? 'heading' : name === 'figcaption' ? 'caption' : 'body';
          builder = new SegmentBuilder(kind);
          inRow = name === 'tr';
        }
        if (SKIP_TEXT.has(name)) skipDepth++;
        if (name === 'style') styleDepth++;
        if (name === 'script' && /^application\/ld\+json$/i.test(attributes.type?.trim() ?? '')) linkedData = { text: '', start: base + parser.endIndex + 1 };
        const attr = (key: string) => {
          const value = attributes[key];
          if (!value) return;
          const at = tagSource.indexOf(value);
          return { value, offset: at === -1 ? tagStart : tagStart + at };
        };
        if (name === 'a') {
          // A mailto: or tel: link publishes its address whatever its text says.
          const href = attr('href');
          const address = href && contactAddress(href.value);
          if (href && address) {
            const at = href.value.indexOf(address);
            segments.push(verbatimSegment('link', address, at === -1 ? href.offset : href.offset + at, 'href'));
          } else if (href && !isLocalMediaLink(href.value)) links.push({ href: href.value, offset: href.offset });
        }
        const shownAt = tagLocator(tagSource, tagStart);
        for (const reference of shownFiles(name, attributes)) media.push({ ...reference, offset: shownAt(reference.ref) });
        if (name === 'img' || name === 'video' || name === 'source' || name === 'audio') {
          const src = attr('src');
          if (src && name !== 'audio') media.push({ ref: src.value, offset: src.offset, medium: name === 'video' ? 'video' : mediumOf(name) });
          // A lazy-loaded picture (WordPress plugins, lazysizes): a script puts data-src in src once it scrolls into view.
          for (const key of LAZY_SRC) {
            const lazy = attr(key);
            if (lazy) media.push({ ref: lazy.value, offset: lazy.offset, medium: name === 'video' ? 'video' : 'photo' });
          }
          // Every candidate of a srcset: a browser picks one by the screen (a phone's 2x photo over src).
          const candidateAt = tagLocator(tagSource, tagStart);
          for (const ref of [...srcsetUrls(attributes.srcset ?? ''), ...LAZY_SRCSET.flatMap((key) => srcsetUrls(attributes[key] ?? ''))]) {
            media.push({ ref, offset: candidateAt(ref), medium: 'photo' });
          }
          const poster = attr('poster');
          if (poster) media.push({ ref: poster.value, offset: poster.offset, medium: 'photo' });
          const alt = attr('alt');
          if (alt) segments.push(verbatimSegment('alt', alt.value, alt.offset, 'alt'));
        }
        // Shown on hover, or read aloud by a screen reader, on any element: a link's or an
        // abbreviation's title, a button's label.
        for (const key of SHOWN_ATTRIBUTES) {
          const shown = attr(key);
          if (shown) segments.push(verbatimSegment('caption', shown.value, shown.offset, key));
        }
        // What a search result or a shared link's card shows: the page's description and its
        // Open Graph / Twitter title, description and picture text.
        if (name === 'meta' && SHOWN_META.test(attributes.name ?? attributes.property ?? '')) {
          const content = attr('content');
          if (content) segments.push(verbatimSegment('caption', content.value, content.offset, attributes.name ?? attributes.property));
        }
      },
      onclosetag(name) {
        if (SKIP_TEXT.has(name) && skipDepth > 0) skipDepth--;
        if (name === 'style' && styleDepth > 0) styleDepth--;
        if (name === 'script' && linkedData) {
          for (const ref of linkedDataImages(linkedData.text)) media.push({ ref, offset: linkedData.start + Math.max(0, linkedData.text.indexOf(ref)), medium: 'photo' });
          linkedData = undefined;
        }
        if (inRow && CELLS.has(name)) return;
        if (BLOCK.has(name)) {
          flush(base + parser.endIndex + 1);
          kind = 'body';
          builder = new SegmentBuilder(kind);
          inRow = false;
        }
      },
      ontext(text) {
        if (linkedData && linkedData.text.length < MAX_LINKED_DATA) linkedData.text += text;
        // A <style> sheet's backgrounds are pictures the page shows, as a style attribute's are.
        if (styleDepth > 0) for (const ref of cssUrls(text)) media.push({ ref, offset: base + parser.startIndex + Math.max(0, text.indexOf(ref)), medium: 'photo' });
        if (skipDepth > 0) return;
        appendAligned(builder, text, html, parser.startIndex, parser.endIndex + 1, base);
      },
      oncomment(data) {
        const start = base + parser.startIndex;
        pushAll(pendingComments, findSuppressionComments(`<!--${data}-->`, start));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush(base + html.length);
  // Comments with nothing after them in this fragment are handed to the caller (Markdown applies
  // them to the next block).
  for (const comment of pendingComments) pushAll(suppressions, toSuppressions(comment, comment.end, comment.end));
  return { segments, media, suppressions, links };
}

/**
 * Pictures and videos a page shows or hands out other than by <img>/<video>/<source>: an SVG
 * <image>, an <input type="image">, an <embed> or <object> of a photo, a background in a style
 * attribute, the picture a share of the page shows (og:image, twitter:image), and a link to a photo
 * beside the post (published with it: "see the full-size photo"). Each was passed uninspected.
 */
/** Elements whose src is read elsewhere (img, video, source, audio above) or is no picture of the post (script, track). */
const HANDLED_SRC = new Set(['img', 'video', 'source', 'audio', 'script', 'track']);

function shownFiles(name: string, attributes: Record<string, string>): Omit<MediaReference, 'offset'>[] {
  const found: Omit<MediaReference, 'offset'>[] = [];
  const add = (ref: string | undefined, onlyMedia: boolean) => {
    const value = ref?.trim();
    // A JSX expression ("{trip}" in MDX) names an import, read as one (post.ts).
    if (value && !value.startsWith('{') && (!onlyMedia || hasMediaExtension(value))) found.push({ ref: value, medium: VIDEO_EXTENSIONS.has(urlExtension(value)) ? 'video' : 'photo' });
  };
  // SVG's <image href>, and an <Image src> component (MDX, Astro, Next.js: HTML names are read lower-case).
  if (name === 'image') add(attributes.href ?? attributes['xlink:href'] ?? attributes.src, false);
  else if (name === 'input' && attributes.type?.toLowerCase() === 'image') add(attributes.src, false);
  else if (name === 'embed') add(attributes.src, true);
  else if (name === 'object') add(attributes.data, true);
  else if (name === 'meta' && /^(?:og:image(?::url|:secure_url)?|twitter:image(?::src)?)$/i.test(attributes.property ?? attributes.name ?? '')) add(attributes.content, false);
  else if (name === 'a' && isLocalMediaLink(attributes.href ?? '')) add(attributes.href, true);
  // A <link> that hands out a picture of the post (image_src, a preloaded image: not the site's icons),
  // and a photo framed by an <iframe>.
  else if (name === 'link' && /^(?:image_src|preload)$/i.test(attributes.rel?.trim() ?? '') && isLocalMediaLink(attributes.href ?? '')) add(attributes.href, true);
  else if (name === 'iframe' && isLocalMediaLink(attributes.src ?? '')) add(attributes.src, true);
  // Any other element showing a photo by its src: a component (`<Figure src="trip.jpg">` in MDX,
  // Astro, Vue) or a custom element (`<amp-img>`).
  else if (!HANDLED_SRC.has(name) && attributes.src !== undefined) add(attributes.src, true);
  for (const ref of cssUrls(attributes.style ?? '')) add(ref, true);
  return found;
}

/**
 * The url(…) references of CSS (a style attribute or a <style> sheet) that name a photo or video, and
 * the strings of an image-set(…), with CSS escapes undone ("p\\2e jpg" is p.jpg): both passed unread.
 */
function cssUrls(css: string): string[] {
  if (!/url\(|image-set\(/i.test(css)) return [];
  const refs = [...css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)].map((match) => match[2]!);
  for (const set of css.matchAll(/image-set\(/gi)) pushAll(refs, quotedStrings(css, set.index + set[0].length));
  return refs.map((ref) => unescapeCss(ref).trim()).filter((ref) => ref !== '' && hasMediaExtension(ref));
}

/** The quoted strings from `from` to the ")" closing the function it is inside. */
function quotedStrings(css: string, from: number): string[] {
  const strings: string[] = [];
  let depth = 1;
  for (let i = from; i < css.length && depth > 0; i++) {
    const c = css[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '"' || c === "'") {
      let end = i + 1;
      while (end < css.length && css[end] !== c) end += css[end] === '\\' ? 2 : 1;
      strings.push(css.slice(i + 1, end));
      i = end;
    }
  }
  return strings;
}

/** CSS escapes: a backslash and up to six hex digits (and one space after), or a backslash and a character. */
function unescapeCss(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\([0-9a-f]{1,6})[ \t\n\r\f]?|\\([^\n0-9a-f])/gi, (_, hex: string | undefined, character: string | undefined) => {
    if (character !== undefined) return character;
    const code = parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** JSON-LD past this is not read for pictures (a page's structured data is a few kilobytes). */
const MAX_LINKED_DATA = 1_000_000;
const LINKED_DATA_IMAGE_KEYS = new Set(['image', 'thumbnailurl', 'contenturl', 'primaryimageofpage']);

/**
 * The pictures a page's structured data (JSON-LD) names: "image", "thumbnailUrl", "contentUrl" —
 * what a search result shows beside the page, as og:image is for a shared link (it passed unread).
 * Structured data that is not valid JSON is ignored, as search engines ignore it.
 */
function linkedDataImages(text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const found: string[] = [];
  const visit = (value: unknown, depth: number, underImageKey: boolean) => {
    if (depth > 32 || found.length >= 1000) return;
    if (typeof value === 'string') {
      if (underImageKey && hasMediaExtension(value.trim())) found.push(value.trim());
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1, underImageKey);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, depth + 1, LINKED_DATA_IMAGE_KEYS.has(key.toLowerCase()) || (underImageKey && key === 'url'));
    }
  };
  visit(data, 0, false);
  return found;
}

/** The URLs of a srcset ("a.jpg 1x, b.jpg 2x"), parsed as the HTML standard does: a URL may hold commas (data:). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    const start = i;
    while (i < srcset.length && !/\s/.test(srcset[i]!)) i++;
    let url = srcset.slice(start, i);
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      // Descriptors ("2x", "640w") up to the next comma outside brackets.
      let depth = 0;
      while (i < srcset.length && (srcset[i] !== ',' || depth > 0)) {
        if (srcset[i] === '(') depth++;
        else if (srcset[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

function mediumOf(tag: string): 'photo' | 'video' {
  return tag === 'video' ? 'video' : 'photo';
}

/**
 * Where each of a tag's references sits in its source (`start` when it cannot be found): searched
 * onward from the last one found, as a srcset lists them, and within a few passes over the tag in
 * all, so a tag of 50,000 srcset candidates is not searched from its start once per candidate.
 */
export function tagLocator(source: string, start: number): (text: string) => number {
  let from = 0;
  let budget = 4 * source.length + 4096;
  const search = (text: string, at: number) => {
    const found = source.indexOf(text, at);
    budget -= (found === -1 ? source.length : found + text.length) - at;
    return found;
  };
  return (text) => {
    if (text === '' || budget <= 0) return start;
    let found = search(text, from);
    if (found === -1 && from > 0 && budget > 0) found = search(text, 0);
    if (found === -1) return start;
    from = found + text.length;
    return start + found;
  };
}
