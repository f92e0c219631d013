// Capitalised words in real schools' posts that are given names but, there, no person: a people's or a
// colour's adjective, an organisation or a trophy named after someone, a saint's abbreviation, a title,
// an award, a river. Each case beside the same word used as a pupil's name, which must still be found.
import { describe, expect, it } from 'vitest';
import { pupilsIn, recordFrom, unknownIn } from './helpers.js';

describe('adjectives that are also names', () => {
  it('"Roman", "Navy", "Tudor" before a noun are no one', async () => {
    expect(await unknownIn('Year 3 came to school in Roman costume, learnt Roman numerals and tried on some authentic Roman clothing.')).toEqual([]);
    expect(await unknownIn('Please buy Navy blue trousers from the uniform shop. Year 5 built Tudor houses and visited a Norman castle.')).toEqual([]);
    expect(await unknownIn('We learnt how Roman Britain was governed and toured Tudor House.')).toEqual([]);
    expect(await unknownIn('The District Camp is attended by all Scout troops. The new menu has a Red, Green, Blue colour code.')).toEqual([]);
  });
  it('the same words as pupils: before a verb, in a list, after praise', async () => {
    expect(await unknownIn('Roman scored twice and Roman looked delighted.')).toEqual(['Roman', 'Roman']);
    expect(await unknownIn('Well done to Roman and Tilly for their Roman mosaics!')).toEqual(['Roman', 'Tilly']);
    expect(await unknownIn('Congratulations to Navy for her poem.')).toEqual(['Navy']);
    expect(await unknownIn('Well done to Scout and Blue, who both scored.')).toEqual(['Scout', 'Blue']);
  });
});

describe('organisations and trophies named after someone', () => {
  it('a name followed by School, College, Club or Cup', async () => {
    expect(await unknownIn('Seven Year 6 children went to Ellen Wilkinson School for a netball tournament.')).toEqual([]);
    expect(await unknownIn('The Year 12s stayed at Sidney Sussex College, and the U12s beat Alton Hockey Club 8-0.')).toEqual([]);
    expect(await unknownIn('Well done to Mrs Lloyd’s class, winners of the Margaret Gillies Fair Play Cup, and to Corby Glen Community Primary School.')).toEqual([]);
  });
  it('a pupil before a class, a team or a house is still a pupil', async () => {
    expect(await unknownIn('Star writer this week: Ella Smith Class 4, for her poem about the sea.')).toEqual(['Ella Smith']);
    expect(await unknownIn('Goals from Harry Smith and Oscar Patel, Year 6, for Smith House.')).toEqual(['Harry Smith', 'Oscar Patel']);
  });
});

describe('classes, houses, leagues and Welsh halls (set 12)', () => {
  it('a tree, flower or word-name before a lower-case class, house or team; a league or a section; "Plas …"', async () => {
    expect(await unknownIn('Willow class made lanterns for Eid this week, and Hazel class baked biscuits.')).toEqual([]);
    expect(await unknownIn('After sports day King house are top of the points table.')).toEqual([]);
    expect(await unknownIn('Our under 9s play in the Mid Wessex Junior League and were named team of the year for the whole Junior Section.')).toEqual([]);
    expect(await unknownIn('Pupils out of uniform may be asked to work in Plas Seren until it is sorted.')).toEqual([]);
  });
  it('the same words as pupils', async () => {
    expect(await unknownIn('Well done to Willow and Grace, who both scored for the team.')).toEqual(['Willow', 'Grace']);
    expect(await unknownIn('Congratulations to Hazel, whose class won the attendance cup, and to Seren for her poem.')).toEqual(['Hazel', 'Seren']);
  });
});

describe('a side in a fixture or a score line (set 12)', () => {
  it('"Chester v Caldy": the side is a team wherever the post names it', async () => {
    expect(await unknownIn('Chester v Thornbury U13 report\n\nChester scored first out wide, and Thornbury hit back.\n\nIn the end Chester’s pack made the difference.')).toEqual([]);
  });
  it('two given names either side are people, and a side named in another post is not a team there', async () => {
    expect(await unknownIn('In the tennis final it was Harry v Tom, and Harry won 6-4.')).toEqual(['Harry', 'Tom', 'Harry']);
    expect(await unknownIn('Chester scored twice and Thornbury’s keeper made a great save.')).toEqual(['Chester']);
    expect(await unknownIn('Oakhill v Radstock U13\n\nMonty with figures of 7-0 & Rafi 6-1 kept Radstock in it.')).toEqual(['Monty', 'Rafi']);
  });
});

