// The pipeline: inputs → load (all I/O) → rules (pure) → findings with citations → AuditResult.
import path from 'node:path';
import { configFor, configForFile, loadConfigFile } from '../config/discover.js';
import type { ResolvedConfig } from '../config/schema.js';
import { loadConsentForConfig } from '../consent/source.js';
import type { ConsentRecord } from '../consent/record.js';
import { redactor } from '../consent/redact.js';
import { readImageMetadata, type ReadOptions } from '../images/read.js';
import type { ImageMetadata } from '../images/types.js';
import { LexiconStore } from '../lexicons/store.js';
import { shareWordsOfSameText } from '../lexicons/tokenize.js';
import { expandInputs } from '../load/inputs.js';
import type { KnownReferences } from '../load/attachments.js';
import { kindOf, loadPost } from '../load/post.js';
import { addPhotoCaptions } from '../load/photo-captions.js';
import { suppressionLookup } from '../load/suppressions.js';
import { citationsFor, DEFAULT_POLICY, loadPolicy } from '../policies/loader.js';
import { rules as allRules } from '../rules/index.js';
import type { PolicyPack } from '../policies/schema.js';
import { parseDate } from '../consent/record.js';
import { UsageError, describeError } from './errors.js';
import { displayPath } from './paths.js';
import { packageVersion } from './paths.js';
import { LineIndex, pageOf } from './position.js';
import { maxFindingsPerRule, maxPostBytes } from './limits.js';
import { timed, timingEnabled } from './timing.js';
import {
  SEVERITY_RANK,
  type AuditResult,
  type FileResult,
  type Finding,
  type Post,
  type Report,
  type Rule,
  type Severity,
  type SuppressedFinding,
} from './types.js';
import { formatCount } from './count.js';

export interface AuditOptions {
  inputs: string[];
  /** The inputs are files already expanded from the command line (`expandInputs`): audit each as it is. */
  expanded?: boolean;
  policy?: string;
  consent?: string;
  config?: string;
  failOn?: Severity;
  redact?: boolean;
  /** Rules to run (default: all). */
  rules?: readonly Rule[];
  cwd?: string;
  /** Called with each post once it is loaded (its attachments resolved and read). */
  onPost?: (post: Post, config: ResolvedConfig) => void;
  /** Posts given as bytes (read from standard input), by the absolute path they are audited as. */
  given?: ReadonlyMap<string, Buffer>;
}

export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  // Expanded once: a folder's broken link or pipe named like a post is then reported by the loader,
  // where a second expansion would stop the whole run on it.
  const files = options.expanded ? options.inputs.map((file) => path.resolve(options.cwd ?? process.cwd(), file)) : await expandInputs(options.inputs, options.cwd ? { cwd: options.cwd } : {});
  const explicitConfig = options.config ? await loadConfigFile(options.config) : undefined;
  // The posts to audit are files (expandInputs): their folder's config, without asking the disk first
  // whether each is a folder. A post given on standard input is named as the user chose.
  const configOf = async (file: string): Promise<ResolvedConfig> => explicitConfig ?? (options.given?.has(file) ? configFor(file) : configForFile(file));
  const firstConfig = explicitConfig ?? (await configFor(files[0] ?? options.cwd ?? process.cwd()));
  const policyId = options.policy ?? firstConfig.policy ?? DEFAULT_POLICY;
  const pack = await loadPolicy(policyId, options.policy ? process.cwd() : firstConfig.root);
  const failOn: Severity = options.failOn ?? firstConfig.failOn ?? 'error';
  const redact = options.redact ?? isCi();
  const lexicons = new LexiconStore();
  const rules = options.rules ?? allRules;
  const ruleIds = new Set(allRules.map((rule) => rule.meta.id));
  const images = new ImageCache();
  const known: KnownReferences = new Map();
  // Limits from the environment, read once per run rather than for every post.
  const limits = { maxPostBytes: maxPostBytes(), maxFindingsPerRule: maxFindingsPerRule() };
  const timing = timingEnabled();

  // Several posts are read at once so file I/O overlaps with the (CPU-bound) rules; results keep
  // the order of the inputs.
  // With POST_AUDIT_TIMING, one post at a time, so that each step's time is its own.
  const results = await mapInOrder(files, timing ? 1 : LOAD_CONCURRENCY, async (file) => {
    const config = await configOf(file);
    const consent = await loadConsentForConfig(config, options.consent);
    const load = () => loadPostOrProblem(file, config, options.given?.get(file), known, limits.maxPostBytes);
    const loaded = timing ? await timed('(load and parse posts)', load) : await load();
    const post = loaded.post;
    const readImages = () => images.fill(post, { ...imageReadOptions(config, rules), captions: true });
    await (timing ? timed('(read images)', readImages) : readImages());
    addPhotoCaptions(post);
    options.onPost?.(post, config);
    // A post that could not be read is reported by post/unreadable alone: the other rules saw nothing.
    const postRules = loaded.readable ? rules : rules.filter((rule) => rule.meta.id === 'post/unreadable');
    const findings = await checkPost(post, { config, consent, lexicons, rules: postRules, ruleIds, pack, redact, maxFindingsPerRule: limits.maxFindingsPerRule });
    return toFileResult(post, findings, failOn, redact ? redactor(consent) : undefined);
  });
  return summarise(results, { policy: pack.id, pack, failOn, redact });
}

