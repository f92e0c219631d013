// miss34: matters in words earlier drafts did not use — an attendance case, a PSP, the LADO, whistleblowing, custody, a
// family's debts or income, a young carer's care — and people told in new ways: a full name opening the sentence, initials
// with a class, the writer's own relative, "they" after a family named before, names said to be the term ("… are Kai Doyle").
import { confidential } from '../../../src/rules/text/confidential.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(confidential, {
  valid: [
    'Whole-school attendance is 95.1% this half term. Every day counts, so please ring the office before 9am if your child is ill.',
    'Our persistent absence figures are down this year: thank you, families!',
    'J.S. in 8R wins our logo competition! Her design will be on the new PE kit.',
    'Our whistleblowing policy has been updated and is on the website, along with the complaints procedure.',
    'If an allegation is made against a member of staff, the headteacher will contact the LADO.',
    'We had a brilliant talk from the Young Offenders team about making good choices.',
    'A reminder that dinner money for next half term is due by Friday on ParentPay.',
    'Families on a low income can apply for free transport through the council website.',
    'Ellie looked after her mum\'s stall at the Christmas fair and sold every cake!',
    "We're collecting for the Mills family, who have just welcomed twins. They're now living in a very busy house!",
    'Sam Doyle scored twice in the final and was named player of the match.',
    'My dad came in to talk to Year 2 about his job as a firefighter.',
  ],
  invalid: [
    { post: 'Our persistent absentees this term are Kai Doyle (Y4), Leonie Marsh (Y6) and the Brennan twins.', errors: [{ message: 'persistent absentees', severity: 'error' }] },
    { post: 'Kai Doyle is persistently absent and has been referred to the attendance panel.', errors: [{ message: 'persistently absent', severity: 'error' }, { message: 'attendance panel', severity: 'error' }] },
    { post: 'Sam Doyle has an EHCP.', errors: [{ message: 'EHCP', severity: 'error' }] },
    { post: 'J.S. in 8R is on a PSP from today and will be working in the Base every morning.', errors: [{ message: 'PSP', severity: 'error' }] },
    { post: 'Sadly Noah has been referred to the LADO along with the swimming instructor.', errors: [{ message: 'LADO', severity: 'error' }] },
    { post: 'Mrs Renshaw in the office has raised a whistleblowing concern about the school fund.', errors: [{ message: 'whistleblowing concern', severity: 'error' }] },
    { post: "A: Getting through the year after my brother was sent to a young offenders' institution.", errors: [{ message: 'young offenders', severity: 'error' }] },
    // A death in the writer's own family, in a head's letter (fp34): theirs to tell, so a warning to check they meant it.
    { post: 'Many of you will know that my father died in October. Thank you for your kind messages and cards.', errors: [{ message: "writer's own family", severity: 'warning' }] },
    { post: 'Leo in Year 3 told the class that my dad died when I was small, like his did.', errors: [{ message: 'died', severity: 'error' }] },
    { post: 'My brother died in a car crash last year.', errors: [{ message: 'died', severity: 'error' }] },
    // A heading's consent is told in the paragraph under it (fp34).
    {
      post: "# Diabetes awareness: Lucy's assembly\n\nLucy in Year 5, with her family's permission, led our assembly about living with type 1 diabetes.\n",
      errors: [{ message: 'Diabetes', severity: 'warning' }, { message: 'diabetes', severity: 'warning' }],
    },
    { post: "# Diabetes awareness: Lucy's assembly\n\nLucy in Year 5 led our assembly about living with type 1 diabetes.\n", errors: [{ message: 'Diabetes', severity: 'error' }, { message: 'diabetes', severity: 'error' }] },
    { post: 'Tyler and Jade-Louise, who are now under a Fast Track attendance prosecution, are in 4H.', errors: [{ message: 'attendance', severity: 'error' }] },
    { post: 'We have £340 owing. The worst accounts are the Moores (£92) and the Simmons family (£78).', errors: [{ message: 'worst accounts', severity: 'error' }] },
    { post: 'Mason Fuller, Lacey-Mae Thorne and Ben Ogundipe qualify through the low-income route.', errors: [{ message: 'low-income route', severity: 'error' }] },
    { post: 'We celebrated Maddie in 6T, who looks after her mum (MS) every evening and still hands in her homework.', errors: [{ message: 'looks after her mum', severity: 'error' }] },
    {
      post: "We're raising money for the Mills family. Their house burned down last week and they're now living in temporary accommodation through the council.",
      errors: [{ message: 'temporary accommodation', severity: 'error' }],
    },
    { post: 'The consultation closes on Friday, with two TA posts at risk of redundancy.', errors: [{ message: 'posts at risk of redundancy', severity: 'error' }] },
  ],
});
