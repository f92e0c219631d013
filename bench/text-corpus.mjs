// A reproducible corpus of real-looking school news posts in Markdown (seeded random), mostly
// ordinary good news with a few violations (about 1 in 12 posts), for the text bench.
const YEARS = ['Reception', 'Year 1', 'Year 2', 'Year 3', 'Year 4', 'Year 5', 'Year 6', 'Nursery'];
const PLACES = ['the Roman Baths', 'the Eden Project', 'Bristol Zoo Gardens', 'the Science Museum', 'Dartmoor', 'the local library', 'Exeter Cathedral', 'the seaside at Dawlish', 'a working farm', 'the fire station'];
const SUBJECTS = ['science', 'history', 'art', 'maths', 'music', 'PE', 'computing', 'geography', 'French', 'RE'];
const CHARITIES = ['Children in Need', 'Comic Relief', 'the local food bank', 'Macmillan', 'the RNLI', 'Save the Children'];
const NAMES = ['Amelia', 'Oliver', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Arlo', 'Freya', 'George', 'Zara', 'Yusuf', 'Priya', 'Kacper'];
const STAFF = ['Mrs Patel', 'Mr Jones', 'Miss Khan', 'Mr O’Neill', 'Mrs Williams', 'Ms Adeyemi'];
const OPENERS = [
  (r) => `${r.year} had a fantastic time at ${r.place} this week!`,
  (r) => `What a week it has been for ${r.year}.`,
  (r) => `Well done to everyone who took part in our ${r.subject} day.`,
  (r) => `Thank you to all the families who came to our ${r.event}.`,
  (r) => `${r.staff} and ${r.year} have been busy with a new ${r.subject} topic.`,
];
const BODY = [
  (r) => `The children asked brilliant questions, and the guides said they were a credit to the school. ${r.name} even spotted something the experts had missed!`,
  (r) => `We raised £${r.amount} for ${r.charity} — an amazing effort. Thank you for your generosity.`,
  (r) => `Pupils worked in teams to design, build and test their models, then presented them to ${r.year2}.`,
  (r) => `Our choir sang beautifully at the ${r.event}, and ${r.staff} was very proud of everyone.`,
  (r) => `Reminder: PE kits are needed on Tuesdays and Thursdays, and please label all uniform.`,
  (r) => `Next week is Book Week: children may come dressed as their favourite character on Friday.`,
  (r) => `The ${r.subject} club meets after school on Wednesdays until 4.15pm. Everyone is welcome.`,
  (r) => `If you have any questions, please call the school office on 01632 960000 or e-mail office@harbourside.example.sch.uk.`,
  (r) => `${r.name} and ${r.name2} read their poems in assembly — we loved hearing them.`,
  (r) => `Our Muslim families invited everyone to an Eid celebration, and the hall was full of food and laughter.`,
  (r) => `It was Anti-Bullying Week, and our SEN team's open morning was very well attended.`,
];
const VIOLATIONS = [
  (r) => `Please ring ${r.staff} on 07700 900${r.three} if you can help with lifts.`,
  (r) => `${r.name} in ${r.year}, who has an EHCP, read her poem beautifully.`,
  (r) => `We're staying at the Seaview Hostel in Whitby until Friday; the girls are in rooms 12 and 14.`,
  (r) => `Honestly, the ref was an idiot and the other team were a bunch of dickheads.`,
  (r) => `Fed up with SLT changing the timetable again without asking anyone.`,
  (r) => `Well done @${r.name.toLowerCase()}_smith2016 on your swimming badge!`,
  (r) => `We highly recommend Bright Sparks Tutoring for the 11+.`,
];
const EVENTS = ['harvest festival', 'Christmas fair', 'sports day', 'summer concert', 'open morning', 'nativity', 'coffee morning'];

export function makeCorpus(targetBytes = 1_000_000, seed = 42) {
  let state = seed;
  const rand = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const posts = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const r = {
      year: pick(YEARS), year2: pick(YEARS), place: pick(PLACES), subject: pick(SUBJECTS), charity: pick(CHARITIES),
      name: pick(NAMES), name2: pick(NAMES), staff: pick(STAFF), event: pick(EVENTS), amount: 100 + Math.floor(rand() * 900),
      three: String(100 + Math.floor(rand() * 899)),
    };
    const date = `2026-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const lines = ['---', `title: ${pick(OPENERS)(r).replace(/[:!.]/g, '')}`, `date: ${date}`, 'channel: website', 'approved_by: J. Patel', '---', '', `# ${r.year}: ${r.subject} news`, '', pick(OPENERS)(r), ''];
    const paragraphs = 3 + Math.floor(rand() * 4);
    for (let i = 0; i < paragraphs; i++) {
      const sentences = [pick(BODY)(r), pick(BODY)(r)];
      lines.push(sentences.join(' '), '');
    }
    lines.push(`![${r.year} at ${r.place}](photos/trip-${posts.length}.jpg "${r.year} enjoying ${r.place}")`, '');
    if (rand() < 0.5) lines.push('- Bring a packed lunch', '- Wear sensible shoes', `- Return by ${3 + Math.floor(rand() * 3)}.30pm`, '');
    if (rand() < 1 / 12) lines.push(pick(VIOLATIONS)(r), '');
    lines.push(`Thank you, ${r.staff}`, '');
    const text = lines.join('\n');
    posts.push(text);
    bytes += Buffer.byteLength(text);
  }
  return posts;
}
