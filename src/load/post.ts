// Loads one input (a post or an image given directly) into the Post every rule reads.
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { splitLongSegment, verbatimSegment } from '../core/position.js';
import { loadYaml } from '../core/yaml.js';
import { UsageError, fsReason } from '../core/errors.js';
import { maxImageBytes, maxPostBytes, megabytes } from '../core/limits.js';
import { displayPath, isInside } from '../core/paths.js';
import { LINK_ADDRESS, type Attachment, type Post, type PostKind, type TextSegment } from '../core/types.js';
import { schoolDomains, type ResolvedConfig } from '../config/schema.js';
import { IMAGE_EXTENSIONS, VIDEO_EXTENSIONS, detectFormat, hasMediaExtension } from '../images/format.js';
import { resolveAttachment, resolveAttachments, type KnownReferences } from './attachments.js';
import { opensJsonFrontMatter, parseMarkdown, splitFrontMatter, type FrontMatterBlock } from './markdown.js';
import { loadToml, parseTomlFrontMatter } from './toml-front-matter.js';
import { withoutWebAddresses } from './web-addresses.js';
import { UnreadableDocument, type LaidOutDocument } from './paragraphs.js';
import { parseFrontMatter, type ParsedFrontMatter } from './front-matter.js';
import { parseSimpleFrontMatter } from './simple-front-matter.js';
import { percentDecoded } from './decode.js';
import type { MediaReference, PageLink, ParsedBody } from './parsed.js';
import { decodeText } from './decode.js';
import { expandMediaPatterns } from './media-patterns.js';
import { asShown } from './as-shown.js';
import { pushAll } from '../core/arrays.js';

/** Markdown under the other names Jekyll, Hugo and editors give it (a folder's post.mkdn was skipped in silence). */
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.mkd', '.mkdn', '.mdown', '.markdn', '.mdwn', '.mdtxt', '.mdtext']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
/** Word's macro-enabled document and its templates: the same package as .docx. */
const WORD_EXTENSIONS = new Set(['.docx', '.docm', '.dotx', '.dotm']);

export const POST_EXTENSIONS = new Set([...MARKDOWN_EXTENSIONS, ...HTML_EXTENSIONS, ...WORD_EXTENSIONS, '.txt', '.odt', '.pdf']);

/**
 * Documents a post may be written in that the auditor cannot read. Named in a folder or by a glob they
 * are post/unreadable, not skipped: a folder of news as old Word .doc files beside one .md passed.
 */
const UNREAD_DOCUMENTS = new Map<string, string>(Object.entries({
  '.doc': 'an old-style Word document (.doc)',
  '.dot': 'an old-style Word template (.dot)',
  '.rtf': 'a Rich Text document (.rtf)',
  '.pages': 'an Apple Pages document',
  '.wps': 'a Microsoft Works document',
  '.wpd': 'a WordPerfect document',
  '.fodt': 'a flat OpenDocument text (.fodt)',
  '.ott': 'an OpenDocument template (.ott)',
  '.xps': 'an XPS document',
  '.oxps': 'an XPS document',
  '.epub': 'an EPUB book',
  // Text markups Hugo publishes: their text could be read, but not the pictures they show.
  '.rst': 'a reStructuredText post',
  '.adoc': 'an AsciiDoc post',
  '.asciidoc': 'an AsciiDoc post',
  '.org': 'an Org-mode post',
  '.pandoc': 'a Pandoc post',
}));

/** What the document is, when it is a kind of document a post may be written in that the auditor cannot read. */
export function unreadDocument(file: string): string | undefined {
  return UNREAD_DOCUMENTS.get(path.extname(file).toLowerCase());
}

export function kindOf(file: string): PostKind | undefined {
  const ext = path.extname(file).toLowerCase();
  if (MARKDOWN_EXTENSIONS.has(ext)) return 'markdown';
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (ext === '.txt') return 'text';
  if (WORD_EXTENSIONS.has(ext)) return 'docx';
  if (ext === '.odt') return 'odt';
  if (ext === '.pdf') return 'pdf';
  if (IMAGE_EXTENSIONS.has(ext) || VIDEO_EXTENSIONS.has(ext)) return 'image';
  return undefined;
}

