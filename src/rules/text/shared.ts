import { sourceOffset } from '../../core/position.js';
import type { Report, RuleContext, TextSegment } from '../../core/types.js';
import { PhraseGroup, PhraseMatcher } from '../../lexicons/matcher.js';
import type { LexiconEntry } from '../../lexicons/schema.js';
import type { LexiconStore } from '../../lexicons/store.js';
import { repeatedText, segmentWords, type SameText, type Token } from '../../lexicons/tokenize.js';
import { SentenceBounds } from '../../text/spans.js';

/** The word tokens of a segment, computed once per post for all text rules. Do not modify. */
export function segmentTokens(segment: TextSegment): Token[] {
  return segmentWords(segment);
}

type PhraseEntries = (lexicons: LexiconStore) => Promise<LexiconEntry[]>;
const segmentPhraseLists = new Map<string, PhraseEntries>();

/**
 * The phrase matcher of a text rule that runs it over every prose segment's words (matchSegment).
 * Rules say so when their module loads (confidential, grievance, solicitation, endorsement); the
 * first to ask in a run builds all their matchers in one PhraseGroup, so each word of a post is
 * looked up once for all of them. `entries`: the phrases, from the run's lexicons.
 */
export function segmentPhrases(key: string, entries: PhraseEntries): (ctx: RuleContext) => Promise<PhraseMatcher<LexiconEntry>> {
  segmentPhraseLists.set(key, entries);
  return async (ctx) => {
    const built = (await segmentMatchers(ctx)).get(key);
    if (built) return built;
    // Registered after the group was built, or its lexicon failed to load: a matcher of its own,
    // built as before the group (a failed build is tried again, and fails its own rule only).
    return ctx.lexicons.derived(`(segment phrases) ${key}`, async () => new PhraseMatcher<LexiconEntry>(await entries(ctx.lexicons)));
  };
}

function segmentMatchers(ctx: RuleContext): Promise<Map<string, PhraseMatcher<LexiconEntry>>> {
  return ctx.lexicons.derived('(segment phrase matchers)', async () => {
    const group = new PhraseGroup();
    const built = new Map<string, PhraseMatcher<LexiconEntry>>();
    for (const [key, entries] of segmentPhraseLists) {
      let phrases: LexiconEntry[];
      try {
        phrases = await entries(ctx.lexicons);
      } catch {
        continue;
      }
      built.set(key, new PhraseMatcher<LexiconEntry>(phrases, group));
    }
    return built;
  });
}

/** The segments text rules read: prose, headings, alt text, captions, front-matter text (not file names). */
export function proseSegments(ctx: RuleContext): readonly TextSegment[] {
  const all = ctx.post.segments;
  const known = prose.get(all);
  if (known && known.from === all.length) return known.segments;
  const segments = all.filter((segment) => segment.kind !== 'file-name');
  prose.set(all, { from: all.length, segments });
  return segments;
}
/** Each post's prose segments, found once for all its rules (`from`: how many segments they came from). */
const prose = new WeakMap<readonly TextSegment[], { from: number; segments: TextSegment[] }>();

/**
 * `find`, asked once per distinct text: a rule whose finds in a segment depend on its text alone
 * makes one per post, so a long post that repeats a paragraph (a newsletter's footer, a post pasted
 * many times over) is read once for each text. Texts are known to repeat from the post's shared words
 * (repeatedText): a text the post has once costs nothing more. Reuses the first answer (do not modify
 * it); an undefined answer is not kept — `find` is asked again.
 */
export function oncePerText<T>(find: (segment: TextSegment) => T): (segment: TextSegment) => T {
  const bySameText = new Map<SameText, T>();
  return (segment) => {
    const same = repeatedText(segment);
    if (!same) return find(segment);
    const known = bySameText.get(same);
    if (known !== undefined) return known;
    const found = find(segment);
    if (found !== undefined) bySameText.set(same, found);
    return found;
  };
}

/** A report located at [start, end) of a segment's text, with the matched words as the excerpt. */
export function at(segment: TextSegment, start: number, end: number): Pick<Report, 'offset' | 'endOffset' | 'excerpt' | 'within'> {
  const place: Pick<Report, 'offset' | 'endOffset' | 'excerpt' | 'within'> = {
    offset: sourceOffset(segment, start),
    endOffset: sourceOffset(segment, end),
    excerpt: segment.text.slice(start, end),
  };
  if (segment.storedIn !== undefined) place.within = segment.storedIn;
  return place;
}

/**
 * The sentence around [start, end) of a text, for context checks: from after the last ". ", "! ",
 * "? " or newline before `start` to the first [.!?] before a space or the end, or newline, at or
 * after `end` (taken in). Pass one `sentences` of the text for many matches: it finds the bounds once
 * (searching the text before and after each match made a long paragraph quadratic).
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  sentences: SentenceBounds = new SentenceBounds(text),
): { text: string; start: number } {
  const { from, to } = sentenceBoundsAround(sentences, start, end);
  return { text: text.slice(from, to), start: from };
}

/** Where sentenceAround's sentence starts and ends (exclusive). */
export function sentenceBoundsAround(sentences: SentenceBounds, start: number, end: number): { from: number; to: number } {
  return { from: sentences.startBefore(start), to: sentences.end(end) };
}

/** One of the entry's `except` phrases within 30 characters of the match ("a formal complaint", "anti-bullying week"). */
export function isExcepted(text: string, match: { start: number; end: number; entry: LexiconEntry }): boolean {
  const except = match.entry.except;
  if (!except) return false;
  const window = text.slice(Math.max(0, match.start - 30), match.end + 30).toLowerCase();
  return except.some((phrase) => window.includes(phrase.toLowerCase()));
}
