// Whose remark it is (fp30): the tests that find a hostile word said by, of or about someone other than the
// group the sentence names, so the sentence is not the speaker's remark about that group —
//   heldByOthers        a feeling or belief held by people described ("a decent person who hated X", "Nobody clever thinks X …");
//   labelledByOthers    a label others give the group, in the passive ("X, who are often called criminals by the papers");
//   exclusionQuestioned a question against keeping the group out ("Who decided X shouldn't get the vote?");
//   insultElsewhere     an insult with its own people named after it ("the idiots on the other team");
//   doneOnceTold        what was once done to the group, told ("disabled children were once hidden away in asylums").
import type { Hit } from './types.js';
import type { Sentence } from './judge-sentence.js';
import { HOSTILE_ROLES } from './vocabulary.js';

const norm = (s: Sentence, k: number) => (k >= s.sentenceTokens[0] && k <= s.sentenceTokens[1] ? s.tokens[k]!.norm : '');

/** People in general, who may hold a feeling or a belief: "a person who …", "nobody …", "those who …". */
const HOLDER = new Set(['person', 'people', 'persons', 'anyone', 'anybody', 'someone', 'somebody', 'nobody', 'everyone', 'everybody', 'those', 'one', 'man', 'woman', 'men', 'folk', 'folks', 'adult', 'adults', 'leader', 'leaders', 'bully', 'bullies']);
/** Verbs of holding a belief or saying it, whose object clause is the belief held. */
const BELIEVING = new Set(['thinks', 'think', 'thought', 'says', 'say', 'said', 'believes', 'believe', 'believed', 'claims', 'claim', 'claimed', 'reckons', 'reckon', 'insists', 'insist', 'argues', 'argue']);

/**
 * A feeling (role `emotion`) in a relative clause on people in general — "I have never met a decent person who
 * hated X", "People who despise X have rarely met any" — is the feeling of those people, described; nor is a good
 * said of a holder of a belief ("Nobody clever thinks X are …", "a thoughtful person who says X …") denied the group.
 * Not the speaker among them: "I'm one of those people who hate X".
 */
export function heldByOthers(s: Sentence, hit: Hit): boolean {
  const first = hit.match.firstToken;
  if (hit.role === 'emotion') {
    if (norm(s, first - 1) !== 'who' && norm(s, first - 1) !== 'that') return false;
    return holderAt(s, first - 2) && !holdersUpheld(s, hit.match.lastToken);
  }
  // A good on the holder: "nobody clever thinks", "a thoughtful person who says", "anyone sensible believes".
  let k = hit.match.lastToken + 1;
  const before = norm(s, first - 1);
  if (HOLDER.has(norm(s, k))) k++;
  else if (!HOLDER.has(before)) return false;
  if (norm(s, k) === 'who' || norm(s, k) === 'that') k++;
  if (!BELIEVING.has(norm(s, k))) return false;
  // The belief denied is a hostile one ("… thinks X are a threat"), not a good ("Nobody clever thinks X are trustworthy").
  const believed = k;
  if (!s.hits.some((h) => BELIEF_HOSTILE.has(h.role) && h.match.firstToken > believed)) return false;
  return !speakerAmong(s, first);
}
const BELIEF_HOSTILE = new Set(['attribute', 'dehumanising', 'threat', 'word', 'harm-verb']);

/** The holders said to be right: "People who hate X are right", "… have a point". */
function holdersUpheld(s: Sentence, from: number): boolean {
  for (let k = from + 1; k < s.sentenceTokens[1]; k++) {
    const w = norm(s, k);
    const next = norm(s, k + 1);
    if (['are', 'is', 'were', 'was'].includes(w) && ['right', 'correct', 'spot', 'onto'].includes(next)) return true;
    if (w === 'a' && next === 'point') return true;
  }
  return false;
}

function holderAt(s: Sentence, k: number): boolean {
  if (!HOLDER.has(norm(s, k))) return false;
  // Not a group's own word ("gay people who …"): the holder is people in general.
  if (s.groups.some((g) => !g.pronoun && g.first <= k && g.last >= k)) return false;
  return !speakerAmong(s, k);
}

