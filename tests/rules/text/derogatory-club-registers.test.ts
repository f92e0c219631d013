// Club and school-business posts probed in the fp33 session (2026-11-25: grassroots sport, pub leagues,
// match reports) that drew false alarms, each beside a neighbour that must still fire.
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(derogatory, {
  valid: [
    // A club's side named by whom it fields ("Ladies XV", "the ladies team", "Girls 1st XI"), and a game's
    // result told with a violent verb and a score, a margin, a win or the game.
    'Ladies XV are through to the Counties 2 final after a thumping 38-7 win over Daventry!',
    "Skittles night was a cracker. The ladies team beat the men's by 40 pins.",
    "The ladies beat the men's team 3-1 in the final.",
    'Ladies beat the men by 3 wickets on Sunday.',
    'Ladies beat the men at darts again.',
    'Girls 1st XI hammered Oakham in the cup.',
  ],
  invalid: [
    // Wished on the group, with no side and no game.
    { post: 'Women should all be beaten.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Ladies should be beaten, every one of them.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'I will beat every woman I see at the pub.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Women team up to defend trans people? They should all be beaten.', errors: [{ message: 'protected group', severity: 'error' }] },
  ],
});
