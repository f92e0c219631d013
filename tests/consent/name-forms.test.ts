// Ways people write a pupil's name that the matcher once missed (consent27's probes of ~90 posts):
// letters whose mark is part of them typed plain, a name run together in a tag or a file name, a
// surname written in two words or without its apostrophe, initials, first names of two words, the
// surname first, and a line break written as a tag.
import { describe, expect, it } from 'vitest';
import { prepareNameKnowledge } from '../../src/consent/knowledge.js';
import { findPupilMentions } from '../../src/consent/mentions.js';
import { postFrom, pupilsIn, recordFrom } from './helpers.js';

const record = await recordFrom([
  'Łukasz,Nowak,,4,N,N,N,N,N,,',
  'Elif,Yılmaz,,5,N,N,N,N,N,,',
  'Kwame,Mensah,,6,N,N,N,N,N,,',
  'Zuzanna,Wójcik,,3,N,N,N,N,N,,',
  "Seán,O'Connor,,6,N,N,N,N,N,,",
  "Siobhán,O'Connor,,4,N,N,N,N,N,,",
  'Hamish,MacDonald,,3,N,N,N,N,N,,',
  'Arjun,Khan,,5,N,N,N,N,N,,',
  'Muhammad Ali,Khan,,5,N,N,N,N,N,,',
  'Mary Jane,Whitfield,,6,N,N,N,N,N,,',
  'Kaur,Harpreet,,5,N,N,N,N,N,,',
  'Amelia,Smith,,4,N,N,N,N,N,,',
  'Jordan,Thomas,,4,N,N,N,N,N,,',
  'Thomas,Jordan,,4,N,N,N,N,N,,',
]);

const find = (text: string) => pupilsIn(text, record);

describe('names as people write them', () => {
  it('letters whose mark is part of the letter (Ł, ı, ø …) are found typed plain, and the other way', async () => {
    expect(await find('Well done Lukasz Nowak and Elif Yilmaz!')).toEqual(['Lukasz Nowak → Łukasz Nowak (full)', 'Elif Yilmaz → Elif Yılmaz (full)']);
    expect(await find('ELİF YILMAZ won the spelling bee.')).toEqual(['ELİF YILMAZ → Elif Yılmaz (full)']);
    const plain = await recordFrom(['Lukasz,Nowak,,4,N,N,N,N,N,,']);
    expect(await pupilsIn('Well done Łukasz!', plain)).toEqual(['Łukasz → Lukasz Nowak']);
  });

  it('a first name and surname run together in a hashtag, an @mention or a file name', async () => {
    expect(await find('Player of the match #kwamemensah')).toEqual(['kwamemensah → Kwame Mensah (full)']);
    expect(await find('Thanks @seanoconnor!')).toEqual(["seanoconnor → Seán O'Connor (full)"]);
    expect(await find('![Sports day](ZuzannaWojcik.jpg)')).toEqual(['ZuzannaWojcik → Zuzanna Wójcik (full)']);
    expect(await find('#MensahKwame')).toEqual(['MensahKwame → Kwame Mensah (full)']);
  });

  it('a surname in two words or without its apostrophe ("O Connor", "Oconnor", "Mac Donald")', async () => {
    expect(await find('Well done Siobhan O Connor!')).toEqual(["Siobhan O Connor → Siobhán O'Connor (full)"]);
    expect(await find('Congratulations to Siobhan Oconnor.')).toEqual(["Siobhan Oconnor → Siobhán O'Connor (full)"]);
    expect(await find('Well done Hamish Mac Donald!')).toEqual(['Hamish Mac Donald → Hamish MacDonald (full)']);
  });

  it('an initial and a surname, either way round ("A. Khan", "Smith A.", "Smith, A."), but not an adult', async () => {
    expect(await find('Certificates went to A. Khan and Z. Wójcik.')).toEqual(['A. Khan → Arjun Khan', 'Z. Wójcik → Zuzanna Wójcik']);
    expect(await find('Winners: Smith A., Mensah K.')).toEqual(['Smith A → Amelia Smith', 'Mensah K → Kwame Mensah']);
    expect(await find('Winners: Smith, A. and Mensah, K.')).toEqual(['Smith, A → Amelia Smith', 'Mensah, K → Kwame Mensah']);
    expect(await find('Mr Khan\'s class and Mr A. Khan visited. B. Khan came too.')).toEqual([]);
    expect(await find('A Khan family outing. Smith A won.')).toEqual([]);
  });

  it('a first name of two words, whole, with or without the surname', async () => {
    expect(await find('Muhammad Ali Khan won the chess final.')).toEqual(['Muhammad Ali Khan → Muhammad Ali Khan (full)']);
    expect(await find('Mary-Jane did brilliantly in the play.')).toEqual(['Mary-Jane → Mary Jane Whitfield']);
    expect(await find('Mary Jane Whitfield won the poetry prize.')).toEqual(['Mary Jane Whitfield → Mary Jane Whitfield (full)']);
    expect(await find('We learned about Muhammad Ali.')).toEqual([]);
  });

  it('the surname first, with a space, when the words are no pupil\'s first name and surname the usual way', async () => {
    expect(await find('Well done Harpreet Kaur for her speech.')).toEqual(['Harpreet Kaur → Kaur Harpreet (full)']);
    expect(await find('Well done to Mensah Kwame!')).toEqual(['Mensah Kwame → Kwame Mensah (full)']);
    expect(await find('Well done Jordan Thomas!')).toEqual(['Jordan Thomas → Jordan Thomas (full)']);
  });

  it('a line break written as a tag parts the words ("Amelia<br>Smith")', async () => {
    expect(await find('Amelia<br>Smith won the sack race.')).toEqual(['Amelia\nSmith → Amelia Smith (full)']);
  });

  it('spellings and short forms of Irish, Polish and Welsh names (lexicons/nicknames.yaml)', async () => {
    expect(await find("Well done Shaun O'Connor and Zuzia!")).toEqual(["Shaun O'Connor → Seán O'Connor (full)", 'Zuzia → Zuzanna Wójcik']);
  });
});

