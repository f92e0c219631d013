import { byFirstLetter } from '../../core/regex.js';
import type { Rule, RuleContext, TextSegment } from '../../core/types.js';
import { SentenceBounds, TakenSpans } from '../../text/spans.js';
import { at, oncePerText, proseSegments } from './shared.js';

// Present or immediate-future whereabouts: "we're staying at", "tonight we're in", "currently at".
// "we're at" and "now at" count only before a capitalised place name ("we're at Alton Towers", not
// "they are at school"): with the i flag \p{Lu} matches any letter, so the capital is checked apart (capital()).
const WHEREABOUTS =
  /\b(?:(?:we|they|the (?:group|children|pupils|class|team)|year \d+|y\d)(?:['’]re| are| will be|['’]ll be| have been)? (?:staying|stopping|sleeping|camping) (?:(?:tonight|this week|this weekend|all week) )?(?:at|in)(?=(?<cap3> (?:the )?)\p{L})|(?:we|they|(?:the|our) (?:(?:year \d+|y\d+|u\d{1,2}s?|[a-z]+) )?(?:group|children|pupils|class|team|squad|choir|crew))(?:['’]re| are) (?:currently |now |still |all )?(?:at|in)(?=(?<cap1> (?:the )?)\p{L})|our (?:hotel|hostel|accommodation|campsite|base|lodge|centre)(?:, [^,.!?\n]{1,60},)? (?:is|this week is|tonight is)|(?:tonight|this evening|right now|at the moment|currently|this week)(?:,)? (?:we['’]re|we are|the (?:group|children|pupils) (?:is|are)|year \d+ (?:is|are)) (?:at|in|staying)|(?:currently|right now|now) (?:at|in)(?=(?<cap2> (?:the )?)\p{L})|(?:(?:we['’]re|we are|coming to you|reporting|blogging|posting|tweeting|updates?) |(?<![\p{L}\p{N}'’] ?))live from|(?<find>you can find us at|come and find us at))\b/giu;
const ROOMS = /\b(?:room|rooms|dorm|dorms|dormitory|cabin|chalet|tent|flat|block)\s+(?:(?:is|are)\s+)?(?:number\s+|no\.?\s*)?\d{1,4}[a-z]?(?:\s*(?:and|&|-|–|,)\s*\d{1,4}[a-z]?)*\b/gi;
const LODGING = /\b(?:sleeping (?:in|at)|sleepover|overnight stay|hotel|hostel|youth hostel|residential|campsite|lodge|dorm|dormitory|cabin|chalet|accommodation|outdoor centre|activity centre)\b/i;
// "back at Euston at 4.30pm", "arriving at Dover at 17:00", "pick-up from the Premier Inn at 9am".
export const RETURN_AT =
  /\b(?:back (?:down |up |over )?at|arriving at|arrive at|arrives at|arriving back at|(?:land|lands|landing|dock|docks|docking)(?: back)? (?:at|in)|return(?:ing)? to|pick[- ]?up (?:for (?:the )?[\p{L} ]{1,30} )?(?:is )?(?:from|at)|collect(?:ion)? (?:from|at)|(meet(?:ing)? (?:us )?at|leaving|departing|depart from|leave from))\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|\d{1,2}\b)){0,3})\s+(?:at|by|around|for)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?/giu;
