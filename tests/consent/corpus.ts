// Labelled posts written like real class blogs, club news and newsletters, for measuring how well
// consent/unknown-name (with the pupil matcher) finds children without flagging ordinary words.
// `children`: every child named (first word of the name as written); `adults`: other people named
// (a flag on them is a person, so it is not a false alarm, but they are not counted for recall).

export interface LabelledPost {
  title: string;
  post: string;
  children: string[];
  adults?: string[];
}

export const CORPUS: LabelledPost[] = [
  {
    title: 'class blog: Year 2 trip',
    post: `---\ntitle: Year 2 visit the Seaside\nauthor: Maya T\n---\n\nOn Tuesday Year 2 went to Scarborough. Oscar found a crab in the rock pools and Freya spotted a seal! Everyone enjoyed their fish and chips on the beach.\n\nThank you to Mrs Ahmed and the parent helpers.\n`,
    children: ['Maya', 'Oscar', 'Freya'],
  },
  {
    title: 'football club results',
    post: `# Under 10s Match Report\n\nWhat a game on Saturday! Goals from Harry, Leo and Alfie gave us a 3-1 win against Westfield Juniors. Player of the match was Jayden for his saves in goal.\n\nTraining is on Thursday at 5pm as usual.\n`,
    children: ['Harry', 'Leo', 'Alfie', 'Jayden'],
  },
  {
    title: 'star writers',
    post: `## Star Writers this week\n\n- Isla B (Year 3)\n- Muhammad A (Year 4)\n- Evie-Rose K (Year 5)\n- Zainab H (Year 6)\n\nWell done to all of our writers!\n`,
    children: ['Isla', 'Muhammad', 'Evie', 'Zainab'],
  },
  {
    title: 'newsletter: summer fair',
    post: `Our Summer Fair is on Saturday 14 June from 12 until 3. There will be a tombola, a cake stall and the famous bouncy castle. May we remind parents that the car park will be closed. Hope to see you there!\n`,
    children: [],
  },
  {
    title: 'music concert',
    post: `The KS2 choir sang beautifully at the Spring Concert. Special mentions go to Grace and Ruby for their duet, and to Aarav on the violin. Will joined the choir this term and sang a solo!\n`,
    children: ['Grace', 'Ruby', 'Aarav', 'Will'],
  },
  {
    title: 'reading champions',
    post: `Congratulations to our reading champions, Poppy, Theo, Amelia and Noah, who each read over 50 books this year. Mr Jenkins has chosen new books for the library.\n`,
    children: ['Poppy', 'Theo', 'Amelia', 'Noah'],
  },
  {
    title: 'netball tournament',
    post: `Our netball team came second in the Leeds schools tournament at Roundhay Park. Captain Sophie led the team brilliantly, and Chloe, Ava and Lily scored in every match.\n`,
    children: ['Sophie', 'Chloe', 'Ava', 'Lily'],
  },
  {
    title: 'science week',
    post: `During Science Week, Year 5 built rockets. Ibrahim and Archie's rocket flew the highest, and Hannah explained how the fins kept it straight. Thanks to Dr Patel from the University of York for visiting.\n`,
    children: ['Ibrahim', 'Archie', 'Hannah'],
  },
  {
    title: 'nativity',
    post: `Reception performed their nativity, Whoops-a-Daisy Angel, on Wednesday. Ella played Mary and Joshua played Joseph. Mia and Jack were wonderful shepherds.\n`,
    children: ['Ella', 'Joshua', 'Mia', 'Jack'],
  },
  {
    title: 'sports day',
    post: `Sports Day was a huge success despite the rain. Red House won overall. Well done to Finley for winning the sprint, and to Layla and Aisha for the three-legged race.\n\n![Children racing](sports-day.jpg)\n`,
    children: ['Finley', 'Layla', 'Aisha'],
  },
  {
    title: 'headteacher awards',
    post: `Headteacher's Awards this week go to: Jacob (kindness), Olivia (perseverance) and Yusuf (teamwork). Keep it up!\n`,
    children: ['Jacob', 'Olivia', 'Yusuf'],
  },
  {
    title: 'chess club',
    post: `Chess Club news: Daniel beat Mrs Hughes for the first time! Rosie and Ethan reached the semi-finals of the county competition in Harrogate.\n`,
    children: ['Daniel', 'Rosie', 'Ethan'],
  },
  {
    title: 'swimming gala',
    post: `At the swimming gala in Bradford, Emily won the backstroke and Max came third in freestyle. Thanks to Coach Dave for all his help.\n`,
    children: ['Emily', 'Max'],
  },
  {
    title: 'world book day',
    post: `What a fantastic World Book Day! We saw lots of Gruffalos, a Matilda or two and even Mr Twit. Our favourite costume was Zara's Paddington. Henry came as Harry Potter.\n`,
    children: ['Zara', 'Henry'],
    adults: ['Harry'],
  },
  {
    title: 'eco council',
    post: `The Eco Council met on Monday. Maisie and Rayyan presented their plan for a school garden, and Tom asked the Year 6 class to help with litter picking in Victoria Park.\n`,
    children: ['Maisie', 'Rayyan', 'Tom'],
  },
  {
    title: 'instagram caption',
    post: `---\nchannel: instagram\n---\nGreat effort from Arlo and Hugo at cross country today 🏃 #TeamBlue #ProudOfOurPupils\n`,
    children: ['Arlo', 'Hugo'],
  },
  {
    title: 'residential',
    post: `Year 6 had an amazing time at Robin Wood. Highlights included the zip wire, where Kian was first to go, and the night walk. Lucy said it was the best week ever!\n`,
    children: ['Kian', 'Lucy'],
  },
  {
    title: 'pupil blog',
    post: `---\ntitle: Our trip to the museum\nauthor: Ayesha K and Ben W, Year 4\n---\n\nWe went to the Thackray Museum. We learned about Victorian medicine. Ben liked the old operating theatre but I thought it was scary!\n`,
    children: ['Ayesha', 'Ben'],
  },
  {
    title: 'maths',
    post: `Times Tables Rock Stars: this week's top scorers were Elsie in Year 3 and Reuben in Year 4. Next week we start a new challenge. Good luck everyone!\n`,
    children: ['Elsie', 'Reuben'],
  },
  {
    title: 'art',
    post: `Year 1 have been learning about Van Gogh and painted their own Sunflowers. Look at Hope's amazing painting! Summer and Esme used collage instead.\n`,
    children: ['Hope', 'Summer', 'Esme'],
  },
  {
    title: 'cricket',
    post: `Cricket club restarts in April. Last season Rory took 12 wickets and Sienna was our top batter. Sign up at the office by Friday 4th April.\n`,
    children: ['Rory', 'Sienna'],
  },
  {
    title: 'attendance',
    post: `Attendance this week: Oak Class 98%, Willow Class 97%, Rowan Class 95%. Well done everyone! Holly Class have the attendance trophy.\n`,
    children: [],
  },
  {
    title: 'school council',
    post: `Our new School Council members are Amir, Nancy, Felix and Harper. They will meet with Miss Wood every fortnight.\n`,
    children: ['Amir', 'Nancy', 'Felix', 'Harper'],
  },
  {
    title: 'christmas',
    post: `Merry Christmas from everyone at St Mary's! School closes on Friday 19 December and reopens on Monday 5 January. Father Christmas visited Nursery, and Jude was very excited.\n`,
    children: ['Jude'],
  },
];
