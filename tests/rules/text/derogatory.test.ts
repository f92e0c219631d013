import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(derogatory, {
  valid: [
    'Year 4 loved their trip to the Roman baths!',
    'Our Muslim families celebrated Eid together with a shared lunch in the hall.',
    "We're proud of our gay and lesbian staff network, who led Tuesday's assembly.",
    'Scunthorpe United visited for a coaching session. We assessed the cockpit of the glider in class, then read Dickens.',
    'We hate to say goodbye to Year 6, but we know they will shine at secondary school.',
    'Black History Month: pupils researched Mary Seacole and Walter Tull.',
    'Our disabled pupils and their families led the inclusive sports day.',
    'Refugee Week: the choir sang songs from Syria and Ukraine, and our refugee families cooked for everyone.',
    'We went for a walk along the dyke by the river and spotted a heron.',
    'The school nurse talked to Year 2 about how germs and viruses spread.',
    'Our women in science assembly celebrated Marie Curie and Rosalind Franklin.',
    'Year 3 killed it at the concert — what a performance!',
    'The Year 5 play retold the story of the Three Little Pigs.',
    'In our anti-bullying assembly, pupils discussed why name-calling hurts and how to stand up to it.',
    'The Class 2 hamsters are the absolute stars of the classroom.',
    'Our history club studied how immigrants rebuilt Britain after the war.',
    'Year 6 read "Wonder" and talked about kindness to people who look different.',
    // Words wholly in another script are that language, not a disguise (Russian "сор" is litter).
    'Our Ukrainian families taught us to say Привет and to sweep up сор after the picnic; Greek club learnt ποτό.',
  ],
  invalid: [
    { post: 'Honestly, all immigrants are vermin.', errors: [{ message: 'hostile remark about a protected group', severity: 'error', line: 1, column: 15 }] },
    { post: 'I hate w0men who think they are better than us.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Gay people are d i s g u s t i n g.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Muslims should all be locked up.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Disabled people are not human.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Trans people make me sick.', errors: [{ message: 'protected group', severity: 'error' }] },
    { post: 'Great match.\n\nThat ref was an idiot though.', errors: [{ message: 'insult aimed at a person', severity: 'error', line: 3 }] },
    { post: 'If you keep parking on the zigzags I will hurt you.', errors: [{ message: 'Threatening', severity: 'error' }] },
    { post: 'The new printer is shit.', errors: [{ message: 'Profanity', severity: 'warning' }] },
    { post: "He told the class that calling people 'retards' is never OK.", errors: [{ severity: 'warning' }] },
    { post: 'You are nothing but a sp4stic.', errors: [{ message: 'slur', severity: 'error' }] },
    { post: '![The whole class](class.jpg "what a bunch of idiots you are")', errors: [{ severity: 'error' }] },
    // Letters that only look Latin, full-width and styled letters: read as the word they show.
    { post: 'That ref was an іdіot.', errors: [{ message: 'insult aimed at a person', severity: 'error' }] },
    { post: 'That ref was an Ｉｄｉｏｔ.', errors: [{ message: 'insult aimed at a person', severity: 'error' }] },
    { post: 'That ref was an 𝐢𝐝𝐢𝐨𝐭.', errors: [{ message: 'insult aimed at a person', severity: 'error' }] },
  ],
});