/**
 * `given`: the post's bytes when they come from elsewhere than the file (standard input). `known`:
 * the references earlier posts of the run resolved (see resolveAttachments). `maxBytes`: the size
 * limit of a Markdown, HTML or text post, when the caller has read it already for the run.
 */
export async function loadPost(file: string, config: ResolvedConfig, given?: Buffer, known?: KnownReferences, maxBytes = maxPostBytes()): Promise<Post> {
  const absolute = path.resolve(file);
  const kind = kindOf(absolute) ?? 'text';
  const shown = displayPath(absolute);
  const unread = unreadDocument(absolute);
  if (unread) throw new UsageError(`${shown}: ${unread}, which the auditor cannot read: save it as .docx, .odt or PDF and audit that`);
  if (kind === 'image') return imagePost(absolute, shown);
  if (kind === 'docx' || kind === 'odt' || kind === 'pdf') return documentPost(absolute, shown, kind, config, given);

  const bytes = given ? givenBytes(given, shown, maxBytes) : readPostBytes(absolute, shown, config.root, maxBytes);
  const document = documentIn(bytes);
  if (document) return documentPost(absolute, shown, document, config, bytes);
  const problems: Post['problems'] = [];
  const { text: source, note } = decodeText(bytes);
  const binary = binaryKind(bytes, source);
  if (binary) throw new UsageError(`${shown}: the file is ${binary}, not text, so it was not read`);
  // An empty file is more often a copy or sync that did not finish (a cloud drive's placeholder, a
  // cut-off upload) than a post: it is reported, never passed as a post with nothing wrong in it.
  if (source.replace(/^\uFEFF/, '').length === 0) {
    throw new UsageError(`${shown}: the file is empty (${bytes.length} bytes): was it saved, copied or synced completely?`);
  }
  if (note) problems.push({ message: note, offset: 0 });

  let parsed: ParsedBody;
  let frontMatter: Post['frontMatter'] = {};
  const needsHtml = kind === 'html' || holdsTag(source);
  const parseHtmlFragment = needsHtml ? (await import('./html.js')).parseHtmlFragment : undefined;
  const parseHtml = parseHtmlFragment && ((html: string, base: number) => named(shown, () => parseHtmlFragment(html, base)));
  if (kind === 'markdown') {
    const split = splitFrontMatter(source);
    const head = split && { bodyOffset: split.bodyOffset, frontMatter: await readFrontMatter(split) };
    const markdown = parseMarkdown(source, parseHtml, head);
    if (path.extname(absolute).toLowerCase() === '.mdx') pushAll(markdown.media, mdxImports(source));
    parsed = markdown;
    frontMatter = markdown.frontMatter.data;
    if (markdown.frontMatter.error) {
      problems.push({ message: `the front matter is not valid ${split?.format === 'toml' ? 'TOML' : split?.format === 'json' ? 'JSON' : 'YAML'} (${markdown.frontMatter.error.message})`, offset: markdown.frontMatter.error.offset });
    } else if (!split && opensJsonFrontMatter(source)) {
      problems.push({ message: 'the JSON front matter starting on line 1 is never closed with a "}" ending its line', offset: 0 });
    } else if (!split && /^(---|\+\+\+)\r?\n/.test(source)) {
      const fence = source.slice(0, 3);
      if (fence === '+++' || !hasClosedFrontMatter(source)) problems.push({ message: `the front matter starting on line 1 is never closed with a "${fence}" line`, offset: 0 });
    }
  } else if (kind === 'html') {
    parsed = parseHtml!(source, 0);
  } else {
    parsed = parsePlainText(source);
  }

  const postDir = path.dirname(absolute);
  const media = await expandMediaPatterns(parsed.media, postDir);
  const attachments = resolveAttachments(media, { postDir, root: config.root, ...(config.sitePaths ? { sitePaths: config.sitePaths } : {}) }, known);
  const segments = [...parsed.segments.flatMap((segment) => splitLongSegment(asShown(segment))), ...fileNameSegments(attachments)];
  if (kind === 'markdown' || kind === 'html') pushAll(segments, addressSegments(absolute, frontMatter, source));
  if (parsed.links) pushAll(segments, linkAddressSegments(parsed.links, schoolDomains(config)));
  return { path: absolute, displayPath: shown, kind, source, frontMatter, segments, attachments, suppressions: parsed.suppressions, problems };
}