function speakerAmong(s: Sentence, before: number): boolean {
  for (let k = Math.max(s.sentenceTokens[0], before - 6); k < before; k++) {
    const w = norm(s, k);
    if (w === "i'm" || w === 'im' || w === "we're") return true;
    // "I am one of those …", "We are people who …"; not "I have never met …".
    if ((w === 'i' || w === 'we') && ['am', 'are', 'was', 'were'].includes(norm(s, k + 1))) return true;
    // "Am I the only one who …?", "I must be the only one who …", "I can't be the only one who …" (hate9): the speaker
    // asks or says they are one of the holders.
    if ((w === 'i' || w === 'we') && ['am', 'are'].includes(norm(s, k - 1)) && k - 1 >= s.sentenceTokens[0]) return true;
    if ((w === 'i' || w === 'we') && norm(s, k + 2) === 'be' && ['must', "can't", 'cant', 'cannot', 'may', 'might', 'could', 'would', 'wont', "won't"].includes(norm(s, k + 1))) return true;
  }
  return false;
}

/** Passive verbs of labelling: "are called", "were described as", "is labelled", "been branded". */
const LABEL = new Set(['called', 'described', 'labelled', 'labeled', 'branded', 'dubbed', 'painted', 'portrayed', 'depicted', 'named', 'smeared', 'accused']);
const PASSIVE = new Set(['are', 'is', 'were', 'was', 'been', 'being', 'be', 'get', 'gets', 'got', 'getting']);
const LABEL_GAP = new Set(['often', 'sometimes', 'still', 'regularly', 'frequently', 'routinely', 'usually', 'wrongly', 'unfairly', 'falsely', 'constantly', 'always', 'once', 'even', 'openly', 'as', 'a', 'an', 'of', 'being']);
/** The label agreed with: "rightly called criminals". */
const AGREEING = new Set(['rightly', 'correctly', 'justly', 'deservedly', 'accurately', 'fairly', 'properly', 'aptly']);

/**
 * A hostile word given the group as a label by others, in the passive: "X, who are often called criminals by the
 * papers", "X are sometimes described as a danger". The speaker tells the label, not that it is so.
 * Not "rightly called criminals" (agreed with).
 */
export function labelledByOthers(s: Sentence, hit: Hit): boolean {
  let k = hit.match.firstToken - 1;
  while (k >= s.sentenceTokens[0] && LABEL_GAP.has(norm(s, k)) && hit.match.firstToken - k <= 4) k--;
  if (!LABEL.has(norm(s, k))) return false;
  let j = k - 1;
  while (j >= s.sentenceTokens[0] && LABEL_GAP.has(norm(s, j)) && k - j <= 3) {
    if (AGREEING.has(norm(s, j))) return false;
    j--;
  }
  if (AGREEING.has(norm(s, j))) return false;
  // "… called perverts because they are": the label agreed with after it.
  const rest = s.tokens.slice(hit.match.lastToken + 1, s.sentenceTokens[1] + 1).map((t) => t.norm).join(' ');
  if (/\b(?:because|and|which|as) (?:they|he|she|it|we) (?:are|is|were|was)\b|\bwhich is (?:true|right|fair)\b/.test(rest)) return false;
  return PASSIVE.has(norm(s, j));
}

/** A question's opening that challenges a decision: "Who decided …", "Who says …", "Why should …". */
const CHALLENGER = new Set(['decided', 'said', 'says', 'thought', 'thinks', 'ruled', 'made', 'ever']);
const WHY_AUXILIARY = new Set(['should', 'must', 'would', 'were', 'was', 'are', 'is', 'did', 'do', 'does', 'has', 'have', 'had']);
/** Keeping people out, the exclusion a question asks against: "bar", "ban", and "kept out", "shut out", "turned away". */
const EXCLUDING = new Set(['bar', 'barred', 'barring', 'ban', 'banned', 'banning', 'exclude', 'excluded', 'excluding', 'segregate', 'segregated', 'forbid', 'forbidden', 'deny', 'denied', 'refuse', 'refused']);
const EXCLUDING_WITH_PARTICLE = new Set(['kept', 'keep', 'keeping', 'shut', 'turned', 'turn', 'left', 'leave', 'locked', 'lock']);
const EXCLUDING_PARTICLE = new Set(['out', 'away']);

/**
 * A question against keeping the group out of something: "Who decided women shouldn't get the vote?", "Who thought
 * it was fair to bar X from renting homes?", "Why should a X be kept out of the school play?" — the denial or the
 * exclusion after the group, asked of whoever decided it. Not "Why shouldn't X be …?" (the denial in the opening,
 * asking for the exclusion), nor a question that also names a threat or a slur.
 */
