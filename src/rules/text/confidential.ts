import type { Report, Rule, RuleContext, TextSegment } from '../../core/types.js';
import type { PhraseMatch, PhraseMatcher } from '../../lexicons/matcher.js';
import type { LexiconEntry } from '../../lexicons/schema.js';
import { repeatedText, tokenize, type SameText, type Token } from '../../lexicons/tokenize.js';
import { prepareNameKnowledge, type NameKnowledge } from '../../consent/knowledge.js';
import { SentenceBounds } from '../../text/spans.js';
import { at, isExcepted, proseSegments, segmentPhrases, segmentTokens, sentenceBoundsAround } from './shared.js';

// A person the sentence is about: a title and name, a pronoun, "my son", "a pupil", a first name.
// Someone to contact, not the person the matter is about: "please talk to Mrs Holt", "contact Mr Grant".
const CONTACT =
  /\b(?:(?:talk|speak|chat|write|go|turn|reach out|come|pop in|get in touch)\s+(?:to|with)|contact|ask|call|ring|e-?mail|see|tell|let|led by|run by)\s+(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/gu;
const TITLE = String.raw`\b(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s+`;
// A family by its name: "the Sharma family", "the Wilsons' house" (miss32).
const TITLED = new RegExp(String.raw`${TITLE}\p{Lu}|\b[Tt]he \p{Lu}[\p{L}'’-]+ (?:family|twins)\b|\b[Tt]he \p{Lu}\p{Ll}+s['’](?=\s)`, 'u');
/** A title just before a name: "… arranged by Mrs Ahmed". */
const TITLE_BEFORE = new RegExp(`${TITLE}$`, 'u');
// A pronoun or a person described, not named: in a sentence that says "if", someone hypothetical. The writer's own
// relative is someone too: "after my brother was sent to a young offenders' institution" (miss34).
const PERSON =
  /\b(?:he|she|his|her|him|he's|she's|my|our) (?:son|daughter|child|boy|girl|grandson|granddaughter)\b|\b(?:he|she|his|her|him|he's|she's|himself|herself)\b|\b(?:a|one|the|this|that|another|our) (?:pupil|child|student|boy|girl|teacher|member of staff|colleague|parent|mum|dad|teaching assistant|TA|learner|Year \d+ (?:pupil|boy|girl|child|student))\b|\b(?:pupils?|child|boy|girl|student) (?:called|named)\b|\bmy (?:brother|sister|mum|mom|dad|mother|father|nan|nana|gran|granny|grandma|grandad|grandpa|uncle|aunt|auntie|cousin|husband|wife|partner|stepdad|stepmum)\b/i;
/** PERSON's pronouns only: in a definition "a child" is anyone, but "he" is still someone. */
const PRONOUN = /\b(?:he|she|his|her|him|he's|she's|himself|herself)\b/i;
// Links a term to a person: "who has …", "diagnosed with …", "was excluded", "her autism", "Sam's EHCP";
// how bad it was may stand between ("suffered a serious head injury", "has a very nasty broken ankle"), or how new
// ("Millie's new insulin pump", "placed with his new adoptive family", "a really messy divorce"); what a person wears,
// carries or takes ("he now wears two hearing aids", "takes her insulin"), where they were sent ("being sent to the PRU")
// and what they have thanks to ("Thanks to pupil premium, Kacey's violin lessons are paid for"), left or attend
// ("since leaving the PRU", "attending bereavement counselling"), or are in the middle of ("in the middle of a nasty divorce"),
// or are getting ("Jack's mum and dad are getting divorced"), or raised ("has raised a whistleblowing concern", miss34).
const LINK_BEFORE =
  /(?:\b(?:family|mum|dad|mother|father|brother|sister|grandad|grandma|grandmother|grandfather|nan|nana|gran|granny|grandpa|aunt|auntie|aunty|uncle|cousin|stepdad|stepmum|parent|parents|husband|wife|partner|son|daughter|has|have|had|having|with|diagnosed|diagnosis|suffers|suffering|suffered|sustained|nursing|living|lives|battling|fighting|recovering|treatment|is|was|were|been|being|got|gets|getting|given|his|her|their|my|your|on|under|receives|receiving|received|raised|lodged|eligible|entitled|qualifies|qualify|needs|because|due|after|following|from|for|while|pending|facing|faces|faced|awaiting|through|undergoing|moving|moved|staying|rehoused|placed|went|involved|caught|admitted|are|am|wears|wear|wearing|uses|using|carries|carrying|takes|taking|sent|referred|thanks|leaving|left|attending|attends|middle|beating|beat|beaten|survived|surviving|known)\b|['’]s|['’]re|s['’])\s+(?:(?:an?|the|new|brand|messy|difficult|tough|long|severe|mild|serious|very|really|quite|nasty|bad|horrible|awful|painful|significant|minor|slight|sudden|possible|potential|life-threatening|long-term|recent|ongoing|suspected|from|of|with|to|for|on|in|into|a|currently|still|now|also|recently|sadly|again|time|spell|stay|stint|type [12]|two|three|four|several|multiple|many|further|major|emergency|acute|chronic|rare|aggressive|advanced|terminal|lymphoblastic|myeloid|lymphocytic|non-hodgkin|hodgkin's|hodgkin|education,)\s+){0,3}$/i;
// The term said of a name just before it, its subject: "… that Mia Scott died in a fire", "one of our
// students, George Blake, sadly passed away" (the name is then checked as one, like any other).
// A pronoun is no name here ("He had surgery" is linked, or not, as before), nor a determiner: "Our speech and
// language therapist, Mrs O'Brien, works with …" is a member of staff's role.
// A class may stand between the name and the term: "Max in 4B had to be restrained", "Freya (Y5) …" (miss31).
const CLASS_MARK = String.raw`(?:\s+in\s+(?:(?:Year|Yr|Class|Y)\s?\d{1,2}[A-Z]?|\d{1,2}[A-Z]{1,2})\b|\s*\((?:(?:Year|Yr|Class|Y)\s?\d{1,2}[A-Z]?|\d{1,2}[A-Z]{1,2})\))`;
const NAMED_SUBJECT = new RegExp(
  String.raw`\b(?!(?:He|She|It|We|They|You|This|That|These|Those|Who|Which|There|Our|Your|My|His|Her|Its|Their|The|A|An|Every|Each|All|Some|Any|No)\b)\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}${CLASS_MARK}?,?\s+(?:(?:sadly|tragically|suddenly|unexpectedly|peacefully)\s+)?$`,
  'u',
);
/** A name's class just after it, as the name's own mark: "Freya (Y5) has …", "Max in 4B had …". */
const CLASS_NEXT = new RegExp(`^${CLASS_MARK}`, 'u');
/** The term in brackets just after a name: "Noah (ASD) led the dance" (miss31), "Yusuf (Y4, refugee from Syria, EAL)" (miss33). */
const NAME_BRACKET = /\p{Lu}\p{Ll}+\s*\((?:[^()\n]{0,40}[,;]\s*)?$/u;
/**
 * Names in brackets or after a colon just after the term: "Our Nurture Group (Lexi, Kobe, Alfie and Esme)" (miss32),
 * "a funded HAF place (free school meals): Mason, Lexi, Paige" (miss33).
 */
const NAMES_BRACKETED_AFTER = /^\s*\)?\s*[(:]\s*\p{Lu}\p{Ll}+(?:,\s*|\s+and\s+|\s*&\s*)\p{Lu}\p{Ll}+/u;
/**
 * A record's line opening on a name, the term in a later cell or after a dash or colon: a table row
 * ("Maisie T | ADHD, on medication |"), a list of names with notes ("- Oscar P – bedwetting") (miss33).
 */
const RECORD_OPENING = /^[\s*•·-]*(\p{Lu}\p{Ll}+)((?:\s+\p{Lu}[\p{L}'’-]*\.?){0,2})\s*(?:\||[–—]|-\s|:\s)/u;
/** A form's name field earlier in the paragraph: "Name: Tyler Brooks. Known to social services." (a handover form pasted in, miss33). */
const FORM_NAME = /\b(?:[Nn]ame|[Pp]upil|[Cc]hild|[Ss]tudent)\s*:\s*(\p{Lu}\p{Ll}+)\b/gu;
/**
 * A pronoun as the clause's subject a few words before the term, in a paragraph that has named someone before the
 * sentence: "Harvey had a wobble today … so he spent the afternoon in the Calm Room" (miss32).
 */
const PRONOUN_CLAUSE = /\b(?:he|she)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu;
/**
 * Members named after a group the term describes: "Our PP pupils in Year 6 (Kyle, Demi and Shannon)", "our FSM
 * families, including the Nowaks" (miss31), "our PP pupils who all went on the residential this year - Jack H, Demi S" (miss34's
 * leftovers: a dash opens the list too, further on) — then the group's matter is theirs.
 */
const NAMED_MEMBERS =
  /^\s+(?:pupils|children|families|students|boys|girls|kids|learners)\b[^.!?()]{0,60}?(?:\(|\bincluding\b|\bsuch as\b|\bnamely\b|:|\s[–—-]\s)\s*(?:the\s+(?<plural>\p{Lu}\p{Ll}+s)\b|(?<given>\p{Lu}\p{Ll}+)\b)/u;
/**
 * The term said to be named people just after it: "Our persistent absentees this term are Kai Doyle (Y4), …", "The worst
 * accounts are the Moores (£92)" (miss34), or listed after a colon: "Still not paid for the stall: the Mahmood family, the Kowalskis".
 */
const NAMED_AS_TERM =
  /^(?:(?:\s+(?:this|last|so far this)\s+(?:term|year|week|month|half[- ]term))?\s+(?:are|were|include|included)\s+|[^.!?:\n]{0,30}:\s*)(?:the\s+(?<plural>\p{Lu}\p{Ll}+s)\b(?!['’])|the\s+(?<family>\p{Lu}\p{Ll}+) family\b|(?<given>\p{Lu}\p{Ll}+)\b)/u;
// …or after it, what it did to the person or bought them, or where on their body: "The chemo has been tough on her", "used pupil
// premium to buy Ezra a laptop", "had surgery on her hand" (miss29).
const LINK_AFTER = /^\s*(?:diagnosis|plan|assessment|referral|meeting|review|last|this|yesterday|today|again|for|because|after|(?:has|have|had) been (?:really |so |very )?(?:tough|hard|difficult|rough) (?:on|for) (?:him|her|them)\b|to (?:buy|pay for|fund|cover)\b|(?:on|to|in) (?:his|her|their) (?:hand|hands|arm|arms|leg|legs|knee|knees|ankle|ankles|foot|feet|back|hip|shoulder|head|face|eye|eyes|ear|ears|heart|spine|neck|wrist|finger|fingers|toe|toes)\b)\b/i;
// Negation reaches to the end of its clause: "Nobody was excluded", but not "Mr X will not be in
// school while a disciplinary investigation takes place".
const NEGATED = /\b(?:no|nobody|no one|not|never|none)\b(?:(?!\b(?:while|because|after|since|but|when|until|pending)\b)[^.!?,;:]){0,30}$/i;
// A condition, not a case: "what to do if they are bullied", "if the child has an EHCP", "unless …",
// and the cases a procedure covers: "(cases where a person is dismissed …)", "In cases where the child lives with …".
// …and a child in general, in the present tense: "many families find it hard to get help when a child is struggling with
// anxiety" (fp34); not a story told in the past ("when a pupil collapsed with a seizure").
const HYPOTHETICAL = /\b(?:if|unless|whether|in case|(?:cases|situations|circumstances|instances) (?:where|in which|when)|when (?:a|your) (?:child|pupil|student|young person) (?:is|has|feels|needs|struggles|becomes|gets|starts)\b)[^.!?;:]*$/i;
// A definition or what a record holds, not a case: "as defined in the Code of Practice: 'A child has SEND
// where …'", "the SEND register holds information about when the child was first identified as having SEND".
const DEFINITION = /\b(?:as defined|is defined|are defined|definition of|stands for|code of practi[cs]e|information about (?:when|whether|how|what|which|why))\b/i;
// A parent's question, as on a help page: "Is my child eligible for free school meals?", "Can my child …?".
const ASKED = /^\W*(?:is|are|can|could|does|do|will|would|should|how|what|who|when|where|which|why)\b[^?]*\?[\s*_"”’)]*$/i;
// A parent's question on an FAQ page, told first and then asked: "My child has autism. What support can the school
// offer?" — the question closes a short paragraph whose person is "my child" (anyone's), not a named pupil, and
// which names no member of staff (a parent's thanks quoted: "Thank you, Mrs Patel! My daughter has a nut allergy …").
const PARENT_ASKS = /\bmy (?:child|son|daughter|children|kids?)\b/i;
const CLOSES_ON_A_QUESTION = /\?[\s*_"”’)]*$/;
// People in general, not a person: "supporting pupils with special educational needs", "children and
// young people who receive free school meals", "families affected by cancer", "anyone living with …",
// "Teachers who are off sick", "Families who receive certain benefits may be eligible for free school meals".
const GROUP =
  '(?:pupils|children|young people|students|learners|people|loved ones|adults|families|parents|carers|anyone|anybody|those|everyone|boys|girls|men|women|kids|babies|toddlers|teenagers|others|many|staff|colleagues|employees|volunteers|teachers|governors|mums|dads|grandparents|residents|members)';
// A list the term ends, its earlier items each closed by a comma: "children with autism, ADHD and dyslexia",
// "pupils with speech and language needs, autism or dyslexia".
const LIST_ITEMS = String.raw`(?:(?:[\w'’-]+\s+){0,2}[\w'’-]+,\s+){0,4}`;
// "children undergoing chemotherapy", "children who have lost their hair after months of treatment for
// cancer": a charity's cause, read back up to GROUP_REACH characters.
const GROUP_BEFORE = new RegExp(
  String.raw`\b${GROUP}(?:,?\s+(?:and|or)\s+(?:their\s+)?${GROUP})?(?:['’]s?\s+(?:[\w'’-]+\s+){0,2}$|\s+(?:(?:who|that)\s+(?:[\w'’-]+\s+){1,10}|with\s+|on\s+|(?:living|live)\s+with\s+|affected\s+by\s+|experiencing\s+|eligible\s+for\s+|entitled\s+to\s+|(?:undergoing|receiving|having|facing|battling|fighting|suffering\s+from|recovering\s+from|going\s+through|diagnosed\s+with)\s+)${LIST_ITEMS}(?:[\w'’-]+\s+){0,3}$)`,
  'i',
);
const GROUP_REACH = 120;
/** Someone inside a group's clause owns the matter: "the children who visited Mrs Jones after her cancer diagnosis". */
const ONE_PERSON = /\b(?:he|she|his|her|him|Mr|Mrs|Miss|Ms|Mx|Dr)\b/u;
const NOT_NAMES = new Set(
  'The A An Our We Year Class Reception Nursery School Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Mr Mrs Miss Ms Dr Well Thank Thanks Congratulations Today This That Last Next Please Dear Happy All Every Parents Pupils Staff Team Head Headteacher Trust Academy Sports Easter Christmas Term Week Awareness I Autism SEN SENCO Education Health Care However Meanwhile Therefore Furthermore Moreover Instead Overall Again Now Then Yesterday Tomorrow Afterwards Nevertheless Nonetheless Indeed Sometimes Often Once Also Otherwise Likewise Following Although Though While When If Since Because Unless Yes No Remember Finally Firstly Secondly Lastly Plus Alternatively Absolutely Sure Certainly Of Note Children Students Families Everyone Hello Hi Reminder Reminders Note Important Update Notice PS Ok OK Okay'.split(
    ' ',
  ),
);

interface Compiled {
  matcher: PhraseMatcher<LexiconEntry>;
  general: Set<string>;
  /** Words saying a sentence is about characters in a book or play ("the novella", "protagonist"). */
  fiction: string[];
  /** Titles of books and plays taught in school ("Of Mice and Men"): the sentence and the one before tell its plot. */
  setTexts: string[];
  /** Words saying a sentence is a founder's or campaigner's public story ("founded by", "campaigner"). */
  publicStory: string[];
  /** Animals a school keeps, the subject a sentence opens on ("Our school dog Bella …"). */
  animals: string[];
}

const phrases = segmentPhrases('confidential', async (lexicons) =>
  (await lexicons.get('confidential')).entries.filter((e) => e.category !== 'general-context' && e.category !== 'fiction-context' && e.category !== 'set-text-context' && e.category !== 'public-context' && e.category !== 'animal-context'),
);

export const confidential: Rule = {
  meta: {
    id: 'text/confidential',
    description: 'Safeguarding, SEN/EHCP, medical, behaviour, exclusions, family circumstances, police, staffing matters, contracts and unannounced plans.',
    severity: 'error',
    inputs: ['text', 'consent'],
    docs: {
      details:
        'Lexicon-driven (lexicons/confidential.yaml). Terms about a person (SEN, medical, behaviour, family, police, staffing) are reported only when the sentence ties them to someone — a name (from the consent record when one is loaded), a title, a pronoun, "a pupil", "my son", "you" in a letter to a named pupil ("Dear Noah, … you have broken your leg") — through a link such as "has", "with", "diagnosed with", "was excluded", "her …". Next to a service or event word ("SEN team", "Autism Awareness Week", "Cancer Research") they are general and pass. Safeguarding cases are reported unless the sentence is guidance (\"If you have a safeguarding concern, contact …\") with no one named and nothing told as having happened; contracts and unannounced plans are always reported. A medical or family matter in a paragraph that says the family agreed to its sharing ("Amelia and her family asked us to share her news") is a warning: a person checks the consent is recorded.',
      fires: ['"Sam in Year 4, who has an EHCP, read his poem"', '"Mr Jones is off on sick leave"', '"A Year 6 boy was excluded after the fight"'],
      passes: ['"Our SEN team\'s open morning is on Friday"', '"Anti-Bullying Week starts Monday"', '"Year 5 raised £300 for Cancer Research UK"'],
      fix: 'Remove the confidential detail; share it only through the school\'s confidential channels.',
    },
  },
  async check(ctx: RuleContext) {
    const compiled = await ctx.lexicons.derived('confidential', async (): Promise<Compiled> => {
      const lexicon = await ctx.lexicons.get('confidential');
      const general = new Set<string>();
      const fiction: string[] = [];
      const setTexts: string[] = [];
      const publicStory: string[] = [];
      const animals: string[] = [];
      for (const entry of lexicon.entries) {
        if (entry.category === 'general-context') for (const t of entry.terms) general.add(t.toLowerCase());
        if (entry.category === 'fiction-context') for (const t of entry.terms) fiction.push(t.toLowerCase());
        if (entry.category === 'set-text-context') for (const t of entry.terms) setTexts.push(t.toLowerCase());
        if (entry.category === 'public-context') for (const t of entry.terms) publicStory.push(t.toLowerCase());
        if (entry.category === 'animal-context') for (const t of entry.terms) animals.push(t.toLowerCase());
      }
      return { matcher: await phrases(ctx), general, fiction, setTexts, publicStory, animals };
    });
    const pupilWords = pupilFirstNames(ctx);
    const names = await prepareNameKnowledge();
    const segments = proseSegments(ctx);
    type Find = Pick<Report, 'message' | 'suggestion' | 'severity'> & { start: number; end: number };
    // What one segment discloses. `under`: the sentences under it when it is a title (asked only when a match needs
    // them); `isAddressed`: whether it belongs to a letter to a named pupil.
    const judge = (segment: TextSegment, under: () => string[], isAddressed: () => boolean): Find[] => {
      const finds: Find[] = [];
      const tokens = segmentTokens(segment);
      const matches = compiled.matcher.matchSegment(segment, tokens);
      if (matches.length === 0) return finds;
      const sentences = new SentenceBounds(segment.text, INITIAL_AWARE_BREAK, INITIAL_AWARE_END);
      const words = new SegmentWords(segment.text, tokens, sentences);
      // What the text under a title shows depends on the entry alone, not on which of its matches asks.
      const toldUnder = new Map<LexiconEntry, boolean>();
      const isToldUnder = (entry: LexiconEntry) => {
        let told = toldUnder.get(entry);
        if (told === undefined) toldUnder.set(entry, (told = toldUnderTitle(under(), entry)));
        return told;
      };
      let lastEnd = -1;
      const ordered = longestFirst(matches);
      let consentStated: boolean | undefined;
      for (const [index, match] of ordered.entries()) {
        if (match.start < lastEnd) continue;
        const entry = match.entry;
        const members = entry.needsPerson === true && namesMembers(segment.text, match, names);
        if (isExcepted(segment.text, match) || (!members && isGeneral(tokens, match, compiled.general, segment.text))) continue;
        if (innocentSense(words, match, isToldUnder)) continue;
        // An acronym read in capitals is no acronym in a sentence written all in capitals: "… COME BACK WITH ME NEXT YEAR!", "WE SEND OUR LOVE".
        if (entry.caseSensitive && !/\p{Ll}/u.test(sentenceNear(segment.text, match, sentences).text)) continue;
        if (entry.needsPerson && !members && !tiedToPerson(segment.text, match, pupilWords, sentences, names, isAddressed())) continue;
        if (entry.category === 'safeguarding' && isGuidance(segment.text, match, sentences) && !tiedToPerson(segment.text, match, pupilWords, sentences, names, isAddressed())) continue;
        // A pupil in the sentence is no character or guest: "Sam in Year 4, who has an EHCP, read his poem to the visiting author".
        const pupilThere = entry.needsPerson && namesAPupil(sentenceNear(segment.text, match, sentences).text, words, match, pupilWords);
        if (entry.needsPerson && !pupilThere && inContext(words, match, compiled.fiction, NO_NAMES)) continue;
        // A set text named in the sentence or the one before: "Year 10 have finished Of Mice and Men. Lennie, who has a learning
        // disability, …" — unless the sentence casts someone in it ("Sam, who has dyslexia, played Lennie").
        if (entry.needsPerson && inContext(words, match, compiled.setTexts, NO_NAMES, PUBLIC_REACH_BACK) && !castInSentence(sentenceNear(segment.text, match, sentences).text)) continue;
        // The sentence before counts too: "It was founded in 2018 by Fiona Castellton. As a young person who herself is autistic …".
        if (entry.needsPerson && !pupilThere && inContext(words, match, compiled.publicStory, NO_NAMES, PUBLIC_REACH_BACK) && !guestAfterSomeoneElse(segment.text, words, match, sentences, compiled.publicStory)) continue;
        // A charity named after someone tells their story in schools: "an assembly from the Ben Kinsella Trust. Ben was 16 when he
        // was stabbed to death in 2008" (fp34).
        if (entry.needsPerson && !pupilThere && charityNamesake(segment.text, sentenceNear(segment.text, match, sentences).text, names)) continue;
        // "Our school dog Bella is recovering well from her operation": the animal's, not a person's.
        if (entry.needsPerson && !pupilThere && animalSubject(segment.text, words, match, sentences, compiled.animals)) continue;
        if (entry.context && !inContext(words, match, entry.context, pupilWords, entry.contextBefore ? PUBLIC_REACH_BACK : 0)) continue;
        const condition = entry.leadIn ? conditionAfter(segment.text, ordered, index) : undefined;
        const end = condition?.end ?? match.end;
        lastEnd = end;
        const softened =
          (entry.warnUnless && !inContext(words, match, entry.warnUnless.words, NO_NAMES) ? entry.warnUnless : undefined) ??
          // Whose it was may be told in the sentence before: "… the death of our former colleague, Mrs Ross. She lost her battle with cancer".
          (entry.warnWhen && inContext(words, match, entry.warnWhen.words, NO_NAMES) && (!entry.warnWhen.with || inContext(words, match, entry.warnWhen.with, NO_NAMES, PUBLIC_REACH_BACK)) ? entry.warnWhen : undefined) ??
          // A title's consent is told under it: "# Diabetes awareness: Lucy's assembly" / "Lucy, with her family's permission, …".
          (CONSENT_SOFTENS.has(entry.category) && (consentStated ??= STATED_CONSENT.test(segment.text) || under().some((sentence) => STATED_CONSENT.test(sentence))) ? CONSENT_STATED : undefined) ??
          (entry.category === 'family' && !pupilThere && writersOwnLoss(segment.text.slice(match.start, match.end), sentenceNear(segment.text, match, sentences).text) ? OWN_LOSS : undefined);
        finds.push({
          start: match.start,
          end,
          message: `Confidential (${entry.category}): "${segment.text.slice(match.start, end)}" — ${softened?.note ?? entry.note ?? 'this must not be published'}`,
          suggestion: softened?.suggestion ?? entry.suggestion ?? 'Remove this detail from the post.',
          severity: softened ? 'warning' : entry.severity,
        });
      }
      return finds;
    };
    // A segment that is no title is judged by its text, and by whether it is a letter's where a match asks: its finds are
    // reused where the same text recurs with the same answer (a long post that repeats a paragraph reads it once).
    const judged = new Map<SameText, { finds: Find[]; addressed: boolean | undefined }>();
    for (const [segmentIndex, segment] of segments.entries()) {
      // A paragraph of a letter to a named pupil ("Dear Noah, … you have broken your leg"), asked once.
      let addressed: boolean | undefined;
      const isAddressed = () => (addressed ??= addressedToName(segments, segmentIndex, names));
      // A title ("School Closure") is told by the paragraphs under it ("… a burst water pipe …").
      const title = isTitle(segment);
      const same = title ? undefined : repeatedText(segment);
      const earlier = same && judged.get(same);
      let finds: Find[];
      if (earlier && (earlier.addressed === undefined || earlier.addressed === isAddressed())) finds = earlier.finds;
      else {
        let under: string[] | undefined;
        finds = judge(segment, () => (under ??= title ? sentencesUnder(segments, segmentIndex) : []), isAddressed);
        if (same) judged.set(same, { finds, addressed });
      }
      for (const { start, end, ...find } of finds) ctx.report({ ...find, ...at(segment, start, end) });
    }
  },
};

/**
 * The group the term describes goes on to name its members (NAMED_MEMBERS), or the term is said to be them
 * (NAMED_AS_TERM): a family's plural surname, "the … family" or a given name.
 */
function namesMembers(text: string, match: PhraseMatch<LexiconEntry>, names: NameKnowledge): boolean {
  const after = text.slice(match.end, match.end + 80);
  const found = NAMED_MEMBERS.exec(after) ?? NAMED_AS_TERM.exec(after);
  if (!found) return false;
  const { plural, family, given } = found.groups ?? {};
  return plural !== undefined || family !== undefined || (given !== undefined && isGivenName(given.toLowerCase(), names));
}

/** The term's line is a record of a named person (RECORD_OPENING), or a form's name field comes before it (FORM_NAME). */
function namedByRecord(text: string, sentenceStart: number, termStart: number, names: NameKnowledge): boolean {
  const record = RECORD_OPENING.exec(text.slice(sentenceStart, termStart));
  if (record) {
    const given = record[1]!.toLowerCase();
    // A name that is also a word ("Grace", "Hope") counts with a surname or its initial after it.
    if (isGivenName(given, names) && (!names.wordNames.has(given) || record[2]!.trim() !== '')) return true;
  }
  const before = text.slice(Math.max(0, termStart - 300), termStart);
  if (!before.includes(':')) return false;
  for (const field of before.matchAll(FORM_NAME)) if (isGivenName(field[1]!.toLowerCase(), names)) return true;
  return false;
}

/**
 * "they" as the clause's subject a few words before the term, a family named in the sentence before: "We're raising money for
 * the Mills family. Their house burned down last week and they're now living in temporary accommodation" (miss34).
 */
const THEY_CLAUSE = /\b(?:they|they['’](?:re|ve)|their)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu;
const FAMILY_NAMED = /\b[Tt]he \p{Lu}[\p{L}'’-]+ family\b|\b[Tt]he \p{Lu}\p{Ll}+s['’]?(?=[\s.,!])/u;
function theyAfterFamily(text: string, before: string, sentenceStart: number): boolean {
  return THEY_CLAUSE.test(before) && FAMILY_NAMED.test(text.slice(Math.max(0, sentenceStart - 200), sentenceStart));
}

/** PRONOUN_CLAUSE, after a given name (capitalised, not a word) earlier in the paragraph: the pronoun is that person. */
function pronounAfterName(text: string, before: string, termStart: number, names: NameKnowledge): boolean {
  const clause = PRONOUN_CLAUSE.exec(before);
  if (!clause) return false;
  const earlier = text.slice(Math.max(0, termStart - before.length + clause.index - 300), termStart - before.length + clause.index);
  for (const found of earlier.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)) {
    const word = found[0].toLowerCase();
    if (isGivenName(word, names) && !names.wordNames.has(word)) return true;
  }
  return false;
}

/**
 * The term is meant in its innocent sense: a homonym in its sentence or a day just before it (unless
 * that sentence has one of the entry's homonymsUnless), or the text under the title it stands in says so.
 */
function innocentSense(words: SegmentWords, match: PhraseMatch<LexiconEntry>, isToldUnder: (entry: LexiconEntry) => boolean): boolean {
  const entry = match.entry;
  if (!entry.homonyms) return false;
  if (entry.homonymsUnless && inContext(words, match, entry.homonymsUnless, NO_NAMES)) return false;
  return inContext(words, match, entry.homonyms, NO_NAMES) || toldTheDayBefore(words, match) || isToldUnder(entry);
}

/**
 * A pupil named or described in the sentence: a name with a class after it ("Sam in Year 4", "Maya (6B)"),
 * "a Year 6 pupil", "one of our students", a former pupil ("Former pupil and Olympic rower Kate Hall … has
 * died": the school's own announcement, whatever her fame), or a pupil from the consent record.
 */
function namesAPupil(sentence: string, words: SegmentWords, match: PhraseMatch<LexiconEntry>, pupilWords: ReadonlySet<string>): boolean {
  return PUPIL_NAMED.test(sentence) || (pupilWords.size > 0 && inContext(words, match, [], pupilWords));
}
const PUPIL_NAMED =
  /\b\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+)?,? (?:in|from|of|\() ?(?:Year|Yr|Y) ?\d{1,2}\b|\b\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+)?,? (?:in|from|\() ?(?:Reception|Nursery|class \d?\p{Lu}\w*|\d\p{Lu}{1,2}\b)|\b(?:[Aa]|[Oo]ne|[Aa]nother) (?:Year \d{1,2} (?:pupil|student|child|boy|girl)|Reception (?:pupil|child)|sixth[- ]form student|pupil|student)\b|\b[Oo]ne of our (?:pupils|students|children)\b|\b(?:[Ff]ormer|[Ee]x-|[Pp]ast) ?(?:pupil|student)s?\b|\b(?:alumn(?:a|us)|[Oo]ld (?:boy|girl))\b/u;

/**
 * The sentence opens on someone by first name whose matter it tells, and the guest or public figure comes only
 * after it: "Maya, who has epilepsy, met Olympic swimmer Tom Daley" is Maya's, not the swimmer's, story.
 */
function guestAfterSomeoneElse(text: string, words: SegmentWords, match: PhraseMatch<LexiconEntry>, sentences: SentenceBounds, publicStory: string[]): boolean {
  const sentence = sentenceNear(text, match, sentences);
  if (!/^\W*\p{Lu}\p{Ll}+, who\b/u.test(text.slice(sentence.start, match.start))) return false;
  return !words.mention(Math.max(0, sentence.start - PUBLIC_REACH_BACK), match.start, publicStory, NO_NAMES);
}

/**
 * The sentence opens on an animal the school keeps ("Our school dog Bella", "The Year 2 hamster", "Sheldon, our
 * tortoise,"), its subject, and names no one else, by "who" or a title, before the term: its matter is the animal's.
 */
function animalSubject(text: string, words: SegmentWords, match: PhraseMatch<LexiconEntry>, sentences: SentenceBounds, animals: string[]): boolean {
  const { from } = sentenceBoundsAround(sentences, match.start, match.end);
  const opening = text.slice(from, match.start);
  if (/\bwho\b|\b(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s/.test(opening)) return false;
  // The animal the subject: "Our (school) dog …", "The Year 2 hamster …", "Hammy, the Year 2 hamster, …" — not
  // "Sam walked the school dog after his operation", "Mia was bitten by a dog and had surgery".
  const subject = ANIMAL_SUBJECT.exec(opening);
  if (!subject) return false;
  return words.mention(from, Math.min(from + subject[0].length, match.start), animals, NO_NAMES);
}
const ANIMAL_SUBJECT = /^\W*(?:(?:Our|The|This|That|A|An|My)\s+|\p{Lu}\p{Ll}+,\s+(?:the|our|a|an)\s+)(?:[^\s,.;:!?]+\s+){0,3}[^\s,.;:!?]+/u;

/** Someone playing a part, not the part's story: "Sam, who has dyslexia, played Lennie", "starred as Scrooge". */
const CAST = /\b(?:play(?:s|ed|ing)?|perform(?:s|ed|ing)?|star(?:s|red|ring)|act(?:s|ed|ing)|read(?:s|ing)?|role|part|as)\b/i;
/** A class reading the book, not someone reading a part: "Year 7 read Pig-Heart Boy, about Cameron, who …", "we are reading …". */
const CLASS_READS = /\b(?:Year \d{1,2}|Y\d{1,2}|[Cc]lass(?: \d?\p{Lu}\w*)?|[Ww]e|[Tt]hey|students|pupils|group|set|book club)(?:['’]ve| have| has| are| were| all)? (?:read|reads|reading|re-read|finished reading|started reading)\b/gu;
function castInSentence(sentence: string): boolean {
  return CAST.test(sentence.replace(CLASS_READS, ''));
}

/** One of the entry's homonymsBefore in the sentence before, and no plan's words ("next July") in the term's own. */
function toldTheDayBefore(words: SegmentWords, match: PhraseMatch<LexiconEntry>): boolean {
  const { homonymsBefore, homonymsUnderTitle } = match.entry;
  if (!homonymsBefore) return false;
  if (homonymsUnderTitle?.unless && inContext(words, match, homonymsUnderTitle.unless, NO_NAMES)) return false;
  return inContext(words, match, homonymsBefore, NO_NAMES, PUBLIC_REACH_BACK);
}

/** How many letters, spaces, apostrophes or hyphens may lie between a lead-in and its term ("diagnosed with type one diabetes"). */
const LEAD_IN_GAP = 25;
const LEAD_IN_WORDS = new RegExp(`^[\\s\\p{L}'’-]{0,${LEAD_IN_GAP}}$`, 'u');

/**
 * The term of a lead-in's category that it leads into ("diagnosed with" → "diabetes"), a few words on.
 * Only the matches that start within the gap are read (a letter is at most two UTF-16 units), so a
 * paragraph of repeated lead-ins costs each one a bounded look-ahead, not a pass over all the rest.
 */
function conditionAfter(text: string, ordered: PhraseMatch<LexiconEntry>[], index: number): PhraseMatch<LexiconEntry> | undefined {
  const leadIn = ordered[index]!;
  for (let k = index + 1; k < ordered.length && ordered[k]!.start - leadIn.end <= 2 * LEAD_IN_GAP; k++) {
    const next = ordered[k]!;
    if (next.start < leadIn.end || next.entry.category !== leadIn.entry.category || next.entry.leadIn) continue;
    return LEAD_IN_WORDS.test(text.slice(leadIn.end, next.start)) ? next : undefined;
  }
  return undefined;
}

function longestFirst<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  return [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "SEN team", "autism awareness", "pupil premium strategy": a service, event or topic, not a person's matter. */
function isGeneral(tokens: Token[], match: PhraseMatch<LexiconEntry>, general: Set<string>, text: string): boolean {
  // The next sentence's first word is no service's name: "… involved in county lines. Parents, please …".
  const following = tokens[match.lastToken + 1];
  const next = following && !/[.!?;:\n]/.test(text.slice(match.end, following.start)) ? following : undefined;
  const nextTwo = next && tokens[match.lastToken + 2] ? `${next.norm} ${tokens[match.lastToken + 2]!.norm}` : '';
  if (next && (general.has(next.norm) || general.has(next.norm.replace(/'s$/, '')) || general.has(nextTwo))) return true;
  const previous = tokens[match.firstToken - 1]?.norm;
  // "PC Davies gave Year 9 a talk on county lines": the subject of a talk, not the speaker's own matter.
  if (previous === 'on' && TOPIC_NOUNS.has(tokens[match.firstToken - 2]?.norm ?? '')) return true;
  // "explained what happens when someone is arrested": no one in particular.
  if (SOMEONE_BEFORE.test(text.slice(Math.max(0, match.start - 40), match.start))) return true;
  // "talked to Reception about how to look after a broken arm": first aid taught, no one's own.
  if (HOW_TO_TREAT.test(text.slice(Math.max(0, match.start - 50), match.start))) return true;
  // "the wait for CAMHS was far too long" (fp34): a service's waiting list, no one's referral.
  if (previous === 'for' && WAITED.has(tokens[match.firstToken - 2]?.norm ?? '')) return true;
  return previous === 'awareness' || previous === 'about' || previous === 'world' || previous === 'national' || previous === 'understanding';
}
const WAITED = new Set(['wait', 'waits', 'waiting', 'queue', 'queues']);

/** An indefinite someone as the term's subject, right before it: "someone is arrested", "anyone who has been excluded". */
const SOMEONE_BEFORE = /\b(?:someone|somebody|anyone|anybody)\s+(?:who\s+)?(?:is|was|gets|got|has been|had been|have been)\s+$/i;

/** A matter as what a lesson teaches to deal with: "how to look after a broken arm", "how to spot the signs of grooming". */
const HOW_TO_TREAT = /\bhow to (?:look after|treat|care for|deal with|help with|help someone with|spot|recogni[sz]e|prevent|avoid|manage|respond to|cope with)\s+(?:(?:a|an|the|someone(?:['’]s)? with|the signs of|signs of)\s+)?$/i;

/** What a matter can be the subject of: "a talk on …", "an assembly on …", "advice on …". */
const TOPIC_NOUNS = new Set([
  'talk', 'talks', 'assembly', 'assemblies', 'session', 'sessions', 'workshop', 'workshops', 'lesson', 'lessons', 'presentation',
  'presentations', 'training', 'course', 'advice', 'information', 'guidance', 'leaflet', 'leaflets', 'video', 'film', 'unit', 'topic',
  'module', 'focus', 'campaign', 'debate', 'discussion', 'discussions', 'questions', 'research', 'project', 'webinar', 'seminar',
]);

/**
 * How far either side of a match its sentence is read for a person or a context word. A sentence is
 * read whole up to this; one that runs further (no ". ", "! ", "? " or line break for over a thousand
 * characters, which prose does not do) is read only this far, so that each match costs a bounded
 * amount: a paragraph of 40,000 matches with no sentence break re-read the whole paragraph for each.
 */
const SENTENCE_REACH = 1000;

// A name's initial is no sentence's end: "Shame that Chloe B. was excluded for the fight" (miss32). A "." after a
// lone capital letter ends a sentence only when a capital or no word follows ("… Plan B. Then we …").
const INITIAL_AWARE_BREAK = /(?:(?<!(?<![\p{L}\p{N}'’])\p{Lu})[.!?]|[!?]|\.(?! \p{Ll}))(?= )|\n/gu;
const INITIAL_AWARE_END = /(?:(?<!(?<![\p{L}\p{N}'’])\p{Lu})[.!?]|[!?]|\.(?!\s\p{Ll}))(?=\s|$)|\n/gu;

/** The sentence around a match (sentenceAround), cut to SENTENCE_REACH characters either side of it. */
function sentenceNear(text: string, match: PhraseMatch<LexiconEntry>, sentences: SentenceBounds): { text: string; start: number } {
  const { from, to } = sentenceBoundsAround(sentences, match.start, match.end);
  const start = Math.max(from, match.start - SENTENCE_REACH);
  return { text: text.slice(start, Math.min(to, match.end + SENTENCE_REACH)), start };
}

// How to act on a concern, not a case: "If you have a safeguarding concern, contact …", "Safeguarding
// concerns should be reported the same day", "our policy explains what a child protection plan is".
// … or whom to contact ("For safeguarding concerns, contact the Designated Safeguarding Lead", miss29;
// a newsletter's footer: "For safeguarding concerns, ask to speak to our Designated Safeguarding Lead", fp32).
const GUIDANCE = /\b(?:if|unless|whenever|anyone|anybody|any|all|how to|what to do|what (?:a|an|is)|who to|polic(?:y|ies)|procedures?|training|trained|should|must|please|can|may|contact|(?:ask to )?speak to|talk to|ask for|get in touch)\b/i;
// … unless the sentence tells it as having happened: "A safeguarding referral was made last week".
const HAPPENED =
  /\b(?:was|were|has been|have been|had been)\s+(?:[\w'’-]+\s+)?(?:raised|made|reported|referred|opened|received|logged|passed|shared|recorded|held|called|put)\b|\b(?:yesterday|last (?:week|night|term|month|year)|this (?:morning|afternoon|week))\b/i;

// A bulleted line, as in a list of criteria: "Who is eligible? … • On a child protection plan • A young carer".
const BULLETED = /^\s*[•·▪‣◦●]/u;

function isGuidance(text: string, match: PhraseMatch<LexiconEntry>, sentences: SentenceBounds): boolean {
  const sentence = sentenceNear(text, match, sentences).text;
  return (GUIDANCE.test(sentence) || BULLETED.test(sentence)) && !HAPPENED.test(sentence);
}

function tiedToPerson(
  text: string,
  match: PhraseMatch<LexiconEntry>,
  pupilWords: Set<string>,
  sentences: SentenceBounds,
  names: NameKnowledge,
  addressed = false,
): boolean {
  const sentence = sentenceNear(text, match, sentences);
  const before = text.slice(Math.max(sentence.start, match.start - 60), match.start);
  const after = text.slice(match.end, match.end + 30);
  if (NEGATED.test(before) || ofGroup(text.slice(Math.max(sentence.start, match.start - GROUP_REACH), match.start), pupilWords, names)) return false;
  if (namedByRecord(text, sentence.start, match.start, names)) return true;
  // A term naming whose body it is ("broke her leg", "sprained his ankle") links itself.
  const linked =
    LINK_BEFORE.test(before) ||
    NAME_BRACKET.test(before) ||
    LINK_AFTER.test(after) ||
    NAMES_BRACKETED_AFTER.test(after) ||
    pronounAfterName(text, before, match.start, names) ||
    /\b(?:who|whose)\b/i.test(before) ||
    /\b(?:his|her|your)\b/i.test(text.slice(match.start, match.end)) ||
    (/^\p{Ll}/u.test(text.slice(match.start, match.end)) && NAMED_SUBJECT.test(before));
  if (!linked) return false;
  const rest = (sentence.text.slice(0, match.start - sentence.start) + ' ' + sentence.text.slice(match.end - sentence.start)).replace(CONTACT, ' ');
  // "if they are bullied", "If your child has an EHCP, … Mrs Ahmed": in a condition the person is anyone,
  // and a named member of staff in it is who helps, not whose circumstance it is.
  // A condition reaches back through a list of them: "whether a child is good at sport, is a young carer, … has special educational needs".
  const condition = HYPOTHETICAL.test(text.slice(Math.max(sentence.start, match.start - 200), match.start)) || ASKED.test(sentence.text) || (PARENT_ASKS.test(sentence.text) && text.length <= 250 && CLOSES_ON_A_QUESTION.test(text) && !TITLED.test(text));
  // A definition's "a child" or "the child" is anyone; a title or a pronoun in it is still someone.
  const definition = !condition && DEFINITION.test(sentence.text);
  const tokens = tokenize(rest);
  // A famous person's or character's own public story, whoever the pronouns in it are: "Year 6 learned
  // that Stephen Hawking had motor neurone disease", "how Marcus Rashford, who relied on free school meals
  // as a child, campaigned …", "Priestley presents Eva Smith, who is sacked … and takes her own life".
  // Not when the sentence opens on someone else whose matter it tells: "Maya, who has epilepsy, met Tom Daley".
  const famous = tokens.flatMap((token, k) => (k > 0 && names.famous.has(`${tokens[k - 1]!.norm} ${token.norm}`) && /^\p{Lu}/u.test(tokens[k - 1]!.raw) && !pupilWords.has(tokens[k - 1]!.norm) ? [[tokens[k - 1]!.norm, token.norm]] : []));
  const opening = OPENS_ON_SOMEONE.exec(text.slice(sentence.start, match.start))?.[1]?.toLowerCase();
  if (famous.length > 0 && !(opening !== undefined && famous.every((pair) => !pair.includes(opening)))) return false;
  if (!condition && (TITLED.test(rest) || INITIALS_IN_CLASS.test(rest) || theyAfterFamily(text, before, sentence.start))) return true;
  // In examples of a kind ("experiences such as neglect, domestic violence or a parent in prison") "a parent" is anyone.
  const examples = !condition && SUCH_AS.test(text.slice(Math.max(sentence.start, match.start - 200), match.start));
  if (!condition && (definition ? PRONOUN : PERSON).test(examples ? rest.replace(INDEFINITE_PERSON, ' ') : rest)) return true;
  // "you" in a letter to a named pupil is that pupil: "Dear Noah, … sorry to hear that you have broken your leg".
  if (!condition && addressed && YOU.test(sentence.text)) return true;
  // A first name: a pupil from the consent record, or a capitalised word that reads as a name.
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (pupilWords.has(token.norm.replace(/'s$/, ''))) return true;
    if (condition && TITLE_BEFORE.test(rest.slice(Math.max(0, token.start - 8), token.start))) continue; // staff named in a condition
    // A saint's name is a church's, a school's or a charity's: "St John Ambulance taught them what to do if …".
    if (index > 0 && SAINT.test(tokens[index - 1]!.raw) && /^\s+$/.test(rest.slice(tokens[index - 1]!.end, token.start))) continue;
    if (/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(token.raw) && !NOT_NAMES.has(token.raw.replace(/['’]s$/, ''))) {
      // Read like a name: "Ruby's …", "Jack, who …", "Sam in Year 4" — or, after the first word, a
      // given name ("Well done to Amelia"). Other capitalised words are places, organisations and
      // titles ("Universal Credit", "the Devon Local Offer", "Anti-Bullying Week"), not people.
      // A surname's initial is part of the name: "Katie H broke her arm", "Maya T. is off with chickenpox".
      const nameEnd = token.end + (isGivenName(token.norm, names) ? (SURNAME_INITIAL.exec(rest.slice(token.end, token.end + 4))?.[0].length ?? 0) : 0);
      const next = rest.slice(nameEnd, nameEnd + 10);
      // The last word of a title or an organisation ("our Designated Safeguarding Lead, Mrs Patel") is
      // no name: a run of capitalised words reads as a person only when it opens with a given name.
      const opening = runOpening(tokens, index, rest);
      const inTitle = opening < index && !isGivenName(tokens[opening]!.norm, names);
      // An adverb opening a clause ("Sadly, …", "Unfortunately, …") is no name before its comma; "Emily, who …" is.
      const adverb = /ly$/.test(token.norm) && !isGivenName(token.norm, names);
      // "Winston's Wish", "Julia's House": a charity's name, not a person's possessive.
      const following = tokens[index + 1];
      if (/['’]s$/.test(token.raw) && following !== undefined && /^\p{Lu}/u.test(following.raw) && names.organisationFollowers.has(following.norm) && /^\s+$/.test(rest.slice(token.end, following.start))) continue;
      // A plural opening a list ("Doctors, nurses and a lot of patients …", a role-play post) is no name: a
      // word ending in "s" before the comma counts only as a given name ("James, who …").
      const plural = /[^'’s]s$/.test(token.norm) && names.given.size > 0 && !isGivenName(token.norm, names);
      if (!inTitle && !adverb && (/['’]s$/.test(token.raw) || (!plural && (/^(?:,|\s+in\s+(?:Year|Class)|\s+who\b|,\s+who\b)/u.test(next) || CLASS_NEXT.test(next))))) return true;
      if (index > 0 && isGivenName(token.norm.replace(/['’]s$/, ''), names)) return true;
      // A given name opening the sentence as its subject: "Leo is in foster care", "Maya has an EHCP" — with a surname too:
      // "Kai Doyle is persistently absent" (miss34).
      const surname = index === 0 ? SURNAME_AFTER.exec(rest.slice(nameEnd, nameEnd + 30))?.[0].length ?? 0 : 0;
      if (surname > 0 && /^\s+(?:is|has|was|had|will|are|were)\b/u.test(rest.slice(nameEnd + surname, nameEnd + surname + 10)) && names.given.size > 0 && isGivenName(token.norm, names) && !names.wordNames.has(token.norm)) return true;
      if (index === 0 && /^\s+(?:is|has|was|had|will|are|were)\b/u.test(next) && names.given.size > 0 && isGivenName(token.norm, names)) {
        if (!names.wordNames.has(token.norm)) return true;
        // A name that is also a word ("Poppy", "Grace", "Hope") when what follows can only be said of
        // a person: "Poppy has an EHCP", "Grace is in foster care" — not "Hope is in short supply for
        // children in care".
        const gap = match.start - sentence.start - nameEnd;
        if (/^\s+(?:has|had)\b/u.test(next) || (/^\s+(?:is|was)\b/u.test(next) && gap >= 0 && gap <= 8)) return true;
        // …or off, poorly or at home with it: "Poppy is off with measles", "Grace was poorly with chickenpox".
        if (gap >= 0 && ILL_WITH.test(sentence.text.slice(nameEnd, nameEnd + gap))) return true;
      }
      // …or as what it did, in a match report: "Josh went off with a suspected broken wrist", "Dan
      // suffered a broken collarbone", "Lily broke her leg skiing" — not a name that is also a word.
      // …in the same short clause as the term: not "Maya took a first aid course and learned what to do for a broken bone".
      const gap = sentence.text.slice(nameEnd, match.start - sentence.start);
      const termNext = /^\s+$/.test(gap); // "Sam broke his arm"
      const sameClause = gap.length <= 40 && !/[,;:]|\b(?:and|but|or|who|which|that|because|so|as|about|learn(?:ed|t)?|taught|how)\b/i.test(gap);
      if (index === 0 && (termNext || (DID.test(next) && sameClause)) && names.given.size > 0 && isGivenName(token.norm, names) && !names.wordNames.has(token.norm)) return true;
    }
  }
  return false;
}

const YOU = /\byou(?:r|rs|['’]ve|['’]re|['’]ll)?\b/i;
/** A pupil by initials and class: "J.S. in 8R", "D.K. (9M)" (miss34). */
const INITIALS_IN_CLASS = /\b\p{Lu}\.\s?\p{Lu}\.?(?:\s+in\s+|\s*\(\s*)(?:(?:Year|Yr|Y|Class)\s?)?\d{1,2}[A-Z]{0,2}\b/u;
/** A surname after a first name: " Doyle", " O'Neill", " Smith-Jones" (then a space). */
const SURNAME_AFTER = /^\s\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?(?=\s)/u;
/** A surname's initial after a first name: " H", " T." (then a space). */
const SURNAME_INITIAL = /^\s\p{Lu}\.?(?=\s)/u;
/** Between a name and an illness, only someone's being ill with it: " is off with ", " was poorly with an ", " is at home with ". */
const ILL_WITH = /^\s+(?:is|was|has been|had been)\s+(?:off|off school|poorly|unwell|ill|at home|home|in hospital|recovering)\s+(?:with|from)\s+(?:an?\s+|the\s+)?$/u;
/** A sentence opening on one person by first name, then "who": "Maya, who has epilepsy, …". */
const OPENS_ON_SOMEONE = /^\W*(\p{Lu}\p{Ll}+), who\b/u;

/** A charity named after a person, full name first: "the Ben Kinsella Trust", "the Jimmy Mizen Foundation". */
const NAMESAKE_CHARITY = /\b(\p{Lu}\p{Ll}+) \p{Lu}[\p{L}'’-]+ (?:Memorial )?(?:Trust|Foundation|Fund|Charity)\b/gu;

/** The sentence names, by the given name, the person a charity in the paragraph is named after. */
function charityNamesake(paragraph: string, sentence: string, names: NameKnowledge): boolean {
  if (!/\b(?:Trust|Foundation|Fund|Charity)\b/.test(paragraph)) return false;
  for (const [, given] of paragraph.matchAll(NAMESAKE_CHARITY)) {
    if (isGivenName(given!.toLowerCase(), names) && new RegExp(`\\b${given}\\b`, 'u').test(sentence)) return true;
  }
  return false;
}

/**
 * The paragraph says the pupil or their family agreed to its telling: "Amelia and her family asked us to share her news",
 * "Zac's family are delighted for us to share this", "shared with her parents' permission" (fp34: a para-swimmer's gold, a
 * pupil's own assembly on his diabetes). A person still checks that the consent is recorded; a safeguarding, police or
 * behaviour matter is no family's to agree to.
 */
const STATED_CONSENT =
  /\b(?:(?:with|given)\s+(?:(?:his|her|their|the)\s+)?(?:family['’]s|parents['’]?|parent['’]s|mum['’]s|dad['’]s|carers['’]?|full)\s+(?:permission|consent|blessing)|(?:family|parents?|mum|dad|carers?|he|she|they)\s+(?:have\s+|has\s+)?(?:asked(?:\s+us)?|agreed|wanted|were\s+(?:happy|delighted|keen)|are\s+(?:happy|delighted|keen)|is\s+(?:happy|delighted|keen)|(?:gave|have\s+given|has\s+given)\s+(?:us\s+)?(?:their\s+|his\s+|her\s+)?(?:permission|consent))\s+(?:for\s+us\s+)?(?:to\s+)?(?:share|sharing|tell|telling|do|post|publish)|shared\s+with\s+(?:(?:his|her|their|the)\s+)?(?:family['’]s\s+|parents['’]\s+)?(?:permission|consent))\b/i;
const CONSENT_SOFTENS = new Set(['medical', 'family']);
const CONSENT_STATED = {
  note: 'The post says the family agreed to share this; it goes out only if their consent is recorded.',
  suggestion: 'Check the family\'s written consent to share this detail is on record before posting.',
};
/**
 * A death in the writer's own family, told by them: "Many of you will know that my father died in October" in a
 * head's letter (fp34). Theirs to tell, so a person only checks they meant it to go out; a pupil named in the
 * sentence keeps the error, as does anything else told of "my brother" (a pupil writing of a sibling in custody).
 */
const WRITERS_RELATIVE = /\bmy (?:late )?(?:father|mother|dad|mum|mom|husband|wife|partner|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|uncle|aunt|auntie|father-in-law|mother-in-law)\b/i;
const A_DEATH = /^(?:passed away|died|death of|funeral)$/i;
function writersOwnLoss(term: string, sentence: string): boolean {
  return A_DEATH.test(term) && WRITERS_RELATIVE.test(sentence);
}
const OWN_LOSS = {
  note: 'A death in the writer\'s own family: theirs to share, so check they meant it for a public post.',
  suggestion: 'Keep it only if the writer wants this news published.',
};
/** Examples of a kind, listed: "such as …", up to the term. */
const SUCH_AS = /\bsuch as\b[^.!?;:]*$/i;
/** Someone indefinite, as in a list of kinds: "a parent", "a child", "one pupil". */
const INDEFINITE_PERSON = /\b(?:a|an|one|another) (?:pupil|child|student|boy|girl|teacher|member of staff|colleague|parent|mum|dad|teaching assistant|learner|sibling|brother|sister|relative|family member|carer)\b/gi;
/**
 * A letter's greeting to one person by first name: "Dear Noah,", "Hi Amara!", "Get well soon Sam" — or by title and
 * surname, to a member of staff: "Welcome back Ms Greene!" (then "… so good to have you back" is said to her).
 */
const SALUTATION = /^\s*(?:Dear|Hi|Hello|Hey|Get well soon,?|Welcome back,?)\s+((?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s+)?(\p{Lu}\p{Ll}+)\s*(?:[,!]|$)/u;
/** How many paragraphs of a letter its greeting reaches. */
const LETTER_REACH = 3;

/**
 * The paragraph opens a letter to a named person, or follows one's greeting line by at most
 * LETTER_REACH paragraphs with no heading between ("Dear Noah,⏎⏎We're all sorry to hear …"). The name
 * must be a given name: "Dear Parents,", "Hello Owls" and "Dear Mrs Patel," address no pupil.
 */
function addressedToName(segments: readonly TextSegment[], index: number, names: NameKnowledge): boolean {
  for (let k = index; k >= 0 && k >= index - LETTER_REACH; k--) {
    const segment = segments[k]!;
    if (segment.kind === 'heading') return false;
    const greeting = SALUTATION.exec(segment.text);
    if (greeting) {
      const name = greeting[2]!;
      // A greeting line alone ("Dear Noah,") opens the letter below it; one in a paragraph, that paragraph.
      const alone = segment.text.trim().length <= greeting[0].trim().length + 1;
      // A title and a surname are one person, whatever the surname ("Welcome back Ms Greene!"); "Dear Mrs Patel," opens a
      // letter to a parent, whose "you" asks about the child, and stays as it was.
      const titled = greeting[1] !== undefined && !/^Dear\b/.test(greeting[0].trim());
      return (k === index || alone) && (titled || (!NOT_NAMES.has(name) && names.given.size > 0 && isGivenName(name.toLowerCase(), names)));
    }
  }
  return false;
}

/** What a sentence's subject did, just after its name: a past verb ("went", "broke", "suffered", "sprained"). */
const DID = /^\s+(?:(?:also|then|sadly|unfortunately)\s+)?(?:went|came|limped|hobbled|broke|tore|took|fell|got|suffered|sustained|fractured|dislocated|injured|hurt|needed|missed|picked up|received|was given|has been given)\b/u;

/**
 * The words before a term say it is about people in general, with no one person in them: not "the
 * children who visited Mrs Jones after her …", nor "our children … cheered up Amelia who is undergoing …".
 */
function ofGroup(before: string, pupilWords: Set<string>, names: NameKnowledge): boolean {
  const nearest = nearestGroup(before);
  if (nearest === undefined) return false;
  const { group, at } = nearest;
  // One person's relatives are no group: "since his parents' divorce", "Leo's parents' separation".
  if (ONE_PERSON.test(group) || ONES_RELATIVES.test(before.slice(0, at))) return false;
  const tokens = tokenize(group);
  return !tokens.some((token, index) => index > 0 && namesSomeone(tokens, index, group, pupilWords, names));
}

/** The group clause that starts nearest the term: "children undergoing" in "pupils who visited Chester Zoo raised money for children undergoing …". */
function nearestGroup(before: string): { group: string; at: number } | undefined {
  let nearest: { group: string; at: number } | undefined;
  for (let from = 0; ; ) {
    const group = GROUP_BEFORE.exec(before.slice(from));
    if (group === null) return nearest;
    nearest = { group: group[0], at: from + group.index };
    from += group.index + 1;
  }
}

/** Just before a group's word, whose they are: one person ("his parents'", "Leo's grandparents'"). */
const ONES_RELATIVES = /(?:\b(?:his|her|my|your)|\p{Lu}\p{Ll}+['’]s)\s+$/u;

/**
 * A capitalised word that is a pupil in the consent record or a given name that is no ordinary word,
 * standing as a person: not inside a place's or charity's name ("at Ronald McDonald House", "Julia's
 * House", "in Chester", "the Evelina", "St George's").
 */
function namesSomeone(tokens: Token[], index: number, text: string, pupilWords: Set<string>, names: NameKnowledge): boolean {
  const token = tokens[index]!;
  if (!/^\p{Lu}/u.test(token.raw)) return false;
  const word = token.norm.replace(/['’]s$/, '');
  const known = pupilWords.has(word) || (names.given.size > 0 && !NOT_NAMES.has(token.raw.replace(/['’]s$/, '')) && isGivenName(word, names) && !names.wordNames.has(word));
  if (!known) return false;
  const previous = tokens[index - 1];
  if (previous && (PLACE_BEFORE.test(previous.raw) || (/^\p{Lu}/u.test(previous.raw) && text.slice(previous.end, token.start) === ' '))) return false;
  const run = capitalisedRun(tokens, index, text);
  return !PLACE_WORD.test(tokens[run - 1]!.raw);
}

/** A word before a name that makes it a place's or an institution's: "at Martin House", "the Evelina", "St George's". */
const PLACE_BEFORE = /^(?:at|in|to|from|near|the|St|Saint)$/i;
/** The last word of a place's or charity's name. */
const PLACE_WORD = /^(?:House|Fund|Trust|Hospital|Hospice|Centre|Center|Foundation|Charity|Appeal|Ward|Unit|Clinic|Home|Zoo|Park|Street|Road|Church|Chapel|Club|Hall|School|Academy|College|Nurses?|Society)$/u;

/** The index after the last of the capitalised words, one space apart, that start at tokens[index]. */
function capitalisedRun(tokens: Token[], index: number, text: string): number {
  let k = index + 1;
  while (k < tokens.length && /^\p{Lu}/u.test(tokens[k]!.raw) && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ') k++;
  return k;
}

/** "St" or "Saint": the name after it is a church's, a school's or a charity's ("St John Ambulance"). */
const SAINT = /^(?:St|Saint|Ste)\.?$/;

/** The first of the capitalised words, one space apart, that end at tokens[index]. */
function runOpening(tokens: Token[], index: number, text: string): number {
  let k = index;
  while (k > 0 && /^\p{Lu}/u.test(tokens[k - 1]!.raw) && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ') k--;
  return k;
}

/** A given name (ONS baby names) that is not also a place, month or festival ("Paris", "March", "Eid"). */
function isGivenName(word: string, names: NameKnowledge): boolean {
  // Without the name data (a caller that never loaded it), every capitalised word may be a name.
  if (names.given.size === 0) return true;
  return names.given.has(word) && !names.notNames.has(word) && !names.neverNames.has(word);
}

/** How far before its sentence a public-story context word is looked for (characters). */
const PUBLIC_REACH_BACK = 200;

/**
 * One of the entry's context words, or a pupil from the consent record, in the same sentence (within
 * SENTENCE_REACH), or up to `reachBack` characters before it in the paragraph.
 */
function inContext(words: SegmentWords, match: PhraseMatch<LexiconEntry>, context: string[], pupilWords: ReadonlySet<string>, reachBack = 0): boolean {
  const sentence = sentenceNear(words.text, match, words.sentences);
  return words.mention(Math.max(0, sentence.start - reachBack), sentence.start + sentence.text.length, context, pupilWords);
}

/**
 * A segment's words as the context checks read them, made once: a paragraph of thousands of matches
 * no longer tokenises each match's sentence again for every list of context words it is asked about.
 */
class SegmentWords {
  private readonly forms: string[][];

  constructor(
    readonly text: string,
    private readonly tokens: Token[],
    readonly sentences: SentenceBounds,
  ) {
    this.forms = tokens.map((t) => contextForms(t.norm));
  }

  /** One of the context words, or a pupil from the consent record, among the words lying wholly in [from, to). */
  mention(from: number, to: number, context: string[], pupilWords: ReadonlySet<string>): boolean {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const words: string[] = [];
    for (let k = lo; k < this.tokens.length && this.tokens[k]!.end <= to; k++) words.push(...this.forms[k]!);
    return mentionsIn(words, context, pupilWords);
  }
}

/** One of the context words, or a pupil from the consent record, in `read`. */
function mentions(read: string, context: string[], pupilWords: ReadonlySet<string>): boolean {
  return mentionsIn(tokenize(read).flatMap((t) => contextForms(t.norm)), context, pupilWords);
}

function mentionsIn(words: string[], context: string[], pupilWords: ReadonlySet<string>): boolean {
  const { single, phrases } = contextLookup(context);
  if (words.some((w) => pupilWords.has(w) || single.has(w))) return true;
  if (phrases.length === 0) return false;
  const joined = ` ${words.join(' ')} `;
  return phrases.some((phrase) => joined.includes(phrase));
}

const contextLookups = new WeakMap<string[], { single: Set<string>; phrases: string[] }>();

/** A context list as looked up: its one-word entries in a set, its phrases space-bounded for a search. */
function contextLookup(context: string[]): { single: Set<string>; phrases: string[] } {
  let lookup = contextLookups.get(context);
  if (!lookup) {
    // Read as the text's words are: "pig-heart boy", "the dog in the night-time", "kensuke's kingdom" split and
    // stripped as tokenize() and contextForms() leave a post's words, so a hyphen or an "'s" in a title still matches.
    const lower = context.map((c) => {
      const words = tokenize(c.toLowerCase()).map((t) => contextForms(t.norm)[0]!);
      return words.length > 0 ? words.join(' ') : c.toLowerCase();
    });
    lookup = { single: new Set(lower.filter((c) => !c.includes(' '))), phrases: lower.filter((c) => c.includes(' ')).map((c) => ` ${c} `) };
    contextLookups.set(context, lookup);
  }
  return lookup;
}

/** A word as context is looked for: without "'s"; a clock time written as one word ("1pm", "1.00pm") gives its "am"/"pm" too, as "1.00 pm" does. */
function contextForms(norm: string): string[] {
  const word = norm.replace(/'s$/, '');
  const clock = CLOCK_SUFFIX.exec(word);
  return clock ? [word, clock[1]!] : [word];
}

const CLOCK_SUFFIX = /^\d[\d.:]*(am|pm)$/;

/** A heading, or a short line that ends no sentence: a title over the paragraphs that follow it. */
function isTitle(segment: TextSegment): boolean {
  if (segment.kind === 'heading') return true;
  const line = segment.text.trim();
  return !line.includes('\n') && line.length <= 60 && !/[.!?:;,]$/.test(line);
}

/** How much of the text under a title tells what it is about (characters). */
const UNDER_REACH = 800;

/** The sentences of the text under a title, up to UNDER_REACH characters of it. */
function sentencesUnder(segments: readonly TextSegment[], index: number): string[] {
  let under = '';
  for (let k = index + 1; k < segments.length && under.length < UNDER_REACH && !isHeading(segments[k]!); k++) under += `${segments[k]!.text}\n`;
  return under.slice(0, UNDER_REACH).split(/(?<=[.!?]) |\n/u);
}

/**
 * The text under a title shows the innocent sense of its term ("School closure" over "Heavy snow
 * means buses cannot run", or "The school will be closed today"), as the entry's homonymsUnderTitle
 * says; without it, any homonym below does.
 */
function toldUnderTitle(under: string[], entry: LexiconEntry): boolean {
  if (under.length === 0) return false;
  const homonyms = entry.homonyms ?? [];
  const rules = entry.homonymsUnderTitle;
  if (!rules) return under.some((sentence) => mentions(sentence, homonyms, NO_NAMES));
  if (rules.unless && mentions(under.join(' '), rules.unless, NO_NAMES)) return false;
  const { causes, sameThing } = underTitleWords(entry, rules);
  return under.some((sentence) => mentions(sentence, causes, NO_NAMES) || (mentions(sentence, rules.needWith, NO_NAMES) && mentions(sentence, sameThing, NO_NAMES)));
}

const underTitleCache = new WeakMap<LexiconEntry, { causes: string[]; sameThing: string[] }>();

/** The entry's homonyms that clear a title anywhere below it, and the words that tie a day to the same thing. */
function underTitleWords(entry: LexiconEntry, rules: NonNullable<LexiconEntry['homonymsUnderTitle']>): { causes: string[]; sameThing: string[] } {
  let words = underTitleCache.get(entry);
  if (!words) {
    const needWith = new Set(rules.needWith.map((w) => w.toLowerCase()));
    words = { causes: (entry.homonyms ?? []).filter((h) => !needWith.has(h.toLowerCase())), sameThing: [...entry.terms, ...rules.with] };
    underTitleCache.set(entry, words);
  }
  return words;
}

function isHeading(segment: TextSegment): boolean {
  return segment.kind === 'heading';
}

const NO_NAMES: ReadonlySet<string> = new Set();

const namesCache = new WeakMap<object, Set<string>>();

function pupilFirstNames(ctx: RuleContext): Set<string> {
  const record = ctx.consent;
  if (!record) return new Set();
  let names = namesCache.get(record);
  if (!names) {
    names = new Set<string>();
    for (const pupil of record.pupils) {
      names.add(pupil.firstName.toLowerCase());
      if (pupil.preferredName) names.add(pupil.preferredName.toLowerCase());
    }
    namesCache.set(record, names);
  }
  return names;
}
