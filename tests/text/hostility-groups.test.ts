// A finding about a group names the protected characteristic the remark is about ("disabled pupils —
// disability"): that is the note of the group's lexicon entry, so the note of every identity entry
// must be a characteristic, not a remark about how the entry is used.
import { describe, expect, it } from 'vitest';
import { LexiconStore } from '../../src/lexicons/store.js';
import { derogatory } from '../../src/rules/text/derogatory.js';
import { runRule } from '../helpers/rule-tester.js';

// The Equality Act 2010's characteristics as the lexicon words them, with nationality and migration
// (part of race in the Act) named on its own because most such remarks are about it.
const CHARACTERISTICS = new Set(['age', 'disability', 'gender reassignment', 'pregnancy and maternity', 'race', 'nationality and migration', 'religion or belief', 'sex', 'sexual orientation']);

describe('the groups of the hostility lexicon', () => {
  it('each identity entry notes the characteristic it belongs to', async () => {
    const grammar = await new LexiconStore().get('hostility');
    const identities = grammar.entries.filter((e) => e.category === 'identity-noun' || e.category === 'identity-adjective');
    expect(identities.length).toBeGreaterThan(10);
    for (const entry of identities) expect(CHARACTERISTICS, `${entry.terms.slice(0, 3).join(', ')}…`).toContain(entry.note);
  });

  it('a finding names the characteristic after the words of the post', async () => {
    const findings = await runRule(derogatory, { post: 'Disabled people are disgusting.\n\nGay pupils are vermin.' });
    expect(findings.map((f) => f.message)).toEqual([
      'A hostile remark about a protected group (Disabled people — disability)',
      'A hostile remark about a protected group (Gay pupils — sexual orientation)',
    ]);
  });
});
