// Ordinary school news that names a protected group (tests/fixtures/text/group-mentions.txt): a group
// named in good news is no hostile remark, whatever everyday words surround it ("The next refugee family
// to arrive will be welcomed …", "You can tell the Sikh families had been cooking").
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const sentences = readFileSync(fileURLToPath(new URL('../../fixtures/text/group-mentions.txt', import.meta.url)), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

ruleTester(derogatory, {
  valid: [
    ...sentences,
    // A possessive naming a thing of theirs, after a group noun used as an adjective.
    "Muslim families' consent forms should be sent back to the office by Friday.",
    "Disabled pupils' laptops should be sent back for repair.",
    // Sent home unwell: a school's everyday, of any group.
    'Muslim pupils who are fasting and feel unwell should be sent home.',
  ],
  // The same words turned against the group.
  invalid: [
    { post: 'You can always tell when refugees have been in, they stink.', errors: [{ severity: 'error' }] },
    { post: 'The next refugee family to arrive should be sent straight back.', errors: [{ severity: 'error' }] },
    { post: 'Refugees should all be sent straight back.', errors: [{ severity: 'error' }] },
    { post: "Jewish families' homes should be burned.", errors: [{ severity: 'error' }] },
  ],
});
