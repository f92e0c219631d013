// Photos and videos a post places through static-site template tags instead of Markdown or HTML:
// Hugo shortcodes ({{< figure src="a.jpg" >}}, {{% … %}}), Liquid and Nunjucks tags
// ({% include image.html file="a.jpg" %}, {% picture a.jpg %}, {% asset a.jpg %},
// {% image "a.jpg", "alt" %}) and Liquid output ({{ "/a.jpg" | relative_url }}, {{ site.baseurl }}/a.jpg).
// The first closing delimiter ends a tag, and a tag holding another opening delimiter is not one: with
// the delimiter look-ups remembered (DelimiterIndex), reading stays linear in the post's length.
import type MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { SegmentBuilder, verbatimSegment } from '../core/position.js';
import type { TextSegment } from '../core/types.js';
import { hasMediaExtension } from '../images/format.js';
import { appendAligned } from './align.js';
import type { MediaReference } from './parsed.js';

type Syntax = 'hugo' | 'liquid' | 'output';

const DELIMITERS: readonly { open: string; close: string; syntax: Syntax }[] = [
  { open: '{{<', close: '>}}', syntax: 'hugo' },
  { open: '{{%', close: '%}}', syntax: 'hugo' },
  { open: '{%', close: '%}', syntax: 'liquid' },
  { open: '{{', close: '}}', syntax: 'output' },
];

interface TemplateArg {
  /** Lower-cased; undefined for a positional argument. */
  name?: string;
  value: string;
  /** Offset of the value in the text the tag was read from. */
  start: number;
  quoted: boolean;
}

interface TemplateTag {
  syntax: Syntax;
  name: string;
  args: TemplateArg[];
  start: number;
  end: number;
  close: string;
}

/** A template tag that places one or more images or videos, with the text (alt, caption …) it carries. */
export interface MediaTag {
  start: number;
  end: number;
  close: string;
  sources: TemplateArg[];
  texts: { arg: TemplateArg; kind: 'alt' | 'caption' }[];
}

/** Tags whose first argument names the file included or rendered; that file's name says what it shows. */
const INCLUDES = new Set(['include', 'include_relative', 'include_cached', 'render']);
/** Tags whose first positional argument is the image even without an image extension. */
const IMAGE_TAGS = new Set(['figure', 'img', 'image', 'picture', 'photo']);
const MEDIA_NAME = /fig|img|image|picture|photo|gallery|video|media/i;
/** Parameters naming the file, for tags whose name says they show media. */
const SOURCE_PARAMS = new Set(['src', 'source', 'image', 'img', 'file', 'path', 'url', 'photo', 'picture', 'video', 'poster']);
/** Parameters that are prose, never a file. */
const TEXT_PARAMS = new Set(['alt', 'caption', 'title', 'attr', 'description', 'desc', 'credit', 'label', 'text']);
/** Parameters of a media tag that hold neither the file nor prose. */
const TECHNICAL_PARAMS = new Set([
  'link', 'href', 'target', 'rel', 'class', 'id', 'style', 'width', 'height', 'size', 'sizes', 'widths', 'loading',
  'decoding', 'format', 'formats', 'quality', 'resize', 'process', 'method', 'anchor', 'position', 'align', 'float',
  'lazy', 'preset', 'srcset', 'type', 'mode', 'attrlink', 'dir', 'layout', 'data',
]);
/** A Liquid variable: `page.image`, `include.file`, `post.photos[0]`. */
const VARIABLE = /^[A-Za-z_][\w-]*(?:\.[\w-]+|\[[^\]]*\])+$/;
/** Liquid variables a site puts before its own paths: `{{ site.baseurl }}/img/a.jpg`. */
const BASE_VARIABLES = new Set(['site.baseurl', 'site.url', 'site.base_url', 'base_url', 'baseurl']);
const PATH_STOP = new Set([' ', '\t', '\n', '\r', '"', "'", '`', '(', ')', '<', '>', '[', ']', '{', '}', '|']);
/** Longer than any real path; keeps a run of path characters after a base variable from being re-read. */
const MAX_PATH = 4096;

/** Finds delimiters in one text, remembering the last hit, so repeated look-ups never re-read the text. */
class DelimiterIndex {
  private readonly hits = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  next(needle: string, from: number): number {
    const hit = this.hits.get(needle);
    if (hit && hit.from <= from && (hit.at === -1 || hit.at >= from)) return hit.at;
    const at = this.text.indexOf(needle, from);
    this.hits.set(needle, { from, at });
    return at;
  }
}

/** The media tag starting at `text[start]` and ending by `limit`, if there is one. */
function readMediaTag(text: string, start: number, limit: number, index = new DelimiterIndex(text)): MediaTag | undefined {
  const tag = readTag(text, start, limit, index);
  if (!tag) return undefined;
  return tag.syntax === 'output' ? outputMedia(tag, text, limit) : tagMedia(tag);
}

