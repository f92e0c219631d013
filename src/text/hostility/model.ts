// Building the hostility model: from the derogatory word list, the grammar of hostile remarks and the
// list of misspellings (deriveHostilityData, at build time into dist/data.json) to the matchers and
// indexes findHostility uses (hostilityModelFrom, buildHostilityModel).
import type { Lexicon } from '../../lexicons/schema.js';
import { PhraseMatcher } from '../../lexicons/matcher.js';
import { tokenizeOnce } from '../../lexicons/tokenize.js';
import type { Gapped, HostilityData, HostilityModel, Role, Term } from './types.js';
import { HOSTILE_ROLES, OVER_THE_EDGE } from './vocabulary.js';

const GRAMMAR_ROLES = new Set<string>(['identity-noun', 'identity-adjective', 'person-noun', 'emotion', 'attribute', 'action', 'dehumanising', 'threat', 'positive', 'quality', 'trait', 'preference', 'negation', 'counter', 'self', 'target', 'pronoun', 'reward', 'decline', 'arrival', 'squalor', 'telltale', 'upbringing', 'insinuation', 'interaction', 'harm-verb', 'permission', 'outcome', 'overreach', 'improvement', 'departure', 'blame', 'longing', 'stereotype', 'conduct', 'avoidance', 'regard', 'lowly-place', 'regard-verb', 'weapon', 'precaution', 'rhetorical', 'rise', 'fall', 'nuisance', 'standing', 'summing', 'reaction', 'explaining', 'property', 'hedge', 'essence', 'vice', 'agreement', 'oath', 'dismissal', 'turn', 'knowing']);
const VOCAB_ROLES = new Set<Role>(['identity-noun', 'emotion', 'attribute', 'action', 'dehumanising', 'threat', 'word']);

/**
 * The comparative and superlative of each short attribute adjective that takes them ("lazy" → lazier,
 * laziest; "vile" → viler, vilest; "thick" → thicker, thickest), for "X are the laziest people on earth"
 * and "X are filthier than animals": words of at most six letters ending in a consonant, "e" or a
 * consonant and "y" (not "-ous", "-ive", "-ed" words, which take "more"/"most", already read), and
 * not already a term.
 */
function gradedForms(terms: Term[]): string[] {
  const all = new Set<string>();
  for (const term of terms) for (const t of term.terms) all.add(t.toLowerCase());
  const out = new Set<string>();
  for (const term of terms) {
    if (term.role !== 'attribute') continue;
    for (const t of term.terms) {
      const word = t.toLowerCase();
      // Adjectives in -y ("filthy", "lazy", "sneaky") and the short ones of GRADED_PLAIN; the list's nouns ("liar", "menace") take none.
      const forms = NOT_GRADED.has(word) ? []
        : word === 'cruel' ? ['crueller', 'cruellest']
        : /^[a-z]{3,7}$/.test(word) && /[^aeiou]y$/.test(word)
        ? [`${word.slice(0, -1)}ier`, `${word.slice(0, -1)}iest`]
        : GRADED_PLAIN.has(word)
          ? word.endsWith('e') ? [`${word}r`, `${word}st`] : [`${word}er`, `${word}est`]
          : [];
      for (const form of forms) if (!all.has(form)) out.add(form);
    }
  }
  return [...out].sort();
}
/** Short attribute adjectives not in -y that take -er/-est. */
const GRADED_PLAIN = new Set(['vile', 'thick', 'cruel', 'foul', 'rude', 'sly', 'dumb', 'crude']);
/** Not graded: said of readers, rides and lights as often ("our weaker readers", "the scariest ride", "a dimmer switch"). */
const NOT_GRADED = new Set(['scary', 'weak', 'dim', 'dense', 'weird']);

/**
 * A threat the grammar lists against "them" or "their" said to one person as well (hate9): "put them in hospital"
 * → "put you in hospital"; "burn down their" → "burn down your". The lexicon's threats are
 * mostly written of a group; threats at a person ("I'll put you in hospital, X") use the same words. Not the
 * phrases with an everyday sense said to one person (PERSON_UNSAFE): "we'll sort you out with a login", "bury
 * him in the sand", "throw you in the deep end", "Mum is coming for her at three".
 */