describe('the school\'s houses', () => {
  it('a house the post names ("Franklin House") is a house wherever else it stands, and with one colour\'s house named, every colour is one', async () => {
    expect(await unknownIn('Franklin House won the shield this year. Well done Franklin!')).toEqual([]);
    expect(await unknownIn('Sports Day\n\nRed house won the trophy with 342 points, just ahead of Blue on 338.')).toEqual([]);
  });
  it('a pupil beside "house points" or "house captain", a charity\'s house, and a colour in a post that names no colour\'s house are still names', async () => {
    expect(await unknownIn('Ruby house points: Ruby earned 50 this week.')).toEqual(['Ruby']);
    expect(await unknownIn('Franklin House won. Well done to Blue, who scored twice.')).toEqual(['Blue']);
    expect(await unknownIn('Congratulations to Franklin, who won the house cup.')).toEqual(['Franklin']);
  });
});

describe('animals, colleges, titles and an air force (set 12)', () => {
  it('"Jenny the horse", "Preston’s College", "Pharaoh", "RAF" are no pupils', async () => {
    expect(await unknownIn('At the farm we groomed Jenny the pony, and back at school Bella the school dog came to say hello.')).toEqual([]);
    expect(await unknownIn('Year 11 went to an open evening at Preston’s College on Tuesday.')).toEqual([]);
    expect(await unknownIn('Year 3 acted out the plagues sent to Pharaoh, and a former pupil flew over in an RAF helicopter.')).toEqual([]);
  });
  it('the same names as pupils', async () => {
    expect(await unknownIn('Well done to Jenny, the fastest runner in Year 5, and to Amelia’s School Council team.')).toEqual(['Jenny', 'Amelia']);
  });
});

describe('numbers', () => {
  it('"Seven" and "Four" are counts, not names', async () => {
    expect(await unknownIn('Seven Year 6 children went to the tournament. Four girls reached the final of the Seven Sisters run.')).toEqual([]);
  });
});

describe('saints, titles, awards and rivers', () => {
  it('"St." with its full stop, a royal title, "Duke of", "Star of", "the River …"', async () => {
    expect(await unknownIn('Year 2 celebrated St. David’s Day, and St. Joseph’s Catholic Primary School visited us.')).toEqual([]);
    expect(await unknownIn('Prince Philip presented their certificates, and we stayed in King Edward’s old holiday house.')).toEqual([]);
    expect(await unknownIn('The Year 10 and 11 Duke of Edinburgh students completed their expedition. Who will be Star of the Week?')).toEqual([]);
    expect(await unknownIn('The biologists visited the River Piddle to compare the species found there.')).toEqual([]);
    expect(await unknownIn('Year 3 had a Stone Age day: Stone Age people hunted and gathered, and we made Bronze Age pots.')).toEqual([]);
  });
  it('the same words as pupils', async () => {
    expect(await unknownIn('St. Joseph’s beat us 2-1, but Joseph scored a cracking goal.')).toEqual(['Joseph']);
    expect(await unknownIn('Brilliant stops from Duke M and Mark R kept us in the game.')).toEqual(['Duke M', 'Mark R']);
    expect(await unknownIn('Well done to Prince Adebayo, and a goal from River Smith sealed it.')).toEqual(['Prince Adebayo', 'River Smith']);
    expect(await unknownIn('Well done to Star, who read her poem in assembly.')).toEqual(['Star']);
  });
});

