import { tagging } from '../../../src/rules/text/tagging.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const consent = [
  'first_name,last_name,preferred_name,year_group,photo_website,photo_social,video,name_published,do_not_publish,withdrawn_on,expires_on',
  'Amelia,Smith,,4,Y,Y,Y,Y,N,,',
  'Summer,Jones,,3,Y,Y,Y,Y,N,,',
  'Jacob,Okafor,Jake,6,Y,Y,Y,Y,N,,',
].join('\n');

ruleTester(tagging, {
  valid: [
    // Session 25: relatives of a number, the school or a year group name no child.
    "Happy Mother's Day to all our #MumsOfHarbourside and #ProudParentsOfYear6! #ProudMumOf3",
    // Session 25: a year group with more in the brackets is who the handle served, not the handle's owner.
    "Thanks to @bakery_on_main (Year 6 leavers' cake supplier) for the cake.",
    'Thanks @harbourside_pta (Year 6 parents) for the disco.',
    // miss31 neighbours: a club's and a school's accounts with a year, a farm's account with a number, a famous person
    // and a team thanked in a post about a year group, an event's hashtag.
    'Follow @oakfieldprimary2015 for photos from the fair.',
    'Thanks @jamesfarm12 for the pumpkins!',
    'Thank you @MarcusRashford for your campaign, from everyone in Year 6.',
    'Thanks @LeedsRhinos for visiting Year 5 today!',
    '#SummerFair was a hit, Year 3!',
    'Year 5 loved #RoaldDahlDay and you all dressed up brilliantly.',
    'Thanks to @TescoUK for the fruit and to our parents for the cakes. Year 3 visited @PaigntonZoo yesterday.',
    'Year 4 loved their trip to the Roman baths! #SportsDay2026',
    'Thanks to @HarbourPTA for the cakes and to #TeamHarbourside.',
    'Congratulations to our #Year6Leavers and good luck at secondary school!',
    { post: 'Well done @HarbourPrimary netball squad! #HarbourPride', config: { school: { accounts: ['@HarbourPrimary', '#HarbourPride'] } } },
    { post: 'Amelia read her poem beautifully in assembly. #PoetryWeek', consent },
    'E-mail office@harbourside.example.sch.uk with any questions.',
    // miss32 neighbours: a cheering hashtag with no child's name, a year group's visit to a business, a winner's
    // organiser's account, a year group with a verb before a handle.
    'Well done Year 3! #TeamGB #GoTeam #LoveReading',
    'Congratulations to our Year 6 winner @SpellingBeeUK',
    'Year 6 met @jamie_oliver today.',
    'Go Tilly! #TeamGB',
    'Follow @BBCSport and @educationgovuk for updates.',
    'Code club learned about the C# language and #include lines.',
    { post: 'Our #Summer2026 fair raised £900!', consent },
    // A class's or a team's account: a year mark with no given name (a sweep of ordinary posts).
    'Follow @HarbourY6 for daily updates from Year 6 and @HarbourYear2 for Year 2!',
    'Well done to @HarbourColts2015 on winning the league, and thanks @EcoSchools2025!',
    // Links to the school's pages, to a post or a group, not to a child's account.
    'Follow us on [Facebook](https://www.facebook.com/HarbourPrimary) and see [the photos](https://www.instagram.com/p/Cx123abc/) or join [the PTA](https://www.facebook.com/groups/harbourpta).',
    // A famous author's handle: the first name goes on with someone else's surname (World Book Day).
    { post: 'Thanks @Amelia_Earhart_Fdn and @Jacob_Sager for the inspiration! #WorldBookDay', consent },
  ],
  invalid: [
    // miss31: a person's name as a hashtag in a post about a pupil or spoken to, a name run together with an age in a
    // post about a pupil, a parent's own handle (a warning).
    { post: 'Congrats #SamuelAdeyemi, our new Head Boy!', errors: [{ message: "person's name in a post about a pupil" }] },
    { post: '#RayanAhmed #Year4 #WordsmithOfTheWeek', errors: [{ message: '#RayanAhmed' }] },
    { post: 'Congratulations #MollyThompson on your grade 3 piano!', errors: [{ message: '#MollyThompson' }] },
    { post: 'Proud of @harrisonbrooks10, selected for the Lancashire U14 cricket squad.', errors: [{ message: "child's own account" }] },
    { post: 'Big thanks to @sarahjones_mum for baking 60 cupcakes!', errors: [{ message: 'family member', severity: 'warning' }] },
    // … but the pupil's own surname or initial after it, or the name alone, is the pupil's account.
    { post: 'Well done @Amelia_S!', consent, errors: [{ message: 'names a pupil from the consent record' }] },
    { post: 'Well done @Amelia_Smith!', consent, errors: [{ message: 'names a pupil from the consent record' }] },
    { post: 'Well done @Amelia!', consent, errors: [{ message: 'names a pupil from the consent record' }] },
    { post: "Shout out to Amelia's mum @sarahjones82 for the amazing cakes!", errors: [{ message: /family member/, severity: 'warning' }] },
    { post: 'Well done @amelia_smith2016 on your swimming badge!', errors: [{ message: "child's own account", column: 11, severity: 'error' }] },
    { post: 'Player of the match: #AmeliaSmith!', consent, errors: [{ message: 'names a pupil from the consent record' }] },
    { post: 'Shout out to @jake_okafor for the winning goal.', consent, errors: [{ message: 'names a pupil' }] },
    { post: 'Great effort from @lily.y6 today.', errors: [{ message: "child's own account" }] },
    { post: 'Follow @kofi_mensah2014 and @priya.y9 for their art!', errors: [{ message: "child's own account" }, { message: "child's own account" }] },
    { post: 'Happy birthday @JakeO! 🎂', consent, errors: [{ message: 'names a pupil' }] },
    { post: 'Congratulations @Amelia Smith on your medal!', consent, errors: [{ message: 'names a pupil', column: 17 }] },
    // miss32: a name hashtag closed by a year group or an initial, a child's handle after a pupil's role or beside
    // the same name in a paragraph about a pupil, after "her son", a cheering hashtag with the child's name spoken to.
    { post: 'Check out this brilliant rainforest model by #AlfieDixonY4!', errors: [{ message: '#AlfieDixonY4' }] },
    { post: 'Another win for #KaydenJamesF at the Under 9 tennis!', errors: [{ message: '#KaydenJamesF' }] },
    { post: 'Good luck to our swimmer #IslaMcKenzie in Sheffield this weekend', errors: [{ message: '#IslaMcKenzie' }] },
    { post: 'So proud of our Year 5 poet @poppy_writes_x, whose poem was read on the radio', errors: [{ message: '@poppy_writes_x' }] },
    { post: 'Our new head girl is @ellie.m.official! Congratulations Ellie', errors: [{ message: '@ellie.m.official' }] },
    // Session 25: a handle with a given name, its year group alone in brackets after it.
    { post: 'Follow @cooking_with_mila (Year 6) for her amazing bakes!', errors: [{ message: '@cooking_with_mila' }] },
    { post: 'Well done @amelia.draws (Y4) for the poster.', errors: [{ message: '@amelia.draws' }] },
    // Session 25: a relative of a child named by first name in a hashtag names the child.
    { post: "Look out for #GrandadOfAvaS doing the conga at Grandparents' Day!", errors: [{ message: '#GrandadOfAvaS' }] },
    { post: 'Thanks to her son @jackyboy_2013 for helping on the stall', errors: [{ message: '@jackyboy_2013' }] },
    { post: 'What a performance from #TeamTilly at the county gymnastics 🤸 Tilly, you were incredible!', errors: [{ message: '#TeamTilly' }] },
    // A link to a child's own profile is a tag by another name (it passed): bare, or behind link text.
    { post: 'Follow our star swimmer at https://www.instagram.com/amelia_smith2016 for her training!', errors: [{ message: "child's own account", column: 28 }] },
    { post: 'Watch [Jake](https://www.tiktok.com/@jake_y6) and [Lily](https://x.com/lily.y6/status/123) dance!', errors: [{ message: "child's own account" }, { message: "child's own account" }] },
  ],
});
