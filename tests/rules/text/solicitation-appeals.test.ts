// miss33: recruiting, selling and fundraising in words earlier drafts did not use; neighbours from a school's own life.
import { solicitation } from '../../../src/rules/text/solicitation.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(solicitation, {
  valid: [
    'Year 4 learned about the good news of Jesus in their RE lesson on the Gospels.',
    'Mrs Green is selling her lemon drizzle at the bake sale – all proceeds to the PTA!',
    'Welcome to Ellie, who is joining her team-mates in the netball squad this term.',
    'Thank you to everyone who came to our World Book Day party!',
  ],
  invalid: [
    { post: "Join us at St Mark's Evangelical Church on Sunday to hear the Good News of Jesus.", errors: 1 },
    { post: 'Any families interested in a new business opportunity? Jan is looking for people to join her team!', errors: 2 },
    { post: "Please support Mr Cole's wife's new nail salon on the High Street!", errors: 1 },
    { post: "Mrs Price's Usborne book party: order from her page and she gets free books!", errors: 2 },
    { post: 'Scout leader Pete has asked us to share his Go Fund Me for his trip.', errors: 1 },
    { post: "Please consider donating to Mrs Kaur's brother's campaign to become an MP.", errors: 1 },
    { post: 'Help Miss Hope raise money for her wedding: she\'s selling hand-made candles at £12 each!', errors: 2 },
  ],
});
