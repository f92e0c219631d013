import { describe, expect, it } from 'vitest';
import { grievance } from '../../../src/rules/text/grievance.js';
import { ruleTester, runRule } from '../../helpers/rule-tester.js';

ruleTester(grievance, {
  valid: [
    // fp34: governors' panels, a prevention course's title, a history project set before 1900.
    'Governors visit school regularly, meet subject leaders and sit on exclusion and complaints panels when needed.',
    '# Self-harm and suicide prevention training for staff',
    'Our Year 10 students heard from a survivor of the genocide. Students wrote pledges against hatred and prejudice.',
    'Our Year 6 pupils have been researching the Oaks Colliery explosion of 1866, the worst mining disaster in English history.',
    // Session 25: nothing better to do as a rainy day's circumstance, parents who stirred the mincemeat.
    'With nothing better to do on a rainy day, the children built a den.',
    'The parents who stirred things up at the Christmas fair baked 200 mince pies.',
    // miss32 neighbours: a science lesson's disgusting potions, the council's crossing considered, a staff member's send-off.
    'Year 4 made disgusting potions in science!',
    'Our school council wrote to the council asking for a new crossing, and we have been told it is being considered!',
    'Mr Osei is leaving us at Christmas to move back to Ghana. We would love to give him a proper send-off!',
    // fp32: a debate's motion, and a code of conduct's rule protecting staff.
    'Sextortion is on the rise. Criminals pose as young people online and blackmail children into sending images.',
    'The Trust has received a number of complaints about the new uniform supplier. We are listening and will review the contract.',
    'Our Year 12 Politics students debated "This House would ban extremist speakers from university campuses" at the Oxford Union schools\' competition.',
    'Our parental code of conduct sets out how we expect everyone to behave. Aggressive or abusive behaviour towards staff will not be tolerated.',
    // fp31: a lesson on fairness; violent games copied, said of the games; a bad game called a bad day at the office.
    'Bad day at the office for the U10s. Lost 5-0, missed a penalty and the heavens opened in the second half.',
    'Year 3 learned about Rosa Parks. The children acted out the story and talked about what was fair and unfair.',
    "The NSPCC has issued advice about a challenge on social media. Some children have been copying violent games they've seen online in the playground.",
    // fp31: Red Nose Day's jokes, bad fondly.
    'Red Nose Day was a huge success! Children came in wearing red, told terrible jokes and paid 50p to throw a wet sponge at the teachers.',
    // miss31 neighbours: parking asked for kindly, a heating fault apologised for, learning to do something.
    'Parents, please remember to park considerately around school, and thank you to everyone who already does!',
    "Year 1 parents, the children need to learn to tie their shoelaces before PE, so please practise at home.",
    // fp28 (2026-11-24): a sociology lesson on blame; a warning about a fake page impersonating the school.
    'Year 12 sociology students looked at how immigrants were blamed for unemployment in the 1970s.',
    "The PTA's annual quiz was won by the team from Year 4, who beat the teachers by one point after a tense tie-breaker.",
    "Wellbeing news: this week we marked Children's Mental Health Week. Pupils talked about worries, anger and sadness, and how to ask for help.",
    'We have been made aware of a fake Facebook page using our school logo; please report it and do not engage.',
    'Reception made a complete mess of the mud kitchen, and the children loved every minute!',
    'There will be no consultation evening for parents this term; reports go home in July.',
    'Prices at the PTA uniform sale are rock bottom, so parents, grab a bargain!',
    'A reminder that dogs are not allowed on the school site, even on a lead. Thank you.',
    "If you have a complaint, please speak to your child's class teacher first. Our complaints policy is on the website.",
    'Year 4 loved their trip to the Roman baths!',
    // A span of time, not the institution (set 7: an under-10s coach on playing a year up).
    'No wins, but a school year is a big gap at this age, with a couple of our boys August born.',
    'It was a long, tiring school day with no wins, but the team never gave up.',
    'Thank you to our amazing staff for a brilliant Christmas fair.',
    // From real schools' posts: facts and advice about children, a negated complaint, an EYFS term.
    'Evidence shows that children with poor attendance are unlikely to succeed academically.',
    'Your children can suffer academically if they miss 10 percent of school days.',
    'Half a million children a year suffer abuse or neglect in the UK.',
    'The students were divided into their new House groups without complaint.',
    'The children used loose parts to create their own rangoli patterns.',
    'Kids book about racism',
    'Nut Free School',
    'The school will issue warning letters to parents and carers of children if more than 15 half days absences are recorded.',
    'On day two the students were once again battling the sun.',
    'Year 12 geographers went to Birling Gap to investigate cliff erosion due to a lack of management and weak geology.',
    'The aim of the day was to train students as anti-bullying ambassadors.',
    'After a lovely journey to North Wales, the children just had enough time to stretch their legs.',
    'Dillon suggested another bin, as children have to walk a long way to dispose of their rubbish.',
    'Some schools have reported that parents of children in receipt of free school meals are being targeted by fraudsters.',
    'Some of the children were surprised the ugly step sisters were played by females but enjoyed their characters nonetheless.',
    'Show Racism The Red Card have visited our school to raise awareness of the damage racism can do to others.',
    'Sometimes we have children at school who are severely allergic to peanuts and all tree nuts.',
    'Nearly eighty years after thousands of children and young vulnerable adults were evacuated from cities during WW2, our Year 6 children had a wartime day.',
    'We lost the final 2–1, but we are so proud of our pupils and how they played.',
    'Sadly the trip was postponed because of the snow; parents will get a new date soon.',
    'Parents are warmly invited to our harvest assembly on Friday.',
    'Our school council chose three charities to support this year.',
    'The head thanked the PTA for raising £2,000 for new playground equipment.',
    'We never had to complain about the weather on our residential — sunshine all week!',
    'Anti-Bullying Week: pupils discussed why name-calling hurts and how to report it.',
    'Year 4 wrote to the children of Ukraine, whose homes were destroyed in the war.',
    'Year 4 read Dick Whittington and Moby Dick, then wrote to pupils in Scunthorpe.',
    // A sweep of ordinary school posts. Word forms that are not the word: "as" is not "ass", "hat" not "hate".
    'Teachers came as the Wild Things, and Year 6 came as Voldemort.',
    'Please send your child with a sun hat and sun cream applied before school.',
    'Pupils and staff wore their wackiest hats today to raise money for Brain Tumour Research.',
    // Events, illness and hardship are no opinion of the target.
    'Students read the names of former pupils of the school who were killed in the First World War.',
    'Reminder: we are a nut-free school because several children have severe allergies.',
    'Some children find it very hard to come to school because of anxiety.',
    'We are collecting clothes at the school office for the families who lost their homes in the fire.',
    'Criminal gangs use children and young people to carry drugs and money.',
    // What is taught, and the complaints procedure.
    'Students have been exploring how Macbeth kills King Duncan and has Banquo murdered.',
    "Pupils learned how the Nazis blamed Jewish people for Germany's problems in their propaganda.",
    'Year 10 found out why the government was blamed for the famine and how landlords evicted starving families.',
    'The novel contains racist language, which teachers will discuss carefully with students, and ends with a shocking death.',
    // A class reader's ending, and a claim weighed against the data (good-news sweep, 2026-11-24).
    "Pupils have had powerful discussions about racism in our own society and the book's shocking ending.",
    // A set text's ending, and an illness letter's outbreak (fp27: both read as complaints about the pupils or the school).
    "Year 10 have finished Of Mice and Men. Many students found the ending heartbreaking.",
    'There has been an outbreak of sickness and diarrhoea across the school this week, with over 60 pupils absent.',
    'We know some children have had long illnesses this year, and we have been working with families to support them back into school.',
    'Students examined the evidence from the Migration Advisory Committee and concluded that the claim is not supported by the data.',
    // The target's own dislike, told of them.
    'Our Year 6 pupils hate litter, so they have started a litter-picking club.',
    'INSET day: all our staff completed training in suicide prevention, self-harm awareness and youth mental health first aid.',
    "Our PE department has been shortlisted for the Youth Sport Trust's Inclusion Award for our work with pupils with physical disabilities and long-term medical conditions.",
    'Year 5\'s Viking invasion day: the children stormed the hall, "pillaged" the library and held a Viking feast.',
    'Year 2 children really hated the taste of the Victorian workhouse gruel, but loved being in role for the day.',
    'If you are still unhappy, you can make a formal complaint to the headteacher, and then to the governors.',
    'Our school council were charged with designing the new playground, and they did not disappoint!',
    // Real schools' posts: a role, an absence, a concern, a keen school, a pupil's story.
    'Mrs Hart will be the person in charge when I can’t be in school, and will work with our staff to make our school even better.',
    'When we miss days at school we are not only missing important learning but also lots of fun.',
    'The Eco Council found a worrying amount of litter by the school gates, so the children made posters.',
    'Two weeks later we went to Beechwood, who are a rugby-mad school, and lost by a single try.',
    // A club's injury advice and match report: a head that is a body part, a bad day's weather.
    'Coaches follow strict rules concerning any head injuries, strains and signs of fatigue.',
    'Grace was warned twice for head contact and disqualified for a third foul blow, but she boxed again later and won.',
    'Good to have a full squad back after weeks of bad weather and school holidays; the lads had energy to burn.',
    // A play's plot told in the post about its production (set 9: two schools' Lord of the Flies).
    "Year 9's production of Lord of the Flies was gripping. Stranded on an island, the children make rules, but without adults the children soon turn savage and cruel.",
    'Both casts were superb. The story follows a group of children whose plane crashes; the children turn on each other and become vicious and brutal.',
    // A dish that shares its name with a slur.
    "Today's school lunch is faggots and peas with mash, a Black Country favourite!",
    // How a team played, in a sentence about a game.
    'Our Year 6 pupils will destroy the opposition on Saturday — come and cheer them on!',
    'The parents were brutal in the tug of war, but the staff hung on to win.',
    'Our staff were absolutely thrashed 7-1 by the pupils in the end-of-term netball.',
    // Found on real schools' letters and a youth club's blog: a skill, a theft risk, hardship told.
    'A detention will be imposed only when other behaviour management tools have proved unsuccessful.',
    'Phones are expensive, a temptation for thieves and easily damaged, and the school would not be able to take responsibility for either.',
    'Over the last few months our young people have struggled, and we are seeing separation trauma in our children.',
    // A residential blog and an attendance letter (set 11): what pupils felt, and what a court did.
    'Like the abseil, the climbing wall challenged the children’s fear of heights, and every one of them loved it.',
    'Most of the children were nervous and a little scared before the zip wire, but all of them had a go.',
    'Some parents have appeared in court: fines and, in one case, a suspended prison sentence for both parents were imposed this term.',
    // Set 12: Odd Socks Day, a ski trip's crash award, pupils keen to tell, a bedtime story's title.
    'On Odd Socks Day the staff and children have all worn odd socks to show nobody has to match.',
    'The crash award went to Ella for a pileup as students left the lift (controversial!).',
    'When I visited, the children were desperate to show me the zip wire they had conquered.',
    'After hot chocolate Mr Cole read us a story about the world’s worst teachers, then bed.',
  ],
  invalid: [
    // fp34 neighbours: a complaint about the panel, a course the staff hated, a complaint in the present about pupils.
    { post: 'The complaints panel was a shambles and the governors never listen.', errors: [{ message: 'complaint' }] },
    { post: 'The suicide prevention training for staff was a shambles.', errors: [{ message: 'complaint' }] },
    { post: 'Our Year 6 pupils are the worst behaved in the county.', errors: [{ message: 'complaint' }] },
    // The same paragraph twice (read once per distinct text): each place reported where it is.
    { name: 'a paragraph repeated', post: 'Some parents clearly have nothing better to do.\n\nSee you soon.\n\n> Some parents clearly have nothing better to do.\n', errors: [{ message: 'nothing better to do', line: 1 }, { message: 'nothing better to do', line: 5, column: 3 }] },
    // Session 25 (miss32's held-out leftovers): contempt for what parents do or why.
    { post: 'A few parents have decided to stir things up about the casting.', errors: [{ message: 'stir things up' }] },
    { post: 'Some parents clearly have nothing better to do.', errors: [{ message: 'nothing better to do' }] },
    { post: "Their parents don't seem to care either.", errors: [{ message: "don't seem to care" }] },
    // miss32: a head's or an office's own complaint: an inspector, the DfE, whoever, a colleague gone under a cloud.
    { post: "Yet another Ofsted inspector who'd clearly never set foot in a primary school.", errors: [{ message: 'never set foot in' }] },
    { post: "It is beyond ridiculous that the DfE still haven't sent our capital funding.", errors: [{ message: 'beyond ridiculous' }] },
    { post: "To whoever keeps leaving their dog's mess outside Reception: you know who you are and you're disgusting.", errors: [{ message: "you're disgusting" }] },
    { post: 'Given how things ended for him with the governors, we will keep it quiet.', errors: [{ message: 'how things ended for him' }] },
    { post: "So the trust thinks it's acceptable to cut our TA hours AGAIN.", errors: [{ message: "thinks it's acceptable to" }] },
    // fp32 neighbours: the target run down beside a debate or a code of conduct is still run down.
    { post: 'Parents have sent in complaints about the Trust and how useless the office staff are.', errors: [{ severity: 'warning' }] },
    { post: 'The students were useless in the debate and the whole thing was a shambles.', errors: [{ severity: 'warning' }] },
    { post: "Some parents' behaviour towards staff at pick-up has been disgusting and rude.", errors: [{ severity: 'warning' }] },
    // fp31 neighbours: the children called unfair or violent themselves; the office itself run down.
    { post: 'The office staff are useless and the office is a shambles.', errors: [{ severity: 'warning' }] },
    { post: 'The children were so unfair to the new teacher today.', errors: [{ severity: 'warning' }] },
    { post: 'Some children have been violent and nasty in the playground.', errors: [{ severity: 'warning' }] },
    // fp31 neighbour: the children themselves called terrible is still a complaint.
    { post: 'The children were terrible and rude all afternoon.', errors: [{ severity: 'warning' }] },
    // miss31: complaints in words the list lacked, about parents, the trust, the head, pupils.
    { post: 'Honestly, some parents need to learn to park.', errors: [{ message: 'need to learn to' }] },
    { post: 'The trust has cut our budget again and still expects miracles.', errors: 1 },
    { post: "Can't believe the new head has scrapped the Year 6 trip without asking anyone.", errors: 1 },
    { post: "Why do some parents think it's fine to send their kids in with nits week after week?", errors: 1 },
    { post: "Year 9 are the laziest year group I've taught in twenty years.", errors: 1 },
    // fp28 neighbours: the lesson's words kept, the complaint aimed at the class right next to it.
    { post: 'Our sociology students are so lazy and rude this term.', errors: [{ severity: 'warning' }] },
    { post: 'The staff at this school are fake and two-faced.', errors: [{ severity: 'warning' }] },
    { post: 'The teachers here look beaten, tense and miserable.', errors: [{ severity: 'warning' }] },
    { post: 'Parents are angry and disgusted with the school.', errors: [{ severity: 'warning' }] },
    { post: 'Staff morale is at rock bottom after the latest changes imposed by the trust.', errors: [{ message: '"morale is at rock bottom"', severity: 'warning' }] },
    { post: 'Once again the trust has changed the timetable without consulting any of the teachers.', errors: [{ message: '"without consulting"', severity: 'warning' }] },
    { post: 'Honestly fed up with SLT changing the timetable again without asking anyone.', errors: [{ message: 'complaint about SLT', severity: 'warning' }] },
    { post: 'Some parents are so rude and selfish at pick-up.', errors: [{ message: 'complaint about Some parents', severity: 'warning' }] },
    { post: 'The school is a disgrace and a terrible, awful place this year.', errors: [{ message: 'complaint about The school', severity: 'warning' }] },
    { post: 'Great concert!\n\nShame the trust is a shambles when it comes to funding.', errors: [{ message: 'the trust', line: 3 }] },
    { post: 'The staff here are disgusting, lazy and useless.', errors: [{ message: 'complaint' }] },
    // Near set 12's: the worst said of our own teachers, and odd staff.
    { post: 'Honestly, we have the worst teachers in the county and nobody cares.', errors: [{ message: 'complaint about teachers' }] },
    { post: 'The staff here are odd, rude and hopeless.', errors: [{ message: 'complaint about the staff' }] },
    // Blaming the referee in a club's match report.
    { post: 'We were robbed: a shocking decision from the referee cost us the game.', errors: [{ message: 'complaint about the referee', severity: 'warning' }] },
    { post: 'The ref was a joke today.', errors: [{ message: 'complaint about The ref', severity: 'warning' }] },
    // Unsupported by people, not by data, is still a complaint.
    { post: 'Staff are not supported by SLT and morale is low.', errors: [{ message: 'complaint about Staff', severity: 'warning' }] },
    // … but a dislike of the target is still one.
    { post: 'Honestly, the pupils hate the teachers and the teachers hate them back.', errors: [{ message: 'complaint about the teachers', severity: 'warning' }] },
    // The same words with no game in the sentence still score.
    { post: 'The parents were brutal and nasty at the meeting last night.', errors: [{ message: 'complaint about the parents', severity: 'warning' }] },
    { post: 'In history this term, the teachers are overworked and SLT couldn\'t care less.', errors: [{ message: 'complaint about the teachers' }] },
    { post: 'The kids in 9X were horrible and disgusting today, the worst class ever.', errors: [{ message: 'complaint about The kids' }] },
    { post: 'Parents keep complaining about the school, it is so rude.', errors: [{ message: 'complaint about Parents' }] },
    // The true counterparts: "mad" alone, and a complaint beside an absence.
    { post: 'Honestly, the staff here are mad.', errors: [{ message: 'complaint about the staff' }] },
    { post: 'Parents who miss every parents evening are selfish.', errors: [{ message: 'complaint about Parents' }] },
    // Feelings and court words left out of the score do not hide a complaint phrase beside them.
    { post: 'Staff are scared to speak up because SLT never listen.', errors: [{ message: 'complaint about Staff' }] },
    // … but a complaint about the audience beside the production is still one.
    { post: 'Thank you to everyone who came to our production of Grease. Some parents were so rude, talking all through the second half.', errors: [{ message: 'complaint about Some parents' }] },
  ],
});

describe('a long paragraph of complaints', () => {
  it('reports each complaining sentence once, at its first target', async () => {
    const findings = await runRule(grievance, { post: 'The staff are useless and the parents are fed up with SLT. '.repeat(200) });
    expect(findings).toHaveLength(200);
    expect(new Set(findings.map((f) => f.excerpt))).toEqual(new Set(['staff are useless']));
  });
});
