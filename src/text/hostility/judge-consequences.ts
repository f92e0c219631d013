// The group as a cause or what to be rid of: a bad result of dealing with them, blame, a place better once
// they go, a refusal shared, others urged to keep away.
import type { Hit, Identity } from './types.js';
import { goneFast } from './narration.js';
import {
  ADMITTED_TO, ADMITTING, ADVISING, ASKED_HEARER, AWAY, BAD_GONE, BLAME_ADVERB, BLAMED_ROLES, CLAUSE_LEAD, CONDITION_MARKER, CONDITION_REACH,
  CONDITION_VERB, conditionVerb, CONSEQUENCE_JOIN, CONSEQUENCE_REACH, COPULA, ENDED_BY, FILLER, GONE, GONE_LEAD, GROUP_PRONOUN_SUBJECT, HAD_BETTER,
  FOR_GOOD, IMPROVEMENT_LEAD, JOURNEY_ON, NEED_NOT, OBJECT_QUANTIFIER, OFFERING_ASKED, ORDER_OPENER, OTHER_PEOPLE, OUTCOME_AUXILIARY, PERSONISH, PRECAUTION,
  SENT_OFF, SENTENCE_END, TEMPORAL_LINK, UNWELL,
} from './vocabulary.js';
import type { Sentence } from './judge-sentence.js';
import { clauseBreakBetween, inSentence, roleAt } from './judge-sentence.js';
import { negated } from './judge-negation.js';

/**
 * "Put a X in charge of the tuck shop and watch the money vanish", "Send your kids to a school full
 * of X and they'll come home with nits", "Give X an inch and they'll take the whole playground", "If
 * you let X in, this is what happens", "Don't leave a X alone with your purse or it'll go missing":
 * a bad result foretold of doing something with the group — an order or a condition whose object or
 * place is the group, then "and", "then" or a comma (or "or" after a warning) and the result. Not the
 * group's own harm ("If you send refugees back, they disappear"), a good result, something bad gone
 * ("… and watch the prejudice vanish"), or a result denied ("… and you won't regret it").
 */
const OWN_PEOPLE = new Set(['our', 'my']);

export function consequenceOf(s: Sentence, hit: Hit): Identity | undefined {
  const join = consequenceJoin(s, hit);
  if (!join) return conditionAfter(s, hit);
  for (let k = join.at + 1; k < hit.match.firstToken; k++) if (roleAt(s, k, 'negation') || BAD_GONE.has(s.tokens[k]!.norm)) return undefined;
  if (goneFast(s.tokens, hit.match.lastToken)) return undefined;
  const frame = conditionFrame(s, join.end);
  if (!frame || frame.warning !== (join.word === 'or')) return conditionAfter(s, hit);
  for (let k = frame.verb + 1; k < join.end; k++) if (roleAt(s, k, 'negation')) return undefined;
  const group = s.groups.find((g) => !g.pronoun && g.first > frame.verb && g.last < join.end && g.first - frame.verb <= CONDITION_REACH && !clauseBreakBetween(s, frame.verb, g.first));
  // The speaker's own people ("Invite our refugee families and you'll be waiting forever for the queue to go down", hate7):
  // a school's boast, not a sneer.
  if (!group || OWN_PEOPLE.has(s.tokens[group.first - 1]?.norm ?? '')) return undefined;
  // A person word right after the group is one of it: "a Muslim family".
  const others = s.tokens.slice(frame.verb + 1, join.end).some((t, j) => OTHER_PEOPLE.has(t.norm) && !(frame.verb + 1 + j >= group.first && frame.verb + 1 + j <= group.last + 1));
  const subject = outcomeSubject(s, hit.match.firstToken, join.at);
  const theirs = subject !== undefined && ((GROUP_PRONOUN_SUBJECT.has(s.tokens[subject]!.norm) && !others) || s.groups.some((g) => !g.pronoun && g.first <= subject && g.last >= subject));
  if (hit.role === 'overreach') return theirs && !(s.tokens[hit.match.lastToken + 1]?.norm === 'the' && s.tokens[hit.match.lastToken + 2]?.norm === 'world') ? group : undefined;
  if (theirs) return undefined;
  if (hit.role === 'insinuation') {
    // "Give women a chance and this is what happens: …" goes on to say it; only letting the group in leaves it unsaid.
    if (/^\s*[:—–-]/.test(s.text.slice(hit.match.end, hit.match.end + 3))) return undefined;
    const admitted = ADMITTING.has(s.tokens[frame.verb]!.norm) && [1, 2, 3].some((d) => ADMITTED_TO.has(s.tokens[group.last + d]?.norm ?? '') && group.last + d < join.end);
    if (!admitted) return undefined;
  }
  return group;
}

