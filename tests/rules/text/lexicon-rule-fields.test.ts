import { describe, expect, it } from 'vitest';
import { LexiconStore } from '../../../src/lexicons/store.js';

// The phrase-list rules (src/rules/text/lexicon-rule.ts) read only these fields of an entry. A field
// the schema allows but the rule ignores would look like it works in the YAML and change nothing.
const HONOURED = new Set(['terms', 'category', 'severity', 'note', 'suggestion', 'source', 'strength', 'except', 'caseSensitive', 'homonyms']);

describe.each(['solicitation', 'endorsement'])('lexicons/%s.yaml', (name) => {
  it('uses only the fields its phrase-list rule honours', async () => {
    const lexicon = await new LexiconStore().get(name);
    const ignored = lexicon.entries.flatMap((entry) => Object.keys(entry).filter((key) => !HONOURED.has(key)).map((key) => `${entry.terms[0]}: ${key}`));
    expect(ignored).toEqual([]);
  });
});