const LOAD_CONCURRENCY = 16;
/** The images of one post read at once. */
const IMAGE_CONCURRENCY = 16;

/** Maps with at most `limit` calls in flight, results in input order. */
async function mapInOrder<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Loads one post. A file the run found (in a folder, a glob or a list) that cannot be read or parsed
 * becomes a post/unreadable finding on that file and the audit goes on; a path that does not exist
 * at all was already refused by expandInputs (exit 2).
 */
async function loadPostOrProblem(file: string, config: ResolvedConfig, given: Buffer | undefined, known: KnownReferences, maxBytes: number): Promise<{ post: Post; readable: boolean }> {
  try {
    return { post: await loadPost(file, config, given, known, maxBytes), readable: true };
  } catch (error) {
    const absolute = path.resolve(file);
    const shown = displayPath(absolute);
    const reason = error instanceof UsageError ? error.message.replace(`${shown}: `, '') : `the auditor could not parse it (${describeError(error)})`;
    const post: Post = {
      path: absolute,
      displayPath: shown,
      kind: kindOf(absolute) ?? 'text',
      source: '',
      frontMatter: {},
      segments: [],
      attachments: [],
      suppressions: [],
      problems: [{ message: `${reason} — nothing in it was checked`, offset: 0 }],
    };
    return { post, readable: false };
  }
}

interface CheckOptions {
  config: ResolvedConfig;
  consent: ConsentRecord | undefined;
  lexicons: LexiconStore;
  rules: readonly Rule[];
  ruleIds: ReadonlySet<string>;
  pack: PolicyPack;
  redact: boolean;
  /** Read from the environment once per run by runAudit; read here when not given. */
  maxFindingsPerRule?: number;
}

interface PendingFinding {
  finding: Finding;
  offset?: number;
}

