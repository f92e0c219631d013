// The shapes every part of post-audit shares: findings, rules, posts and the audit result.
import type { ConsentRecord } from '../consent/record.js';
import type { ResolvedConfig } from '../config/schema.js';
import type { ImageMetadata } from '../images/types.js';
import type { PolicyPack } from '../policies/schema.js';
import type { LexiconStore } from '../lexicons/store.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export interface Location {
  /** The file the finding is in (the image for image findings), relative to the working directory. */
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** For metadata findings: the field that carries it, e.g. "GPSLatitude". */
  field?: string;
  /** In a PDF: the page (1-based) the line is on, and the line's place on that page (1-based). */
  page?: number;
  pageLine?: number;
}

export interface Citation {
  policy: string;
  section: string;
  summary: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
  citations: Citation[];
  excerpt?: string;
  suggestion?: string;
}

/** What a rule reports; the engine adds severity, citations and the final (possibly redacted) wording. */
export interface Report {
  message: string;
  /** The same message with no personal data, used when output is redacted (CI). */
  redactedMessage?: string;
  /** Personal strings (names, numbers) that must be masked wherever they appear when redacting. */
  personal?: string[];
  /** Where in the source: byte offsets into Post.source (converted to line/column by the engine). */
  offset?: number;
  endOffset?: number;
  /** Or a location given directly (image metadata findings). */
  location?: Partial<Location>;
  excerpt?: string;
  /** Where the text found is kept, when not in the post's own words (TextSegment.storedIn): added to the message. */
  within?: string;
  suggestion?: string;
  /** Overrides the rule's default severity (e.g. a quotation of a slur is a warning). */
  severity?: Severity;
}

export type RuleInput = 'text' | 'images' | 'consent' | 'front-matter';

export interface RuleMeta {
  /** Exactly as in RULES.md, e.g. "image/gps". */
  id: string;
  /** One line: what it catches. */
  description: string;
  severity: Severity;
  inputs: RuleInput[];
  /** For `audit explain`: a longer account, and examples that fire and that do not. */
  docs: {
    details: string;
    fires: string[];
    passes: string[];
    fix: string;
  };
}

export interface RuleContext {
  post: Post;
  config: ResolvedConfig;
  consent: ConsentRecord | undefined;
  lexicons: LexiconStore;
  /** The post's date (front matter `date`, else today), for consent expiry. */
  today: Date;
  /** Every rule id the auditor knows (for validating suppressions). */
  ruleIds: ReadonlySet<string>;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Pure: reads the context, reports findings. May be async only to lazy-load a heavy module. */
  check(ctx: RuleContext): void | Promise<void>;
}

export type PostKind = 'markdown' | 'text' | 'html' | 'docx' | 'odt' | 'pdf' | 'image';

/** A word processor's document (Word, OpenDocument): read from a zip, its pictures inside it, fixed in place. */
export function isOfficeDocument(kind: PostKind): boolean {
  return kind === 'docx' || kind === 'odt';
}

/**
 * A document laid out a paragraph a line, its pictures inside it: a word processor's, or a PDF
 * (whose pictures are read but never fixed in place: the auditor does not rewrite PDFs).
 */
export function isDocument(kind: PostKind): boolean {
  return isOfficeDocument(kind) || kind === 'pdf';
}

/** Where a piece of text came from inside the post. */
export type SegmentKind =
  | 'body'
  | 'heading'
  | 'alt'
  | 'caption'
  | 'link'
  | 'front-matter'
  | 'file-name';

/**
 * A run of prose (a paragraph, heading, alt text, front-matter value …) as plain text, with a map
 * back to offsets in the original source so findings carry exact line and column.
 */
export interface TextSegment {
  kind: SegmentKind;
  text: string;
  /** Ascending pieces: text[textStart, textStart+length) came from source[sourceStart, …). */
  pieces: { textStart: number; sourceStart: number; length: number }[];
  /** Front-matter key or HTML attribute this came from, if any. */
  field?: string;
  /** Where the text is kept when the post shows it without writing it: "the IPTC Caption-Abstract stored in photos/race.jpg". */
  storedIn?: string;
}

/** How `storedIn` begins for the words of a link's web address ("the link address /news/kwame-mensah-wins"). */
export const LINK_ADDRESS = 'the link address';

export function isLinkAddress(segment: TextSegment): boolean {
  return segment.kind === 'file-name' && segment.storedIn?.startsWith(LINK_ADDRESS) === true;
}

export type AttachmentStatus = 'ok' | 'missing' | 'outside' | 'unreadable' | 'remote';

export interface Attachment {
  /** As written in the post. */
  ref: string;
  /** Absolute path when local. */
  path?: string;
  /** The picture itself when the post holds it (a data: URL); there is no path then. */
  embedded?: Buffer;
  /** Relative to the working directory, for reports. */
  displayPath: string;
  medium: 'photo' | 'video';
  status: AttachmentStatus;
  /** Why it could not be read (status other than ok/remote). */
  problem?: string;
  /** Offset of the reference in the post source (undefined for images given directly). */
  offset?: number;
  /** Filled in by the loader for readable local files. */
  metadata?: ImageMetadata;
}

export interface FrontMatter {
  channel?: string;
  account?: string;
  approved_by?: string;
  trip?: string | boolean;
  date?: string;
  media?: string[];
  [key: string]: unknown;
}

export interface Post {
  /** Absolute path. */
  path: string;
  /** Relative to the working directory. */
  displayPath: string;
  kind: PostKind;
  /** The file's text exactly as read (empty for images). */
  source: string;
  frontMatter: FrontMatter;
  segments: TextSegment[];
  attachments: Attachment[];
  /** `audit-ignore` comments found in the post (validated by the post/invalid-suppression rule). */
  suppressions: Suppression[];
  /** Problems reading the post itself (encoding, front matter), reported by post/unreadable (as errors unless said). */
  problems: { message: string; offset: number; severity?: 'warning' }[];
  /** A PDF's: the line (1-based) each page starts on, then the line after the last page. */
  pageStarts?: number[];
}

export interface Suppression {
  ruleId: string;
  reason: string;
  /** Source range it applies to. */
  start: number;
  end: number;
  /** Offset of the comment itself. */
  offset: number;
}

export interface SuppressedFinding {
  finding: Finding;
  reason: string;
}

export interface FileResult {
  path: string;
  verdict: 'pass' | 'fail';
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

export interface AuditResult {
  tool: { name: string; version: string };
  policy: string;
  pack: PolicyPack;
  verdict: 'pass' | 'fail';
  failOn: Severity;
  redacted: boolean;
  files: FileResult[];
  summary: { files: number; errors: number; warnings: number; infos: number; suppressed: number };
}
