// Markdown posts: mdast (positions kept) → text segments, attachment references and suppressions.
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { SegmentBuilder, verbatimSegment } from '../core/position.js';
import type { Suppression, TextSegment } from '../core/types.js';
import { appendAligned } from './align.js';
import { parseFrontMatter, type ParsedFrontMatter } from './front-matter.js';
import type { MediaReference, ParsedBody } from './parsed.js';
import { findSuppressionComments, toSuppressions } from './suppressions.js';

export interface ParsedMarkdown extends ParsedBody {
  frontMatter: ParsedFrontMatter;
}

const BLOCK_TEXT = new Set(['paragraph', 'heading', 'tableCell']);

export type HtmlParser = (html: string, base: number) => ParsedBody;

/**
 * `parseHtml` reads HTML inside the Markdown (images, captions); the caller passes it only when the
 * source contains tags, so plain posts never load the HTML parser.
 */
export function parseMarkdown(source: string, parseHtml?: HtmlParser): ParsedMarkdown {
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  });
  const segments: TextSegment[] = [];
  const media: MediaReference[] = [];
  const suppressions: Suppression[] = [];
  const definitions = new Map<string, string>();
  let frontMatter: ParsedFrontMatter = { data: {}, segments: [], media: [] };

  visit(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
  });

  const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
  const endOf = (node: Nodes) => node.position?.end.offset ?? startOf(node);

  const addImage = (url: string, alt: string | null | undefined, title: string | null | undefined, node: Nodes) => {
    const start = startOf(node);
    media.push({ ref: url, offset: start });
    const raw = source.slice(start, endOf(node));
    if (alt) {
      const at = raw.indexOf(alt);
      segments.push(verbatimSegment('alt', alt, at === -1 ? start : start + at));
    }
    if (title) {
      const at = raw.lastIndexOf(title);
      segments.push(verbatimSegment('caption', title, at === -1 ? start : start + at));
    }
  };

  const addHtml = (value: string, offset: number, builder?: SegmentBuilder) => {
    if (!parseHtml) return;
    const fragment = parseHtml(value, offset);
    media.push(...fragment.media);
    for (const segment of fragment.segments) {
      if (builder && segment.kind === 'body') {
        for (const piece of segment.pieces) builder.append(segment.text.slice(piece.textStart, piece.textStart + piece.length), piece.sourceStart);
      } else {
        segments.push(segment);
      }
    }
  };

  /** Collects the inline text of a block into one segment; images and HTML along the way. */
  const collectInline = (parent: Parent, builder: SegmentBuilder) => {
    for (const child of parent.children as Nodes[]) {
      switch (child.type) {
        case 'text':
          appendAligned(builder, child.value, source, startOf(child), endOf(child));
          break;
        case 'inlineCode':
          builder.separator(' ');
          break;
        case 'break':
          builder.separator('\n');
          break;
        case 'link': {
          const only = child.children.length === 1 ? child.children[0] : undefined;
          const isBareUrl = only?.type === 'text' && (only.value === child.url || `mailto:${only.value}` === child.url);
          if (isBareUrl && !child.url.startsWith('mailto:')) builder.separator(' ');
          else collectInline(child, builder);
          break;
        }
        case 'image':
          addImage(child.url, child.alt, child.title, child);
          break;
        case 'imageReference': {
          const url = definitions.get(child.identifier);
          if (url) addImage(url, child.alt, undefined, child);
          break;
        }
        case 'html':
          addHtml(child.value, startOf(child), builder);
          break;
        case 'footnoteReference':
          break;
        default:
          if ('children' in child) collectInline(child as Parent, builder);
      }
    }
  };

  const walkBlocks = (parent: Parent) => {
    const children = parent.children as RootContent[];
    children.forEach((node, index) => {
      if (node.type === 'yaml') {
        frontMatter = parseFrontMatter(node.value, source.indexOf(node.value, startOf(node)));
        return;
      }
      if (node.type === 'code' || node.type === 'definition') return;
      if (node.type === 'html') {
        const comments = findSuppressionComments(node.value, startOf(node));
        for (const comment of comments) {
          const next = children[index + 1];
          const [start, end] = comment.wholeFile
            ? [0, source.length]
            : next
              ? [startOf(next), endOf(next)]
              : [comment.end, comment.end];
          suppressions.push(...toSuppressions(comment, start, end));
        }
        addHtml(node.value, startOf(node));
        return;
      }
      if (BLOCK_TEXT.has(node.type)) {
        const builder = new SegmentBuilder(node.type === 'heading' ? 'heading' : 'body');
        collectInline(node as Parent, builder);
        if (!builder.isEmpty) segments.push(builder.build());
        // Inline suppression comments inside a paragraph apply to that paragraph.
        visit(node, (inner) => {
          if (inner.type !== 'html') return;
          for (const comment of findSuppressionComments(inner.value, startOf(inner))) {
            suppressions.push(...toSuppressions(comment, startOf(node), endOf(node)));
          }
        });
        return;
      }
      if ('children' in node) walkBlocks(node as Parent);
    });
  };

  walkBlocks(tree as Root);
  segments.unshift(...frontMatter.segments);
  media.unshift(...frontMatter.media);
  return { segments, media, suppressions, frontMatter };
}

function visit(node: Nodes, fn: (node: Nodes) => void): void {
  fn(node);
  if ('children' in node) for (const child of node.children as Nodes[]) visit(child, fn);
}