function toOnePerson(terms: string[]): string[] {
  const have = new Set(terms.map((t) => t.toLowerCase()));
  const added: string[] = [];
  for (const term of have) {
    // Nor going or sending back home: "when you go back to your country for the holidays" is kindly said.
    if (PERSON_UNSAFE.has(term) || GAP_UNSAFE.has(term) || / (?:back|home|country|countries)\b/.test(term)) continue;
    const words = term.split(' ');
    words.forEach((word, i) => {
      // Only "you": threats are made to a person's face; "him"/"her" are as often told ("Flu put him in hospital").
      const forms = word === 'them' ? ['you', 'u'] : word === 'their' ? ['your', 'ur'] : undefined;
      if (!forms || i === 0) return;
      for (const form of forms) {
        const variant = [...words.slice(0, i), form, ...words.slice(i + 1)].join(' ');
        if (!have.has(variant)) (have.add(variant), added.push(variant));
      }
    });
  }
  return added;
}
/** Threats against "them" with an everyday sense said to one person (see `toOnePerson`). */
const PERSON_UNSAFE = new Set(['wipe them out', 'burn them out', 'sort them out', 'kick them out', 'lock them up', 'lock them all up', 'get rid of them', 'bury them', 'whip them', 'throw them in the', 'coming for them', 'watch their back', 'watch their backs', 'sink their boats', 'send them back', 'send them home', 'send them all home', 'send them all back', 'make them pay', 'make them regret', 'make them all regret', 'make them disappear', 'make them all disappear', 'put them in their place', 'teach them a lesson', 'want them out', 'want them all out', 'want them gone', 'want them all gone', 'ship them back', 'ship them out', 'punch them', 'knock them out', 'beat them up', 'drive them out', 'clear them out']);

/** The terms the matcher reads: the grammar's, the graded attributes, then the word list's. */
function modelTerms(derogatory: Lexicon, grammar: Lexicon, graded: string[]): Term[] {
  const terms: Term[] = [];
  for (const entry of grammar.entries) if (GRAMMAR_ROLES.has(entry.category)) terms.push({ ...entry, role: entry.category as Role });
  const threats = grammar.entries.filter((e) => e.category === 'threat').flatMap((e) => e.terms);
  const onePerson = toOnePerson(threats);
  if (onePerson.length > 0) terms.push({ category: 'threat', severity: 'error', note: 'the grammar\'s threats against "them" said to one person ("put you in hospital")', terms: onePerson, role: 'threat' } as Term);
  if (graded.length > 0) terms.push({ category: 'attribute', severity: 'error', note: 'comparative and superlative forms of the attributes ("the laziest", "filthier than")', terms: graded, role: 'attribute' } as Term);
  const guards = composedPrecautions(grammar);
  if (guards.length > 0) terms.push({ category: 'precaution', severity: 'error', note: 'a guard verb and a guarded thing composed ("clutched my bag", "hide your wallets"; the guard and guarded classes)', terms: guards, role: 'precaution' } as Term);
  for (const entry of derogatory.entries) terms.push({ ...entry, role: 'word' });
  return terms;
}

/**
 * The precautions composed from a verb of guarding and a thing guarded (hate10; the `guard` and `guarded` classes):
 * "clutched my bag", "keep an eye on your handbag", "hide your wallets" — each guard, "your" or "my", each thing —
 * beside the precaution phrases listed whole. Not already a term.
 */
function composedPrecautions(grammar: Lexicon): string[] {
  const of = (category: string) => grammar.entries.filter((e) => e.category === category).flatMap((e) => e.terms.map((t) => t.toLowerCase()));
  const listed = new Set(of('precaution'));
  const out: string[] = [];
  for (const verb of of('guard')) for (const whose of GUARDED_WHOSE) for (const thing of of('guarded')) {
    const phrase = `${verb} ${whose} ${thing}`;
    if (!listed.has(phrase)) out.push(phrase);
  }
  return out;
}
const GUARDED_WHOSE = ['your', 'my'];

