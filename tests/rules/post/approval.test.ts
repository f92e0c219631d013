import { approval } from '../../../src/rules/post/approval.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(approval, {
  valid: [
    '---\nchannel: facebook\napproved_by: J. Patel\n---\n\nWhat a brilliant Harvest Festival!',
    '---\nchannel: website\naccount: official\napproved_by: Mrs Patel (Head)\n---\n\nThe PTA summer fair raised £2,400.',
    { name: 'a personal account needs no approval record', post: '---\naccount: personal\n---\n\nProud to volunteer at the fair today.' },
    { name: 'plain-text posts have no front matter to record approval in', post: 'Year 4 loved their trip to the Roman baths!', file: 'post.txt' },
    { name: 'HTML posts are not checked', post: '<p>Year 4 loved their trip!</p>', file: 'post.html' },
    { name: 'two people who checked it', post: '---\napproved_by: [J. Patel, Mr Oduya]\n---\n\nGreat day!' },
  ],
  invalid: [
    { post: '---\nchannel: facebook\n---\n\nGreat day at the farm!', errors: [{ message: 'approved_by is missing', line: 1, column: 1 }] },
    { name: 'no front matter at all', post: 'Great day at the farm!', errors: [{ message: 'approved_by' }] },
    { name: 'empty approved_by', post: '---\naccount: official\napproved_by: ""\n---\n\nGreat day!', errors: 1 },
    { name: 'approved_by that names no one', post: '---\napproved_by: [1, {a: b}]\n---\n\nGreat day!', errors: 1 },
    { name: 'approved_by: true', post: '---\napproved_by: true\n---\n\nGreat day!', errors: 1 },
    { name: 'an empty list', post: '---\napproved_by: []\n---\n\nGreat day!', errors: 1 },
  ],
});