function readTag(text: string, start: number, limit: number, index: DelimiterIndex): TemplateTag | undefined {
  const delimiter = DELIMITERS.find((d) => text.startsWith(d.open, start));
  if (!delimiter) return undefined;
  const { syntax, close } = delimiter;
  let from = start + delimiter.open.length;
  const closeAt = index.next(close, from);
  if (closeAt === -1 || closeAt + close.length > limit) return undefined;
  for (const open of ['{{', '{%']) {
    const nested = index.next(open, from);
    if (nested !== -1 && nested < closeAt) return undefined;
  }
  let to = closeAt;
  if (syntax === 'hugo') {
    if (text[to - 1] === '/') to--;
  } else {
    if (text[from] === '-') from++;
    if (text[to - 1] === '-' && to > from) to--;
  }
  from = skipSpace(text, from, to);
  let name = '';
  if (syntax !== 'output') {
    let nameEnd = from;
    while (nameEnd < to && !isSpace(text[nameEnd]!)) nameEnd++;
    name = text.slice(from, nameEnd);
    // A closing tag ({{< /gallery >}}) or a commented-out one ({{</* figure */>}}) places nothing.
    if (!(syntax === 'hugo' ? /^[\w.-][\w./-]*$/ : /^[A-Za-z_][\w-]*$/).test(name)) return undefined;
    from = nameEnd;
  }
  return { syntax, name, args: readArgs(text, from, to, syntax), start, end: closeAt + close.length, close };
}

function readArgs(text: string, from: number, to: number, syntax: Syntax): TemplateArg[] {
  const args: TemplateArg[] = [];
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (c === '|') break; // Liquid filters follow: not arguments
    if (isSpace(c) || c === ',' || c === '{' || c === '}' || c === '(' || c === ')' || c === '=' || c === ':') {
      i++;
    } else if (c === '-' && text[i + 1] === '-' && syntax !== 'hugo') {
      i = readOption(text, i + 2, to, args);
    } else if (isQuote(c)) {
      const value = readQuoted(text, i, to);
      args.push({ value: value.value, start: i + 1, quoted: true });
      i = value.end;
    } else {
      i = readWordArg(text, i, to, syntax, args);
    }
  }
  return args;
}

/** `name=value`, `name: value` (Liquid) or a bare positional word. */
function readWordArg(text: string, i: number, to: number, syntax: Syntax, args: TemplateArg[]): number {
  const wordEnd = wordEndAt(text, i, to);
  const word = text.slice(i, wordEnd);
  let j = skipSpace(text, wordEnd, to);
  const separator = text[j];
  if (/^[A-Za-z_][\w-]*$/.test(word) && (separator === '=' || (separator === ':' && syntax !== 'hugo'))) {
    j = skipSpace(text, j + 1, to);
    if (isQuote(text[j] ?? '')) {
      const value = readQuoted(text, j, to);
      args.push({ name: word.toLowerCase(), value: value.value, start: j + 1, quoted: true });
      return value.end;
    }
    const valueEnd = wordEndAt(text, j, to);
    args.push({ name: word.toLowerCase(), value: text.slice(j, valueEnd), start: j, quoted: false });
    return Math.max(valueEnd, j + 1);
  }
  args.push({ value: word, start: i, quoted: false });
  return Math.max(wordEnd, i + 1);
}

/** jekyll_picture_tag options: `--alt Some words` runs to the next option; only the alt text is kept. */
function readOption(text: string, i: number, to: number, args: TemplateArg[]): number {
  let nameEnd = i;
  while (nameEnd < to && /[\w-]/.test(text[nameEnd]!) && !(text[nameEnd] === '-' && text[nameEnd + 1] === '-')) nameEnd++;
  const name = text.slice(i, nameEnd).toLowerCase();
  const start = skipSpace(text, nameEnd, to);
  let end = start;
  while (end < to && !(text[end] === '-' && text[end + 1] === '-' && isSpace(text[end - 1] ?? ' '))) end++;
  let valueEnd = end;
  while (valueEnd > start && isSpace(text[valueEnd - 1]!)) valueEnd--;
  if (name === 'alt' && valueEnd > start) args.push({ name, value: text.slice(start, valueEnd), start, quoted: true });
  return Math.max(end, nameEnd + 1);
}

function wordEndAt(text: string, i: number, to: number): number {
  let end = i;
  while (end < to) {
    const c = text[end]!;
    if (isSpace(c) || c === ',' || c === '|' || c === '=' || c === '{' || c === '}' || isQuote(c)) break;
    if (c === ':' && (end + 1 >= to || isSpace(text[end + 1]!) || isQuote(text[end + 1]!))) break;
    end++;
  }
  return end;
}

