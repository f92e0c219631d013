import type { Rule } from '../../core/types.js';
import { prepareNameKnowledge, type NameKnowledge } from '../../consent/knowledge.js';
import { lexiconPhrases, reportLexiconPhrases } from './lexicon-rule.js';
import { at, proseSegments } from './shared.js';

const phrases = lexiconPhrases('endorsement');

/**
 * "we recommend Bright Sparks", "… recommend them": a name or a person follows, not advice ("… children bring"); or
 * nothing does, the sentence ending on it: "Ben did our staff photos and he's brilliant, highly recommend 📸" (miss31).
 */
const NAMED_NEXT = /^(?:\s+(?:(?:the|a|an|our|local|this|that)\s+)?(?:\p{Lu}[\p{L}&'’-]*|them|her|him|their|his)\b(?!\s+(?:to|that|you)\b)|\s*(?:[!.]|\p{Extended_Pictographic}|$))/u;

const SENT_OR_SEE = /sent you|go and see|pop in and see/i;
/** A referral in the school's name: "tell them Greenfield Primary sent you" (miss33). */
const SENT_YOU = /\b(?:[Tt]ell|[Ss]ay to) (?:them|him|her) (?:that )?(?:\p{Lu}[\p{L}'’&-]*\s+){1,4}sent you\b/u;
/**
 * A person sent to at their business: "Go and see Gemma at the Hair Lounge", "go and see Sharon in store" (miss32's and
 * miss33's leftovers). Not Santa at the Christmas Fair, a teacher in the office or a stall at the fete.
 */
const SEE_AT = /\b(?:[Gg]o|[Pp]op in) and see (\p{Lu}\p{Ll}+) (?:at|in) (?:the |her |his |their )?(store|shop|salon|\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})/gu;
const SCHOOL_PLACES = /\b(?:fair|fete|fayre|grotto|school|academy|office|hall|reception|library|class|classroom|assembly|playground|gates?|church|stall|nursery|year|key stage|pta)\b/i;

function seePersonAtBusiness(text: string, names: NameKnowledge): RegExpExecArray | undefined {
  SEE_AT.lastIndex = 0;
  for (let found = SEE_AT.exec(text); found; found = SEE_AT.exec(text)) {
    const person = found[1]!.toLowerCase();
    if (!names.given.has(person) || names.notNames.has(person) || SCHOOL_PLACES.test(found[2]!) || SCHOOL_PLACES.test(text.slice(found.index + found[0].length, found.index + found[0].length + 20))) continue;
    return found;
  }
  return undefined;
}

export const endorsement: Rule = {
  meta: {
    id: 'text/endorsement',
    description: 'References or recommendations of people or businesses that read as the trust\'s endorsement.',
    severity: 'warning',
    inputs: ['text'],
    docs: {
      details: 'Phrases from lexicons/endorsement.yaml ("we recommend", "highly recommend", "use them for all your …", "5 stars"). Thanking a sponsor is fine; recommending them reads as the trust\'s endorsement.',
      fires: ['"We highly recommend Bright Sparks Tutoring"', '"Use them for all your plumbing needs!"'],
      passes: ['"Thank you to Smith & Sons for donating the benches"', '"Our kit is sponsored by Harbour Motors — thank you!"'],
      fix: 'Thank them without recommending them.',
    },
  },
  async check(ctx) {
    await reportLexiconPhrases(
      ctx,
      phrases,
      (entry, words) => `Reads as an endorsement: "${words}" — ${entry.note ?? ''}`.trim(),
      (text, end, entry) => entry.category !== 'recommend' || NAMED_NEXT.test(text.slice(end, end + 60)),
    );
    const names = await prepareNameKnowledge();
    for (const segment of proseSegments(ctx)) {
      if (!SENT_OR_SEE.test(segment.text)) continue;
      const found = SENT_YOU.exec(segment.text) ?? seePersonAtBusiness(segment.text, names);
      if (!found) continue;
      ctx.report({
        message: `Reads as an endorsement: "${found[0]}" — sending families to a person's business in the school's name reads as the school's endorsement.`,
        ...at(segment, found.index, found.index + found[0].length),
        suggestion: 'Thank them without sending parents to them.',
      });
    }
  },
};
