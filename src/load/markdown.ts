// Markdown posts: markdown-it (CommonMark + tables, linear time) → text segments, attachment
// references and suppressions. markdown-it gives each block its line range; inside a block, each
// piece of inline text is found in order in the block's source, so every segment maps back to exact
// offsets in the original file (front matter counted).
import MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { UsageError } from '../core/errors.js';
import { SegmentBuilder } from '../core/position.js';
import type { Suppression, TextSegment } from '../core/types.js';
import { appendAligned } from './align.js';
import type { ParsedFrontMatter } from './front-matter.js';
import { fastLinkify } from './linkify.js';
import { contactAddress, isLocalMediaLink, SHOWN_ATTRIBUTE_IN_TAG, type MediaReference, type PageLink, type ParsedBody } from './parsed.js';
import { placeMediaTag, templateMediaInHtml, templateMediaPlugin, type MediaTag } from './shortcodes.js';
import { findSuppressionComments, toSuppressions } from './suppressions.js';
import { formatCount } from '../core/count.js';
import { pushAll } from '../core/arrays.js';

export interface ParsedMarkdown extends ParsedBody {
  frontMatter: ParsedFrontMatter;
}

export type HtmlParser = (html: string, base: number) => ParsedBody;

/**
 * The loader's markdown-it. `ownRules: false` keeps markdown-it's own `linkify` and `normalize` core
 * rules and link normalisation, which fastLinkify, normalizeSource and `remembered` replace with
 * faster ones giving the same tokens (tests/load/markdown-parser.test.ts).
 */
export function createMarkdownParser(ownRules = true): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: true });
  // Every link and image becomes a token, whatever its scheme (data:, file:, javascript:): the
  // auditor judges references itself and must never lose one silently.
  md.validateLink = () => true;
  // Images placed by Hugo shortcodes and Liquid/Nunjucks tags are attachments too (shortcodes.ts).
  md.use(templateMediaPlugin);
  readPastMaxNesting(md);
  if (ownRules) {
    // Bare URLs: linkify-it only on the runs of text around possible links (linkify.ts).
    md.use(fastLinkify);
    md.core.ruler.at('normalize', normalizeSource);
    // Posts repeat their links (the school's site and e-mail, photo folders) and normalising one
    // (URL parsing, punycode) costs more than the rest of its token.
    md.normalizeLink = base64AsWritten(pathAsWritten(remembered(md.normalizeLink.bind(md))));
    md.normalizeLinkText = remembered(md.normalizeLinkText.bind(md));
    plainInlineFastPath(md);
    md.block.State = lineMarksByIndexOf(md.block.State);
  }
  return md;
}

type BlockStateClass = MarkdownIt['block']['State'];

/**
 * markdown-it stops at its nesting limit (100 quotes or lists inside each other) and drops every line
 * deeper down without a trace: a phone number and an insult under 120 "> " passed clean. Here the
 * lines it would drop are one plain paragraph, read as written (inner markers and all), so every
 * word in them is still checked. No real post comes near the limit.
 */
function readPastMaxNesting(md: MarkdownIt): void {
  const block = md.block;
  const tokenize = block.tokenize.bind(block);
  block.tokenize = (state, startLine, endLine) => {
    if (state.level >= (md.options as { maxNesting?: number }).maxNesting!) {
      // The lines markdown-it's own loop would drop: from the first non-empty one, if it belongs to
      // this block (indented enough), to the end of the block.
      const line = state.skipEmptyLines(startLine);
      if (line < endLine && state.sCount[line]! >= state.blkIndent) {
        const open = state.push('paragraph_open', 'p', 1);
        open.map = [line, endLine];
        const inline = state.push('inline', '', 0);
        inline.content = state.getLines(line, endLine, state.blkIndent, false).trim();
        inline.map = [line, endLine];
        inline.children = [];
        state.push('paragraph_close', 'p', -1);
        state.line = endLine;
        return;
      }
    }
    tokenize(state, startLine, endLine);
  };
}

