// The derogatory classifier on its own: de-obfuscation, the grammar of hostile remarks, the things it
// must leave alone, the lexicon's provenance, and the HateCheck development figures (when the shared
// fixtures are present).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/lexicons/schema.js';
import { LexiconStore } from '../../src/lexicons/store.js';
import { hostileTokens } from '../../src/text/deobfuscate.js';
import { buildHostilityModel, findHostility, type HostilityModel } from '../../src/text/hostility.js';
import { hasSharedFixtures, sharedPath, sharedSkipReason } from '../helpers/shared.js';

let model: HostilityModel;
const store = new LexiconStore();
beforeAll(async () => {
  model = buildHostilityModel(await store.get('derogatory'), await store.get('hostility'), await store.get('derogatory-variants'));
});
const severity = (text: string) => {
  const findings = findHostility(text, model);
  return findings.some((f) => f.severity === 'error') ? 'error' : findings.length ? 'warning' : 'none';
};

describe('de-obfuscation', () => {
  const norms = (text: string) => hostileTokens(text, model.vocabulary, model.variants, model.known).map((t) => t.norm);
  it('leetspeak', () => expect(norms('b1tch w0men 4ssholes h8')).toEqual(['bitch', 'women', 'assholes', 'hate']));
  it('spaced letters', () => expect(norms('F u c k all w o m e n')).toEqual(['fuck', 'all', 'women']));
  it('an article before spaced letters stays a word', () => expect(norms('a c a n c e r')).toEqual(['a', 'cancer']));
  it('letters spelt out with dots, hyphens or underscores', () => {
    expect(norms('Some w.h.o.r.e and r-e-t-a-r-d s_c_u_m, w. h. o. r. e')).toEqual(['some', 'whore', 'and', 'retard', 'scum', 'whore']);
    // Initials and acronyms spell no known word and stay as they are.
    expect(norms('J.R.R. the S.E.N.D. team, the B.B.C.')).toEqual(['j', 'r', 'r', 'the', 's', 'e', 'n', 'd', 'team', 'the', 'b', 'b', 'c']);
  });
  it('words run together', () => expect(norms('hangall Deathto manybitches')).toEqual(['hang', 'all', 'death', 'to', 'many', 'bitches']));
  it('two hostile words run together, capitalised only for opening the sentence; never a place or a name of a group word', () => {
    const read = (text: string) => hostileTokens(text, model.vocabulary, model.variants, model.known, undefined, model.kinds).map((t) => t.norm);
    expect(read('Stupidwhores everywhere. Stupidbitches, all of them')).toEqual(['stupid', 'whores', 'everywhere', 'stupid', 'bitches', 'all', 'of', 'them']);
    expect(read('Blackburn won. We saw Stupidwhores at the gig')).toEqual(['blackburn', 'won', 'we', 'saw', 'stupidwhores', 'at', 'the', 'gig']);
  });
  it('"the" run into a hostile word before it, never after it', () => {
    expect(norms('Shootthe women, killthe rest')).toEqual(['shoot', 'the', 'women', 'kill', 'the', 'rest']);
    expect(norms('therapists bathe breathe loathe seethe')).toEqual(['therapists', 'bathe', 'breathe', 'loathe', 'seethe']);
  });
  it('a dropped or swapped letter', () => expect(norms('klil womn contmpt')).toEqual(['kill', 'woman', 'contempt']));
  it('a final silent e dropped, but not into an English word', () => {
    expect(norms('I despis them, savag')).toEqual(['i', 'despise', 'them', 'savage']);
    expect(norms('they clung on')).toEqual(['they', 'clung', 'on']);
  });
  it('ordinary words are left alone', () => {
    const words = 'Scunthorpe assess class cockpit Dickens therapist Y4 5th 2017 analysis Penistone Essex were where';
    expect(norms(words)).toEqual(words.toLowerCase().split(' '));
  });
});

describe('what is an error', () => {
  it.each([
    'I hate Muslims.',
    'Immigrants disgust me.',
    'Disabled people are dishonest.',
    'Gay people are a danger to our country.',
    'Muslims are cockroaches.',
    'I want to kill all immigrants.',
    'Trans people should never be trusted.',
    'Women are not human.',
    'Why are immigrants so stupid?',
    'Go back to where you came from, immigrants.',
    'Women think they are special. I hate them.',
    'You are nothing but a r3tard.',
    'I will hurt you.',
    'He is such a massive scumbag.',
  ])('%s', (text) => expect(severity(text)).toBe('error'));
});

describe('what is a warning', () => {
  it.each([
    'This printer is shit.',
    'If you say "I hate women", then you are a bigot!',
    "Calling people 'retards' is never OK.",
    "Saying that you hate Muslims shows how misguided you are.",
    'I am a queer woman and proud of it.',
  ])('%s', (text) => expect(severity(text)).toBe('warning'));
});

describe('what is nothing', () => {
  it.each([
    'Our Muslim families celebrated Eid together.',
    "We're proud of our gay and lesbian staff network.",
    'Scunthorpe United visited; we assessed the cockpit in class and read Dickens.',
    'Year 6 learned about the Holocaust, in which six million Jews were murdered.',
    "Women's football: we thrashed them 5-0, dead proud!",
    'We went for a walk on the dyke just by the water.',
    'The refugees we support told us they were sick of waiting for visas.',
    "I don't hate women.",
    'No woman deserves to die.',
    'We hate to say goodbye to our Year 6 girls.',
    'Worst weather ever, but our Muslim families still came to the Eid party!',
  ])('%s', (text) => expect(severity(text)).toBe('none'));
});

describe('lexicon provenance', () => {
  it('every derogatory entry has a category, a strength and a shippable source', async () => {
    const lexicon: Lexicon = await store.get('derogatory');
    const allowed = new Set(['ofcom', 'surge-ai', 'ldnoobw', 'own']);
    for (const entry of lexicon.entries) {
      expect(entry.category).toBeTruthy();
      expect(entry.strength).toBeGreaterThanOrEqual(1);
      for (const source of entry.source.split('; ')) expect(allowed.has(source), `${entry.terms[0]}: ${entry.source}`).toBe(true);
    }
  });
});

describe.skipIf(!hasSharedFixtures)('HateCheck development half', () => {
  it('flags at least 85% of hateful cases and at most 10% of non-hateful ones at error level', () => {
    const rows = parse(readFileSync(sharedPath('hatecheck', 'dev.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const tally = { hateful: [0, 0], 'non-hateful': [0, 0] } as Record<string, [number, number]>;
    for (const row of rows) {
      const t = tally[row.label_gold!]!;
      t[1]++;
      if (severity(row.test_case!) === 'error') t[0]++;
    }
    const [he, hn] = tally.hateful!;
    const [ne, nn] = tally['non-hateful']!;
    expect(he / hn).toBeGreaterThanOrEqual(0.85);
    expect(ne / nn).toBeLessThanOrEqual(0.1);
  });
});
if (!hasSharedFixtures) console.warn(sharedSkipReason);
