// miss33: a bare complaint as its own sentence beside the target's, a complaint said of the target by a pronoun in the
// next sentence, and complaints in a club's or a supply teacher's own words; neighbours where the complaint is no one's.
import { grievance } from '../../../src/rules/text/grievance.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(grievance, {
  valid: [
    'The trust has given every school new laptops. What a day!',
    'Some parents asked about parking. Please use the church car park.',
    'Thank you to the council for the new crossing. It only took a morning to paint!',
    'Our U9s lost 6-0 today, but the referee was fantastic with the children. Well played everyone.',
    'Thank you to the PTA. The school hall looks amazing. Shambles no more!',
    'We read Matilda in class. The Trunchbull has no manners at all!',
  ],
  invalid: [
    { post: 'Honestly fed up. The trust has cut our TA hours again and expects us to run interventions out of thin air. Shambles.', errors: 1 },
    { post: 'Our youth club funding is cut by the council AGAIN. They clearly don\'t care about young people in this town.', errors: 1 },
    { post: 'Our U9s lost 6-0 today thanks to a referee who clearly had no idea what he was doing.', errors: 1 },
    { post: 'Some parents really need to learn how to park.', errors: 1 },
    { post: 'We\'re really disappointed: the inspector clearly made up her mind before she walked in.', errors: 1 },
    { post: 'Music results: great, no thanks to the head of department who cancelled half our rehearsals.', errors: 1 },
    { post: 'Shoutout to the parent who screamed at our receptionist on Monday.', errors: 1 },
  ],
});
