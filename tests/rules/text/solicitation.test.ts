import { solicitation } from '../../../src/rules/text/solicitation.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(solicitation, {
  valid: [
    // fp34: a campaign told as history in an awareness month's post.
    'Pupils learned about the protesters who chained themselves to buses in the 1990s campaigning for the Disability Discrimination Act.',
    'The Youth Parliament elections are open! Vote for your Member of Youth Parliament in the library this week.',
    'Year 6 hustings on Friday: vote for the candidate you think will best represent your class!',
    // miss32 neighbours: the school's own charity day, a history lesson about a party, an RE lesson about a faith,
    // a school council's petition, a school's own club's price.
    'Year 6 are raising £500 for the hospice with a sponsored silence this week.',
    'In history, Year 9 learned how the Labour Party was founded in 1900.',
    'In RE, Year 8 learned what Jehovah\'s Witnesses believe about Christmas.',
    'Breakfast Club is £3 a session, and free for families eligible for pupil premium.',
    // miss31 neighbours: an RE lesson about a faith, a mock election, a school council vote.
    'In RE, Year 2 will learn about Jesus and the stories he told.',
    'Year 5 held a mock election, and the school council will vote yes or no on the new playground games.',
    'The school will be a polling station on Thursday, so we will be closed to pupils.',
    // miss28: a school council candidate, a coding lesson's code, the PTA's own message line.
    'Congratulations to Amira, who is standing for the school council and gave a brilliant speech.',
    'In Computing, Year 4 learned to use code blocks in Scratch to make their sprite dance.',
    'To help at the PTA fair, drop me a message at the PTA stall or sign up at the office.',
    'Year 4 loved their trip to the Roman baths!',
    'Thank you for supporting Children in Need: together we raised £412!',
    'The PTA Christmas fair is on Saturday — tickets for the raffle are on sale at the office.',
    'Year 6 held a mock election and voted for a longer lunch break.',
    // Votes for the school in a community fund or an award.
    'Vote for our school in the Co-op Community Fund so we can build the new reading garden!',
    'Please vote for the school in the county\'s Sustainable Schools Award before Friday.',
    'At the end of every half-term the children in each class vote for who they think deserves to be Star of the Week.',
    // From real schools' posts: a school council election, the history of the vote, academy status.
    'We campaign, to try and persuade our classmates to vote for us, then we hold an election.',
    // A Scottish primary's house captain election (set 11).
    'Candidates give a speech, and then the rest of the school vote for the Primary 7 they think would best fill the role.',
    'It was first introduced to demand equal rights and the right to vote for women.',
    'I am writing to you with details of a proposal to convert to academy status.',
    'Year 5 practised how to convert to fractions and decimals.',
    'Our Year 5 pupils visited the River Avon to study erosion.',
    'We are recruiting volunteer readers — ask at the office.',
    'Father Michael led our Harvest Mass at St Mary’s Church.',
    // Selling for the school or a charity (the entry's homonyms, in the same sentence).
    'Mrs Green is selling her famous lemon drizzle at the cake sale, all for the PTA!',
    'Year 5 are selling their own artwork at the summer fair, with all money going to the PTA.',
  ],
  invalid: [
    // fp34 neighbour: a campaign in the present, with no history told.
    { post: 'Our staff are campaigning for the new cycle lane: join us at the council meeting.', errors: [{ message: 'political' }] },
    // miss32: a family's own appeal, a party's meeting, a petition started, a rally called, a faith group at the gates,
    // a paid class sold to parents.
    { post: 'Little Oakley\'s family are raising £8,000 to fly him to see his dad. Donations via the link.', errors: [{ message: 'fundraising' }, { message: 'fundraising' }] },
    { post: 'Our families can help the Nkosi family with the funeral costs for Thandi\'s grandmother.', errors: [{ message: 'fundraising' }] },
    { post: 'Reform UK are holding a public meeting in the school hall on Tuesday night.', errors: [{ message: 'political' }] },
    { post: 'Our head has started a petition to the Prime Minister demanding fair pay for teachers.', errors: [{ message: 'political' }] },
    { post: 'Come along to the rally against the bypass on Saturday at the Town Hall.', errors: [{ message: 'political' }] },
    { post: 'Join Jehovah\'s Witnesses at the school gates every Friday for a free Bible study booklet.', errors: [{ message: 'religious' }, { message: 'religious' }] },
    { post: 'Join our Zumba class at the church hall on Wednesdays, first class free!', errors: [{ message: 'commercial' }] },
    // miss31: an outside church's recruiting, a party's candidate, a strike ballot, a rally, a personal cause, a slimming club.
    { post: "Join us at St Mark's Alpha course on Tuesday evenings and find out about Jesus over a free meal.", errors: [{ message: 'religious' }, { message: 'religious' }] },
    { post: "Please support the Reform UK candidate on Thursday: he's promised to fix the potholes.", errors: [{ message: 'political' }] },
    { post: 'Teachers, please vote YES in the NEU strike ballot before Friday!', errors: 2 },
    { post: "Stand with us against the council's plan to close the library: rally at the town hall, bring placards!", errors: 3 },
    { post: "Our TA Becky is doing the Great North Run for her mum's hospice, so please put donations in the bucket.", errors: [{ message: 'fundraising' }] },
    { post: 'Anyone want to join my Slimming World group? Tuesday nights at the Methodist hall.', errors: [{ message: 'fundraising' }] },
    // miss28: a candidate's campaign and a sale in a parent's words.
    { post: 'Our PTA chair Jenny is standing for the town council on 7 May – please give her your vote!', errors: [{ message: 'standing for the town council' }, { message: 'give her your vote' }] },
    { post: "Tickets for my husband's band's gig are £10 – drop me a message and I'll sort you out.", errors: [{ message: 'drop me a message' }] },
    { post: 'Use code HARBOUR10 at KidsKit for 10% off school shoes this week!', errors: [{ message: 'Use code' }] },
    { post: 'My sister has just started her own cleaning business and has Tuesday slots free.', errors: [{ message: 'her own cleaning business' }] },
    // A person's own sale.
    { post: 'Mr Khan is selling his car if anyone is interested — message him directly.', errors: [{ message: '"is selling his"' }, { message: '"message him directly"' }] },
    { post: 'Polling day is Thursday — vote Labour!', errors: [{ message: 'political', column: 27 }] },
    { post: 'Please vote for Sarah Jones in the council election on Thursday.', errors: [{ message: 'political' }] },
    { post: 'It is never too late to convert to Islam, come and see us.', errors: [{ message: 'religious' }] },
    { post: 'DM me for prices, my small business does party bags.', errors: [{ message: 'commercial' }, { message: 'commercial' }] },
    { post: 'Mrs Lee is running the marathon, please sponsor me on my JustGiving page!', errors: [{ message: 'fundraising' }, { message: 'fundraising' }] },
    { post: 'Sign the petition against the new housing estate!', errors: [{ message: 'political' }] },
  ],
});
