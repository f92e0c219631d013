// Ordinary school posts in registers probed in the fp28 session (2026-11-24: subject blogs, clubs, guest
// speakers, set texts, the school's animals) that drew false alarms, each beside a neighbour that must still fire.
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(derogatory, {
  valid: [
    // fp28 probes (2026-11-24): an atrocity named and then told, a victim's last of several things done to them,
    // a martial art taught, a toy in a game, a path fought ("her way to gold").
    'Year 10 learned about the Srebrenica genocide, when more than 8,000 Bosnian Muslim men and boys were murdered.',
    'Year 9 studied the Armenian genocide, in which Armenian Christians were deported and massacred.',
    'Year 12 studied the Chinese Exclusion Act and how Chinese workers were attacked and driven out of towns in the American West.',
    'Kickboxing club is now open to Year 7 and 8: learn to punch, kick and defend yourself in a safe, supervised session.',
    'Coding club built a game where zombies attack the school and you must shoot them with water pistols.',
    'The judo team fought like tigers at the nationals, with Sara strangling her way to gold.',
    // History told in the past after the event's name; a deed after "before" in a past sentence; jokes denied to be harmless (a warning).
    'Year 11 learned about the Amritsar massacre, when British troops opened fire on unarmed Sikhs, Hindus and Muslims.',
    'Year 10 learned about the Yazidi genocide, when ISIS murdered Yazidi men and enslaved Yazidi women.',
    'Year 13 studied Rwanda, where Hutu extremists called Tutsis cockroaches before slaughtering them.',
    // Others taught a hatred, told (PSHE); a hurt already done.
    'Year 11 PSHE: incel culture and the online spaces where young men are taught to hate women.',
    'Influencers teach boys to hate women, Year 10 learned in PSHE.',
    'Our sixth form Christian Union discussed what it means to forgive someone who has hurt you.',
    // Good luck and study tips in violent words.
    'Break a leg tonight, cast of Grease! We know you will knock them dead.',
    "Kill them with kindness, as Mrs Hart always says, and you can't go wrong.",
    'Year 11 revision tip: make a hit list of the topics you find hardest and attack them first.',
  ],
  invalid: [
    // fp28 neighbours: wished, not told; aimed at a person, not a path or a toy.
    { post: 'There should be a massacre in which all Muslims were killed.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'We want a genocide in which Christians die.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Chinese workers should be attacked and driven out.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'I wish Chinese workers were attacked and driven out.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'I will strangle her with my bare hands.', errors: [{ message: 'Threatening', severity: 'error' }] },
    { post: "I'll punch you and then defend myself.", errors: [{ message: 'Threatening', severity: 'error' }] },
    { post: "I'll attack the car and you will be next.", errors: [{ message: 'Threatening', severity: 'error' }] },
    { post: 'I will shoot you with my gun.', errors: [{ message: 'Threatening', severity: 'error' }] },
    { post: 'I support the genocide, when all Muslims are wiped out.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Find them before slaughtering them.', errors: [{ message: 'Threatening', severity: 'error' }] },
    { post: "I'll find you before killing you.", errors: [{ message: 'Threatening', severity: 'error' }] },
    { post: 'I was taught to hate Muslims and I still do.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'We teach our sons to hate Muslims.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Boys should learn to hate women.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: "I'd have hurt you if they hadn't stopped me.", errors: [{ message: 'Threatening', severity: 'error' }] },
    { post: 'I have to hurt you.', errors: [{ message: 'Threatening', severity: 'error' }] },
    { post: 'I will kill them with a knife.', errors: [{ message: 'Threatening', severity: 'error' }] },
    { post: 'Make a list of the people who annoy you and attack them.', errors: [{ message: 'Threatening', severity: 'error' }] },
    { post: 'Find the boys who did it and attack them.', errors: [{ message: 'Threatening', severity: 'error' }] },
    { post: 'Year 9 PSHE: we talked about why jokes about women drivers, lazy immigrants or stingy Jews are not harmless banter.', errors: [{ message: 'counter-speech', severity: 'warning' }] },
    { post: 'Jokes about lazy immigrants are harmless banter.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Jokes about lazy immigrants are funny because they are true.', errors: [{ message: 'protected group', severity: 'error' }] },
  ],
});
