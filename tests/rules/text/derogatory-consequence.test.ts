// text/derogatory, the mechanism added in the batch-20 session: a bad result foretold of doing something
// with the group — an order or a condition whose object or place is the group, then "and", "then", a comma
// (or "or" after a warning) and a result from the outcome vocabulary: things lost, being robbed, regret,
// nits brought home, a venture in ruin, one's child taken away, the group taking more than it is given,
// a result left unsaid; or the result first and the condition after it ("You'll regret it if you hire a X").
// Beside it, a question offering the group some dealing answered by the speaker's refusal alone ("Would you
// let a X babysit your kids? Me neither.").
import { derogatory } from '../../../src/rules/text/derogatory.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const group = { message: 'protected group', severity: 'error' as const };

ruleTester(derogatory, {
  valid: [
    // A good result, or no group in the order.
    'Put a woman in charge of the science club and watch the results soar!',
    'Send your kids to our Eid party and they\'ll come home with sweets and henna.',
    'If you let refugees in, they can rebuild their lives — Year 9 debated asylum this week.',
    'Put Year 6 in charge of the tuck shop and watch the money vanish! (Only joking, they raised £84.)',
    'Send your kids to forest school and they\'ll come home with muddy knees and a big smile.',
    // Something bad gone, things snapped up, or the result denied.
    'Invite a Muslim speaker to assembly and watch the stereotypes vanish.',
    'Put the Muslim families in touch with the food bank and watch their worries disappear.',
    'Put a Muslim pupil in charge of the cake stall and watch the brownies disappear in minutes!',
    'Hire a disabled apprentice and you\'ll never regret it — ask our site team.',
    // The group's own harm, or a refusal that harms them.
    'If you send refugees back, they disappear into detention centres, Amnesty told our sixth form.',
    "If we don't let refugees in, they will disappear into the hands of traffickers.",
    // A result that is then said, and a good taken over.
    'Give women a chance and this is what happens: a county trophy for our under-14s!',
    'Give women a chance and they\'ll take over the world, said our Year 10 speaker.',
    // The condition after the result: denied, of the group's own harm, or with someone else let do something.
    "I'd pull my son out of the club if they didn't let disabled children play.",
    "You'll never regret it if you hire a disabled apprentice through our careers fair.",
    "They'll disappear if you send refugees back, the speaker from Refugee Action told Year 11.",
    "I'd pull my son out of the club if they let a coach shout at a disabled pupil.",
    // A refusal that goes on, an answer of welcome, or no question about the group.
    'Would you let a refugee family stay in your home? Me neither — but the Smiths did, and here is their story.',
    'Would you let a Muslim pupil read at assembly? Of course! Aisha read beautifully on Friday.',
    "I don't like sprouts. Me neither! Year 3's vote on the Christmas lunch menu is in.",
  ],
  invalid: [
    { post: 'Put a Muslim in charge of the PTA funds and watch the money vanish.', errors: [group] },
    { post: "Send your kids to a school full of Romanian families and they'll come home with nits.", errors: [group] },
    { post: "Give Muslims an inch and they'll take the whole car park.", errors: [group] },
    { post: 'If you let trans people in, this is what happens.', errors: [group] },
    { post: "Don't leave a Muslim alone with your purse or it'll go missing.", errors: [group] },
    { post: 'Elect a woman as captain and the team will fall apart.', errors: [group] },
    { post: "If you let refugees in, you'll be robbed blind.", errors: [group] },
    { post: 'Let a gay man coach the under-9s and the club will go downhill.', errors: [group] },
    { post: 'Once you let immigrants into a school, standards fall apart.', errors: [group] },
    { post: 'Hire an immigrant and watch your tools grow legs.', errors: [group] },
    { post: "I'd pull my son out of the football club if they let a gay man coach the team.", errors: [group] },
    { post: "You'll regret it if you hire a Muslim as the new caretaker.", errors: [group] },
    { post: 'The money will vanish if you put a woman in charge of the tuck shop.', errors: [group] },
    { post: 'Would you let a gay man babysit your kids? Me neither.', errors: [group] },
    { post: 'Would you trust a Muslim with your car keys? Thought not.', errors: [group] },
  ],
});
