import { doNotPublish } from '../../../src/rules/consent/do-not-publish.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { HEADER, manyNamesake, RECORD as consent } from './fixtures.js';

/** A pupil whose name is also a flower's, on the list. */
const poppy = [HEADER, 'Poppy,White,,5,Y,Y,Y,Y,Y,,'].join('\n');
/** Pupils on the list who share a famous book's characters' names and places' names. */
const books = [HEADER, ...['Matilda', 'Wendy', 'Peter', 'Lincoln', 'Jordan'].map((n) => `${n},Test,,5,Y,Y,Y,Y,Y,,`)].join('\n');
/** Pupils on the list who share the names of figures of faith and history. */
const faith = [HEADER, ...['William', 'Thomas', 'Harry', 'Jonah', 'Moses', 'Rama', 'Sita', 'Ibrahim', 'Nanak', 'Krishna', 'Muhammad', 'Ali', 'Daniel', 'Isaac'].map((n) => `${n},Test,,5,Y,Y,Y,Y,Y,,`)].join('\n');
/** Pupils on the list who share their names with firms at a careers fair. */
const firms = [HEADER, ...['John', 'Lewis', 'Spencer', 'Sky', 'James', 'Jack'].map((n) => `${n},Test,,11,Y,Y,Y,Y,Y,,`)].join('\n');
/** Pupils on the list whose names are also a school's values, classes, houses and songs' words. */
const words = [HEADER, ...['Hope', 'Faith', 'Grace', 'Joy', 'Iris', 'Violet', 'Willow', 'Rowan', 'Ruby', 'Amber'].map((n) => `${n},Test,,5,Y,Y,Y,Y,Y,,`)].join('\n');

/** Pupils on the list known by their surnames in match reports, and one whose surname is a famous author's. */
const team = [HEADER, 'Oluwaseun,Adebayo,,9,N,N,N,N,Y,,', 'Zofia,Kowalski,,9,N,N,N,N,Y,,', 'Priya,Patel,,9,N,N,N,N,Y,,', 'Bea,Dickens,,9,N,N,N,N,Y,,', 'Ola,Green,,9,N,N,N,N,Y,,'].join('\n');

/** Pupils on the list who share the names of a story's characters. */
const nativity = [HEADER, ...['Mary', 'Joseph', 'Noah', 'Amelia'].map((n) => `${n},Test,,2,Y,Y,Y,Y,Y,,`)].join('\n');

