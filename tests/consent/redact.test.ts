// The redactor matches plain names by a set lookup of whole words and searches a file path only for
// the full names it could hold; it must mask exactly what the single pattern of every name it
// replaced masked (kept here), or more — never less: also a name written without its accents or run
// together with another or a number, as the matcher finds them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesInsideWords, redactor } from '../../src/consent/redact.js';
import type { ConsentRecord, Pupil } from '../../src/consent/record.js';

function record(names: [string, string, string?][]): ConsentRecord {
  const pupils = names.map(([firstName, lastName, preferredName], i) => {
    const pupil = { row: i + 1, firstName, lastName, photoWebsite: true, photoSocial: true, video: true, namePublished: true, doNotPublish: false } as Pupil;
    if (preferredName) pupil.preferredName = preferredName;
    return pupil;
  });
  return { file: 'consent.csv', pupils };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The redactor as it was: one pattern of every name part, one of every full name for paths. */
function oldRedactor(consent: ConsentRecord) {
  const names = new Set<string>();
  const fullNames: string[] = [];
  for (const pupil of consent.pupils) {
    for (const name of [pupil.firstName, pupil.lastName, pupil.preferredName]) {
      for (const part of (name ?? '').split(/[\s-]+/)) if (part.length >= 2) names.add(part);
    }
    if (pupil.firstName && pupil.lastName) {
      const [first, last] = [escape(pupil.firstName), escape(pupil.lastName)];
      fullNames.push(`${first}[\\s_.-]*${last}`, `${last}[\\s_.,-]*${first}`);
    }
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  const word = names.size > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...names].map(escape).sort(byLength).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  const path = fullNames.length > 0 ? new RegExp(fullNames.sort(byLength).join('|'), 'giu') : undefined;
  return {
    text: (text: string) => (word ? text.replace(word, '[redacted]') : text),
    path: (file: string) => (path ? file.replace(path, 'redacted') : file),
  };
}

const NAMES = ['Amelia', 'Smith', "O'Neil", 'St.John', 'Evie-Rose', 'Jo', 'Zoë', 'Łukasz', 'Nowak', 'Ahmed', 'ALI', 'Straße', 'Σοφία', 'Li', 'D’Souza', 'Mary Jane'];
const name = fc.constantFrom(...NAMES);
// (Not "STRASSE": the set lookup folds ß to ss and masks it for Straße, which the pattern did not — more, never less.)
const pieces = [...NAMES, 'amelia', 'SMITH', 'o\'neil', 'st.john', 'ΣΟΦΊΑ', 'σοφία', ' ', '-', '_', '.', ',', "'s", '/', 'photo', '2026', 'x', 'Ameliaa', 'Smithson'];

/** Runs `check` on 3,000 random records (up to six pupils of the names above) and texts of the pieces above. */
function forRandomRecordsAndTexts(check: (consent: ConsentRecord, text: string) => void): void {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(name, name, fc.option(name, { nil: undefined })), { minLength: 1, maxLength: 6 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 25 }),
      (names, parts) => {
        check(record(names.map(([a, b, c]) => (c === undefined ? [a, b] : [a, b, c]))), parts.join(''));
      },
    ),
    { numRuns: 3000, seed: 20261122 },
  );
}

describe('redactor', () => {
  it('masks the names in text and the full names in paths as the single pattern did', () => {
    const mask = redactor(record([['Amelia', 'Smith'], ["O'Neil", 'Jo'], ['Evie-Rose', 'Nowak', 'Evie']]));
    expect(mask("Well done Amelia SMITH, Jo O'Neil and EVIE (Evie-Rose Nowak)! Ameliaa is not her.")).toBe(
      "Well done [redacted] [redacted], [redacted] [redacted] and [redacted] ([redacted]-[redacted] [redacted])! Ameliaa is not her.",
    );
    expect(mask.path('photos/amelia_smith-2026.jpg')).toBe('photos/redacted-2026.jpg');
    expect(mask.path('photos/Smith, Amelia.jpg')).toBe('photos/redacted.jpg');
    expect(mask.path('photos/team.jpg')).toBe('photos/team.jpg');
    // Folding further than the pattern did masks more, never less.
    expect(redactor(record([['Lena', 'Straße']]))('Lena STRASSE and Lena Straße')).toBe('[redacted] [redacted] and [redacted] [redacted]');
  });

  it('masks a name however the matcher finds it written: without accents, run together, with a number', () => {
    const mask = redactor(record([['Zuzanna', 'Wójcik'], ['Łukasz', 'Nowak'], ["Seán", "O'Connor"], ['Kwame', 'Mensah']]));
    expect(mask('could not read ZuzannaWojcik.jpg, zuzanna_wojcik_sports.jpg and kwame1.jpg')).toBe(
      'could not read [redacted].jpg, [redacted]_[redacted]_sports.jpg and [redacted]1.jpg',
    );
    expect(mask('#kwamemensah #MensahKwame Lukasz NOWAK, Sean Oconnor, Photo2026')).toBe('#[redacted] #[redacted] [redacted] [redacted], [redacted] [redacted], Photo2026');
    expect(mask.path('photos/ZuzannaWojcik.jpg')).toBe('photos/redacted.jpg');
    expect(mask.path('photos/lukasz-nowak_2026.jpg')).toBe('photos/redacted_2026.jpg');
    expect(mask.path("photos/Sean O Connor.jpg")).toBe('photos/redacted.jpg');
  });

  it('masks at least what the single pattern did on random records, texts and paths', () => {
    forRandomRecordsAndTexts((consent, text) => {
      const before = oldRedactor(consent);
      const mask = redactor(consent);
      // Nothing the pattern would mask is left (more may be masked: a name run together, without its accents).
      const masked = mask(text);
      expect(before.text(masked)).toBe(masked);
      const path = mask.path(text);
      expect(before.path(path)).toBe(path);
    });
  });
});

/** The pattern consentMask built before: every name part of 3+ letters, anywhere, longest first. */
function oldInWords(consent: ConsentRecord) {
  const names = new Set<string>();
  for (const pupil of consent.pupils) {
    for (const n of [pupil.firstName, pupil.lastName, pupil.preferredName]) {
      for (const part of (n ?? '').split(/[\s-]+/)) if (part.length >= 3) names.add(part.toLowerCase());
    }
  }
  const pattern = names.size > 0 ? new RegExp([...names].sort((a, b) => b.length - a.length).map(escape).join('|'), 'giu') : undefined;
  return (text: string) => (pattern ? text.replace(pattern, '[redacted]') : text);
}

describe('namesInsideWords', () => {
  it('masks a name inside a word and agrees with the single pattern on random text', () => {
    expect(namesInsideWords(record([['Amelia', 'Smith']]))('#AmeliaSmith2026 and smithy')).toBe('#[redacted][redacted]2026 and [redacted]y');
    expect(namesInsideWords(undefined)('Amelia')).toBe('Amelia');
    forRandomRecordsAndTexts((consent, text) => expect(namesInsideWords(consent)(text)).toBe(oldInWords(consent)(text)));
  });
});