/**
 * The same result with its condition after it: "You'll regret it if you hire a X", "I'd pull my son
 * out of the club if they let a X coach the team". The group is the object of the condition's verb
 * ("if they let a teacher shout at X" lets someone else), and nothing is denied on either side.
 */
export function conditionAfter(s: Sentence, hit: Hit): Identity | undefined {
  if (hit.role === 'insinuation') return undefined;
  for (let k = s.sentenceTokens[0]; k < hit.match.firstToken; k++) if (roleAt(s, k, 'negation')) return undefined;
  for (let k = hit.match.lastToken + 1; k <= Math.min(s.sentenceTokens[1], hit.match.lastToken + CONSEQUENCE_REACH); k++) {
    if (!CONDITION_MARKER.has(s.tokens[k]!.norm)) continue;
    let verb = -1;
    for (let v = k + 2; v <= Math.min(s.sentenceTokens[1], k + 4) && verb < 0; v++) if (conditionVerb(s.tokens[v]!.norm)) verb = v;
    if (verb < 0) return undefined;
    let at = verb + 1;
    while (at - verb <= 3 && OBJECT_QUANTIFIER.has(s.tokens[at]?.norm ?? '')) at++;
    const group = s.groups.find((g) => !g.pronoun && g.first === at);
    if (!group) return undefined;
    for (let j = k + 1; j <= s.sentenceTokens[1]; j++) if (roleAt(s, j, 'negation')) return undefined;
    const subject = outcomeSubject(s, hit.match.firstToken, s.sentenceTokens[0] - 1);
    const theirs = subject !== undefined && GROUP_PRONOUN_SUBJECT.has(s.tokens[subject]!.norm);
    return (hit.role === 'overreach') === theirs ? group : undefined;
  }
  return undefined;
}

/**
 * "The PTA got a lot quieter and cleaner once the X stopped coming", "Ever since we got rid of the X
 * the street is so much nicer": a place better for the group's going — the group the subject of a
 * departure (or the object of a removal) after "once", "since", "now" or "after". Not better for the
 * group itself ("Since they moved out of the hostel, their lives are safer").
 */