export function exclusionQuestioned(s: Sentence): boolean {
  if (!s.question) return false;
  const first = s.sentenceTokens[0];
  const opener = norm(s, first);
  const second = norm(s, first + 1);
  if (!(opener === 'who' && CHALLENGER.has(second)) && !(opener === 'why' && WHY_AUXILIARY.has(second))) return false;
  if (s.hits.some((h) => h.role === 'threat' || h.role === 'harm-verb' || h.role === 'dehumanising' || (h.role === 'word' && h.term.category !== 'insult'))) return false;
  const group = s.groups.find((g) => !g.pronoun && !g.place && g.first > first + 1);
  if (!group) return false;
  for (let k = first + 2; k <= s.sentenceTokens[1]; k++) {
    const w = norm(s, k);
    const denial = k > group.last && (w === 'not' || w === 'never' || /n't$/.test(w));
    // "turned away", not "turn out to be".
    const particle = norm(s, k + 1);
    const exclusion = EXCLUDING.has(w) || (EXCLUDING_WITH_PARTICLE.has(w) && EXCLUDING_PARTICLE.has(particle) && !(w.startsWith('turn') && particle === 'out'));
    if (denial || exclusion) return true;
  }
  return false;
}

/** Prepositions that name whose people an insult is: "the idiots on the other team", "the clowns from St Mary's". */
const OF_PEOPLE = new Set(['on', 'from', 'at', 'in', 'of']);
const NOT_PEOPLE = new Set(['it', 'this', 'that', 'them', 'there', 'here']);

/**
 * An insult that names its own people right after it — "and the idiots on the other team lost" — is aimed at them,
 * not at a group named before it in another clause.
 */
export function insultElsewhere(s: Sentence, hit: Hit, groupLast: number): boolean {
  if (groupLast >= hit.match.firstToken) return false;
  const det = norm(s, hit.match.firstToken - 1);
  if (det !== 'the' && det !== 'those' && det !== 'some') return false;
  if (!OF_PEOPLE.has(norm(s, hit.match.lastToken + 1)) || NOT_PEOPLE.has(norm(s, hit.match.lastToken + 2))) return false;
  // The people named after it are no group the sentence names.
  const after = hit.match.lastToken + 2;
  if (s.groups.some((g) => g.first >= after && g.first <= after + 3)) return false;
  return /[,;:—–]/.test(s.text.slice(s.tokens[groupLast]!.end, s.tokens[hit.match.firstToken]!.start));
}

/** Past participles a wrong done is told with besides those in -ed and -en: "were once kept apart", "sent away". */
const PARTICIPLE = new Set(['kept', 'sent', 'put', 'shut', 'locked', 'thrown', 'taken', 'driven', 'forced', 'cast', 'shunned', 'left', 'told', 'made']);
const WISHED_BACK = new Set(['again', 'should', 'shall', 'must', 'deserve', 'deserved', 'deserves', 'rightly', 'bring', 'good', 'better', 'shame', 'pity', 'miss']);
const ONCE = new Set(['once', 'formerly', 'routinely', 'often']);

/**
 * What was once done to the group, told in the past passive — "Disabled children were once hidden away in asylums",
 * "Gay men were once locked up" — is history told, for a person to look at, not a remark about the group.
 * Not "X were once a disgrace" (no deed done to them).
 */
export function doneOnceTold(s: Sentence): boolean {
  // Not wished back: "… and they should be again", "… and rightly so", "bring it back".
  for (let k = s.sentenceTokens[0]; k <= s.sentenceTokens[1]; k++) if (WISHED_BACK.has(norm(s, k))) return false;
  return s.hits.some((h) => {
    if (h.role !== 'attribute' && h.role !== 'dehumanising') return false;
    const first = h.match.firstToken;
    if (!ONCE.has(norm(s, first - 1)) || (norm(s, first - 2) !== 'were' && norm(s, first - 2) !== 'was')) return false;
    const verb = s.tokens[first]!.norm;
    return /(?:ed|en)$/.test(verb) || PARTICIPLE.has(verb);
  });
}

/**
 * "I used to think X were scroungers until I met some", "We once believed …, but …" (hate8): the speaker's own belief,
 * given up — told as what they no longer hold, with "until" or "but" after it.
 */
export function beliefRenounced(s: Sentence): boolean {
  for (let k = s.sentenceTokens[0]; k < s.sentenceTokens[1]; k++) {
    const used = norm(s, k) === 'used' && norm(s, k + 1) === 'to' && BELIEVING.has(norm(s, k + 2));
    const once = norm(s, k) === 'once' && BELIEVING.has(norm(s, k + 1));
    if (!used && !once) continue;
    if (!RENOUNCER.has(norm(s, k - 1)) && !(norm(s, k - 1) === 'once' && RENOUNCER.has(norm(s, k - 2)))) continue;
    for (let j = k + 2; j <= s.sentenceTokens[1]; j++) {
      if (norm(s, j) === 'still') return false;
      // Not given up for worse: "… but now I know they are worse".
      if (GIVEN_UP.has(norm(s, j))) return !s.hits.some((h) => h.match.firstToken > j && HOSTILE_ROLES.has(h.role)) && !s.tokens.slice(j, s.sentenceTokens[1] + 1).some((t) => t.norm === 'worse' || t.norm === 'worst');
    }
  }
  return false;
}
const RENOUNCER = new Set(['i', 'we']);
const GIVEN_UP = new Set(['until', 'till', 'but', 'before']);


/** Past verbs of calling someone something, active: "He called her a X", "The letter branded our families X". */
const CALLED_PAST = new Set(['called', 'labelled', 'labeled', 'branded', 'dubbed']);
/** Words that end the object before the label: a clause break or a coordinator starts something else. */
const OBJECT_BREAK = new Set(['and', 'but', 'or', 'because', 'so', 'then', 'that', 'who', 'which', 'if', 'when']);
/** Who may not be the one calling: the speaker, the one addressed, a passive or a modal (labelledByOthers reads the passive). */
const NOT_ANOTHER = new Set(['i', 'we', 'you', 'to', "i've", "we've", "you've", "i'd", "we'd", "you'd", ...PASSIVE]);
/** The label upheld after it: "… and she deserved it", "… and rightly so", "… and he is one". */
const UPHELD_AFTER = /\b(?:deserved?|deserves|deserving|rightly|spot on|fair enough|true|correct|so what|good on|about time|(?:he|she|they|it)(?: is| are| was| were|'s|'re) (?:one|right)|(?:because|and|as|cos|since) (?:he|she|they|it|we) (?:are|is|were|was))\b/;

/**
 * A label someone else gave a person or the group, told in the past and in the active (derogfp34): "He called her a X
 * in the corridor", "A Year 9 boy called a classmate a X on the bus", "The abuse she received called disabled people
 * scroungers". The object (a few words, no clause break) sits between the verb and the label; the one calling is not
 * the speaker nor "you", no modal or infinitive asks for it ("You should call them X", "I'd call them X"), no group the
 * sentence names is the caller, and nothing after upholds the label ("… and she deserved it").
 */
export function calledInPast(s: Sentence, hit: Hit): boolean {
  const first = hit.match.firstToken;
  let k = first - 1;
  while (k > s.sentenceTokens[0] && first - k <= 6 && !CALLED_PAST.has(norm(s, k))) {
    if (OBJECT_BREAK.has(norm(s, k)) || /[,;:—–()]/.test(s.text.slice(s.tokens[k]!.end, s.tokens[k + 1]!.start))) return false;
    k--;
  }
  if (!CALLED_PAST.has(norm(s, k)) || k === first - 1 || k === s.sentenceTokens[0]) return false;
  if (/[,;:—–()]/.test(s.text.slice(s.tokens[k]!.end, s.tokens[k + 1]!.start))) return false;
  let j = k - 1;
  while (j > s.sentenceTokens[0] && ((norm(s, j).length > 3 && norm(s, j).endsWith('ly')) || ['once', 'always', 'also', 'even', 'then', 'just'].includes(norm(s, j)))) {
    if (AGREEING.has(norm(s, j))) return false;
    j--;
  }
  const subject = norm(s, j);
  if (NOT_ANOTHER.has(subject) || AGREEING.has(subject) || s.groups.some((g) => !g.pronoun && g.first <= j && g.last >= j)) return false;
  for (let m = s.sentenceTokens[0]; m < k; m++) if (norm(s, m) === 'should' || norm(s, m) === 'would' || norm(s, m) === 'must') return false;
  const rest = s.tokens.slice(hit.match.lastToken + 1, s.sentenceTokens[1] + 1).map((t) => t.norm).join(' ');
  if (UPHELD_AFTER.test(rest)) return false;
  // A slur called one pupil is told as a report only with what was done about it near ("…; he has apologised"):
  // "Some of the older boys called him a X at lunch" alone still names the pupil by the slur.
  if (hit.role !== 'word') return true;
  for (let k = hit.match.lastToken + 1; k < Math.min(s.tokens.length, hit.match.lastToken + SANCTION_REACH); k++) if (SANCTION.has(s.tokens[k]!.norm)) return true;
  return false;
}
/** How many words after the slur what was done about it may come. */
const SANCTION_REACH = 40;
/** What was done about abuse: the answer that makes a story of it a report. */
const SANCTION = new Set(['excluded', 'apologised', 'apologized', 'banned', 'reported', 'suspended', 'sanctioned', 'detention', 'contacted', 'dealt', 'police', 'ejected', 'fined', 'charged', 'convicted', 'challenged', 'disciplined', 'investigating', 'investigated', 'condemn', 'condemns', 'condemned', 'unacceptable', 'removed']);
