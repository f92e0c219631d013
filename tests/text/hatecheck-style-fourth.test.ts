// text/derogatory on the fourth HateCheck-style set (tests/fixtures/text/hatecheck-style-fourth.csv, written
// by the hate25 session, not copied: see its generator): per-split floors, so that a change which loses
// ground on it fails. The train split may guide changes to the rule; the check split only measures.
// Contains slurs, threats and abuse: test data only.
import { describe, expect, it } from 'vitest';
import { hatecheckStyleSet } from '../helpers/hostility.js';

const { rows, isError, errors } = hatecheckStyleSet('hatecheck-style-fourth.csv');

describe('the fourth HateCheck-style set', () => {
  it('has both splits over all seven groups and every functionality but target_indiv_nh', () => {
    expect(rows.length).toBe(1815);
    expect(rows.filter((r) => r.split === 'train' && r.label_gold === 'hateful').length).toBe(681);
    expect(rows.filter((r) => r.split === 'check' && r.label_gold === 'hateful').length).toBe(646);
    for (const split of ['train', 'check']) expect(rows.filter((r) => r.split === split && r.label_gold === 'non-hateful').length).toBe(244);
    expect(new Set(rows.filter((r) => r.label_gold === 'hateful').map((r) => (r as unknown as { target_ident: string }).target_ident)).size).toBe(7);
    expect(new Set(rows.map((r) => r.functionality)).size).toBe(28);
  });
  // Before any change to the rule: train 476/681 hateful (69.9 %) and 32/244 harmless (13.1 %) cases were
  // errors, check 412/646 (63.8 %) and 2/244 (0.8 %). The train split then guided changes (hate25).
  it('train split: no worse than after the changes it guided', () => {
    expect(errors('train', 'hateful')).toBeGreaterThanOrEqual(614);
    expect(errors('train', 'non-hateful')).toBeLessThanOrEqual(2);
  });
  // The check split moved from 412 to 419 (64.9 %) and only measures: a regression below it fails.
  it('check split: no worse than now', () => {
    expect(errors('check', 'hateful')).toBeGreaterThanOrEqual(419);
    expect(errors('check', 'non-hateful')).toBeLessThanOrEqual(2);
  });
});

