// Violence with the group its victim: wished, promised or praised, done by whoever does it, or only told
// (seen, done to a thing of theirs, done by a thing).
import type { Hit, Identity } from './types.js';
import {
  ANY_VICTIM, CONTEST, COPULA, DETERMINERS, DOER, FILLER, FORETELLING, GENERIC_SUBJECT, HYPOTHETICAL, IMPERSONAL_CAUSES, INTENDING, MODAL, NEEDING,
  OBJECT_QUANTIFIER, PASSIVE_BE, PERCEIVING, PERPETRATOR, PICKED, RELATIVE, SEEN_DOING, SPEAKER, SPORTING, SUBJECT_REACH, THING_OPENERS, THINGS_OWNED,
  TIME_ADVERB, WANTING_TO_SEE,
} from './vocabulary.js';
import { coordinatedWish, hasModalBefore, hasWishBefore, ownPlaceAt, settingAt } from './targets.js';
import type { Sentence } from './judge-sentence.js';
import { inSentence, roleAt } from './judge-sentence.js';
import { negated } from './judge-negation.js';

/** A time to come that foretells a harm ("… are getting burnt out this weekend"). */
const FORETOLD_TIME = new Set(['tonight', 'tomorrow', 'soon', 'weekend', 'tomorow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'shortly']);
/** Subjects whose wish may be the speaker's too ("Everyone wants X dead", "Someone should …"). */
const WISHER_TOO = new Set(['they', 'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody', 'some', 'many']);
/** Between "who" and the violence: "wants to", "wants … dead", "would like to", "tries to". */
const WANTS_HARM = new Set(['want', 'wants', 'wanted', 'wish', 'wishes', 'to', 'would', 'like', 'try', 'tries', 'tried']);

/**
 * "Anyone who runs over a X deserves a medal", "I'd buy a pint for anyone who punched a X": violence
 * by whoever does it, praised — wished, not told. The threat opens a relative clause on "anyone".
 */
export function perpetrators(s: Sentence, hit: Hit) {
  // "I'm sick of people attacking X": the doers named right before the verb in "-ing", nothing wishing it.
  if (s.tokens[hit.match.firstToken]!.norm.endsWith('ing') && hit.match.firstToken - 1 > s.sentenceTokens[0] && PERPETRATOR.has(s.tokens[hit.match.firstToken - 1]!.norm) && !hasWishBefore(s.tokens, hit.match.firstToken, 6) && !hasModalBefore(s.tokens, hit.match.firstToken, 6)) return true;
  // Also the violence they want: "Anyone who wants to kill X …", "Anyone who wants X dead needs help".
  const wanted = (k: number) => WANTS_HARM.has(s.tokens[k]!.norm) || OBJECT_QUANTIFIER.has(s.tokens[k]!.norm) || s.groups.some((g) => !g.pronoun && g.first <= k && g.last >= k && g.last < hit.match.firstToken);
  for (let k = hit.match.firstToken - 1; k >= Math.max(s.sentenceTokens[0], hit.match.firstToken - 7); k--) {
    if (RELATIVE.has(s.tokens[k]!.norm)) return k > s.sentenceTokens[0] && PERPETRATOR.has(s.tokens[k - 1]!.norm);
    if (s.tokens[k]!.norm === 'whoever') return true;
    // "Racists want X dead", "Some people want to kill X": someone else's wish, told.
    if (WANTS_HARM.has(s.tokens[k + 1]?.norm ?? '') && (PERPETRATOR.has(s.tokens[k]!.norm) || GENERIC_SUBJECT.has(s.tokens[k]!.norm)) && !WISHER_TOO.has(s.tokens[k]!.norm) && !s.groups.some((g) => g.first <= k && g.last >= k)) return true;
    if (!FILLER.has(s.tokens[k]!.norm) && !TIME_ADVERB.has(s.tokens[k]!.norm) && !wanted(k)) return false;
  }
  return s.tokens[hit.match.firstToken - 1]?.norm === 'whoever';
}

/**
 * The group the object of a verb in a relative clause on doers: "people who attack X", "anyone who abuses X";
 * or on anyone else (hate8), when the verb is a wrong done or words said to them: "scammers who target X",
 * "relatives who talk about X" (not "anyone that marries a X", "landlords who rent to X").
 */
export function objectOfDoers(s: Sentence, g: Identity) {
  for (let k = g.first - 1; k >= Math.max(s.sentenceTokens[0] + 1, g.first - 4); k--) {
    if (RELATIVE.has(s.tokens[k]!.norm)) {
      const between = s.tokens.slice(k + 1, g.first);
      const head = s.tokens[k - 1]!.norm;
      const verb = between.find((t) => !DOING_ADVERB.has(t.norm))?.norm ?? '';
      const otherHead = /^[a-z]{3,}$/.test(head) && !s.groups.some((o) => o.first <= k - 1 && o.last >= k - 1) && DONE_TO.has(verb);
      return (PERPETRATOR.has(head) || head === 'whoever' || otherHead) && between.length > 0 && !between.some((t) => COPULA.has(t.norm)) && !OBJECT_QUANTIFIER.has(between[0]!.norm);
    }
    if (s.tokens[k]!.norm === 'whoever') return g.first - k > 1 && !s.tokens.slice(k + 1, g.first).some((t) => COPULA.has(t.norm));
  }
  return false;
}

/** Between "who" and its verb: "who still abuse", "that always talk about". */
const DOING_ADVERB = new Set(['still', 'always', 'keep', 'keeps', 'constantly', 'just', 'only', 'ever', 'openly', 'regularly', 'then']);
/** Verbs of a wrong done to people, or of words said about them, in a clause on others (objectOfDoers). */
const DONE_TO = new Set(
  ('attack attacks abuse abuses bully bullies target targets harass harasses threaten threatens mock mocks insult insults exploit exploits ' +
    'prey preys scam scams rob robs cheat cheats hurt hurts troll trolls spit spits beat beats assault assaults demonise demonises vilify vilifies ' +
    'talk talks speak speaks say says write writes post posts call calls slag slags treat treats blame blames smear smears ridicule ridicules ' +
    'discriminate discriminates refuse refuses exclude excludes deny denies').split(' '),
);

export function rewarded(s: Sentence, hit: Hit) {
  if (!s.hits.some((h) => h.role === 'reward')) return false;
  for (let k = hit.match.firstToken - 1; k >= Math.max(s.sentenceTokens[0] + 1, hit.match.firstToken - 3); k--) {
    if (RELATIVE.has(s.tokens[k]!.norm)) return ANY_VICTIM.has(s.tokens[k - 1]!.norm) || s.tokens[k - 1]!.norm === 'everyone' || s.tokens[k - 1]!.norm === 'everybody';
  }
  return ANY_VICTIM.has(s.tokens[hit.match.firstToken - 1]?.norm ?? '') && s.tokens[hit.match.firstToken - 1]!.norm === 'whoever';
}

/**
 * A violent verb with the group its victim, wished, promised or praised: the group its object after
 * it ("Someone should poison all X", "I'm going to strangle every X", "Anyone who punches a X deserves
 * a medal", "Stab the lot of them" after a sentence on X) with a person its doer (not "Cuts will hurt X"),
 * or the group its subject in a wished passive ("X deserve to be punched", "X should be locked up and
 * starved"). Told ("a man punched a Muslim pupil"), denied ("nobody should ever punch a X"), in a game
 * ("we'll beat the women at rounders") or done to a thing ("kick the ball") it is not.
 */
export function harmedGroup(s: Sentence, hit: Hit): Identity | undefined {
  if (s.deed?.verdict === 'endorsed' && hit.match.lastToken < s.deed.copula) return s.deed.group;
  if (negated(s, hit) || perpetratorsTold(s, hit) || witnessed(s, hit) || s.storyTold) return undefined;
  const at = hit.match.firstToken;
  const before = s.tokens[at - 1]?.norm ?? '';
  // The passive with "getting", foretold by a time to come or by the speaker's doing: "You X are all getting
  // stabbed when I find you", "The X on our street are getting burnt out this weekend" — not "X are getting
  // stabbed in this city every week", told.
  if (before === 'getting' || (before === 'get' && (s.tokens[at - 2]?.norm === 'gonna' || s.tokens[at - 2]?.norm === 'to'))) {
    const span = s.tokens.slice(s.sentenceTokens[0], s.sentenceTokens[1] + 1).map((t) => t.norm);
    const foretold = span.some((w, i) => FORETOLD_TIME.has(w) || ((w === 'when' || w === 'once') && SPEAKER.has(span[i + 1] ?? '')));
    const subject = s.groups.find((g) => !g.place && g.last < at - 1 && at - 1 - g.last <= SUBJECT_REACH + 2);
    if (foretold && subject) return subject;
  }
  // The passive: "X should (all) be poisoned", "X need to be kicked and spat on".
  if (PASSIVE_BE.has(before) || before === 'been') {
    if (!(hasWishBefore(s.tokens, at - 1, 4) || coordinatedWish(s.tokens, at, s.sentenceTokens[0]))) return undefined;
    // Not the object of a relative clause on the doers: "People who abuse X should be punished", "Bullies who target X should be expelled".
    const inRelative = (g: Identity) => s.tokens.slice(Math.max(s.sentenceTokens[0], g.first - 4), g.first).some((t) => RELATIVE.has(t.norm));
    return s.groups.find((g) => !g.place && g.last < at - 1 && at - 1 - g.last <= SUBJECT_REACH && !inRelative(g));
  }
  if (coordinatedWish(s.tokens, at, s.sentenceTokens[0])) return s.groups.find((g) => !g.place && g.last < at && at - g.last <= 12);
  // The passive said with "-ing" after a need: "X need locking up", "X want stringing up" (not "X need cooking lessons").
  if (NEEDING.has(before) && s.tokens[at]!.norm.endsWith('ing')) return s.groups.find((g) => !g.place && g.last < at - 1 && at - 1 - g.last <= SUBJECT_REACH);
  // The active: the group its object, over determiners and quantifiers ("all the", "every last").
  let k = hit.match.lastToken + 1;
  while (k - hit.match.lastToken <= 3 && (OBJECT_QUANTIFIER.has(s.tokens[k]?.norm ?? '') || PICKED.has(s.tokens[k]?.norm ?? ''))) k++;
  const object = s.groups.find((g) => !g.place && g.first === k && inSentence(s, g.first));
  if (!object || ownsTheThing(s, object)) return undefined;
  const next = object.last + 1;
  // "beat the men at rounders" is a game; "poison all the X at school" is where they are (not for a game verb: "beat the men at school").
  const setting = !SPORTING.has(hit.match.term) && settingAt(s.tokens, next + 1);
  if (next <= s.sentenceTokens[1] && (/^\d/.test(s.tokens[next]!.norm) || (CONTEST.has(s.tokens[next]!.norm) && !ownPlaceAt(s.tokens, next + 1) && !setting))) return undefined;
  if (rewarded(s, hit)) return object;
  // Ordered: the verb opens the sentence ("Poison the lot of them"), or after "go and" ("Go and poison …").
  if (at === s.sentenceTokens[0] || (at === s.sentenceTokens[0] + 2 && s.tokens[s.sentenceTokens[0]]!.norm === 'go' && s.tokens[s.sentenceTokens[0] + 1]!.norm === 'and')) return object;
  // Called for as time: "It's time to poison every X", "about time to …".
  if (s.tokens[at - 1]?.norm === 'to' && s.tokens[at - 2]?.norm === 'time') return object;
  // Wished or promised by a person: a modal ("should", "'ll", "going to", "want to") or a wish ("if someone", "I wish") before it, and a doer.
  const from = Math.max(s.sentenceTokens[0], at - 12);
  // Intended: "I plan to …", "I've decided to …", "I'm about to …", "I can't wait to …", "I swear to …".
  let wished = hasModalBefore(s.tokens, at, Math.min(6, at - s.sentenceTokens[0])) || (s.tokens[at - 1]?.norm === 'to' && at - 2 >= s.sentenceTokens[0] && INTENDING.has(s.tokens[at - 2]!.norm));
  // Suggested: "How about we lock up every X?", "What about we …", "Why don't we just …", "Why not …".
  const opener = s.tokens[s.sentenceTokens[0]]!.norm;
  const second = s.tokens[s.sentenceTokens[0] + 1]?.norm ?? '';
  // "Why haven't we deported every X yet?", "Why can't we just lock up …": asking why it is not done yet wishes it.
  const notYet = (second === "haven't" || second === 'havent' || second === "can't" || second === 'cant') && SPEAKER.has(s.tokens[s.sentenceTokens[0] + 2]?.norm ?? '');
  if (at - s.sentenceTokens[0] <= 5 && (((opener === 'how' || opener === 'what') && second === 'about') || (opener === 'why' && (second === "don't" || second === 'dont' || second === 'not' || notYet)))) return object;
  for (let j = at - 1; j >= from && !wished; j--) if (HYPOTHETICAL.has(s.tokens[j]!.norm)) wished = true;
  if (!wished) return undefined;
  for (let j = at - 1; j >= from; j--) if (DOER.has(s.tokens[j]!.norm)) return object;
  return undefined;
}

/**
 * Violence someone might see done, to be reported: "If you see anyone punch a disabled pupil, tell a
 * member of staff" — a verb of seeing before it, not one wished for ("I'd love to see someone …").
 */
export function witnessed(s: Sentence, hit: Hit): boolean {
  for (let k = hit.match.firstToken - 1; k >= Math.max(s.sentenceTokens[0], hit.match.firstToken - 6); k--) {
    if (!PERCEIVING.has(s.tokens[k]!.norm)) continue;
    for (let j = k - 1; j >= Math.max(s.sentenceTokens[0], k - 3); j--) if (WANTING_TO_SEE.has(s.tokens[j]!.norm)) return false;
    // Someone seen doing it: "see anyone punch …", "saw a boy kick …" — not "Next X I see is getting a bullet".
    for (let j = k + 1; j < hit.match.firstToken; j++) if (SEEN_DOING.has(s.tokens[j]!.norm)) return true;
    return false;
  }
  return false;
}

/**
 * The group owns what the verb is done to: "Mrs Khan will shoot the Muslim families' Eid video", "hang
 * the girls' artwork" — a thing of theirs a school makes or shows, within three words of the possessive.
 */
export function ownsTheThing(s: Sentence, group: Identity): boolean {
  const possessiveAt = (k: number) => {
    const token = s.tokens[k];
    return token !== undefined && (/['’]s$/.test(token.norm) || /^['’](?![\p{L}])/u.test(s.text.slice(token.end, token.end + 2)));
  };
  // The possessive on the group's last word, or on the person word after it ("the Muslim families' …").
  const owner = possessiveAt(group.last) ? group.last : group.last + 1 <= s.sentenceTokens[1] && possessiveAt(group.last + 1) ? group.last + 1 : -1;
  if (owner < 0) return false;
  for (let k = owner + 1; k <= Math.min(s.sentenceTokens[1], owner + 3); k++) if (THINGS_OWNED.has(s.tokens[k]!.norm)) return true;
  return false;
}

/**
 * A single-word violent verb foretold ("will", "would", "could") of a thing, the sentence naming no one
 * before it who could do it: "The funding cuts will hurt …", "This policy would harm …" (not "I will",
 * "Our lads will", nor called for: "The government should …").
 */
export function doneByAThing(s: Sentence, hit: Hit): boolean {
  const at = hit.match.firstToken;
  if (at !== hit.match.lastToken) return false;
  // Foretold ("will", "would", "could"), not called for: "The government should shoot every X" is a threat.
  // Right before the verb, or with an adverb between ("will hit … hardest", "would badly hurt"); not
  // "The answer would be to kill all X".
  const before = s.tokens[at - 1]?.norm ?? '';
  const adverb = /ly$/.test(before) || before === 'also' || before === 'only' || before === 'still' || before === 'even';
  const foretold = at - 1 >= s.sentenceTokens[0] && (FORETELLING.has(before) || (adverb && at - 2 >= s.sentenceTokens[0] && FORETELLING.has(s.tokens[at - 2]!.norm)));
  if (!foretold) return false;
  // A thing as the subject opens with a determiner ("The cuts …", "These changes …", "Our new rules …")
  // or is a cause named bare right before the modal ("Cuts will hurt …", "Rising prices will hit …");
  // "Need to hurt every X", "It would be good to kill X" have neither.
  const modal = FORETELLING.has(before) ? at - 1 : at - 2;
  const bareCause = IMPERSONAL_CAUSES.has(s.tokens[modal - 1]?.norm ?? '') && modal - 1 >= s.sentenceTokens[0];
  if (!THING_OPENERS.has(s.tokens[s.sentenceTokens[0]]!.norm) && !bareCause) return false;
  for (let k = s.sentenceTokens[0]; k < at; k++) {
    if (bareCause && k === s.sentenceTokens[0] && !DOER.has(s.tokens[k]!.norm)) continue;
    const word = s.tokens[k]!.norm;
    // "these"/"those" as a determiner ("These changes will hurt …") is no one.
    const determiner = DETERMINERS.has(word) && !MODAL.has(s.tokens[k + 1]?.norm ?? '');
    if (DOER.has(word) || (roleAt(s, k, 'pronoun') && !determiner) || roleAt(s, k, 'person-noun') || roleAt(s, k, 'self') || roleAt(s, k, 'identity-noun')) return false;
    // A name: "Dave will hurt …", "our coach Mr Reed would harm …" (a capital opening the sentence only right before the modal).
    if (/^\p{Lu}/u.test(s.tokens[k]!.raw) && (k > s.sentenceTokens[0] || MODAL.has(s.tokens[k + 1]?.norm ?? ''))) return false;
  }
  return true;
}

/** "People who punch X should be jailed": whoever does it, named to be condemned (not "Anyone who punches X deserves a medal"). */
export function perpetratorsTold(s: Sentence, hit: Hit) {
  return !rewarded(s, hit) && perpetrators(s, hit);
}