export function betterWithout(s: Sentence, hit: Hit): Identity | undefined {
  if (negated(s, hit)) return undefined;
  // "We had better leave before …", "You'd better hurry": advice, not a better place.
  if (hit.match.term === 'better' && HAD_BETTER.has(s.tokens[hit.match.firstToken - 1]?.norm ?? '')) return undefined;
  let subject: number | undefined = hit.match.firstToken - 1;
  while (subject >= s.sentenceTokens[0] && (IMPROVEMENT_LEAD.has(s.tokens[subject]!.norm) || OUTCOME_AUXILIARY.has(s.tokens[subject]!.norm))) subject--;
  if (subject < s.sentenceTokens[0]) subject = undefined;
  const before = subject === undefined ? '' : s.tokens[subject]!.norm;
  if (GROUP_PRONOUN_SUBJECT.has(before) || (subject !== undefined && (s.tokens[subject - 1]?.norm === 'their' || s.groups.some((g) => g.first <= subject && g.last >= subject)))) return undefined;
  if (s.tokens[hit.match.lastToken + 1]?.norm === 'for') return undefined;
  const linked = (k: number) => [1, 2, 3].some((d) => k - d >= s.sentenceTokens[0] && TEMPORAL_LINK.has(s.tokens[k - d]!.norm));
  // "Everything was better before the X came", "House prices were worth double until X moved in": better
  // before the group arrived — the group the subject of an arrival after "before", "until" or "till".
  const ended = (k: number) => [1, 2, 3].some((d) => k - d > hit.match.lastToken && ENDED_BY.has(s.tokens[k - d]!.norm));
  for (const a of s.hits) {
    if (a.role !== 'arrival') continue;
    const group = s.groups.find((g) => !g.place && a.match.firstToken > g.last && a.match.firstToken - g.last <= 3 && !clauseBreakBetween(s, g.last, a.match.firstToken) && ended(g.first));
    if (group) return group;
  }
  for (const d of s.hits) {
    if (d.role !== 'departure') continue;
    const group = s.groups.find((g) => !g.place && ((d.match.firstToken > g.last && d.match.firstToken - g.last <= 3 && !clauseBreakBetween(s, g.last, d.match.firstToken) && linked(g.first)) || (g.first > d.match.lastToken && g.first - d.match.lastToken <= 2 && linked(d.match.firstToken))));
    if (group) return group;
  }
  return undefined;
}

/**
 * "Would you let a X babysit your kids? Me neither.": a question offering the group some dealing with
 * the hearer, answered by the speaker's own refusal and nothing more ("Me neither — but the Smiths did"
 * goes on).
 */
export function refusalShared(s: Sentence, hit: Hit): Identity | undefined {
  const first = s.sentenceTokens[0];
  if (hit.match.firstToken !== first || s.sentenceTokens[1] - hit.match.lastToken > 1 || first === 0) return undefined;
  if (!s.text.slice(s.tokens[first - 1]!.end, s.tokens[first]!.start).includes('?')) return undefined;
  let p = first - 1;
  while (p > 0 && !SENTENCE_END.test(s.text.slice(s.tokens[p - 1]!.end, s.tokens[p]!.start))) p--;
  if (!OFFERING_ASKED.has(s.tokens[p]!.norm) || !ASKED_HEARER.has(s.tokens[p + 1]?.norm ?? '')) return undefined;
  let verb = -1;
  for (let v = p + 2; v <= Math.min(first - 1, p + 4) && verb < 0; v++) if (CONDITION_VERB.has(s.tokens[v]!.norm) || s.tokens[v]!.norm === 'want') verb = v;
  if (verb < 0) return undefined;
  const group = s.identityBySentence.get(s.id - 1)?.find((g) => !g.place && !g.pronoun && g.first > verb && g.first - verb <= 3);
  return group ? { ...group, first: hit.match.firstToken, last: hit.match.firstToken, pronoun: true } : undefined;
}

/**
 * "X are the reason nobody wants to live round here", "House prices fell because of all the X": the
 * group made the cause of something bad said in the same sentence (a feeling against, a decline, a bad
 * result, squalor, harm) — the group the subject of the blame ("X are the reason …") or right after it
 * ("… because of the X"). Not denied ("X are not the reason …"), and not the cause of something good
 * ("Our Muslim mums are the reason the fair was such a success").
 */
