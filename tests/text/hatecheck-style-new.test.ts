// text/derogatory on wordings that HateCheck's development half and our first HateCheck-style set do
// not use — written by the hate23 session, not copied (see hatecheck-style-new.gen.mjs): the second
// set's figures, and single sentences found by probing, hostile and harmless.
// Contains slurs, threats and abuse: test data only.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { LexiconStore } from '../../src/lexicons/store.js';
import { buildHostilityModel, findHostility, type HostilityModel } from '../../src/text/hostility.js';

let model: HostilityModel;
const store = new LexiconStore();
beforeAll(async () => {
  model = buildHostilityModel(await store.get('derogatory'), await store.get('hostility'), await store.get('derogatory-variants'));
});
const isError = (text: string) => findHostility(text, model).some((f) => f.severity === 'error');

interface Row { functionality: string; test_case: string; label_gold: string; split: string }
const rows: Row[] = parse(readFileSync(new URL('../fixtures/text/hatecheck-style-new.csv', import.meta.url), 'utf8'), { columns: true, skip_empty_lines: true, comment: '#' });
const share = (split: string, label: string) => {
  const of = rows.filter((r) => r.split === split && r.label_gold === label);
  return of.filter((r) => isError(r.test_case)).length / of.length;
};

describe('the second HateCheck-style set', () => {
  it('has both splits over all seven groups', () => {
    expect(rows.length).toBe(1710);
    expect(new Set(rows.map((r) => r.split))).toEqual(new Set(['train', 'check']));
  });
  // The train split guided the lexicon and grammar (92.2 % and 0.6 % before); the check split only measures.
  it('train split: nearly every hateful case an error, no harmless one', () => {
    expect(share('train', 'hateful')).toBeGreaterThanOrEqual(0.99);
    expect(share('train', 'non-hateful')).toBe(0);
  });
  it('check split: within the targets (at least 85 % hateful, at most 10 % harmless)', () => {
    expect(share('check', 'hateful')).toBeGreaterThanOrEqual(0.85);
    expect(share('check', 'non-hateful')).toBeLessThanOrEqual(0.1);
  });
});

