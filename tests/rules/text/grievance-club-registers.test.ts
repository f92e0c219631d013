// Club and school-business posts probed in the fp33 session (2026-11-25: closure notices, school menus, a club's
// statement on abuse of a referee) that drew false alarms, each beside a neighbour that must still fire.
import { grievance } from '../../../src/rules/text/grievance.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(grievance, {
  valid: [
    // A closure notice's fault in the building's services (lexicon category services).
    'URGENT: Due to a heating failure the school will be closed to pupils tomorrow (Thursday).',
    'URGENT: due to a power cut the school is closed today.',
    // A dish's name (lexicon category dish).
    "Today's pudding: spotted dick and custard 🍮 A school dinner classic!",
    // A club's statement on abuse of a referee: the wrong is done to the target, and "we will not tolerate" it.
    'A spectator has been banned from attending matches for two years for abusive behaviour towards a young referee. We will not tolerate the abuse of referees.',
    'Racist abuse aimed at one of our players is disgusting and shameful.',
  ],
  invalid: [
    // The school itself scored after the fault; the head called a dick; the staff abusive; referees called useless.
    { post: 'After the heating failure the school was terrible and awful.', errors: [{ message: 'the school' }] },
    { post: 'Heating failure again: the school is a failure, a total failure.', errors: [{ message: 'the school' }] },
    { post: 'Spotted the head being a dick at the school gate.', errors: [{ message: 'the head' }] },
    { post: 'The head is a dick.', errors: [{ message: 'The head' }] },
    { post: 'The staff were abusive towards the parents, disgusting.', errors: [{ message: 'the staff' }] },
    { post: 'The referees are useless and we will not tolerate it any more.', errors: [{ message: 'useless' }] },
  ],
});
