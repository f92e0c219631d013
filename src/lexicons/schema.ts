// Word and phrase lists are data (lexicons/*.yaml), validated here when loaded.
import * as z from 'zod';
import { alternativesProblem, expandAlternatives } from './alternatives.js';

/** Phrases, each of which may list alternatives in braces: "lost {his|her} {mum|dad}" (see alternatives.ts). */
const phrases = z
  .array(
    z
      .string()
      .min(1)
      .superRefine((term, ctx) => {
        const problem = alternativesProblem(term);
        if (problem) ctx.addIssue({ code: 'custom', message: `${problem} in "${term}" (write alternatives as "lost {his|her} mum")` });
      }),
  )
  .transform((terms) => terms.flatMap(expandAlternatives));

export const lexiconEntrySchema = z
  .object({
    /**
     * Words or phrases; a trailing * matches any ending ("bull*"), and braces list alternatives ("lost
     * {his|her} mum"; "{now |}lives with" makes "now" optional). Case and accents are ignored.
     */
    terms: phrases.pipe(z.array(z.string()).min(1)),
    category: z.string().min(1),
    severity: z.enum(['error', 'warning', 'info']),
    /** Why it matters or when it does not — shown to the user. */
    note: z.string().optional(),
    /** What to write instead. */
    suggestion: z.string().optional(),
    /** Where the entry came from: "own", or a third-party list whose licence allows it. */
    source: z.string().default('own'),
    /** Strength 1 (mild) … 4 (strongest), for rated lists such as Ofcom's. */
    strength: z.number().int().min(0).max(4).optional(),
    /** Only an error when tied to a person (a name, "my son", "a pupil") nearby; otherwise a warning. */
    needsPerson: z.boolean().optional(),
    /** Phrases that, when they contain the match, mean it is not a finding ("anti-bullying week"). */
    except: phrases.optional(),
    /** Only a whole-word, case-sensitive match counts (e.g. an acronym that is also a word). */
    caseSensitive: z.boolean().optional(),
    /** An ordinary or reclaimed word whose offensive sense needs a target ("you …"): elsewhere only a warning. */
    aimedOnly: z.boolean().optional(),
    /**
     * Words that lead into a term of the same category ("diagnosed with"): reported on their own when
     * the condition is not in the list ("diagnosed with aortic stenosis"), as one finding with it when
     * it is ("diagnosed with diabetes").
     */
    leadIn: z.boolean().optional(),
    /** Only reported when one of these words is in the same sentence ("died" needs "mum", "dad" …). */
    context: z.array(z.string()).optional(),
    /** `context` may be found in the sentence before too: "We got Outstanding!!! … the report will be out in a few weeks" (miss29). */
    contextBefore: z.boolean().optional(),
    /** Words that, in the same sentence, show the innocent sense ("dog" for "bitch"): then no finding. */
    homonyms: z.array(z.string()).optional(),
    /**
     * Words that, in the same sentence, say the term is meant after all, whatever homonym is there:
     * "Governors will vote tomorrow on the school closure" is a plan, though "tomorrow" is a homonym.
     */
    homonymsUnless: z.array(z.string().min(1)).optional(),
    /**
     * Homonyms that clear the term from the sentence before it too: "We're having a different session
     * this Friday. We will be closing the centre and litter picking instead" is that Friday's closure.
     */
    homonymsBefore: z.array(z.string().min(1)).optional(),
    /**
     * Under a title ("# School closure"), how the paragraphs below clear the title's term. A homonym of
     * `needWith` (a day or an hour: "today", "Monday", "1pm") clears it only in a sentence that tells
     * of the same thing — with a term of the entry or one of `with` ("The school will be closed today"),
     * not "We will tell families tomorrow"; any other homonym (a cause: "snow", "boiler", "strike")
     * clears it in any sentence; and nothing clears it when the text below has one of `unless`
     * ("permanently", "next July": a plan). Without this field, any homonym below clears it.
     */
    homonymsUnderTitle: z
      .object({ needWith: z.array(z.string().min(1)).min(1), with: z.array(z.string().min(1)).min(1), unless: z.array(z.string().min(1)).optional() })
      .strict()
      .optional(),
    /**
     * An error only when one of `words` is in the same sentence too; otherwise a warning with its own
     * note and suggestion. "Sam's dad died" is a family circumstance (error); "Eric, a pupil in Year 3,
     * has died" is the school announcing a death, which a person checks the family agreed to (warning).
     */
    warnUnless: z
      .object({ words: z.array(z.string().min(1)).min(1), note: z.string().min(1), suggestion: z.string().min(1) })
      .strict()
      .optional(),
    /**
     * A warning, with its own note and suggestion, when one of `words` is in the same sentence — and,
     * when `with` is given, one of those too: a relative's illness or death told as the reason for a
     * fundraiser ("donated her hair in memory of her granny, who died of cancer") is the family's news,
     * shared as they agreed, not a confidential record.
     */
    warnWhen: z
      .object({ words: z.array(z.string().min(1)).min(1), with: z.array(z.string().min(1)).min(1).optional(), note: z.string().min(1), suggestion: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();

export const lexiconSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().min(1),
    licence: z.string().optional(),
    entries: z.array(lexiconEntrySchema),
  })
  .strict();

export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
export type Lexicon = z.infer<typeof lexiconSchema>;
