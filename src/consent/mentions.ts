// Finds where a post uses a pupil from the consent record: first names (and preferred names),
// optionally followed by a surname or a surname initial.
import type { ResolvedConfig } from '../config/schema.js';
import { sourceOffset } from '../core/position.js';
import type { Post, TextSegment } from '../core/types.js';
import { normaliseWord, tokenize, type Token } from '../lexicons/tokenize.js';
import type { ConsentRecord, Pupil } from './record.js';

export interface PupilMention {
  /** Every pupil the words could be (more than one when only a first name is given). */
  pupils: Pupil[];
  /** The words as written. */
  text: string;
  /** First name plus surname (not just an initial). */
  fullName: boolean;
  offset: number;
  endOffset: number;
  segment: TextSegment;
}

const TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'revd', 'father', 'sister', 'coach', 'lady', 'lord']);

interface NameIndex {
  byFirst: Map<string, Pupil[]>;
  staff: Set<string>;
}

const indexCache = new WeakMap<ConsentRecord, NameIndex>();
const mentionCache = new WeakMap<Post, PupilMention[]>();

function buildIndex(record: ConsentRecord, config: ResolvedConfig): NameIndex {
  const byFirst = new Map<string, Pupil[]>();
  const add = (name: string, pupil: Pupil) => {
    const key = normaliseWord(name);
    if (!key) return;
    const list = byFirst.get(key) ?? [];
    if (!list.includes(pupil)) list.push(pupil);
    byFirst.set(key, list);
  };
  for (const pupil of record.pupils) {
    add(pupil.firstName, pupil);
    if (pupil.preferredName) add(pupil.preferredName, pupil);
  }
  const staff = new Set<string>();
  for (const name of [...(config.staff ?? []), ...(config.allowNames ?? [])]) staff.add(normaliseName(name));
  return { byFirst, staff };
}

export function findPupilMentions(post: Post, record: ConsentRecord, config: ResolvedConfig): PupilMention[] {
  const cached = mentionCache.get(post);
  if (cached) return cached;
  let index = indexCache.get(record);
  if (!index) {
    index = buildIndex(record, config);
    indexCache.set(record, index);
  }
  const mentions: PupilMention[] = [];
  for (const segment of post.segments) {
    const tokens = tokenize(segment.text);
    tokens.forEach((token, i) => {
      const mention = matchAt(segment, tokens, i, index);
      if (mention) mentions.push(mention);
    });
  }
  mentionCache.set(post, mentions);
  return mentions;
}

function matchAt(segment: TextSegment, tokens: Token[], i: number, index: NameIndex): PupilMention | undefined {
  const token = tokens[i]!;
  const isFileName = segment.kind === 'file-name';
  if (!isFileName && !/^\p{Lu}/u.test(token.raw)) return undefined;
  const first = stripPossessive(token.norm);
  const candidates = index.byFirst.get(first);
  if (!candidates) return undefined;
  const previous = tokens[i - 1];
  if (previous && TITLES.has(previous.norm) && segment.text.slice(previous.end, token.start).trim() === '.'.repeat(segment.text.slice(previous.end, token.start).trim().length)) return undefined;

  const next = tokens[i + 1];
  const gapOk = next && /^\s+$/.test(segment.text.slice(token.end, next.start));
  let pupils = candidates;
  let end = token.end;
  let fullName = false;
  if (next && gapOk && (isFileName || /^\p{Lu}/u.test(next.raw))) {
    const surname = stripPossessive(next.norm);
    const bySurname = candidates.filter((p) => normaliseName(p.lastName).split(' ').includes(surname));
    if (bySurname.length > 0) {
      pupils = bySurname;
      end = next.end;
      fullName = true;
    } else if (/^\p{L}\.?$/u.test(next.raw) || (next.raw.length === 1)) {
      const initial = surname[0]!;
      const byInitial = candidates.filter((p) => normaliseName(p.lastName).startsWith(initial));
      if (byInitial.length === 0) return undefined;
      pupils = byInitial;
      end = next.end;
    }
  }
  const text = segment.text.slice(token.start, end);
  if (index.staff.has(normaliseName(text)) || (!fullName && index.staff.has(first))) return undefined;
  return {
    pupils,
    text,
    fullName,
    offset: sourceOffset(segment, token.start),
    endOffset: sourceOffset(segment, end),
    segment,
  };
}

function stripPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word.endsWith("'") ? word.slice(0, -1) : word;
}

export function normaliseName(name: string): string {
  return tokenize(name)
    .map((t) => t.norm)
    .join(' ');
}