/**
 * A PDF, Word or OpenDocument file saved under a text post's name (a newsletter renamed .md): read as
 * the document it is. Read as text it passed with a warning, its words in compressed streams unread.
 */
function documentIn(bytes: Buffer): 'pdf' | 'docx' | 'odt' | undefined {
  if (bytes.toString('latin1', 0, 5) === '%PDF-') return 'pdf';
  if (bytes.length < 4 || bytes.readUInt32BE(0) !== 0x504b0304) return undefined;
  if (bytes.includes('word/document.xml')) return 'docx';
  if (bytes.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return 'odt';
  return undefined;
}

/** What a file that is not text is (another archive, a picture, an old Office file, NUL bytes), or undefined for text. */
function binaryKind(bytes: Buffer, text: string): string | undefined {
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304) return 'a ZIP archive';
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1) return 'an old Office document (.doc, .xls or .ppt)';
  const picture = detectFormat(bytes.subarray(0, 64));
  if (picture) return `a picture or video (${picture})`;
  if (text.includes('\0')) return 'binary data (it holds NUL bytes)';
  return undefined;
}

/**
 * The photos and videos an MDX post imports ("import trip from './trip.jpg'", then <Image src={trip} />):
 * the site build publishes them with the page. They passed uninspected: an import is no Markdown image.
 */