function readQuoted(text: string, i: number, to: number): { value: string; end: number } {
  const quote = text[i];
  let j = i + 1;
  while (j < to) {
    if (text[j] === '\\' && quote !== '`') j += 2;
    else if (text[j] === quote) return { value: text.slice(i + 1, j), end: j + 1 };
    else j++;
  }
  return { value: text.slice(i + 1, to), end: to };
}

/** Hugo shortcodes and Liquid/Nunjucks tags: which arguments are files, which are prose. */
function tagMedia(tag: TemplateTag): MediaTag | undefined {
  const included = includedFile(tag);
  if (!included) return undefined;
  // Liquid reads an unquoted value as a variable (file=page.image): its value is front matter or site
  // data, audited where it is written.
  const args = included.args.filter((arg) => !(tag.syntax === 'liquid' && !arg.quoted && VARIABLE.test(arg.value) && !hasMediaExtension(arg.value)));
  const sources = sourcesOf(included.kind, args);
  if (sources.length === 0) return undefined;
  return { start: tag.start, end: tag.end, close: tag.close, sources, texts: textsOf(args, new Set(sources)) };
}

/** What the tag shows ("figure", or "image" for `{% include image.html … %}`) and its other arguments. */
function includedFile(tag: TemplateTag): { kind: string; args: TemplateArg[] } | undefined {
  if (tag.syntax !== 'liquid' || !INCLUDES.has(tag.name)) return { kind: tag.name.toLowerCase(), args: tag.args };
  const file = tag.args.find((arg) => arg.name === undefined);
  if (!file) return undefined;
  const kind = file.value.toLowerCase().replace(/^.*\//, '').replace(/\.[a-z0-9]+$/, '');
  return { kind, args: tag.args.filter((arg) => arg !== file) };
}

function sourcesOf(kind: string, args: TemplateArg[]): TemplateArg[] {
  const base = kind.replace(/^.*\//, '');
  const mediaLike = MEDIA_NAME.test(base);
  const sources = args.filter((arg) => {
    if (TEXT_PARAMS.has(arg.name ?? '')) return false;
    return hasMediaExtension(arg.value) || (mediaLike && arg.name !== undefined && SOURCE_PARAMS.has(arg.name) && arg.value !== '');
  });
  if (sources.length === 0 && IMAGE_TAGS.has(base)) {
    const first = args.find((arg) => arg.name === undefined);
    if (first) sources.push(first);
  }
  return sources;
}

/** Prose arguments: named ones that are not settings, and quoted positional ones (Eleventy's alt). */
function textsOf(args: TemplateArg[], sources: Set<TemplateArg>): MediaTag['texts'] {
  return args
    .filter((arg) => !sources.has(arg) && /\p{L}/u.test(arg.value))
    .filter((arg) => (arg.name === undefined ? arg.quoted : !TECHNICAL_PARAMS.has(arg.name) && !SOURCE_PARAMS.has(arg.name)))
    .map((arg) => ({ arg, kind: arg.name === undefined || arg.name === 'alt' ? 'alt' : 'caption' }));
}

/** `{{ "/a.jpg" | relative_url }}`, or `{{ site.baseurl }}` directly followed by an image path. */
function outputMedia(tag: TemplateTag, text: string, limit: number): MediaTag | undefined {
  const first = tag.args[0];
  if (!first) return undefined;
  const media = { start: tag.start, end: tag.end, close: tag.close, texts: [] };
  if (first.quoted) return hasMediaExtension(first.value) ? { ...media, sources: [first] } : undefined;
  if (tag.args.length !== 1 || !BASE_VARIABLES.has(first.value.toLowerCase()) || text[tag.end] !== '/') return undefined;
  let end = tag.end;
  while (end < limit && end - tag.end < MAX_PATH && !PATH_STOP.has(text[end]!)) end++;
  if (!hasMediaExtension(text.slice(tag.end, end))) return undefined;
  return { ...media, end, sources: [{ value: text.slice(tag.start, end), start: tag.start, quoted: false }] };
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && isSpace(text[i]!)) i++;
  return i;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
}

function isQuote(c: string): boolean {
  return c === '"' || c === "'" || c === '`';
}

export interface PlacedMedia {
  media: MediaReference[];
  segments: TextSegment[];
  /** Where the tag ends in the source. */
  end: number;
}

/**
 * A media tag markdown-it read (`content` is the tag as the parser saw it) placed in `source`, searching
 * from `from` to `limit`. The parser's copy can differ from the source when the tag spans lines (CRLF
 * line ends, a list's indent, a quote's `>`), so each value is then found in the source on its own.
 */
export function placeMediaTag(tag: MediaTag, content: string, source: string, from: number, limit: number, base = 0): PlacedMedia {
  const newline = content.indexOf('\n');
  const firstLine = newline === -1 ? content : content.slice(0, newline);
  const found = source.indexOf(firstLine, from);
  const at = found !== -1 && found + firstLine.length <= limit ? found : from;
  const media = tag.sources.map((arg) => ({ ref: arg.value, offset: base + at }));
  if (source.startsWith(content, at)) {
    const segments = tag.texts.map(({ arg, kind }) => verbatimSegment(kind, arg.value, base + at + arg.start - tag.start, arg.name ?? 'alt'));
    return { media, segments, end: at + content.length };
  }
  let cursor = at;
  const segments = tag.texts.map(({ arg, kind }) => {
    const valueAt = arg.value.includes('\n') ? -1 : source.indexOf(arg.value, cursor);
    if (valueAt !== -1 && valueAt + arg.value.length <= limit) {
      cursor = valueAt + arg.value.length;
      return verbatimSegment(kind, arg.value, base + valueAt, arg.name ?? 'alt');
    }
    const builder = new SegmentBuilder(kind, arg.name ?? 'alt');
    appendAligned(builder, arg.value, source, cursor, limit, base);
    cursor = Math.max(cursor, (builder.sourceEnd ?? base + cursor) - base);
    return builder.build();
  });
  const closeAt = source.indexOf(tag.close, cursor);
  const end = closeAt !== -1 && closeAt + tag.close.length <= limit ? closeAt + tag.close.length : Math.max(cursor, at + firstLine.length);
  return { media, segments, end };
}

const indexes = new WeakMap<StateInline, DelimiterIndex>();

/** markdown-it inline rule: a media tag becomes one `template_media` token; any other tag stays text. */
function templateMediaRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b /* { */) return false;
  let index = indexes.get(state);
  if (!index) {
    index = new DelimiterIndex(state.src);
    indexes.set(state, index);
  }
  const tag = readMediaTag(state.src, state.pos, state.posMax, index);
  if (!tag) return false;
  if (!silent) {
    const token = state.push('template_media', '', 0);
    token.content = state.src.slice(tag.start, tag.end);
    token.meta = tag;
  }
  state.pos = tag.end;
  return true;
}