/** Builds the matcher and vocabulary from the three lexicons (cached by the caller). */
export function buildHostilityModel(derogatory: Lexicon, grammar: Lexicon, variants: Lexicon): HostilityModel {
  return hostilityModelFrom(deriveHostilityData(derogatory, grammar, variants), derogatory, grammar);
}

/** The model from data `deriveHostilityData` gave for these two lexicons. */
export function hostilityModelFrom(data: HostilityData, derogatory: Lexicon, grammar: Lexicon): HostilityModel {
  const terms = modelTerms(derogatory, grammar, data.graded);
  const pairTriggers = new Map<string, Map<string, Set<string> | true>>();
  for (const [first, rests] of data.pairTriggers) {
    const seconds = new Map<string, Set<string> | true>();
    for (const rest of rests) {
      const [second, third] = rest.split(' ') as [string, string | undefined];
      const known = seconds.get(second);
      if (third === undefined) seconds.set(second, true);
      else if (known !== true) seconds.set(second, (known ?? new Set<string>()).add(third));
    }
    pairTriggers.set(first, seconds);
  }
  const variants = new Map<string, string>();
  for (const group of data.variants) {
    const words = group.split(' ');
    for (let k = 1; k < words.length; k++) variants.set(words[k]!, words[0]!);
  }
  let matcher: PhraseMatcher<Term> | undefined;
  return {
    matcher: () => (matcher ??= new PhraseMatcher<Term>(terms)),
    vocabulary: new Set(data.vocabulary),
    kinds: new Map(data.kinds),
    known: new Set(data.known),
    variants,
    triggers: new Set(data.triggers),
    pairTriggers,
    positives: new Set(data.positives),
    negations: new Set(data.negations),
    flags: new Map(),
    gapped: gappedThreats(terms),
  };
}

