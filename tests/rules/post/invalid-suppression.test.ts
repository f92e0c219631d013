import { invalidSuppression } from '../../../src/rules/post/invalid-suppression.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(invalidSuppression, {
  valid: [
    '<!-- audit-ignore text/derogatory: quoting a pupil\'s anti-racism poem, approved by the Head -->\nThe poem said...',
    'An ordinary post with <!-- a normal HTML comment --> in it.',
  ],
  invalid: [
    { post: '<!-- audit-ignore text/derogatroy: typo -->\nText', errors: [{ message: 'does not exist: "text/derogatroy"', line: 1, column: 1 }] },
    { post: 'Intro.\n\n<!-- audit-ignore text/derogatory -->\nText', errors: [{ message: 'gives no reason', line: 3 }] },
  ],
});