/**
 * markdown-it's block state, whose constructor finds each line's start, end and indentation by a
 * test of every character of the post in JavaScript: here the indentation is read and the line's end
 * found with indexOf. Same fields, same values (tests/load/markdown-parser.test.ts), same prototype.
 */
function lineMarksByIndexOf(Original: BlockStateClass): BlockStateClass {
  function StateBlock(this: InstanceType<BlockStateClass>, src: string, md: MarkdownIt, env: unknown, tokens: Token[]) {
    this.src = src;
    this.md = md;
    this.env = env;
    this.tokens = tokens;
    const bMarks: number[] = (this.bMarks = []);
    const eMarks: number[] = (this.eMarks = []);
    const tShift: number[] = (this.tShift = []);
    const sCount: number[] = (this.sCount = []);
    const bsCount: number[] = (this.bsCount = []);
    this.blkIndent = 0;
    this.line = 0;
    this.lineMax = 0;
    this.tight = false;
    this.ddIndent = -1;
    this.listIndent = -1;
    this.parentType = 'root';
    this.level = 0;
    const length = src.length;
    for (let start = 0; start < length; ) {
      let pos = start;
      let indent = 0;
      let offset = 0;
      for (; pos < length; pos++) {
        const ch = src.charCodeAt(pos);
        if (ch === 0x20) offset++;
        else if (ch === 0x09) offset += 4 - (offset % 4);
        else break;
        indent++;
      }
      // A last line of nothing but spaces and tabs, with no line break after it, is not a line to
      // markdown-it (its loop ends inside the indentation).
      if (pos === length) break;
      let end = src.indexOf('\n', pos);
      if (end === -1) end = length;
      bMarks.push(start);
      eMarks.push(end);
      tShift.push(indent);
      sCount.push(offset);
      bsCount.push(0);
      start = end + 1;
    }
    // markdown-it's fake last line, which simplifies its bounds checks.
    bMarks.push(length);
    eMarks.push(length);
    tShift.push(0);
    sCount.push(0);
    bsCount.push(0);
    this.lineMax = bMarks.length - 1;
  }
  const prototype = Object.create(Original.prototype) as InstanceType<BlockStateClass>;
  const push = Original.prototype.push;
  prototype.push = function (this: InstanceType<BlockStateClass>, type: string, tag: string, nesting: Token['nesting']) {
    spendTokens();
    return push.call(this, type, tag, nesting);
  };
  StateBlock.prototype = prototype;
  return StateBlock as unknown as BlockStateClass;
}

/** The inline rules (in order) whose triggers INLINE_TRIGGER lists (and `newline`); another set turns the fast path off. */
const KNOWN_INLINE_RULES = 'text,linkify,newline,escape,backticks,strikethrough,emphasis,link,image,autolink,html_inline,entity,template_media';
/**
 * What can start an inline construct other than a line break: an escape, code, strikethrough,
 * emphasis, a link or image ("[", "!["), an autolink or HTML ("<"), an entity, a template tag ("{"),
 * a bare URL's "://" (markdown-it's inline linkify). Any other character (":", "!", "-", "@", "#" …)
 * where the text rule stops is matched by no rule and goes into the pending text as it is; a line
 * break is markdown-it's `newline` rule, which plainInlineTokens follows.
 */
