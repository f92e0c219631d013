// Bare-URL detection for markdown-it without running linkify-it's giant Unicode patterns over
// whole paragraphs. `fastLinkify` replaces markdown-it's `linkify` core rule
// (node_modules/markdown-it/lib/rules_core/linkify.mjs) with the same rule and the same tokens, except
// that linkify-it reads only the runs of text around the places a link must hold
// (tests/load/linkify.test.ts compares the token streams with stock markdown-it's).
//
// Why that finds exactly the same links: a linkify-it link never holds white space or a control
// character (Unicode Z and Cc; its patterns exclude them everywhere), and wherever its patterns accept
// such a character just before or after a link (and before "//" in a scheme check) they accept the
// start or end of the text as well. So every link lies inside one run of text between such characters
// and is found there, at the same place; no link spans two runs, so LinkifyIt#match's choice between
// overlapping candidates is made within a run. Every link holds "//" (http:, https:, ftp:, //), "@"
// (e-mails, mailto:) or a dot before two letters (a top-level domain: two letters or more, or xn--),
// so runs without those hold none ("e.g." has none).
// One check looks further: LinkifyIt#test accepts a schemeless link only if the text holds
// re.host_fuzzy_test somewhere, not necessarily in the link's run; findLinks asks the whole text then.
import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

type LinkifyIt = MarkdownIt['linkify'];

const MAY_HOLD_LINK = /\/\/|mailto:|@|localhost|\.\p{L}{2}/iu;

/** False only for text in which linkify-it cannot find a link (tests/load/linkify-gate.test.ts): see LINK_MARK. */
export function mayHoldLink(text: string): boolean {
  return MAY_HOLD_LINK.test(text);
}

/** Something every link linkify-it finds holds. */
const LINK_MARK = /\/\/|@|\.\p{L}{2}/gu;