// Constructions added in the hate25 session from the train splits' misses and from frames of our own, each
// tried here in wordings of its own (not the set's templates); none of these was an error before.
describe('hostile constructions found with the fourth set are errors', () => {
  it.each([
    // Batch 1: feelings in British idiom, 'Nothing … quite like X', 'who is not' spelt out, regard denied by 'nobody could ever',
    // 'nothing likeable about', tenses of 'knew their place', waste and smell idioms, departures and longings,
    // 'wipe them off the face of the earth', 'make them wish …', 'people like that'.
    'Refugees leave me feeling queasy.',
    'Seeing Muslims in the street puts me right off my dinner.',
    'Gay men send my blood pressure up.',
    'Nothing rubs me up the wrong way quite like trans people.',
    'You will never find a Muslim who is not a thief.',
    'Nobody could ever love a disabled person.',
    'There is nothing likeable about immigrants.',
    'Women were happier when they knew their place.',
    'Hiring a Muslim is like setting money on fire.',
    'Muslims smell like a farmyard.',
    'This town would be calmer if gay people stayed at home.',
    'We should wipe trans people off the face of the earth.',
    'Immigrants moved in next door. I\'ll make them wish they\'d never come.',
    'A trans person sat next to me. People like that make me sick.',
    // An endorsed deed after an opening adverb, called a relief.
    'Personally, wiping Muslims from the face of the earth would be a relief.',
    // Batch 2: the speaker's things refused to the group, the first two letters swapped, a place crawling with the group.
    'I wouldn\'t let a gay man cut my hair.',
    'I ahte immigrants.',
    'The whole town is crawling with Muslims now.',
    // Batches 3-5: places for animals or a past age, prisons full of the group, lying idioms, 'think anybody likes them',
    // 'How stupid are X?', the group's own 'people' no generic subject, an ambiguous slur as one person doing something
    // to the speaker or dealt with, feelings, wits, money, competence, ruin, safety, tax, the take, the sea, avoidance.
    'Disabled people belong in the dark ages.',
    'The jails are packed with Muslims.',
    'Women lie through their teeth.',
    'Why do Muslims think anybody likes them?',
    'How stupid are trans people?',
    'Black people say they want respect, but what they deserve is a beating.',
    'A dyke barged into me at the bar.',
    'I was served by a coon at the chippy.',
    'The dykes are moving in across the road.',
    'Refugees give me the hump.',
    'Muslims irk me.',
    'I\'ve had my fill of gay people.',
    'Immigrants are mentally deficient.',
    'Count your change if a Muslim is on the till.',
    'Immigrants can\'t even boil an egg.',
    'Gay people have turned this street into a slum.',
    'Since the immigrants arrived, no one feels safe.',
    'Refugees have never paid any tax.',
    'Muslims are always on the take.',
    'Trans people should be dumped in the sea.',
    'I\'d cross the street to avoid a Muslim.',
    // Batch 6: regard asked about as beyond reason, the bother of educating them, arrogance.
    'How can anyone like gay men?',
    'Why would anyone marry a Muslim?',
    'Why do we even bother educating immigrants?',
    'Why do women think they are better than us?',
    // Batch 7, from implicit and feeling frames of our own: execution wished, feelings caused, incompatibility, children
    // hidden or preyed on, living off others, gratitude demanded, being outbred, civilised living demanded.
    'Gay men should face the death penalty.',
    'Muslims bring out the worst in me.',
    'I get so angry when I think about refugees.',
    'Refugees put me in a foul mood.',
    'My skin crawls when refugees are near.',
    'Muslims and democracy will never mix.',
    'The moment a gay man walks in, hide the kids.',
    'Gay men recruit children, everyone knows it.',
    'A refugee\'s idea of work is queuing for benefits.',
    'Refugees should be thankful we don\'t send them back.',
    'Muslims outbreed us and one day they\'ll outnumber us.',
    'Refugees would be lost without our handouts.',
    'Muslims need to learn how to live like civilised people.',
  ])('%s', (text) => expect(isError(text)).toBe(true));
});

describe('harmless sentences beside them are not errors', () => {
  it.each([
    // Counter-speech: a report dismissed, a gerund of saying after "why", "It's a myth that …", a right to harm denied.
    'Claims about refugees being criminals are nonsense.',
    'Our assembly explained why calling disabled people names is so hurtful.',
    'It\'s a myth that immigrants don\'t pay tax.',
    'No one has the right to harass Muslims.',
    // Homonyms: juniors serving seniors at boarding school, growth slowed.
    'Fagging was common at boarding schools in the nineteenth century.',
    'Frost retarded the growth of our sunflowers this spring.',
    // Near the new words and constructions.
    'I wouldn\'t let a refugee family go without a hot meal.',
    'I wouldn\'t let a pregnant colleague carry my boxes.',
    'The pond was crawling with tadpoles.',
    'Our refugee families were happier once the new housing came through.',
    'The refugee families said they felt safe since they arrived.',
    'How could anyone not love our Year 6 musical?',
    'Our Muslim pupils can boil an egg now, thanks to food tech!',
    'Gay and lesbian staff turned the hall into a wonderland for Pride.',
    'Since the refugee families arrived, the choir has doubled.',
    'Autistic people may find loud noises overwhelming, so we have ear defenders for anyone who needs them.',
    'In RE we learnt that Muslims do not eat pork, which is why the canteen has halal options.',
    'How brave are our refugee pupils!',
    'Our refugee pupils say they want to be doctors.',
    'A refugee pupil took first place in the spelling bee.',
    'The faggots are coming out of the oven now.',
    'A bitch took best in show at the county fair.',
    'Honestly, helping refugee families would be a blessing for the town.',
    'Nothing cheers me up quite like our Muslim families\' Eid party.',
    'Refugee families leave me feeling humbled.',
    'The prisons were full of suffragettes in 1912, Year 9 learnt.',
    'Muslim pupils and their families expect everything to be ready on time.',
    "Hide the kids' presents before Christmas!",
    'Our Year 7s and Year 10s will never mix at lunch, so we have a buddy scheme.',
    'My skin crawls when I see spiders.',
  ])('%s', (text) => expect(isError(text)).toBe(false));
});
