import type { Rule, RuleContext } from '../../core/types.js';
import type { PhraseMatch } from '../../lexicons/matcher.js';
import type { LexiconEntry } from '../../lexicons/schema.js';
import { loadSentiment } from '../../text/sentiment.js';
import type { Token } from '../../lexicons/tokenize.js';
import { at, isExcepted, oncePerText, proseSegments, segmentPhrases, segmentTokens } from './shared.js';

/** Words either side of a target that are weighed for sentiment. */
const WINDOW = 6;
/** A window summing to this or less reads as a complaint (AFINN: "useless" −2, "disgusting" −3). */
const NEGATIVE = -3;
const SENTENCE_END = /[.!?;]["'”’)]*(?:\s|$)|\n/;
/**
 * Sympathy or a cause, not a complaint: negative words here describe what happened to the target — or, in a
 * code of conduct, what must not happen to it ("Aggressive or abusive behaviour towards staff will not be tolerated", fp32;
 * "We will not tolerate the abuse of referees", fp33).
 */
const SYMPATHY = /\b(?:sadly|sorry to|thoughts are with|raise awareness|awareness of|prevention|against (?:hatred|hate|racism|bullying|violence|prejudice|discrimination)|whose|affected by|victims?|suffer(?:s|ed|ing)?|in memory|memorial|support(?:ing)? (?:for|the)|raising money|raised|charity|appeal|donat\w*|learned|learnt|discussed|studied|read about|topic|lesson|assembly|history|will not be tolerated|(?:will|do|does|would) not tolerate|won['’]t tolerate|zero tolerance)\b/i;
/**
 * Facts and advice, not an opinion of the target: "Evidence shows that children with poor attendance
 * are unlikely to succeed", "Your children can suffer academically if they miss 10 percent of school
 * days", "Half a million children a year suffer abuse". A complaint phrase still counts there.
 */
const INFORMATION = /\b(?:evidence|research|studies|statistics|figures show|per ?cent|percent|likely|unlikely|suggests?|shows that|according to|a year|each year|every year|nationally|national average|in the UK|if they|if your)\b|%/i;
/**
 * A sentence about what is taught ("Year 9 are studying Macbeth …", "the novel … ends with a shocking
 * death", "powerful discussions about … the book's shocking ending", "Many students found the ending
 * heartbreaking", a debate's motion: "students debated 'This House would ban extremist speakers'", fp32): its
 * negative words belong to the book, the history or the motion, so a complaint phrase counts only
 * right next to the target (COMPLAINT_REACH words) and the sentiment score not at all.
 */
// …or researched, or set in a year before 1900 ("researching the Oaks Colliery explosion of 1866, the worst mining disaster", fp34).
const TOPIC = /\b(?:stud(?:y|ies|ied|ying)|research(?:ed|ing)|1[0-8]\d\d|learn(?:ed|t|ing) (?:about|how|why)|look(?:ed|ing|s)? at (?:how|why|whether)|sociology|psychology|citizenship|(?:1[5-9]|20)\d0s|read(?:ing)? about|explor(?:e|es|ed|ing) (?:how|why)|found out (?:about|how|why)|discover(?:ed|ing)? (?:how|why)|novel|novella|books? about|book['’]s|(?:the|its|their|a|an) (?:ending|plot|twist)|set texts?|class (?:reader|book)|poem|poetry|fieldwork|erosion|geography|geology|pantomime|panto|played by|characters?|WW[12I]+|World War|wartime|evacuee?s?|evacuated|Victorians?|Tudors?|Vikings?|Romans?|(?:Anglo-)?Saxons?|Normans?|Celts?|Egyptians?|Aztecs?|Maya(?:ns?)?|(?:Stone|Bronze|Iron) Age|medieval|Middle Ages|workhouse|pauper|slavery|slaves|Holocaust|Blitz|century|centuries|play(?:wright)?['’]s|tragedy|historians?|curriculum|GCSE|A level|topic|lessons?|unit|debat(?:e|es|ed|ing)|motion|this house)\b/i;
/**
 * A paragraph about a play put on ("… our Theatre Group's production of Lord of the Flies, telling the
 * story of a group of school children …"): every sentence in it tells the plot, so each is read as a
 * sentence about what is taught ("… the children eventually become violent and brutal").
 */
const STAGED = /\b(?:production|adaptation|the cast|two casts|each cast|staged|rehearsals?|the play|our play|the plot|tells? the story|telling the story|the story (?:of|follows))\b/i;
/** How many words from its target a complaint phrase must be in a sentence about what is taught. */
const COMPLAINT_REACH = 3;

/** The sentiment scorer once loaded (kept for the run: the sentences of every later post ask it first). */
let sentiment: Awaited<ReturnType<typeof loadSentiment>> | undefined;
/** @internal Tests: which of sympathy and the score to ask first, whatever is loaded (the findings are the same). */
export const grievanceOrderForTests: { order?: 'sympathy' | 'score' } = {};

const phrases = segmentPhrases('grievance', async (lexicons) => (await lexicons.get('grievance')).entries.filter((e) => !SCORING_CATEGORIES.has(e.category)));

export const grievance: Rule = {
  meta: {
    id: 'text/grievance',
    description: 'Complaints, frustration or criticism aimed at the school, trust, colleagues, pupils or parents.',
    severity: 'warning',
    inputs: ['text'],
    docs: {
      details:
        'A target (the school, the trust, the head, SLT, management, staff, colleagues, parents, pupils — lexicons/grievance.yaml) in the same sentence as a complaint phrase ("fed up with", "a shambles", "never listen") or within six words of strongly negative words, scored with natural\'s AFINN-165 sentiment analyser (sum of −3 or less, with negation handled). A warning: a person decides.',
      fires: ['"Fed up with SLT changing the timetable again"', '"Some parents are so rude and selfish at pick-up"'],
      passes: ['"Thank you to our amazing staff!"', '"We lost the final, but we are so proud of our pupils"'],
      fix: 'Raise concerns through the school\'s complaints or grievance procedure, not in a post; keep posts about what went well.',
    },
  },
  async check(ctx: RuleContext) {
    const { matcher, ...words } = await ctx.lexicons.derived('grievance', async () => {
      const entries = (await ctx.lexicons.get('grievance')).entries;
      const words = (category: string) => new Set(entries.filter((e) => e.category === category).flatMap((e) => e.terms.map((t) => t.toLowerCase())));
      return {
        matcher: await phrases(ctx),
        notOpinion: words('not-opinion'),
        keenCompound: words('keen-compound'),
        circumstance: words('circumstance'),
        services: words('services'),
        dish: words('dish'),
        gameMetaphor: words('game-metaphor'),
        game: words('game'),
      };
    });
    // What a paragraph complains of depends on its text alone: asked once per text. Undefined when it needs the
    // sentiment scorer before it is loaded (asked again once it is): no await for every paragraph of every post.
    const complaintsIn = oncePerText((segment) => {
      const found: { start: number; end: number; message: string }[] = [];
      const tokens = segmentTokens(segment);
      const matches = matcher.matchSegment(segment, tokens);
      if (matches.length === 0) return found;
      let targets: PhraseMatch<LexiconEntry>[] | undefined;
      let complaints: PhraseMatch<LexiconEntry>[] | undefined;
      for (const match of matches) {
        const category = match.entry.category;
        if ((category !== 'target' && category !== 'complaint') || isExcepted(segment.text, match)) continue;
        if (category === 'target') (targets ??= []).push(match);
        else (complaints ??= []).push(match);
      }
      if (!targets) return found;
      const facts = new SentenceFacts(segment.text, tokens, complaints);
      const sentence = facts.sentence;
      let targetSentences: Set<number> | undefined;
      for (const target of targets) {
        const id = sentence[target.firstToken]!;
        if (facts.reported(id)) continue;
        let complaint = facts.complaintOf(id);
        // Whether the sentence is about what is taught, and whether it shows sympathy or informs, are
        // asked only when they can change the outcome (most sentences with a target hold no complaint
        // and score no worse than −3, which settles them without the three patterns).
        if (complaint && facts.topic(id)) {
          // About a book or a lesson: only a complaint phrase next to this target counts.
          complaint = facts.complaintNear(id, target);
        }
        // A bare complaint standing as its own sentence beside the target's ("Honestly fed up. The trust has cut our TA
        // hours again … Shambles."), or the next sentence's complaint said of it ("… cut by the council AGAIN. They clearly
        // don't care", miss33).
        if (!complaint) complaint = facts.complaintBeside(id, targetSentences ??= new Set(targets.map((t) => sentence[t.firstToken]!)));
        let negative = false;
        // "a school year is a big gap", "a long school day": a span of time, not the institution.
        if (!complaint && spanOfTime(segment.text, tokens, target)) continue;
        // "banned for abusive behaviour towards a young referee": a wrong done to the target, not an opinion of it.
        if (!complaint && wrongedTarget(segment.text, target.start)) continue;
        // With no complaint, a sentence is one when it is not sympathetic and its words score −3 or
        // less. Once the scorer is loaded the score is asked first, as it settles most sentences;
        // before, sympathy is, so that a post whose sentences are all sympathetic never loads it.
        const scoreFirst = grievanceOrderForTests.order === undefined ? sentiment !== undefined : grievanceOrderForTests.order === 'score';
        if (!complaint && (scoreFirst || !facts.sympathetic(id))) {
          if (!sentiment) return undefined;
          negative = sentiment.score(opinionWords(segment.text, tokens, facts, id, target, words)) <= NEGATIVE && !facts.sympathetic(id);
        }
        if (!complaint && !negative) continue;
        facts.report(id);
        const who = withLeadingWords(segment.text, target.start, target.end);
        const start = Math.min(target.start, complaint?.start ?? target.start);
        const end = Math.max(target.end, complaint?.end ?? target.end);
        found.push({
          start,
          end,
          message: `Reads as a complaint about ${who}${complaint ? ` ("${segment.text.slice(complaint.start, complaint.end)}")` : ''}: grievances do not belong in a post`,
        });
      }
      return found;
    });
    for (const segment of proseSegments(ctx)) {
      let found = complaintsIn(segment);
      if (!found) {
        sentiment = await loadSentiment();
        found = complaintsIn(segment)!;
      }
      for (const { start, end, message } of found) {
        ctx.report({
          message,
          ...at(segment, start, end),
          suggestion: 'Raise it through the school\'s complaints or grievance procedure instead, and keep the post to what went well.',
        });
      }
    }
  },
};

/** The word sets of the lexicon's scoring categories (see SCORING_CATEGORIES). */
interface ScoringWords {
  notOpinion: Set<string>;
  keenCompound: Set<string>;
  circumstance: Set<string>;
  services: Set<string>;
  dish: Set<string>;
  gameMetaphor: Set<string>;
  game: Set<string>;
}

/**
 * The words within WINDOW of the target, in its sentence, that may carry an opinion of it (not the
 * target itself, names, events, the day's conditions, a game's metaphors at a game, the target's own
 * dislike, "rugby-mad").
 */
function opinionWords(text: string, tokens: Token[], facts: SentenceFacts, id: number, target: PhraseMatch<LexiconEntry>, lists: ScoringWords): string[] {
  const sentence = facts.sentence;
  const from = Math.max(0, target.firstToken - WINDOW);
  const to = Math.min(tokens.length - 1, target.lastToken + WINDOW);
  const words: string[] = [];
  for (let k = from; k <= to; k++) {
    if (sentence[k] !== id || (k >= target.firstToken && k <= target.lastToken)) continue;
    const norm = tokens[k]!.norm;
    // Names and titles ("Moby Dick", "Anti-Bullying Week") carry no opinion.
    if (k > 0 && sentence[k - 1] === id && startsUpper(tokens[k]!.raw)) continue;
    // Events, illness and hardship ("killed in the war", "severe allergies", "lost their
    // homes"): AFINN scores them negative, but they are no opinion of the target.
    if (lists.notOpinion.has(norm)) continue;
    // "bad weather", "awful conditions": the day's, not the target's.
    if (lists.circumstance.has(norm) || (sentence[k + 1] === id && lists.circumstance.has(tokens[k + 1]?.norm ?? ''))) continue;
    // "a heating failure", "a power cut": a fault in the building's services, not an opinion of anyone.
    if (k > 0 && sentence[k - 1] === id && lists.services.has(tokens[k - 1]!.norm)) continue;
    // "spotted dick and custard": a dish's name, either of its two words.
    if ((k > 0 && lists.dish.has(`${tokens[k - 1]!.norm} ${norm}`)) || (k + 1 < tokens.length && lists.dish.has(`${norm} ${tokens[k + 1]!.norm}`))) continue;
    // "Our pupils will destroy the opposition": how a team plays.
    if (lists.gameMetaphor.has(norm) && facts.atAGame(id, lists.game)) continue;
    // "Our Year 6 pupils hate litter": the target's own dislike, told of them, not one of them.
    if (ownFeeling(tokens, target, k)) continue;
    // "a rugby-mad school": keen on rugby.
    if (k > 0 && lists.keenCompound.has(norm) && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === '-') continue;
    words.push(norm);
  }
  return words;
}

/** The value for sentence `id`, worked out by `compute` the first time it is asked. */
function perSentence<T>(known: Map<number, T>, id: number, compute: () => T): T {
  let value = known.get(id);
  if (value === undefined) known.set(id, (value = compute()));
  return value;
}

/**
 * What the check asks of a segment's sentences, each worked out once per sentence however many
 * targets it holds (a long paragraph with a target in every sentence made a search of every
 * complaint, and of every token, per target quadratic) and only when first asked.
 */
class SentenceFacts {
  /** The sentence of each token. */
  readonly sentence: number[];
  private complaintsIn: Map<number, PhraseMatch<LexiconEntry>[]> | undefined;
  // Made when first asked: most segments with a target never ask most of them.
  private firstComplaint: Map<number, PhraseMatch<LexiconEntry> | undefined> | undefined;
  private topics: Map<number, boolean> | undefined;
  private sympathies: Map<number, boolean> | undefined;
  private games: Map<number, boolean> | undefined;
  private reportedIds: Set<number> | undefined;
  private staged: boolean | undefined;
  private bounds: { first: number[]; last: number[] } | undefined;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly complaints: PhraseMatch<LexiconEntry>[] | undefined,
  ) {
    this.sentence = sentenceIndex(text, tokens);
  }

  reported(id: number): boolean {
    return this.reportedIds?.has(id) ?? false;
  }

  report(id: number): void {
    (this.reportedIds ??= new Set()).add(id);
  }

  /** The first complaint (in match order) in the sentence that is not negated. */
  complaintOf(id: number): PhraseMatch<LexiconEntry> | undefined {
    if (!this.complaints) return undefined;
    // Not perSentence: "no complaint" (undefined) is an answer worth keeping too.
    const known = (this.firstComplaint ??= new Map());
    if (!known.has(id)) known.set(id, this.complaintsOf(id)?.find((c) => !negatedComplaint(this.tokens, c)));
    return known.get(id);
  }

  /** The first complaint in the sentence, not negated, at most COMPLAINT_REACH words from the target. */
  complaintNear(id: number, target: PhraseMatch<LexiconEntry>): PhraseMatch<LexiconEntry> | undefined {
    return this.complaintsOf(id)?.find((c) => !negatedComplaint(this.tokens, c) && near(c, target, COMPLAINT_REACH));
  }

  /**
   * A complaint in the sentence before or after, which names no target of its own and is no lesson's, when that sentence
   * is bare (BARE_COMPLAINT words at most: "Shambles.", "Honestly fed up.", "Disgraceful officiating.") or, after, opens on
   * a pronoun that points back ("They clearly don't care about young people").
   */
  complaintBeside(id: number, targetSentences: Set<number>): PhraseMatch<LexiconEntry> | undefined {
    if (!this.complaints) return undefined;
    this.bounds ??= sentenceBounds(this.sentence);
    for (const other of [id - 1, id + 1]) {
      if (other < 0 || targetSentences.has(other) || this.bounds.first[other] === undefined) continue;
      const complaint = this.complaintOf(other);
      if (!complaint || this.topic(other)) continue;
      const first = this.bounds.first[other]!;
      // "Shambles no more!": a complaint undone.
      const bare = this.bounds.last[other]! - first + 1 <= BARE_COMPLAINT && !UNDONE.test(this.sentenceText(other));
      if (bare || (other === id + 1 && POINTS_BACK.has(this.tokens[first]!.norm))) return complaint;
    }
    return undefined;
  }

  /** The sentence is about what is taught (or the paragraph about a play put on). */
  topic(id: number): boolean {
    return perSentence((this.topics ??= new Map()), id, () => (this.staged ??= STAGED.test(this.text)) || TOPIC.test(this.sentenceText(id)));
  }

  /** The sentence is about what is taught, shows sympathy or informs. */
  sympathetic(id: number): boolean {
    return perSentence((this.sympathies ??= new Map()), id, () => {
      if (this.topic(id)) return true;
      const text = this.sentenceText(id);
      return SYMPATHY.test(text) || INFORMATION.test(text);
    });
  }

  /** The sentence tells of a game: a score, or a word of the lexicon's `game` category. */
  atAGame(id: number, game: Set<string>): boolean {
    return perSentence((this.games ??= new Map()), id, () => SCORE.test(this.sentenceText(id)) || this.tokens.some((t, k) => this.sentence[k] === id && game.has(t.norm)));
  }

  private complaintsOf(id: number): PhraseMatch<LexiconEntry>[] | undefined {
    this.complaintsIn ??= groupBySentence(this.complaints ?? [], this.sentence);
    return this.complaintsIn.get(id);
  }

  private sentenceText(id: number): string {
    this.bounds ??= sentenceBounds(this.sentence);
    return this.text.slice(this.tokens[this.bounds.first[id]!]!.start, this.tokens[this.bounds.last[id]!]!.end);
  }
}

/** How many words a sentence of a complaint alone may have to count for the target's sentence beside it. */
const BARE_COMPLAINT = 3;
const UNDONE = /\b(?:no more|no longer|any ?more)\b/i;
/** Pronouns opening a sentence that point back to the sentence before's target. */
const POINTS_BACK = new Set(['they', 'he', 'she', 'it', "they're", 'they’re']);

/** Lexicon categories that tune the sentiment score rather than match phrases. */
const SCORING_CATEGORIES = new Set(['not-opinion', 'keen-compound', 'circumstance', 'services', 'dish', 'game-metaphor', 'game']);
/** A match score: "won 6-0", "lost 2–3". */
const SCORE = /\b\d{1,3} ?[-–] ?\d{1,3}\b/;

const TIME_WORDS = new Set(['year', 'years', 'day', 'days', 'term', 'terms', 'week', 'weeks', 'holiday', 'holidays', 'hours']);

/** The target is the first word of a span of time: "school year", "school day", "school holidays". */
function spanOfTime(text: string, tokens: { norm: string; start: number; end: number }[], target: PhraseMatch<LexiconEntry>): boolean {
  const next = tokens[target.lastToken + 1];
  return next !== undefined && TIME_WORDS.has(next.norm) && text.slice(tokens[target.lastToken]!.end, next.start) === ' ';
}

/**
 * Right before the target, a wrong done towards it: "abusive behaviour towards a young referee", "racist abuse aimed at
 * one of our players", "threats against staff" (fp33: a club's statement banning a spectator).
 */
const WRONG_TOWARDS = /\b(?:abus\w*|aggressi\w*|threat\w*|violen\w*|rudeness|racis\w*|sexis\w*|homophob\w*|transphob\w*|misogyn\w*|intimidat\w*|harass\w*|insults?|slurs?|chant(?:s|ing)?)\s+(?:behaviou?r\s+|comments?\s+|remarks?\s+|language\s+|messages?\s+)?(?:towards?|against|aimed at|directed at)\s+(?:(?:a|an|the|our|their|one of our|young|match|female|male|teenage|volunteer)\s+){0,3}$/i;
function wrongedTarget(text: string, start: number): boolean {
  return WRONG_TOWARDS.test(text.slice(Math.max(0, start - 80), start));
}

/** /^\p{Lu}/u.test(raw), with ASCII settled by its code. */
function startsUpper(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(raw);
}

/** Verbs of dislike whose subject is the one who feels it ("pupils hate litter", "the staff really dislike queues"). */
const DISLIKE = new Set(['hate', 'hates', 'hated', 'dislike', 'dislikes', 'disliked', 'detest', 'detests', 'detested', 'loathe', 'loathes', 'loathed']);
const DISLIKE_ADVERBS = new Set(['really', 'all', 'just', 'absolutely', 'simply', 'truly', 'both']);

/** tokens[k] is a verb of dislike right after the target (an adverb between at most): the target feels it. */
function ownFeeling(tokens: { norm: string }[], target: PhraseMatch<LexiconEntry>, k: number): boolean {
  if (!DISLIKE.has(tokens[k]!.norm)) return false;
  const gap = k - target.lastToken;
  return gap === 1 || (gap === 2 && DISLIKE_ADVERBS.has(tokens[k - 1]!.norm));
}

/** At most `reach` words between two matches. */
function near(a: PhraseMatch<LexiconEntry>, b: PhraseMatch<LexiconEntry>, reach: number): boolean {
  return a.firstToken > b.lastToken ? a.firstToken - b.lastToken <= reach + 1 : b.firstToken - a.lastToken <= reach + 1;
}

function sentenceIndex(text: string, tokens: { start: number; end: number }[]): number[] {
  const ids: number[] = [];
  let id = 0;
  tokens.forEach((token, i) => {
    if (i > 0) {
      const from = tokens[i - 1]!.end;
      // Most words are one space apart: no sentence ends there.
      const oneSpace = token.start - from === 1 && text.charCodeAt(from) === 32;
      if (!oneSpace && mayEndSentence(text, from, token.start) && SENTENCE_END.test(text.slice(from, token.start))) id++;
    }
    ids.push(id);
  });
  return ids;
}

/** Whether text[from, to) holds a character SENTENCE_END needs ([.!?;] or a line break): most gaps (", ") do not. */
function mayEndSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a) return true;
  }
  return false;
}