/** Unicode Z and Cc, linkify-it's re.src_ZCc (tests/load/linkify.test.ts checks every code unit). */
export function isLinkBoundary(code: number): boolean {
  return (
    code <= 0x20 ||
    (code >= 0x7f && code <= 0xa0) ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

export interface FoundLink {
  index: number;
  lastIndex: number;
  schema: string;
  text: string;
  url: string;
}

// linkify-it's matches of the last few hundred runs: posts repeat the school's address and site,
// and matching one costs a dozen regular expressions. Read only.
const recentMatches = new WeakMap<LinkifyIt, Map<string, ReturnType<LinkifyIt['match']>>>();
const RECENT_RUNS = 512;

/** linkify.match(run): the same links for the same text (its result depends on nothing else). */
function matchRun(linkify: LinkifyIt, run: string): ReturnType<LinkifyIt['match']> {
  let recent = recentMatches.get(linkify);
  if (!recent) recentMatches.set(linkify, (recent = new Map()));
  let found = recent.get(run);
  if (found === undefined) {
    found = linkify.match(run);
    if (recent.size >= RECENT_RUNS) recent.clear();
    recent.set(run, found);
  }
  return found;
}

/** A run longer than this that holds more than SCHEMES_IN_LONG_RUN schemes is read piece by piece (see `pieces`). */
const LONG_RUN = 1_000;
const SCHEMES_IN_LONG_RUN = 8;
const SCHEME = /(?:https?|ftp):\/\/|mailto:|(?<!:)\/\//gi;

/**
 * The run as linkify-it reads it: whole, or — a long run holding many schemes — cut before each
 * scheme. LinkifyIt#match validates the rest of the run at every scheme it holds, so one run of
 * 'http://a.b/' 8,000 times (88 KB, no space) took two minutes; cut, each piece is one link, and
 * together they cover what the one link did.
 */
function pieces(run: string): [at: number, piece: string][] {
  if (run.length <= LONG_RUN) return [[0, run]];
  const starts = [0];
  SCHEME.lastIndex = 0;
  for (let m = SCHEME.exec(run); m; m = SCHEME.exec(run)) if (m.index > 0) starts.push(m.index);
  if (starts.length <= SCHEMES_IN_LONG_RUN) return [[0, run]];
  return starts.map((at, i) => [at, run.slice(at, starts[i + 1] ?? run.length)]);
}

/** What `linkify.test(text) ? linkify.match(text) : null` gives (as a possibly empty list), read run by run. */
export function findLinks(linkify: LinkifyIt, text: string): FoundLink[] {
  const links: FoundLink[] = [];
  const runs: string[] = [];
  LINK_MARK.lastIndex = 0;
  for (let mark = LINK_MARK.exec(text); mark; mark = LINK_MARK.exec(text)) {
    let start = mark.index;
    while (start > 0 && !isLinkBoundary(text.charCodeAt(start - 1))) start--;
    let end = mark.index + mark[0].length;
    while (end < text.length && !isLinkBoundary(text.charCodeAt(end))) end++;
    for (const [at, run] of pieces(text.slice(start, end))) {
      runs.push(run);
      for (const { index, lastIndex, schema, text, url } of matchRun(linkify, run) ?? []) {
        links.push({ index: index + start + at, lastIndex: lastIndex + start + at, schema, text, url });
      }
    }
    LINK_MARK.lastIndex = end;
  }
  if (links.length === 0) return links;
  // LinkifyIt#test: a schemeless link (one was found unless some link has a scheme) and
  // re.host_fuzzy_test anywhere in the text, or a link with a scheme or an e-mail in some run.
  const tested =
    links.some((link) => link.schema !== '') ||
    linkify.re.host_fuzzy_test!.test(text) ||
    runs.some((run) => linkify.test(run));
  return tested ? links : [];
}

// An ASCII web address or e-mail address of the ordinary shape, with no punycode: markdown-it's
// normalizeLink and normalizeLinkText (URL parsing, punycode, percent-encoding) give it back
// unchanged (tests/load/linkify-plain.test.ts), so a post of many addresses skips them.
const PLAIN_EMAIL = /^(?:mailto:)?[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const PLAIN_URL =
  /^(?:https?:\/\/|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d{1,5})?(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)?(?:#[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)?$/;

export function plainLink(text: string): boolean {
  return (PLAIN_EMAIL.test(text) || PLAIN_URL.test(text)) && !/xn--/i.test(text);
}

/** The text markdown-it shows for a found link (its `linkify` rule's normalizing). */
function linkText(md: MarkdownIt, link: FoundLink): string {
  if (!link.schema) return md.normalizeLinkText('http://' + link.text).replace(/^http:\/\//, '');
  if (link.schema === 'mailto:' && !/^mailto:/i.test(link.text)) return md.normalizeLinkText('mailto:' + link.text).replace(/^mailto:/, '');
  return md.normalizeLinkText(link.text);
}

const isLinkOpen = (html: string) => /^<a[>\s]/i.test(html);
const isLinkClose = (html: string) => /^<\/a\s*>/i.test(html);

/** markdown-it's `linkify` core rule, with findLinks in place of linkify-it's test and match. */
function linkifyRule(state: StateCore): void {
  const md = state.md;
  if (!md.options.linkify) return;
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !mayHoldLink(block.content)) continue;
    // markdown-it skips a block that fails linkify-it's pre-test: asked only once a link is found.
    let pretested: boolean | undefined;
    const tokens = block.children!;
    const replacements: { index: number; nodes: Token[] }[] = [];
    let htmlLinkLevel = 0;
    // From the end, as markdown-it does: skip the text of Markdown links and of HTML <a> tags.
    for (let i = tokens.length - 1; i >= 0; i--) {
      const current = tokens[i]!;
      if (current.type === 'link_close') {
        i--;
        while (tokens[i]!.level !== current.level && tokens[i]!.type !== 'link_open') i--;
        continue;
      }
      if (current.type === 'html_inline') {
        if (isLinkOpen(current.content) && htmlLinkLevel > 0) htmlLinkLevel--;
        if (isLinkClose(current.content)) htmlLinkLevel++;
      }
      if (htmlLinkLevel > 0 || current.type !== 'text') continue;
      const text = current.content;
      let links = findLinks(md.linkify, text);
      if (links.length === 0) continue;
      if (!(pretested ??= md.linkify.pretest(block.content))) break; // nothing replaced yet
      // No link right after an escape: http\://example.com/ is not http:<a>//example.com/</a>.
      if (links[0]!.index === 0 && i > 0 && tokens[i - 1]!.type === 'text_special') links = links.slice(1);

      const nodes: Token[] = [];
      let level = current.level;
      let lastPos = 0;
      for (const link of links) {
        const fullUrl = plainLink(link.url) ? link.url : md.normalizeLink(link.url);
        if (!md.validateLink(fullUrl)) continue;
        const urlText = plainLink(link.text) ? link.text : linkText(md, link);
        if (link.index > lastPos) {
          const before = new state.Token('text', '', 0);
          before.content = text.slice(lastPos, link.index);
          before.level = level;
          nodes.push(before);
        }
        const open = new state.Token('link_open', 'a', 1);
        open.attrs = [['href', fullUrl]];
        open.level = level++;
        open.markup = 'linkify';
        open.info = 'auto';
        nodes.push(open);
        const label = new state.Token('text', '', 0);
        label.content = urlText;
        label.level = level;
        nodes.push(label);
        const close = new state.Token('link_close', 'a', -1);
        close.level = --level;
        close.markup = 'linkify';
        close.info = 'auto';
        nodes.push(close);
        lastPos = link.lastIndex;
      }
      if (lastPos < text.length) {
        const after = new state.Token('text', '', 0);
        after.content = text.slice(lastPos);
        after.level = level;
        nodes.push(after);
      }
      replacements.push({ index: i, nodes });
    }
    if (replacements.length === 0) continue;
    // Replacements were collected from the end.
    const children: Token[] = [];
    let next = replacements.length - 1;
    for (let i = 0; i < tokens.length; i++) {
      if (next >= 0 && replacements[next]!.index === i) for (const node of replacements[next--]!.nodes) children.push(node);
      else children.push(tokens[i]!);
    }
    block.children = children;
  }
}

/**
 * markdown-it plugin: the `linkify` core rule reads only the runs of text around possible links (see
 * the top of this file); linkify-it's pre-test and test are skipped on text mayHoldLink rejects, and
 * the pre-test answers at once for text that surely passes it.
 */
export function fastLinkify(md: MarkdownIt): void {
  const linkify = md.linkify;
  const pretest = linkify.pretest.bind(linkify);
  const test = linkify.test.bind(linkify);
  // "@" is one of the pre-test's alternatives; in "://" it finds "//" after a punctuation mark.
  linkify.pretest = (text: string) => text.includes('://') || text.includes('@') || (mayHoldLink(text) && pretest(text));
  linkify.test = (text: string) => mayHoldLink(text) && test(text);
  md.core.ruler.at('linkify', linkifyRule);
}