const INLINE_TRIGGER = /[\\`~*_[<&{]|:\/\//;

/**
 * Most inline content of a post (a sentence, a list item, a heading, a hard-wrapped paragraph) is
 * plain text, perhaps over several lines: markdown-it's inline parse of it tries every rule at each
 * punctuation mark and ends with text tokens between line breaks. Those tokens are made directly;
 * anything else goes to markdown-it. (tests/load/markdown-parser.test.ts compares the tokens with
 * markdown-it's own.)
 */
function plainInlineFastPath(md: MarkdownIt): void {
  const inline = md.inline;
  const names = (inline.ruler as unknown as { __rules__: { name: string; enabled: boolean }[] }).__rules__;
  if (names.filter((rule) => rule.enabled).map((rule) => rule.name).join(',') !== KNOWN_INLINE_RULES) return;
  const parse = inline.parse.bind(inline);
  const InlineToken = md.core.State.prototype.Token;
  inline.parse = (str, parserMd, env, outTokens) => {
    if (parserMd !== md || INLINE_TRIGGER.test(str)) return parse(str, parserMd, env, outTokens);
    plainInlineTokens(str, outTokens, (type, tag) => {
      spendTokens();
      return new InlineToken(type, tag, 0);
    });
  };
  // markdown-it's own inline rules make their tokens by these two.
  const State = inline.State;
  const Counted = function (this: InstanceType<typeof State>, ...args: ConstructorParameters<typeof State>) {
    State.apply(this, args);
  } as unknown as typeof State;
  const prototype = Object.create(State.prototype) as InstanceType<typeof State>;
  const { push, pushPending } = State.prototype;
  prototype.push = function (this: InstanceType<typeof State>, type: string, tag: string, nesting: Token['nesting']) {
    spendTokens();
    return push.call(this, type, tag, nesting);
  };
  prototype.pushPending = function (this: InstanceType<typeof State>) {
    spendTokens();
    return pushPending.call(this);
  };
  Counted.prototype = prototype;
  inline.State = Counted;
}

/**
 * The tokens markdown-it's inline parse gives text holding no INLINE_TRIGGER: a text token for each
 * line and a break between lines, as its `newline` rule makes them. Two or more spaces before a line
 * break make it a hard break and are dropped; one space is dropped before a soft break; the spaces
 * and tabs that start the next line are skipped. Empty text makes no token.
 */
function plainInlineTokens(str: string, out: Token[], token: (type: string, tag: string) => Token): void {
  const pushText = (from: number, to: number) => {
    if (to <= from) return;
    const text = token('text', '');
    text.content = str.slice(from, to);
    out.push(text);
  };
  let start = 0;
  for (let lineEnd = str.indexOf('\n'); lineEnd !== -1; lineEnd = str.indexOf('\n', start)) {
    let textEnd = lineEnd;
    let hard = false;
    if (textEnd > start && str.charCodeAt(textEnd - 1) === 0x20) {
      textEnd--;
      if (textEnd > start && str.charCodeAt(textEnd - 1) === 0x20) {
        hard = true;
        while (textEnd > start && str.charCodeAt(textEnd - 1) === 0x20) textEnd--;
      }
    }
    pushText(start, textEnd);
    out.push(hard ? token('hardbreak', 'br') : token('softbreak', 'br'));
    start = lineEnd + 1;
    while (start < str.length && (str.charCodeAt(start) === 0x20 || str.charCodeAt(start) === 0x09)) start++;
  }
  pushText(start, str.length);
}

/** A pure function of a string, with the results for the last few hundred short strings kept. */
function remembered(fn: (value: string) => string): (value: string) => string {
  const results = new Map<string, string>();
  return (value) => {
    let result = results.get(value);
    if (result === undefined) {
      result = fn(value);
      if (value.length <= 200) {
        if (results.size >= 500) results.clear();
        results.set(value, result);
      }
    }
    return result;
  };
}

/** Inline HTML tags that break a line or end a block in a paragraph: the words on either side are apart. */
const LINE_BREAK_TAG = /^<\/?(?:br|p|div|li|td|th|tr|hr|h[1-6])\b/i;

// A base64 data: URL, which link normalisation returns unchanged (all its characters are allowed).
const PLAIN_BASE64_URL = /^data:[a-z0-9.+/-]*(?:;[a-z0-9=.+-]*)*,[A-Za-z0-9+/=]*$/i;

/**
 * A relative path of characters link normalisation leaves alone ("photos/IMG_1234.JPG", "../media/a(1).png"):
 * no scheme, host, query, escape or space. Most posts' photos are such paths, each met once, and parsing
 * one as a URL cost more than the rest of its token.
 */
const PLAIN_PATH = /^(?!\/\/)[A-Za-z0-9\-._~/!$&'()*+,;=@]*$/;

function pathAsWritten(normalize: (url: string) => string): (url: string) => string {
  return (url) => (PLAIN_PATH.test(url) ? url : normalize(url));
}

/** A pasted picture's data: URL is megabytes long: normalising it character by character took seconds. */
function base64AsWritten(normalize: (url: string) => string): (url: string) => string {
  return (url) => (url.length > 200 && url.startsWith('data:') && PLAIN_BASE64_URL.test(url) ? url : normalize(url));
}

/**
 * markdown-it's `normalize` core rule (CR and CRLF → LF, NUL → U+FFFD), without rebuilding the
 * text when there is nothing to change (its /\r\n?|\n/g replaces every LF by itself).
 */
function normalizeSource(state: StateCore): void {
  let src = state.src;
  if (src.includes('\r')) src = src.replace(/\r\n?/g, '\n');
  if (src.includes('\0')) src = src.replace(/\0/g, '\uFFFD');
  state.src = src;
}

/** markdown-it's core rules, in order; another list (a plugin's rule) turns parseBlocks' streaming off. */
const CORE_RULES = 'normalize,block,inline,linkify,replacements,smartquotes,text_join';

type CoreRule = (state: StateCore) => void;

/**
 * markdown-it's parse in two steps: the block tokens of the whole text, then `parseInline(token)` for
 * each inline token when the caller comes to it, running markdown-it's core rules from `inline` on
 * for that token alone (each of them reads one inline token's children at a time, and the block step
 * has already gathered the reference definitions the inline one reads). Same tokens as md.parse.
 */
export function parseBlocks(md: MarkdownIt, src: string): { tokens: Token[]; parseInline: (token: Token) => void } {
  const ruler = md.core.ruler as unknown as { __rules__: { name: string; enabled: boolean }[]; getRules(chain: string): CoreRule[] };
  const names = ruler.__rules__.filter((rule) => rule.enabled).map((rule) => rule.name);
  if (names.join(',') !== CORE_RULES) return { tokens: md.parse(src, {}), parseInline: () => {} };
  const rules = ruler.getRules('');
  const inlineAt = names.indexOf('inline');
  const state = new md.core.State(src, md, {});
  for (let i = 0; i < inlineAt; i++) rules[i]!(state);
  // The later rules see one inline token at a time, in a state of their own.
  const one = new md.core.State(state.src, md, state.env);
  const later = rules.slice(inlineAt);
  return {
    tokens: state.tokens,
    parseInline: (token) => {
      if (token.type !== 'inline') return;
      one.tokens = [token];
      for (const rule of later) rule(one);
    },
  };
}

/**
 * What one post may make markdown-it build. Each part (a paragraph, a line of it, a link, an
 * emphasis) is a token of ~200 bytes: 2 million lines of "a" were 4 million tokens, 1.2 GB and five
 * seconds, and 12 million lines ran out of memory and crashed the run. A real post, even a 10 MB one,
 * makes a few hundred thousand; past these the post is reported as unreadable, not parsed.
 */
export const MAX_MARKDOWN_TOKENS = 1_000_000;
export const MAX_MARKDOWN_LINES = 1_000_000;
let tokensLeft = Infinity;

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1 && count <= MAX_MARKDOWN_LINES; i = text.indexOf(char, i + 1)) count++;
  return count;
}

function spendTokens(): void {
  if (--tokensLeft < 0) {
    tokensLeft = Infinity;
    throw new UsageError(`the Markdown has more than ${formatCount(MAX_MARKDOWN_TOKENS)} parts (lines, links, emphases), far more than a post has, so it was not read`);
  }
}

let parser: MarkdownIt | undefined;
let tablesAsText: MarkdownIt | undefined;

/** The linkify-it the Markdown parser finds bare web and e-mail addresses with. */
export function linkifier(): MarkdownIt['linkify'] {
  parser ??= createMarkdownParser();
  return parser.linkify;
}
function markdownIt(body: string): MarkdownIt {
  if (hugeTables(body)) {
    tablesAsText ??= createMarkdownParser().disable('table');
    return tablesAsText;
  }
  parser ??= createMarkdownParser();
  return parser;
}

/**
 * markdown-it makes at least three tokens of every table cell: a row of 5,000 cells, or a post of
 * hundreds of thousands, took seconds and gigabytes to parse (2 MB of 5,000-column rows: 6.6 s and
 * 1.8 GB). Past these limits, far beyond any real post's tables, the rows are read as the lines of
 * text they are, and every word in them is still checked.
 */
const MAX_ROW_CELLS = 256;
const MAX_POST_CELLS = 100_000;

function hugeTables(body: string): boolean {
  let first = body.indexOf('|');
  if (first < 0) return false;
  let inPost = 0;
  let inRow = 0;
  for (let i = first; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x7c) {
      if (++inRow > MAX_ROW_CELLS || ++inPost > MAX_POST_CELLS) return true;
    } else if (c === 0x0a) inRow = 0;
  }
  return false;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const TOML_FRONT_MATTER = /^\+\+\+[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^\+\+\+[ \t]*(?:\r?\n|$)/m;

export interface FrontMatterBlock {
  format: 'yaml' | 'toml' | 'json';
  text: string;
  /** Where `text` starts in the source. */
  textOffset: number;
  bodyOffset: number;
}

/**
 * Splits off front matter: YAML between `---` lines, TOML between `+++` lines or a JSON object (both
 * Hugo's), only when the file starts with the opening line and has a closing one.
 */
export function splitFrontMatter(source: string): FrontMatterBlock | undefined {
  if (opensJsonFrontMatter(source)) return jsonFrontMatter(source);
  const format = /^---[ \t]*\r?\n/.test(source) ? 'yaml' : /^\+\+\+[ \t]*\r?\n/.test(source) ? 'toml' : undefined;
  if (!format) return undefined;
  const match = (format === 'yaml' ? FRONT_MATTER : TOML_FRONT_MATTER).exec(source);
  if (!match || match.index !== 0) return undefined;
  return { format, text: match[1]!, textOffset: source.indexOf('\n') + 1, bodyOffset: match[0].length };
}

/** A post that opens with a JSON object (`{` then a key, or `{}`), as Hugo reads front matter; `{{< … >}}` and `{% … %}` are not. */
export function opensJsonFrontMatter(source: string): boolean {
  return /^\{\s*["}]/.test(source);
}

/**
 * Hugo's JSON front matter: the object from the first `{` to the `}` that closes it, ending its line
 * (its keys went unread: an `"image": "trip.jpg"` in it passed uninspected). It is read by the YAML
 * parser, JSON being YAML's flow style.
 */
function jsonFrontMatter(source: string): FrontMatterBlock | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      if (--depth > 0) continue;
      const end = /^[ \t]*(?:\r?\n|$)/.exec(source.slice(i + 1, i + 3 + 256));
      return end ? { format: 'json', text: source.slice(0, i + 1), textOffset: 0, bodyOffset: i + 1 + end[0].length } : undefined;
    }
  }
  return undefined;
}

/**
 * `parseHtml` reads HTML inside the Markdown (images, captions); the caller passes it only when the
 * source contains tags, so plain posts never load the HTML parser. `head`: the front matter the
 * caller split off and read (see readFrontMatter in post.ts), when the post has some.
 */
export function parseMarkdown(
  source: string,
  parseHtml?: HtmlParser,
  head?: { bodyOffset: number; frontMatter: ParsedFrontMatter },
): ParsedMarkdown {
  const segments: TextSegment[] = [];
  const media: MediaReference[] = [];
  const links: PageLink[] = [];
  const suppressions: Suppression[] = [];
  const frontMatter: ParsedFrontMatter = head?.frontMatter ?? { data: {}, segments: [], media: [] };
  const bodyOffset = head ? head.bodyOffset : (splitFrontMatter(source)?.bodyOffset ?? 0);

  const body = source.slice(bodyOffset);
  // Lines end at LF, CRLF or a lone CR: the most of either count is the lines'.
  if (Math.max(countOf(body, '\n'), countOf(body, '\r')) > MAX_MARKDOWN_LINES) {
    throw new UsageError(`the Markdown has more than ${formatCount(MAX_MARKDOWN_LINES)} lines, far more than a post has, so it was not read`);
  }
  const lineStarts = [0];
  // Lines as markdown-it counts them: a lone CR ends a line too (an old Mac file, or a stray one).
  if (body.includes('\r')) for (const end of body.matchAll(/\r\n?|\n/g)) lineStarts.push(end.index + end[0].length);
  else for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOffset = (line: number) => bodyOffset + (line < lineStarts.length ? lineStarts[line]! : body.length);

  const addHtml = (value: string, offset: number, builder?: SegmentBuilder) => {
    if (!parseHtml) return;
    const fragment = parseHtml(value, offset);
    pushAll(media, fragment.media);
    if (fragment.links) pushAll(links, fragment.links);
    for (const segment of fragment.segments) {
      if (builder && segment.kind === 'body') {
        for (const piece of segment.pieces) builder.append(segment.text.slice(piece.textStart, piece.textStart + piece.length), piece.sourceStart);
      } else {
        segments.push(segment);
      }
    }
  };

  tokensLeft = MAX_MARKDOWN_TOKENS;
  try {
    return parseBody();
  } finally {
    tokensLeft = Infinity;
  }

  function parseBody(): ParsedMarkdown {
    const { tokens, parseInline } = parseBlocks(markdownIt(body), body);
    let lastMap: [number, number] = [0, 0];
    let pendingComments: ReturnType<typeof findSuppressionComments> = [];
    let kind: TextSegment['kind'] = 'body';

    const applyPending = (start: number, end: number) => {
      for (const comment of pendingComments) pushAll(suppressions, toSuppressions(comment, start, end));
      pendingComments = [];
    };

    // A table row is one segment, its cells joined by " | ": a row says one thing of one person or thing
    // ("| Maisie T | ADHD, on medication |"), which cells read apart could not (miss33).
    let row: SegmentBuilder | undefined;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (token.map) lastMap = token.map as [number, number];
      if (token.type === 'heading_open') kind = 'heading';
      else if (token.type === 'heading_close') kind = 'body';
      else if (token.type === 'tr_open') row = new SegmentBuilder('body');
      else if (token.type === 'tr_close' && row) {
        if (!row.isEmpty) segments.push(row.build());
        row = undefined;
      }

      if (token.type === 'html_block') {
        const start = lineOffset(lastMap[0]);
        const raw = source.slice(start, lineOffset(lastMap[1]));
        const at = raw.indexOf(token.content.trimEnd());
        const offset = at === -1 ? start : start + at;
        for (const comment of findSuppressionComments(token.content, offset)) {
          if (comment.wholeFile) pushAll(suppressions, toSuppressions(comment, 0, source.length));
          else pendingComments.push(comment);
        }
        const templated = templateMediaInHtml(token.content, offset);
        for (const reference of templated.media) media.push(reference);
        for (const segment of templated.segments) segments.push(segment);
        addHtml(templated.html, offset);
        continue;
      }
      if (token.type !== 'inline') {
        // A block that opens after a suppression comment takes it (the comment covers that block).
        if (pendingComments.length > 0 && token.map && token.nesting !== -1 && token.type !== 'html_block') {
          applyPending(lineOffset(token.map[0]), lineOffset(token.map[1]));
        }
        continue;
      }
      const blockStart = lineOffset(lastMap[0]);
      const blockEnd = lineOffset(lastMap[1]);
      if (pendingComments.length > 0) applyPending(blockStart, blockEnd);
      if (row && !row.isEmpty) row.separator(' | ');
      const builder = row ?? new SegmentBuilder(kind);
      parseInline(token);
      collectInline(token.children ?? [], builder, blockStart, blockEnd);
      // Read: a long post's inline tokens then die young, instead of all living until the walk ends.
      token.children = null;
      if (!row && !builder.isEmpty) segments.push(builder.build());
    }
    applyPending(source.length, source.length);

    /** Walks a block's inline tokens in order, finding each in the block's source. */
    function collectInline(children: Token[], builder: SegmentBuilder, blockStart: number, blockEnd: number): void {
      let cursor = blockStart;
      let skipLinkText = 0;
      // Searched up to the block's end only: text the source shows differently (an entity, an escape)
      // is not found, and must not cost a scan of the rest of the file.
      const block = source.slice(0, blockEnd);
      const find = (needle: string) => (needle ? block.indexOf(needle, cursor) : -1);
      for (const [childIndex, child] of children.entries()) {
        switch (child.type) {
          case 'text': {
            if (skipLinkText > 0) {
              const at = find(child.content);
              if (at !== -1) cursor = at + child.content.length;
              builder.separator(' ');
              break;
            }
            const at = find(child.content);
            if (at !== -1) {
              builder.append(child.content, at);
              cursor = at + child.content.length;
            } else {
              appendAligned(builder, child.content, source, cursor, blockEnd);
              cursor = Math.max(cursor, builder.sourceEnd ?? cursor);
            }
            break;
          }
          case 'softbreak':
          case 'hardbreak':
            builder.separator('\n');
            break;
          case 'code_inline': {
            const at = find(child.content);
            if (at !== -1) cursor = at + child.content.length;
            builder.separator(' ');
            break;
          }
          case 'link_open': {
            // Bare URLs (linkify, <autolinks>) are not prose; a link's own text is.
            const isBare = child.markup === 'linkify' || child.markup === 'autolink';
            const href = child.attrGet('href') ?? '';
            if (isBare && !href.startsWith('mailto:')) skipLinkText++;
            // Where the address is written: "[the full-size photo](photos/trip.jpg)" publishes the file
            // with the post, "[the story](/news/…)" its address (read for names, see post.ts).
            const hrefOffset = () => {
              const hrefAt = source.indexOf(rawReference(href), cursor);
              return hrefAt !== -1 && hrefAt < blockEnd ? hrefAt : cursor;
            };
            const mediaLink = !isBare && isLocalMediaLink(href);
            if (mediaLink) media.push({ ref: href, offset: hrefOffset() });
            // "[Email Jo](mailto:jo@gmail.com)", "[Call](tel:07700 900123)", "https://wa.me/4477…": the
            // address is published in the page though the link text hides it (a bare e-mail address is
            // its own text already).
            // …nor is one whose text is the address itself: "[office@…](mailto:office@…)" shows it once (fp34).
            const linkText = children[childIndex + 1]?.type === 'text' ? children[childIndex + 1]!.content.trim().toLowerCase() : undefined;
            const target = isBare && href.startsWith('mailto:') ? undefined : contactAddress(href);
            const address = target !== undefined && href.startsWith('mailto:') && linkText === target.toLowerCase() ? undefined : target;
            if (!isBare && !target && !mediaLink) links.push({ href, offset: hrefOffset() });
            if (address) {
              const at = source.indexOf(address, cursor);
              const link = new SegmentBuilder('link');
              link.append(address, at !== -1 && at < blockEnd ? at : cursor);
              segments.push(link.build());
            }
            // '[the trip](https://… "Sam, Year 4")': a title is shown when the link is hovered. An
            // inline link's is in this block; a reference link's is in its definition, elsewhere.
            const title = child.attrGet('title');
            if (title) {
              const inBlock = source.indexOf(title, cursor);
              const at = inBlock !== -1 && inBlock < blockEnd ? inBlock : source.indexOf(title);
              const caption = new SegmentBuilder('caption');
              caption.append(title, at === -1 ? cursor : at);
              segments.push(caption.build());
            }
            break;
          }
          case 'link_close':
            if (skipLinkText > 0 && (child.markup === 'linkify' || child.markup === 'autolink')) skipLinkText--;
            break;
          case 'image': {
            const src = child.attrGet('src') ?? '';
            const title = child.attrGet('title');
            const altRaw = child.content;
            const imageAt = source.indexOf('![', cursor);
            const start = imageAt !== -1 && imageAt < blockEnd ? imageAt : cursor;
            const srcRaw = rawReference(src);
            const srcAt = source.indexOf(srcRaw, start);
            media.push({ ref: src, offset: start });
            if (altRaw) {
              const altAt = source.indexOf(altRaw, start);
              const alt = new SegmentBuilder('alt');
              const altText = (child.children ?? []).map((c) => c.content).join('') || altRaw;
              appendAligned(alt, altText, source, altAt === -1 ? start : altAt, blockEnd);
              if (!alt.isEmpty) segments.push(alt.build());
            }
            if (title) {
              const titleAt = source.indexOf(title, srcAt === -1 ? start : srcAt);
              const caption = new SegmentBuilder('caption');
              caption.append(title, titleAt === -1 ? start : titleAt);
              segments.push(caption.build());
            }
            cursor = srcAt !== -1 && srcAt < blockEnd ? srcAt + srcRaw.length : start + 2;
            builder.separator(' ');
            break;
          }
          case 'template_media': {
            const placed = placeMediaTag(child.meta as MediaTag, child.content, source, cursor, blockEnd);
            for (const reference of placed.media) media.push(reference);
            for (const segment of placed.segments) segments.push(segment);
            cursor = placed.end;
            builder.separator(' ');
            break;
          }
          case 'html_inline': {
            const at = find(child.content);
            const offset = at === -1 ? cursor : at;
            for (const comment of findSuppressionComments(child.content, offset)) {
              pushAll(suppressions, toSuppressions(comment, comment.wholeFile ? 0 : blockStart, comment.wholeFile ? source.length : blockEnd));
            }
            // A tag that shows or hands out a file (html.ts reads which), or publishes an address: only
            // <img>, <video> and <source> were read, so a photo linked, embedded or drawn in an SVG
            // inside a paragraph passed uninspected.
            if (/^<(?:img|video|source|image|input|embed|object|meta|a)\b/i.test(child.content) || /\burl\(/i.test(child.content) || SHOWN_ATTRIBUTE_IN_TAG.test(child.content)) addHtml(child.content, offset, builder);
            if (at !== -1) cursor = at + child.content.length;
            // "Amelia<br>Smith": a line break written as a tag breaks the line as a Markdown one does
            // (the words were run together as "AmeliaSmith"). Other inline tags ("<b>") join nothing.
            if (LINE_BREAK_TAG.test(child.content)) builder.separator('\n');
            break;
          }
          default:
            break;
        }
      }
    }

    // The front matter's first (concat: a spread of 200,000 captions overflowed the stack).
    return { segments: frontMatter.segments.concat(segments), media: frontMatter.media.concat(media), suppressions, frontMatter, links };
  }
}

/** markdown-it normalises link destinations (percent-encoding); find the form written in the source. */
function rawReference(src: string): string {
  // decodeURI changes only %-escapes: without one (a pasted picture's base64 among them) no copy is made.
  if (!src.includes('%')) return src;
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
