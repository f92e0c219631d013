// Is this capitalised word a person's name here? Decides from the words around it: "Grace scored"
// and "Anna & Grace" are people; "Amazing Grace", "Summer Fair", "in May", "Will you …?", "Jordan
// Road", "visited Florence" and "played Mary" are not.
import type { NameKnowledge } from './knowledge.js';
import type { NamePlace, NameToken } from './name-tokens.js';

const LIST_JOINERS = /^\s*(?:,|&|\+|\/|,?\s*and|,?\s*or)\s*$/i;

export interface ContextOptions {
  /** Tokens known to be names (pupils, staff) next to this one count as a list of names. */
  isName?: (token: NameToken) => boolean;
}

/** A word followed by a surname or an initial is a person: "Grace T", "Summer Smith". */
export function personByContext(place: NamePlace, i: number, k: NameKnowledge, options: ContextOptions = {}): boolean {
  const tokens = place.tokens;
  const token = tokens[i]!;
  if (place.person) return true;
  if (!token.capitalised) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const textBefore = prev ? place.segment.text.slice(prev.end, token.start) : '';
  const textAfter = next ? place.segment.text.slice(token.end, next.start) : '';
  const adjacentPrev = prev && /^\s+$/.test(textBefore) ? prev : undefined;
  const adjacentNext = next && /^\s+$/.test(textAfter) ? next : undefined;

  if (adjacentPrev && (k.placeLeaders.has(adjacentPrev.norm) || k.roleMarkers.has(adjacentPrev.norm))) return false;
  if (adjacentNext && adjacentNext.capitalised && k.placeFollowers.has(adjacentNext.norm) && !token.possessive) return false;
  if (adjacentPrev && !token.possessive && k.placePrepositions.has(adjacentPrev.norm)) return false;
  if (k.notNames.has(token.norm) || k.neverNames.has(token.norm)) return false;

  const isWordName = k.wordNames.has(token.norm);
  if (!isWordName) return true;
  // A word that is also a name: it needs evidence.
  if (place.caseless || token.via === 'hashtag' || token.via === 'mention') return false; // file names and tags: only with a surname (checked by the caller)
  const isTime = k.timeWords.has(token.norm);
  if (isTime) {
    if (adjacentPrev && k.datePrepositions.has(adjacentPrev.norm)) return false;
    if ((adjacentNext && /^\d/.test(adjacentNext.raw)) || (prev && /^\d/.test(prev.raw))) return false;
  }
  const inList =
    (next && LIST_JOINERS.test(textAfter) && next.capitalised && looksLikeName(next, k, options)) ||
    (prev && LIST_JOINERS.test(textBefore) && prev.capitalised && !prev.sentenceStart && looksLikeName(prev, k, options)) ||
    (prev && LIST_JOINERS.test(textBefore) && prev.capitalised && prev.sentenceStart && looksLikeName(prev, k, options) && !k.wordNames.has(prev.norm));
  if (inList) return true;
  if (token.possessive) return !isTime;
  const startLike = token.sentenceStart || place.titleCase;
  if (!startLike) {
    // Mid-sentence and capitalised: a name, unless part of a capitalised phrase ("Amazing Grace").
    if (adjacentPrev && adjacentPrev.capitalised && !adjacentPrev.sentenceStart && !looksLikeName(adjacentPrev, k, options)) return false;
    if (isTime && adjacentPrev && /^(?:the|this|last|next|our)$/.test(adjacentPrev.norm)) return false;
    return true;
  }
  if (!adjacentNext) return false;
  if (k.wordFollowers.has(adjacentNext.norm)) return false;
  if (k.personVerbs.has(adjacentNext.norm)) {
    if (isTime && /^(?:is|was|has|had|will)$/.test(adjacentNext.norm)) return false;
    return true;
  }
  return false;
}

export function looksLikeName(token: NameToken, k: NameKnowledge, options: ContextOptions = {}): boolean {
  if (options.isName?.(token)) return true;
  return k.given.has(token.norm) && !k.wordNames.has(token.norm) && !k.notNames.has(token.norm) && !k.neverNames.has(token.norm);
}