/**
 * Media tags in Markdown text. Tags in code spans, fenced and indented code are never seen: markdown-it
 * reads those as code before this rule runs.
 */
export function templateMediaPlugin(md: MarkdownIt): void {
  md.inline.ruler.push('template_media', templateMediaRule);
}

/**
 * Media tags in an HTML block of a Markdown post (whose first character is at `base`), outside its
 * elements' own markup (an `<img src="{{ … }}">` is the HTML parser's). Returns the HTML with those
 * tags blanked, offsets kept, for the HTML parser, which would otherwise read them as text.
 */
export function templateMediaInHtml(html: string, base: number): PlacedMedia & { html: string } {
  const media: MediaReference[] = [];
  const segments: TextSegment[] = [];
  const index = new DelimiterIndex(html);
  let blanked = '';
  let copied = 0;
  let element = -1;
  let i = 0;
  for (;;) {
    const brace = html.indexOf('{', i);
    if (brace === -1) break;
    if (element < i) element = nextElement(html, i);
    if (element < brace) {
      i = elementEnd(html, element);
      continue;
    }
    const tag = readMediaTag(html, brace, html.length, index);
    if (!tag) {
      i = brace + 1;
      continue;
    }
    const placed = placeMediaTag(tag, html.slice(tag.start, tag.end), html, tag.start, html.length, base);
    for (const reference of placed.media) media.push(reference);
    for (const segment of placed.segments) segments.push(segment);
    blanked += html.slice(copied, tag.start) + html.slice(tag.start, tag.end).replace(/[^\r\n]/g, ' ');
    copied = tag.end;
    i = tag.end;
  }
  return { media, segments, end: base + html.length, html: copied === 0 ? html : blanked + html.slice(copied) };
}

/** The next `<` that opens an element, a closing tag, a comment or a declaration (the length when none). */
function nextElement(html: string, from: number): number {
  for (let at = html.indexOf('<', from); at !== -1; at = html.indexOf('<', at + 1)) {
    if (/[A-Za-z/!?]/.test(html[at + 1] ?? '')) return at;
  }
  return html.length;
}

function elementEnd(html: string, start: number): number {
  if (html.startsWith('<!--', start)) {
    const close = html.indexOf('-->', start + 4);
    return close === -1 ? html.length : close + 3;
  }
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i];
    if (c === '>') return i + 1;
    if (c === '"' || c === "'") {
      const close = html.indexOf(c, i + 1);
      if (close === -1) return html.length;
      i = close;
    }
  }
  return html.length;
}
