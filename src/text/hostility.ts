// A small rule-based classifier for derogatory language: a word list (profanity, insults, slurs, each
// with a category, strength and source) plus a grammar of hostile remarks about a protected group —
// a group term (women, Muslims, gay people …) linked to a hostile word (a negative feeling, a negative
// attribute in predicate position, a dehumanising noun, a threat, a denied good: "not human"). Negation
// ("I don't hate …"), counter-speech ("saying that … shows how bigoted you are"), quotation, reclaimed
// self-description and homonyms ("a walk on the dyke") turn an error into a warning or into nothing.
//
// The classifier lives in src/text/hostility/, one job a module:
//   types.ts       the shapes: roles, terms, the model and its data, a match (Hit), a group named, a finding
//   model.ts       building the model from the lexicons (deriveHostilityData runs at build time)
//   find.ts        findHostility: the reading, the matches, the sentences, then judgeSentence for each
//   groups.ts      which protected groups a sentence names
//   judge.ts       judgeSentence: what in one sentence is hostile and what lessens it; the tests it
//                  reads with, each given the sentence read once (judge-sentence.ts: Sentence):
//     judge-sentence.ts     the Sentence, the groups it is about, where things stand in it
//     judge-negation.ts     what denies a word, and what only looks like a denial
//     judge-framing.ts      counter-speech, reports, disclaimers, a deed condemned or endorsed
//     judge-predicates.ts   what is said of the group: attributes, stereotypes, comparisons
//     judge-consequences.ts the group as a cause, or as something to be rid of
//     judge-violence.ts     violence with the group its victim
//     judge-links.ts        groupLinked: the group a hostile match is about, by its role
//   harmless.ts    readings that leave a violent or hostile word harmless ("kill the lights")
//   narration.ts   a remark told, reported or asked rather than made
//   targets.ts     whom a remark, an insult, a threat or a wish is aimed at
//   vocabulary.ts  the word sets the grammar reads
// This file is the entry point: it re-exports the public API.
export type { HostileFinding, HostilityData, HostilityModel, Role, Term } from './hostility/types.js';
export { buildHostilityModel, deriveHostilityData, hostilityModelFrom } from './hostility/model.js';
export { containersOf, disguisedReading, findHostility, hostileReading } from './hostility/find.js';