/** The sets and maps of the model, from the lexicons (see `HostilityData`). */
export function deriveHostilityData(derogatory: Lexicon, grammar: Lexicon, variants: Lexicon): HostilityData {
  const grammarTerms = modelTerms({ ...derogatory, entries: [] }, grammar, []);
  const graded = gradedForms(grammarTerms);
  const terms = modelTerms(derogatory, grammar, graded);
  const vocabulary = new Set<string>();
  const kinds = new Map<string, string>();
  const known = new Set<string>();
  for (const term of terms) {
    const inVocabulary = VOCAB_ROLES.has(term.role) || term.role === 'identity-adjective';
    for (const t of term.terms) {
      const lower = t.toLowerCase();
      if (lower.includes(' ')) for (const word of lower.split(' ')) known.add(word);
      else {
        known.add(lower);
        if (inVocabulary) {
          vocabulary.add(lower);
          if (!kinds.has(lower)) kinds.set(lower, term.role === 'word' ? `${term.category}/${term.strength ?? ''}` : term.role);
        }
      }
    }
  }
  const variantMap = new Map<string, string>();
  for (const entry of variants.entries) {
    const canonical = entry.note;
    if (canonical === undefined) continue;
    for (const variant of entry.terms) if (!known.has(variant)) variantMap.set(variant, canonical);
  }
  // "I cant stand …", "they dont deserve …": the apostrophe left out.
  for (const word of known) {
    const bare = word.replace("n't", 'nt');
    if (bare !== word && !known.has(bare)) variantMap.set(bare, word);
  }
  // A threat with "them" inside matches round a group too ("send the X back"): its words need not stand side by side.
  const gapped = new Set([...gappedThreats(terms).values()].flat().map((g) => g.text));
  const triggers = new Set<string>();
  const pairTriggers = new Map<string, Set<string>>();
  const positives = new Set<string>();
  const negations = new Set<string>();
  for (const term of terms) {
    // A lowly place is no trigger (a jungle, trees, a kitchen are everyday words): only the verb before it that the
    // other terms look for already ("belong in", "stay in") sends a text to the grammar. Nor a verb of regard
    // ("like", "trust"): a question with one reaches the grammar only as the goods' first words let it.
    if (term.role === 'lowly-place' || term.role === 'regard-verb') continue;
    // A rise or a fall ("jumped", "dropped") and a weapon ("bat", "knife") are everyday words too: they send a
    // text to the grammar only in a run of words (constructionRuns below).
    if (term.role === 'rise' || term.role === 'fall' || term.role === 'weapon') continue;
    const target = term.role === 'positive' || term.role === 'quality' || term.role === 'trait' || term.role === 'interaction' ? positives : term.role === 'negation' ? negations : HOSTILE_ROLES.has(term.role) ? triggers : undefined;
    if (!target) continue;
    for (const t of term.terms) {
      if (target !== triggers) target.add(firstWord(t));
      else {
        // A phrase is looked for by two (or three) of its words side by side ("drag everyone" for "drag
        // everyone down"): one word alone ("everyone", "until", "news") sends half of all school news to the grammar.
        const pair = gapped.has(t) ? gappedRun(t) : rarestRun(t);
        if (pair) {
          const seconds = pairTriggers.get(pair[0]) ?? new Set<string>();
          seconds.add(pair[1]);
          pairTriggers.set(pair[0], seconds);
        } else triggers.add(rarestWord(gapped.has(t) ? withoutThem(t) : t));
      }
    }
  }
  for (const [first, second] of constructionRuns(terms)) {
    const seconds = pairTriggers.get(first) ?? new Set<string>();
    seconds.add(second);
    pairTriggers.set(first, seconds);
  }
  return {
    graded,
    vocabulary: [...vocabulary],
    kinds: [...kinds],
    known: [...known],
    variants: groupedVariants(variantMap),
    triggers: [...triggers],
    pairTriggers: [...pairTriggers].map(([first, seconds]) => [first, [...seconds]]),
    positives: [...positives],
    negations: [...negations],
  };
}

/** Before a weapon, words that bring or hold it: "with knives", "with a bat", "my knife", "got a shotgun". */
const WEAPON_LEADS = ['with', 'my', 'our', 'got', 'bringing', 'bring', 'carrying', 'grab', 'grabbed', 'take', 'taking'];

/**
 * The trigger runs of the constructions whose words are everyday ones (hate6): a nuisance before a rise ("rate
 * jumped", "burglaries shot up") and something of worth before a fall ("prices dropped", "standards slipped"),
 * the thing's last word and the verb side by side; a weapon after a word that brings or holds it ("with
 * knives", "with a bat", "got a shotgun"). Each as [first word, the one or two words after it].
 */
function constructionRuns(terms: Term[]): [string, string][] {
  const lastWords = (role: Role) => [...new Set(terms.filter((t) => t.role === role).flatMap((t) => t.terms.map((w) => w.toLowerCase().split(' ').at(-1)!)))];
  const phrases = (role: Role) => [...new Set(terms.filter((t) => t.role === role).flatMap((t) => t.terms.map((w) => w.toLowerCase())))].filter((w) => w.split(' ').length <= 2);
  const runs: [string, string][] = [];
  for (const [thing, change] of [['nuisance', 'rise'], ['standing', 'fall']] as const) {
    for (const noun of lastWords(thing)) for (const verb of phrases(change)) runs.push([noun, verb]);
  }
  // A place people are thrown to their death, after "off" or "under" ("shove every X under a bus", judge-links.ts
  // placedIn): the preposition and the place side by side, with an article or none.
  // A place of several words by its first ("off a wood chipper"), and none with an article of its own twice ("an institution").
  for (const place of new Set(terms.filter((t) => t.role === 'lowly-place').map((t) => t.terms.map((w) => w.toLowerCase().split(' ')[0]!)).flat())) {
    for (const edge of OVER_THE_EDGE) for (const article of ['', 'a ', 'an ', 'the ']) if (!(article && ['a', 'an', 'the'].includes(place))) runs.push([edge, `${article}${place}`]);
  }
  // A weapon of two or three words by its first ("got a baseball bat", "with a can of petrol").
  const weapons = new Set(terms.filter((t) => t.role === 'weapon').flatMap((t) => t.terms.map((w) => w.toLowerCase().split(' ')[0]!)));
  for (const weapon of weapons) {
    for (const lead of WEAPON_LEADS) {
      runs.push([lead, weapon]);
      for (const article of ['a', 'an', 'the', 'some', 'my', 'our']) if (lead !== article) runs.push([lead, `${article} ${weapon}`]);
    }
  }
  return runs;
}

