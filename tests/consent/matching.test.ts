// The pupil matcher: every way a post can name a pupil, and the readings that are not a pupil.
import { describe, expect, it } from 'vitest';
import { MISSPELLING_THRESHOLD, similarity } from '../../src/consent/misspelling.js';
import { pupilsIn, recordFrom, unknownIn } from './helpers.js';

const record = await recordFrom([
  'Amelia,Smith,,4,Y,Y,Y,Y,N,,',
  'Katherine,Jones,,4,Y,N,Y,Y,N,,',
  'Mohammed,Khan,,5,Y,Y,Y,Y,N,,',
  'Grace,Taylor,,3,Y,Y,Y,Y,N,,',
  'William,Brown,Will,3,Y,Y,Y,Y,N,,',
  'Ella,Roberts,,2,Y,Y,Y,Y,N,,',
  'Ella,Ahmed,,2,Y,N,Y,Y,N,,',
  'Isabella,Smith-Jones,,1,Y,Y,Y,Y,N,,',
  'Zoë,Brontë,,6,Y,Y,Y,Y,N,,',
  'Alfred,Clarke,Alfie,6,Y,Y,Y,Y,N,,',
  'Jasmine,Patel,,6,Y,Y,Y,Y,N,,',
  'Summer,Green,,1,Y,Y,Y,Y,N,,',
  'May,Lee,,1,Y,Y,Y,Y,N,,',
  'Hope,Evans,,1,Y,Y,Y,Y,N,,',
  'Jack,Wood,,1,Y,Y,Y,Y,N,,',
]);

const find = (text: string, config = {}) => pupilsIn(text, record, config);

