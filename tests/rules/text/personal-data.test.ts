import fc from 'fast-check';
import type { ResolvedConfig } from '../../../src/config/schema.js';
import { describe, expect, it } from 'vitest';
import { personalData } from '../../../src/rules/text/personal-data.js';
import { findPersonalData } from '../../../src/text/personal-data.js';
import { SentenceBounds, TakenSpans } from '../../../src/text/spans.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const school = {
  school: {
    phones: ['01632 960000'],
    emailDomains: ['harbourside.example.sch.uk'],
    postcodes: ['EX4 9ZZ'],
    addresses: ['1 School Lane, Exeter EX4 9ZZ'],
  },
};

ruleTester(personalData, {
  valid: [
    // Session 25: a memory that lives on, live music, animals' homes and families all over town name no one's street.
    "Mrs Hill's memory lives on in the Rose Gardens behind the hall.",
    'We had live music at the Grove Road summer fair.',
    'Hedgehogs live in the gardens near Church Lane, Year 2 discovered.',
    'Our families live all over town, from Station Road to the Beechwood estate.',
    // miss32 neighbours: the school's own account is a warning elsewhere; an adult's age; a child's age and a year group.
    'Our new TA Mrs Ahmed (42) from Bradford joins us on Monday.',
    'Lost: a grey coat, age 9-10, with a name tag.',
    'Maya (5) in Reception loved the farm visit.',
    'Lily, 7, of Class 2 won the colouring competition!',
    // fp31: a school's contact line whose name ends in "Primary" (a venue, as "School" is).
    'Sacred Heart Catholic Primary · Priory Road, Eastleigh Green, EG5 1AA',
    // fp31: a school's or club's role mailboxes, as newsletters and club pages print them.
    'Absences: please e-mail absence@oakfield.example.sch.uk before 9am.',
    'You can contact our safeguarding team by email at dsl@riverside.example.sch.uk.',
    // fp32: a trust's data protection officer's role address.
    'To make a subject access request, please contact our Data Protection Officer at dpo@oakwoodtrust.example.org.uk.',
    'Contact our welfare officer on welfare@westburyrovers.example.org.uk for more information.',
    // fp33: a club's officers' mailboxes, as club pages print them.
    'Nominations for committee positions must reach the Secretary, Jo Pettit, by 5th June: secretary@dunmowrhodes.example.co.uk',
    'Subs queries to treasurer@fordhamfc.example.org, junior section: juniors@burystedhockey.example.co.uk.',
    'If you could help, get in touch: gsl@3rdbromsgrove.example.org.uk',
    // fp33: a score before a town named after a saint is no house number on a street.
    "Men's 1s: Cambridge City 2 v 3 Bury St Edmunds 1s. A huge win away from home.",
    // miss31 neighbours: a venue at its address, a street walked down, an "@" and a dot spaced in ordinary prose, a score.
    'Tickets from the Scout Hut at 4 Church Road, EX4 1AB.',
    'Our Year 3 topic is Where We Live: the children walked down Station Road.',
    'Find us @ the summer fair, stall 4 . See you there!',
    'Years 5 – 6 sponsored walk on 12 May; the final score was 2 – 1.',
    // miss29 neighbours: a teacher's class named beside a venue's address is no home.
    "Mrs Smith's class visited St Mary's Church, 12 Church Street, EX4 1AB.",
    "Mr Hall's class sang at the Scout Hut, 4 Station Road, EX4 1AB.",
    // …nor is an event's day set off by commas.
    'Sports Day, 12/07/2024, was a great success.',
    // miss28: counting aloud, scores, squad numbers, a meeting "at" a place, and a plain "dot" are no number or address.
    'Reception counted zero, one, two, three, four, five, six, seven, eight, nine with the number song.',
    'The squad numbers are 0 1 2 3 4 5 and the final score was 10 - 7.',
    'Meet us at the leisure centre at ten; Year 3 joined the dots in art.',
    'Year 5 used a dot com website to research the Romans at home.',
    'Our school opened on the third of May 2016, so we are celebrating our tenth birthday.',
    // A line of squad numbers or dates on a club's match report, written in ones and twos.
    '01 02 03 04 05',
    'Exeter Leisure is running courses at Riverside Leisure Centre. To book, call Riverside reception on 01392 221771 or book online.',
    'ISBN 978-0-14-032872-1: our class book this term. Order number 123-456-7890 for the uniform shop.',
    // A role address or the school's own in a mailto: link is fine.
    '[Email the office](mailto:office@harbourside.example.sch.uk) or <a href="mailto:admin@harbourside.example.sch.uk">the admin team</a>.',
    // A chat link to a business page or a group, with no number in it; a number in some other site's path.
    'Join the [PTA group](https://chat.whatsapp.com/AbCdEf123) or see [our page](https://wa.me/message/ABC123XYZ) and [the archive](https://example.org/wa.me/447700900123).',
    { post: 'WhatsApp the office: [chat](https://wa.me/441632960000).', config: school },
    // A public service's number (left open in an earlier session): the MASH, police, NHS lines.
    'If you are worried about a child, call the MASH team on 01392 383000 or the police on 01392 452011.',
    'Year 4 loved their trip to the Roman baths!',
    'We raised £1,250 for charity — thank you! The score was 12 to 3.',
    { post: 'Call the office on 01632 960000 or e-mail office@harbourside.example.sch.uk.', config: school },
    { post: 'Our address: 1 School Lane, Exeter EX4 9ZZ.', config: school },
    'The trip leaves at 08:30 on 12/07/2026 and returns at 17:45.',
    'See `call 07700 900123` in code — code is not prose.\n\n```\n07700 900123\n```',
    'Your order reference is 1234567890 — keep it safe.',
    'Shakespeare was born on 23 April 1564 in Stratford-upon-Avon.',
    'Year 2 counted to 100 in 5s and Year 6 sat 4 papers in 3 days.',
    'Class 4 Road Safety week starts on Monday 3 March.',
    'The 12 Days of Christmas concert is on Friday at 2pm in the Main Hall.',
    'Worried about a child? Call the NSPCC helpline on 0808 800 5000 or e-mail help@nspcc.org.uk.',
    'Tickets from the theatre box office: 0333 666 3366 or bookings@theatreroyal.example.org.',
    // A school's own mailboxes for its PTA, governors or admissions, not a person's (set 7 of real posts).
    'Want to help at the summer fair? The PTA can be contacted at pta@harbourside.example.sch.uk.',
    // An employer's or a charity's role mailbox on a careers or charity post (apprenticeships, volunteering, schools' outreach).
    'Apprenticeship applications: apprenticeships@nhs.net or visit the Find an Apprenticeship service.',
    'Want to volunteer at the food bank? E-mail volunteering@exeterfoodbank.example.org.',
    'Book a museum workshop through schools@rammuseum.example.org.uk.',
    'Letters for the governing body can be sent to governors@harbourside.example.sch.uk or left at the office.',
    'Follow us at https://example.com/news/2026/07/12345678901 for photos.',
    // A Scottish school's classes: the end of a range is no house number.
    'P4 – 7 Sponsored Walk: Primary 4-7 classes walked 12km for new classrooms in Malawi.',
    // A sweep of ordinary school posts: a year group's dates, a venue's number and address.
    'Children born 1 September 2022 – 31 August 2023 start Reception in September 2027.',
    'Children born on 1 September 2022 or later can join Nursery the term after they turn three.',
    "Children who turn 5 on or after 1 September start in Reception. The concert is 2 on 4 June. Year 6 will be 11 on their leavers' day.",
    'To book, call Riverside Leisure Centre on 01392 221771 or book online.',
    'If the panto sells out, the Northcott box office is on 01392 726363.',
    'The Christmas fair is at the Scout Hut, 4 Church Road, EX4 1AB.',
    "Our carol service is at St Michael's Church, 12 Church Street, Heavitree, EX2 5EH, on Thursday.",
    'U11 football: v Exeter Juniors, Saturday 10am at Harbourside Rec, Station Road, EX4 1AB.',
    'Uniform can be bought from Smarts Schoolwear, 42 Fore Street, Exeter, or online.',
    // A council's Family Hub: its address is a venue's ("Family" names the service, not a home), its
    // mailbox a service's name run into one word (fp27).
    'Oakfield Family Hub, 22 Market Street, runs free stay and play sessions for under-5s every Tuesday. Email familyhub@oakfield.example.gov.uk for details.',
    'Our Early Help team can also put you in touch with the council: earlyhelp@devon.example.gov.uk.',
    'The Family Support Service meets at Bridge Community Centre, 8 Mill Lane, on Thursdays.',
    // fp34: a food bank's referral line; a bare "Tel" after a venue's address on its line.
    "If your family is struggling, the food bank's referral line is 01632 960010.",
    'Riverside Leisure Centre, Mill Lane, Exeter EX4 1AB. Tel 01392 221771.',
    // fp34: a contact block's address under the school's name on the line above.
    'Bishop Ramsey School\nHume Way, Ruislip HA4 8EE',
  ],
  invalid: [
    // fp34: a web page's contact block for a school named after someone (a given name before "Academy" or "Primary"),
    // its e-mail given as the school's though no role word, and a mailto: link whose text is the address, reported once.
    {
      post: '**Contact us**  \nThe Marlowe Academy, Marlowe Way, Ramsgate  \nT: 01632 960500  \nE: [reception@marlowe.example.co.uk](mailto:reception@marlowe.example.co.uk)',
      errors: [{ message: "given as the school's", severity: 'warning' }],
    },
    {
      post: '**Contact us**  \nOur Lady of Lourdes Primary, Park End Avenue, Middlesbrough  \nT: 01632 960543  \nE: [ollp@mbro.example.org.uk](mailto:ollp@mbro.example.org.uk)',
      errors: [{ message: "given as the school's", severity: 'warning' }, { message: "given as the school's", severity: 'warning' }],
    },
    {
      post: 'If you have any questions, please contact the school office on 01632 960317 or email ollp@mbro.example.org.uk.',
      errors: [{ message: "given as the school's", severity: 'warning' }, { message: "given as the school's", severity: 'warning' }],
    },
    { post: 'Field centre address for our records: FSC Blencathra, Threlkeld, Keswick, Cumbria CA12 4SG.', errors: [{ message: 'postcode', severity: 'warning' }] },
    // fp34 neighbours: a person in the block or the sentence, a given name or "first.last" at the address, a home's address.
    { post: 'Coach: Marlowe Smith  \nT: 01632 960305  \nE: info@oakfieldcolts.example.org.uk', errors: [{ message: "only the school's own public number", severity: 'error' }] },
    {
      post: 'Please contact Mrs Smith on 01632 960317 or email ollp@mbro.example.org.uk.',
      errors: [{ message: "only the school's own public number", severity: 'error' }, { message: 'personal e-mail', severity: 'error' }],
    },
    {
      post: 'If you have any questions, please contact the school office on 01632 960317 or email sarah@mbro.example.org.uk.',
      errors: [{ message: "given as the school's", severity: 'warning' }, { message: 'personal e-mail', severity: 'error' }],
    },
    { post: 'E: [jo.smith@gmail.com](mailto:jo.smith@gmail.com)', errors: [{ message: 'personal e-mail', severity: 'error' }] },
    { post: 'Home address for our records: Threlkeld, Keswick, Cumbria CA12 4SG.', errors: [{ message: 'postcode', severity: 'error' }] },
    { post: 'Mrs Jones, 14 Elm Road, EX4 1AB. Tel 01392 221771.', errors: [{ message: 'home address' }, { message: 'postcode' }, { message: 'phone number', severity: 'error' }] },
    { post: 'Call Dave at the food bank on 01632 960010 if you can help.', errors: [{ message: 'phone number', severity: 'error' }] },
    { post: 'Tom Smith\nHume Way, Ruislip HA4 8EE', errors: [{ message: 'postcode', severity: 'warning' }] },
    // miss32: digit words joined by hyphens, a titled person's address after a comma, bank details sent to a person,
    // a date of birth a few words on, a child's age with the area they live in.
    { post: "The PTA chair's number is oh-one-two-one, four-nine-six, seven-seven-eight-one (Karen, evenings only).", errors: [{ message: 'phone number' }] },
    { post: 'Please drop it back to Mrs Kaur, 47 Lime Grove, Small Heath.', errors: [{ message: 'A home address' }] },
    { post: 'Drama club money can be sent by bank transfer to Miss Price personally: sort code 20-45-77, account 53142876.', errors: [{ message: 'Bank details', severity: 'error' }] },
    { post: "Please remember that Harry's date of birth on the medical form must match: 09.07.2017.", errors: [{ message: 'A date of birth' }] },
    { post: 'Welcome to Class 1! Meet Maya (5) from Hillfields, who joined us this week.', errors: [{ message: "A child's age and home area" }] },
    // fp31 neighbour: a home address is still a home, whatever school the child goes to.
    { post: 'Sam, who goes to Sacred Heart Primary, lives at 4 Priory Road, Eastleigh Green, EG5 1AA.', errors: [{ message: 'home address', severity: 'error' }, { message: 'postcode', severity: 'error' }] },
    // fp31 neighbours: a role word at a webmail domain, or with a name, is still someone's own.
    { post: 'Absences: please e-mail absence.oakfield@gmail.com before 9am.', errors: [{ message: 'e-mail address' }] },
    { post: 'Contact our welfare officer on sarah.welfare@westburyrovers.example.org.uk.', errors: [{ message: 'e-mail address' }] },
    // miss31: an en dash between a number's groups, an address with spaces round "@" and its dots, a given name at an
    // address, the street someone lives on.
    { post: 'Sponsor forms to Mrs Kaur: 07700 900 – 204 (texts only please)', errors: [{ message: 'A mobile phone number' }] },
    { post: 'For raffle tickets contact Kerry on kerrybell88 @ icloud . com', errors: [{ message: 'An e-mail address' }] },
    { post: 'Tickets for the panto are available from Sarah at 22 Elm Grove. Just knock!', errors: [{ message: 'A home address', severity: 'error' }] },
    { post: 'Mr Webb lives on Orchard Way (number 12) if anyone finds his keys.', errors: [{ message: 'A home address', severity: 'error' }] },
    // Session 25 (miss32's held-out leftovers): the street or estate someone lives on, with words of where between and no digit in the text.
    { post: 'Jayden lives in the flats on Station Road, so he walks to school.', errors: [{ message: 'A home address', severity: 'error' }] },
    { post: 'Amara and her mum live just round the corner on Park Street.', errors: [{ message: 'A home address', severity: 'error' }] },
    { post: 'Lily-Ann, who lives on the Beechwood estate, raised money for the hospice.', errors: [{ message: 'A home address', severity: 'error' }] },
    // miss29: an address given as a named person's ("Mr Hall" is no hall), and "at Mrs Butler's".
    { post: 'Please return the raffle tickets to Mr Hall at 23 Rosemary Close, Stockport, SK4 2QP by Friday.', errors: [{ message: 'home address', severity: 'error' }, { message: 'postcode', severity: 'error' }] },
    { post: "Drop the tombola prizes at Mrs Butler's (The Old Vicarage, Church Lane, B46 2DN).", errors: [{ message: 'postcode', severity: 'error' }] },
    // miss29: a date beside a full name, set off by commas or brackets, is a date of birth.
    { post: 'Congratulations Jessica Moore, 12/08/2014, on passing Grade 5 piano!', errors: [{ message: 'date of birth' }] },
    { post: 'Well done to Amira Khan (14.02.2013) on her black belt!', errors: [{ message: 'date of birth' }] },
    // miss28: numbers and addresses written to be read, not typed: digit by digit, in words, O for zero, "at" and "dot".
    { post: 'Text Sarah, our PTA chair, on 0 7 7 0 0 9 0 0 1 2 3 to join the rota.', errors: [{ message: 'mobile phone number' }] },
    { post: 'Costume queries to Mrs Ahmed on oh seven seven zero zero, nine zero zero, five five five.', errors: [{ message: 'mobile phone number' }] },
    { post: 'Text Rob on 07700 9OO 777 to join the dads football.', errors: [{ message: 'mobile phone number', column: 13 }] },
    { post: 'Entries to Mr Bloggs: j.bloggs [at] outlook [dot] com before the holidays.', errors: [{ message: 'e-mail address' }] },
    { post: 'Please e-mail her personal address, sarahkhan at gmail dot com, as the system is down.', errors: [{ message: 'e-mail address' }] },
    { post: "Invitations are being collected at Ollie's house, no. 12 Mill Lane, on Saturday.", errors: [{ message: 'home address', severity: 'error' }] },
    { post: 'Letters for Harry can go to him at 3 Meadow View.', errors: [{ message: 'home address', severity: 'error' }] },
    { post: 'Our newest starter, Freddie, who was born on the fourteenth of February 2023, is settling in.', errors: [{ message: 'date of birth' }] },
    { post: 'Our winner, Lily, date of birth twelfth of March twenty sixteen, with her prize!', errors: [{ message: 'date of birth' }] },
    { post: "Our trip is to Riverside Leisure Centre. Call Amelia's mum on 01392 221771 to book.", errors: [{ message: /phone number/ }] },
    { post: 'Ring Mrs Khan on 07700 900123 if you can help.', errors: [{ message: 'mobile phone number', line: 1, column: 18 }] },
    // Full-width digits and signs (an East Asian keyboard, a pasted form): same positions as typed.
    { post: 'Ring Mrs Khan on ０７７００ ９００１２３ if you can help.', errors: [{ message: 'mobile phone number', line: 1, column: 18 }] },
    { post: 'Send photos to ｊｏ．ｂｌｏｇｇｓ＠ｇｍａｉｌ．ｃｏｍ please.', errors: [{ message: 'e-mail' }] },
    { post: 'Call +44 (0)20 7946 0958 for tickets.', errors: [{ message: 'phone number' }] },
    { post: 'Call (0161) 496-0000 after 6pm.', errors: [{ message: 'phone number' }] },
    { post: '---\ntitle: Fun run\n---\n\nSend photos to jo.bloggs@gmail.com please.', errors: [{ message: 'e-mail address', line: 5, column: 16 }] },
    { post: 'Tom lives near LS6 2QT.', errors: [{ message: 'postcode' }] },
    { post: 'Questions to info@gmail.com or j.smith@council.example.gov.uk please.', errors: [{ message: 'e-mail' }, { message: 'e-mail' }] },
    { post: 'Friends of the school: e-mail pta.harbourside@gmail.com to volunteer.', errors: [{ message: 'e-mail' }] },
    // A given name before the role word is a person's mailbox; a family's home is still one (fp27).
    { post: 'Questions to lucyhub@oakfield.example.gov.uk or sam.office@harbour.example.org.', errors: [{ message: 'e-mail' }, { message: 'e-mail' }] },
    { post: 'Drop the raffle prizes at the Jones family home, 22 Market Street.', errors: [{ message: 'home address', severity: 'error' }] },
    // A role word on a webmail address, or a person's address at the employer, is still a person's.
    { post: 'Apprenticeship applications to apprenticeships@gmail.com or sarah.jones@nhs.net.', errors: [{ message: 'e-mail' }, { message: 'e-mail' }] },
    { post: 'Ring 07700 900123 or the office on 01632 960000.', config: school, errors: [{ message: 'mobile', column: 6 }] },
    { post: 'Drop the costumes round to my house, 12 Acacia Avenue, before Friday.', errors: [{ message: 'home address', column: 38, severity: 'error' }] },
    { post: 'The Christmas fair is at 4 Church Road, EX4 1AB.', errors: [{ message: 'street address', severity: 'warning' }, { message: 'postcode', severity: 'warning' }] },
    { post: 'Drop the costumes at the Smith family home, 8 Elm Grove, EX4 6TT.', errors: [{ message: 'home address', severity: 'error' }, { message: 'postcode', severity: 'error' }] },
    { post: 'Need a lift to the gala? Call the club secretary, Dave, on 01392 496 123.', errors: [{ message: 'phone number' }] },
    { post: 'For the club kit, ring Mrs Lee on 01392 496 123 in the evenings.', errors: [{ message: 'phone number' }] },
    // With no school numbers in the config, the school's own contact line is for a person to check (fp31:
    // newsletters' footers); once the config lists them, another number given as the office's is an error.
    { post: 'Call the office on 01392 496 123 or reception on 01392 496 124.', errors: [{ message: "given as the school's", severity: 'warning' }, { message: "given as the school's", severity: 'warning' }] },
    { post: 'If you have any questions, please call the school office on 01632 960123 or e-mail us.', errors: [{ message: "given as the school's", severity: 'warning' }] },
    { post: 'Oakfield Primary Academy, Oakfield Road, Ashby. Tel 01632 960123. Email office@oakfield.example.sch.uk', errors: [{ message: "given as the school's", severity: 'warning' }] },
    { post: 'To reach a member of staff, e-mail office@oakfield.example.sch.uk marked for their attention, or phone 01632 960123.', errors: [{ message: "given as the school's", severity: 'warning' }] },
    // fp32: a newsletter's contact block, its "Tel:" line beside the school's e-mail or a role address; the school's
    // own team "can be reached on" it. Beside a person's e-mail, or with a person in the block, it is an error.
    { post: 'Tel: 01632 960305 | Email: reception@highfield.example.org.uk | Web: www.highfield.example.org.uk', errors: [{ message: "given as the school's", severity: 'warning' }] },
    { post: '**Contact us**\n\nTelephone: 01632 960118\nEmail: hello@littleacorns.example.co.uk', errors: [{ message: "given as the school's", severity: 'warning' }] },
    { post: 'If your child is struggling, please talk to us early. Our Attendance Support Team can be reached on 01632 960222.', errors: [{ message: "given as the school's", severity: 'warning' }] },
    { post: 'If your child is poorly, please ring the nursery before 9am on 01632 960404 to let us know.', errors: [{ message: "given as the school's", severity: 'warning' }] },
    { post: 'If your child is poorly, please ring Jo before 9am on 01632 960404 or text me.', errors: [{ message: "only the school's own public number", severity: 'error' }] },
    // fp32 footers: an emoji or "Call"/"Contact us" label, a bare number in an address block, a fax after a separator,
    // an absence reported, "let us know on". A coach named in the block, or a person's e-mail, is still an error.
    { post: '📞 01632 960000 ✉️ office@oakfield.example.sch.uk 🌐 www.oakfield.example.sch.uk', errors: [{ message: "given as the school's", severity: 'warning' }] },
    { post: 'Call 01632 960000 or email enquiries@oakfield.example.org.uk', errors: [{ message: "given as the school's", severity: 'warning' }] },
    { post: 'Oakfield Primary School\nBirch Road, Oakfield\n01632 960000\nadmin@oakfield.example.org.uk', errors: [{ message: "given as the school's", severity: 'warning' }] },
    { post: 'Tel. 01632 960000 · Fax 01632 960009 · headteacher@oakfield.example.sch.uk', errors: [{ message: "given as the school's", severity: 'warning' }, { message: "given as the school's", severity: 'warning' }] },
    { post: 'To report an absence, please phone 01632 960001 and leave a message.', errors: [{ message: "given as the school's", severity: 'warning' }] },
    { post: 'If your child will be absent, please let us know on 01632 960001 by 9am.', errors: [{ message: "given as the school's", severity: 'warning' }] },
    { post: 'Coach: Dave Smith\n01632 960000\ninfo@oakfieldcolts.example.org.uk', errors: [{ message: "only the school's own public number", severity: 'error' }] },
    // fp33: a newsletter's sign-off line offering the number "or email" the school's address, the head named in the
    // signature's own paragraphs around it. A person in the number's paragraph, or a person's address, is still an error.
    { post: 'Mrs A. Collins\n\nAny questions? Call 01632 960908 or email office@woodlands.example.sch.uk.\n\nHeadteacher: Mrs A. Collins', errors: [{ message: "given as the school's", severity: 'warning' }] },
    { post: 'Mrs Lee (PTA rota)\nCall 01632 960305 or email office@oakfield.example.sch.uk.', errors: [{ message: "only the school's own public number", severity: 'error' }] },
    { post: 'Call Dave on 01632 960305 or email office@oakfield.example.sch.uk.', errors: [{ message: "only the school's own public number", severity: 'error' }] },
    { post: 'Any questions? Call 01632 960305 or email dave.smith@gmail.com.', errors: [{ message: "only the school's own public number", severity: 'error' }, { message: 'e-mail' }] },
    { post: 'Subs to the treasurer: treasurer@gmail.com or jo.pettit@dunmowrhodes.example.co.uk', errors: [{ message: 'e-mail' }, { message: 'e-mail' }] },
    { post: 'Tom lives at 12 High St, Bury St Edmunds.', errors: [{ message: 'home address', severity: 'error' }] },
    // fp33: a club's or group's name run into a webmail address is for a person to check; a person's stays an error.
    { post: 'Contact our choir secretary: rushdenchoir@gmail.com', errors: [{ message: "club's or group's own address", severity: 'warning' }] },
    { post: 'Match fees to ockbrookcc@gmail.com or riversidenetball@outlook.com', errors: [{ message: "club's or group's own address", severity: 'warning' }, { message: "club's or group's own address", severity: 'warning' }] },
    { post: 'Email emmahockey@gmail.com or dave.fc@gmail.com', errors: [{ message: 'personal e-mail', severity: 'error' }, { message: 'personal e-mail', severity: 'error' }] },
    // fp33: a club's landline beside its own webmail address, or in a block whose street is named after someone
    // ("Victoria Avenue"), is given as the club's; a coach named Victoria in the block is still a person.
    { post: 'Any questions? Call 01632 960104 or email ockbrookcc@gmail.com.', errors: [{ message: "given as the school's", severity: 'warning' }, { message: "club's or group's own address", severity: 'warning' }] },
    { post: 'Find us: The Ockbrook Ground, Victoria Avenue, Borrowash\nPhone: 01632 960104 · Email: ockbrookcc@gmail.com', errors: [{ message: "given as the school's", severity: 'warning' }, { message: "club's or group's own address", severity: 'warning' }] },
    { post: 'Coach: Victoria Smith\nTel: 01632 960305\nEmail: info@oakfieldcolts.example.org.uk', errors: [{ message: "only the school's own public number", severity: 'error' }] },
    { post: 'Drop the kit at 14 Mill St\nBury St Edmunds', errors: [{ message: 'street address', severity: 'warning' }] },
    { post: '📞 01632 960000 ✉️ jo.smith@gmail.com', errors: [{ message: "only the school's own public number", severity: 'error' }, { message: 'e-mail' }] },
    { post: 'Tel: 01632 960305 | Email: dave.smith@gmail.com', errors: [{ message: "only the school's own public number", severity: 'error' }, { message: 'e-mail' }] },
    { post: 'Mrs Lee (PTA rota)\nTel: 01632 960305\nEmail: office@oakfield.example.sch.uk', errors: [{ message: "only the school's own public number", severity: 'error' }] },
    { post: 'Our football team manager, Dave, can be reached on 01632 960222 in the evenings.', errors: [{ message: "only the school's own public number", severity: 'error' }] },
    { post: 'Questions about your data? Contact data.protection@gmail.com', errors: [{ message: 'e-mail' }] },
    { post: 'If you have any questions, please call the school office on 01632 960123 or e-mail us.', config: school, errors: [{ message: "only the school's own public number", severity: 'error' }] },
    { post: 'If you have any questions, please call the school office on 07700 900123.', errors: [{ message: 'mobile phone number', severity: 'error' }] },
    { post: 'Riverside Primary costumes: call the office, or text me on 01632 960123.', errors: [{ message: "only the school's own public number", severity: 'error' }] },
    { post: 'Oakfield Primary Academy. For the rota, ring Mrs Lee on 01632 960123.', errors: [{ message: "only the school's own public number", severity: 'error' }] },
    { post: 'Happy birthday to our twins, Ava and Noah, born on 3 March 2019!', errors: [{ message: 'date of birth' }] },
    { post: 'Happy birthday Sam, born on 3 May 2017!', errors: [{ message: 'date of birth' }] },
    { post: 'Mrs Khan from the police liaison team said to text her on 01392 383001 if you see anything.', errors: [{ message: 'phone number' }] },
    // Text after an HTML comment on its line was never read: the HTML parser was loaded only for tags starting with a letter.
    { post: '<!-- note for the office -->Call Mrs Smith on 07700 900123 after six.', errors: [{ message: 'phone number' }] },
    // A mailto: or tel: link publishes its address though its text hides it.
    { post: '[Email Jo](mailto:jo.smith@gmail.com) about the lift share.', errors: [{ message: 'e-mail', line: 1, column: 19 }] },
    { post: 'Questions? [Call Mrs Smith](tel:07700900123).', errors: [{ message: 'phone number' }] },
    { post: 'Please <a href="mailto:jo.smith@gmail.com?subject=Lifts">email Jo</a> today.', errors: [{ message: 'e-mail' }] },
    // So does a chat app's link to one number (it passed): WhatsApp, bare or behind link text, Viber, Signal.
    { post: 'Questions about the trip? [WhatsApp Mrs Smith](https://wa.me/447700900123).', errors: [{ message: 'mobile', line: 1, column: 27 }] },
    { post: 'Message us on https://wa.me/447700900123 tonight.', errors: [{ message: 'mobile' }] },
    { post: '[Chat](https://api.whatsapp.com/send?text=Hi&phone=447700900123) or <a href="viber://chat?number=%2B447700900124">Viber</a> or [Signal](https://signal.me/#p/+447700900125)', errors: [{ message: 'mobile' }, { message: 'mobile' }, { message: 'mobile' }] },
    // An age reached on a day gives the year too (left open last session).
    { post: 'Amelia turns 8 on 3 March, so wish her well!', errors: [{ message: 'date of birth' }] },
    { post: 'Happy birthday on 5th May to Leo, who will be 10 on the 5th of May.', errors: [{ message: 'date of birth' }, { message: 'date of birth' }] },
    { post: 'Medical form: DOB: 03/05/2017.', errors: [{ message: 'date of birth' }] },
    { post: 'Her NHS number is 401 023 2137.', errors: [{ message: 'NHS number' }] },
    { post: 'NI number AB 12 34 56 C on the form.', errors: [{ message: 'National Insurance' }] },
    { post: 'UPN E201123421001 was on the list.', errors: [{ message: 'Unique Pupil Number' }] },
    { post: 'Licence MORGA657054SM9IJ attached.', errors: [{ message: 'driving licence' }] },
    { post: 'Passport number 123456789 for the trip form.', errors: [{ message: 'passport' }] },
    { post: '![Sam](sam.jpg "Call 07700 900123")', errors: [{ message: 'mobile' }] },
    { post: '<p>Call <b>07700 900123</b> now</p>', file: 'post.html', errors: [{ message: 'mobile', line: 1, column: 12 }] },
  ],
});

