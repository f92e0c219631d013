// Ordinary school news, written like the posts schools publish every day, through every text rule:
// none may draw an error. Each post leans on words a careless checker trips over (sport, history,
// science, RE, place names, books).
import { describe, expect, it } from 'vitest';
import { textRules } from '../../src/rules/index.js';
import { runRule } from '../helpers/rule-tester.js';

const config = { school: { phones: ['01632 960000'], emailDomains: ['harbourside.example.sch.uk'], accounts: ['@HarbourPrimary'] } };

const POSTS = [
  'What a match! Our netball team shot 14 goals and Amelia’s shooting was on fire. We absolutely smashed it.',
  'The Year 6 footballers destroyed the opposition 6–0 and killed it in the second half. Dead proud of them!',
  "Our women's football team will shoot for the county title on Saturday — come and cheer!",
  'Year 5 studied the Blitz: thousands of people were killed and London was bombed night after night.',
  'In RE, Year 4 learned how Muslims, Jews and Christians celebrate their festivals, and visited the mosque.',
  'Holocaust Memorial Day: Year 6 read about Anne Frank, who died in Bergen-Belsen in 1945.',
  'Science week: Year 3 grew bacteria, learned how a virus spreads and why we wash our hands.',
  'Our Black History Month assembly celebrated Mary Seacole, Walter Tull and Benjamin Zephaniah.',
  'We raised £640 for Cancer Research UK at the Race for Life — thank you, families!',
  'Pride Month: the library has a new display of books with gay, lesbian and trans characters.',
  'Refugee Week: our refugee and asylum-seeking families shared food and stories from home.',
  'Year 2 spotted blue tits, a cock pheasant and a great spotted woodpecker on the nature trail.',
  'Year 4 read Dick Whittington and Moby Dick, then wrote to pupils in Scunthorpe, Penistone and Cockermouth.',
  'Year 6 studied slavery and the abolition movement; pupils wrote powerful speeches against racism.',
  'Anti-Bullying Week: pupils discussed why name-calling hurts and how to report it.',
  'Boudicca burned Londinium to the ground — Year 4 acted out the revolt with cardboard swords.',
  'The Romans executed rebels and conquered Britain; Year 3 built a model fort.',
  'Our disabled athletes’ club won the inclusive sports cup — amazing effort from everyone.',
  'The elderly residents at Oak Lodge loved hearing the choir sing carols.',
  'Year 1 learned that a female dog is called a bitch and a male fox is a dog fox.',
  'Remember: Black Friday is not a school event — the uniform shop keeps its normal prices!',
  'Mrs Patel retires this summer after 22 years. Thank you for everything!',
  'Mr Jones is back from paternity leave and thrilled to introduce baby Sam to the class photo wall.',
  'Please collect your child from the main gate at 3.15pm; the coach will be back at school at 5pm.',
  'Year 6 had a brilliant residential in the Lake District and stayed at a lovely youth hostel.',
  "Thanks to @HarbourPrimary's PTA for the cakes. #SportsDay2026",
  'Our new SENCO, Ms Adeyemi, will hold drop-in sessions for families on Tuesdays.',
  'Autism Acceptance Week: the whole school wore blue and learned about neurodiversity.',
  'World Mental Health Day: Year 5 talked about feelings and who they can ask for help.',
  'The Great Fire of London killed few people but destroyed 13,000 houses.',
  "Year 3 hated saying goodbye to the farm animals — the pigs were everyone's favourite.",
  'We are so proud of our pupils: the inspectors said behaviour was outstanding.',
  'Year 5 debated whether zoos are cruel to animals and voted to write to the council.',
  'The Year 6 production of Oliver! was a triumph — Fagin and the Artful Dodger stole the show.',
  'Our chess club beat St Mary’s 5–1; Arlo checkmated his opponent in nine moves.',
  'Year 2 planted pansies and learned that hoes and rakes are garden tools.',
  'The Guy Fawkes plotters were hanged in 1606 — Year 5 debated whether he was a hero or a villain.',
  'Year 4 wrote to the children of Ukraine, whose homes were destroyed in the war.',
  'Our Muslim pupils who are fasting for Ramadan can use the quiet room at lunchtime.',
  'The Year 6 leavers’ assembly had us in tears — we hate to see them go!',
  "Any questions? We'll shoot you an email with the kit list, and this maths puzzle will hurt your brain!",
  'Book now for the panto: you will die laughing, and the cakes at the interval are to die for.',
  // From a sweep of 317 ordinary school, trust, PTA, club and Scout posts: each drew an error before.
  'Sadly, many children experience the death of someone close to them while they are at school. Winston’s Wish can help.',
  'During Anti-Bullying Week, pupils explored what bullying is and what to do if they are bullied or see someone else being bullied.',
  'Mrs Anna Kowalski — our new SENCo, who has fifteen years’ experience supporting pupils with special educational needs.',
  'Your child may be entitled to free school meals if you receive certain benefits, such as Universal Credit.',
  'Free holiday clubs with a healthy meal for children who receive benefits-related free school meals are running across Devon.',
  'Two-year-olds can get 15 free hours if the family receives certain benefits or the child has an EHCP.',
  'The novella explores loneliness — Crooks, who is excluded because he is Black, and Lennie, who has a learning disability.',
  "In September, St Peter's Primary will join the trust, following the completion of its academy conversion.",
  'We are delighted to announce that the new headteacher will be Mr Jonah Osei.',
  'If your family has been bereaved this year and you would like support, please talk to Mrs Holt.',
  "Our lead first aider is Mrs Cole in the school office, who keeps all pupils' medication and care plans.",
  "Year 4's clay pots have been fired in the kiln and they look AMAZING! Mrs Kay is so proud.",
  'Children born 1 September 2022 – 31 August 2023 may defer their start until later in the school year.',
  'To book, call Riverside Leisure Centre on 01392 221771, or the Northcott box office on 01392 726363.',
  'Follow @HarbourY6 for daily updates from Year 6 and @HarbourYear2 for Year 2’s adventures!',
  'Last week, Year 8 went to Kingswood. We stayed in dorms; Room 7 won the tidiest dorm award and the boys in Room 12 set off the fire alarm making toast.',
  'Our Guides perform on the main stage at 2pm on Saturday. Come and find us at the Westpoint Arena stall afterwards!',
];

describe('ordinary good news draws no error from any text rule', () => {
  it.each(POSTS)('%s', async (post) => {
    const errors: string[] = [];
    for (const rule of textRules) {
      const findings = await runRule(rule, { post, config });
      for (const f of findings) if (f.severity === 'error') errors.push(`${f.ruleId}: ${f.message} [${f.excerpt ?? ''}]`);
    }
    expect(errors).toEqual([]);
  });
});