describe('matching names to the record', () => {
  it('ignores case, accents and punctuation; knows possessives', async () => {
    expect(await find("AMELIA and amelia's friend Amelia's kite")).toEqual(['AMELIA → Amelia Smith', 'Amelia → Amelia Smith']);
    expect(await find('Zoe Bronte wrote a poem.')).toEqual(['Zoe Bronte → Zoë Brontë (full)']);
  });
  it('finds a name written decomposed (a letter, then its accent: macOS, some phones and PDFs), in the post or the record', async () => {
    expect(await find('Zoe\u0308 Bronte\u0308 wrote a poem.')).toEqual(['Zoë Brontë → Zoë Brontë (full)']);
    const decomposedRecord = await recordFrom(['Sia\u0302n,Jones,,5,Y,Y,Y,Y,N,,', 'Rene\u0301e,Okafor,,4,Y,Y,Y,Y,N,,']);
    for (const text of ['Well done Siân Jones and Renée Okafor!', 'Well done Sia\u0302n Jones and Rene\u0301e Okafor!']) {
      // (the record's names are reported as the record writes them)
      const found = (await pupilsIn(text, decomposedRecord)).map((line) => line.normalize('NFC'));
      expect(found).toEqual(['Siân Jones → Siân Jones (full)', 'Renée Okafor → Renée Okafor (full)']);
    }
  });
  it('finds hyphenated and double-barrelled surnames, whole or in part, and "Surname, First"', async () => {
    expect(await find('Isabella Smith-Jones won.')).toEqual(['Isabella Smith-Jones → Isabella Smith-Jones (full)']);
    expect(await find('Isabella Jones won.')).toEqual(['Isabella Jones → Isabella Smith-Jones (full)']);
    expect(await find('Winners: Smith, Amelia and Khan, Mohammed.')).toEqual(['Smith, Amelia → Amelia Smith (full)', 'Khan, Mohammed → Mohammed Khan (full)']);
  });
  it('uses a surname initial to tell pupils apart ("Ella R" is only an Ella whose surname starts with R)', async () => {
    expect(await find('Well done Ella R.')).toEqual(['Ella R → Ella Roberts']);
    expect(await find('Well done Ella A!')).toEqual(['Ella → Ella Roberts / Ella Ahmed']);
    expect(await find('Well done Ella T!')).toEqual([]);
    expect(await unknownIn('Well done Ella T!', record)).toEqual(['Ella T']);
    expect(await find('Well done Ella!')).toEqual(['Ella → Ella Roberts / Ella Ahmed']);
  });
  it('knows preferred names, nicknames and spelling variants (lexicons/nicknames.yaml)', async () => {
    expect(await find('Katie and Alfie and Jas scored.')).toEqual(['Katie → Katherine Jones', 'Alfie → Alfred Clarke', 'Jas → Jasmine Patel']);
    expect(await find('Muhammad, Mohammad and Mo came first.')).toEqual(['Muhammad → Mohammed Khan', 'Mohammad → Mohammed Khan', 'Mo → Mohammed Khan']);
    expect(await find('Will Brown sang.')).toEqual(['Will Brown → William Brown (full)']);
  });
  it('finds misspellings of longer names, but not a different real name', async () => {
    expect(await find('Well done Amelai and Katherin!')).toEqual(['Amelai → Amelia Smith', 'Katherin → Katherine Jones']);
    expect(await find('Isabela Smith-Jones won.')).toEqual(['Isabela Smith-Jones → Isabella Smith-Jones (full)']);
    expect(await find('Well done Amelie!')).toEqual([]); // Amelie is a name of its own
  });
  it('takes a word close to a pupil\'s name for a misspelling only where a person is spoken of', async () => {
    const near = await recordFrom(['Blake,Hall,,4,Y,Y,Y,Y,N,,', 'Harvey,Wood,,4,Y,Y,Y,Y,N,,', 'Matteo,Ross,,4,Y,Y,Y,Y,N,,', 'Amelia,Smith,,4,Y,Y,Y,Y,N,,', 'Katherine,Jones,,4,Y,Y,Y,Y,N,,']);
    const text = 'Black History Month celebrates Black Britons. Our Harvest Festival raised £300, and Internet Matters has guides for parents.';
    expect(await pupilsIn(text, near, {})).toEqual([]);
    expect(await pupilsIn('Well done Harvy! Congratulations to Amelai, and Katherin scored twice.', near, {})).toEqual(['Harvy → Harvey Wood', 'Amelai → Amelia Smith', 'Katherin → Katherine Jones']);
  });
  it('famous people, characters and titles are not pupils, but a pupil of that full name is', async () => {
    expect(await find('Year 2 learnt about Grace Darling; Year 8 read Wilfred Owen and Jack the Ripper stories.')).toEqual([]);
    const named = await recordFrom(['Grace,Darling,,4,Y,Y,Y,Y,N,,']);
    expect(await pupilsIn('Well done Grace Darling!', named, {})).toEqual(['Grace Darling → Grace Darling (full)']);
  });
  it('finds names in hashtags, @mentions and file names', async () => {
    expect(await find('#AmeliaSmith @katherine_jones #WellDoneAmelia')).toEqual([
      'AmeliaSmith → Amelia Smith (full)',
      'katherine_jones → Katherine Jones (full)',
      'Amelia → Amelia Smith',
    ]);
    expect(await find('![Race](amelia-smith-sports-day.jpg)')).toEqual(['amelia smith → Amelia Smith (full)']);
  });
  it('never takes staff (titles, config staff/allowNames) for pupils', async () => {
    expect(await find('Thank you Mrs Grace Taylor and Mr. Smith and Dr Amelia Jones.')).toEqual([]);
    expect(await find('Thank you to Amelia Smith, our governor.', { allowNames: ['Amelia Smith'] })).toEqual([]);
    expect(await find('Jack Wood led assembly.', { staff: ['Jack Wood'] })).toEqual([]);
  });
  it('an adult named with a title and a surname is the same adult by first name later in the post', async () => {
    expect(await find('Our caretaker, Mr Jack Davies, retires this week. Jack looked after the school for 25 years.')).toEqual([]);
    expect(await find('Our caretaker, Mr Jack Davies, retires this week. Jack Wood in Year 1 made him a card.')).toEqual(['Jack Wood → Jack Wood (full)']);
    expect(await find('Mr Davies retires this week. Jack made him a card.')).toEqual(['Jack → Jack Wood']);
  });
});

