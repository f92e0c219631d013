// The last resort: where the grammar tied no hostile word to a group and decided nothing harmless either,
// a group named in general beside a word that condemns is read as a remark on the group — unless the
// sentence tells, reports, negates or asks. It catches wordings the constructions do not know ("Few things
// make me sick like X"); its guards come from the harmless sentences of the tests and the tune and train
// splits only (docs/text.md, "A last resort where the grammar did not decide").
import type { HostileFinding, Hit, Identity, Role } from './types.js';
import { reportedViolence, toldAsDone } from './narration.js';
import { CONDEMNING_ROLES, COPULA, REPORTING, REPORTING_GERUND, SUGGEST_GROUP, WARNED } from './vocabulary.js';
import { groupLabel } from './groups.js';
import type { Sentence } from './judge-sentence.js';
import { negated } from './judge-negation.js';
import { othersDoing } from './judge-framing.js';
import { atAnActivity, wronged, wrongNamedBefore } from './harmless.js';

/** Before a group, words that make it some people, not the group: "our Muslim families", "those immigrants". */
const SPECIFIC = new Set(['our', 'my', 'your', 'his', 'her', 'their', 'these', 'those', 'this', 'that']);
/** Words of a report or of counter-speech anywhere in the sentence: "racism against X", "how X are treated". */
const REPORT_WORDS = new Set([...REPORTING, ...REPORTING_GERUND, 'racist', 'racism', 'racists', 'bigots', 'bigot', 'bigotry', 'prejudice', 'discrimination', 'homophobia', 'homophobic', 'sexism', 'sexist', 'islamophobia', 'antisemitism', 'transphobia', 'ableism', 'hate', 'hatred', 'abuse', 'against', 'towards', 'toward', 'talk', 'talks', 'talking', 'talked', 'speak', 'speaks', 'likely', 'treated', 'treat', 'treatment']);
const NEGATORS = new Set(['not', "n't", 'no', 'never', "don't", 'dont', "isn't", "aren't", "wasn't", "weren't", "doesn't", "didn't", "won't", "can't", 'cannot', 'nor', 'without', 'hardly', 'nobody', 'nothing', 'stop', 'against']);
/** The past and the school's own voice: a sentence with one of these tells of something ("Year 5 learned …", "were sent"). */
const TOLD = new Set(['was', 'were', 'been', 'had', 'did', 'learned', 'learnt', 'studied', 'explored', 'heard', 'our', 'we', 'us', 'year', 'class', 'pupils', 'pupil', 'school']);
/** Between the group and a harm, words that wish it: "X should …", "X deserve to …", "X will be …". */
const WISHED = new Set(['be', 'deserve', 'deserves', 'should', 'must', 'ought', 'need', 'needs', 'to', 'will', "'ll", 'gonna', 'shall']);
const PREPOSITION = new Set(['in', 'during', 'at', 'on', 'from', 'with', 'by', 'after', 'before', 'through', 'into', 'of', 'for']);
/** After the group, a passive that makes the feeling theirs: "X being bullied feel scared". */
const PASSIVE = new Set(['being', 'getting', 'been']);
/** After a harm, words that leave it without an object: "X suffer most", "X drown every year". */
const NO_OBJECT_AFTER = new Set(['most', 'more', 'less', 'least', 'every', 'each', 'too', 'so', 'as', 'and', 'or', 'but', 'here', 'there', 'today', 'yesterday', 'again', 'badly', 'first', 'last']);
const LISTING = new Set(['and', 'or', '&']);
const HARM = new Set<Role>(['threat', 'harm-verb']);

export function lastResort(s: Sentence): HostileFinding | undefined {
  if (decided(s)) return undefined;
  const group = (s.identityBySentence.get(s.id) ?? []).find((g) => !g.place && !g.pronoun && !SPECIFIC.has(s.tokens[g.first - 1]?.norm ?? ''));
  if (!group || toldOrReported(s)) return undefined;
  const hit = s.hits.find((h) => condemnsTheGroup(s, h, group));
  if (!hit) return undefined;
  return {
    start: Math.min(s.tokens[group.first]!.start, hit.match.start),
    end: Math.max(s.tokens[group.last]!.end, hit.match.end),
    severity: 'error',
    kind: 'group',
    message: `A hostile remark about a protected group (${groupLabel(group)})`,
    suggestion: SUGGEST_GROUP,
  };
}

/** The grammar judged the sentence already: a report, counter-speech, a story, a deed judged, the speaker, a question, a quotation. */
function decided(s: Sentence): boolean {
  return s.framedAsReport || s.counter || s.storyTold || s.deed !== undefined || s.selfRef || s.question || s.quotes.length > 0 || s.hits.some((h) => h.role === 'counter' || h.role === 'self');
}

function toldOrReported(s: Sentence): boolean {
  for (let k = s.sentenceTokens[0]; k <= s.sentenceTokens[1]; k++) {
    const word = s.tokens[k]!.norm;
    if (REPORT_WORDS.has(word) || NEGATORS.has(word) || word.endsWith("n't") || word === 'who' || TOLD.has(word)) return true;
  }
  return false;
}