export function blamed(s: Sentence, hit: Hit): Identity | undefined {
  if (negated(s, hit)) return undefined;
  // "… the reason we hate to say goodbye": a feeling about doing something is no feeling against anyone — but "nobody wants to live here" is.
  const feltAboutDoing = (h: Hit) => h.role === 'emotion' && s.tokens[h.match.lastToken + 1]?.norm === 'to' && !/^(?:nobody|no one)\b/.test(h.match.term);
  const bad = s.hits.some((h) => BLAMED_ROLES.has(h.role) && inSentence(s, h.match.firstToken) && (h.match.lastToken < hit.match.firstToken || h.match.firstToken > hit.match.lastToken) && !negated(s, h) && !feltAboutDoing(h));
  if (!bad) return undefined;
  return s.groups.find((g) => {
    if (g.place) return false;
    if (g.last < hit.match.firstToken) {
      // The subject: "X are (all/just) the reason", "X are why …" — over a copula and fillers only.
      if (hit.match.firstToken - g.last > 4 || g.pronoun) return false;
      const between = s.tokens.slice(g.last + 1, hit.match.firstToken);
      return between.some((t) => COPULA.has(t.norm)) && between.every((t) => COPULA.has(t.norm) || FILLER.has(t.norm) || BLAME_ADVERB.has(t.norm));
    }
    // Right after it: "because of (all) the X", "the reason is the X".
    if (g.first <= hit.match.lastToken || g.first - hit.match.lastToken > 4) return false;
    return s.tokens.slice(hit.match.lastToken + 1, g.first).every((t) => OBJECT_QUANTIFIER.has(t.norm) || COPULA.has(t.norm) || t.norm === 'them');
  });
}

/**
 * "I can't wait till the X are gone", "Our new neighbours are X. Roll on the day they move out.": the
 * speaker longing for the group to go — the group (or "they" for it) right after the longing, the
 * subject of a departure. Not a longing for them to come ("Can't wait till the X arrive for the Eid
 * party"), nor denied.
 */
export function longedGone(s: Sentence, hit: Hit): Identity | undefined {
  if (negated(s, hit)) return undefined;
  const freed = freedOf(s, hit);
  if (freed) return freed;
  const group = s.groups.find((g) => !g.place && g.first > hit.match.lastToken && s.tokens.slice(hit.match.lastToken + 1, g.first).every((t) => OBJECT_QUANTIFIER.has(t.norm)) && g.first - hit.match.lastToken <= 3);
  if (!group) return undefined;
  let k = group.last + 1;
  while (k <= s.sentenceTokens[1] && k - group.last <= 3 && GONE_LEAD.has(s.tokens[k]!.norm)) k++;
  if (k > s.sentenceTokens[1] || roleAt(s, k, 'negation')) return undefined;
  const word = s.tokens[k]!.norm;
  const next = s.tokens[k + 1]?.norm ?? '';
  // "leave for the trip", "go on the trip": a journey, not a going.
  // But "gone for good", "leave for ever" (hate26): for always.
  if (JOURNEY_ON.has(next) && !FOR_GOOD.has(s.tokens[k + 2]?.norm ?? '')) return undefined;
  const gone = s.hits.some((h) => h.role === 'departure' && h.match.firstToken === k) || GONE.has(word) || (SENT_OFF.has(word) && AWAY.has(next));
  return gone ? group : undefined;
}

/**
 * "Can't wait for the day this town is free of X again", "Roll on the day we are rid of X" (hate11): the longing's
 * clause ends on the place or the speaker freed of the group — "free of", "rid of" or "clear of" right before it (over
 * "all", "the"), within ten words, no clause break between.
 */
function freedOf(s: Sentence, hit: Hit): Identity | undefined {
  return s.groups.find((g) => {
    if (g.place || g.pronoun || g.first <= hit.match.lastToken || g.first - hit.match.lastToken > 10) return false;
    let k = g.first - 1;
    while (k > hit.match.lastToken && FREED_LEAD.has(s.tokens[k]!.norm)) k--;
    if (s.tokens[k]?.norm !== 'of' || !FREED.has(s.tokens[k - 1]?.norm ?? '')) return false;
    for (let j = hit.match.lastToken + 1; j <= k; j++) if (/[,;:—–]/.test(s.text.slice(s.tokens[j - 1]!.end, s.tokens[j]!.start))) return false;
    return true;
  });
}
const FREED = new Set(['free', 'rid', 'clear', 'shot']);
const FREED_LEAD = new Set(['the', 'all', 'these', 'those', 'them']);