/** Runs every enabled rule over one loaded post. A rule that throws becomes an error finding. */
export async function checkPost(post: Post, options: CheckOptions): Promise<PendingFinding[]> {
  // Made on the first finding with an offset: most rules of most posts find nothing.
  let lines: LineIndex | undefined;
  const today = postDate(post) ?? new Date();
  const mask = options.redact ? redactor(options.consent) : undefined;
  // A post that repeats a paragraph, caption or sign-off has its words read once for all of them.
  shareWordsOfSameText(post.segments);
  const pending: PendingFinding[] = [];
  // A post that repeats a name or a number a million times (a pasted export, a hostile file) would
  // give a million findings and a report too big to write: past the cap they are counted, not kept.
  const cap = options.maxFindingsPerRule ?? maxFindingsPerRule();
  // The rule running now and what it has reported: one report function and one context for all the
  // post's rules (rules run one after another), not a new pair of closures for each rule.
  let rule = options.rules[0]!;
  let setting: Severity | 'off' | undefined;
  let listed = 0;
  let unlisted = 0;
  let unlistedSeverity: Severity = 'info';
  const report = (r: Report) => {
    const severity = (setting as Severity | undefined) ?? r.severity ?? rule.meta.severity;
    if (listed >= cap) {
      unlisted++;
      if (SEVERITY_RANK[severity] > SEVERITY_RANK[unlistedSeverity]) unlistedSeverity = severity;
      return;
    }
    listed++;
    pending.push(toFinding(rule, r, severity));
  };
  const toFinding = (rule: Rule, r: Report, severity: Severity): PendingFinding => {
    const location: Finding['location'] = { file: post.displayPath, ...r.location };
    // An image finding is located in the image (by its metadata field), not at a line of the post.
    const inOtherFile = r.location?.file !== undefined && r.location.file !== post.displayPath;
    if (r.offset !== undefined && r.location?.line === undefined && !inOtherFile) {
      lines ??= new LineIndex(post.source);
      const start = lines.position(r.offset);
      location.line = start.line;
      location.column = start.column;
      if (r.endOffset !== undefined && r.endOffset > r.offset) {
        const end = lines.position(r.endOffset);
        location.endLine = end.line;
        location.endColumn = end.column;
      }
    }
    if (post.pageStarts && location.line !== undefined) Object.assign(location, pageOf(post.pageStarts, location.line));
    let message = r.message;
    let excerpt = r.excerpt;
    let suggestion = r.suggestion;
    if (mask) {
      message = r.redactedMessage !== undefined ? r.redactedMessage.replaceAll('{line}', String(location.line ?? '?')) : mask(r.message, r.personal);
      if (excerpt !== undefined) excerpt = mask(excerpt, r.personal);
      if (suggestion !== undefined) suggestion = mask(suggestion, r.personal);
      location.file = mask.path(location.file);
    }
    if (r.within !== undefined) message += ` (in ${mask ? mask(r.within, r.personal) : r.within})`;
    const finding: Finding = { ruleId: rule.meta.id, severity, message, location, citations: citationsFor(options.pack, rule.meta.id) };
    if (excerpt !== undefined) finding.excerpt = excerpt;
    if (suggestion !== undefined) finding.suggestion = suggestion;
    const result: PendingFinding = { finding };
    if (r.offset !== undefined) result.offset = r.offset;
    return result;
  };
  const context = { post, config: options.config, consent: options.consent, lexicons: options.lexicons, today, ruleIds: options.ruleIds, report };
  const timing = timingEnabled();
  for (const current of options.rules) {
    const ruleSetting = options.config.rules?.[current.meta.id];
    if (ruleSetting === 'off') continue;
    rule = current;
    setting = ruleSetting;
    listed = 0;
    unlisted = 0;
    unlistedSeverity = 'info';
    try {
      // A synchronous check is not awaited: each await let the other posts in flight run a rule in
      // between, so every post's words and phrase walks stayed alive until all of them were done.
      const running = timing ? timed(current.meta.id, () => current.check(context)) : current.check(context);
      if (running) await running;
    } catch (error) {
      pending.push(
        toFinding(current, { message: `this check could not finish (${describeError(error)}), so the post was not fully inspected` }, 'error'),
      );
    }
    if (unlisted > 0) {
      const more = formatCount(unlisted);
      pending.push(toFinding(current, { message: `${more} more finding${unlisted === 1 ? '' : 's'} of this kind in this file ${unlisted === 1 ? 'is' : 'are'} not listed (only the first ${formatCount(cap)} are)`, suggestion: 'Fix the findings listed and audit the file again.' }, unlistedSeverity));
    }
  }
  return pending;
}