describe('names that are also words: both readings', () => {
  it('Grace', async () => {
    expect(await find('Grace scored twice.')).toEqual(['Grace → Grace Taylor']);
    expect(await find('Well done to Grace for her poem.')).toEqual(['Grace → Grace Taylor']);
    expect(await find('We sang Amazing Grace in assembly. Grace before meals.')).toEqual([]);
  });
  it('Will', async () => {
    expect(await find('Will won the spelling bee.')).toEqual(['Will → William Brown']);
    expect(await find('Will you join us? Will parents please sign the form.')).toEqual([]);
    expect(await find('Amelia & Will sang.')).toEqual(['Amelia → Amelia Smith', 'Will → William Brown']);
  });
  it('May, Summer, Hope', async () => {
    expect(await find('The fair is in May. May we remind you. Summer is here. Our Summer Fair. Hope to see you!')).toEqual([]);
    expect(await find('Well done to May, Summer and Hope.')).toEqual(['May → May Lee', 'Summer → Summer Green', 'Hope → Hope Evans']);
    expect(await find("Hope's painting was chosen.")).toEqual(['Hope → Hope Evans']);
  });
  it('seasons and months among others, and after "a brilliant"', async () => {
    expect(await find('Clubs run in the Easter, Summer and Christmas holidays. We planted these in April/May. Have a brilliant Summer!')).toEqual([]);
    expect(await find('Photos from May/June are online.')).toEqual([]);
    // Names listed together are still pupils, and so is a pupil praised by an adjective.
    expect(await find('Well done to May, Summer and Hope.')).toEqual(['May → May Lee', 'Summer → Summer Green', 'Hope → Hope Evans']);
    expect(await find('Amelia/Summer won the relay.')).toEqual(['Amelia → Amelia Smith', 'Summer → Summer Green']);
    expect(await find('Our brilliant Summer scored twice.')).toEqual(['Summer → Summer Green']);
  });
  it('another person\'s surname or second name is not a pupil\'s first name', async () => {
    expect(await find('Theresa May visited in 2018. Michael Jordan was cut from his school team. Olivia Will came first.')).toEqual([]);
    expect(await find('Congratulations to Bryony-Rose and Jack-Henry on their swim.')).toEqual([]);
    const doubles = await recordFrom(['Bryony-Rose,Jones,,4,Y,N,Y,Y,N,,', 'Rose,Baker,,4,Y,N,Y,Y,N,,', 'George,Hill,,4,Y,N,Y,Y,N,,']);
    expect(await pupilsIn('Well done Bryony-Rose and Rose! Sam Lloyd-George ran too.', doubles, {})).toEqual(['Bryony-Rose → Bryony-Rose Jones', 'Rose → Rose Baker']);
    // A pupil next to another pupil, or named in full, still is.
    expect(await find('Amelia Will and Grace sang.')).toEqual(['Amelia → Amelia Smith', 'Will → William Brown', 'Grace → Grace Taylor']);
    expect(await find('Jack Wood and Hope scored.')).toEqual(['Jack Wood → Jack Wood (full)', 'Hope → Hope Evans']);
  });
  it('an award\'s title is not a pupil', async () => {
    const stars = await recordFrom(['Star,Bright,,1,Y,Y,Y,Y,N,,', 'Ruby,Stone,,1,Y,Y,Y,Y,N,,']);
    expect(await pupilsIn('Well done Ruby, our Star of the Week! Every Friday a Star of the Day is chosen.', stars, {})).toEqual(['Ruby → Ruby Stone']);
    expect(await pupilsIn('Star scored twice. Well done Star!', stars, {})).toEqual(['Star → Star Bright', 'Star → Star Bright']);
    expect(await find('A talk from Letters of Hope, then the Festival of May.')).toEqual([]);
    expect(await find('The Geelong Supercats (WILL) beat Perry Lakes (JACK).')).toEqual([]);
    expect(await find('Well done JACK! (Jack Wood scored twice.)')).toEqual(['JACK → Jack Wood', 'Jack Wood → Jack Wood (full)']);
    expect(await find('Thank you to the family of Hope for the flowers.')).toEqual(['Hope → Hope Evans']);
    // "of" and the pupil's class or year after a name is still the pupil.
    expect(await find('Well done to Grace of Class 3 and Hope of 4B on the Duke of Edinburgh award!')).toEqual(['Grace → Grace Taylor', 'Hope → Hope Evans']);
  });
  it('Jack', async () => {
    expect(await find('Jack scored. Jack and the Beanstalk was our play.')).toEqual(['Jack → Jack Wood']);
  });
});

describe('places, dates and roles are not pupils', () => {
  it('skips place and organisation phrases, "visited …" and parts in plays', async () => {
    expect(await unknownIn('We walked down Jordan Road to Victoria Park and visited Florence. Ella played Mary.', record)).toEqual([]);
    expect(await unknownIn('We met at Sophie Lane and walked to Penny Lane.', record)).toEqual([]);
    // Two given names joined are one person's first name, also at a sentence's start.
    expect(await unknownIn('Results: 14.7. Amber-Leigh Nicholls performed. Summer-Rose, Year 3, wrote a poem.', record)).toEqual(['Amber-Leigh Nicholls', 'Summer-Rose']);
    expect(await unknownIn('Next up is the Summer Arts Fair, then we play Royal High School and march with the Scout Band at the Cadet Clay Championships.', record)).toEqual([]);
  });
  it('a line with many capitals is a sentence, not a headline, when a long word in it is in small letters', async () => {
    expect(await unknownIn('Year 9 Netball: Rachel Pipe and Sophie Webb headed out against Kingsway School.', record)).toEqual(['Rachel Pipe', 'Sophie Webb']);
    // A headline keeps only its small words ("with", "from" …) in small letters.
    expect(await find('Summer Fun with Grace Darling Day')).toEqual([]);
  });
});