function mdxImports(source: string): MediaReference[] {
  const found: MediaReference[] = [];
  for (const match of source.matchAll(/^[ \t]*import[ \t]+(?:[\w$*{},\s]+?[ \t]+from[ \t]*)?(["'])([^"'\r\n]+)\1/gm)) {
    const ref = match[2]!;
    if (hasMediaExtension(ref)) found.push({ ref, offset: match.index! + match[0].lastIndexOf(ref) });
  }
  return found;
}

/**
 * The bytes of a post file. Read synchronously: a post is small and local, and each asynchronous
 * step costs a thread-pool round trip (about as long as checking a short post); the engine still
 * overlaps posts. Stat first: a pipe or device would block the read or never end.
 */
/**
 * A post that is a link out of the project (a pull request adding content/x.md pointing at a runner's
 * secrets or another checkout) is not read: its findings would print parts of that file in the log.
 */
function refuseLinkOut(absolute: string, shown: string, root: string): void {
  if (!lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink()) return;
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    return; // a link to nothing: readPostBytes says so
  }
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch {
    // the root as given
  }
  if (!isInside(real, realRoot)) throw new UsageError(`${shown}: a link to a file outside the project folder, so it was not read`);
}

function givenBytes(bytes: Buffer, shown: string, limit: number): Buffer {
  if (bytes.length > limit) throw new UsageError(`${shown}: the post is ${megabytes(bytes.length)}, more than the ${megabytes(limit)} a post may be, so it was not read`);
  return bytes;
}

function readPostBytes(absolute: string, shown: string, root: string, limit: number): Buffer {
  const size = postSize(absolute, shown, root);
  if (size > limit) {
    throw new UsageError(`${shown}: the file is ${megabytes(size)}, more than the ${megabytes(limit)} a post may be, so it was not read`);
  }
  try {
    return readFileSync(absolute);
  } catch (error) {
    throw new UsageError(`${shown}: ${fsReason(error)}`);
  }
}

/**
 * The size of a post file that may be read. A post that is not a link (nearly all) is looked at
 * once: its lstat is its stat. A link is followed, and refused when it leads out of the project.
 */
function postSize(absolute: string, shown: string, root: string): number {
  let own: ReturnType<typeof lstatSync>;
  try {
    own = lstatSync(absolute, { throwIfNoEntry: false });
  } catch {
    own = undefined; // statSync below says why
  }
  if (own && !own.isSymbolicLink()) {
    if (!own.isFile()) throw new UsageError(`${shown}: not a regular file (a pipe, device or socket cannot be audited)`);
    return own.size;
  }
  let size: number;
  try {
    const info = statSync(absolute);
    if (!info.isFile()) throw new UsageError(`${shown}: not a regular file (a pipe, device or socket cannot be audited)`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const brokenLink = (error as NodeJS.ErrnoException).code === 'ENOENT' && lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink();
    throw new UsageError(`${shown}: ${brokenLink ? 'a link to a file that does not exist' : fsReason(error)}`);
  }
  refuseLinkOut(absolute, shown, root);
  return size;
}

/**
 * A Word, OpenDocument or PDF document: its text laid out a paragraph a line, its pictures read from
 * inside it. It holds its photos, so it may be as large as a photo and a post together.
 */
async function documentPost(absolute: string, shown: string, kind: 'docx' | 'odt' | 'pdf', config: ResolvedConfig, given?: Buffer): Promise<Post> {
  const limit = maxImageBytes() + maxPostBytes();
  const bytes = given ? givenBytes(given, shown, limit) : readPostBytes(absolute, shown, config.root, limit);
  let document: LaidOutDocument & Partial<Pick<Post, 'pageStarts' | 'problems'>>;
  try {
    if (kind === 'docx') document = (await import('./docx.js')).readWordDocument(bytes);
    else if (kind === 'odt') document = (await import('./odt.js')).readOpenDocument(bytes);
    else document = await (await import('./pdf.js')).readPdf(bytes);
  } catch (error) {
    if (error instanceof UnreadableDocument) throw new UsageError(`${shown}: ${error.message}`);
    throw error;
  }
  const postDir = path.dirname(absolute);
  const attachments = document.pictures.map((picture): Attachment => {
    const { inside } = picture;
    if (!inside) return resolveAttachment(picture, { postDir, root: config.root, ...(config.sitePaths ? { sitePaths: config.sitePaths } : {}) });
    const base = { ref: picture.ref, medium: 'photo', offset: picture.offset } as const;
    if ('problem' in inside) return { ...base, displayPath: `${path.posix.basename(picture.ref)} in the document`, status: 'unreadable', problem: inside.problem };
    return { ...base, displayPath: `${path.posix.basename(picture.ref)} in the document (${megabytes(inside.bytes.length)})`, status: 'ok', embedded: inside.bytes };
  });
  const segments = [...document.segments.flatMap((segment) => splitLongSegment(asShown(segment))), ...fileNameSegments(attachments.filter((a) => !a.embedded))];
  const post: Post = { path: absolute, displayPath: shown, kind, source: document.source, frontMatter: {}, segments, attachments, suppressions: document.suppressions, problems: document.problems ?? [] };
  if (document.pageStarts) post.pageStarts = document.pageStarts;
  return post;
}

/** An image or video given directly on the command line: audited on its own. */
export function imagePost(absolute: string, shown: string): Post {
  const attachment: Attachment = {
    ref: shown,
    path: absolute,
    displayPath: shown,
    medium: VIDEO_EXTENSIONS.has(path.extname(absolute).toLowerCase()) ? 'video' : 'photo',
    status: 'ok',
  };
  return {
    path: absolute,
    displayPath: shown,
    kind: 'image',
    source: '',
    frontMatter: {},
    segments: [],
    attachments: [attachment],
    suppressions: [],
    problems: [],
  };
}

/** A plain-text post: its paragraphs, without the web addresses in them (web-addresses.ts). */
function parsePlainText(source: string): ParsedBody {
  const segments: TextSegment[] = [];
  for (const [start, end] of plainParagraphs(source)) {
    const text = source.slice(start, end);
    if (!text.trim()) continue;
    const segment = withoutWebAddresses(verbatimSegment('body', text, start));
    if (segment.text.trim()) segments.push(segment);
  }
  return { segments, media: [], suppressions: [] };
}

/**
 * A text's paragraphs, [start, end), as /[^\r\n]+(?:\r?\n(?![ \t]*(?:\r?\n|$))[^\r\n]*)*\/g matches
 * them — lines up to a blank one (or a lone CR) — found by indexOf: that expression, run on a
 * paragraph of a million lines, overflowed the stack (its repeated group is a recursion).
 */
export function* plainParagraphs(text: string): Generator<[number, number]> {
  const length = text.length;
  const lineEnd = (from: number) => {
    let end = from;
    while (end < length) {
      const c = text.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      end++;
    }
    return end;
  };
  let at = 0;
  while (at < length) {
    const c = text.charCodeAt(at);
    if (c === 0x0a || c === 0x0d) {
      at++;
      continue;
    }
    const start = at;
    let end = lineEnd(at);
    for (;;) {
      let next: number;
      if (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a) next = end + 2;
      else if (text.charCodeAt(end) === 0x0a) next = end + 1;
      else break;
      let blank = next;
      while (blank < length && (text.charCodeAt(blank) === 0x20 || text.charCodeAt(blank) === 0x09)) blank++;
      if (blank === length || text.charCodeAt(blank) === 0x0a || (text.charCodeAt(blank) === 0x0d && text.charCodeAt(blank + 1) === 0x0a)) break;
      end = lineEnd(next);
    }
    yield [start, end];
    at = end;
  }
}

/** Front matter fields that give the page's web address ("slug: kwame-mensah-wins"). */
const ADDRESS_FIELDS = ['slug', 'permalink', 'url'];

/**
 * The words of the web address a page post is published at, read as a file name is: its own file
 * name (a site generator makes "2026-06-12-kwame-mensah-wins.md" the page "/kwame-mensah-wins/") and
 * the front matter's slug or permalink. Only one of two words or more ("post-2.md" is none).
 */
function addressSegments(absolute: string, frontMatter: Post['frontMatter'], source: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const add = (name: string, offset: number, field: string) => {
    const stem = name.replace(/^\d{4}-\d{2}-\d{2}[-_]?/, '');
    if (MORE_THAN_ONE_WORD.test(stem)) segments.push(fileNameSegment(stem, offset, field));
  };
  const base = path.basename(absolute);
  add(base.replace(/\.[a-z0-9]+$/i, ''), 0, base);
  for (const field of ADDRESS_FIELDS) {
    const value = frontMatter[field];
    if (typeof value !== 'string' || !value.trim()) continue;
    const at = source.indexOf(value);
    const last = percentDecoded(value.replace(/[?#].*$/, '')).replace(/\/+$/, '').split('/').pop() ?? '';
    add(last.replace(/\.[a-z0-9]+$/i, ''), at === -1 ? 0 : at, value.trim());
  }
  return segments;
}

/**
 * The words of the addresses of the school's own pages the post links to ("[the story](/news/seun-adebayo-wins)"):
 * a link's address is published with the post, and a pupil's name in it is as public as in the text.
 * Links are the school's own when relative, or to a host under one of its e-mail domains; other
 * sites' addresses (news, Wikipedia) name other people and are not read.
 */
function linkAddressSegments(links: readonly PageLink[], ownDomains: readonly string[]): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const { href, offset } of links) {
    const address = ownPagePath(href.trim(), ownDomains);
    if (address === undefined) continue;
    const parts = percentDecoded(address).split('/').map((part) => part.replace(/\.(?:html?|php|aspx?)$/i, '')).filter((part) => MORE_THAN_ONE_WORD.test(part));
    if (parts.length === 0) continue;
    const segment = fileNameSegment(parts.join(' / '), offset, href.trim());
    segment.storedIn = `${LINK_ADDRESS} ${href.trim()}`;
    segments.push(segment);
  }
  return segments;
}

/** A stem of two words or more ("kwame-mensah-wins", "KwameMensah"; not "news" or "2026"). */
const MORE_THAN_ONE_WORD = /\p{L}{2}[^]*?(?:[^\p{L}]|\p{Ll}(?=\p{Lu}))[^]*?\p{L}{2}/u;

/** The path of a link to one of the school's own pages, or undefined for another site's, an anchor or a query. */
function ownPagePath(href: string, ownDomains: readonly string[]): string | undefined {
  const absolute = /^(?:https?:)?\/\/([^/?#:]+)(?::\d+)?([^?#]*)/i.exec(href);
  if (absolute) {
    const host = absolute[1]!.toLowerCase();
    return ownDomains.some((domain) => host === domain || host.endsWith(`.${domain}`)) ? absolute[2] : undefined;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined; // another scheme (javascript:, ftp:)
  return href.replace(/[?#].*$/, '');
}

/** A file name's words ("amelia smith sports day"), placed at `offset`. */
function fileNameSegment(stem: string, offset: number, field: string): TextSegment {
  // Composed: macOS names files decomposed ("Sia\u0302n-Jones.jpg"); see as-shown.ts.
  return { kind: 'file-name', text: stem.normalize('NFC').replace(/[-_.+]+/g, ' '), pieces: [{ textStart: 0, sourceStart: offset, length: 0 }], field };
}

/** Attachment file names ("amelia-smith-sports-day.jpg") are read like text: they often carry names. */
function fileNameSegments(attachments: Attachment[]): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const attachment of attachments) {
    if (attachment.offset === undefined) continue;
    // As the file is named: markdown-it percent-encodes a link's other characters ("Zo%C3%AB-Bront%C3%AB.jpg").
    const base = path.basename(percentDecoded(attachment.ref.replace(/[?#].*$/, '')));
    const stem = base.replace(/\.[a-z0-9]+$/i, '');
    if (/[a-z]{2}/i.test(stem)) segments.push(fileNameSegment(stem, attachment.offset, base));
  }
  return segments;
}

/**
 * Whether the text may hold HTML (as /<[a-z!/?]/i), found by indexOf: a long post has few "<". A
 * comment, closing tag or processing instruction opens an HTML block too, and text after it on its
 * line ("<!-- note -->Call Mrs Smith on …") is read only through the HTML parser.
 */
export function holdsTag(source: string): boolean {
  for (let at = source.indexOf('<'); at !== -1; at = source.indexOf('<', at + 1)) {
    const code = source.charCodeAt(at + 1);
    const letter = (code | 0x20) >= 97 && (code | 0x20) <= 122; // ASCII capitals → small letters
    if (letter || code === 0x21 || code === 0x2f || code === 0x3f) return true; // "!", "/", "?"
  }
  return false;
}

function hasClosedFrontMatter(source: string): boolean {
  return /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(source);
}

/** Runs a parser; a UsageError it raises is given the file's name. */
function named<T>(shown: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${shown}: ${error.message}`);
    throw error;
  }
}

/** Front matter: plain YAML `key: value` lines directly, anything else with the YAML or TOML parser (loaded only then). */
async function readFrontMatter(block: FrontMatterBlock): Promise<ParsedFrontMatter> {
  if (block.format === 'toml') return parseTomlFrontMatter(block.text, block.textOffset, await loadToml());
  if (block.format === 'json') return parseFrontMatter(block.text, block.textOffset, await loadYaml());
  return parseSimpleFrontMatter(block.text, block.textOffset) ?? parseFrontMatter(block.text, block.textOffset, await loadYaml());
}

