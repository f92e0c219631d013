// Schemas of the name data in lexicons/ (given names, nicknames, the context words that tell a name
// from an ordinary word). Imported only by the data registry (build time / tests), never at start-up.
import * as z from 'zod';

const lowerWords = z.array(z.string().min(1).regex(/^[\p{Ll}\p{N}' -]+$/u, 'lower case only'));
/** A block of space-separated names (YAML folded scalar), kept compact in the built data. */
const nameBlock = z.string().regex(/^[\p{Ll}'\s-]*$/u, 'lower-case names separated by spaces');

export const givenNamesSchema = z
  .object({
    name: z.literal('given-names'),
    description: z.string().min(1),
    source: z.string().includes('Open Government Licence v3.0'),
    licence: z.string().min(1),
    minCount: z.number().int().positive(),
    frequentCount: z.number().int().positive(),
    frequent: nameBlock,
    names: nameBlock,
    alsoWords: nameBlock,
  })
  .strict();

export const nicknamesSchema = z
  .object({
    name: z.literal('nicknames'),
    description: z.string().min(1),
    groups: z
      .array(
        z
          .object({
            /** Spellings of the same name (Mohammed, Muhammad …): each matches every other. */
            names: lowerWords.min(1),
            /** Short forms that may stand for any of the names (Mo, Katie …). */
            nicknames: lowerWords.default([]),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const nameContextSchema = z
  .object({
    name: z.literal('name-context'),
    description: z.string().min(1),
    /** In the given-name list, but in a school post almost never a person (months, places, festivals, brands). */
    notNames: lowerWords,
    /** Names that are also ordinary words, beyond those the given-name list marks (will, bill …). */
    wordNames: lowerWords,
    /** Word-names that are also times of year: "Summer is here", "in May". */
    timeWords: lowerWords,
    /** A capitalised word followed by one of these is a place or an organisation ("Jordan Road"). */
    placeFollowers: lowerWords,
    /** A capitalised word after one of these is a place, a saint or a greeting ("St George", "Lake Victoria", "Eid Mubarak"). */
    placeLeaders: lowerWords,
    /** A name right after one of these is a part in a play or a book's title, not a pupil ("played Mary", "reading Matilda"). */
    roleMarkers: lowerWords,
    /** A name after one of these and "about" is a topic learnt about, not a pupil ("Year 2 learned about David and Goliath"). */
    topicMarkers: lowerWords.default([]),
    /** A name after one of these and "of" or "for" is a show's title ("production of Oliver!", "tickets for Annie"). */
    showMarkers: lowerWords.default([]),
    /** A word-name listed after one of these is a value a school names, not a pupil ("Our school values are Respect, Hope and Faith"). */
    valueMarkers: lowerWords.default([]),
    /** Written in capitals in a sentence that is not, a role or programme, not a name ("Our ELSA", "the HAF programme"). */
    capitalAcronyms: lowerWords.default([]),
    /** Words after a sentence-initial word-name that show it is a person ("Grace scored"). */
    personVerbs: lowerWords,
    /** Characters of stories schools retell, and the words that tell each story: such a name alone in a sentence with one of them is the character. */
    storyCast: z.array(z.object({ story: z.string().min(1), names: lowerWords.min(1), cues: lowerWords.min(1) }).strict()).default([]),
    /** Verbs after a pupil's surname alone that show a person did something ("Adebayo scored"): only then is a surname alone a pupil. */
    surnameVerbs: lowerWords.default([]),
    /** Words after a sentence-initial word-name that show it is a word ("Will you", "May we", "Hope everyone"). */
    wordFollowers: lowerWords,
    /** Words before a capitalised word that make it a place ("visited Florence", "in Sydney"). */
    placePrepositions: lowerWords,
    /** Words before "to" that make the capitalised word after it a place ("the Year 9 trip to Lincoln"). */
    placeBeforeTo: lowerWords.default([]),
    /** Prepositions before a month-name that make it a date ("in May"). */
    datePrepositions: lowerWords,
    /** Capitalised words that are never a person's first name in a post (Year, Class, Team …). */
    neverNames: lowerWords,
    /** The first two words of famous people's and characters' names ("florence nightingale"): not pupils. */
    famousPeople: lowerWords.default([]),
    /** Names that are also a people's, an age's or a colour's adjective, not a name before a noun ("Roman soldiers", "Navy blue"). */
    adjectiveNames: lowerWords.default([]),
    /** A name followed within a few capitalised words by one of these names an organisation or a trophy ("Ellen Wilkinson School"). */
    organisationFollowers: lowerWords.default([]),
    /** Festivals whose greeting follows them, also inside one hashtag ("Ramadan Kareem", "#EidMubarak"): not a person. */
    festivals: lowerWords.default([]),
    /** Peoples named together ("Gypsy, Roma and Traveller History Month"): listed beside another of them, a community's name, not a person's. */
    communityNames: lowerWords.default([]),
    /** Colours a school names its houses after: once a post names one ("Red house"), the others are houses too ("ahead of Blue on 338"). */
    houseColours: lowerWords.default([]),
  })
  .strict();

export type GivenNamesData = z.infer<typeof givenNamesSchema>;
export type NicknamesData = z.infer<typeof nicknamesSchema>;
export type NameContextData = z.infer<typeof nameContextSchema>;
