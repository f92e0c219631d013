// text/derogatory on the third HateCheck-style set (tests/fixtures/text/hatecheck-style-third.csv, written
// by the hate24 session, not copied: see its generator): per-split floors, so that a change which loses
// ground on it fails. The train split may guide changes to the rule; the check split only measures.
// Contains slurs, threats and abuse: test data only.
import { describe, expect, it } from 'vitest';
import { hatecheckStyleSet } from '../helpers/hostility.js';

// Each split has 738 hateful and 262 harmless cases.
const { rows, isError, errors } = hatecheckStyleSet('hatecheck-style-third.csv');

describe('the third HateCheck-style set', () => {
  it('has both splits over all seven groups', () => {
    expect(rows.length).toBe(2000);
    for (const split of ['train', 'check']) {
      expect(rows.filter((r) => r.split === split && r.label_gold === 'hateful').length).toBe(738);
      expect(rows.filter((r) => r.split === split && r.label_gold === 'non-hateful').length).toBe(262);
    }
    expect(new Set(rows.map((r) => r.split))).toEqual(new Set(['train', 'check']));
    expect(new Set(rows.filter((r) => r.label_gold === 'hateful').map((r) => (r as unknown as { target_ident: string }).target_ident)).size).toBe(7);
  });
  // Before any change to the rule: train 543/738 hateful (73.6 %) and 19/262 harmless (7.3 %) cases were
  // errors, check 517/738 (70.1 %) and 16/262 (6.1 %). The train split then guided changes (hate24).
  // hate25's changes (guided also by this train split) raised it to 703/738 (95.3 %).
  it('train split: no worse than after the changes it guided', () => {
    expect(errors('train', 'hateful')).toBeGreaterThanOrEqual(703);
    expect(errors('train', 'non-hateful')).toBeLessThanOrEqual(0);
  });
  // The last resort (judge-last-resort.ts) raised check to 531/738 (72.0 %): a regression below it fails.
  it('check split: no worse than now', () => {
    expect(errors('check', 'hateful')).toBeGreaterThanOrEqual(531);
    expect(errors('check', 'non-hateful')).toBeLessThanOrEqual(16);
  });
});

// Constructions added in the hate24 session from the train split's misses, each tried in wordings of
// its own (not the set's templates).
describe('hostile constructions found with the third set are errors', () => {
  it.each([
    // The second of two coordinated verbs, the first promised ("I will … and beat them").
    'We\'re going to find the immigrants and beat them.',
    'I will drag every Muslim out of their home and beat them senseless.',
    // "Why haven't we … yet?", "Why can't we just …?": asking why it is not done wishes it.
    'Why haven\'t we deported every immigrant yet?',
    'Why can\'t we just lock up all trans people?',
    // None of the group without it: "Has there ever been a X who wasn't …?"
    'Has there ever been a woman who wasn\'t a liar?',
    'There\'s never been a Muslim who wasn\'t a thief.',
    'Is there a gay person who isn\'t a pervert?',
    // The body a threat names, through the group's possessive.
    'I\'ll break every bone in that immigrant\'s body.',
    // A place safe until the group came.
    'Our streets were safe until immigrants moved in.',
    // Wanted, and goods owed, denied.
    'Black people will never be wanted in this country.',
    'Not one woman deserves a vote.',
    'Disabled people don\'t deserve a platform.',
    'I dread seeing trans people in the shops.',
    // A deed done to the group, endorsed.
    'Stoning gay people is what they deserve.',
    'Beating disabled people should not be illegal.',
    // "Some bitch just …": one person, named by a slur.
    'Some tranny just sat next to me on the bus.',
    // The group mocked for complaining of a wrong is no counter-speech; the nearest group is what a denial is said of.
    'Women can whine about sexism all they like, they\'re still vermin.',
    'Muslims can cry all they like, I\'ll never see them as human.',
    // Told to be silent and obey, or said to exist to serve.
    'Trans people should keep their mouths shut.',
    'Women were born to serve.',
    // A passive with "getting", foretold.
    'The immigrants on my road are getting burnt out tonight.',
    'You gay people are gonna get shot soon.',
    // A feeling caused by the group in a "whenever" clause, further off.
    'Whenever a gay person sits down next to me on the train, my whole body tenses with disgust.',
    // Third batch: a ranking over quantifiers, the group's presence smelt or told, ruin and cleaning after
    // them, more violent verbs and feelings (found by trying classes in frames of our own), "How are X not …?".
    'My cat has more sense than the whole lot of trans people.',
    'You can always tell when gay people have been in the room.',
    'You can smell it when immigrants have been here.',
    'Employing disabled people is a sure way to bankrupt a business.',
    'I wipe the seat down after an immigrant has sat on it.',
    'I\'m going to shank the next immigrant I see.',
    'We\'ll rough up every trans person in this town.',
    'I distrust Muslims.',
    'Women scare me.',
    'Immigrants make me uneasy.',
    'Nothing disgusts me like gay people do.',
    'How are black people not a plague?',
    // Fourth batch: goods owed (denied with "should never", asked "Why should X get …?", "I don't consider X …"),
    // threats told by their weapon or aftermath, a place great before the group came, the group's going wished.
    'Trans people should never get respect.',
    'Why should immigrants get rights?',
    'Why should Muslims be given houses?',
    'I don\'t consider disabled people decent.',
    'Immigrants don\'t deserve healthcare.',
    'Women don\'t deserve freedom.',
    'I\'m sharpening my knife for the immigrants.',
    'Any gay person who comes here will leave in an ambulance.',
    'I\'ve got a bullet with every black person\'s name on it.',
    'This country was great before the immigrants came.',
    'It would be better if trans people just left.',
    // Kept as they were beside the fifth batch.
    'I wish all trans people would be shot in the street.',
    'I saw some Muslims today and it made me sick.',
    'The attack on Muslims was justified.',
    'Shut up, you queer.',
    // Sixth batch: the group wanted gone ("I want them gone"), a venture falling apart as the consequence of an order on the group.
    'Immigrants moved in next door. I want them gone.',
    'Give a trans person any power and it all goes to pieces.',
  ])('%s', (text) => expect(isError(text)).toBe(true));
});