// Set 7 of real posts, read against a record of common first names: words written in capitals,
// "Star pupils", a wartime general, adults named by their role.
describe('capitals, awards and adults named by their role', () => {
  const record = () =>
    recordFrom(['Will,Turner,,5,Y,Y,Y,N,N,,', 'Isabella,Hughes,,4,Y,Y,Y,N,N,,', 'Star,Ward,,3,Y,Y,Y,N,N,,', 'Charles,Hill,,6,Y,Y,Y,N,N,,', 'William,Green,,2,Y,Y,Y,N,N,,', 'David,King,,6,Y,Y,Y,N,N,,', 'Daniel,Wood,,5,Y,Y,Y,N,N,,']);
  it('a word-name in capitals is emphasis; capitals beside capitals are a heading', async () => {
    expect(await pupilsIn('Rehearsals are off over Easter, but we WILL be back on the first Monday of term!', await record())).toEqual([]);
    expect(await pupilsIn('Match report: Girls U14A v ISA HOCKEY tournament, away.', await record())).toEqual([]);
    expect(await pupilsIn('Match Report\nOakfield School Girls-U14A vs  ISA HOCKEY\nVenue: Away', await record())).toEqual([]);
    expect((await pupilsIn('WELL DONE TO WILL AND ISABELLA FOR THEIR RUNS!', await record())).map((m) => m.split(' → ')[0])).toEqual(['WILL', 'ISABELLA']);
    expect(await unknownIn('Our chief feature writer AVA EDWARDS finds out how students raise money.')).toEqual(['AVA']);
  });
  it('"Star pupils": an award before the pupils it is given to', async () => {
    expect(await pupilsIn("Today's Star pupils, chosen by their classmates, were Jess and Amir.", await record())).toEqual([]);
  });
  it('a general or an admiral, and an adult given a role before or after the name', async () => {
    expect(await pupilsIn('Our VE Day guests included General Charles de Gaulle and Admiral Sir Andrew Cunningham.', await record())).toEqual([]);
    expect(await pupilsIn('The service was led by our Church Warden Bill Sivewright. Bill explained what each part of the Christingle means.', await record())).toEqual([]);
    expect(await pupilsIn('Our Tour Guide David kept us busy all week.', await record())).toEqual([]);
    expect(await pupilsIn('When we arrived, Dan, our group leader, showed us around the site.', await record())).toEqual([]);
    expect(await pupilsIn('In the resort we met our ski coordinator, Will, who looked after us all week.', await record())).toEqual([]);
    expect(await pupilsIn('At the hotel we met Charles and Will, our ski coordinators for the week.', await record())).toEqual([]);
  });
  it('a festival\'s symbols and a story\'s hero are no pupils', async () => {
    const story = await recordFrom(['Star,Ward,,3,Y,Y,Y,N,N,,', 'Jack,Hill,,3,Y,Y,Y,N,N,,', 'James,Cole,,3,Y,Y,Y,N,N,,']);
    expect(await pupilsIn('Year 2 made Eid Moon and Star lanterns to hang in the hall.', story)).toEqual([]);
    expect(await pupilsIn('At the fairy-tale exhibition the children climbed Jack’s beanstalk and met the big bad wolf.', story)).toEqual([]);
    expect(await pupilsIn('Year 3 acted out the scene where James rolls away inside the giant peach.', story)).toEqual([]);
    expect(await unknownIn('After hearing the story of Jack and his beanstalk, Reception planted beans. Eid Moon and Star cards went home.', story)).toEqual([]);
    expect(await unknownIn('After hearing the story of Jack and his beanstalk, Reception planted beans.')).toEqual([]);
    expect((await pupilsIn('Jack and Star read their poems. James drew a beanstalk for the display, and Jack a peach.', story)).map((m) => m.split(' → ')[0])).toEqual(['Jack', 'Star', 'James', 'Jack']);
  });
  it('a pupil in the record is not taken for a story\'s hero or an adult by one loose word', async () => {
    const pupils = await recordFrom(['Charlie,Ward,,3,Y,Y,Y,N,N,,', 'Peter,Hill,,3,Y,Y,Y,N,N,,']);
    const named = async (text: string) => (await pupilsIn(text, pupils)).map((m) => m.split(' → ')[0]);
    expect(await named('Charlie enjoyed the visit to the factory.')).toEqual(['Charlie']);
    expect(await named('Charlie loved our trip to the Cadbury factory today.')).toEqual(['Charlie']);
    expect(await named('Peter was brilliant as the wolf in our play.')).toEqual(['Peter']);
    expect(await named('Our Eco Officer, Charlie, collected the recycling.')).toEqual(['Charlie']);
    expect(await named('Charlie and Peter, our tour guides, showed parents round.')).toEqual(['Charlie', 'Peter']);
    expect(await named('Well done to our young chef, Charlie, who won the bake off.')).toEqual(['Charlie']);
  });
  it('a pupil holding a cadet or model-UN rank is still a pupil', async () => {
    const cadets = await recordFrom(['Lucas,Lu,,13,Y,Y,Y,N,N,,', 'Sammy,Moore,,12,Y,Y,Y,N,N,,']);
    expect((await pupilsIn('They were led by Cadet Staff Sergeant Lucas Lu, of Year 13. The debate was chaired by Secretary General Sammy Moore.', cadets)).map((m) => m.split(' → ')[0])).toEqual(['Lucas Lu', 'Sammy Moore']);
  });
  it('the same names as pupils', async () => {
    expect((await pupilsIn('Well done to Will for his solo, and to Star and Charles for their poems.', await record())).map((m) => m.split(' → ')[0])).toEqual(['Will', 'Star', 'Charles']);
    expect((await pupilsIn('Bill scored twice and Dan saved a penalty.', await record())).map((m) => m.split(' → ')[0])).toEqual(['Bill', 'Dan']);
  });
});