// The overlap check and the sentence bounds were rewritten to be linear in a paragraph's matches;
// these compare them with the code they replaced, kept here.
describe('TakenSpans answers as the old search over every earlier match', () => {
  const naiveFree = (taken: [number, number][], start: number, end: number) => !taken.some(([s, e]) => start < e && end > s);
  const span = fc.tuple(fc.integer({ min: -2, max: 42 }), fc.integer({ min: -3, max: 12 }));

  it('for any sequence of spans, taken when free', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.boolean(), (spans, allowOdd) => {
        const length = 40;
        const taken = new TakenSpans(length);
        const naive: [number, number][] = [];
        for (const [start, width] of spans) {
          // Detectors only take non-empty spans inside the text; the odd ones are still answered alike.
          const s = allowOdd ? start : Math.max(0, Math.min(start, length - 1));
          const e = allowOdd ? s + width : Math.min(length, s + Math.max(1, width));
          const free = taken.free(s, e);
          if (free !== naiveFree(naive, s, e)) return false;
          for (let p = -1; p <= length + 1; p++) if (taken.free(p, p) !== naiveFree(naive, p, p)) return false;
          if (free) {
            taken.take(s, e);
            naive.push([s, e]);
          }
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });
});

describe('SentenceBounds answers as the old slicing of the text around each match', () => {
  // The old sentenceOf and its use: HOME.test(sentenceOf(text, index)).
  function sentenceOf(text: string, index: number): string {
    const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('! ', index), text.lastIndexOf('? ', index), text.lastIndexOf('\n', index)) + 1;
    const end = text.slice(index).search(/[.!?](?:\s|$)|\n/);
    return text.slice(start, end === -1 ? text.length : index + end + 1);
  }
  const HOME = /\b(?:lives?|living|home|house|address|flat|his|her|my|drop (?:it |them )?(?:off|round)|round to)\b/i;
  const piece = fc.constantFrom('. ', '! ', '? ', '.', '!', '?', '\n', ' ', '\t', 'a', 'his', 'He', 'home', 'lives', 'drop', 'it', 'round', 'to', 'ohm', 'sho', "'", ',', '12', 'Avenue', ' x.');
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('gives the same sentence and the same answer for home words, at every index', () => {
    fc.assert(
      fc.property(text, (t) => {
        const bounds = new SentenceBounds(t);
        for (let i = 0; i <= t.length; i++) {
          const old = sentenceOf(t, i);
          if (t.slice(bounds.start(i), bounds.end(i)) !== old) return false;
          if (bounds.has(HOME, i) !== HOME.test(old)) return false;
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('finds home words in a long paragraph without sentence breaks', () => {
    const t = 'Drop it round to 12 Acacia Avenue and '.repeat(2000) + 'then stop. Visit 3 Mill Lane';
    const bounds = new SentenceBounds(t);
    expect(bounds.has(HOME, 100)).toBe(true);
    expect(bounds.has(HOME, t.length - 5)).toBe(false);
  });
});

describe('findPersonalData on many matches in one paragraph', () => {
  const resolvedConfig: ResolvedConfig = { root: '/' };
  it('reports each phone number once, in order, and none inside another match', () => {
    const numbers = Array.from({ length: 3000 }, (_, i) => `07700 9${String(i).padStart(5, '0')}`);
    const found = findPersonalData(numbers.join(' '), resolvedConfig);
    expect(found.map((m) => m.value)).toEqual(numbers);
  });
});

describe('findPersonalData on a text seen before', () => {
  it('gives the same findings as new objects, per config', () => {
    const text = 'Call Mrs Khan on 07700 900123 or e-mail jo.bloggs@gmail.com; the office is on 01632 960000.';
    const config: ResolvedConfig = { root: '/' };
    const first = findPersonalData(text, config);
    const expected = structuredClone(first);
    expect(first.map((m) => m.kind)).toEqual(['phone', 'email', 'phone']);
    first[0]!.value = 'changed';
    first.pop();
    const again = findPersonalData(text, config);
    expect(again).toEqual(expected);
    expect(again[0]).not.toBe(first[0]);
    // Another config (the school's own number allowed): its own answer, not the one kept for the first.
    const school: ResolvedConfig = { root: '/', school: { phones: ['01632 960000'] } };
    expect(findPersonalData(text, school).map((m) => m.kind)).toEqual(['phone', 'email']);
    expect(findPersonalData(text, config)).toEqual(expected);
  });
});
