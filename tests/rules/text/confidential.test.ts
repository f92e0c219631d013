import { confidential } from '../../../src/rules/text/confidential.js';
import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../../helpers/rule-tester.js';

ruleTester(confidential, {
  valid: [
    // fp34: a councillor's office, a poem's title, a history lesson's families, a child in general in the present tense.
    "Our new outdoor area was opened by Councillor Janet Murphy, Cabinet Member for Children's Services, on Monday.",
    'Year 7 have been reading poems about loss, including Christina Rossetti\'s *Remember*, W. H. Auden\'s *Funeral Blues* ("Stop all the clocks, cut off the telephone") and Seamus Heaney\'s *Mid-Term Break*, about the death of his four-year-old brother, hit by a car.',
    'Pupils heard from families whose grandparents lived through Partition, including stories of trains arriving full of bodies and families separated for ever.',
    'We know many families find it hard to get help when a child is struggling with anxiety or low mood.',
    'Students told the councillor that the wait for CAMHS was far too long, and she promised to take their views back.',
    'Year 8 had a powerful assembly from the Ben Kinsella Trust. Ben was 16 when he was stabbed to death in North London in 2008.',
    'The Jimmy Mizen Foundation visited Year 9. Jimmy was 16 when he was attacked and killed in a bakery in 2008.',
    // fp33: a SENCo's qualification in her staff profile.
    'Mrs Patel is our Special Educational Needs Coordinator. She holds the National Award for SEN Coordination.',
    'Jack Reid is suspended for two matches after his sending off.',
    'Katie H won the art prize and Mia C broke the school record.',
    // Session 25: a play's cast and a photo op are no injury or operation.
    'Katie was brilliant in the cast of Oliver!',
    'Thanks to everyone in the cast of the school play.',
    'Great photo op for the Year 6 leavers!',
    // miss32 neighbours: allergies as a topic, a school's nut-free rule, a nurture group thanked, the police's visit,
    // a pronoun after a name in a sentence about a lesson, a plan named with an initial.
    'We\'ve been talking about allergies in science this week, and Year 3 wrote leaflets about how an EpiPen works.',
    'Reminder for the Year 2 party: we are a nut-free school, so please check labels on anything you send in.',
    'Our Nurture Group baked biscuits today! Thank you to our wonderful pastoral team for running it every week.',
    'PC Jones and the police at the station showed Year 1 their cars and helmets.',
    'Mrs Dale explained how she treats head lice at home, and the children made posters.',
    'Sam told us that she had read about allergic reactions in her science book.',
    // fp31: a class reader named by its author (its title, "Wonder", is an everyday word): the character's story.
    "Our book club has been reading 'Wonder' by R.J. Palacio. The children talked about how August, who has a facial difference, is bullied at his new school.",
    // fp31: advice to speak up is no secrecy; a first-aid lesson by St John Ambulance names no one ("John" is a saint's).
    "Our DSL is Mrs Reid. If you are ever worried about a child, please don't keep it to yourself – talk to us.",
    'Year 5 became life-savers! St John Ambulance taught them what to do if someone is choking or having an asthma attack.',
    // miss28 stress round: a member of staff's qualification, residents who "live with" a condition, a sibling squabble.
    'Congratulations to Mr Ahmed, who has completed his counselling qualification this summer!',
    'Our choir sang at the care home, where many residents live with dementia, and Grace led the singing.',
    'Ava had a fight with her brother over the last cupcake, she told the class at show and tell!',
    // miss28: "ME" shouted, not the illness; a welcome back with no condition.
    'COME AND SING WITH ME AT THE CAROL CONCERT!',
    'WE SEND OUR LOVE TO HIS FAMILY AND TO ALL OUR SEND TEAM!',
    'HE SAID IT WAS THE BEST DAY EVER AND HE WANTS TO COME BACK WITH ME NEXT YEAR!',
    'Thank you from me and all the staff: Mrs Patel has been with me since the school opened.',
    'Welcome back Mr Fox! It is so good to have you back teaching Year 3 after your year in Japan.',
    // miss28 held-out round: an op as a photo opportunity, a fight in a history lesson, a bypass road.
    'Year 6 had a great photo op with the Mayor at the opening of the new bypass.',
    'Year 8 learned how the Romans got into a fight with the Iceni, and how Boudica led the revolt.',
    // miss28: a service word opening the next sentence is no service; "Year 6 were sent home" for a boiler is no sanction.
    'Year 9 had a talk about county lines. Parents, please talk to your children about it too.',
    // The subject of a talk, assembly or advice given by someone named, not that person's own matter.
    'PC Davies from the Safer Schools team gave Year 9 a talk on county lines, explaining how gangs groom young people to carry drugs.',
    'Mrs Patel led an assembly on bereavement and how we can support a friend who has lost someone.',
    'Mr Okoro gave parents advice on sexting and keeping children safe online.',
    // An indefinite someone is no one in particular, whoever else the sentence names.
    "Jack's dad, a police officer, explained what happens when someone is arrested.",
    // What a lesson teaches to deal with, not anyone's own matter.
    "Thank you to Amelia's mum, a nurse, who talked to Reception about how to look after a broken arm.",
    'Mrs Khan showed Year 6 how to spot the signs of grooming online.',
    'Join us for the MS Teams briefing on Monday, which has MS Teams links for every class.',
    'The Thompson family are opening their garden for the PTA plant sale this weekend.',
    // miss28: the new everyday terms, said of people in general, a charity or a lesson, name no one.
    'Year 8 took part in a Dementia Friends session and learned how dementia affects memory.',
    'Our wheelchair basketball club meets on Thursdays; everyone is welcome.',
    'Year 9 learned about county lines and how gangs target young people, with a talk from the police.',
    'Our school counselling service is open to every pupil on Tuesdays and Thursdays.',
    'Year 5 learned about the Romans who were killed in battle at Hadrian\'s Wall.',
    'Sam was let off homework this week because he won the spelling bee!',
    'The governors are looking forward to meeting parents at the summer fair.',
    'Year 11 learned how to stay safe online and what grooming looks like.',
    // The register as a school's process, told of no one; a lost game, not a relative.
    'Our speech and language therapist runs a drop-in for parents every Thursday.',
    'Please make sure your child has their inhaler in school, labelled with their name.',
    'Parents split into two teams for the quiz, and the mums won by a point.',
    'He went to the Eden Project with his parents split between two cars.',
    'There was an incident involving a delivery lorry and the school gate, but nobody was hurt.',
    'Our SENCo keeps the SEN register up to date and reviews it with parents each term.',
    'Year 4 lost their match 3-2 but played brilliantly. Harvey lost his water bottle again!',
    'Mia stayed with her nan for half term and loved the beach.',
    // miss29 neighbours: a fencer's "stabbed", a lesson on hearts, job cuts already out to consultation, an inspection's
    // report still to come with no outcome told, guidance on whom to contact, pupil premium spent on no one named.
    'Fencing club: Isla stabbed her way through the pool stage and won silver.',
    'Year 3 learned how surgeons repair a hole in the heart, with a visit from a children\'s nurse.',
    'The governors have opened a consultation on job cuts in the catering team; staff have the details.',
    'We had our Ofsted inspection this week. The report will be published in a few weeks and we will share it then.',
    'For safeguarding concerns, contact the Designated Safeguarding Lead via the school office.',
    // fp32: a peripatetic teacher's job title names no one's deafness.
    'Welcome to our new specialist teacher for the deaf, Ms Carr! Ms Carr will be supporting our hearing-impaired pupils across the trust.',
    // fp32: a newsletter footer's signpost, in other words.
    'If you have any questions, please contact the school office. For safeguarding concerns, ask to speak to our Designated Safeguarding Lead.',
    'For safeguarding concerns, speak to our Designated Safeguarding Lead or get in touch with the school office.',
    'We have used our pupil premium to buy new reading books for the library.',
    'Year 6 are adopting a new approach to homework this term, led by Mrs Cole.',
    'The new lunch menu will not be published until January, Mrs Hill says.',
    'Please don\'t share photos of other children on social media.',
    'Year 8 have been learning about the kidneys, and how patients in intensive care are looked after.',
    'The science investigation continues next week, when Year 5 test their parachutes.',
    'Our young carers group meets on Wednesdays; everyone who looks after someone at home is welcome.',
    'The Year 5 choir will sing at the residential care home on Elm Road next week.',
    // A famous or historical person's own public story.
    'Year 6 learned that Stephen Hawking had motor neurone disease.',
    'Year 5 learned how Nelson lost his arm in battle.',
    'We raised £300 for the MS Society and Crohn\'s and Colitis UK at our cake sale.',
    // Safeguarding guidance, not a case: how to act on a concern, with no one named.
    'If you have a safeguarding concern about a child, please contact our Designated Safeguarding Lead, Mrs Patel.',
    'Anyone with a safeguarding concern should call the MASH on 01632 960111.',
    'Safeguarding concerns should always be reported to the DSL on the same day.',
    'Our staff had refresher training on how to record a safeguarding concern.',
    'Our new child protection policy explains what a child protection plan is.',
    // A generic subject with a relative clause is anyone it applies to.
    'Teachers who are off sick will be covered by our regular supply staff, so lessons continue as normal.',
    // Health in general, history, and a policy's wording: no one's own.
    'Year 5 learned how Victorian factory work led to ill health, and how the Factory Acts changed that.',
    'Our uniform policy allows exceptions on medical grounds: please speak to the office.',
    'Pupils may be excused from PE for medical reasons with a note from home.',
    // An attendance letter's rules and figures: anyone's, no one's case.
    'Holidays in term time are not authorised and may result in a penalty notice from the local authority.',
    "If your child's attendance falls below 90%, they may be referred to the Education Welfare Officer.",
    'We work closely with our Education Welfare Officer, Mrs Clarke, to support families.',
    'Persistent absence has fallen across the school this year, and our attendance panel meets every half term.',
    'Pupils who are persistently absent miss out on learning: please talk to us if you are worried.',
    'Families who receive certain benefits may be eligible for free school meals. It only takes five minutes to apply.',
    'If your child has an EHCP, their annual review will be arranged by Mrs Ahmed.',
    // Figures for the school, and the plan's full title (its "Education," is no name before a comma).
    'Around one in six of our pupils has special educational needs, and 14 children have an Education, Health and Care Plan.',
    'Every child with an Education, Health and Care Plan has an annual review.',
    "Children whose parents' divorce has been difficult can talk to our learning mentor in confidence.",
    "The governors' new behaviour policy was adopted unanimously.",
    'Our class has adopted a polar bear through the WWF!',
    'The Year 3 hamster was adopted by Mrs Patel over the summer.',
    'Our designated teacher supports children in care and children who have been adopted.',
    "The chemo ward at the RD&E received the pupils' cards for Christmas.",
    'We had a great time in care homes singing carols to the residents.',
    "Year 3 enjoyed their time in the hospital's healing garden, planting bulbs.",
    'Mrs Smith had a stroke of luck in the raffle and won the hamper!',
    'Year 10 learnt CPR and what to do if someone is having a heart attack.',
    "Our staff walked for the Alzheimer's Society in memory of loved ones living with dementia.",
    "Year 4's play told the story of an evacuee who was separated from her family during the Blitz.",
    'Grace is at the heart of our school values; our assembly on bereavement helped pupils.',
    'Florence is home to many famous paintings; Year 5 learned about the Renaissance.',
    'Year 6 were sent home after the boiler broke, and Alfie broke the school long-jump record the next day.',
    'Year 4 loved their trip to the Roman baths!',
    "Our SEN team's open morning is on Friday at 9am — all families welcome.",
    'Anti-Bullying Week starts on Monday: odd socks for everyone!',
    'Year 5 raised £300 for Cancer Research UK with their bake sale.',
    'It was Autism Awareness Week, and our pupils made posters about neurodiversity.',
    'Families can apply for free school meals vouchers on the council website.',
    'Read our pupil premium strategy statement on the policies page.',
    'Our Year 6 history topic is the Great Depression and the 1930s.',
    'The school nurse ran a workshop on asthma inhalers for staff.',
    'Mrs Patel retires this summer after 22 years — thank you for everything!',
    'Nobody was excluded from the fun: every child got a medal.',
    'Our safeguarding training for new volunteers is on Tuesday.',
    'World Diabetes Day: Year 3 learned how the pancreas works.',
    'Mental health awareness: Mr Ahmed led an assembly on talking about feelings.',
    'We are a SEND-friendly school; read our SEND information report.',
    // Illness as a condition or a rule for anyone, and "tested positive" that is no illness (set 12's counterparts).
    'If your child is unwell, please keep them at home and ring the office before 9am.',
    'Children who are unwell or have tested positive for Covid should not come to school.',
    'The water sample tested positive for iron in the Year 9 chemistry lab.',
    // Remembered, but no relative's death (set 12's counterparts).
    'Year 6 planted a tree in memory of Mrs Smith, our much-loved lollipop lady.',
    'Queen Victoria wore black for the rest of her life in memory of her reign with Albert, Year 5 learnt.',
    // First aid taught, and how bad an injury can be in general (set 12's counterparts).
    'The St John Ambulance volunteers showed Year 9 how to treat a suspected spinal injury.',
    'Year 10 learned how serious a head injury can be in rugby, and what whiplash is.',
    // A cause spoken for, not a pupil's needs (a local-offer story, set 12).
    'Idris has written for our school magazine and wants to be an ambassador for SEND.',
    'Our head girl is a passionate advocate for SEND and spoke to the governors.',
    'Black History Month: Nelson Mandela was in prison for 27 years before he became president.',
    'Year 5 learned that Guy Fawkes was arrested in the cellars in 1605.',
    'Year 3 adopted a penguin at Bristol Zoo with the money they raised.',
    'Our netball team were fighting hard all match, and Amelia scored twice!',
    'Separate the egg whites, Mrs Jones told the bakers — Year 4 separated them perfectly.',
    'Parents, please collect reading books from Mr Khan on Friday.',
    // People in general, not a person (found by a sweep of ordinary school posts).
    "Mrs Anna Kowalski, our new SENCo, has fifteen years' experience supporting pupils with special educational needs.",
    'The Devon Local Offer explains the support available for children and young people with special educational needs and disabilities.',
    'Free holiday clubs for children who receive benefits-related free school meals are running across Devon this summer.',
    'Your child may be entitled to free school meals if you receive certain benefits, such as Universal Credit.',
    // A condition, not a case.
    'Two-year-olds can get 15 free hours if the family receives certain benefits or the child has an EHCP.',
    'During Anti-Bullying Week, pupils explored what to do if they are bullied or see someone else being bullied.',
    // A new member of staff's experience with a group, its conditions listed (fp27: the list's commas
    // cut the group off, so "dyslexia" after "autism, ADHD and" was his).
    'Mr Okafor is our new SENCo. He has worked with children with autism, ADHD and dyslexia for fifteen years and is looking forward to meeting families.',
    'Mrs Shah has spent twenty years teaching pupils with speech and language needs, autism or dyslexia.',
    // A member of staff's role after "Our" (no name), and kinds of adversity listed after "such as" (fp27).
    "Our speech and language therapist, Mrs O'Brien, works with children across the school every Tuesday.",
    "All staff have been trained to understand how adverse childhood experiences, such as neglect, domestic violence or a parent in prison, can affect children's behaviour and learning.",
    // A role-play hospital: "Doctors," opens a list, no name (fp27).
    'Year 2 turned their role-play area into a hospital. Doctors, nurses and a lot of patients with broken legs, tummy aches and one very poorly teddy who needed an operation. The teddy made a full recovery!',
    // A set text named in the sentence before tells its characters' story (fp27).
    "Year 10 have finished Of Mice and Men. Lennie, who has a learning disability, accidentally kills Curley's wife, and George shoots him to save him from the lynch mob.",
    'Year 11 revision on Thursday is An Inspector Calls. Eva Smith, who is pregnant and alone, is turned away by Mrs Birling\'s charity.',
    // Characters in a book.
    'The novella explores loneliness — Crooks, who is excluded because he is Black, Candy, who is old and disabled, and Lennie, who has a learning disability.',
    // A plan announced or completed.
    "In September, St Peter's Primary will join the trust, following the completion of its academy conversion.",
    'The trust is running a public consultation on the proposed merger of the infant and junior schools.',
    'We are delighted to announce that the new headteacher will be Mr Jonah Osei, currently deputy head at Exmouth.',
    // A contact, a group's possessions, pots in a kiln.
    'If your family has been bereaved this year and you would like support, please talk to Mrs Holt.',
    "Our lead first aider is Mrs Cole, who keeps all pupils' medication and care plans.",
    "Year 4's clay pots have been fired in the kiln and Mrs Kay is so proud of her potters!",
    // An operation and a surgery that are not anyone's health.
    'Year 5 packed 40 shoeboxes for Operation Christmas Child. Placements included a vet\'s surgery and a dental surgery.',
    'No one was injured when the branch fell. If your child is recovering from chickenpox, please keep them at home.',
    'Hope is in short supply for children in care, the charity said. Summer is a hard time for children in care.',
    // Found on real schools' posts: a closure for a day, an outcome said to be withheld, a parent's
    // question on a help page, and everyday phrases that only look like secrecy.
    'School Closure – Friday 2nd March',
    // A title over a letter that says why (set 7: a head's letter about a burst pipe).
    'School Closure\n\nDear Parents and Carers,\n\nA burst pipe has left the whole site without toilets, so I am sorry to tell you that we cannot open tomorrow.',
    // …and under a heading: a sentence below tells of the closing and why (snow, a burst pipe, no school today).
    '# School closure\n\nThe school will be closed today because of snow. Please check the website.',
    'The school will be closed tomorrow as it is a polling station; please remember to vote!',
    'Due to the snow, governors have agreed the school closure today is the safest choice.',
    '# School closure\n\nA burst water pipe has flooded the hall, so the school will be closed tomorrow. We hope to reopen on Monday.',
    '# School closure\n\nDue to heavy snow overnight, the site is unsafe. Please keep children at home today.',
    '# School closure\n\nBecause of the snow, there will be no school today. Remote learning is on Google Classroom.',
    // A cause below the title says what the closure is, whatever the sentence (review of this rule).
    '# School Closure\n\nHeavy snow overnight means buses cannot run. Stay safe and enjoy the snow!',
    '# School closure\n\nDue to a power cut, we are unable to welcome pupils today. We will update you by 7am tomorrow.',
    '# School closure\n\nThe boiler has broken and the classrooms are too cold. Please collect your child by 1pm.',
    '# School closure\n\nStaff are on strike today, so we are sorry that lessons cannot go ahead.',
    '# School closure\n\nThe building will be used as a polling station tomorrow.',
    '# The school will be closing\n\nPlease collect children at 1.30pm today because the heating has failed.',
    // A part of the school, a plan denied, scrapped or long past, a closure for the weather or a day.
    'From September we plan to close the school gates at 8.45am sharp, so please arrive on time.',
    'We plan to close the school car park during pick-up from next week.',
    'Staff are planning to close the school library for refurbishment over the summer.',
    'There are no plans to close the school, whatever you may have heard on social media.',
    'Great news! The council has scrapped its plans to close the school.',
    'We are delighted that the proposal to close the school has been withdrawn.',
    'Ten years ago there were plans to close the school, but today we are rated Outstanding.',
    'The storm shut the school down for two days last week, but we are back to normal now.',
    'Heavy snow forced us to close the school down at lunchtime yesterday.',
    'Because of the heatwave, we plan to close the school at 1.30 on Friday.',
    'The school will be closing early at 1.30pm on Friday for the Christmas holidays.',
    // A clock time written as one word (a real head's letter about a burst water main).
    'All students will be told in the next hour that the school will be closing at 1.00pm.',
    'The school will be closing at 2pm so that staff can attend the funeral.',
    'The Samaritans ran suicide prevention training for all our staff this week.',
    'In the play, Romeo takes his own life when he believes Juliet is dead.',
    "It is with great sadness that we share the news of the death of Mrs Jones, our former headteacher. Her funeral will be at St Mary's Church on Friday.",
    // A condition named with no person: what a charity funds.
    'Our cake sale raised £600 for a charity that funds research into acute lymphoblastic leukaemia.',
    // A youth club's letter: the day told in the sentence before (found on a real club's post).
    "Because of the litter left on site, we're running a different session this Friday. We will be closing the centre and litter picking around the village instead.",
    'Due to the snow, this is a school closure notice: we will not open today.',
    'Year 10 students in school will revisit work covered remotely during the second whole school closure.',
    'The inspection went well. The result is embargoed until the report is published.',
    'Is my child eligible for free school meals?',
    'The winner of the art competition is yet to be announced.',
    'Please do not share photos of other children on social media.',
    "It was a close match between us and St Mary's, finishing 2-2.",
    // A list of criteria (a holiday activities programme's "Who is eligible?").
    'Who is eligible? Children must meet one of the following criteria:\n• On a child protection plan\n• A young carer',
    // Awareness days on real schools' posts: people in general, and a campaigner's public story.
    'We celebrated World Autism Acceptance Day, to raise awareness for the challenges of those on the Autism Spectrum.',
    'Purple Day was founded 15 years ago by Cassidy Megan, who was motivated by her challenges with epilepsy to foster conversations.',
    'It was founded in the UK in 2018 by Fiona Castellton. As a young person who herself is autistic and has ADHD, her experience at school had been hard.',
    // Classes, teams and lessons, not a school's plans or a child-protection case.
    'Oscar was excluded from the final because of a sprained ankle, but cheered the team on.',
    // A clause's opening adverb is no name (a behaviour policy on a real school's page).
    'Reset still has a 60-minute detention. However, if a scholar has a perfect reset, their detention will be reduced to 30 minutes.',
    'Unfortunately, their detention was cancelled because of the snow.',
    'League tables take no account of whether a child is good at sport, is a young carer, is a talented musician, has special educational needs, or has missed school.',
    'A beautiful pass from Poppy slotted it through to Sophie, who fired it past the goalkeeper.',
    "They sang their adopted anthem of the week, 'K-F-C, K-F-C!', all the way home.",
    'On Friday, Year 3 will merge with Year 4 for a joint PE lesson.',
    'The Under 12s will merge with the Under 13s next season as numbers are low.',
    'Year 9 practised negotiating with each other in their enterprise project.',
    'The school council held a strategy meeting to plan Red Nose Day.',
    "Mrs Green's Reception class were in care of the school hamsters over the holidays.",
    'Joining the trust last year has given us access to great training.',
    "You can also express your views in writing marked 'Academy Conversion' to the office.",
    'Our Year 6 play is about a boy who was bullied at school; the cast were brilliant.',
    // A club's match report: a player's knock is sports news, not a confidential health record.
    'Smith limped off injured but the Under 14s held on. Jones is recovering from a hamstring strain and should be back next month.',
    // A club's rules and first-aid badge work: no one's injury.
    'Any player with a suspected concussion sits out for three weeks; that is our rule for every age group.',
    'In our first aid badge session the Cubs learned how to put a sling on a broken arm.',
    'Maya took a first aid course at Guides and learned what to do for a broken bone.',
    'Noah needed stitches for his sewing badge: running stitch, cross stitch and back stitch.',
    "Ruby's mum ran the Bristol 10k for Meningitis Now and raised £400.",
    // A charity's cause, said of children in general (set 7 of real posts: hair donated for wigs, a
    // hay-fever letter): the condition belongs to a group, however long the clause that describes it.
    'Ella in Year 3 had her plaits cut off for a charity that makes wigs for children undergoing chemotherapy.',
    'Every penny Sophie raised at her cake sale goes to a charity supporting those undergoing chemotherapy treatment.',
    'Maisie had ten inches cut off her hair for a charity that gives wigs to children who have lost their own hair after months of treatment for cancer.',
    'Children who suffer from hay fever or other pollen allergies should take their medication before they come to school.',
    // A day's closure said as a plan.
    'Because of the heavy snow we plan to close the school at noon today; please collect your children by 12.',
    'Following the consultation, the trust has confirmed its plan to close the school in 2027.',
    // A place or event inside the group's clause is no person named in it.
    'Our pupils who visited Chester Zoo on Friday raised money for children undergoing chemotherapy.',
    'Families who came to the Summer Fair in June helped us support children living with cancer.',
    'We raised £300 for children who stay at Ronald McDonald House while undergoing chemotherapy.',
    'The choir sang for children who go to Martin House hospice while receiving treatment for cancer.',
    "Thank you for supporting families who use Julia's House while their children are undergoing treatment.",
    "Winston's Wish runs free workshops for families coping with a bereavement.",
    "Families coping with a bereavement can get support from Winston's Wish.",
    'Year 6 raised money for children who are treated at the Evelina and are undergoing chemotherapy.',
    "We are raising money for young people who are patients at St George's and are undergoing chemotherapy.",
    'Money raised will help children who live in Chester and are battling cancer.',
    // A historical figure's death told in a lesson, and a name inside a charity's (set 9).
    'In their Holocaust unit the pupils learned how Anne Frank, a Jewish girl, died in Bergen-Belsen in 1945.',
    'The students learned that Martin Luther King died in Memphis, assassinated in 1968.',
    'Our pupils raised £200 for the Teenage Cancer Trust at the summer fair.',
    'The hospital school helps children admitted to hospital for a long stay keep up with their learning.',
    // "you" addresses no named pupil: a letter to parents, a class, a member of staff (set 9).
    'Dear Parents,\n\nIf you have broken your arm over the holidays, please let the office know.',
    'Hello Hedgehogs! Please take care on the ice: last winter two of you broke your wrist on the playground.',
    'Dear Mrs Patel,\n\nThank you for the first aid lesson: we now know what to do if you have broken your wrist.',
    // Knocked out of a competition, and the training, not a player's head injury (set 11's counterparts).
    'We were knocked out in the quarter-final by a strong Sedgley side, but the boys can hold their heads high.',
    'Before the season all our coaches completed head injury assessment training.',
    // An absence in an attendance letter is anyone's (set 11's counterpart).
    'If your child returns after a period of absence, please let the office know the reason.',
    // The cases a procedure covers, on a safeguarding page and an exclusions policy (set 11).
    'The DSL refers to the Disclosure and Barring Service (cases where a person is dismissed or leaves because of a risk of harm to a child).',
    'In cases where a pupil is excluded for a fixed period, work will be set for them to complete at home.',
    // The statute cited in the DSL's duties, copied onto many schools' safeguarding pages (set 11).
    '- Keep the headteacher informed, especially of ongoing enquiries under section 47 of the Children Act 1989 and police investigations.',
    // A definition and what a register holds, on a SEND information page (set 11).
    "The Code of Practice puts it simply: 'A child has SEND where their learning difficulty or disability calls for special educational provision.'",
    'Our SEND register lists the children with special needs. It holds information about when the child was first identified as having SEND.',
    // A restructure's outcome announced, and the dead remembered in general (good-news sweep, 2026-11-24).
    'Following a restructure of our support staff, we are pleased to welcome Mrs Wood as our new Attendance Officer and Mr Malik as our Pastoral Lead.',
    'Year 8 Spanish: pupils learned about the Day of the Dead in Mexico, when families remember loved ones who have died.',
    'Dyslexia Awareness Week: did you know that around one in ten people are dyslexic? Famous dyslexic people include Richard Branson, Keira Knightley and Jamie Oliver.',
    'Academy conversion: Westbrook Primary School will become an academy and join the Lighthouse Learning Trust on 1 April, after the Department for Education approved the application in January.',
    'In 1930s Germany, Jewish children were banned from state schools and Jewish teachers were sacked. Year 9 read the diary of a Jewish girl from Berlin.',
    // A famous person's or character's story, whatever pronoun or person word it has; a visiting speaker's own; a play's plot.
    'Year 6 learned how footballer Marcus Rashford, who relied on free school meals as a child, campaigned to feed children during the school holidays.',
    "In The Suitcase Kid by Jacqueline Wilson, Andy's parents are divorcing and she spends one week with each of them.",
    "In Year 11 English, pupils analysed how Priestley presents Eva Smith, who is sacked from Birling's factory for asking for higher wages and later takes her own life.",
    'Our visiting speaker, Jamie, talked to Year 8 about living with cerebral palsy and how he became a wheelchair racer.',
    'Our Year 6 play was about a boy whose dad is in prison, and how his friends help him through a difficult year.',
    'Year 3 learned about Louis Braille, who lost his sight in an accident as a young child and invented a system of raised dots that blind people use to read.',
    // A visiting speaker's own story, quoted (a drugs-education talk).
    'Year 11 had a talk from a former addict about how heroin and crack cocaine destroyed his life. He told them: "I started with cannabis at 13, and by 20 I was homeless and injecting."',
    // The school's own letter telling families the head is leaving.
    'I am writing to let you know that our headteacher is leaving at Easter to take up a post in Bristol.',
    'It is with mixed feelings that I share the news that the head is leaving this summer; we wish her every success.',
    'We are sorry to tell you that the head is leaving in July.',
    // A SEND page's questions, as a parent would ask them, and an answer opening with "Yes,".
    '**My child has autism. What support can the school offer?**',
    'My son has ADHD and finds it hard to sit still. Will he get into trouble?',
    '**My child is a young carer. Is there support?**',
    'Yes, all children with asthma must take their inhaler.',
    'Reminder, any child who has an inhaler must bring it on the trip.',
    // Deafness as an event, a service or an idiom, of no one (fp27 found "deaf" missing from the list).
    'Deaf Awareness Week: Year 3 learned to sign their names in British Sign Language.',
    'Thank you to the National Deaf Children\'s Society for our deaf-friendly assembly.',
    'Our pleas for a new crossing have fallen on deaf ears, says the road safety team.',
    // Infections and secrecy said of no one, or in their everyday sense.
    'Hope is off with the fairies when it comes to care of the class hamster, said Year 2.',
    'Scarlet fever is going round Year 2; please look out for a rash and keep poorly children at home.',
    'Year 8 learned how the measles vaccine works in science.',
    'We will keep it quiet in the hall during exams.',
    "The council's emergency accommodation team spoke to Year 12 about homelessness.",
    // miss31 neighbours: the new terms said of no one, or in their innocent sense.
    'Our SEN team is holding a coffee morning for parents on Friday.',
    'The Speech and Language Team (SaLT) will run a drop-in for parents next week.',
    'The U11 netball team played in court 3 at the county tournament and won every match.',
    'Year 6 learned about refugee status and why families seek asylum, for Refugee Week.',
    'Our PP strategy statement for 2026-27 is on the website.',
    'Thank you to everyone who gave to the food bank, including the Year 3 children.',
    'Max in 4B scored the winning goal on Monday.',
    'Ella has a heart of gold: she organised a collection for the food bank all by herself.',
    'Year 6 are getting a new reading corner, thanks to the PTA.',
    'Our Pride display was organised by Year 9 for LGBT+ History Month.',
  ],
  invalid: [
    // fp34 neighbours: a family known to the office, a funeral that is a relative's, a parent separated from a pupil
    // beside a history lesson, a pupil's own anxiety told in the past.
    { post: "Councillor Murphy said the Smith family are known to children's services.", errors: [{ message: 'Confidential (family)' }] },
    { post: "After reading Auden's poem, Sam said his grandad's funeral is on Friday.", errors: [{ message: 'Confidential (family)' }] },
    { post: "Sam's mum and dad have separated, so he has missed the Romans topic.", errors: [{ message: 'Confidential (family)' }] },
    { post: 'When a pupil collapsed in assembly, Mrs Lee found that she had a seizure.', errors: [{ message: 'Confidential (medical)' }] },
    { post: 'Sam in Year 8 is on the waiting list at CAMHS after his referral.', errors: [{ message: 'Confidential (medical)' }] },
    // fp34 neighbours: a pupil, or someone other than the charity's namesake, in the sentence.
    { post: 'Year 8 had an assembly from the Ben Kinsella Trust. Ben in Year 8 said his brother was stabbed last year.', errors: [{ message: 'Confidential (police)' }] },
    { post: 'Year 8 had an assembly from the Ben Kinsella Trust. Afterwards Tom said his brother was stabbed last year.', errors: [{ message: 'Confidential (police)' }] },
    // fp34: a pupil's condition told with the family's agreement stated is for a person to check; without it, or a
    // safeguarding matter whatever the family says, an error.
    { post: "Congratulations to Year 8's Amelia, who has cerebral palsy, on her gold medal! Amelia and her family asked us to share her news.", errors: [{ message: 'family agreed to share', severity: 'warning' }] },
    { post: "Huge well done to Year 11's Zac, who is profoundly deaf, on his selection! Zac's family are delighted for us to share this.", errors: [{ message: 'family agreed to share', severity: 'warning' }] },
    { post: "Congratulations to Year 8's Amelia, who has cerebral palsy, on her gold medal at the championships!", errors: [{ message: 'Confidential (medical)', severity: 'error' }] },
    { post: "Amelia's family are happy for us to share that a safeguarding referral was made last week.", errors: [{ message: 'Confidential (safeguarding)', severity: 'error' }] },
    // Session 25 (miss32's held-out leftover): a pupil in a cast, excused on doctor's orders after a hernia op.
    { post: 'Katie H is still in her cast from the trampoline accident.', errors: [{ message: 'in her cast', severity: 'error' }] },
    { post: "Zak is excused from PE on doctor's orders after his hernia op.", errors: [{ message: "doctor's orders", severity: 'error' }, { message: 'hernia', severity: 'error' }] },
    // Session 25: a surname's initial after the first name is part of the name ("Katie H", "Maya T.").
    { post: 'Katie H broke her arm on the trampoline.', errors: [{ message: 'broke her arm', severity: 'error' }] },
    { post: 'Maya T. is off with chickenpox.', errors: [{ message: 'chickenpox', severity: 'error' }] },
    // miss32: an initial is no sentence's end; an allergy, head lice, a reaction named for a pupil; a family by its
    // name; names bracketed after a group; a pronoun after a named pupil; a member of staff's conduct investigated.
    { post: "Shame that Chloe B. was excluded for the fight at lunch and couldn't play.", errors: [{ message: '"excluded"' }] },
    { post: 'Breakfast Club register: Amir, Bethany, Daisy, Eli (allergic to sesame, own toast please).', errors: [{ message: '"allergic to"' }] },
    { post: 'Hi all, just to let you know Ava R (Y2) has had nits three times this half-term.', errors: [{ message: '"nits"' }] },
    { post: 'The Sharma family lost baby Arjun last week.', errors: [{ message: '"lost baby"' }] },
    { post: 'Our Nurture Group (Lexi, Kobe, Alfie and Esme) baked biscuits today!', errors: [{ message: '"Nurture Group"' }] },
    { post: 'Harvey had a bit of a wobble today, so he spent the afternoon in the Calm Room.', errors: [{ message: '"Calm Room"' }] },
    { post: 'We say goodbye to Mr Fenwick, who has left following the investigation into his conduct.', errors: [{ message: '"investigation into his conduct"' }] },
    { post: "Tiernan's mum and dad have split up, so please be kind.", errors: [{ message: '"mum and dad have split up"' }] },
    { post: "Gossip corner 😂 who saw the police at the Wilsons' house last night?", errors: [{ message: '"the police at"' }] },
    // fp31 neighbour: a pupil told beside the same book is still a pupil.
    { post: "Our book club has been reading 'Wonder' by R.J. Palacio. Sam, who is bullied at his new school, read his poem to us.", errors: [{ message: '"bullied"', severity: 'error' }] },
    // fp31 neighbours: secrecy asked for is still secrecy; a named person's asthma is still theirs, saint or no saint.
    { post: 'Mrs Cole is leaving at Easter, so please keep it to yourself for now.', errors: [{ message: 'unannounced', severity: 'error' }] },
    { post: 'St John Ambulance were called when John had an asthma attack at lunch.', errors: [{ message: '"asthma"', severity: 'error' }] },
    // fp31: a late member of staff's illness, remembered at a charity run, is the family's story (a warning, as a
    // relative's is); a living member of staff's is an error.
    { post: 'A team of staff ran Race for Life in memory of our much-loved teaching assistant, Mrs Hale, who died of cancer last year.', errors: [{ message: /remembered/, severity: 'warning' }] },
    { post: 'A team of staff ran Race for Life for our teaching assistant, Mrs Hale, who has cancer.', errors: [{ message: '"cancer"', severity: 'error' }] },
    // Common infections said of a pupil, child-protection abbreviations, secrecy asked for, a family's emergency housing.
    { post: 'Poppy is off with measles this week, so her part in the play goes to Ruby.', errors: [{ message: '"measles"', severity: 'error' }] },
    { post: 'Grace was poorly with chickenpox for most of the trip.', errors: [{ message: '"chickenpox"', severity: 'error' }] },
    { post: 'Amelia is off with measles, so her part in the play goes to Ruby.', errors: [{ message: '"measles"', severity: 'error' }] },
    { post: "Kieran's CP plan was reviewed on Monday.", errors: [{ message: '"CP plan"', severity: 'error' }] },
    { post: 'Please keep it quiet for now: Mr Dean is leaving at Easter.', errors: [{ message: '"keep it quiet for now"', severity: 'error' }] },
    { post: 'The Nowak family are in emergency accommodation after the fire.', errors: [{ message: '"emergency accommodation"', severity: 'error' }] },
    // miss31: a class between the name and the term, the term in brackets after a name, a group whose members are then
    // named, therapists by their initials, a gender identity, an asylum hotel, a court case, secrecy about a plan.
    { post: 'Freya (Y5) has been off for two weeks with glandular fever but is back tomorrow.', errors: [{ message: '"glandular fever"', severity: 'error' }] },
    { post: 'Max in 4B had to be restrained by two members of staff on Monday.', errors: [{ message: '"had to be restrained"', severity: 'error' }] },
    { post: 'Year 4 blog: Today Noah (ASD) led the class in our Diwali dance.', errors: [{ message: '"ASD"', severity: 'error' }] },
    { post: 'Our PP pupils in Year 6 (Kyle, Demi and Shannon) went to the theatre for free.', errors: [{ message: '"PP"', severity: 'error' }] },
    { post: 'The vouchers went to our FSM families, including the Nowaks and the Obis.', errors: [{ message: '"FSM"', severity: 'error' }] },
    { post: 'This week we did our phonics with Kai using the communication book his SaLT made for him.', errors: [{ message: '"SaLT"', severity: 'error' }] },
    { post: 'Kacper joined us from Poland this month and is still waiting for his SEN assessment.', errors: [{ message: '"SEN assessment"', severity: 'error' }] },
    { post: 'Well done to Alex in Year 9, who came out as trans to his form this term.', errors: [{ message: '"came out as trans"', severity: 'error' }] },
    { post: 'Amara has made a great start, especially as she and her mum were living in an asylum hotel until the summer.', errors: [{ message: '"asylum hotel"', severity: 'error' }] },
    { post: "Ruby's parents are in court next week over who she lives with.", errors: [{ message: '"in court"', severity: 'error' }] },
    { post: "Thanks to Mrs Ahmed, who came along even though she's in the middle of a nasty divorce.", errors: [{ message: '"divorce"', severity: 'error' }] },
    { post: "Jack's mum and dad are getting divorced, so he may be unsettled.", errors: [{ message: '"divorced"', severity: 'error' }] },
    { post: 'Finn will miss the cup final after breaking his collarbone at training.', errors: [{ message: '"breaking his collarbone"', severity: 'error' }] },
    { post: 'Ms Barker has handed in her notice after her capability review.', errors: [{ message: '"capability review"', severity: 'error' }] },
    { post: 'Fourteen teaching assistant posts will be made redundant at the end of term.', errors: [{ message: '"posts will be made redundant"', severity: 'error' }] },
    { post: "Exciting news that we can't share with parents until the governors vote: we're joining Oakwood Trust!", errors: [{ message: '"can\'t share with parents until"', severity: 'error' }] },
    // miss29: medical, injury, SEN, care, police, staff, family and unannounced matters in words the lexicon lacked,
    // and links it did not read: what a person wears or takes, where they were sent, what a treatment did to them.
    { post: 'Freya is back in class after having the hole in her heart fixed.', errors: [{ message: '"hole in her heart"', severity: 'error' }] },
    { post: 'Jamal is on steroids for his chest, so he may be tired this week.', errors: [{ message: '"steroids"', severity: 'error' }] },
    { post: 'Layla wears a hearing aid now, so please face her when you speak.', errors: [{ message: '"hearing aid"', severity: 'error' }] },
    { post: 'Aisha, who is nonverbal, used signs to lead the class song.', errors: [{ message: '"nonverbal"', severity: 'error' }] },
    { post: 'Mrs Doyle is off with her MS again this week.', errors: [{ message: '"with her MS"', severity: 'error' }] },
    { post: 'It was great to see Lola at the fair; the chemo has been really tough on her.', errors: [{ message: '"chemo"', severity: 'error' }] },
    { post: 'Ben was burnt by hot soup at lunch and is healing well.', errors: [{ message: '"was burnt"', severity: 'error' }] },
    { post: 'Mr Gill has torn his ACL playing five-a-side.', errors: [{ message: '"torn his ACL"', severity: 'error' }] },
    { post: 'The panel agreed a specialist placement for Kit from September.', errors: [{ message: '"specialist placement"', severity: 'error' }] },
    { post: "Tia moved to a new children's home over half term, so she is a little unsettled.", errors: [{ message: "\"children's home\"", severity: 'error' }] },
    { post: 'Congratulations to the Okafor family on adopting baby Ruth!', errors: [{ message: '"adopting"', severity: 'error' }] },
    { post: "We have used pupil premium to pay for Kai's swimming lessons.", errors: [{ message: '"pupil premium"', severity: 'error' }] },
    { post: "Zara's dad lost his battle with cancer at the weekend.", errors: [{ message: '"lost his battle with"', severity: 'error' }, { message: '"cancer"' }] },
    { post: 'Callum has been sent to the PRU for six weeks.', errors: [{ message: '"PRU"', severity: 'error' }] },
    { post: 'The police came in yesterday to speak to Nia and her mum.', errors: [{ message: '"police came in"', severity: 'error' }] },
    { post: "Ezra's brother was stabbed outside the chip shop on Friday.", errors: [{ message: '"was stabbed"', severity: 'error' }] },
    { post: 'After the child protection meeting, Leo is staying with his aunt.', errors: [{ message: '"child protection meeting"', severity: 'error' }] },
    { post: 'Following the grievance she raised, Mrs Lowe is working from home.', errors: [{ message: '"grievance"', severity: 'error' }] },
    { post: 'Mr Vance resigned after the complaint from parents about the trip.', errors: [{ message: '"resigned after"', severity: 'error' }, { message: '"complaint from parents"', severity: 'error' }] },
    { post: 'We will have to make two admin posts redundant in the spring.', errors: [{ message: '"posts redundant"', severity: 'error' }] },
    { post: 'We got Outstanding!!! The inspectors left an hour ago and the report will be out in a few weeks.', errors: [{ message: '"report will be out"', severity: 'error' }] },
    { post: "Ofsted rated us Good! We can't share the report yet, so keep it quiet.", errors: [{ message: "can't share the report yet", severity: 'error' }] },
    { post: "The cuts to the art department are agreed; we'll tell parents after half term.", errors: [{ message: "we'll tell parents after", severity: 'error' }] },
    { post: "Thanks to pupil premium, Kacey's violin lessons are now paid for!", errors: [{ message: '"pupil premium"', severity: 'error' }] },
    { post: 'Hope everyone is keeping Ollie in their thoughts while his dad is in intensive care.', errors: [{ message: '"intensive care"', severity: 'error' }] },
    { post: 'Sienna had an allergic reaction at lunch but she is fine now.', errors: [{ message: '"allergic reaction"', severity: 'error' }] },
    { post: 'The Year 7 boy who was attacked on the bus is recovering well at home.', errors: [{ message: '"was attacked"', severity: 'error' }] },
    // miss28's known miss: an injury and where on the body the surgery was.
    { post: "Mia was bitten by a dog and had surgery on her hand, so she'll be off for a week.", errors: [{ message: '"was bitten by a dog"', severity: 'error' }, { message: '"had surgery"', severity: 'error' }] },
    { post: "Maisie has been brave since her brother's death in the spring.", errors: [{ message: "brother's death", severity: 'error' }] },
    { post: "Zain has settled in so well since leaving the PRU.", errors: [{ message: '"PRU"', severity: 'error' }] },
    { post: "Confidentially, governors are talking to St Anne's about a federation from next September.", errors: [{ message: 'about a federation', severity: 'error' }] },
    { post: "Mrs Webb won't be back this term while the investigation into the exam complaint continues.", errors: [{ message: 'while the investigation', severity: 'error' }] },
    { post: "We're confident of Good, but the report won't be published until March, so don't share yet!", errors: [{ message: "don't share yet", severity: 'error' }] },
    // miss28: ME in capitals after a link; a welcome back to a member of staff by title is said to them ("you").
    { post: 'Amazing results, given he missed most of Year 11 with ME.', errors: [{ message: '"ME"', severity: 'error' }] },
    { post: "Welcome back Ms Greene! After six months off with long Covid, it's so good to have you back.", errors: [{ message: '"long Covid"', severity: 'error' }] },
    // miss28 held-out round: an op, a bypass, remission, a fight with the police called, secrecy, a takeover in talks.
    { post: 'Lovely to have Poppy back with us after her op on her hip!', errors: [{ message: '"her op"', severity: 'error' }] },
    { post: 'Sending lots of love to Mr Barker, who is at home recovering from his heart bypass.', errors: [{ message: '"heart bypass"', severity: 'error' }] },
    { post: 'Emily is now in remission and will be back in Year 4 after half term.', errors: [{ message: '"in remission"', severity: 'error' }] },
    { post: 'Two Year 8 boys, Kai and Rhys, were involved in a fight at the bus stop and the police were called.', errors: [{ message: '"involved in a fight"', severity: 'error' }] },
    { post: "Confidential for now: the nursery is going to close next summer, so please don't tell parents yet.", errors: [{ message: 'unannounced' }, { message: 'unannounced' }] },
    { post: 'The trust is in talks with Oakfield Academy about taking them over in September – nothing official yet!', errors: [{ message: 'contracts' }, { message: 'unannounced' }] },
    // miss28: a link through how new or how messy ("Millie's new insulin pump", "a really messy divorce"), a link verb
    // ("went into", "got involved in", "are living in"), a name before "received", "The … twins" opening a sentence,
    // and a term left by a service word that opens the next sentence ("… county lines. Parents, please …").
    { post: "Millie's new insulin pump means she can now join the cooking club.", errors: [{ message: '"insulin pump"', severity: 'error' }] },
    { post: 'Well done Ben, even while his parents have been going through a really messy divorce.', errors: [{ message: '"divorce"', severity: 'error' }] },
    { post: 'Sophie has been living with her stepdad since her mum went into a mental health unit.', errors: [{ message: '"mental health unit"', severity: 'error' }] },
    { post: 'Kieran received a youth caution after the shoplifting incident.', errors: [{ message: '"youth caution"', severity: 'error' }, { message: '"shoplifting"', severity: 'error' }] },
    { post: 'The Thompson twins will be starting with us on Monday after coming out of care.', errors: [{ message: '"coming out of care"', severity: 'error' }] },
    { post: "Jack's dad, who visited us last term, was arrested last week.", errors: [{ message: '"arrested"', severity: 'error' }] },
    { post: 'Sam showed us how to look after his broken arm.', errors: [{ message: '"broken arm"', severity: 'error' }] },
    { post: 'Sam learned how to cope after his dad was arrested.', errors: [{ message: '"arrested"', severity: 'error' }] },
    { post: 'Ryan in Year 10 has got involved in county lines, and PC Davies gave the family advice on keeping him safe.', errors: [{ message: '"county lines"', severity: 'error' }] },
    { post: "We're aware that a Year 10 boy, Ryan, has got involved in county lines. Parents, please talk to your children about it.", errors: [{ message: '"county lines"', severity: 'error' }] },
    { post: "Oscar's dad passed last week after a long illness.", errors: [{ message: '"dad passed last week"', severity: 'error' }] },
    // …and the care itself is a young carer's circumstance (miss34).
    { post: 'Congratulations to Kayden, who looks after his mum, who has MS.', errors: [{ message: '"looks after his mum"', severity: 'error' }, { message: '"who has MS"', severity: 'error' }] },
    { post: 'Mason was sent home yesterday for swearing at a dinner lady.', errors: [{ message: 'sent home yesterday for', severity: 'error' }] },
    // miss28: conditions, circumstances and staffing matters in the everyday words of a staff draft.
    { post: "Thank you to everyone who made cards for Maisie this week – her grandad's dementia has got a lot worse.", errors: [{ message: '"dementia"', severity: 'error' }] },
    { post: 'Well done to Isaac, who won gold after a year out with a shoulder injury.', errors: [{ message: '"shoulder injury"', severity: 'error' }] },
    { post: 'Evie in Year 2 has alopecia and has chosen to come to school without her wig.', errors: [{ message: '"alopecia"', severity: 'error' }] },
    { post: 'A reminder that Ruby in Hedgehogs has a severe peanut allergy, so please no nuts at the party.', errors: [{ message: '"peanut allergy"', severity: 'error' }] },
    { post: 'Congratulations to Zara on her black belt, after her spinal surgery last year.', errors: [{ message: '"spinal surgery"', severity: 'error' }] },
    { post: 'Ruby, who has global developmental delay, took her first steps across the hall today.', errors: [{ message: '"global developmental delay"', severity: 'error' }] },
    { post: "Thank you to Kieran's foster mum, Mrs Hart, for baking all those cakes!", errors: [{ message: '"foster mum"', severity: 'error' }] },
    { post: "Ruby's big brother was killed in a car crash on Saturday night.", errors: [{ message: '"killed in a car crash"', severity: 'error' }] },
    // fp32: the death of the person named (a former pupil, a former colleague) is the school's announcement, a warning as
    // "died" is; her illness told in the next sentence is remembered with it. A living colleague's, or a deafness, is an error.
    { post: 'We are heartbroken to share the news that our former pupil and head girl, Dr Sarah Khan, was killed in a road accident in Leeds last week.', errors: [{ message: '"killed in a road accident" — A death announced', severity: 'warning' }] },
    { post: 'It is with great sadness that we announce the death of our former colleague, Mrs Anne Ross. She lost her battle with cancer on Saturday, surrounded by her family.', errors: [{ message: '"lost her battle with"', severity: 'warning' }, { message: '"cancer" — A late relative', severity: 'warning' }] },
    { post: 'Our caretaker Mr Bell is off work. He has cancer and starts chemotherapy next week.', errors: [{ message: '"cancer"', severity: 'error' }] },
    // fp33: a club's late coach, remembered by the club, as a late colleague is; a living coach's illness is an error.
    { post: 'Heartbroken to share that our former coach, Steve, lost his battle with cancer last night.', errors: [{ message: '"cancer" — A late relative', severity: 'warning' }] },
    { post: 'In memory of our coach Steve, who died of cancer last year, the club is running a charity match.', errors: [{ message: '"cancer" — A late relative', severity: 'warning' }] },
    { post: 'Our coach Steve has cancer and will be off for a while.', errors: [{ message: '"cancer"', severity: 'error' }] },
    // fp33: a player's ban after a red card is the league's, told in every match report; a suspension from school is not.
    { post: 'Jack is suspended after the fight in the playground last week.', errors: [{ message: '"suspended"', severity: 'error' }] },
    { post: 'Jack was suspended after the red card incident for hitting a pupil.', errors: [{ message: '"suspended"', severity: 'error' }, { message: 'red card', severity: 'warning' }] },
    // …and the red card itself is a person's to judge: an adult player's is match news, a pupil's a sanction.
    { post: 'Team news: Deano is suspended after his red card last week; Robbo misses out through work.', errors: [{ message: 'red card', severity: 'warning' }] },
    { post: 'Leo has SEN, so our SEN coordinator will meet his mum.', errors: [{ message: '"SEN"', severity: 'error' }] },
    { post: 'Ms Carr, who is profoundly deaf, teaches our BSL club.', errors: [{ message: '"profoundly deaf"', severity: 'error' }] },
    { post: 'Chloe in Year 8 was groomed by a man on Snapchat.', errors: [{ message: 'groomed', severity: 'error' }] },
    { post: 'Ellis is on an electronic tag for the next three months.', errors: [{ message: '"electronic tag"', severity: 'error' }] },
    { post: 'Kai has been on a reduced timetable since October but will be back full-time after half term!', errors: [{ message: '"reduced timetable"', severity: 'error' }] },
    { post: 'Ollie in Year 9 has been moved to the PRU for the rest of the year.', errors: [{ message: '"PRU"', severity: 'error' }] },
    { post: 'Mr Reid is on gardening leave until the end of term, so Mr Barnes will take Year 6.', errors: [{ message: '"gardening leave"', severity: 'error' }] },
    { post: 'Our caretaker Steve was let go last week after the incident with the keys.', errors: [{ message: '"was let go"', severity: 'error' }] },
    { post: 'Between us, the governors are looking at federating with St Mary\'s next year.', errors: [{ message: 'unannounced', severity: 'error' }] },
    { post: "We're in talks with Sodexo about taking over the catering contract from April.", errors: [{ message: 'contracts', severity: 'error' }] },
    { post: 'The nursery will close in July, but parents haven\'t been told yet, so please keep it to yourselves.', errors: [{ message: 'unannounced', severity: 'error' }, { message: 'unannounced', severity: 'error' }] },
    { post: 'Jacob has been deaf since birth and signs with his friends every day.', errors: [{ message: '"deaf"' }] },
    // … once: the squad's name is not a second finding.
    { post: 'Jacob in Year 9 has been selected for the England Deaf Football squad. Jacob has been deaf since birth.', errors: [{ message: '"deaf"' }] },
    { post: 'Amira is partially sighted, so she used the large-print map on the trip.', errors: [{ message: '"partially sighted"' }] },
    // … but a named child, a parent's thanks to a named teacher, or a pupil after "Yes," is still someone.
    { post: 'My son Noah has autism. Could the school help him?', errors: [{ message: '"autism"' }] },
    { post: 'Thank you, Mrs Patel! My daughter has a nut allergy and you kept her safe all week. Who could ask for more?', errors: [{ message: '"nut allergy"' }] },
    { post: 'Yes, Noah has his inhaler.', errors: [{ message: '"inhaler"' }] },
    // A name no list knows, before a comma, is still read as one.
    { post: 'Zephyrine, our goalkeeper, has an inhaler.', errors: [{ message: '"inhaler"' }] },
    // … but a speaker's talk does not hide a pupil's circumstances told apart from it, nor a former pupil's visit.
    { post: 'We had a talk from a former pupil. Since her parents split up, Amy has been homeless.', errors: [{ message: '"parents split up"' }, { message: '"homeless"' }] },
    // … and the head's leaving told as a rumour, or with no letter's framing, is still unannounced.
    { post: 'Rumour has it the head is leaving at Easter.', errors: [{ message: 'Confidential (unannounced): "head is leaving"', severity: 'error' }] },
    { post: 'Our headteacher is leaving at Easter. The governors will appoint an interim head.', errors: [{ message: 'Confidential (unannounced): "headteacher is leaving"', severity: 'error' }] },
    // … but a restructure that tells who goes is a staffing matter, welcome or not.
    { post: 'Following a restructure, we welcome Mrs Wood as Attendance Officer, and Mrs Hart will be leaving us.', errors: [{ message: 'Confidential (staff): "restructure"', severity: 'error' }] },
    // A pupil is still one beside a famous name's story told elsewhere in the paragraph.
    { post: 'Year 6 learned about Marcus Rashford. Well done to Leo, who is dyslexic, for his brilliant poster.', errors: [{ message: '"dyslexic"', severity: 'error' }] },
    // A teacher of ours sacked is still a staffing matter.
    { post: 'We can confirm that Mr Hart, who taught history here, was sacked last week.', errors: [{ message: 'Confidential (staff): "sacked"', severity: 'error' }] },
    // … and a plan approved but not yet told is still unannounced.
    { post: 'Academy conversion is on the cards for next year: governors approved the plan last night, but it will be announced to staff in March.', errors: [{ message: 'Confidential (unannounced): "Academy conversion"', severity: 'error' }] },
    // A bereavement in everyday words, and the SEN register (short social posts).
    { post: 'Please welcome Zofia to Year 4! She is living in temporary housing nearby with her mum.', errors: [{ message: '"temporary housing"' }] },
    { post: "Well done to Leo in Year 2 - after a tough term since his parents split up he's been a superstar!", errors: [{ message: '"parents split up"' }] },
    { post: 'Thanks to the police who spoke to Year 8 after last week\'s incident involving Jake and Tom.', errors: [{ message: '"incident involving"' }] },
    { post: 'Noah has been getting extra help from the speech and language therapist and is now chatting away!', errors: [{ message: '"speech and language therapist"' }] },
    { post: 'Ava is doing so well with her insulin pump - what a brave girl!', errors: [{ message: '"insulin pump"' }] },
    { post: 'Sad news: Harvey in Year 5 lost his dad last week. Please keep the family in your thoughts.', errors: [{ message: '"lost his dad"' }] },
    { post: 'Well done Jayden, who has made brilliant progress with his reading since starting on the SEN register in September!', errors: [{ message: '"SEN register"' }] },
    // Kinship care, and conditions the lists lacked.
    { post: 'We are raising money for Jack in Year 3, who lost his leg in a car accident last year.', errors: [{ message: '"lost his leg"' }] },
    { post: 'Get well soon to Amelia, who is off sick with chickenpox this week!', errors: [{ message: 'Confidential (sickness): "off sick"' }, { message: '"chickenpox"' }] },
    { post: 'Congratulations to Mia, who is now living with her nan after a difficult year at home.', errors: [{ message: '"living with her nan"' }] },
    { post: 'Harry has gone to live with his aunt and uncle, and has settled in brilliantly.', errors: [{ message: '"gone to live with his aunt"' }] },
    { post: 'Jack in Year 4 is a young carer for his mum, who has multiple sclerosis.', errors: [{ message: '"young carer"' }, { message: '"multiple sclerosis"' }] },
    { post: 'We wish Mr Patel a speedy recovery after his heart surgery.', errors: [{ message: /heart surgery/, severity: 'error' }] },
    // A case is still one beside a procedure's words or a statute (set 11's counterparts).
    { post: 'Social care opened a section 47 enquiry into the family last week.', errors: [{ message: /section 47/, severity: 'error' }] },
    { post: 'As defined in his EHC plan, Oliver has one-to-one support every morning.', errors: [{ message: 'sen', severity: 'error' }, { message: 'sen', severity: 'error' }] },
    { post: 'As his EHC plan sets out in its definition of need, he has one-to-one support every morning.', errors: [{ message: 'sen', severity: 'error' }, { message: 'sen', severity: 'error' }] },
    { post: 'In one case a Year 9 pupil was excluded after the fight.', errors: [{ message: 'behaviour', severity: 'error' }] },
    // A named member of staff absent or isolating, a named swimmer unwell (set 12).
    { post: 'You may have heard that Mrs Okafor is absent from work for now, so Mr Lane is covering Class 2.', errors: [{ message: '"absent from work"', severity: 'error' }] },
    { post: 'Because someone at home is unwell, Miss Reid is self-isolating until half term.', errors: [{ message: '"unwell"' }, { message: '"self-isolating"' }] },
    { post: 'Sadly Tilly was unwell on the day and pulled out of her last two races.', errors: [{ message: '"unwell"', severity: 'error' }] },
    // A relative remembered as a fundraiser's reason (set 12): the family's story, for a person to check.
    { post: 'One of our mums, Kerry Dale, is running the marathon in memory of her son Alfie.', errors: [{ message: '"in memory of her"', severity: 'warning' }] },
    // How bad it was between the link and the injury, and set 12's club reports' injuries.
    { post: 'Sam suffered a serious head injury in the match and will miss the cup final.', errors: [{ message: '"head injury"', severity: 'error' }] },
    { post: 'Maya has a very serious heart condition, so please send cards to the office.', errors: [{ message: '"heart condition"', severity: 'error' }] },
    { post: 'Our centre half Marcus has snapped ligaments in his knee and broke his fib in the same tackle.', errors: [{ message: '"snapped ligaments"' }, { message: '"broke his fib"' }] },
    { post: 'Ben was knocked out in the tackle and taken to A&E.', errors: [{ message: '"knocked out in the tackle"' }] },
    // Needs are still told beside a cause's words.
    { post: 'Noah has SEND, and his mum is an advocate for families in the village.', errors: [{ message: '(sen): "SEND"', severity: 'error' }] },
    // Staff share pregnancy news, with their agreement: for a person to confirm, not an error.
    { post: 'Congratulations to Miss Jones, who is expecting her first baby in May!', errors: [{ message: /expecting her first baby/, severity: 'warning' }] },
    { post: 'A safeguarding referral was made last week and the police are involved.', errors: [{ message: /safeguarding/, severity: 'error' }] },
    // fp32 neighbour: a concern told as having happened, though the sentence says whom the school will speak to.
    { post: 'We will speak to the local authority about the safeguarding concern that was raised yesterday.', errors: [{ message: /safeguarding/, severity: 'error' }] },
    { post: 'If a safeguarding concern was raised about Jack, his mum would be told.', errors: [{ message: /safeguarding/, severity: 'error' }] },
    { post: 'There is a safeguarding concern about the family, so Ava must not be photographed.', errors: [{ message: /safeguarding/, severity: 'error' }] },
    { post: "Thank you to Jack's mum, who is undergoing chemo, for still baking for the fair.", errors: [{ message: 'medical', severity: 'error' }] },
    { post: 'Welcome back Mr Jones after his stress-related absence.', errors: [{ message: 'staff', severity: 'error' }] },
    // A staffing update's euphemism (set 11: a secondary's half-term letter).
    { post: 'You may be aware that Mrs Khan has returned following a period of absence, and will not continue as Head of Year 8.', errors: [{ message: 'staff', severity: 'error' }] },
    { post: 'Congratulations to Noah, who was adopted last year and has settled in brilliantly.', errors: [{ message: 'family', severity: 'error' }] },
    { post: "In assembly Sam told the story of his dad's time in prison.", errors: [{ message: 'family', severity: 'error' }] },
    // Conditions added 2026-11-22: sectioning, stroke, dementia — said of a person.
    { post: 'Sam shared the story of how his mum was sectioned last year.', errors: [{ message: 'medical', severity: 'error' }] },
    { post: "Leo's grandad had a heart attack last week, so Leo will be off for a few days.", errors: [{ message: 'medical', severity: 'error' }] },
    { post: "Maisie's nan has dementia, so Maisie made her a memory book.", errors: [{ message: 'medical', severity: 'error' }] },
    { post: 'In assembly Sam told the story of how his dad is in prison.', errors: [{ severity: 'error' }] },
    // A given name opening the sentence as its subject; a family change told with "going through".
    { post: 'Leo is in foster care and has settled in well.', errors: [{ severity: 'error' }] },
    // A name that is also a word, when what follows can only be said of a person (left open in an earlier session).
    { post: 'Poppy is in foster care and has settled in well.', errors: [{ severity: 'error' }] },
    { post: 'Grace has an EHCP and loves reading.', errors: [{ message: 'sen', severity: 'error' }] },
    { post: 'Amir has an Education, Health and Care Plan.', errors: [{ message: 'sen', severity: 'error' }] },
    // One person's relatives, in the possessive plural, are no group.
    { post: "Well done to Leo, who has been brilliant since his parents' divorce.", errors: [{ message: '"divorce"' }] },
    { post: "Maya's grandparents' divorce has been hard on her.", errors: [{ message: '"divorce"' }] },
    { post: 'Get well soon, Harry, who broke his leg at the weekend!', errors: [{ severity: 'error' }] },
    // A named player's broken bone, stitches or torn ligament in a club's match report.
    { post: 'Josh went off with a suspected broken wrist in the first half.', errors: [{ message: 'broken wrist', severity: 'error' }] },
    // A named player's head injury in a school's rugby report (set 11).
    { post: 'Just after the restart Harry was knocked out in a tackle and did not return.', errors: [{ message: 'knocked out in a tackle', severity: 'error' }] },
    { post: 'Oscar was taken off for a HIA after the same ruck.', errors: [{ message: 'HIA', severity: 'error' }] },
    { post: 'Sadly Lily broke her leg skiing at half term and will miss the gala.', errors: [{ message: 'broke her leg', severity: 'error' }] },
    { post: 'Dan suffered a broken collarbone in the first tackle. Get well soon Dan!', errors: [{ message: 'broken collarbone', severity: 'error' }] },
    { post: 'Tom is out for the rest of the season with a torn ligament.', errors: [{ message: 'torn ligament', severity: 'error' }] },
    { post: 'Ella missed the county gala with appendicitis, but she is back in the pool now.', errors: [{ message: 'appendicitis', severity: 'error' }] },
    { post: 'Reece was taken to hospital at half time; the doctors think he has broken his nose.', errors: [{ message: 'taken to hospital' }, { message: 'broken his nose' }] },
    { post: 'Mason was sent home after fighting in the playground.', errors: [{ severity: 'error' }] },
    { post: "Please be kind to Jack; his parents are going through a divorce.", errors: [{ severity: 'error' }] },
    { post: 'Sam in Year 4, who has an EHCP, read his poem beautifully.', errors: [{ message: 'sen', line: 1, column: 27 }] },
    { post: 'Mr Jones is off on sick leave until half term.', errors: [{ message: 'staff' }] },
    // A member of staff's operation, injury or sick note.
    { post: 'Mr Shah is recovering after his operation and hopes to be back after half term.', errors: [{ message: 'medical' }] },
    { post: 'Mrs Ali had surgery last week and sends her thanks for the cards.', errors: [{ message: 'medical' }] },
    { post: 'Our caretaker Dave has been signed off work with a bad back.', errors: [{ message: 'staff' }, { message: 'medical' }] },
    { post: 'A Year 6 boy was excluded after the fight at lunch.', errors: [{ message: 'behaviour' }] },
    { post: 'Well done to Amelia, who was diagnosed with diabetes last year and still ran the 5k!', errors: [{ message: 'medical' }] },
    { post: "Ruby's mum passed away in March, so please be kind.", errors: [{ message: 'family', severity: 'error' }] },
    // An aunt, an uncle or a granny is family as a mum is (set 7: a pupil's hair donated in memory of her aunt).
    { post: 'Sam has been very brave since his uncle passed away in March.', errors: [{ message: 'family', severity: 'error' }] },
    { post: 'Ella cut her hair for charity after her aunt died last year.', errors: [{ message: /fundraiser/, severity: 'warning' }] },
    // A relative's death or illness told as the reason for a fundraiser is the family's story: for a
    // person to check they agreed (set 7 and set 6: hair donated in memory of a granny, a grandpa).
    { post: 'Mia donated her plaits in memory of her granny, who died of cancer last spring.', errors: [{ message: /fundraiser/, severity: 'warning' }, { message: /remembered/, severity: 'warning' }] },
    { post: 'Theo told the school how losing his grandpa to cancer had inspired him to run the 5k.', errors: [{ message: /remembered/, severity: 'warning' }] },
    // Her own illness is still hers: an error, fundraiser or not.
    { post: 'Mia, who has cancer, raised £300 for the children\'s ward.', errors: [{ message: 'medical', severity: 'error' }] },
    { post: "Amelia in Year 2 went to her grandad's funeral on Friday.", errors: [{ message: 'family', severity: 'error' }] },
    // A person's suicide or an attempt, told of someone.
    { post: 'Tom in Year 9 tried to kill himself last week.', errors: [{ message: 'safeguarding', severity: 'error' }] },
    { post: 'Sadly, his uncle took his own life in March.', errors: [{ message: 'safeguarding', severity: 'error' }] },
    // A pupil's own death announced by the school (found on a real school's post): for a person to
    // check the family agreed to it, not an error; a relative's death in the same words stays one.
    { post: 'We have been informed that Eric, a pupil in Maple class, year 3, has died.', errors: [{ message: /family agreed/, severity: 'warning' }] },
    // Admitted to hospital, said of a named pupil (set 9: a school's letter about a pupil's short illness).
    { post: 'Theo was admitted to hospital on Friday after a short illness, so Hazel Class made him a card.', errors: [{ message: 'admitted to hospital', severity: 'error' }] },
    // A class blog's get-well letter to a named pupil (set 9): "you" is the pupil greeted.
    { post: 'Dear Noah,\n\nWe were all so sorry to hear that you have broken your arm. Rest it well and come back soon!\n\nLove from Hazel Class', errors: [{ message: 'broken your arm', severity: 'error' }] },
    // The same paragraph twice (judged once per distinct text): each place reported where it is — and a letter's
    // paragraph again under a heading, where no one is addressed, is judged again.
    { name: 'a paragraph repeated', post: 'Sam in Year 4 has an EHCP.\n\nThank you.\n\n> Sam in Year 4 has an EHCP.\n', errors: [{ message: 'EHCP', line: 1, column: 22 }, { message: 'EHCP', line: 5, column: 24 }] },
    { name: "a letter's paragraph repeated outside the letter", post: '# Hazel Class\n\nSo sorry to hear that you have broken your arm.\n\nDear Noah,\n\nSo sorry to hear that you have broken your arm.\n', errors: [{ message: 'broken your arm', line: 7 }] },
    { post: "Hi Amara! Everyone in Robins hopes you're feeling better after you broke your wrist at the weekend.", errors: [{ message: 'broke your wrist' }] },
    // … with the pupil's name as the subject, told to "the pupils" or of "our students" (set 9).
    { post: 'The pupils were told in assembly this morning that Ava Thornton died in a road accident on Saturday.', errors: [{ message: /family agreed/, severity: 'warning' }] },
    { post: 'Last weekend one of our Year 10 students, Theo Farrow, sadly passed away after a short illness.', errors: [{ message: /family agreed/, severity: 'warning' }] },
    { post: 'Please keep Leo in your thoughts: his dad is in prison.', errors: [{ message: 'family' }] },
    { post: 'A Year 9 boy was arrested after the match.', errors: [{ message: 'police' }] },
    { post: 'We have made a safeguarding referral about the incident.', errors: [{ message: 'safeguarding' }] },
    { post: 'The proposed merger with Oakfield Trust has not yet been announced.', errors: [{ message: 'unannounced' }, { message: 'unannounced' }] },
    { post: 'Congratulations to Leo, who is on free school meals, for winning the art prize.', errors: [{ message: 'family' }] },
    { post: '![Jack](jack.jpg "Jack, who has ADHD, on sports day")', errors: [{ message: 'medical' }] },
    { post: 'Mrs Hughes is currently off sick with stress, so Mr Doyle will cover Year 3.', errors: [{ message: 'staff' }] },
    // A member of staff's health given as the reason they leave (it passed).
    { post: 'Sadly, Mrs Hughes is retiring at Easter due to ill health.', errors: [{ message: 'Confidential (sickness): "ill health"' }] },
    // A named pupil's attendance case (fp26 left it open).
    { post: 'Jacob Martin in Year 5 has an attendance of 67% this term and has been referred to the Education Welfare Officer.', errors: [{ message: 'Confidential (behaviour): "referred to the Education Welfare Officer"' }] },
    { post: "Sam's parents were issued a penalty notice after the holiday in May.", errors: [{ message: '"penalty notice"' }] },
    { post: 'We are sorry to say that Mr Doyle has retired on medical grounds.', errors: [{ message: 'sickness' }] },
    { post: 'Mrs Patel has stepped down as chair of governors for health reasons.', errors: [{ message: 'sickness' }] },
    { post: 'Mr Barker will not be in school while a disciplinary investigation takes place.', errors: [{ message: 'staff' }] },
    { post: 'Please donate toys for the Hall family, who have moved into a refuge after domestic abuse.', errors: [{ message: 'family' }, { message: 'family' }] },
    { post: 'Well done to Kofi in Year 5, who is autistic, for reading in assembly.', errors: [{ message: 'medical' }] },
    { post: 'If you see Amelia, who has diabetes, looking pale, tell a teacher.', errors: [{ message: 'medical' }] },
    { post: 'If you see Mrs Holt this week, please be kind: she was bereaved at half term.', errors: [{ message: 'family' }] },
    { post: 'Mr Dean was fired after the investigation.', errors: [{ message: 'staff' }] },
    // A book mentioned in the sentence before does not make a pupil a character.
    { post: 'We read a novel last term. Sam, who has ADHD, read his poem in assembly.', errors: [{ message: 'medical', severity: 'error' }] },
    { post: 'Ella in Year 4 raised £200 for Diabetes UK because her brother has type 1 diabetes.', errors: [{ message: 'medical', severity: 'error' }] },
    { post: 'Emily, who has ADHD, read her poem in assembly.', errors: [{ message: 'medical', severity: 'error' }] },
    // A pupil's diagnosis whatever the condition is called, and treatment said of her (set 7 and set 6 misses).
    { post: 'Noah in Year 2 was diagnosed with aortic stenosis as a baby and has already had two open heart surgeries.', errors: [{ message: /diagnosed with/, severity: 'error' }, { message: /surgeries/, severity: 'error' }] },
    { post: 'Well done to Amelia, who was diagnosed with diabetes last year.', errors: [{ message: /"diagnosed with diabetes"/, severity: 'error' }] },
    { post: 'One of our Nursery children lost her hair last year while receiving treatment, so our girls wanted to help.', errors: [{ message: /receiving treatment/, severity: 'error' }] },
    // A group's clause does not hide a person named inside it.
    { post: 'The children who visited Mrs Jones after her cancer diagnosis made her a card.', errors: [{ message: /cancer/, severity: 'error' }] },
    { post: 'Our children who went to the hospital cheered up Amelia who is undergoing chemotherapy.', errors: [{ message: /chemotherapy/, severity: 'error' }] },
    { post: 'Our children who visited Amelia Smith, who is undergoing chemotherapy, made her a card.', errors: [{ message: /chemotherapy/, severity: 'error' }] },
    { post: 'Children from Year 5 who sang carols for Oliver, who is receiving treatment at home, made him a card.', errors: [{ message: /receiving treatment/, severity: 'error' }] },
    { post: 'Oakfield Primary School will merge with Riverside Academy in September.', errors: [{ message: 'unannounced', severity: 'error' }] },
    { post: 'A strategy meeting with the police and social care was held about the family last week.', errors: [{ message: 'safeguarding', severity: 'error' }] },
    { post: 'We are negotiating with a new catering company for next year.', errors: [{ message: 'contracts', severity: 'error' }] },
    { post: 'The proposed school closure will be discussed on Monday.', errors: [{ message: 'unannounced', severity: 'error' }] },
    { post: '## School closure\n\nGovernors will vote next month on whether the school should shut for good.', errors: [{ message: 'unannounced', severity: 'error' }] },
    { post: 'Governors will vote on the school closure at their next meeting, before anyone is told.', errors: [{ message: 'unannounced', severity: 'error' }] },
    { post: 'Governors will vote next month on the plan to shut the school.', errors: [{ message: 'unannounced', severity: 'error' }] },
    { post: 'Governors will vote tomorrow on the plan to shut the school.', errors: [{ message: 'unannounced', severity: 'error' }] },
    { post: 'Governors will vote tomorrow on the school closure.', errors: [{ message: 'unannounced', severity: 'error' }] },
    { post: 'On Monday the trust board will decide whether the school will be closing.', errors: [{ message: 'unannounced', severity: 'error' }] },
    { post: 'The trust wants to close the school for good next July.', errors: [{ message: 'unannounced', severity: 'error' }] },
    // A plan's words anywhere under the title: a day word beside "open" does not clear it.
    { post: '# School closure\n\nThe trust wants to shut our school next July. Classes will stay open until then, and we will tell families tomorrow.', errors: [{ message: /"School closure"/, severity: 'error' }] },
    { post: '# School closure\n\nGovernors have agreed in principle to close the school next summer. The school will stay open as normal until then and we will update families on Monday.', errors: [{ message: /"School closure"/, severity: 'error' }] },
    // A day or a time under the heading that is not the closure's clears nothing: "tomorrow" is when families
    // are told, "next summer" when the school shuts for good (a reviewer's cases; all silent before).
    { post: '# School closure\n\nGovernors will vote next month on whether the school should shut for good. We will tell families tomorrow.', errors: [{ message: /"School closure"/, severity: 'error' }] },
    {
      post: '# School closure\n\nThe governors are consulting on plans to close the school permanently next July; this has not yet been announced to parents. We will tell families tomorrow.',
      errors: [{ message: /"School closure"/, severity: 'error' }, { message: /"plans to close the school"/, severity: 'error' }, { message: /"not yet been announced"/, severity: 'error' }],
    },
    { post: '# School closure\n\nThe trust board has decided that the school will shut permanently next summer. Letters go home tomorrow.', errors: [{ message: /"School closure"/, severity: 'error' }] },
    // A named pupil's illness with its medical qualifiers (found on a real school's charity post).
    { post: 'Our cake sale raised £600 for a cancer charity that has supported Oliver, a pupil in Year 5, who over the last three years has successfully undergone treatment for Acute Myeloid Leukaemia.', errors: [{ message: 'medical', severity: 'error' }] },
    { post: 'Ava has chronic asthma, so Miss Lee will carry her inhaler on the walk.', errors: [{ message: '"asthma"', severity: 'error' }, { message: '"inhaler"', severity: 'error' }] },
    { post: 'The school will be closing in July 2027 when the trust merges it with Oakfield.', errors: [{ message: 'unannounced', severity: 'error' }] },
    // …and a day before it does not clear a plan said in its own sentence.
    { post: 'The governors met on Monday evening. Sadly the school will be closing next July, when the last Year 6 leave.', errors: [{ message: 'unannounced', severity: 'error' }] },
    { post: 'EMBARGOED until 9am: our Ofsted rating is Outstanding.', errors: [{ message: 'unannounced', severity: 'error' }] },
    // A pupil named beside a group's list, or cast in a set text's part, is still that pupil (fp27).
    { post: 'Leo works with children with autism in his Scout group, and Leo has dyslexia too.', errors: [{ message: '"dyslexia"', severity: 'error' }] },
    // A given name ending in "s" before its comma is still a name.
    { post: 'James, who had an operation on his knee in March, is back playing football.', errors: [{ message: 'operation', severity: 'error' }] },
    // …and someone told in a "such as" list is still someone.
    { post: 'She has faced a lot this year, such as her dad being in prison, and we are proud of her.', errors: [{ message: '"in prison"', severity: 'error' }] },
    { post: 'Some pupils, such as Leo, who has an EHCP, will have extra transition visits.', errors: [{ message: '"EHCP"', severity: 'error' }] },
    { post: "Sam's speech and language therapist, Mrs O'Brien, says he has made great progress.", errors: [{ message: 'speech and language therapist', severity: 'error' }] },
    { post: 'Year 10 performed Of Mice and Men. Sam, who has dyslexia, played Lennie brilliantly.', errors: [{ message: '"dyslexia"', severity: 'error' }] },
    { post: 'Just between us, Mrs Cole is leaving at Easter.', errors: [{ message: 'unannounced', severity: 'error' }] },
    { post: 'Proposed merger: please keep this quiet until the consultation starts.', errors: [{ message: 'unannounced' }, { message: 'unannounced' }] },
  ],
});

// A reviewer's probe: each lead-in ("diagnosed with") used to copy and search every later match of the
// paragraph for its condition, so 100,000 of them ran for minutes. Only the matches within the lead-in's
// few words are read now. No timing is asserted: on the old code the case runs past the test's time limit.
describe('a paragraph of 100,000 lead-ins', () => {
  it('joins a lead-in to its condition and reports every other lead-in on its own', async () => {
    const post = 'Well done to Amelia, who was diagnosed with diabetes last year. ' + 'She was diagnosed with it. '.repeat(100_000);
    const findings = await runRule(confidential, { post });
    expect(findings).toHaveLength(1001);
    expect(findings[0]!.message).toContain('"diagnosed with diabetes"');
    expect(findings.slice(1, 1000).every((f) => f.message.includes('"diagnosed with" —'))).toBe(true);
    expect(findings[1000]!.message).toMatch(/^99,001 more findings/);
  });
});