describe('hostile wordings found by probing are errors', () => {
  it.each([
    "I'll make those black people regret ever coming here.",
    "Gay people should be thrown off buildings.",
    "Black people annoy the hell out of me.",
    "All immigrants should face the firing squad.",
    "Black people should be chained up.",
    "Beating gay people up is fine by me.",
    "I'd happily pull the trigger on a trans person.",
    "I'll gut every Muslim I find.",
    "I'll cut the throat of any woman who talks back.",
    "I'm going to make black people disappear.",
    "Gay people should be cured.",
    "Disabled people should have been aborted.",
    "Immigrants should be sent home on the next boat.",
    "Black people get what they deserve.",
    "Lock up all trans people.",
    "Black people are dragging this country into the gutter.",
    "Trans people are grooming our kids.",
    "Women only care about money.",
    "Black people just want handouts.",
    "Why are gay people allowed to adopt?",
    "Should women really be allowed to vote?",
    "Do we really need more immigrants?",
    "When will we finally be rid of immigrants?",
    "You gay people won't see the end of the week.",
    "Trans people, sleep with one eye open.",
    "We'll drive every immigrant into the sea.",
    "Women should be kept on a leash.",
    "Immigrants should be fed to the dogs.",
    "Muslims would be better off in a zoo.",
    "It would be kinder to put disabled people to sleep.",
    "Trans people need locking up for their own good.",
    "I check my wallet every time a black person walks past.",
    "I cross the road when I see a Muslim.",
    "I always wash my hands after shaking hands with an immigrant.",
    "Never rent a flat to immigrants.",
    "Immigrants don't deserve jobs.",
    "Muslims should never be given a seat at the table.",
    "Women are never right about anything.",
    "Immigrants are not part of this nation.",
    "Gay people aren't natural.",
    "Disabled people have no right to complain.",
    "There's not a single good thing about women.",
    "Black people don't deserve to be treated equally.",
    "Trans people do not exist.",
    "Women should not have rights.",
    "There's no such thing as a decent Muslim.",
    "I couldn't care less if trans people suffer.",
    "Who honestly likes black people?",
    "Why should anyone respect women?",
    "Why would anyone want to live near Muslims?",
    "How about we lock up every Muslim?",
    "Isn't it about time black people went back home?",
    "Who wouldn't hate immigrants?",
    "Tell me one good thing about gay people?",
    "Gay people get right on my nerves.",
    "Black people give me a headache.",
    "Disabled people make me uncomfortable.",
    "I've never liked women and I never will.",
    "Immigrants repel me.",
    "I'm allergic to trans people.",
    "Being around women makes my flesh creep.",
    "I'm so tired of immigrants.",
    "I'm done with Muslims.",
    "I've lost all patience with gay people.",
    "I avoid black people at all costs.",
    "I resent having to share my country with immigrants.",
    "It sickens me to see gay people holding hands.",
    "My blood runs cold when I hear Muslims talking.",
    "Nothing disgusts me more than black people.",
    "I will never accept women as equals.",
    "Typical Muslim behaviour, lying again.",
    "Screw all immigrants.",
    "What a bitch.",
    "I'm coming for every immigrant in this town.",
    "Isn't it time we got rid of gay people?",
    "Nobody irritates me the way disabled people do.",
    "I cannot put up with trans people any longer.",
    "Isn't it time we killed all women?",
    "My dad always said Muslims are scum, and he was right.",
    "It goes without saying that immigrants are vermin.",
    "My cat could teach better than any Muslim.",
    "Women should stick to what they're good at.",
    "Immigrants treat this country like a free hotel.",
    "The next gay man who looks at me is getting a brick through their window.",
    "Black people act like they own the place.",
    "Nobody likes a bitch.",
    "Gay people can kiss my arse.",
    "Muslims are unwelcome here.",
    "Women are so hormonal.",
    "Immigrants are an epidemic.",
    "Black people are baboons.",
    "I can't tolerate Muslims.",
    "I'm annoyed by immigrants.",
    "Honestly, I look down on all women.",
    "I hate people who are Muslims.",
  ])('%s', (text) => expect(isError(text)).toBe(true));
});