/** With `mask` (redacting), a suppression's reason and the post's own path are masked as findings are. */
function toFileResult(post: Post, pending: PendingFinding[], failOn: Severity, mask?: ReturnType<typeof redactor>): FileResult {
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  // The first suppression in post order for the finding's rule, with a reason, whose range holds its offset.
  const suppressionAt = post.suppressions.length > 0 ? suppressionLookup(post.suppressions) : undefined;
  // A photo linked from several places (an image, a link to it, a video's poster) is one photo: what its
  // metadata holds is listed once. Such a finding is placed in the photo (no line) but carries the offset
  // of the place that links it, for suppressions.
  const listedInPhotos = new Set<string>();
  for (const { finding, offset } of pending) {
    const suppression = offset === undefined || !suppressionAt ? undefined : suppressionAt(finding.ruleId, offset);
    if (suppression) suppressed.push({ finding, reason: mask ? mask(suppression.reason) : suppression.reason });
    else if (offset !== undefined && finding.location.line === undefined) {
      const key = JSON.stringify(finding);
      if (listedInPhotos.has(key)) continue;
      listedInPhotos.add(key);
      findings.push(finding);
    } else findings.push(finding);
  }
  findings.sort(compareFindings);
  const fails = findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
  return { path: mask ? mask.path(post.displayPath) : post.displayPath, verdict: fails ? 'fail' : 'pass', findings, suppressed };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareText(a.ruleId, b.ruleId)
  );
}

/** localeCompare, which is a collation by ICU even for the same string (most findings of a post name its file). */
function compareText(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

export function summarise(
  files: FileResult[],
  options: { policy: string; pack: AuditResult['pack']; failOn: Severity; redact: boolean },
): AuditResult {
  // Counted in one pass over every file's findings (an archive has tens of thousands).
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const file of files) for (const finding of file.findings) counts[finding.severity]++;
  return {
    tool: { name: 'post-audit', version: packageVersion() },
    policy: options.policy,
    pack: options.pack,
    verdict: files.some((f) => f.verdict === 'fail') ? 'fail' : 'pass',
    failOn: options.failOn,
    redacted: options.redact,
    files,
    summary: {
      files: files.length,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      suppressed: files.reduce((n, f) => n + f.suppressed.length, 0),
    },
  };
}

/**
 * What to read of an image for these rules: the embedded preview is decoded and compared with the
 * picture (the costliest step of a photo audit) only while image/thumbnail-mismatch is on. A post's
 * few photos are each compared pixel by pixel ('full'); a batch scan (`audit photos`) compares only
 * the photos whose structure shows an edit ('auto', see images/thumbnail.ts).
 */
export function imageReadOptions(config: ResolvedConfig, rules: readonly Rule[] = allRules, preview: 'auto' | 'full' = 'full'): ReadOptions {
  const id = 'image/thumbnail-mismatch';
  if (config.rules?.[id] === 'off' || !rules.some((rule) => rule.meta.id === id)) return { thumbnail: 'off' };
  return preview === 'full' ? { thumbnail: 'full' } : {};
}

/** Reads every attached image's metadata once per run, a few at a time. */
class ImageCache {
  private readonly cache = new Map<string, Promise<ImageMetadata>>();

  async fill(post: Post, options: ReadOptions): Promise<void> {
    // Pictures pasted into this post (data: URLs), read once each however often they are pasted; kept
    // for this post only, as they can be megabytes each.
    const pasted = new Map<string, Promise<ImageMetadata>>();
    // A few at a time: a document of 65,000 pictures started all at once took a head buffer each (24 s).
    await mapInOrder(post.attachments, IMAGE_CONCURRENCY, async (attachment) => {
      if (attachment.status !== 'ok') return;
      if (attachment.embedded) {
        let reading = pasted.get(attachment.ref);
        if (!reading) pasted.set(attachment.ref, (reading = readImageMetadata(attachment.embedded, options)));
        attachment.metadata = await reading;
        return;
      }
      if (!attachment.path) return;
      const key = `${options.thumbnail ?? 'auto'}\0${attachment.path}`;
      let pending = this.cache.get(key);
      if (!pending) {
        pending = readImageMetadata(attachment.path, options);
        this.cache.set(key, pending);
      }
      attachment.metadata = await pending;
    });
  }
}

function postDate(post: Post): Date | undefined {
  const value = post.frontMatter.date;
  return typeof value === 'string' ? parseDate(value.trim()) : undefined;
}

export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}