ruleTester(doNotPublish, {
  valid: [
    // A surname alone: only where a person did something, and not an adult's with a title, a famous
    // person's, a family's, part of someone else's name or of a place's, a house colour.
    { post: 'Mrs Adebayo ran the cake stall. Adebayo said it was the best fair yet.', consent: team },
    { post: 'The Adebayo family donated books to the library.', consent: team },
    { post: 'The Wright brothers flew the first aeroplane, Year 2 learned.', consent: [HEADER, 'Ola,Wright,,2,Y,Y,Y,Y,Y,,'].join('\n') },
    { post: 'Well done to the team: Adebayo and Kowalski were outstanding.', consent: team },
    { post: 'Tunde Adebayo scored for the old boys in the alumni match.', consent: team },
    { post: 'Patel Road is closed for roadworks, so please use the side gate.', consent: team },
    { post: 'Dickens wrote A Christmas Carol in 1843, and Year 8 loved it.', consent: team },
    { post: 'Green won the house cup for the third year running!', consent: team },
    { post: 'Goals from the training ground: Patel Road pitch is open again. Player of the match was Year 7.', consent: team },
    { post: 'Player of the match was adebayo, who scored twice.', consent: team },
    // The nativity and other stories told: the characters, and the parts pupils were given.
    { post: 'Mary, Joseph and the Three Kings were played by Reception.', consent: nativity },
    { post: 'The part of Mary was played by Year 2, and the role of Joseph by Year 1.', consent: nativity },
    { post: 'Mary and Joseph arrived in Bethlehem, and the innkeeper turned them away.', consent: nativity },
    { post: "Our nativity told the story of Mary and Joseph's journey. In our nativity, Mary rode a donkey to Bethlehem.", consent: nativity },
    { post: 'In RE, Year 3 learned how Noah built the ark before the flood.', consent: nativity },
    { post: 'Our class story this week: Hermione and Harry sneak out of Gryffindor tower.', consent: [HEADER, 'Hermione,Test,,4,Y,Y,Y,Y,Y,,'].join('\n') },
    // A first name alone in small letters: only with praise before it or a deed after it, and never a word-name or a place.
    { post: 'we read about oluwaseun in the paper', consent: team },
    { post: 'our trip to florence was amazing', consent: [HEADER, 'Florence,Test,,5,Y,Y,Y,Y,Y,,'].join('\n') },
    { post: 'well done to hope and faith class for their assembly', consent: words },
    { post: 'thanks to grace and the choir', consent: words },
    { post: 'Congratulations to Oscar!', consent },
    { post: 'Congratulations to Year 5!', consent },
    { post: 'Our walk went through Little Jayden and on to Great Jayden.', consent },
    // A Remembrance post: the flower, after "a" and a describing word, before a thing.
    { post: 'Year 2 made a giant Poppy collage for the hall.', consent: poppy },
    // A church school's values, classes named after trees and flowers, its houses, a hymn's and a carol's title.
    { post: 'Our school values are Respect, Hope, Faith and Love.', consent: words },
    { post: 'This half term our Christian value is Hope.', consent: words },
    { post: 'Our value of the month is Joy.', consent: words },
    { post: 'Well done to Iris and Violet classes for the best reading records.', consent: words },
    { post: 'Well done to Willow and Rowan classes, who had 100% attendance.', consent: words },
    { post: 'Our houses are Ruby, Sapphire, Emerald and Amber.', consent: words },
    { post: 'Year 6 sang "Amazing Grace" beautifully.', consent: words },
    { post: 'We sang Joy to the World at the carol service.', consent: words },
    // A famous author's or character's possessive before the book or the character it names; a school trip's place.
    { post: "World Book Day: Roald Dahl's Matilda was the most popular costume.", consent: books },
    { post: "Peter Pan's Wendy and Roald Dahl's Matilda were both there.", consent: books },
    { post: 'The Year 9 trip to Lincoln was brilliant.', consent: books },
    // RE and science posts: figures learnt about, a story told, a prophet's, a guru's and a god's titles, a famous boxer.
    { post: 'Year 1 heard about Jonah and the whale, and Year 4 learned about Moses and the Ten Commandments.', consent: faith },
    { post: 'Year 3 retold the story of Rama and Sita with shadow puppets.', consent: faith },
    { post: 'Year 6 learned about the Prophet Ibrahim, Guru Nanak and Lord Krishna.', consent: faith },
    { post: 'Year 5 learned about Isaac Newton and why the apple fell.', consent: faith },
    { post: 'Muhammad Ali was a champion boxer and a civil rights campaigner.', consent: faith },
    // A ruler's epithet; a member of staff's new baby.
    { post: 'Year 7 found out how William the Conqueror crushed the rebellions in the north.', consent: faith },
    { post: 'Congratulations to Mrs Hughes on the birth of baby Thomas!', consent: faith },
    // Employers at a careers fair: a firm named after its founder, one with "&", a word-name among other firms.
    { post: 'Employers at the Careers Fair included John Lewis, Marks & Spencer, Virgin Media, Sky, Ryanair and Boots.', consent: firms },
    { post: 'Thanks to Tesco, Sky, Aldi and Greggs for the raffle prizes.', consent: firms },
    { post: 'Year 11 Business students studied how James Dyson built his company.', consent: firms },
  ],
  invalid: [
    // A match report names pupils by their surnames.
    { post: 'Adebayo scored twice in the second half to seal the win.', consent: team, errors: [{ message: 'Adebayo is on the do-not-publish list (a surname alone)', line: 1, column: 1 }] },
    { post: "A superb save before Kowalski's late winner.", consent: team, errors: [{ message: /^Kowalski is on the do-not-publish list/ }] },
    { post: 'Our U14s won 3-1. Then Patel added a third from the spot.', consent: team, errors: [{ message: /^Patel is on the do-not-publish list \(a surname alone\)/ }] },
    { post: 'A 4-2 win away at Hillside. Scorers: Adebayo (2), Patel and Kowalski.', consent: team, errors: [{ message: /^Adebayo is on/ }, { message: /^Patel is on/ }, { message: /^Kowalski is on/ }] },
    { post: 'Goals from Adebayo and Kowalski sealed it. Player of the match: Patel.', consent: team, errors: [{ message: /^Adebayo is on/ }, { message: /^Kowalski is on/ }, { message: /^Patel is on/ }] },
    { post: 'Scorers: Adebayo (2), Patel, Kowalski.', consent: team, errors: [{ message: /^Adebayo is on/ }, { message: /^Patel is on/ }, { message: /^Kowalski is on/ }] },
    { post: 'The Grant-Fitzgerald sisters raised £200 for charity.', consent: [HEADER, 'Eliza,Grant-Fitzgerald,,5,Y,Y,Y,Y,Y,,'].join('\n'), errors: [{ message: 'Grant-Fitzgerald is on the do-not-publish list (a surname alone)' }] },
    { post: 'The Kowalski twins ran the tuck shop this week.', consent: team, errors: [{ message: 'Kowalski is on the do-not-publish list (a surname alone)' }] },
    // … but a pupil of that name praised, placed in a class or cast in a part is still named.
    { post: 'Well done to Mary, who was a brilliant angel in our nativity.', consent: nativity, errors: [{ message: 'Mary is on the do-not-publish list' }] },
    { post: 'Joseph in Year 2 sang a solo at the nativity.', consent: nativity, errors: [{ message: 'Joseph is on the do-not-publish list' }] },
    { post: 'Joseph was a brilliant shepherd in the nativity.', consent: nativity, errors: [{ message: 'Joseph is on the do-not-publish list' }] },
    { post: 'Mary was played beautifully by Amelia.', consent: nativity, errors: [{ message: 'Amelia is on the do-not-publish list' }] },
    { post: 'Noah scored twice for the U9s.', consent: nativity, errors: [{ message: 'Noah is on the do-not-publish list' }] },
    { post: 'Hermione in Year 4 came dressed as a Hogwarts student for World Book Day.', consent: [HEADER, 'Hermione,Test,,4,Y,Y,Y,Y,Y,,'].join('\n'), errors: [{ message: 'Hermione is on the do-not-publish list' }] },
    // A quick post in small letters.
    { post: 'well done to oluwaseun for his brilliant poem!', consent: team, errors: [{ message: 'oluwaseun is on the do-not-publish list', line: 1, column: 14 }] },
    { post: 'zofia scored twice in the final', consent: team, errors: [{ message: 'zofia is on the do-not-publish list' }] },
    { post: "huge shout out to priya's mum for the cakes", consent: team, errors: [{ message: 'priya is on the do-not-publish list' }] },
    { name: '2,000 pupils called Ella, one on the list, the name used 40 times: each use reported', ...manyNamesake('Ella', 2000, (i) => `,4,Y,Y,Y,Y,${i === 1999 ? 'Y' : 'N'},,`), errors: 40 },
    { post: 'Congratulations to Jayden!', consent, errors: [{ message: 'Jayden is on the do-not-publish list', line: 1, column: 20 }] },
    { post: '![Jayden at sports day](sports.jpg)', consent, files: { 'sports.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]) }, errors: [{ message: /Jayden is on the do-not-publish list \(in alt text\)/ }] },
    { post: 'Go #TeamJayden!', consent, errors: [{ message: /in a hashtag/ }] },
    // A word before the name that leads a place's name only when capitalised ("Little Chalfont").
    { post: 'Shout out to little Jayden who tried so hard in the egg and spoon.', consent, errors: [{ message: 'Jayden is on the do-not-publish list' }] },
    { post: 'Congratulations to 10-year-old Jayden on his award.', consent, errors: [{ message: 'Jayden is on the do-not-publish list' }] },
    // … but the pupil after "a" with more words, or before a list, or on her own, is still named.
    { post: 'Well done to a very brave Poppy, who sang a solo.', consent: poppy, errors: [{ message: 'Poppy is on the do-not-publish list' }] },
    { post: 'Thank you to a brilliant Poppy and Jack for their help.', consent: poppy, errors: [{ message: 'Poppy is on the do-not-publish list' }] },
    { post: 'The amazing Poppy turned five today!', consent: poppy, errors: [{ message: 'Poppy is on the do-not-publish list' }] },
    { post: 'Year 2 made a giant Poppy collage. Poppy loved it.', consent: poppy, errors: [{ message: 'Poppy is on the do-not-publish list', column: 36 }] },
    // … and the pupil praised for the values, winning, in a list with a name that is no word, in a song's possessive, praised in quotes.
    { post: 'For living our school values, well done to Hope!', consent: words, errors: [{ message: 'Hope is on the do-not-publish list' }] },
    { post: 'Our value of the month is Kindness, and Hope won the award for it.', consent: words, errors: [{ message: 'Hope is on the do-not-publish list' }] },
    { post: 'Well done to Amelia and Hope, whose classes won.', consent: words, errors: [{ message: 'Hope is on the do-not-publish list' }] },
    { post: "We sang Grace's favourite hymn.", consent: words, errors: [{ message: 'Grace is on the do-not-publish list' }] },
    { post: '"Amazing Hope!" said Mrs Patel.', consent: words, errors: [{ message: 'Hope is on the do-not-publish list' }] },
    { post: 'House points to Ruby for her kindness.', consent: words, errors: [{ message: 'Ruby is on the do-not-publish list' }] },
    // … but not past a comma or a preposition, nor a ball passed or a house visited.
    { post: "Roald Dahl's books, and Matilda's poem, were on display.", consent: books, errors: [{ message: 'Matilda is on the do-not-publish list' }] },
    { post: "Roald Dahl's books are loved by Matilda.", consent: books, errors: [{ message: 'Matilda is on the do-not-publish list' }] },
    { post: 'The ball went to Lincoln, who scored.', consent: books, errors: [{ message: 'Lincoln is on the do-not-publish list' }] },
    { post: "Our visit to Jordan's house was fun.", consent: books, errors: [{ message: 'Jordan is on the do-not-publish list' }] },
    // … but a pupil heard about in the possessive, a pupil who learned, or who told the story, is named.
    { post: "We heard about Daniel's trip to Spain.", consent: faith, errors: [{ message: 'Daniel is on the do-not-publish list' }] },
    { post: 'Daniel learned about Moses.', consent: faith, errors: [{ message: 'Daniel is on the do-not-publish list' }] },
    { post: 'Well done to Harry the goalkeeper!', consent: faith, errors: [{ message: 'Harry is on the do-not-publish list' }] },
    { post: 'We welcomed Thomas to Year 3.', consent: faith, errors: [{ message: 'Thomas is on the do-not-publish list' }] },
    { post: 'Thank you to Tesco, Sky and John.', consent: firms, errors: [{ message: 'Sky is on the do-not-publish list' }, { message: 'John is on the do-not-publish list' }] },
    { post: "Well done to Sky, Year 6's top reader.", consent: firms, errors: [{ message: 'Sky is on the do-not-publish list' }] },
    { post: 'Well done to Jack & Spencer for their hard work.', consent: firms, errors: [{ message: 'Jack is on the do-not-publish list' }, { message: 'Spencer is on the do-not-publish list' }] },
    { post: 'Well done to Rama, who told the story of Diwali.', consent: faith, errors: [{ message: 'Rama is on the do-not-publish list' }] },
  ],
});