describe('harmless sentences naming a group are not errors', () => {
  it.each([
    "I'm sick of people attacking immigrants.",
    "Accusing disabled people of being worthless is cruel.",
    "Wanting to hurt Muslims makes you a terrorist yourself.",
    "My brother was attacked by men shouting that Muslims should die.",
    "She was abused online by trolls saying black people are animals.",
    "I hate how people treat immigrants.",
    "I hate it when people are rude to gay people.",
    "What kind of monster wants to hurt Muslims?",
    "Why do people still hate women?",
    "It breaks my heart that disabled people are called useless.",
    "Why are Muslim pupils allowed to leave early on Fridays?",
    "Why are wheelchair users allowed to use the lift?",
    "How are Muslim pupils allowed to pray at school?",
    "We will never accept racism.",
    "We will never accept women being paid less.",
    "What's wrong with gay people getting married?",
    "Why wouldn't anyone like Muslims?",
    "Our Polish families went back home for Christmas.",
    "Many immigrants don't have jobs when they arrive.",
    "Refugee families often have no future to look forward to, says the charity.",
    "Black characters don't exist in many picture books.",
    "Women in some countries don't have the same rights as men.",
    "Why do stereotypes about Muslims even exist?",
    "Our girls were beating the boys at rounders.",
    "Women were beating the drums at the carnival.",
    "The firing squad scene in our history play moved the women in the audience.",
    "We visited the lions in a zoo with our Muslim families.",
    "Our disabled pupils were put to sleep for the operation.",
    "Our Muslim families need cooking lessons.",
    "He lit a fag outside the pub.",
    "It's not right to say black people are criminals.",
    "Saying women are stupid is wrong, and I agree with the Head.",
    "He said women are scum and he was wrong.",
    "There are people attacking immigrants.",
    // Slurs' other senses (homonyms added in the hate23 session).
    "And poof, the magician made the rabbit vanish!",
    "Grandad still listens to the cricket on his old tranny in the shed.",
    "Carrying the shopping up the hill was a real fag.",
    "The retarded ignition timing made the engine knock.",
    // Words near the new phrases that stay harmless.
    "Our Polish families bring trouble-free fun to every fair.",
    "Our refugee families bring nothing but joy.",
    "Our Muslim mums did a better job than the dads.",
    "Our girls will be waiting for you outside the hall with cake.",
    "The coach keeps a spare bat for any pupil who forgets theirs.",
    "Year 3 won't last a week without their reading books!",
    // Denials and counter-speech found by probing.
    "It is disgusting to call black people animals.",
    "It's not the case that immigrants are criminals.",
    "I don't believe for a second that gay people are a danger.",
    "I can't think of a single reason to dislike immigrants.",
    "Nobody likes a show-off, said Year 2.",
    // Beside the new attributes and dehumanising nouns.
    "Our Muslim families were made to feel unwelcome at the old school.",
    "No family should ever feel unwanted, and our refugee families are no exception.",
    "Our Year 6 girls went insane for the disco!",
    "Disabled people suffered most in a pandemic.",
    "Our Year 6 Muslim pupils dressed as devils for the Halloween disco.",
    "The refugee families' flat was full of mould.",
    "I'm appalled by how refugee families are treated.",
    "I'm annoyed by the people who abuse disabled people.",
    "I was angered by the attacks on Muslims.",
    "I'm tired of hearing people insult Muslims.",
    "We are tired of the rain, said our Muslim families.",
    "I'm so proud of the women in my family.",
    "Muslims have enriched this country in so many ways.",
    "Immigrants built this nation.",
    "I would do anything for my gay friends.",
    "Trans people deserve to live without fear.",
    "Disabled people have every right to be here.",
    "Black people have contributed so much to science.",
    "Nobody should ever make women feel unsafe.",
    "We need more disabled people in parliament.",
    "We should protect trans people from violence.",
    "Immigrants are welcome here, always.",
    "Gay people have the right to marry whoever they want.",
    "I can't wait to see more Muslims on TV.",
    "I love my black neighbours.",
    "Women should be paid the same as men.",
    "Trans people should be allowed to live their lives.",
    "Muslims should never be made to feel unwelcome.",
    "I'm fed up with how badly disabled people are treated.",
    "I'm so tired of gay people being bullied.",
    "Women are sick of being harassed.",
    "Black people are tired of racism.",
    "Disabled people are angry about the cuts.",
    "Trans people are scared to go out.",
    "Immigrants are exploited by bad employers.",
    "Muslims are often targeted by hate crimes.",
    "Gay people were persecuted for centuries.",
    "Women were burned as witches in the past.",
    "Disabled people were sent to institutions in the past.",
    "Many immigrants were sent back after the war.",
    "Why are women paid less than men?",
    "Why do trans people face so much hate?",
    "Why are disabled people left out of so many plans?",
    "How can we make Muslims feel safer?",
    "What can we do to help immigrants?",
    "Who else loves gay people?",
    "Is it true that black people face discrimination in hiring?",
    "Do you think women should get equal pay?",
    "Shouldn't disabled people be given more support?",
    "Women are strong.",
    "Gay people are normal.",
    "Muslims are peaceful.",
    "Immigrants are hard-working.",
    "Disabled people are capable.",
    "Trans people are valid.",
    "Black people are beautiful.",
    "I would never hurt a gay person.",
    "Nobody deserves to be attacked for being Muslim.",
    "There's nothing wrong with being trans.",
    "I've never met a disabled person who wasn't inspiring.",
    "My best friend is an immigrant and I'd trust her with my life.",
    "Don't let anyone tell you women can't lead.",
  ])('%s', (text) => expect(isError(text)).toBe(false));
});