/**
 * "Keep your kids away from the X", "Make sure your daughters stay away from the X lads", "You should
 * keep your distance from X": urging others to avoid the group — an order or advice (the sentence opens
 * on the verb, "make sure", "always", "please", or a modal "should", "must", "had better" stands
 * before), the group right after. Not denied ("No need to keep away from …"), not health advice ("…
 * if you have a cold"), not a place of theirs ("the Muslim families' prayer room").
 */
export function avoidanceUrged(s: Sentence, hit: Hit): Identity | undefined {
  if (negated(s, hit)) return undefined;
  const praised = avoidancePraised(s, hit);
  if (praised) return praised;
  for (let k = s.sentenceTokens[0]; k < hit.match.firstToken; k++) if (roleAt(s, k, 'negation') || NEED_NOT.has(s.tokens[k]!.norm)) return undefined;
  const opener = s.tokens[s.sentenceTokens[0]]!.norm;
  const urged = ORDER_OPENER.has(opener) || s.tokens.slice(Math.max(s.sentenceTokens[0], hit.match.firstToken - 8), hit.match.firstToken).some((t) => ADVISING.has(t.norm));
  if (!urged) return undefined;
  for (let k = hit.match.lastToken + 1; k <= s.sentenceTokens[1]; k++) if (UNWELL.has(s.tokens[k]!.norm)) return undefined;
  let at = hit.match.lastToken + 1;
  while (at - hit.match.lastToken <= 3 && OBJECT_QUANTIFIER.has(s.tokens[at]?.norm ?? '')) at++;
  const group = s.groups.find((g) => !g.pronoun && !g.place && g.first === at);
  if (!group) return undefined;
  // "the Muslim families' prayer room": a place of theirs, the possessive on the group or the person word after it.
  const possessive = (k: number) => s.tokens[k] !== undefined && (/(?:'s|s'|’s|s’)$/.test(s.tokens[k]!.norm) || /^['’](?!\p{L})/u.test(s.text.slice(s.tokens[k]!.end, s.tokens[k]!.end + 2)));
  return possessive(group.last) || (PERSONISH.has(s.tokens[group.last + 1]?.norm ?? '') && possessive(group.last + 1)) ? undefined : group;
}

/**
 * "We moved house to get away from the X, best decision we ever made" (hate9): the speaker's leaving to be away
 * from the group, praised in the same sentence ("best decision", "never looked back", "no regrets") — the group
 * right after "away from". Not a thing moved away from ("moved the bins away from the Muslim prayer room").
 */
function avoidancePraised(s: Sentence, hit: Hit): Identity | undefined {
  const from = Math.max(s.sentenceTokens[0], hit.match.firstToken - 6);
  if (!s.tokens.slice(from, hit.match.firstToken).some((t) => LEAVING.has(t.norm))) return undefined;
  const words = s.tokens.slice(s.sentenceTokens[0], s.sentenceTokens[1] + 1).map((t) => t.norm);
  const praise = words.some((w, i) => (w === 'best' && BEST_OF.has(words[i + 1] ?? '')) || (w === 'never' && words[i + 1] === 'looked' && words[i + 2] === 'back') || (w === 'no' && words[i + 1] === 'regrets') || (w === 'so' && words[i + 1] === 'glad'));
  if (!praise) return undefined;
  let at = hit.match.lastToken + 1;
  while (at - hit.match.lastToken <= 3 && OBJECT_QUANTIFIER.has(s.tokens[at]?.norm ?? '')) at++;
  // The group ends its phrase ("…from the X, best …"), not a thing of theirs after it ("the X prayer room").
  return s.groups.find((g) => {
    if (g.pronoun || g.place || g.first !== at) return false;
    const end = PERSONISH.has(s.tokens[g.last + 1]?.norm ?? '') ? g.last + 1 : g.last;
    const next = s.tokens[end + 1];
    return end === s.sentenceTokens[1] || next === undefined || /[,;:—–.!?]/.test(s.text.slice(s.tokens[end]!.end, next.start)) || AFTER_PHRASE.has(next.norm);
  });
}
const AFTER_PHRASE = new Set(['and', 'because', 'now', 'who', 'that', 'for', 'forever', 'once']);
const LEAVING = new Set(['get', 'got', 'getting', 'moved', 'move', 'moving', 'left', 'leave', 'leaving', 'escape', 'escaped', 'ran', 'run', 'fled']);
const BEST_OF = new Set(['decision', 'thing', 'move', 'choice']);

/** Where the result's clause is joined to the one before: "and", "and then", "then", "or (else)", "otherwise" or a comma. */
export function consequenceJoin(s: Sentence, hit: Hit): { at: number; end: number; word: string } | undefined {
  for (let k = hit.match.firstToken - 1; k > s.sentenceTokens[0] && k >= hit.match.firstToken - CONSEQUENCE_REACH; k--) {
    const word = s.tokens[k]!.norm;
    if (/[,;—–]/.test(s.text.slice(s.tokens[k]!.end, s.tokens[k + 1]!.start))) return { at: k, end: k + 1, word: ',' };
    if (CONSEQUENCE_JOIN.has(word)) {
      const before = s.tokens[k - 1]?.norm ?? '';
      // "and then", "or else": the pair is the join.
      const pair = (word === 'then' && before === 'and') || (word === 'else' && before === 'or');
      const end = pair ? k - 1 : k;
      return { at: k, end, word: pair ? before : word === 'otherwise' ? 'or' : word };
    }
  }
  return undefined;
}

/**
 * The order or condition before the join: a verb of doing something with someone opening the sentence
 * or a clause ("Put …", "Send …", "Don't leave …", "Keep … or") or after "if", "once", "when" and a
 * subject ("If you let …", "Once a school hires …"). Where its verb stands, and whether it is a warning
 * (a denied order or a precaution, which "or" then follows).
 */
export function conditionFrame(s: Sentence, end: number): { verb: number; warning: boolean } | undefined {
  for (let k = s.sentenceTokens[0]; k < end; k++) {
    const opens = k === s.sentenceTokens[0] || /[,;—–]/.test(s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start)) || CLAUSE_LEAD.has(s.tokens[k - 1]!.norm);
    if (!opens) continue;
    const word = s.tokens[k]!.norm;
    if (CONDITION_VERB.has(word)) return { verb: k, warning: false };
    if (PRECAUTION.has(word)) return { verb: k, warning: true };
    const denied = word === 'never' || word === "don't" || word === 'dont' ? k + 1 : word === 'do' && s.tokens[k + 1]?.norm === 'not' ? k + 2 : -1;
    if (denied > 0 && denied < end && CONDITION_VERB.has(s.tokens[denied]!.norm)) return { verb: denied, warning: true };
    if (CONDITION_MARKER.has(word) || (word === 'time' && s.tokens[k - 1]?.norm === 'every') || (word === 'moment' && s.tokens[k - 1]?.norm === 'the')) {
      for (let v = k + 2; v < Math.min(end, k + 5); v++) if (conditionVerb(s.tokens[v]!.norm)) return { verb: v, warning: false };
    }
  }
  return undefined;
}

/** The subject of the result, over auxiliaries and adverbs: "they'll" in "they'll come home with nits", "them" in "watch them vanish". */
export function outcomeSubject(s: Sentence, at: number, join: number): number | undefined {
  let k = at - 1;
  while (k > join && OUTCOME_AUXILIARY.has(s.tokens[k]!.norm)) k--;
  return k > join ? k : undefined;
}