describe('harmless sentences beside them are not errors', () => {
  it.each([
    // Violence wanted by whoever the sentence condemns.
    'Anyone who wants immigrants dead needs help.',
    'People who want to hurt gay people should be ashamed.',
    'Whoever keeps saying women are stupid should be banned.',
    'Whoever keeps posting that Muslims are a disease should be banned.',
    // The group the object in a relative clause on the doers, who are what is said.
    'Those who bully disabled people are cowards.',
    'People who attack Muslims are evil.',
    // A deed done to the group, condemned.
    'Killing Muslims is a crime.',
    'Stoning women to death is barbaric.',
    'Beating gay people is never okay.',
    'Bullying disabled people is disgusting.',
    // Things, not people.
    'Kill the music before the assembly starts.',
    'Kill the engine before you get out.',
    'The new coating helps retard the spread of fire.',
    // A new clause after a comma: "…, it is …".
    'Being a Muslim is nothing to hide, it is something to celebrate.',
    // Near the new words.
    'Many refugee families don\'t have a home.',
    'I dread to think what refugee families go through.',
    'Refugee families were safe until the war came.',
    'Not one Muslim pupil has a seat on the bus.',
    'Some faggots were left over from dinner.',
    'Some fag was left in the ashtray.',
    'Our Muslim pupils\' bodies need water during Ramadan.',
    'Our dinner ladies serve the rest of us lunch every day.',
    'Our Muslim pupils did as they were told in the fire drill.',
    'Women are getting stabbed in this city every week.',
    'Our Muslim pupils are getting vaccinated on Friday.',
    'I wouldn\'t let a refugee family go hungry.',
    'We won\'t let a disabled pupil miss out on the trip.',
    'Black pupils talked about racism in assembly.',
    'Whenever Muslim families visit our school for the Eid fair, the children are filled with joy.',
    'You can always tell when the Muslim families have been in the hall: the food is amazing.',
    'You can always tell when our Muslim families have been here, the displays are beautiful.',
    'Muslims have been here for centuries.',
    'The rugby club said our girls have more energy than the whole lot of the boys.',
    'I\'m furious with the people who abuse Muslims.',
    'I\'m angry at how Muslims are treated.',
    'Thunder scares me, said one of our Muslim pupils.',
    'The bus company slashed fares for pensioners.',
    'No one helps our school like our Muslim families do.',
    'How are disabled people not given more support?',
    'Muslims are no more vermin than anyone else.',
    'Black people are no more scum than anyone else.',
    'Disabled pupils don\'t get the education they need.',
    'Many refugee families don\'t have healthcare.',
    'Why should disabled people get less support?',
    'Our Muslim families won\'t survive the week without the food bank.',
    'The Muslim pupil\'s name was read out in assembly.',
    'The trip was great before the rain came.',
    'It would be better if our Muslim families came early to set up.',
    'If a Muslim family moves in next door, I\'ll bake them a cake.',
    // Fifth batch, from harmless frames of our own: violence named as an event where or when it happened,
    // someone else's wish told, a feeling at the violence ("that scares me"), more homonyms.
    'Muslims were killed in the attack on the mosque.',
    'Two gay men were hurt in the stabbing outside the club.',
    'Racists want Muslims dead, and we won\'t let them win.',
    'Some people want to hurt trans people, and that scares me.',
    'He stubbed out his fag and went inside.',
    'What a queer little village.',
    'There was a queer smell in the kitchen.',
    'The show fell apart when the women arrived late.',
    'My phone fell apart when the Muslim families came to collect it.',
    'I have no respect for people who abuse immigrants.',
  ])('%s', (text) => expect(isError(text)).toBe(false));
});