/** Misspelling → word, as "word misspelling …" lines (see `HostilityData.variants`): each misspelling once, so the map read back gives the same word for each. */
function groupedVariants(variants: Map<string, string>): string[] {
  const byWord = new Map<string, string[]>();
  for (const [variant, word] of variants) {
    if (/\s/.test(variant) || /\s/.test(word)) throw new Error(`derogatory-variants: "${variant}" → "${word}" holds white space`);
    const list = byWord.get(word) ?? [];
    list.push(variant);
    byWord.set(word, list);
  }
  return [...byWord].map(([word, list]) => `${word} ${list.join(' ')}`);
}

/**
 * A threat with "them" inside is matched with the group in its place ("get the X out of this town"), so
 * "them" is no word to look for it by, and its words either side of "them" need not stand together: it is
 * looked for by a run of the words after "them" ("out of this"), or else by its rarest word but "them".
 * "them" and "this" as single trigger words sent nearly every paragraph of school news to the grammar.
 */
function gappedRun(term: string): [string, string] | undefined {
  const after = term.split(' ');
  const rest = after.slice(after.indexOf('them') + 1);
  return rest.length >= 2 ? rarestRun(rest.join(' ')) : undefined;
}

function withoutThem(term: string): string {
  return term
    .split(' ')
    .filter((word) => word !== 'them')
    .join(' ');
}

/** Threats with "them" inside them, by their first word (see `Gapped`). */
function gappedThreats(terms: Term[]): Map<string, Gapped[]> {
  const gapped = new Map<string, Gapped[]>();
  for (const term of terms) {
    if (term.role !== 'threat') continue;
    for (const t of term.terms) {
      const words = t.split(' ');
      const at = words.indexOf('them');
      if (at <= 0 || at === words.length - 1 || !words.every((w) => /^[a-z]+$/.test(w)) || GAP_UNSAFE.has(t)) continue;
      const list = gapped.get(words[0]!) ?? [];
      list.push({ term, text: t, prefix: words.slice(0, at), suffix: words.slice(at + 1) });
      gapped.set(words[0]!, list);
    }
  }
  return gapped;
}

/** Words too common to tell whether a text is worth a closer look. */
const COMMON = new Set(['a', 'an', 'the', 'in', 'on', 'of', 'to', 'for', 'with', 'at', 'by', 'no', 'not', 'one', 'all', 'and', 'or', 'is', 'are', 'be', 'was', 'were', 'would', 'will', 'should', 'can', 'could', 'have', 'has', 'had', 'do', 'does', 'it', 'its', 'that', 'this', 'them', 'they', 'their', 'you', 'your', 'i', 'we', 'me', 'my', 'our', 'as', 'so', 'just', 'up', 'out', 'off', 'down', 'get', 'go', 'put', 'make', 'back', 'every', 'any', 'more', 'than', 'like',
  // common in school news, so never the word a hostile phrase is looked for by
  'children', 'child', 'kids', 'pupils', 'people', 'families', 'family', 'welcome', 'here', 'there', 'bring', 'full', 'what', 'time', 'day', 'week', 'year', 'school', 'home', 'work', 'place', 'part', 'see', 'come', 'take', 'well', 'good', 'fire', 'miss', 'near', 'from', 'about', 'into', 'over', 'who', 'which', 'been', 'being', 'she', 'he', 'his', 'her', 'him', 'us', 'if', 'when', 'then', 'now', 'new', 'old', 'first', 'last', 'next', 'lot', 'end', 'kept', 'let', 'allowed', 'country', 'town', 'world', 'way', 'life', 'lives', 'too', 'many',
  // everyday verbs and words of school news that some hostile phrases hold ("went to pot", "why do we still let", "sit around all day")
  'went', 'goes', 'still', 'around', 'sitting', 'same', 'runs', 'ran', 'glass', 'standards', 'waiting', 'wait', 'everywhere', 'need', 'say', 'said', 'enough', 'missed',
  // "even", "ever": in "X … even allowed", "ever allowed" looked for with "allowed" after them, not alone ("Amelia even spotted …")
  'even', 'ever']);