describe('names as people write them: more forms', () => {
  const more = recordFrom([
    'Kwame,Mensah,,6,N,N,N,N,N,,',
    'Jack,Harrowgate,,6,N,N,N,N,N,,',
    'Christian,Frost,,6,N,N,N,N,N,,',
    'Daan,van der Berg,,5,N,N,N,N,N,,',
    'Dafydd,ap Rhys,,5,N,N,N,N,N,,',
    'Gwenllian,Prydderch,,4,N,N,N,N,N,,',
    'Muhammad Ali,Khan,,5,N,N,N,N,N,,',
    'May,Lee,,1,N,N,N,N,N,,',
  ]);
  const findMore = async (text: string) => pupilsIn(text, await more);

  it('a first name and surname both in small letters, as a quick social post writes them', async () => {
    expect(await findMore('well done kwame mensah and shout out to jack harrowgate')).toEqual(['kwame mensah → Kwame Mensah (full)', 'jack harrowgate → Jack Harrowgate (full)']);
    // A first name alone in small letters may be a word ("christian values"); so may a word before a word ("jack frost").
    expect(await findMore('our christian values; jack frost visited; we read about kwame')).toEqual([]);
    // … but not after praise or before a deed.
    expect(await findMore('so proud of kwame; jack scored twice')).toEqual(['kwame → Kwame Mensah']);
  });

  it('a name with a number after it in a file name', async () => {
    expect(await findMore('![](photos/kwame1.jpg) ![](kwamemensah2.jpg)')).toEqual(['kwame1 → Kwame Mensah', 'kwamemensah2 → Kwame Mensah (full)']);
    expect(await findMore('![](photos/may2026.jpg) #Year6')).toEqual([]);
  });

  it('a surname whose first words are written small ("van der Berg", "ap Rhys")', async () => {
    expect(await findMore('Well done Daan van der Berg and Dafydd ap Rhys!')).toEqual(['Daan van der Berg → Daan van der Berg (full)', 'Dafydd ap Rhys → Dafydd ap Rhys (full)']);
  });

  it('a later word of a first name of two before the surname ("Ali Khan"), and Gwen for Gwenllian', async () => {
    expect(await findMore('Well done Ali Khan and Gwen Prydderch!')).toEqual(['Ali Khan → Muhammad Ali Khan (full)', 'Gwen Prydderch → Gwenllian Prydderch (full)']);
  });
});

describe("the page's web address", () => {
  it("reads the post's own file name and its slug or permalink as a file name (a site generator publishes them)", async () => {
    await prepareNameKnowledge();
    const names = async (markdown: string, file: string) =>
      findPupilMentions(await postFrom(markdown, file), record, { root: '/' }).map((m) => `${m.text} → ${m.pupils.map((p) => p.firstName).join(' / ')} (${m.segment.field})`);
    expect(await names('Well done!\n', '2026-06-01-kwame-mensah-wins.md')).toEqual(['kwame mensah → Kwame (2026-06-01-kwame-mensah-wins.md)']);
    expect(await names('---\nslug: zuzanna-wojcik-art-prize\n---\n\nWell done!\n', 'post.md')).toEqual(['zuzanna wojcik → Zuzanna (zuzanna-wojcik-art-prize)']);
    expect(await names('---\npermalink: /news/2026/KwameMensah/\n---\n\nWell done!\n', 'news.md')).toEqual(['KwameMensah → Kwame (/news/2026/KwameMensah/)']);
    expect(await names('Well done!\n', '2026-06-01-sports-day.md')).toEqual([]);
  });
});
