import type { Rule, RuleContext } from '../../core/types.js';
import type { Lexicon } from '../../lexicons/schema.js';
import { deriveHostilityData, findHostility, hostilityModelFrom, type HostilityData, type HostilityModel } from '../../text/hostility.js';
import { at, oncePerText, proseSegments, segmentTokens } from './shared.js';

export async function hostilityModel(ctx: Pick<RuleContext, 'lexicons'>): Promise<HostilityModel> {
  return ctx.lexicons.derived('hostility-model', async () => {
    const [derogatory, grammar] = await Promise.all([ctx.lexicons.get('derogatory'), ctx.lexicons.get('hostility')]);
    // Built CLI: the sets worked out at build time (dist/data.json); from source: worked out here.
    const data = ctx.lexicons.prebuilt<HostilityData>('hostility-model') ?? deriveHostilityData(derogatory as Lexicon, grammar as Lexicon, (await ctx.lexicons.get('derogatory-variants')) as Lexicon);
    return hostilityModelFrom(data, derogatory as Lexicon, grammar as Lexicon);
  });
}

export const derogatory: Rule = {
  meta: {
    id: 'text/derogatory',
    description: 'Insults, slurs, profanity, harassing or threatening language, hostile remarks about protected characteristics.',
    severity: 'error',
    inputs: ['text'],
    docs: {
      details:
        'A word list (lexicons/derogatory.yaml: profanity, insults and slurs with a category, an Ofcom-style strength and the source of each entry) and a grammar of hostile remarks (lexicons/hostility.yaml): a protected group linked to a negative feeling, a negative attribute, a dehumanising comparison, a harmful action said of the group ("X will ruin this town"), a threat, a denied good ("X are not human") or quality ("X are never any good", "No X is capable of …"), or a comparison that ranks them below an animal or anything at all ("A pig has more brains than X", "I’d rather have a rat as a neighbour than X"). Obfuscated spellings are undone first (leetspeak, spaced letters, words run together, one dropped or swapped letter, Cyrillic or Greek letters mixed in to look Latin, full-width and styled letters, letters masked with asterisks ("sc*m"), apostrophes left out ("cant stand")). ' +
        'Errors: slurs, hostile remarks about a group, threats and insults aimed at a person. Warnings, for a person to look at: profanity or insults aimed at no one ("this printer is shit"), quotations and counter-speech ("Calling people \'X\' is never OK"), reports of history and debates ("Hitler wanted to …", "Year 10 debated whether …"), reclaimed self-description. Nothing: a group mentioned neutrally or positively, what was done to a group told as history ("were segregated and treated like animals"), homonyms ("a walk along the dyke", "chicken nuggets").',
      fires: ['"You are nothing but a [slur]"', '"Immigrants are vermin"', '"I will hurt you"', '"That ref was an idiot"', '"I hate w0men"'],
      passes: ['"Our Muslim families celebrated Eid together"', '"We\'re proud of our gay and lesbian staff network"', '"Scunthorpe United visited; we assessed the cockpit; Dickens in class"', '"We hate to say goodbye to Year 6"'],
      fix: 'Remove or reword the language. A quotation that must stay (an anti-racism lesson) is marked with <!-- audit-ignore text/derogatory: reason -->.',
    },
  },
  async check(ctx: RuleContext) {
    const model = await hostilityModel(ctx);
    const hostility = oncePerText((segment) => findHostility(segment.text, model, segmentTokens(segment)));
    for (const segment of proseSegments(ctx)) {
      for (const finding of hostility(segment)) {
        ctx.report({
          message: finding.message,
          ...at(segment, finding.start, finding.end),
          suggestion: finding.suggestion,
          severity: finding.severity,
        });
      }
    }
  },
};