describe('misspelling threshold', () => {
  it(`${MISSPELLING_THRESHOLD} separates typos from different names`, () => {
    const typos: [string, string][] = [['amelai', 'amelia'], ['isabela', 'isabella'], ['katherin', 'katherine'], ['jessika', 'jessica'], ['mohamed', 'mohammed'], ['alexnder', 'alexander']];
    const different: [string, string][] = [['amelie', 'amelia'], ['ellie', 'ella'], ['harriet', 'harry'], ['jasmine', 'jasper'], ['oliver', 'olivia'], ['maria', 'mario'], ['daniel', 'danielle']];
    for (const [a, b] of typos) expect(similarity(a, b), `${a}/${b}`).toBeGreaterThanOrEqual(MISSPELLING_THRESHOLD);
    // Different names may score above the threshold too (Oliver/Olivia): the matcher never treats a
    // word that is a given name of its own as a misspelling, unless the pupil's surname follows.
    const below = different.filter(([a, b]) => similarity(a, b) < MISSPELLING_THRESHOLD);
    console.log(`[misspelling] threshold ${MISSPELLING_THRESHOLD}: typos ${typos.map(([a, b]) => similarity(a, b).toFixed(3)).join(' ')}; different names ${different.map(([a, b]) => `${a}/${b} ${similarity(a, b).toFixed(3)}`).join(', ')}`);
    expect(below.length).toBeGreaterThan(0);
  });
});

describe('image people tags', () => {
  it('each tag value is a mention located at the attachment', async () => {
    const { postFrom } = await import('./helpers.js');
    const { findPupilMentions } = await import('../../src/consent/mentions.js');
    const { findUnknownNames } = await import('../../src/consent/people.js');
    const { prepareNameKnowledge } = await import('../../src/consent/knowledge.js');
    const k = await prepareNameKnowledge();
    const post = await postFrom('Sports day!\n\n![Race](race.jpg)\n');
    const attachment = post.attachments[0]!;
    attachment.metadata = { gps: [], locationNames: [], people: [{ field: 'XMP-MP:RegionPersonDisplayName', value: 'Amelia Smith' }, { field: 'XMP-iptcExt:PersonInImage', value: 'Oscar Wilde-Jones' }], owner: [], copyright: [], device: {} };
    const mentions = findPupilMentions(post, record, { root: '/' });
    expect(mentions.map((m) => [m.text, m.via, m.offset === attachment.offset, m.fullName])).toEqual([['Amelia Smith', 'people-tag', true, true]]);
    expect(findUnknownNames(post, record, { root: '/' }, k).map((n) => n.text)).toEqual(['Oscar Wilde-Jones']);
  });
  it('a tag written decomposed (a letter, then its accent, as a Mac may write it) is the pupil it spells', async () => {
    const { postFrom } = await import('./helpers.js');
    const { findPupilMentions } = await import('../../src/consent/mentions.js');
    const post = await postFrom('Sports day!\n\n![Race](race.jpg)\n');
    post.attachments[0]!.metadata = { gps: [], locationNames: [], people: [{ field: 'XMP-iptcExt:PersonInImage', value: 'Zoe\u0308 Bronte\u0308' }], owner: [], copyright: [], device: {} };
    expect(findPupilMentions(post, record, { root: '/' }).map((m) => [m.text, m.via, m.fullName])).toEqual([['Zoë Brontë', 'people-tag', true]]);
  });
});

describe('names written in look-alike or styled letters', () => {
  it('are the pupil they spell', async () => {
    const record = await recordFrom(['Amelia,Smith,,4,Y,Y,Y,Y,N,,']);
    // Cyrillic а, е, і inside "Amelia"; full-width "Ｓｍｉｔｈ"; mathematical bold "𝐀𝐦𝐞𝐥𝐢𝐚".
    expect(await pupilsIn('Well done Аmеlіа Smith and Amelia Ｓｍｉｔｈ and 𝐀𝐦𝐞𝐥𝐢𝐚 Smith!', record)).toEqual([
      'Аmеlіа Smith → Amelia Smith (full)',
      'Amelia Ｓｍｉｔｈ → Amelia Smith (full)',
      '𝐀𝐦𝐞𝐥𝐢𝐚 Smith → Amelia Smith (full)',
    ]);
  });
});