// Trip mode: present-tense whereabouts of any kind ("today we're visiting the Eden Project").
const TRIP_PRESENT =
  /\b(?:today|tonight|this (?:morning|afternoon|evening)|tomorrow|right now|now|next|later)(?:,)? (?:we['’]re|we are|we will be|we['’]ll be|we will|we['’]ll|the (?:group|children|pupils|class) (?:is|are|will be)|year \d+ (?:is|are|will be)) (?:visiting|heading|going|off|at|in|exploring|staying|travelling|walking|on our way)\b|\bnext stop\b|\b(?:lunch|comfort|toilet|first|last|final) stop:|\bcurrent location\b|\bon (?:our|the) way to\b|\bheading (?:to|for)\b|\bwe['’]ve just arrived (?:at|in)\b|\bjust arrived (?:at|in)\b|\b(?:have|has|['’]ve) (?:just )?arrived (?:safely )?(?:at|in)\b|\b(?:arrived|made it) safely (?:at|in|to)\b|\b(?:have|has|['’]ve) (?:just |finally )?made it (?:to|up|into)\b/i;
// Trip mode: what the group is doing now at a named place ("Right now we are queuing for the Louvre",
// "This afternoon we are waiting outside the Eiffel Tower"): the place must follow, capitalised.
const TRIP_ACTIVITY =
  /\b(?:today|tonight|this (?:morning|afternoon|evening)|right now|now|at the moment|currently)(?:,)? (?:we['’]re|we are|the (?:group|children|pupils|class) (?:is|are)|year \d+ (?:is|are)) (?:queu(?:e)?ing|waiting|lining up|having (?:lunch|breakfast|dinner|tea|a picnic|our (?:lunch|picnic|tea|dinner))|eating|sitting|standing|boarding|climbing|touring|watching|shopping) (?:at|in|for|outside|near|by|on|inside) (?:the )?/gi;
// Trip mode: a group doing something, now or later today, at a named place: "we're now having our picnic at
// Roundhay Park", "tomorrow we'll be surfing at Crooklets Beach", "The Year 6 leavers are at Laser Quest", "are by the
// river at Hathersage", "Our Year 10 geographers are on their field course in Pembrokeshire" (miss29), "Year 2 will be at
// Tesco", "everyone's in their dorms at YHA Hawkshead", "warming up on court 3 at the Sheffield Hallam Sports Park",
// "we're just boarding the 11.05 from Leeds" (miss31).
// Case-sensitive so that the place's capital is read as one.
const TRIP_DOING =
  /\b(?:[Ww]e['’]re|[Ww]e are|[Ww]e['’]ll be|[Ww]e will be|[Tt]hey['’]re|[Tt]hey are|[Ee]very(?:one|body)['’]s|[Ee]very(?:one|body) is|(?:Year|Y) ?\d{1,2}s? (?:are|will be)|(?:[Tt]he|[Oo]ur) (?:[\p{L}\d-]+ ){0,3}(?:group|children|pupils|class|team|squad|choir|band|kids|\p{Ll}+s)(?: is| are| will be))(?: now| currently| all| still| busy| just)? (?:(?!going\b|looking\b|hoping\b|planning\b|raising\b|learning\b|working\b|getting\b)\p{Ll}+ing(?: [\p{L}\d'’.]+){0,5} )?(?:at|in|on|outside|near|by|beside|around|across|along|inside|from) (?:(?:the )?\p{Ll}+(?: \p{Ll}+){0,2} (?:at|in|on) )?(?:the )?(?=\p{Lu})/gu;
/** Not a place after TRIP_DOING: a year group, class or time ("we're all working hard in Year 6"). */
const NO_PLACE = /^(?:Year|Class|Reception|Nursery|Key|School|Term|Advent|Lent|Ramadan|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;
// Trip mode: the group back at where it sleeps ("The skiers are all back at the chalet") or told where to be collected
// and when ("the pick-up point has moved to the bus stop on Church Road at 5pm"), not at school (miss29).
const TRIP_BASE =
  /\b(?:are|is|['’]re) (?:(?:all|safely|now|just) )*back (?:at|in) (?:the|our) (?:hotel|hostel|youth hostel|chalet|lodge|campsite|centre|cabins?|tents?|accommodation|dorms?)\b|\bpick[- ]?up (?:point|place|location|spot)\b[^.!?\n]{0,100}?\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b/i;
const NOT_NOW = /\b(?:every (?:day|morning|afternoon|evening|lunchtime|week|weekend|term|\w+day)|next (?:week|month|term|year|summer|spring))\b/i;
const TODAY_WORDS = byFirstLetter(/today|this morning|this afternoon/i);
const VISITED = String.raw`(?:visited|explored|toured|went to|arrived (?:at|in)) (?:the )?(?<place>\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,3})`;
/** "today visited Auschwitz-Birkenau", "This morning the group explored the Colosseum". */
const VISITED_TODAY = new RegExp(String.raw`\b(?:[Tt]oday|[Tt]his (?:morning|afternoon))\b[^.!?\n]{0,60}?\b${VISITED}`, 'u');
/** "visited the Louvre this morning". */
const TODAY_VISITED = new RegExp(String.raw`\b${VISITED}[^.!?\n]{0,40}?\b(?:today|this (?:morning|afternoon))\b`, 'u');
const AT_SCHOOL = /\b(?:school|academy|gates?|playground)\b/i;

/** Cheap first look: a segment with none of these words cannot match any pattern below. */
const WORTH_A_LOOK = byFirstLetter(/as we speak|stop at|should be|back down at|back up at|now at|now in|spending|safe and sound|safe and well|stuck|until|till|dorm|cabin|here at|here in|had a|had an|had such|had the|having a|having an|having such|having the|day one|day two|day three|day four|day five|day six|day seven|day \d|underway|under way|in full swing|embarked|set off|set out|been having|morning from|afternoon from|evening from|night from|greetings from|hello from|hi from|bonjour from|safely|stay|stopp|sleep|camp|currently|right now|tonight|this evening|this week|at the moment|hotel|hostel|accommodation|base|lodge|centre|live from|find us|room|dorm|cabin|chalet|tent|flat|block|back at|arriv|return|pick|collect|meet|leav|depart|today|tomorrow|morning|afternoon|next|later|way to|heading|just arrived|we['’]re|we are|they are|they['’]re|just|passing|approaching|pulled|crossed|stopped|on the [am]\d|land|dock|tucked|in bed|asleep|checked in|checking in|made it/i);
// Words each pattern cannot match without (same flags, so the same case folding): most segments
// that pass WORTH_A_LOOK fail these, and skip the costlier patterns.
const WHEREABOUTS_WORDS =
  byFirstLetter(/staying|stopping|sleeping|camping|re at|re in|re currently|re now|re still|re all|our (?:hotel|hostel|accommodation|campsite|base|lodge|centre)|tonight|this evening|right now|at the moment|currently|this week|now at|now in|live from|find us at/i);
const ROOM_WORDS = byFirstLetter(/room|dorm|cabin|chalet|tent|flat|block/i);
const RETURN_WORDS = byFirstLetter(/back at|back down at|back up at|back over at|arriv|return|pick|collect|meet|leav|depart|land|dock/i);
const DIGIT = /\d/;
const PAST = /\b(?:visited|stayed|went|had|enjoyed|spent|were at|was at|yesterday|last (?:week|month|year|term))\b/i;
/** The school's own grounds: telling parents where to collect is not a trip's whereabouts. */
const SCHOOL_PLACE = /\b(?:school|academy|gates?|playground|car park|hall|office|reception|entrance|field|classroom|library|nursery|church)\b/i;

export const liveLocation: Rule = {
  meta: {
    id: 'text/live-location',
    description: 'A trip\'s precise whereabouts given while it happens: "we\'re staying at …", "now at …", room numbers, return times at a named place.',
    severity: 'error',
    inputs: ['text', 'front-matter'],
    docs: {
      details:
        'Always: "we\'re staying at …" (or any group: "Our residential group is staying at YHA Okehampton"), "tonight we\'re in …", "currently at …", "our hotel is …", a group that has arrived at a named place ("Year 6 have arrived at PGL", "arrived safely in Lyon this afternoon") or is at one right now ("Right now our Year 6s are on the zip wire at PGL"), a dispatch from a place in a paragraph about a trip ("Good morning from a very windy Llandudno!"), a trip under way somewhere ("Our DofE expedition is underway this weekend in the Peak District": pupils\' locations on a residential, WHMAT 5.12) or set off on today ("… embarked on their expedition today, walking near Hathersage"), a dispatch from one ("We\'ve been having a great time in Arusha" beside the expedition, "Year 6 are having an amazing time at Kingswood this week"), a trip\'s day said as just over at its place in a paragraph about a trip ("Year 4 have had an amazing first day on their London residential"), a group off somewhere named now in a post about a trip ("We\'re off on our hike this morning across Cardingmill Valley", "Now, we are off to Buckingham Palace"), a place where the writer is with the group now, in a post about a trip ("A great end to our final night here at PGL"; not "Here at Oakwood we …" or the school\'s own name), a group on a journey currently at a named place ("We are currently having our last stop at Norton Canes Services") or passing, leaving or stopped at one this minute ("the coach has just passed Exeter services", "we\'ve just left Kingswood and are heading home", "on the M5 near Taunton"), where a group will be until a time ("the group will be at Bristol Zoo until 3pm"), where the group sleeps, named ("all tucked up in bed at the Bay Hotel", "have just checked in at the Premier Inn Exeter"), room or dorm numbers next to a hotel, hostel or residential, and return, arrival or pick-up times at a named place other than the school ("Back at Euston at 4.30pm", "We dock at 6.45am in Portsmouth", "We land at Gatwick at 10.45pm"). When the post\'s front matter has `trip` (or, without `trip`, its title or a heading names it a trip\'s live blog: "Year 6 residential blog — day 2", "Ski trip update", "Day 1 at PGL"), also any present or immediate-future whereabouts ("today we\'re visiting …", "right now we are queuing for the Louvre", "next stop …", "just arrived at …", "have arrived safely at …", "we\'ve made it to Snowdon"), a named place with a time of day in the same clause ("at the Brandenburg Gate at 9am", "in the Symphony Hall green room from 2"; not told of last night), a group doing something at a named place now or later today ("we\'re now having our picnic at Roundhay Park", "tomorrow we\'ll be surfing at Crooklets Beach", "Our Year 10 geographers are on their field course in Pembrokeshire"; not a school room or a habit: "rehearsing in the Music Room every lunchtime"), a place visited today ("today visited Auschwitz-Birkenau"), the group back at its lodging ("all back at the chalet"), a pick-up point and time away from school, and any room number. Past tense ("we visited", "we stayed at") is fine: post about a trip after it — and a blog titled as a trip\'s but saying the group is home ("now home safe and sound … here is the full blog") is read as any post.',
      fires: ['"We\'re staying at the Seaview Hostel in Whitby"', '"Tonight we\'re in Keswick"', '"Girls are in rooms 12 and 14"', '"Back at Euston at 4.30pm"'],
      passes: ['"Year 6 visited the Eden Project last week"', '"The coach will be back at school at 5pm"', '"We stayed at a brilliant youth hostel"'],
      fix: 'Post after the trip, or say what pupils did without where they are now ("Year 6 had a brilliant day at the coast").',
    },
  },
  check(ctx: RuleContext) {
    const segments = proseSegments(ctx);
    // `trip` in the front matter decides; without it, a post titled as a trip's live blog is one.
    const declared = ctx.post.frontMatter.trip;
    // A blog put together once the group is home ("The Year 6 children are now home safe and sound … Here is the full
    // blog", fp32) is no live blog, whatever its title says; what it tells "always" (staying at, arrived at) still counts.
    const trip = declared === undefined ? liveTripBlog(segments) && !segments.some((s) => TRIP_OVER.test(s.text)) : isTrip(declared);
    const ownSchool = schoolNamed(ctx.config.school?.name);
    // Whether any paragraph of the post is about a trip, asked only where a group is off somewhere now.
    let postOnATrip: boolean | undefined;
    const aboutATrip = () => (postOnATrip ??= trip || segments.some((s) => ON_A_TRIP.test(s.text)));
    // What a paragraph gives away depends on its text and the post alone: asked once per text.
    const whereabouts = oncePerText((segment) => {
      const found: { start: number; end: number; what: string }[] = [];
      const text = segment.text;
      // A trip post's paragraphs are all read: its present-tense patterns (TRIP_DOING) need none of these words (miss29).
      if (!trip && !WORTH_A_LOOK.test(text)) return found;
      const report = (start: number, end: number, what: string) => {
        found.push({ start, end, what });
      };
      const taken = new TakenSpans(text.length);
      const free = (s: number, e: number) => taken.free(s, e);
      const take = (s: number, e: number) => taken.take(s, e);
      const pastSentence = pastTense(text);
      // A paragraph told in the past ("Last week … we stayed in dorms. Room 7 won the tidiest dorm
      // award"): its room numbers are a memory, not where pupils sleep tonight. Asked only of a
      // paragraph with room numbers.
      let pastParagraph: boolean | undefined;
      const toldInThePast = () => (pastParagraph ??= !trip && PAST.test(text) && !NOT_PAST.test(text));

      const digits = DIGIT.test(text);
      const where = WHEREABOUTS_WORDS.test(text) ? firstWhereabouts(text, trip) : undefined;
      if (where && !pastSentence(where.index)) {
        take(where.index, where.index + where[0].length);
        report(where.index, where.index + where[0].length, `"${where[0]}"`);
      }
      for (const m of digits && ROOM_WORDS.test(text) ? text.matchAll(ROOMS) : []) {
        if (!free(m.index, m.index + m[0].length)) continue;
        const near = text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 120);
        if (!trip && (!LODGING.test(near) || toldInThePast())) continue;
        if (/^(?:room|rooms)\s/i.test(m[0]) && !trip && /\b(?:class|classroom|lesson|assembly|music|art|science)\b/i.test(near) && !LODGING.test(near)) continue;
        take(m.index, m.index + m[0].length);
        report(m.index, m.index + m[0].length, `room numbers: "${m[0]}"`);
      }
      for (const m of digits && RETURN_WORDS.test(text) ? returnTimes(text) : []) {
        // Meeting or leaving times are about the trip only in a trip post ("meet at St Mary's Church at 10am").
        if (m[1] !== undefined && !trip) continue;
        const place = m[2]!;
        // A named place: capitalised ("Euston", "the Premier Inn"), not "return to class at 1pm".
        if (!UPPER.test(place.replace(/^the\s+/i, '')[0] ?? '')) continue;
        if (SCHOOL_PLACE.test(place.trim()) || ownSchool(place) || !free(m.index, m.index + m[0].length)) continue;
        if (pastSentence(m.index)) continue;
        take(m.index, m.index + m[0].length);
        report(m.index, m.index + m[0].length, `a time at a named place: "${m[0]}"`);
      }
      // A span no other pattern has reported, quoted in the finding; told in the past it is a memory
      // of the trip, not where it is, unless the pattern settles tense itself (`anyTense`).
      const claim = (span: { start: number; end: number } | undefined, describe = (quoted: string) => quoted, anyTense = false) => {
        if (!span || !free(span.start, span.end) || (!anyTense && pastSentence(span.start))) return;
        take(span.start, span.end);
        report(span.start, span.end, describe(`"${text.slice(span.start, span.end)}"`));
      };
      // "We dock at 6.45am in Portsmouth": a time, then the named place the group will be at (its verb
      // is present, whatever else the sentence says: "… as rigorous as last year").
      claim(digits && LANDING_WORDS.test(text) ? landingAt(text, ownSchool) : undefined, (q) => `a time at a named place: ${q}`, true);
      // A trip's drop-off or return at a named spot, the time before the place or the place's own words between:
      // "the coach returns at 7.10pm to the lay-by on Chester Road", "drop off at Church Farm's front gate on Hollow Lane at 8.45" (miss32).
      claim(trip && digits && HANDOVER_WORDS.test(text) ? handoverAt(text, ownSchool) : undefined, (q) => `a time at a named place: ${q}`);
      // "The exchange group arrived safely in Lyon this afternoon", "Year 6 have arrived at PGL": where
      // they are now, trip post or not ("arrived safely back at school" is not a trip's whereabouts).
      claim(ARRIVED_WORDS.test(text) ? arrivedNow(text) : undefined);
      claim(HERE_NOW_WORDS.test(text) ? hereNow(text) : undefined, (q) => `${q}, right now`, true);
      // "Good morning from a very windy Llandudno!": a dispatch from where the trip is.
      claim(GREETING_WORDS.test(text) ? greetingFrom(text, trip) : undefined, undefined, true);
      // "We've been having a great time in Moshi, Tanzania" in a paragraph about an expedition: a dispatch from it.
      claim(HAVING_WORDS.test(text) ? havingTimeIn(text, trip) : undefined);
      // "Our residential group is staying at YHA Okehampton": lodging, whoever the travellers are.
      claim(STAYING_WORDS.test(text) ? travellersAt(text, STAYING) : undefined);
      // "This afternoon the group will be at Bristol Zoo until 3pm": where they are, and till when.
      claim(digits && UNTIL_WORDS.test(text) ? travellersAt(text, THERE_UNTIL, UNTIL_TIME) : undefined);
      // "All tucked up in bed at the Bay Hotel": where the group sleeps, named.
      claim(BEDDED_WORDS.test(text) ? travellersAt(text, BEDDED) : undefined);
      // "The coach has just passed Exeter services": where a travelling group is on its way.
      claim(ON_THE_WAY_WORDS.test(text) ? onTheWay(text, trip) : undefined, (q) => `on the way: ${q}`);
      // "Day 2 in Paris: … this morning": a dispatch from the trip's day there.
      claim(DAY_IN_WORDS.test(text) ? dayIn(text, trip) : undefined);
      // "Year 4 have had an amazing first day on their London residential": where the trip is tonight
      // ("have had" is present perfect, whatever the past-tense check makes of "had").
      claim(DAY_HAD_WORDS.test(text) ? dayHadIn(text, trip) : undefined, undefined, true);
      // "We're off on our hike this morning across Cardingmill Valley": where a group is heading now.
      claim(OFF_NOW_WORDS.test(text) ? offNow(text, aboutATrip) : undefined, (q) => `heading ${q} now`);
      // "A great end to our final night here at PGL": the speaker is with the group, there.
      claim(HERE_AT_WORDS.test(text) ? hereAt(text, trip, aboutATrip, ownSchool) : undefined);
      // "Our DofE expedition is underway this weekend in the Peak District": pupils on a trip, and where.
      claim(UNDERWAY_WORDS.test(text) ? tripUnderway(text) : undefined, (q) => `a trip under way ${q}`);
      if (trip) {
        for (const m of text.matchAll(LETTERED_ROOMS)) {
          if (!free(m.index, m.index + m[0].length)) continue;
          take(m.index, m.index + m[0].length);
          report(m.index, m.index + m[0].length, `rooms: "${m[0]}"`);
        }
        const present = TRIP_PRESENT.exec(text) ?? activityAtPlace(text) ?? doingAtPlace(text) ?? tripBase(text);
        if (present && free(present.index, present.index + present[0].length) && !pastSentence(present.index)) {
          report(present.index, present.index + present[0].length, `"${present[0]}" in a trip post`);
        } else {
          // Otherwise a sentence saying now, and the place it names: "Having our picnic by the Serpentine in Hyde Park at the moment".
          // …or, failing that, a named place with a time of day in the same clause: "at the Brandenburg Gate at 9am" (miss31).
          const timed = digits ? timedPlace(text, ownSchool) : undefined;
          claim((TRIP_NOW_WORDS.test(text) ? namedNowInTrip(text) : undefined) ?? (timed ? { start: timed.index, end: timed.index + timed[0].length } : undefined), (q) => `${q} in a trip post`);
        }
        // "Our coach has broken down on the M6 … on the hard shoulder", "the coach has had to pull over near the Morrisons on
        // the A38", "we're all now sat in the café on the top floor for the next hour", "Hotel Ibis Styles, York – all settled in
        // for the night" (miss33): where the group is held, this minute or tonight.
        // A breakdown is told in the present perfect ("has had to pull over"): past only when said so ("yesterday", "got home").
        if (found.length === 0 && TRIP_HELD_WORDS.test(text)) {
          if (!OVER_AND_DONE.test(text)) claim(spanOf(BROKEN_DOWN_AT.exec(text)), (q) => `${q} in a trip post`, true);
          for (const held of [HELD_THERE, NIGHT_AT]) claim(spanOf(held.exec(text)), (q) => `${q} in a trip post`);
        }
        // "Lunch stop 🍟 McDonald's, Junction 28 of the M1" (a motorway junction by its number); "**Where are they right now?**
        // At Robinwood, Todmorden" (a question the answer's place follows) (miss34).
        if (found.length === 0 && MOTORWAY_WORDS.test(text)) claim(spanOf(MOTORWAY_SPOT.exec(text)), (q) => `${q} in a trip post`);
        if (found.length === 0 && WHERE_WORDS.test(text)) claim(whereAsked(text), (q) => `${q} in a trip post`);
        // "Year 12 historians today visited Auschwitz-Birkenau": past tense, but today's place, told during the trip.
        claim(TODAY_WORDS.test(text) ? visitedToday(text) : undefined, (q) => `${q} in a trip post`, true);
      }
      return found;
    });
    for (const segment of segments) {
      for (const { start, end, what } of whereabouts(segment)) {
        ctx.report({
          message: `Gives a trip's whereabouts while it is happening (${what})`,
          ...at(segment, start, end),
          suggestion: 'Post after the trip, or describe what pupils did without saying where they are now ("Year 6 had a brilliant day at the coast").',
        });
      }
    }
  },
};

/** The span of a place a trip post says the group visited today ("today visited Auschwitz-Birkenau", "went to the Louvre this morning"). */
function visitedToday(text: string): { start: number; end: number } | undefined {
  const m = VISITED_TODAY.exec(text) ?? TODAY_VISITED.exec(text);
  if (!m || SCHOOL_PLACE.test(m.groups!.place!.split(' ')[0]!)) return undefined;
  return { start: m.index, end: m.index + m[0].length };
}

/** The first TRIP_DOING whose place is named (capitalised, not a year group or a day), the place's name taken into the match. */
function doingAtPlace(text: string): RegExpExecArray | undefined {
  TRIP_DOING.lastIndex = 0;
  // Where each match's sentence ends (the first of . ! ? or a line break), found once for the text, not sliced for each match.
  let ends: SentenceBounds | undefined;
  for (let m = TRIP_DOING.exec(text); m; m = TRIP_DOING.exec(text)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const place = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/u.exec(rest);
    // Not a room of the school's ("rehearsing in the Music Room"), nor a habit or a plan ("every lunchtime", "next month").
    if (!place || NO_PLACE.test(rest) || SCHOOL_ROOM.test(rest)) continue;
    ends ??= new SentenceBounds(text, undefined, /[.!?\n]/g, 0);
    if (!NOT_NOW.test(text.slice(m.index, ends.end(m.index)))) {
      m[0] += place[0];
      return m;
    }
  }
  return undefined;
}

/**
 * Trip mode: a named place with a time of day in the same clause, a plan for the hours ahead: "in the Symphony Hall
 * green room from 2", "at the Brandenburg Gate at 9am", "McDonald's at Tebay services, leaving at 1.30" (miss31).
 */
const TIMED_PLACE =
  /\b(?:at|in|outside|inside|near|by) (?:the )?(\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,3})\b[^.!?;,\n]{0,25}?\b(?:from|at|until|till|by|around) (?:about |around )?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|o['’]clock)?(?![\d%£:/])(?=\s*(?:$|[.,;:!?)\-–]|(?:and|until|till|to|tomorrow|today|tonight|this|then|on|for|onwards)\b|\p{Extended_Pictographic}))/gu;
/** A sentence told of the day before: "performed in the Symphony Hall last night from 7". */
const GONE_BY = /\b(?:yesterday|last (?:night|week|weekend|term|year|month|\w+day))\b/i;
function timedPlace(text: string, ownSchool: (place: string) => boolean): RegExpExecArray | undefined {
  TIMED_PLACE.lastIndex = 0;
  for (let m = TIMED_PLACE.exec(text); m; m = TIMED_PLACE.exec(text)) {
    const place = m[1]!;
    if (NO_PLACE.test(place) || AT_SCHOOL.test(place) || ownSchool(place) || SCHOOL_ROOM.test(place)) continue;
    // To the sentence's end, looked for within 200 characters (not the rest of a long paragraph at every match).
    const ahead = text.slice(m.index, m.index + 200);
    const stop = ahead.search(/[.!?\n]/);
    if (GONE_BY.test(text.slice(Math.max(0, m.index - 80), m.index + (stop === -1 ? ahead.length : stop)))) continue;
    return m;
  }
  return undefined;
}

/** TRIP_BASE, unless the place is the school's own ("pick-up point is the school gates at 5pm"). */
function tripBase(text: string): RegExpExecArray | undefined {
  const m = TRIP_BASE.exec(text);
  return m && !AT_SCHOOL.test(m[0]) ? m : undefined;
}

/** The first TRIP_ACTIVITY whose place is named (capitalised), the place's name taken into the match. */
function activityAtPlace(text: string): RegExpExecArray | undefined {
  TRIP_ACTIVITY.lastIndex = 0;
  for (let m = TRIP_ACTIVITY.exec(text); m; m = TRIP_ACTIVITY.exec(text)) {
    const place = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (place) {
      m[0] += place[0];
      return m;
    }
  }
  return undefined;
}

/**
 * The school called by its own name in the config ("back at Sacred Heart at 4.45am" from Sacred Heart
 * Catholic College): a place that opens the school's name, two words or more, or the whole of it.
 */
function schoolNamed(name: string | undefined): (place: string) => boolean {
  const school = name?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!school) return () => false;
  return (place) => {
    const words = place.trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
    return words === school || (words.includes(' ') && `${school} `.startsWith(`${words} `));
  };
}

/** RETURN_AT as a sticky pattern, tried where RETURN_WORDS_AT finds one of its lead words. */
const RETURN_AT_HERE = new RegExp(RETURN_AT.source, 'iuy');
const RETURN_WORDS_AT = new RegExp(RETURN_WORDS.source, 'giu');

/**
 * text.matchAll(RETURN_AT), searched faster: every alternative of RETURN_AT starts with one of
 * RETURN_WORDS (same flags, so the same case folding), so it can match only where RETURN_WORDS does,
 * and those places are found first (a scan for a few words) and RETURN_AT tried at each in turn.
 * Its matches are never empty, so the search goes on from the end of each, as matchAll's does.
 */
export function* returnTimes(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (;;) {
    RETURN_WORDS_AT.lastIndex = from;
    const lead = RETURN_WORDS_AT.exec(text);
    if (!lead) return;
    RETURN_AT_HERE.lastIndex = lead.index;
    const match = RETURN_AT_HERE.exec(text);
    if (match) {
      yield match;
      from = match.index + match[0].length;
    } else {
      from = lead.index + 1;
    }
  }
}

const UPPER = /\p{Lu}/u;
const LANDING_WORDS = /dock|land|arriv|due/i;
// With the i flag \p{Lu} matches any letter: the place's capital is checked apart.
const LANDING = /\b(?:dock|docks|land|lands|arrive|arrives|are due|is due|due to arrive|due to land)(?: back)? (?:at|by|around) \d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)? (?:in|at|into) (?:the )?([\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]*){0,3})/giu;

const HANDOVER_WORDS = /return|back|drop|pick|collect|meet/i;
// "Pick-up for the Year 8 Paris trip on Saturday will be at 2am from …": what the hand-over is for may stand before its verb.
const HANDOVER_LEAD = String.raw`\b(?:[Rr]eturns?|[Rr]eturning|[Bb]ack|[Dd]rop[- ]?off|[Pp]ick[- ]?up|[Cc]ollection|[Mm]eet(?:ing point)?)\s+(?:for\s+[^.!?\n]{0,50}?\s+(?:is|will be)\s+|is\s+|will be\s+)?`;
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?`;
const NAMED = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})`;
/** "returns at 7.10pm to the lay-by on Chester Road": the time, then a spot (a few small words) by a named place. */
const TIME_THEN_PLACE = new RegExp(
  String.raw`${HANDOVER_LEAD}(?:at|by|around)\s+${CLOCK}\s+(?:to|at|from|outside|by|in)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:(?:on|in|at|opposite|outside|by|near)\s+(?:the\s+)?)?${NAMED}`,
  'gu',
);
/** "drop off at Church Farm's front gate on Hollow Lane at 8.45": a named place, then the time within a few words. */
const PLACE_THEN_TIME = new RegExp(String.raw`${HANDOVER_LEAD}(?:at|from|outside|by)\s+(?:the\s+)?${NAMED}[^.!?\n\d]{0,40}?\s(?:at|by|for)\s+${CLOCK}`, 'gu');

/** The first trip hand-over (TIME_THEN_PLACE, PLACE_THEN_TIME) at a named place other than the school, or undefined. */
function handoverAt(text: string, ownSchool: (place: string) => boolean): { start: number; end: number } | undefined {
  for (const pattern of [TIME_THEN_PLACE, PLACE_THEN_TIME]) {
    for (const m of text.matchAll(pattern)) {
      const place = m[1]!;
      // The school's own spot: "to the school on Mill Lane", "from St Mary's Church" — not "Church Farm's front gate".
      const spot = pattern === TIME_THEN_PLACE ? m[0].slice(0, m[0].length - place.length).replace(/^[\s\S]*?\d\s*(?:am|pm|a\.m\.|p\.m\.)?/, '') : '';
      const lastWord = place.split(/\s+/).pop()!;
      if (SCHOOL_PLACE.test(spot) || SCHOOL_PLACE.test(lastWord) || ownSchool(place) || NO_PLACE.test(place)) continue;
      return { start: m.index, end: m.index + m[0].length };
    }
  }
  return undefined;
}

/** The first "dock at 6.45am in Portsmouth" whose place is named and not the school (its span), or undefined. */
function landingAt(text: string, ownSchool: (place: string) => boolean): { start: number; end: number } | undefined {
  LANDING.lastIndex = 0;
  for (let m = LANDING.exec(text); m; m = LANDING.exec(text)) {
    const place = m[1]!;
    if (!UPPER.test(place[0] ?? '') || SCHOOL_PLACE.test(place) || ownSchool(place)) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
const ARRIVED_WORDS = /arrived/i;
const HERE_NOW_WORDS = byFirstLetter(/right now|at the moment|as we speak|currently|\bnow\b/i);

/** Words for a group of pupils on a trip (TRAVELLERS and GROUP add pronouns and year groups). */
const PARTY = 'u\\d{1,2}s?|groups?|class|team|squad|crew|pupils|children|students|party|choir|band|orchestra|everyone|everybody|cohort|girls|boys';
/** Words for who travels (pronouns, year groups, PARTY); "we" covers "we're" too. */
const TRAVELLER_WORDS = String.raw`we|we['’]ve|they|they['’]ve|staff|reception|year \d+|y\d+|${PARTY}`;
/** One of `words` earlier in the same sentence, for a test of the text before a match. */
const saidOf = (words: string) => new RegExp(String.raw`\b(?:${words})\b[^.!?\n]*$`, 'i');
const TRAVELLERS = saidOf(TRAVELLER_WORDS);
// Arrived at a place: now, when said in the present perfect or with a time of today.
const ARRIVED = /\b(?:(?:have|has|['’]ve) (?:just |now |all )?)?arrived (?:safely |safe and sound )?(?:at|in|on) (?:the )?/gi;
const TODAY = /^[^.!?\n]{0,60}?\b(?:this (?:morning|afternoon|evening)|today|tonight|just now)\b/i;

/** The first "… arrived at <Place>" that says where a group is now (its span, place included), or undefined. */
function arrivedNow(text: string): { start: number; end: number } | undefined {
  ARRIVED.lastIndex = 0;
  for (let m = ARRIVED.exec(text); m; m = ARRIVED.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    const place = /^[\p{L}'’-]+(?:\s+(?:(?:of|upon)\s+)?\p{Lu}[\p{L}'’-]*){0,3}/u.exec(after)?.[0] ?? '';
    if (!UPPER.test(place[0] ?? '') || SCHOOL_PLACE.test(place)) continue; // a named place, not "back at school"
    // A time, not a place: "arrived on Monday", "have arrived in October in good shape" (a head's letter), not "on the Isle of Wight".
    if (WHEN.test(place)) continue;
    // Arrived over years, or as refugees: "40 pupils have arrived in the UK as refugees in the last three years" (fp34), no trip.
    if (ARRIVED_OVER_TIME.test(after)) continue;
    // People arrived: "Spring has arrived in Devon" and "The new books have arrived" say nothing of a trip.
    if (!TRAVELLERS.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    const perfect = /^(?:have|has|['’]ve)\b/i.test(m[0]);
    if (perfect || TODAY.test(after)) return { start: m.index, end: m.index + m[0].length + place.length };
  }
  return undefined;
}
/** After an arrival's place: a span of years or arriving to settle, not a trip's arrival today. */
const ARRIVED_OVER_TIME = /^[^.!?\n]{0,80}?\b(?:(?:in|over|during) the (?:last|past) (?:\w+ )?(?:years?|months|decades?)|in recent (?:years|months)|since (?:19|20)\d\d|as (?:refugees|asylum seekers|migrants|immigrants|evacuees)|to (?:live|settle|start a new life))\b/i;
const NOW = /\b(?:now|today|right now|currently|at the moment|this (?:morning|afternoon|evening)|until|till)\b/i;

// At a place at this very moment: "Right now our Year 6s are on the zip wire at PGL!", "The choir is
// on stage at the Royal Albert Hall as we speak".
const HERE_NOW = /\b(?:right now|at the moment|as we speak|currently|now)\b/gi;
/**
 * "currently" and a bare "now" say where a group is only on a journey: "We are currently having our last stop at
 * Norton Canes Services", "Year 10 are at Heathrow now, our flight leaves at 11.45" (not "Year 7 are now settled at Oakfield").
 */
const JOURNEY = /\b(?:coach|ferry|flight|plane|train|journey|services|driver stop|comfort stop|motorway|on the [AM]\d{1,4}|on (?:our|the) way|heading (?:home|back)|nearly home|trip|residential|tour)\b/i;
/** Just after "currently" or "now": an -ing verb and its place (" warming up at the …"), not "now settled at". */
const DOING_THERE = /^ (?!working|achieving|aiming|performing|reading|writing|scoring|learning|studying)[a-z]+ing (?:(?:up|out|off|around|about) )?at (?:the )?\p{Lu}/u;
const PRESENT_BE = /\b(?:are|is|['’]re)\b/i;
const AT_PLACE = /\bat (?:the )?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/gu;
const SENTENCE_REACH = 300;
const ATTAINED = /\b(?:working|works|work|achieving|aiming|performing|reading|writing|scoring)\s+$/i;
const GROUP = new RegExp(String.raw`\b(?:we|they|y(?:ear)? ?\d+s?|${PARTY})\b`, 'i');

const STAYING_WORDS = byFirstLetter(/staying|sleeping|camping/i);
// WHEREABOUTS knows "we", "they" and "the group" as who is staying; any subject here, with a
// traveller earlier in the sentence (TRAVELLERS): "Our residential group is staying at YHA Okehampton".
// Only "at": "staying in" is as often a set or a class ("Year 10 are staying in Maths sets").
const STAYING = /(?:\b(?:is|are|am|['’]re|['’]m|will be|['’]ll be|have been|has been) (?:currently |now |still |all )?|, (?:all )?)(?:staying|sleeping|camping) at (?:the )?/gi;

/**
 * The first match of `lead` (global) followed by a named place that is not the school (and by `after`,
 * when given), said of travellers earlier in its sentence (TRAVELLERS): its span, place included.
 */
function travellersAt(text: string, lead: RegExp, after?: RegExp): { start: number; end: number } | undefined {
  lead.lastIndex = 0;
  for (let m = lead.exec(text); m; m = lead.exec(text)) {
    const place = namedPlaceAt(text, m.index + m[0].length);
    if (!place) continue;
    const end = m.index + m[0].length + place.length;
    const more = after?.exec(text.slice(end, end + 40));
    if (after && !more) continue;
    if (!TRAVELLERS.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    return { start: m.index, end: end + (more?.[0].length ?? 0) };
  }
  return undefined;
}

const UNTIL_WORDS = /until|till/i;
// Doing something there till a time too: "This afternoon Group B are kayaking at Studland Bay until 4pm".
const THERE_UNTIL = /\b(?:will be|['’]ll be|are|is|['’]re) (?:staying |still |[a-z]+ing |(?:now |all )?)?(?:(?:on|by|in) the [a-z]+(?: [a-z]+)? )?(?:at|in) (?:the )?/gi;
/** A time of day after the place: " until 3pm", " till 4.30 this afternoon". */
const UNTIL_TIME = /^,?(?: (?:today|tonight|this (?:morning|afternoon|evening)))? (?:until|till) (?:(?:about |around )?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/i;

const BEDDED_WORDS = byFirstLetter(/tucked|in bed|asleep|checked in|checking in/i);
// Settled for the night at a named place ("all tucked up in bed at the Bay Hotel", "have checked in
// at the Premier Inn Exeter"): where the group sleeps. Not "settled in": new starters settle in at school.
const BEDDED = /\b(?:(?:all |now |finally |safely )?(?:tucked up|tucked into bed|in bed|asleep|fast asleep)|(?:have|has|['’]ve|are|is|['’]re) (?:now |just |all )?(?:safely )?(?:checked in|checking in)) (?:in bed |in (?:their|our|the) (?:bunks|beds|bunk beds|tents|sleeping bags|rooms|dorms|cabins|pods) )?(?:at|in|into) (?:the )?/gi;

const ON_THE_WAY_WORDS = byFirstLetter(/just|passing|approaching|pulled|crossed|stopped|on the [am]\d/i);
// A group on the road, where it is this minute: "the coach has just passed Exeter services", "we've just
// left Kingswood", "Just leaving Cardiff now", "we are on the M5 near Taunton", "now approaching Dover",
// "we have stopped at Gordano Services". The place is checked apart (capitalised, not the school).
const ON_THE_WAY =
  /\b(?:(?:(?:have|has|['’]ve|are|is|['’]re|am|['’]m) )?just (?:passed|passing|left|leaving|pulled (?:in)?to|pulled out of|pulled up at|stopped at|stopping at|crossed into|crossed over into|set off from)|(?:are|is|['’]re|now|currently) (?:passing|approaching|leaving|stopping at)|(?:have|has|['’]ve) (?:now )?(?:stopped|pulled (?:in|up)) at|(?:(?:are|is|['’]re|now|currently|just) (?:(?:stuck|sitting|queuing|crawling|crawling along)(?: in (?:heavy |slow )?traffic)? )?|(?:stuck|sitting|queuing|crawling) in (?:heavy |slow )?traffic )on the [AM]\d{1,4}(?:\(M\))? (?:near|past|approaching|by|around|outside|just outside|heading (?:for|towards?)|towards?)) (?:the )?/gi;
const JUNCTION = /^(?:junction|J) ?\d{1,2}[a-z]?\b/i;
const WAY_PLACE = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|upon|on)\s+)?\p{Lu}[\p{L}'’-]*){0,3}/u;
/** The capitalised place name starting at `at` ("YHA Okehampton", "Stratford upon Avon"), unless it is the school, a class or a day. */
function namedPlaceAt(text: string, at: number): string | undefined {
  const place = WAY_PLACE.exec(text.slice(at, at + 120))?.[0];
  return place && aPlace(place) && !SUBJECT.test(place) ? place : undefined;
}
/** Who is on the road: travellers, or their coach. */
const ON_THE_ROAD = saidOf(`${TRAVELLER_WORDS}|coach|coaches|bus|minibus|minibuses|ferry|train`);
/** Places that are not where a group is: results passed, people left. */
const NOT_A_WAYPOINT = /^(?:Grade|Level|Stage|Bronze|Silver|Gold|GCSE|GCSEs|A-Levels?|SATs?|Ofsted|Mr|Mrs|Miss|Ms|Mx|Dr)\b/u;

/**
 * The first span that says where a travelling group is on its way (place included), or undefined.
 * Only in a paragraph about a journey (a coach, services, a motorway) or in a trip post: "Year 11
 * have just passed their mocks" and "Mrs Jones has just left Oakfield" are not whereabouts.
 */
function onTheWay(text: string, trip: boolean): { start: number; end: number } | undefined {
  if (!trip && !JOURNEY.test(text)) return undefined;
  ON_THE_WAY.lastIndex = 0;
  for (let m = ON_THE_WAY.exec(text); m; m = ON_THE_WAY.exec(text)) {
    // "stuck on the M6 near junction 15": a motorway junction by its number is a place on the way.
    const place = namedPlaceAt(text, m.index + m[0].length) ?? (/ on the [AM]\d/i.test(m[0]) ? JUNCTION.exec(text.slice(m.index + m[0].length))?.[0] : undefined);
    if (!place || NOT_A_WAYPOINT.test(place)) continue;
    // Opening its sentence ("Just leaving Cardiff now!") or said of travellers or their coach.
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (!/(?:^|[.!?:\n]\s*)$/.test(before) && !ON_THE_ROAD.test(before)) continue;
    // "we've just left …", quoted whole rather than from its apostrophe.
    let start = m.index;
    if (/['’]/.test(text[start]!)) while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
    return { start, end: m.index + m[0].length + place.length };
  }
  return undefined;
}

/**
 * The sentence around `index`, at most SENTENCE_REACH characters either side (a paragraph of
 * thousands of "right now"s with no full stop stays linear), and where it starts.
 */
function sentenceAround(text: string, index: number): { from: number; sentence: string } {
  const before = text.slice(Math.max(0, index - SENTENCE_REACH), index);
  const from = index - before.length + Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
  const after = text.slice(index, index + SENTENCE_REACH);
  const end = after.search(/[.!?\n]/);
  return { from, sentence: text.slice(from, index + (end < 0 ? after.length : end)) };
}

/** The first "at <Place>" in a sentence that says a group is there right now (its span), or undefined. */
function hereNow(text: string): { start: number; end: number } | undefined {
  // Asked once per paragraph: asked per "currently", a paragraph of thousands of them was quadratic.
  const journey = JOURNEY.test(text);
  HERE_NOW.lastIndex = 0;
  for (let m = HERE_NOW.exec(text); m; m = HERE_NOW.exec(text)) {
    const { from, sentence } = sentenceAround(text, m.index);
    if (!PRESENT_BE.test(sentence) || !GROUP.test(sentence)) continue;
    // "… are currently warming up at the Copper Box Arena": doing something there now, journey or not.
    if (!journey && /^(?:currently|now)$/i.test(m[0]) && !DOING_THERE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    AT_PLACE.lastIndex = 0;
    for (let at = AT_PLACE.exec(sentence); at; at = AT_PLACE.exec(sentence)) {
      // "at School Lane" is the school; "the Royal Albert Hall" is not the school hall.
      if (SCHOOL_PLACE.test(at[1]!.split(/\s+/)[0]!)) continue;
      // "working at Greater Depth": a level of attainment, not a place.
      if (ATTAINED.test(sentence.slice(0, at.index))) continue;
      return { start: from + at.index, end: from + at.index + at[0].length };
    }
  }
  return undefined;
}

/** The first WHEREABOUTS match whose place, where one must follow, starts with a capital letter. */
function firstWhereabouts(text: string, trip: boolean): RegExpExecArray | undefined {
  WHEREABOUTS.lastIndex = 0;
  for (let m = WHEREABOUTS.exec(text); m; m = WHEREABOUTS.exec(text)) {
    const cap = m.groups?.cap1 ?? m.groups?.cap2 ?? m.groups?.cap3;
    // "Come and find us at the Westpoint Arena stall" at a coming event is an invitation; it gives
    // whereabouts only with a now ("… until 3pm", "… today") or in a trip post.
    const invitation = !trip && m.groups?.find !== undefined && !NOW.test(text.slice(m.index, m.index + m[0].length + 80).split(/[.!?\n]/)[0]!);
    const after = cap === undefined ? '' : text.slice(m.index + m[0].length + cap.length, m.index + m[0].length + cap.length + 30);
    const identity = WHO_THEY_ARE.test(text.slice(Math.max(0, m.index - 6), m.index));
    // A preposition left at the end of its clause names no place: "the local community we will be staying in."
    const stranded = cap === undefined && STRANDED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    // Where leavers study now, not a trip's whereabouts: "Our Year 6 leavers are now at Kingsway High".
    const studying = cap !== undefined && /^now\b/i.test(m[0]) && EDUCATION_PLACE.test(text.slice(m.index + m[0].length + cap.length, m.index + m[0].length + cap.length + 60));
    // "This week we are in Advent", "Right now we're in the middle of mocks": a time, not a place.
    const period = cap === undefined && /\b(?:at|in)$/i.test(m[0]) && PERIOD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    // "Our centre is open from 8am", "our base this week is the hall": a nursery's or a school's own place — a
    // trip's only in a trip post or a paragraph about one ("Our centre is right by the lake" on a residential).
    const ownPlace = !trip && /^our (?:base|centre)\b/i.test(m[0]) && !ON_A_TRIP.test(text);
    // "Our Year 11s are currently in the Sports Hall sitting their mocks": a room of the school's, not a trip's
    // place; "We're in the Sunday Times top 100 schools": a ranking.
    const rest = cap === undefined ? '' : text.slice(m.index + m[0].length + cap.length, m.index + m[0].length + cap.length + 80).split(/[.!?\n]/)[0]!;
    // Not a room of somewhere else named after it: "the Sports Hall at Exeter Leisure Centre".
    const schoolRoom = !trip && SCHOOL_ROOM.test(rest) && !/\b(?:at|of) (?:the )?\p{Lu}/u.test(rest);
    const ranking = RANKING.test(rest);
    if (!invitation && !identity && !stranded && !studying && !period && !ownPlace && !schoolRoom && !ranking && (cap === undefined || (UPPER.test(after[0] ?? '') && !SCHOOL_GROUP.test(after) && !SUBJECT.test(after)))) return m;
    if (m[0].length === 0) WHEREABOUTS.lastIndex++;
  }
  return undefined;
}

/** A room or space of a school's own, capitalised as a school names it (not "Hall" alone: "the Royal Albert Hall"). */
const SCHOOL_ROOM = /^(?:(?:Room|Classroom|Lab|Studio|Mobile|Hut) \d{1,3}[A-Za-z]?\b|(?:Sports|Main|School|Dining|Assembly|Lower|Upper|Junior|Infant|Small|Big|Old|New) Hall|(?:Drama|Dance|Art|Music|Media) Studio|(?:ICT|IT|Computer|Computing|DT|Food|Science) (?:Suite|Room|Lab|Labs)|(?:Music|Art|Sensory|Nurture|Staff|Dining|Practice|Group|Quiet|Calm) Room|Science Labs?|Forest School|Outdoor Classroom|Library|Canteen|Sixth Form Centre|Learning Resource Centre|LRC)\b/u;
/** A ranking the school is in, not a place: "in the Sunday Times top 100", "in the top 10% of schools". */
const RANKING = /\b(?:top \d+|top (?:ten|twenty|fifty|hundred)|league tables?|rankings?|shortlist(?:ed)?)\b/i;

/** After "we are in", a season, a stretch of the school year or a stage of something: no place. */
const PERIOD = /^\s+(?:the\s+)?(?:Advent|Lent|Ramadan|Holy\s+Week|Passover|Hanukkah|Diwali|term\b|(?:week|term|year)\s+\d|Year\s+\d|Key\s+Stage|middle\s+of|run-up|thick\s+of|final\s+(?:week|stretch|term)|last\s+(?:week|few)|process\s+of|lockdown)/i;

/** A day, month or time, not a place: "arrived on Monday", "arrived on Christmas Eve". */
const WHEN = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Boxing|New Year)\b/u;

const GREETING_WORDS = /(?:morning|afternoon|evening|night|greetings|hello|hi|bonjour) from/i;
// No i flag: with it \p{Ll} and \p{Lu} match any letter, and the place must be the first capitalised word.
const GREETING_FROM =
  /\b(?:[Gg]ood (?:morning|afternoon|evening|night)|[Gg]reetings|[Hh]ello|[Hh]i|[Bb]onjour|GOOD (?:MORNING|AFTERNOON|EVENING|NIGHT)|HELLO) from (?:(?:a|an|the) )?(?:[\p{Ll}'’-]+ ){0,4}(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/gu;
/** Who sends a greeting, not where from: a class, a year group, staff ("Hello from Year 3!", "Good morning from Mrs Patel"). */
const SENDER = /^(?:Year|Years|Y\d|Class|Reception|Nursery|Mr|Mrs|Miss|Ms|Mx|Dr|Team|Everyone|All|Us|Our|Key Stage|KS\d|Form|House|Group|Head|Headteacher)\b/u;
const SENDER_AFTER = /^ (?:[Cc]lass|[Tt]eam|[Ss]chool|[Aa]cademy|[Pp]rimary|[Cc]ollege|[Cc]ouncil|[Cc]lub|[Gg]roup|[Hh]ouse|[Pp]upils|[Cc]hildren|[Ss]taff|PTA)\b/u;
const SENDER_LAST = /\b(?:Class|Team|School|Academy|Primary|College|Council|Club|Group|House|PTA)$/u;
/** A greeting is a dispatch from a trip only where the paragraph is about one. */
const ON_A_TRIP = /\b(?:hotels?|hostels?|youth hostel|residential|PGL|YHA|Robinwood|campsites?|lodges?|dorms?|cabins?|chalets?|accommodation|outdoor centre|activity centre|trip|tour|expedition|camp|ski|exchange|day (?:one|two|three|four|five|\d))\b/i;

/** The first "Good morning from <Place>" that is sent from a trip (its span), or undefined. */
function greetingFrom(text: string, trip: boolean): { start: number; end: number } | undefined {
  if (!trip && !ON_A_TRIP.test(text)) return undefined;
  GREETING_FROM.lastIndex = 0;
  for (let m = GREETING_FROM.exec(text); m; m = GREETING_FROM.exec(text)) {
    const place = m[1]!;
    const end = m.index + m[0].length;
    if (SENDER.test(place) || SENDER_LAST.test(place) || SENDER_AFTER.test(text.slice(end, end + 12)) || SCHOOL_PLACE.test(place)) continue;
    return { start: m.index, end };
  }
  return undefined;
}

const HAVING_WORDS = /having/i;
// No i flag: with it \p{Lu} matches any letter, and the place must be capitalised.
const HAVING_TIME =
  /\b(?:[Ww]e|[Tt]hey|[Ee]veryone|(?:(?:[Tt]he|[Oo]ur) )?(?:Year \d{1,2}s?|Y\d{1,2}s?)|(?:[Tt]he|[Oo]ur) (?:group|children|pupils|students|class|team|party))(?:(?:['’]ve| have| has) (?:all )?been|['’]re| are| is) having (?:a|an|such a|the) (?:[\p{Ll}-]+ ){0,2}(?:time|week|day|stay|trip|visit|adventure) (?:in|at) (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:(?:of|upon) )?\p{Lu}[\p{L}'’-]*){0,3})/gu;

/**
 * "We've been having a great time in Moshi, Tanzania", "We're having a brilliant week in Normandy": where
 * a trip is now, said in a trip post or a paragraph about one or a stay away ("Year 6 are having an
 * amazing time at Kingswood this week"), not "a great time in Year 6".
 */
function havingTimeIn(text: string, trip: boolean): { start: number; end: number } | undefined {
  if (!trip && !ON_A_TRIP.test(text) && !STAY_AWAY.test(text)) return undefined;
  for (const pattern of [HAVING_TIME, HAVING_TIME_OPENING]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (!aPlace(m[1]!)) continue;
      return { start: m.index, end: m.index + m[0].length };
    }
  }
  return undefined;
}

/** Said of a stay away, a trip though the word is not there: "… at Kingswood this week", "… tonight". */
const STAY_AWAY = /\b(?:this week|this weekend|tonight|all week)\b/i;

const aPlace = (name: string) => !SCHOOL_PLACE.test(name) && !SCHOOL_GROUP.test(name) && !WHEN.test(name) && !SENDER.test(name);

/** A sentence opening on what the trip is having, with no one named: "Having a brilliant time in Paris!" */
const HAVING_TIME_OPENING =
  /(?<=^|[.!?:]\s+|\n)[Hh]aving (?:a|an|such a|the) (?:[\p{Ll}-]+ ){0,2}(?:time|week|day|stay|trip|visit|adventure) (?:in|at) (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:(?:of|upon) )?\p{Lu}[\p{L}'’-]*){0,3})/gu;
const DAY_IN_WORDS = /\bday (?:one|two|three|four|five|six|seven|\d)/i;
const DAY_IN =
  /\b[Dd]ay (?:one|two|three|four|five|six|seven|\d{1,2}) (?:in|at) (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:(?:of|upon) )?\p{Lu}[\p{L}'’-]*){0,3})/gu;

/**
 * "Day 2 in Paris: the children loved the Eiffel Tower this morning!": a dispatch from the trip's day there,
 * in a trip post or said of now ("Day 3 at Kingswood was the highlight" after the trip is a memory).
 */
function dayIn(text: string, trip: boolean): { start: number; end: number } | undefined {
  DAY_IN.lastIndex = 0;
  for (let m = DAY_IN.exec(text); m; m = DAY_IN.exec(text)) {
    if (!aPlace(m[1]!) || (!trip && !NOW.test(sentenceAround(text, m.index).sentence))) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

const DAY_HAD_WORDS = /\bhad\b/i;
// No i flag: with it \p{Lu} matches any letter, and the place must be capitalised.
const DAY_HAD =
  /\b(?:[Hh]ave|[Hh]as|['’]ve) (?:all |now |just )?had (?:a|an|such a|the most) (?:[\p{Ll}-]+ ){0,2}(?:first|second|third|fourth|fifth|final|last|\d(?:st|nd|rd|th)) (?:day|night|full day|morning|afternoon|evening) (?:here )?(?:in|at|on (?:their|our|the)) (?:(?:a|an|the) )?(?:[\p{Ll}'’-]+ ){0,3}(\p{Lu}[\p{L}'’-]*(?: (?:(?:of|upon) )?\p{Lu}[\p{L}'’-]*){0,3})/gu;

/**
 * "The children have had a wonderful first day in a rather chilly London", "Year 4 have had an amazing
 * first day on their London residential": a day of a trip that goes on, said as just over, at a named
 * place — in a trip post or a paragraph about a trip (not "a wonderful first day at Oakwood" in September).
 */
function dayHadIn(text: string, trip: boolean): { start: number; end: number } | undefined {
  if (!trip && !ON_A_TRIP.test(text)) return undefined;
  DAY_HAD.lastIndex = 0;
  for (let m = DAY_HAD.exec(text); m; m = DAY_HAD.exec(text)) {
    if (!aPlace(m[1]!)) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

const OFF_NOW_WORDS = /\boff (?:on|to)\b/i;
const OFF_NOW =
  /\b(?:we['’]re|we are|they['’]re|they are|(?:the|our) (?:group|children|pupils|students|class|team|squad)s? (?:is|are)|year \d+s? (?:is|are)|everyone is) (?:all |now )?off (?:on|to)\b/gi;
// "now" as the time the group sets off, not any "now" in the sentence: it opens the sentence ("Now, we are
// off to Buckingham Palace …", a London residential's live blog) or stands by "off" ("we are now off to …").
// A later day makes that "now" a plan, not where they are heading: "Now we're off to Wembley next Saturday".
const NOW_SAID = /\b(?:today|tonight|this (?:morning|afternoon|evening)|right now)\b/i;
const NOW_OPENS = /^\W*now\b|\bnow off\b/i;
const LATER_DAY = /\b(?:next|tomorrow|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
const setsOffNow = (sentence: string) => NOW_SAID.test(sentence) || (NOW_OPENS.test(sentence) && !LATER_DAY.test(sentence));
const TOWARDS_PLACE = /\b(?:to|across|at|in|around|up|into|through|near|over|along) (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:(?:of|upon) )?\p{Lu}[\p{L}'’-]*){0,3})/gu;

/**
 * "We're off on our hike this morning across Cardingmill Valley", "This afternoon the children are off to
 * Chester Zoo": a group leaving now for a named place (its span, from the group to the place), in a post
 * about a trip (any of its paragraphs: a residential diary's day four need not say "trip" again), or undefined.
 * Not "This morning Year 3 are off to Mass at St Joseph's" in a post about a school day.
 */
function offNow(text: string, aboutATrip: () => boolean): { start: number; end: number } | undefined {
  OFF_NOW.lastIndex = 0;
  for (let m = OFF_NOW.exec(text); m; m = OFF_NOW.exec(text)) {
    const { from, sentence } = sentenceAround(text, m.index);
    if (!setsOffNow(sentence)) continue;
    // From the match's own "to" (the last two letters), so "off to Chester Zoo" has its place ("off on our
    // hike across Dovedale" finds it further on).
    const after = m.index - from + m[0].length - 2;
    TOWARDS_PLACE.lastIndex = after;
    for (let at = TOWARDS_PLACE.exec(sentence); at; at = TOWARDS_PLACE.exec(sentence)) {
      const place = at[1]!;
      if (!aPlace(place) || SCHOOL_PLACE.test(place)) continue;
      if (!aboutATrip()) return undefined;
      return { start: m.index, end: from + at.index + at[0].length };
    }
  }
  return undefined;
}

const HERE_AT_WORDS = /\bhere (?:at|in)\b/i;
// No i flag: the place must be capitalised ("here at PGL", "here in Normandy"; not "here at school").
const HERE_AT = /\b[Hh]ere (?:at|in) (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:(?:of|upon) )?\p{Lu}[\p{L}'’-]*){0,3})/gu;
/** A school's own name in the run of capitals ("here at Oakwood Primary", "here at St Mary's Academy"). */
const SCHOOL_NAME_WORD = /\b(?:Primary|Junior|Juniors|Infant|Infants|High|College|Academy|School|Schools|Federation|Trust|C ?of ?E|CE|RC|Catholic|Church|Nursery|Prep|Grammar|Sixth)\b/u;
/** Being there now ("our final night here at PGL", "we're loving it here in Normandy"), not looking forward to it. */
const STAYING_CUE = /\b(?:night|day|morning|afternoon|evening|tonight|today|stay|time|fun|loving|enjoying|having|sitting|settled)\b/i;
const LOOKING_AHEAD = /\b(?:next|will|going to|looking forward|can['’]t wait|cannot wait|excited about|upcoming|soon|tomorrow)\b/i;
/** "Here at Oakwood, we …" opens a school's own account of itself, not a dispatch. */
const OPENS_SENTENCE = /(?:^|[.!?]\s+|\n)\W*$/u;

/**
 * "A great end to our final night here at PGL", "We're loving it here in Normandy": a named place where
 * whoever writes is, with the group, now — in a post about a trip, the sentence saying so (STAYING_CUE).
 * Not the school's own name ("here at Oakwood Primary"), a sentence that opens with it ("Here at Oakwood we
 * value …", unless the post is a trip post), nor the school or its rooms ("here at school", "here in the hall").
 */
function hereAt(text: string, trip: boolean, aboutATrip: () => boolean, ownSchool: (place: string) => boolean): { start: number; end: number } | undefined {
  HERE_AT.lastIndex = 0;
  for (let m = HERE_AT.exec(text); m; m = HERE_AT.exec(text)) {
    const place = m[1]!;
    if (!aPlace(place) || SCHOOL_NAME_WORD.test(place) || ownSchool(place)) continue;
    if (!trip && OPENS_SENTENCE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // "Everyone here at Hillside is excited about next week's residential": the school, before the trip.
    const { sentence } = sentenceAround(text, m.index);
    if (!STAYING_CUE.test(sentence) || LOOKING_AHEAD.test(sentence)) continue;
    if (!aboutATrip()) return undefined;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

const UNDERWAY_WORDS = /underway|under way|in full swing|embarked|set off|set out/i;
const UNDERWAY =
  /\b(?:expedition|residential|trip|camp|tour|exchange|visit)s? (?:is|are|has been|have been) (?:now |well |finally |officially )?(?:underway|under way|in full swing)\b|\b(?:embarked on|set off on|set out on) (?:their|our|the|a|an) (?:[\p{L}-]+ ){0,4}(?:expedition|residential|trip|camp|tour|exchange)s?\b/giu;
/** A trip set off on today: under way now ("embarked on their expedition today"), not a memory of one. */
const SET_OFF = /^(?:embarked|set)\b/i;
const SET_OFF_TODAY = /\b(?:today|this (?:morning|afternoon|weekend)|tonight)\b/i;
/** Getting ready for a trip, or one yet to come: "Preparations for the expedition are underway …". */
const NOT_YET = /\b(?:preparations?|planning|plans|fundraising|training|practice|bookings?|organisation|next (?:week|month|term|year)|in (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/u;
const IN_PLACE = /\b(?:in|at|on|near|to) (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:(?:of|upon) )?\p{Lu}[\p{L}'’-]*){0,3})/gu;

/**
 * "The expedition is underway … in the Peak District", "… embarked on their practice expedition today,
 * walking a 14km route near Reith": the first place named in such a sentence (its span), or undefined.
 */
function tripUnderway(text: string): { start: number; end: number } | undefined {
  UNDERWAY.lastIndex = 0;
  for (let m = UNDERWAY.exec(text); m; m = UNDERWAY.exec(text)) {
    const { from, sentence } = sentenceAround(text, m.index);
    // Set off on today, a practice expedition is out on the hills as much as the real one.
    if (SET_OFF.test(m[0]) ? !SET_OFF_TODAY.test(sentence) : NOT_YET.test(sentence)) continue;
    IN_PLACE.lastIndex = 0;
    for (let at = IN_PLACE.exec(sentence); at; at = IN_PLACE.exec(sentence)) {
      const place = at[1]!;
      // "… underway thanks to Mrs Patel": who, not where.
      if (SCHOOL_PLACE.test(place.split(' ')[0]!) || SCHOOL_GROUP.test(place) || WHEN.test(place) || SENDER.test(place)) continue;
      return { start: from + at.index, end: from + at.index + at[0].length };
    }
  }
  return undefined;
}

/** What follows a preposition that ends its clause: a full stop, a comma, a bracket or nothing. */
const STRANDED = /^\s*(?:[.,;:!?)\]…]|$)/u;

/** Right before "they are in": who they are, not where ("discover who they are in Christ"). */
const WHO_THEY_ARE = /\b(?:who|what)\s+$/i;

/** A year group, class or stage of education, not a place: "when they are in Year 6", "all now at University". */
const SCHOOL_GROUP = /^(?:Years?|Reception|Nursery|Class|Key Stage|KS\d|Y\d|Set|Form|House|Team|Group|University|Uni|College|Sixth Form)\b/u;
/** A school, college or university by its name: "Kingsway High", "St Mary's Sixth Form College". */
const EDUCATION_PLACE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:High|School|Academy|College|University|Sixth Form|Grammar)\b/u;
/** A school subject, not a place: "staying in Maths sets" (but "the Science Museum" is one). */
const SUBJECT = /^(?:Maths|English|Science|Art|Music|PE|RE|History|Geography|Computing|French|Spanish|German|Drama)\b(?! (?:Museum|Centre|Center|Gallery|Hall|Park|Festival))/u;

/** A trip's day by its number: "day 2", "Day three". */
const DAY_N = String.raw`day (?:\d{1,2}|one|two|three|four|five|six|seven)`;
const TRIP_WORD = 'residential|trip|expedition|tour|camp|exchange';
/** A trip's live blog by its name: "Year 6 residential blog — day 2", "Ski trip update", "Day 3 of our Paris trip". */
const TRIP_BLOG = new RegExp(
  String.raw`\b(?:${TRIP_WORD})\b[^.!?\n]{0,40}?\b(?:blog|diary|updates?|live|${DAY_N})\b|\b(?:blog|diary|updates?|${DAY_N})\b(?! ?\d)[^.!?\n]{0,40}?\b(?:${TRIP_WORD})\b`,
  'i',
);

/** A day's dispatch from a named place: "Day 1 at PGL", "Day two in Paris" (not "Day 1 in Year 7"). */
const DAY_AT = new RegExp(String.raw`^\s*${DAY_N}\b[^.!?\n]{0,30}?\b(?:at|in) (?:the )?`, 'i');

/** The group said to be home or back: "are now home safe and sound", "arrived home on Sunday", "returned on Friday". */
const TRIP_OVER =
  /\b(?:(?:are|['’]re) (?:now |all |safely )*(?:back )?home|(?:arrived|got|came|returned|travelled) (?:safely |back )*home|home safe(?:ly)?(?: and sound)?|safely home|(?:have|has|['’]ve) (?:now |all |safely )*returned(?: home| safely| to school| from (?:our|their|the) (?:[\w-]+ )?(?:trip|residential|tour|exchange|expedition|visit))|returned (?:safely )?(?:home )?(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last (?:night|week)|yesterday)|now that (?:everyone|we|they|the \w+) (?:is|are|['’]re) (?:home|back))\b/i;

/** The post's title or one of its headings names it a trip's live blog. */
function liveTripBlog(segments: readonly TextSegment[]): boolean {
  return segments.some((s) => (s.kind === 'heading' || (s.kind === 'front-matter' && s.field === 'title')) && s.text.length <= 200 && (TRIP_BLOG.test(s.text) || dayAtPlace(s.text)));
}

function dayAtPlace(title: string): boolean {
  const day = DAY_AT.exec(title);
  if (!day) return false;
  const place = title.slice(day[0].length);
  return UPPER.test(place[0] ?? '') && !SCHOOL_GROUP.test(place) && !SUBJECT.test(place);
}

function isTrip(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'string') return !/^(?:no|false|none|)$/i.test(value.trim());
  return true;
}

/** Words that make a sentence present even with a past-tense word in it. */
const NOT_PAST = /\b(?:now|tonight|currently|right now|are staying|['’]re staying)\b/i;

/**
 * Sentences as the past-tense check reads them: from after the last ". ", "! " or newline at or
 * before a match to the first [.!?] before a space or the end at or after it. The sentence around
 * `index` is told in the past tense ("Yesterday we were at …") when it holds PAST and not NOT_PAST.
 * Bounds and words are found once per segment (SentenceBounds.has: PAST and NOT_PAST match only
 * letters, spaces and apostrophes, and no bound is one of those), where slicing and searching the
 * text around each match made a long paragraph quadratic.
 */
export function pastTense(text: string): (index: number) => boolean {
  const sentences = new SentenceBounds(text, /[.!](?= )|\n/g, /[.!?](?=\s|$)/g, 0);
  return (index) => sentences.has(PAST, index) && !sentences.has(NOT_PAST, index);
}

const TRIP_HELD_WORDS = byFirstLetter(/broken down|broke down|pulled over|pull over|pulled in|stranded|stuck|parked up|until|till|for the next|for the night|tonight/i);
/** A group's vehicle stopped where it is, and the road or place: "broken down on the M6", "pull over near the Morrisons". */
const BROKEN_DOWN_AT = /\b(?:[Bb]roken down|[Bb]roke down|[Pp]ulled over|[Pp]ull over|[Pp]ulled in|[Ss]tranded|[Ss]tuck|[Pp]arked up)\b[^.!?\n]{0,60}?\b(?:on|at|near|by|in|outside|after|past) (?:the )?(?:[MA]\d{1,4}\b|[Jj]unction \d+|J\d{1,2}\b|hard shoulder|lay-?by|\p{Lu}[\p{L}'’-]+)/u;
/** The group somewhere now, and till when: "we're all now having lunch in the basement picnic area until 1.30". */
const HELD_THERE = /\b(?:we['’]re|we are|we['’]ll be|we will be|every(?:one|body)['’]s|every(?:one|body) is|the (?:group|children|pupils|class) (?:is|are)) (?:[\p{L}'’]+ ){0,4}?(?:in|at|on|by|outside|inside) (?:the )?[^.!?\n]{3,50}? (?:(?:until|till) \d{1,2}(?:[:.]\d{2})?|for the next (?:hour|half hour|half an hour|\d+ minutes|[a-z]+ minutes))/iu;
/** Where the group sleeps, named before: "Hotel Ibis Styles, York – all settled in for the night". */
const NIGHT_AT = /\b(?:Hotel|Hostel|YHA|Premier Inn|Travelodge|Holiday Inn|Ibis|Lodge)\b[^.!?\n]{0,60}?\b(?:settled in for the night|tucked up for the night|here for the night|for the night|tonight)\b/u;

const MOTORWAY_WORDS = /junction|\bJ\d/i;
/** A motorway junction by its number, and its road: "Junction 28 of the M1", "J15 on the M6", "M6 junction 15", "the M1 at J28". */
const MOTORWAY_SPOT = /\b(?:[Jj]unction|J) ?\d{1,2}[a-z]?,? (?:of|on|off) the [AM]\d{1,4}\b|\b[AM]\d{1,4}(?:\([AM]\))?,? (?:(?:at|near|by) )?(?:[Jj]unction|J) ?\d{1,2}\b/u;
const WHERE_WORDS = /\bwhere\b/i;
/** Asked where the group is now, answered with a named place: "Where are they right now?** At Robinwood, Todmorden". */
const WHERE_ASKED =
  /\b[Ww]here (?:are|is) (?:they|we|the (?:group|children|pupils|class|kids|team)|everyone|(?:Year|Y) ?\d{1,2}s?)(?: (?:right now|now|today|at the moment|currently|this (?:morning|afternoon|evening)))?\?[\s*_]*(?:(?:They|We)(?:['’]re| are) )?(?:[Aa]t|[Ii]n|[Oo]n) (?:the )?(\p{Lu}[\p{L}'’-]*(?:[ ,]+\p{Lu}[\p{L}'’-]*){0,3})/u;
function whereAsked(text: string): { start: number; end: number } | undefined {
  const m = WHERE_ASKED.exec(text);
  return m && aPlace(m[1]!) ? { start: m.index, end: m.index + m[0].length } : undefined;
}

const OVER_AND_DONE = /\b(?:yesterday|last (?:night|week|term|year|month)|on the way home|(?:got|arrived|are|were) (?:back|home)|back safely)\b/i;

function spanOf(m: RegExpExecArray | null): { start: number; end: number } | undefined {
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** A room by its letter in a trip post: "girls in dorm B", "Cabin C". No i flag: the letter is a capital standing alone. */
const LETTERED_ROOMS = /\b(?:[Dd]orm|[Dd]ormitory|[Cc]abin|[Cc]halet|[Tt]ent|[Bb]lock|[Rr]oom)s? [A-H]\b(?! ?[-–&]? ?\d)/g;
/**
 * In a trip post, a sentence saying now or tonight (or "safe and sound", "spending the afternoon", "she's now safe with staff at
 * the First Aid Centre", miss34): where it names a place, that is where the trip is.
 */
const TRIP_NOW_WORDS = byFirstLetter(/now safe|stop at|should be|right now|at the moment|as we speak|currently|tonight|this (?:morning|afternoon|evening)|today|safe and sound|safe and well|safely|spending|['’]ll be|will be/i);
const TRIP_NOW = /\b(?:right now|at the moment|as we speak|currently|tonight|this (?:morning|afternoon|evening)|today|safe and sound|safe and well|safely (?:at|in)|(?:is|are|['’]s|['’]re) now safe|(?:are|is|['’]re) spending|(?:we|they)(?:['’]ll| will| should) be (?:at|in)|(?:quick|short|comfort|lunch|toilet|loo) stop at)\b/gi;
// A spot of the place may come first: "queueing at the bottom of the Eiffel Tower" (miss34).
const TRIP_PLACE = /\b(?:at|in|by|on|up|near|across|along|around|round) (?:the )?(?:(?:bottom|top|foot|front|back|end|entrance|base|steps|gates?) of (?:the )?)?(\p{Lu}[\p{L}'’-]*(?: (?:(?:of|upon|on) )?\p{Lu}[\p{L}'’-]*){0,3})/gu;

/** The first named place in a sentence of a trip post that says now (its span: the place), or undefined. */
function namedNowInTrip(text: string): { start: number; end: number } | undefined {
  TRIP_NOW.lastIndex = 0;
  for (let m = TRIP_NOW.exec(text); m; m = TRIP_NOW.exec(text)) {
    const { from, sentence } = sentenceAround(text, m.index);
    TRIP_PLACE.lastIndex = 0;
    for (let at = TRIP_PLACE.exec(sentence); at; at = TRIP_PLACE.exec(sentence)) {
      const place = at[1]!;
      if (!aPlace(place) || SCHOOL_NAME_WORD.test(place) || SCHOOL_PLACE.test(place.split(' ')[0]!)) continue;
      return { start: from + at.index, end: from + at.index + at[0].length };
    }
  }
  return undefined;
}