/** Complaints by the sentence their first token is in, each list in match order. */
function groupBySentence(complaints: PhraseMatch<LexiconEntry>[], sentence: number[]): Map<number, PhraseMatch<LexiconEntry>[]> {
  const bySentence = new Map<number, PhraseMatch<LexiconEntry>[]>();
  for (const complaint of complaints) {
    const id = sentence[complaint.firstToken]!;
    const list = bySentence.get(id);
    if (list) list.push(complaint);
    else bySentence.set(id, [complaint]);
  }
  return bySentence;
}

/** The first and last token of each sentence (as sentence.indexOf(id) and sentence.lastIndexOf(id)). */
function sentenceBounds(sentence: number[]): { first: number[]; last: number[] } {
  const first: number[] = [];
  const last: number[] = [];
  sentence.forEach((id, k) => {
    first[id] ??= k;
    last[id] = k;
  });
  return { first, last };
}

/** "never had to complain", "not a shambles at all". */
function negatedComplaint(tokens: { norm: string }[], match: PhraseMatch<LexiconEntry>): boolean {
  for (let k = match.firstToken - 1; k >= Math.max(0, match.firstToken - 3); k--) {
    const word = tokens[k]!.norm;
    if (word === 'not' || word === 'never' || word === 'no' || word === 'without' || word.endsWith("n't")) return true;
  }
  return false;
}

const LEADING = /^(?:the|our|this|that|these|those|some|certain|new|my|your|their)$/i;

/** The target as a reader would name it: "the new head", not "head" (up to two leading words). */
function withLeadingWords(text: string, start: number, end: number): string {
  let from = start;
  for (let words = 0; words < 2; words++) {
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, from - 24), from));
    if (!before || !LEADING.test(before[1]!)) break;
    from -= before[0].length;
  }
  const who = text.slice(from, end);
  // "The new head has …" opens its sentence: lower case inside the message.
  return from < start ? who[0]!.toLowerCase() + who.slice(1) : who;
}