/**
 * The word of a hostile term that a text must hold for the term to match: its longest uncommon
 * word ("illness" for "a mental illness", "kitchen" for "in the kitchen where"), so that common
 * words such as "a" or "no" do not make every text worth a closer look.
 */
function rarestWord(term: string): string {
  const words = /^[a-z0-9]+(?: [a-z0-9]+)*$/.test(term) ? term.split(' ') : tokenizeOnce(term).map((t) => t.norm.replace(/'s$/, ''));
  let best: string | undefined;
  for (const word of words) if (!COMMON.has(word) && (best === undefined || word.length >= best.length)) best = word;
  if (best !== undefined) return best;
  // All common: the longest, and of equals the last ("end their lives" is looked for by "lives").
  for (const word of words) if (best === undefined || word.length >= best.length) best = word;
  return best ?? firstWord(term);
}

/**
 * The neighbouring words of a phrase least likely to stand side by side in ordinary text, as its first
 * word and the words after it: the two with most uncommon words, then most letters ("least favourite"
 * for "my least favourite", "hold everyone" for "hold everyone back"); three when every word is common
 * ("all the same", "have been here": "all the" and "have been" are in every other paragraph of school
 * news). Possessive "'s" taken off, as `worthALook` reads the text's words. Undefined for a single
 * word or a phrase ending in a prefix ("bull*"), which are looked for by one word.
 */
function rarestRun(term: string): [string, string] | undefined {
  if (term.trim().endsWith('*')) return undefined;
  const words = (/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(term) ? term.split(' ') : tokenizeOnce(term).map((t) => t.norm)).map((w) => w.replace(/'s$/, ''));
  let best: string[] | undefined;
  let bestScore = -1;
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = [words[i]!, words[i + 1]!];
    const uncommon = pair.filter((w) => !COMMON.has(w));
    const score = uncommon.length * 1000 + uncommon.join('').length;
    if (score > bestScore) [best, bestScore] = [pair, score];
  }
  if (bestScore === 0 && words.length >= 3) {
    // All common: the three words with most letters.
    bestScore = -1;
    for (let i = 0; i + 2 < words.length; i++) {
      const score = words[i]!.length + words[i + 1]!.length + words[i + 2]!.length;
      if (score > bestScore) [best, bestScore] = [words.slice(i, i + 3), score];
    }
  }
  return best ? [best[0]!, best.slice(1).join(' ')] : undefined;
}

/** The first word of a term as the tokenizer would normalise it (cheaply: terms are plain lower-case words). */
function firstWord(term: string): string {
  const first = /^[a-z0-9]+(?:'[a-z]+)*$/.test(term) ? term : (tokenizeOnce(term)[0]?.norm ?? '');
  return first.replace(/'s$/, '');
}
/**
 * Threats with "them" whose verb and particle, around other words, have an everyday sense with
 * people: "bullies put disabled pupils down", "line the Year 6 pupils up", "drive the refugee
 * families out to the farm", "teach refugee women a lesson in English".
 */
const GAP_UNSAFE = new Set(['put them down', 'line them up', 'teach them a lesson', 'drive them out', 'throw them off', 'make them pay', 'knock them out', 'round them up', 'round them all up', 'clear them out', 'ship them off', 'wipe them off']);
