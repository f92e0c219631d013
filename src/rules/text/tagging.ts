import type { Rule, RuleContext } from '../../core/types.js';
import { prepareNameKnowledge } from '../../consent/knowledge.js';
import { findPupilMentions } from '../../consent/mentions.js';
import { normaliseWord } from '../../lexicons/tokenize.js';
import { sourceOffset } from '../../core/position.js';
import { proseSegments, at } from './shared.js';
import { SentenceBounds } from '../../text/spans.js';
import { escapeRegExp } from '../../core/regex.js';

const HANDLE = /(?<![\p{L}\p{N}_@#/.])([@#])([\p{L}\p{N}_.]{2,})/gu;
/** The first handle only: no lastIndex left behind (HANDLE's, shared with matchAll below, made later posts start mid-text). */
const HANDLE_FIRST = new RegExp(HANDLE.source, 'u');
// A birth year a pupil could have (ages 3–19 around now), or "year4"/"y6"/"class3" in a handle.
// Or an age at its end, 10 to 18 ("@harrisonbrooks10", "@JessicaLawson_11"; miss31): not a parent's "@lauren.fitzgerald86".
const CHILD_MARK = /(?:^|[^0-9])(?:20(?:0[6-9]|1\d|2[0-3]))(?:[^0-9]|$)|(?:year|yr|y|class)_?\d{1,2}(?:[^0-9]|$)|(?<![0-9])1[0-8]$/i;
/**
 * A paragraph about a pupil: a year group or class ("#Year4", "(@leo.reads, Year 4)", "Love from Class 1"), a pupil's
 * role ("our new Head Boy", "Player of the match") — where a tag that is a person's name is the pupil's (miss31); a year group
 * opening a hashtag ("#Y4Gymnast") or a prize-giving (miss34).
 */
const PUPIL_MARK = /\b(?:Year|Yr|Y) ?\d{1,2}(?:s|'s|’s)?\b|\b(?:Reception|Nursery)\b|\bClass ?\d{1,2}\b|\b(?:pupils?|our young|head (?:boy|girl)|player of the match|star of the week|U\d{1,2}s?|under[- ]?\d{1,2}s?|cubs|beavers|brownies|rainbows|scouts|cadets?|Cdt)\b|#\p{L}+(?:Y|Yr|Year)\d{1,2}\b|#(?:Y|Yr|Year)\d{1,2}(?=\p{L})|\bprize[- ]?giving\b|\bour (?:star |young |talented |brilliant |amazing )?(?:swimmer|gymnast|poet|author|reader|chef|artist|footballer|runner|athlete|dancer|pianist|musician|speller|mathematician|scientist|golfer|cricketer|boxer|skater|cyclist)s?\b/iu;
/** A year group closing a hashtag of a name: "#AlfieDixonY4", "#DanielWebbY9" (miss32). */
const YEAR_SUFFIX = /(?<=\p{Ll})(?:Y|Yr|Year)\d{1,2}$/u;
/** A pupil's role or year just before an @mention: "our Year 5 poet @…", "Our new head girl is @…", "reader of the week: @…" (miss32). */
const PUPIL_ROLE_BEFORE = /(?:\b(?:Year|Yr|Y) ?\d{1,2}(?: (?:poet|author|writer|reader|artist|chef|star|champion|winner|captain|pupil|student|girl|boy|scientist|athlete|swimmer|footballer|gymnast|mathematician|musician|speller))?|\bhead (?:boy|girl)(?: is)?|\bof the (?:week|match|term|month))[\s,:(-]*$/i;
/** A year group, and a class letter, alone in brackets right after a handle: " (Year 6)", " (Y6)", " (5B)". */
const YEAR_IN_BRACKETS_AFTER = /^\s*\((?:(?:Year|Yr|Y) ?\d{1,2}[A-Z]?|\d{1,2}[A-Z])\)/;
/** A child word just before an @mention: "her son @…", "their daughter (@…)" (miss32). */
const CHILD_BEFORE = /\b(?:her|his|their|my|your) (?:son|daughter|little one|boy|girl)[\s,:(-]*$/i;
/**
 * A hashtag cheering a child on by first name: "#TeamTilly", "#GoIsla", "#PrayForEvie" (miss32; counted with the name in its
 * paragraph), "#WellDoneAmelieK" (miss33; a surname's initial after the name counts alone).
 */
const CHEER_PREFIX = /^(?:team|go|prayfor|pray4|bravelittle|justicefor|love|support|welldone|congrats|congratulations|proudof|happybirthday)(\p{L}{3,})$/iu;
/** A hashtag of a first name and a surname's initial, a class number after it or not: "#HarrietP", "#TeddyB", "#LucasJ9" (miss34). */
const NAME_AND_INITIAL_TAG = /^(\p{Lu}\p{Ll}{2,})\p{Lu}\d{0,2}$/u;
/** A birthday hashtag with the child's age: "#HarperTurns7", "#EvieIs5" (miss33). */
const NAME_AND_AGE_TAG = /^(\p{L}{3,}?)(?:turns|is|at)(\d{1,2})$/iu;
/** An @mention in brackets right after a first name: "Ollie (@ollie_outdoors_09 on TikTok)" — that person's own account (miss33). */
const NAME_BRACKET_BEFORE = /(?:\b(\p{L}+)\s+)?\b(\p{Lu}\p{Ll}{2,})\s*\(\s*$/u;
/** A grown-up's role just before that name: "our author visitor Ruth (@ruthwrites_books)" is no pupil's account. */
const ADULT_ROLE = new Set(['author', 'visitor', 'speaker', 'guest', 'coach', 'leader', 'parent', 'mum', 'dad', 'governor', 'teacher', 'artist', 'illustrator', 'poet', 'chef', 'volunteer', 'founder', 'councillor', 'mp', 'mayor', 'photographer', 'sponsor', 'instructor']);
/** An invitation to follow a person just before the @mention: "give him a follow @evans_cadet" (miss33). */
const FOLLOW_PERSON_BEFORE = /\b(?:give (?:him|her) a follow|follow (?:him|her)(?: on \p{L}+)?)[\s:,(-]*$/iu;
/** A year group right after the @mention: "@lilyrose.sings – our Year 6 Dorothy" (miss33). */
const YEAR_AFTER = /^\s*[–—-]?\s*(?:our\s+)?(?:Year|Yr|Y) ?\d{1,2}\b/;
/** A child's relative, as a hashtag names one: "#GrandadOfAvaS", "#ProudMumOf3", "#NanOfLeo". */
const RELATIVE_WORDS = new Set(['mum', 'mummy', 'mom', 'mam', 'dad', 'daddy', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandad', 'grandpa', 'grandparents', 'auntie', 'aunty', 'uncle', 'parents', 'sister', 'brother']);
/** A family word as a part of a handle: "@sarahjones_mum", "@mummyof3boys", "@dad.of.twins" (miss31). */
const FAMILY_IN_HANDLE = /(?:^|[_.\d]|[a-z])(?:mum|mummy|mom|mommy|mam|dad|daddy|nana|nanna|grandma|grandad)(?:$|[_.\d]|of|to)/i;
const BIRTH_YEAR = /20(?:0[6-9]|1\d|2[0-3])/;
/** A hashtag spoken to: "Congratulations #MollyThompson on your grade 3 piano!" (in its sentence, to the nearest . ! ? or line break). */
const ADDRESSED = /\b(?:your|you)\b/i;
const SENTENCE_BREAK = /[.!?\n]/g;
const NAME_LIKE = /[a-z]{3,}/i;
/**
 * A web domain after "@", not a handle: "@example.co.uk", "@gmail.com". Only a domain's own endings count: "@sophie.k.maths",
 * "@lilyrose.sings" are handles (miss34: the text before was sliced from a negative index near a paragraph's start, so
 * whether a dotted handle was skipped depended on where it stood).
 */
const DOMAIN_TAG = /@[\p{L}\p{N}.-]+\.(?:com|org|net|edu|gov|uk|co|io|info|biz|me|ie|sch|ac|eu|us|email|online|site|app)$/iu;
/** A family word just before an @mention: "Amelia's mum @…", "her grandad (@…)". */
const FAMILY_BEFORE = /\b(?:mum|mummy|mom|dad|daddy|mother|father|parents?|carer|step-?(?:mum|dad)|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandparents?|auntie|aunty|aunt|uncle)\b[\s,(:-]*$/i;

export const tagging: Rule = {
  meta: {
    id: 'text/tagging',
    description: '@mentions or hashtags that identify a pupil.',
    severity: 'error',
    inputs: ['text', 'consent'],
    docs: {
      details:
        'An @mention or hashtag is reported when it contains a pupil\'s name from the consent record (first name with surname or initial, "#AmeliaSmith", "@amelia_s"; not a handle whose first name goes on with someone else\'s surname, "@Oliver_Jeffers" an author\'s), or — with or without a consent record — when it looks like a child\'s own account: a name with a birth year, an age or a year group ("@amelia_smith2016", "@jake_y6", "@harrisonbrooks10" in a post about a pupil), or when a person\'s name made into a tag ("#MollyThompson", "@harrison_brooks"; not a famous person\'s) stands in a paragraph about a pupil (a year group, a class, "Head Boy", "U14") or is spoken to ("Congratulations #MollyThompson on your grade 3 piano"). The school\'s own accounts and hashtags (config school.accounts) are allowed. An @mention right after a family word ("Amelia\'s mum @…") or with one inside it ("@sarahjones_mum") is a warning: a parent\'s own account leads to the child. A link to a profile (instagram.com/…, tiktok.com/@…, x.com/…, facebook.com/…) is read as an @mention of that account.',
      fires: ['"Well done @amelia_smith2016!"', '"Follow her at instagram.com/amelia_smith2016"', '"#AmeliaSmith scored twice" (Amelia Smith in the consent record)'],
      passes: ['"#SportsDay2026 was a hit"', '"Thanks @HarbourPTA"', '"#Year6Leavers"'],
      fix: 'Remove the tag: never tag pupils or link to a child\'s own account. Use the school\'s hashtag instead.',
    },
  },
  async check(ctx: RuleContext) {
    const names = await prepareNameKnowledge();
    // "@jake_y6" is a child's account; "@HarbourY6", "@HarbourColts2015" are a class's or a team's:
    // a year mark counts only beside a given name (when the name data is there to tell) — a common
    // one, or any in a handle written like a person's ("kofi_mensah2014"): the ONS list also holds
    // rare names that are words ("Harbour").
    const hasGivenName = (handle: string, words: string[], aboutAPupil: () => boolean) =>
      names.given.size === 0 ||
      words.some((w) => !names.notNames.has(w) && (names.frequent.has(w) || (/[_.]/.test(handle) && names.given.has(w)) || ((BIRTH_YEAR.test(handle) || aboutAPupil()) && runTogetherName(w))));
    // A common given name opening a handle run together, beside a birth year, or an age in a post about a pupil:
    // "Proud of @harrisonbrooks10, selected for the U14 squad" (miss31), not "Thanks @jamesfarm12 for the pumpkins"; not
    // one ending it ("oakfieldprimary2015" ends in "mary"), nor a word that only looks like one.
    const runTogetherName = (word: string) => {
      const common = (part: string) => names.frequent.has(part) && !names.wordNames.has(part) && !names.notNames.has(part);
      for (let cut = 4; cut <= word.length - 3; cut++) if (common(word.slice(0, cut))) return true;
      return false;
    };
    /** A given name, a word or not ("lily", "grace"), is the word or opens it with three letters or more after. */
    const opensOnGivenName = (word: string) => {
      const given = (part: string) => names.frequent.has(part) && !names.notNames.has(part) && !names.neverNames.has(part);
      if (given(word)) return true;
      for (let cut = 3; cut <= word.length - 3; cut++) if (given(word.slice(0, cut))) return true;
      return false;
    };
    const plainGivenName = (w: string) => names.frequent.has(w) && !names.wordNames.has(w) && !names.notNames.has(w) && !names.neverNames.has(w);
    // "Our new head girl is @ellie.m.official! Congratulations Ellie", "our Year 5 poet @poppy_writes_x", "her son
    // @jackyboy_2013": a handle holding a given name, with that name elsewhere in a paragraph about a pupil or a pupil's
    // role just before it, is the pupil's own account (miss32). Not "Thanks @sarah_bakes_cakes for the Year 6 cake".
    const pupilsOwnHandle = (words: string[], text: string, index: number, end: number, aboutAPupil: () => boolean) => {
      const before = text.slice(Math.max(0, index - 40), index);
      if (CHILD_BEFORE.test(before)) return true;
      const given = words.find(plainGivenName);
      // "@cooking_with_mila (Year 6)": a handle with a given name, its year group alone in brackets after it (session 25).
      if (given !== undefined && YEAR_IN_BRACKETS_AFTER.test(text.slice(end, end + 16))) return true;
      if (PUPIL_ROLE_BEFORE.test(before) && words.some((w) => names.frequent.has(w) && !names.notNames.has(w))) return true;
      // Their own name just before in brackets, an invitation to follow them, or their year group just after (miss33).
      const named = NAME_BRACKET_BEFORE.exec(before);
      const bracketed = named?.[2]?.toLowerCase();
      if (bracketed !== undefined && !ADULT_ROLE.has(named![1]?.toLowerCase() ?? '') && plainGivenName(bracketed) && words.some((w) => w.startsWith(bracketed)) && aboutAPupil()) return true;
      if (FOLLOW_PERSON_BEFORE.test(before) && aboutAPupil()) return true;
      // Said to be a pupil right after, a name that is also a word counts ("@lilyrose.sings – our Year 6 Dorothy").
      if (YEAR_AFTER.test(text.slice(end, end + 20)) && words.some(opensOnGivenName)) return true;
      // "@sophie.k.maths" on a prize list: a first name and an initial, as a pupil is named (miss34).
      if (plainGivenName(words[0] ?? '') && words[1]?.length === 1 && aboutAPupil()) return true;
      // "My name is Jack … @jackbatsfirst", "@millies_dance_diary (Millie in Year 5)": a handle opening on a first name the
      // paragraph names outside it (miss34).
      if (aboutAPupil() && words.some((w) => opensOnNamed(w, text))) return true;
      return given !== undefined && aboutAPupil() && namedOutsideTag(text, given);
    };
    /**
     * The word opens on a given name (three letters or more) that the text names outside its tags — a name that is also a
     * word ("Jack") only where the text says it is someone's: "My name is Jack", "Jack in Year 8".
     */
    const opensOnNamed = (word: string, text: string) => {
      for (let cut = 3; cut <= word.length; cut++) {
        const part = word.slice(0, cut);
        if (!names.frequent.has(part) || names.notNames.has(part) || names.neverNames.has(part)) continue;
        if (names.wordNames.has(part) ? namedAsPerson(text, part) : namedNotAsGrownUp(text, part)) return true;
      }
      return false;
    };
    // "#GrandadOfAvaS", "#ProudMumOfLeo": a relative of a child named by first name — the child is named (session 25).
    const relativeOfNamed = (words: string[]) => words.some((w, k) => RELATIVE_WORDS.has(w) && words[k + 1] === 'of' && plainGivenName(words[k + 2] ?? ''));
    // "#TeamTilly … Tilly, you were incredible!": a cheering hashtag whose first name is also in its paragraph.
    const cheeredByName = (tag: string, text: string) => {
      const raw = CHEER_PREFIX.exec(tag)?.[1];
      if (raw === undefined) return false;
      const initial = /\p{Ll}\p{Lu}$/u.test(raw);
      const cheered = (initial ? raw.slice(0, -1) : raw).toLowerCase();
      return plainGivenName(cheered) && (initial || namedOutsideTag(text, cheered));
    };
    const nameAndInitial = (tag: string) => {
      const found = NAME_AND_INITIAL_TAG.exec(tag);
      return found !== null && plainGivenName(found[1]!.toLowerCase());
    };
    const namedWithAge = (tag: string) => {
      const found = NAME_AND_AGE_TAG.exec(tag);
      return found !== null && Number(found[2]) <= 17 && plainGivenName(found[1]!.toLowerCase());
    };
    const allowed = new Set((ctx.config.school?.accounts ?? []).map((a) => a.replace(/^[@#]/, '').toLowerCase()));
    const pupils = pupilNameParts(ctx);
    const reportedAt = new Set<number>();
    // Names the consent matcher finds right after an @ or # ("@Amelia Smith", a Facebook-style tag).
    if (ctx.consent) {
      for (const mention of findPupilMentions(ctx.post, ctx.consent, ctx.config)) {
        const sigil = ctx.post.source[mention.offset - 1];
        if (mention.segment.kind === 'file-name' || (sigil !== '@' && sigil !== '#')) continue;
        if (sigil === '#' && !mention.fullName) continue;
        // "Thanks @Oliver_Jeffers for the inspiration!": a first name in a handle that goes on with someone
        // else's surname is not the pupil's — as "Arthur Miller" is not the record's Arthur Brown (the handle
        // is still read below: "@oliver_b", "@oliver_bennett" name the pupil).
        if (!mention.fullName && sigil === '@') {
          const handle = HANDLE_FIRST.exec(ctx.post.source.slice(mention.offset - 1, mention.offset + 60));
          const words = handle && handle.index === 0 ? splitHandle(handle[2]!.replace(/\.+$/, '')) : [];
          if (words.length > 1 && !pupils.some((p) => matchesPupil(words, p, true))) continue;
        }
        reportedAt.add(mention.offset - 1);
        const kind = sigil === '@' ? 'An @mention' : 'A hashtag';
        ctx.report({
          message: `${kind} names a pupil from the consent record (${sigil}${mention.text}): tags identify and link to a child`,
          redactedMessage: `${kind} on line {line} names a pupil from the consent record`,
          personal: [mention.text],
          offset: mention.offset - 1,
          endOffset: mention.endOffset,
          excerpt: `${sigil}${mention.text}`,
          suggestion: 'Remove the tag; use the school\'s own account or hashtag instead.',
        });
      }
    }
    const segments = proseSegments(ctx);
    for (const [segmentIndex, segment] of segments.entries()) {
      if (!segment.text.includes('@') && !segment.text.includes('#')) continue;
      // Asked of the segment once, not at every tag (a paragraph of thousands of hashtags); the line introducing it counts
      // too: "🏆 Prize-giving 2026 – tag yourselves, winners!" over the list of handles (miss34).
      let pupilMarked: boolean | undefined;
      const introduction = segments[segmentIndex - 1];
      const aboutAPupil = () => (pupilMarked ??= PUPIL_MARK.test(segment.text) || (introduction !== undefined && introduction.text.length <= INTRODUCTION_LENGTH && PUPIL_MARK.test(introduction.text)));
      let sentences: SentenceBounds | undefined;
      const addressed = (index: number) => (sentences ??= new SentenceBounds(segment.text, SENTENCE_BREAK, SENTENCE_BREAK, 0)).has(ADDRESSED, index);
      for (const match of segment.text.matchAll(HANDLE)) {
        const [whole, sigil, rawName] = match as unknown as [string, string, string];
        const name = rawName.replace(/\.+$/, '');
        if (allowed.has(name.toLowerCase()) || DOMAIN_TAG.test(segment.text.slice(Math.max(0, match.index - 40), match.index + whole.length))) continue;
        if (sigil === '@' && segment.text[match.index - 1] && /[\p{L}\p{N}]/u.test(segment.text[match.index - 1]!)) continue; // an e-mail address
        const words = splitHandle(sigil === '#' ? name.replace(YEAR_SUFFIX, '') : name);
        const pupil = pupils.find((p) => matchesPupil(words, p, sigil === '@'));
        // A birth year in a post about a pupil: a name that is also a word opening the handle counts ("@graceharrison_2014", miss33).
        const childLike = !pupil && sigil === '@' && CHILD_MARK.test(name) && NAME_LIKE.test(name.replace(/(?:year|yr|class)/gi, '')) && !/^(?:year|yr|y|class)\d/i.test(name) && (hasGivenName(name, words, aboutAPupil) || (BIRTH_YEAR.test(name) && aboutAPupil() && opensOnGivenName(words[0] ?? '')));
        // "#MollyThompson", "@harrison_brooks": a person's name in a post about a pupil, or a hashtag spoken to (miss31);
        // a pupil's own handle or a cheering hashtag of a pupil's name (miss32).
        const namedInPupilPost =
          !pupil &&
          !childLike &&
          ((personsName(words, names) && (aboutAPupil() || (sigil === '#' && addressed(match.index)))) ||
            (sigil === '@' && pupilsOwnHandle(words, segment.text, match.index, match.index + whole.length, aboutAPupil)) ||
            (sigil === '#' && cheeredByName(name, segment.text) && (aboutAPupil() || addressed(match.index))) ||
            (sigil === '#' && relativeOfNamed(words)) ||
            (sigil === '#' && namedWithAge(name)) ||
            (sigil === '#' && nameAndInitial(name)));
        if (!pupil && !childLike && !namedInPupilPost) {
          // "Shout out to Amelia's mum @sarahjones82", "@sarahjones_mum": a family member's own account leads to the child.
          if (sigil === '@' && (FAMILY_BEFORE.test(segment.text.slice(Math.max(0, match.index - 30), match.index)) || FAMILY_IN_HANDLE.test(name)) && !reportedAt.has(sourceOffset(segment, match.index))) {
            ctx.report({
              message: `An @mention of a pupil's family member (@${name}): a parent's own account leads to the child`,
              redactedMessage: 'An @mention on line {line} tags a pupil\'s family member',
              personal: [`@${name}`, name],
              severity: 'warning',
              ...at(segment, match.index, match.index + 1 + name.length),
              suggestion: 'Thank them without the tag ("Thank you to Amelia\'s mum for the cakes"), unless they have agreed to be tagged.',
            });
          }
          continue;
        }
        if (reportedAt.has(sourceOffset(segment, match.index))) continue;
        const kind = sigil === '@' ? 'An @mention' : 'A hashtag';
        const shown = `${sigil}${name}`;
        ctx.report({
          message: pupil
            ? `${kind} names a pupil from the consent record (${shown}): tags identify and link to a child`
            : childLike
            ? `${kind} looks like a child's own account (${shown}: a name with a birth year, age or year group)`
            : `${kind} is a person's name in a post about a pupil (${shown}): tags identify and link to a child`,
          redactedMessage: pupil
            ? `${kind} on line {line} names a pupil from the consent record`
            : childLike
              ? `${kind} on line {line} looks like a child's own account`
              : `${kind} on line {line} is a person's name in a post about a pupil`,
          personal: [shown, name],
          ...at(segment, match.index, match.index + 1 + name.length),
          suggestion: 'Remove the tag; use the school\'s own account or hashtag instead.',
        });
      }
    }
  },
};

/**
 * A person's name run into a tag: a given name (a common one, not a word such as "Summer") and a surname or a
 * middle name and surname ("MollyThompson", "harrison_brooks", "PoppyMaeCarter"), not a famous person's ("MarcusRashford").
 */
function personsName(allWords: string[], names: Awaited<ReturnType<typeof prepareNameKnowledge>>): boolean {
  // A closing initial: "#KaydenJamesF" (miss32).
  const words = allWords.length > 2 && allWords[allWords.length - 1]!.length === 1 ? allWords.slice(0, -1) : allWords;
  if (words.length < 2 || words.length > 3 || names.given.size === 0) return false;
  const [first, second] = words as [string, string];
  if (!names.frequent.has(first) || names.notNames.has(first) || names.neverNames.has(first)) return false;
  if (names.wordNames.has(first) && !(words.length === 3 && names.given.has(second))) return false;
  if (words.some((w) => !/^[a-z'’-]{2,}$/.test(w))) return false;
  const last = words[words.length - 1]!;
  return !names.famous.has(`${first} ${second}`) && !names.famous.has(`${first} ${last}`);
}

/** How long a paragraph just before may be to count as the line introducing the tags' paragraph. */
const INTRODUCTION_LENGTH = 200;

/** The given name said to be a person's: "My name is Jack", "I'm Jack", "Jack in Year 8", "Jack (Y8)". */
function namedAsPerson(text: string, given: string): boolean {
  const capitalised = escapeRegExp(given[0]!.toUpperCase() + given.slice(1));
  return new RegExp(`(?:\\bname is |\\bI['’]m |\\bcalled )${capitalised}\\b|(?<![\\p{L}@#._])${capitalised} (?:in (?:Year|Y) ?\\d|\\((?:Year|Y) ?\\d)`, 'u').test(text);
}

/** namedOutsideTag, where no grown-up's role stands just before the name: not "our author visitor Ruth (@ruthwrites_books)". */
function namedNotAsGrownUp(text: string, given: string): boolean {
  const capitalised = escapeRegExp(given[0]!.toUpperCase() + given.slice(1));
  for (const found of text.matchAll(new RegExp(`(?:\\b(\\p{L}+)\\s+)?(?<![\\p{L}@#._])${capitalised}(?![\\p{L}_])`, 'gu'))) {
    if (!ADULT_ROLE.has(found[1]?.toLowerCase() ?? '')) return true;
  }
  return false;
}

/** The given name as a capitalised word of the paragraph, not inside a tag ("… Well done Harper!"). */
function namedOutsideTag(text: string, given: string): boolean {
  const capitalised = escapeRegExp(given[0]!.toUpperCase() + given.slice(1));
  return new RegExp(`(?<![\\p{L}@#._])${capitalised}(?![\\p{L}_])`, 'u').test(text);
}

interface PupilParts {
  first: string[];
  last: string;
}

function pupilNameParts(ctx: RuleContext): PupilParts[] {
  if (!ctx.consent) return [];
  return ctx.consent.pupils.map((p) => ({
    first: [p.firstName, p.preferredName].filter((n): n is string => !!n).map((n) => normaliseWord(n).replace(/[^a-z]/g, '')),
    last: normaliseWord(p.lastName).replace(/[^a-z]/g, ''),
  }));
}

/** "AmeliaSmith", "amelia_smith2016", "amelia.s" → ["amelia", "smith"] / ["amelia", "s"]. */
function splitHandle(handle: string): string[] {
  return handle
    .replace(/([\p{Ll}])([\p{Lu}])/gu, '$1 $2')
    .replace(/[_.\d]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((w) => normaliseWord(w))
    .filter(Boolean);
}

function matchesPupil(words: string[], pupil: PupilParts, allowFirstNameAlone: boolean): boolean {
  const joined = words.join('');
  for (const first of pupil.first) {
    if (!first) continue;
    // First name with surname or initial, split ("amelia smith", "amelia s") or run together ("ameliasmith").
    const i = words.indexOf(first);
    if (i !== -1) {
      const next = words[i + 1];
      if (next && (next === pupil.last || (next.length === 1 && pupil.last.startsWith(next)))) return true;
      // "@amelia" alone is her account; "#Summer2026" is a season, not the pupil called Summer.
      if (allowFirstNameAlone && words.length === 1 && joined === first) return true;
    }
    if (joined.startsWith(first) && (joined === first + pupil.last || joined === first + pupil.last[0])) return true;
  }
  return false;
}