function condemnsTheGroup(s: Sentence, h: Hit, g: Identity): boolean {
  // A consequence warned of counts only said to the group addressed (WARNED, judge-links.ts).
  if (!CONDEMNING_ROLES.has(h.role) || h.fuzzy || WARNED.has(h.match.term)) return false;
  if (negated(s, h) || toldAsDone(h, s.tokens, s.sentenceTokens) || reportedViolence(h, s.tokens, s.sentenceTokens, true)) return false;
  // A feeling the group has ("X are scared …"), or one beside a deed; nor the group's after a passive ("X being bullied feel …").
  if (h.role === 'emotion' && (g.last < h.match.firstToken || s.hits.some((o) => o.role === 'action' || HARM.has(o.role)))) return false;
  if (h.role === 'emotion' && PASSIVE.has(s.tokens[g.last + 1]?.norm ?? '')) return false;
  // As the grammar reads them (hate26): a feeling at what others are seen doing to the group ("sick of seeing people
  // blame X"), or a word judging the wrong the group gets ("The abuse X get online is shameful").
  if (h.role === 'emotion' && g.first > h.match.lastToken && othersDoing(s, h.match.lastToken, g.first)) return false;
  // …or at a wrong they get: "I get so angry when I see how women are paid less".
  if (h.role === 'emotion' && g.first > h.match.lastToken && wronged(s.tokens, g.last, s.sentenceTokens[1])) return false;
  if (wrongNamedBefore(s.tokens, g.first, g.last)) return false;
  // A circumstance, not a description: "X suffered most in a terrible pandemic".
  if ((h.role === 'attribute' || h.role === 'dehumanising') && PREPOSITION.has(s.tokens[h.match.firstToken - 1]?.norm ?? '')) return false;
  // An attribute describes the group only through a copula after it ("X are so …"); else it may be anything's ("X face terrible danger").
  if (h.role === 'attribute' && !(g.last < h.match.firstToken && s.tokens.slice(g.last + 1, h.match.firstToken).some((t) => COPULA.has(t.norm)))) return false;
  // "This is what happens: …", good news announced.
  if (h.role === 'insinuation' && s.text.slice(h.match.end).trimStart().startsWith(':')) return false;
  // Something done before the group is named: done to them, not by them.
  if (h.role === 'action' && g.first > h.match.lastToken) return false;
  if (HARM.has(h.role) && (!harmWished(s, h, g) || scoreAfter(s, h))) return false;
  // Listed with the group ("X and violence"), not said of it.
  return !listedTogether(s, h, g);
}

/** A harm said of the group only after it, wished ("X should …") or with an object ("X will kill you"); not "X drown in the sea". */
function harmWished(s: Sentence, h: Hit, g: Identity): boolean {
  if (g.last >= h.match.firstToken) return false;
  if (s.tokens.slice(g.last + 1, h.match.firstToken).some((t) => WISHED.has(t.norm))) return true;
  if (h.match.lastToken >= s.sentenceTokens[1]) return false;
  const next = s.tokens[h.match.lastToken + 1]!.norm;
  return !PREPOSITION.has(next) && !NO_OBJECT_AFTER.has(next);
}

/** What a win is told with: "… a thumping 38-7 win", "beat the men's by 40 pins", "beat them 3-1", "beat the men at darts". */
const WIN = new Set(['win', 'wins', 'victory', 'victories', 'defeat', 'thrashing', 'hammering']);
/** Within a few words after a harm, a score, a win or a game: a game's result, not violence ("Ladies beat the men's team 3-1"). */
function scoreAfter(s: Sentence, h: Hit): boolean {
  const last = Math.min(s.sentenceTokens[1], h.match.lastToken + 6);
  for (let k = h.match.lastToken + 1; k <= last; k++) {
    const token = s.tokens[k]!;
    if (WIN.has(token.norm) || atAnActivity(s.tokens, k - 1)) return true;
    const next = s.tokens[k + 1];
    // "38-7", "3–1": two numbers with a dash between; "by 40 pins", "by 3 wickets": a margin.
    if (/^\d/.test(token.norm) && next !== undefined && k + 1 <= s.sentenceTokens[1] && /^\d/.test(next.norm) && /^\s*[-–]\s*$/.test(s.text.slice(token.end, next.start))) return true;
    if (token.norm === 'by' && /^\d/.test(s.tokens[k + 1]?.norm ?? '') && k + 1 <= last) return true;
  }
  return false;
}

/** One "and", "or" or "&" between the group and the word, either way round. */
function listedTogether(s: Sentence, h: Hit, g: Identity): boolean {
  const between = g.last + 2 === h.match.firstToken ? g.last + 1 : h.match.lastToken + 2 === g.first ? g.first - 1 : -1;
  return LISTING.has(s.tokens[between]?.norm ?? '');
}
