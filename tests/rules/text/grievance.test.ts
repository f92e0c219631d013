import { describe, expect, it } from 'vitest';
import { grievance } from '../../../src/rules/text/grievance.js';
import { ruleTester, runRule } from '../../helpers/rule-tester.js';

ruleTester(grievance, {
  valid: [
    'Year 4 loved their trip to the Roman baths!',
    'Thank you to our amazing staff for a brilliant Christmas fair.',
    'We lost the final 2–1, but we are so proud of our pupils and how they played.',
    'Sadly the trip was postponed because of the snow; parents will get a new date soon.',
    'Parents are warmly invited to our harvest assembly on Friday.',
    'Our school council chose three charities to support this year.',
    'The head thanked the PTA for raising £2,000 for new playground equipment.',
    'We never had to complain about the weather on our residential — sunshine all week!',
    'Anti-Bullying Week: pupils discussed why name-calling hurts and how to report it.',
    'Year 4 wrote to the children of Ukraine, whose homes were destroyed in the war.',
    'Year 4 read Dick Whittington and Moby Dick, then wrote to pupils in Scunthorpe.',
  ],
  invalid: [
    { post: 'Honestly fed up with SLT changing the timetable again without asking anyone.', errors: [{ message: 'complaint about SLT', severity: 'warning' }] },
    { post: 'Some parents are so rude and selfish at pick-up.', errors: [{ message: 'complaint about Some parents', severity: 'warning' }] },
    { post: 'Great concert!\n\nShame the trust is a shambles when it comes to funding.', errors: [{ message: 'the trust', line: 3 }] },
    { post: 'The staff here are disgusting, lazy and useless.', errors: [{ message: 'complaint' }] },
  ],
});

describe('a long paragraph of complaints', () => {
  it('reports each complaining sentence once, at its first target', async () => {
    const findings = await runRule(grievance, { post: 'The staff are useless and the parents are fed up with SLT. '.repeat(200) });
    expect(findings).toHaveLength(200);
    expect(new Set(findings.map((f) => f.excerpt))).toEqual(new Set(['staff are useless']));
  });
});
