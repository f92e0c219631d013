// Detectors for personal data in prose: UK phone numbers, e-mail addresses, postcodes, street
// addresses, dates of birth, and UK identifiers validated by their check digits (NHS number,
// National Insurance number, Unique Pupil Number, driving licence, passport).
import { schoolDomains, type ResolvedConfig } from '../config/schema.js';
import { byFirstLetter } from '../core/regex.js';
import { nameKnowledge } from '../consent/knowledge.js';
import { SentenceBounds, TakenSpans } from './spans.js';
import { isPassportNumber, isValidDrivingLicence, isValidNhsNumber, isValidNino, isValidUpn } from './identifiers.js';

export type PersonalDataKind =
  | 'phone'
  | 'email'
  | 'postcode'
  | 'address'
  | 'date-of-birth'
  | 'nhs-number'
  | 'ni-number'
  | 'upn'
  | 'driving-licence'
  | 'passport'
  | 'bank-details'
  | 'age-and-area'
  | 'vehicle-registration';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  label: string;
  why: string;
  value: string;
  start: number;
  end: number;
  suggestion: string;
  /** An address or postcode with nothing saying it is a home (a venue's): for a person to check. */
  severity?: 'warning';
}

// +44 (0)20 7946 0958, 020 7946 0958, 07700 900123, (01632) 960 001, 0161-496-0000
// Not inside a longer run of digits and hyphens: "ISBN 978-0-14-032872-1" holds no phone number.
// An en dash between groups too: "07700 900 – 204" (miss31).
const PHONE = /(?<![\w+/]|\d[-–])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)(?:[\s\-–().]*\d){9,10}(?![\d/]|[-–]\d)/g;
const EMAIL = /(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?![\w-])/g;
// Full UK postcodes: outward code + inward code (e.g. SW1A 1AA, LS6 2QT, M1 1AE).
const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|\d\d|[A-HK-Y]\d[ABEHMNPRVWXY]?|[A-HK-Y]\d\d) ?\d[ABD-HJLNP-UW-Z]{2})\b/g;
// 3-3-4 with one kind of separator, or ten digits together.
const NHS = /(?<![\w-])(?:\d{3}([ -])\d{3}\1\d{4}|\d{10})(?![\w-])/g;
const NINO = /\b[A-Za-z]{2} ?(?:\d ?){6}[A-Da-d]\b/g;
const UPN = /\b[A-Za-z]\d{11}[0-9A-Za-z]\b/g;
const LICENCE = /\b[A-Za-z][A-Za-z9]{4} ?\d{6} ?[A-Za-z][A-Za-z9]\d ?[A-Za-z]{2}\b/g;
const PASSPORT = /(?<![\w-])(?:\d{9}|\d{3} \d{3} \d{3})(?![\w-])/g;
const PASSPORT_CONTEXT = /passport/i;
const STREET_SUFFIX =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Grove|Gardens|Gdns|Place|Pl|Terrace|Court|Ct|Mews|Row|Square|Sq|Walk|Rise|View|Parade|Hill';
// "12 Acacia Avenue", "Flat 3, 14b Mill Lane": a house number, one to three name words, a street word —
// not "St" before a name on its line, a saint's (a score: "Cambridge City 2 v 3 Bury St Edmunds 1s", fp33).
const ADDRESS = new RegExp(
  String.raw`(?<![\w£$€.,:/-])(?:(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+)?(?:(?:[Nn]o|[Nn]umber)\.?\s*)?\d{1,4}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:${STREET_SUFFIX})\b(?!(?<=\bSt)[ \t]+\p{Lu}\p{Ll})\.?`,
  'gu',
);
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
// Written in words: "the fourteenth of February 2023", "twelfth of March twenty sixteen".
const ORDINALS =
  '(?:thirty[- ]first|thirtieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|twelfth|eleventh|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|first)';
const YEAR_IN_WORDS =
  '(?:(?:twenty|two thousand(?: and)?)\\s+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine))';
const DATE = String.raw`(?:${ORDINALS}\s+(?:of\s+)?(?:${MONTHS})(?:,?\s+(?:\d{4}|${YEAR_IN_WORDS}))?|(?:${MONTHS})\s+(?:the\s+)?${ORDINALS}(?:,?\s+(?:\d{4}|${YEAR_IN_WORDS}))?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\.?(?:,?\s+\d{4})?|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))`;
const DATE_OF_BIRTH = new RegExp(
  // An age reached on a day gives the year too: "Amelia turns 8 on 3 March", "will be 10 on the 5th of May".
  // "My birthday is on the 3rd of March 2016" (miss34).
  String.raw`\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday(?:\s+is(?:\s+on)?|\s+on|\s+was(?:\s+on)?)?|(?:turns|turned|turning|will\s+be)\s+\d{1,2}\s+on)\s*(?:[:\-–]\s*|is\s+|was\s+)?(?:the\s+)?(${DATE})`,
  'gi',
);
// An organisation's mailboxes by role, a club's officers' among them (fp33: secretary@, treasurer@, fixtures@,
// juniors@, gsl@ — a Scout group's leader —, cwo@ — a club welfare officer).
const ROLE_ADDRESS = /^(?:info|help|helpline|dpo|dataprotection|data\.protection|gdpr|privacy|foi|enquiries|enquiry|office|admin|hello|contact|contactus|bookings?|support|sales|press|media|team|reception|finance|accounts|hr|jobs|careers|recruitment|events|tickets|newsletter|feedback|complaints|safeguarding|noreply|no-reply|webmaster|general|mail|customerservices?|school|pta|ptfa|pfa|ptsa|pto|friends|governors|clerk|admissions|attendance|absence|absences|absent|dsl|ddsl|welfare|clubwelfare|inclusion|senco|sendco|send|sen|head|headteacher|principal|bursar|lettings|exams|sixthform|sport|sports|pe|music|trips|library|parents|pastoral|wellbeing|apprenticeships?|vacancies|volunteers?|volunteering|fundraising|donations?|uniform|catering|transport|training|education|learning|schools|outreach|communications|comms|marketing|membership|partnerships|boxoffice|workexperience|secretary|treasurer|chair|chairman|chairperson|president|fixtures|juniors|minis|youth|girls|commercial|sponsorship|alumni|gsl|cwo|coaching)$/;
/**
 * A service's name run into one word before its role word ("familyhub", "early.help", "schooladmissions",
 * "youth-services"): an organisation's address. Not a name and a role ("sam.office", "lucyhub"): the part
 * before the role word must be three letters or more and no given name.
 */
const COMPOUND_ROLE = /^([a-z]{3,}?)[._-]?(hub|centre|center|services?|office|admin|enquiries|info|help|helpline|bookings?|admissions|reception|support|events)$/;
function compoundRoleAddress(local: string): boolean {
  return organisationPrefix(COMPOUND_ROLE.exec(local)?.[1]);
}

/** The part of an address before its role or club word is no given name (and the name data is there to tell). */
function organisationPrefix(prefix: string | undefined): boolean {
  if (prefix === undefined) return false;
  const knowledge = nameKnowledge();
  // Without the name data, a name cannot be told from a service's word: report the address.
  if (knowledge.given.size === 0) return false;
  return !knowledge.given.has(prefix) || knowledge.notNames.has(prefix);
}
/**
 * A club's or group's name run into one word on a webmail service ("rushdenchoir@gmail.com", "ockbrookcc@…",
 * "riversidenetball@outlook.com", "haverhillband@btinternet.com", fp33): the place or name before the kind of
 * club, three letters or more and no given name ("sarahdance@gmail.com" is a person's).
 */
const CLUB_ENDING = /^([a-z]{3,}?)[._-]?(fc|afc|cfc|rfc|rufc|cc|hc|hockey|netball|cricket|football|rugby|choir|chorus|singers|band|orchestra|players|scouts|guides|brownies|cubs|beavers|explorers|cadets|pta|ptfa|swimming|swimclub|gymnastics|athletics|harriers|runners|tennis|bowls|bowlsclub|club|society|youthclub|church|parish)\d{0,4}$/;
function clubWebmail(local: string): boolean {
  return organisationPrefix(CLUB_ENDING.exec(local)?.[1]);
}
const WEBMAIL = /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|btinternet|btopenworld|sky|virginmedia|talktalk|protonmail|proton|gmx|mail|zoho)\./;
// Cheap first looks, so most prose skips the patterns below.
const LONG_NUMBER = /\d{6}|\d\d[ -]?\d\d[ -]?\d\d|\d{3} \d{3}/;
const BIRTH_WORD = byFirstLetter(/born|d\.?o\.?b|birth|\d on /i);
const PHONE_START = /(?:\+|\b0)\s?\d|\(0/;
/** A number and a dash right before a number: the number ends a range ("P4 – 7", "5-6"). */
const RANGE_BEFORE = /\d\s*[–—-]\s*$/;
const ADDRESS_START = /\d[A-Za-z]?,?\s+\p{Lu}/u;
// Two-letter English words that begin a lowercase "NI number" only with context.
const COMMON_PAIRS = new Set(
  'am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ye'.split(' '),
);
const NINO_CONTEXT = /\b(?:NI|NINO|national\s+insurance)\b/i;

interface Allowed {
  phones: Set<string>;
  domains: string[];
  emails: Set<string>;
  postcodes: Set<string>;
  addresses: string[];
}

const allowedCache = new WeakMap<ResolvedConfig, Allowed>();

function allowedFor(config: ResolvedConfig): Allowed {
  let allowed = allowedCache.get(config);
  if (!allowed) {
    allowed = {
      phones: new Set((config.school?.phones ?? []).map(nationalDigits)),
      domains: schoolDomains(config),
      emails: new Set((config.school?.emails ?? []).map((e) => e.toLowerCase())),
      postcodes: new Set((config.school?.postcodes ?? []).map(compactPostcode)),
      addresses: (config.school?.addresses ?? []).map(compactAddress),
    };
    allowedCache.set(config, allowed);
  }
  return allowed;
}

// The findings of the last few hundred texts, per config: a folder's posts repeat their contact
// lines ("call the school office on …, or e-mail …") and a post its sign-offs. Valid while the name
// knowledge (which tells a person's number from an organisation's) is the same object.
const recentFindings = new WeakMap<ResolvedConfig, Map<string, { knowledge: object; found: PersonalDataMatch[] }>>();
const RECENT_LIMIT = 512;

/** The personal data in a text. New objects on every call. */
export function findPersonalData(source: string, config: ResolvedConfig): PersonalDataMatch[] {
  const text = halfWidth(source);
  // Most prose has no digit and no "@", nor a number or address spelled out, nor a street someone lives on:
  // nothing to look for.
  const spelled = mayHoldSpelledOut(text);
  if (!spelled && !/[\d@]/.test(text) && !BIRTH_WORD.test(text) && !(/\bliv/.test(text) && LIVES_ON_STREET_ONCE.test(text))) return [];
  let recent = recentFindings.get(config);
  if (!recent) recentFindings.set(config, (recent = new Map()));
  const knowledge = nameKnowledge();
  const kept = recent.get(source);
  if (kept && kept.knowledge === knowledge) return kept.found.map(copyMatch);
  const found = findIn(text, config, spelled);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(source, { knowledge, found: found.map(copyMatch) });
  return found;
}

function copyMatch(match: PersonalDataMatch): PersonalDataMatch {
  return { ...match };
}

/** findPersonalData on the text with full-width forms read as ASCII (halfWidth), which holds a digit or "@". */
function findIn(text: string, config: ResolvedConfig, spelled: boolean): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const allowed = allowedFor(config);
  const taken = new TakenSpans(text.length);
  const sentences = new SentenceBounds(text);
  const add = (match: PersonalDataMatch) => {
    if (!taken.free(match.start, match.end)) return;
    taken.take(match.start, match.end);
    found.push(match);
  };
  const item = (kind: PersonalDataKind, value: string, start: number, label: string, why: string, suggestion: string) =>
    add({ kind, label, why, value, start, end: start + value.length, suggestion });

  // Identifiers first: each is validated, so a match is strong evidence.
  const removeId = 'Remove the number: it identifies a person and must never be published.';
  const longNumber = LONG_NUMBER.test(text);
  for (const match of longNumber ? text.matchAll(NHS) : []) {
    if (!isValidNhsNumber(match[0])) continue;
    const digits = match[0].replace(/\D/g, '');
    const context = /\bNHS\b/i.test(text.slice(Math.max(0, match.index - 40), match.index));
    // Ten digits that also make a UK phone number are taken for a phone unless "NHS" is near.
    if (!context && !/[ -]/.test(match[0]) && isUkPhone(digits)) continue;
    item('nhs-number', match[0], match.index, 'An NHS number', 'a valid NHS number (its check digit matches) is health data', removeId);
  }
  for (const match of longNumber ? text.matchAll(NINO) : []) {
    const value = match[0];
    if (!isValidNino(value)) continue;
    const prefix = value.slice(0, 2);
    if (prefix !== prefix.toUpperCase() && COMMON_PAIRS.has(prefix.toLowerCase())) {
      if (!NINO_CONTEXT.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    }
    item('ni-number', value, match.index, 'A National Insurance number', 'a National Insurance number identifies a person', removeId);
  }
  for (const match of longNumber ? text.matchAll(UPN) : []) {
    if (!isValidUpn(match[0])) continue;
    item('upn', match[0], match.index, 'A Unique Pupil Number', 'a UPN (its check letter matches) identifies a pupil', removeId);
  }
  for (const match of longNumber ? text.matchAll(LICENCE) : []) {
    if (!isValidDrivingLicence(match[0])) continue;
    item('driving-licence', match[0], match.index, 'A driving licence number', 'a driving licence number identifies a person', removeId);
  }
  if (longNumber && PASSPORT_CONTEXT.test(text)) {
    for (const match of text.matchAll(PASSPORT)) {
      const near = text.slice(Math.max(0, match.index - 50), match.index + match[0].length + 20);
      if (!PASSPORT_CONTEXT.test(near) || !isPassportNumber(match[0])) continue;
      item('passport', match[0], match.index, 'A passport number', 'a passport number identifies a person', removeId);
    }
  }

  for (const match of BIRTH_WORD.test(text) ? text.matchAll(DATE_OF_BIRTH) : []) {
    const date = match[1]!;
    const year = /(\d{4})\s*$/.exec(date)?.[1];
    if (year !== undefined && Number(year) < 1935) continue; // a historical figure, not a pupil or parent
    const start = match.index + match[0].length - date.length;
    // A year group's dates, not a person's: "children born 1 September 2022 – 31 August 2023".
    if (DATE_RANGE_NEXT.test(text.slice(start + date.length, start + date.length + 12))) continue;
    if (GROUP_BORN.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    item(
      'date-of-birth',
      date,
      start,
      'A date of birth',
      'a date of birth helps identify a person',
      'Leave the date of birth out; "celebrated a birthday this week" is enough.',
    );
  }

  // A numeric date a few words on from "date of birth" in its sentence: "Harry's date of birth on the medical form must
  // match his passport: 09.07.2017" (miss32).
  for (const match of BIRTH_WORD.test(text) ? text.matchAll(BIRTH_WORDS_THEN_DATE) : []) {
    const date = match[1]!;
    const year = yearOf(date);
    if (year < 1935) continue;
    const start = match.index + match[0].length - date.length;
    item('date-of-birth', date, start, 'A date of birth', 'a date of birth helps identify a person', 'Leave the date of birth out; "celebrated a birthday this week" is enough.');
  }

  // A car's registration, named as one: "Sam's mum (silver Golf, reg. YK19 ABC) is collecting" (miss33) — it leads to its keeper.
  for (const match of /\breg|plate/i.test(text) ? text.matchAll(VEHICLE_REG) : []) {
    const plate = match[1]!;
    item('vehicle-registration', plate, match.index + match[0].length - plate.length, 'A vehicle registration', 'a car\'s registration leads to its keeper and where they live', 'Leave the registration out ("Sam\'s mum is collecting from the church car park").');
  }

  // A person's bank details, for money sent to them: "by bank transfer to Miss Price personally: sort code 20-45-77,
  // account 53142876" (miss32). A school's own account for payments is for a person to check (a warning).
  for (const match of /sort\s*code/i.test(text) ? text.matchAll(SORT_CODE) : []) {
    const own = sentences.has(PERSON_NEAR_NUMBER, match.index);
    add({
      kind: 'bank-details',
      label: 'Bank details',
      why: own ? 'a person\'s sort code and account number must not be published' : 'if this is a person\'s account, it must not be published (the school\'s own account for payments is for the school to decide)',
      value: match[0],
      start: match.index,
      end: match.index + match[0].length,
      suggestion: 'Remove the bank details; ask families to pay through the school\'s payment system.',
      ...(own ? {} : { severity: 'warning' as const }),
    });
  }

  // A child's age with where they live: "Maya (5) from Hillfields", "Evie, 7, from Foxhill" (miss32): together they
  // locate a child.
  for (const match of AGE_GATE.test(text) ? text.matchAll(AGE_AND_AREA) : []) {
    const first = match[1]!.toLowerCase();
    const known = nameKnowledge();
    if (Number(match[2] ?? match[3]) > 17 || (known.given.size > 0 && (!known.given.has(first) || known.notNames.has(first)))) continue;
    add({
      kind: 'age-and-area',
      label: 'A child\'s age and home area',
      why: 'a child\'s name and age with where they live locates the child',
      value: match[0],
      start: match.index,
      end: match.index + match[0].length,
      suggestion: 'Leave out the age or the area ("Maya in Reception").',
    });
  }

  // A full name with a past date beside it, set off by commas or brackets: "Jessica Moore, 12/08/2014, …",
  // "Amira Khan (14.02.2013)" (miss29). Not an event's day ("Sports Day, 12/07/2024"): the name must open on a given name.
  NAME_THEN_DATE.lastIndex = 0;
  const names = nameKnowledge();
  for (let match = NUMERIC_DATE.test(text) ? NAME_THEN_DATE.exec(text) : null; match; match = NAME_THEN_DATE.exec(text)) {
    const date = match[2]!;
    const year = yearOf(date);
    if (year < 1935 || year > new Date().getFullYear() - 2) continue;
    const first = match[1]!.toLowerCase();
    if (names.given.size > 0 && (!names.given.has(first) || names.notNames.has(first))) {
      // "Congratulations Jessica Moore, …": try again from the next capitalised word.
      NAME_THEN_DATE.lastIndex = match.index + match[1]!.length;
      continue;
    }
    const start = match.index + match[0].lastIndexOf(date);
    item('date-of-birth', date, start, 'A date of birth', 'a date beside a person\'s full name reads as their date of birth', 'Leave the date of birth out; "celebrated a birthday this week" is enough.');
  }

  const phoneText = zeroesForOs(text);
  for (const match of PHONE_START.test(phoneText) ? phoneText.matchAll(PHONE) : []) {
    const value = match[0].replace(/[\s\-(.]+$/, '');
    const digits = nationalDigits(value);
    if (!isUkPhone(digits) || pairsOfDigits(value)) continue;
    // Freephone (080x), non-geographic (03xx) and service (084x/087x) numbers belong to organisations:
    // a helpline such as the NSPCC's 0808 800 5000 is not personal data.
    if (allowed.phones.has(digits) || /^0(?:80|3|84|87)/.test(digits)) continue;
    // A landline given as a venue's or organisation's ("the Northcott box office is on 01392 …",
    // "call Riverside reception on …"), with no person in the sentence: not personal data.
    if (!digits.startsWith('07') && organisationNumber(text, match.index, sentences)) continue;
    // With no school numbers in the config, a landline the text gives as the school's own (a newsletter's
    // contact line) cannot be checked: a person looks. Once the config lists them, any other is an error.
    if (allowed.phones.size === 0 && !digits.startsWith('07') && givenAsSchools(text, match.index, sentences, match.index + value.length)) {
      add({
        kind: 'phone',
        label: 'A phone number',
        why: 'it is given as the school\'s, but the config lists none of the school\'s own numbers to check it against',
        value: text.slice(match.index, match.index + value.length),
        start: match.index,
        end: match.index + value.length,
        suggestion: 'If this is the school\'s public number, list it under school.phones in the config (it is then allowed); if not, remove it.',
        severity: 'warning',
      });
      continue;
    }
    item(
      'phone',
      text.slice(match.index, match.index + value.length),
      match.index,
      digits.startsWith('07') ? 'A mobile phone number' : 'A phone number',
      'only the school\'s own public number may be published',
      'Remove the number; give the school office\'s public number instead if people need to call.',
    );
  }
  for (const number of [...(spelled ? spelledNumbers(text) : []), ...(MIXED_GATE.test(text) ? mixedNumbers(text) : [])]) {
    // A mobile spelled without its leading 0, as after +44: "seven seven double zero, nine double zero, four five one" (miss34).
    const digits = /^7\d{9}$/.test(number.digits) ? `0${number.digits}` : number.digits;
    if (!isUkPhone(digits) || allowed.phones.has(digits) || /^0(?:80|3|84|87)/.test(digits)) continue;
    item(
      'phone',
      number.value,
      number.start,
      digits.startsWith('07') ? 'A mobile phone number' : 'A phone number',
      'a phone number written in words is still a phone number; only the school\'s own public number may be published',
      'Remove the number; give the school office\'s public number instead if people need to call.',
    );
  }
  if (text.includes('@')) {
    for (const match of text.matchAll(EMAIL)) {
      const value = match[0].replace(/\.$/, '');
      const lower = value.toLowerCase();
      const [local = '', domain = ''] = lower.split('@');
      if (allowed.emails.has(lower) || allowed.domains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
      // An organisation's role address (help@nspcc.org.uk) is not a person's; any webmail address is.
      if ((ROLE_ADDRESS.test(local) || compoundRoleAddress(local)) && !WEBMAIL.test(domain)) continue;
      if (WEBMAIL.test(domain) && clubWebmail(local)) {
        add({
          kind: 'email',
          label: 'An e-mail address',
          why: 'it reads as a club\'s or group\'s own address on a webmail service; check it is the organisation\'s, not a person\'s',
          value,
          start: match.index,
          end: match.index + value.length,
          suggestion: 'If it is the organisation\'s shared address, keep it; if a person reads it alone, use the school office\'s public address instead.',
          severity: 'warning',
        });
        continue;
      }
      // The same address again as its own link's target: "[office@…](mailto:office@…)" is one address shown once.
      const linkEnd = match.index - MAILTO_OF_LINK_TEXT.length;
      if (text.slice(linkEnd, match.index).toLowerCase() === MAILTO_OF_LINK_TEXT && text.slice(linkEnd - value.length, linkEnd).toLowerCase() === lower) continue;
      if (allowed.domains.length === 0 && allowed.emails.size === 0 && emailGivenAsSchools(text, match.index, local, sentences)) {
        add({
          kind: 'email',
          label: 'An e-mail address',
          why: 'it is given as the school\'s, but the config lists none of the school\'s own addresses or domains to check it against',
          value,
          start: match.index,
          end: match.index + value.length,
          suggestion: 'If this is the school\'s public address, list it under school.emails or its domain under school.emailDomains in the config (it is then allowed); if not, remove it.',
          severity: 'warning',
        });
        continue;
      }
      item(
        'email',
        value,
        match.index,
        'An e-mail address',
        'personal e-mail addresses must not be published; use the school\'s own address',
        'Replace it with the school office\'s public e-mail address.',
      );
    }
  }
  for (const match of spelled ? text.matchAll(SPELLED_EMAIL) : []) {
    const domain = match[2]!.toLowerCase().replace(SPELLED_DOT, '.').replace(/\s+/g, '');
    if (allowed.domains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
    if (ROLE_ADDRESS.test(match[1]!.toLowerCase()) && !WEBMAIL.test(domain)) continue;
    item(
      'email',
      match[0],
      match.index,
      'An e-mail address',
      'an address written with "at" and "dot" is still an e-mail address; personal ones must not be published',
      'Replace it with the school office\'s public e-mail address.',
    );
  }
  for (const match of ADDRESS_START.test(text) ? text.matchAll(ADDRESS) : []) {
    const value = match[0].replace(/[.,]$/, '');
    if (allowed.addresses.some((a) => a.includes(compactAddress(value)))) continue;
    // The end of a range is no house number: "P4 – 7 Sponsored Walk", "Years 5 - 6 Nature Walk".
    if (RANGE_BEFORE.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    const home = isHome(text, sentences, match.index);
    if (!home && venueBefore(text, match.index)) continue;
    add({
      kind: 'address',
      label: home ? 'A home address' : 'A street address',
      why: home ? 'a home address must never be published' : 'if this is someone\'s home, it must not be published (a public venue\'s address is fine)',
      value,
      start: match.index,
      end: match.index + value.length,
      suggestion: 'Remove the house number and street; name the area or venue instead ("a local park").',
      ...(home ? {} : { severity: 'warning' as const }),
    });
  }
  for (const match of /\bliv/.test(text) ? text.matchAll(LIVES_ON_STREET) : []) {
    add({
      kind: 'address',
      label: 'A home address',
      why: 'the street someone lives on, with or without the house number, locates their home',
      value: match[0],
      start: match.index,
      end: match.index + match[0].length,
      suggestion: 'Remove the street; name the area instead ("lives locally").',
    });
  }
  for (const match of /[A-Z]\d/.test(text) ? text.matchAll(POSTCODE) : []) {
    const value = match[0];
    if (allowed.postcodes.has(compactPostcode(value))) continue;
    const home = isHome(text, sentences, match.index);
    if (!home && venueBefore(text, match.index)) continue;
    add({
      kind: 'postcode',
      label: 'A postcode',
      why: home ? 'a postcode can locate a home' : 'if this locates someone\'s home, it must not be published (a public venue\'s postcode is fine)',
      value,
      start: match.index,
      end: match.index + value.length,
      suggestion: 'Remove the postcode, or give the town only.',
      ...(home ? {} : { severity: 'warning' as const }),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Digits in national form: +44 (0)20… and 0044 20… become 020… */
function nationalDigits(value: string): string {
  let digits = value.replace(/\(0\)/, '').replace(/\D/g, '');
  if (/^\s*(?:\+|00)/.test(value)) digits = '0' + digits.replace(/^0{0,2}44/, '');
  return digits;
}

/** Written in ones and twos ("01 02 03 04 05", a list of dates or squad numbers): no UK number is grouped so. */
function pairsOfDigits(value: string): boolean {
  const groups = value.split(/[\s\-–().]+/).filter(Boolean);
  // Digit by digit ("0 7 7 0 0 9 0 0 1 2 3") is a number spelled out to be read, not a list of pairs.
  if (groups.every((group) => group.length === 1)) return false;
  return groups.length >= 4 && groups.every((group) => group.length <= 2);
}

function isUkPhone(digits: string): boolean {
  if (!digits.startsWith('0')) return false;
  if (/^0[1-3]/.test(digits)) return digits.length === 10 || digits.length === 11;
  if (/^07/.test(digits)) return digits.length === 11;
  if (/^0[89]/.test(digits)) return digits.length === 10 || digits.length === 11;
  return false;
}

/** A numeric date's year, a two-digit one read as this century's or the last ("Ella 14.04.15", miss33). */
function yearOf(date: string): number {
  const digits = /\d+$/.exec(date)![0];
  if (digits.length !== 2) return Number(digits);
  return (Number(digits) <= new Date().getFullYear() % 100 ? 2000 : 1900) + Number(digits);
}

/** A numeric date somewhere in the text: only then is NAME_THEN_DATE looked for. */
const NUMERIC_DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/;
/** "date of birth" or "DOB", then a numeric date a few words on in the same sentence (DATE_OF_BIRTH takes the date right after). */
const BIRTH_WORDS_THEN_DATE = /\b(?:date\s+of\s+birth|d\.o\.b\.?|dob)\b(?=[^!?\n]{6,80}?\d{1,2}[/.-]\d{1,2}[/.-](?:(?:19|20)\d{2}|\d{2}\b))[^.!?\n]{6,80}?[\s:(]((?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:(?:19|20)\d{2}|\d{2}))\b/gi;
/** A current-style UK registration ("YK19 ABC") right after "reg", "registration" or "number plate". */
const VEHICLE_REG = /\b(?:[Rr]eg(?:istration)?\.?(?:\s+(?:[Nn]o\.?|[Nn]umber|[Pp]late))?|[Nn]umber [Pp]late|[Pp]late)\s*[:\-–]?\s*([A-Z]{2}\d{2} ?[A-Z]{3})\b/g;
/** A UK sort code, with the account number when it follows. */
const SORT_CODE = /\bsort\s*code\s*[:\-–]?\s*\d{2}[-\s]?\d{2}[-\s]?\d{2}(?:[,;]?\s*(?:and\s+)?(?:account|acc(?:ount)?\.?)\s*(?:no\.?|number)?\s*[:\-–]?\s*\d{8})?/gi;
/** Cheap first look for AGE_AND_AREA: an age set off, then "from" or "of". */
const AGE_GATE = /[(,]\s*(?:aged\s+)?\d{1,2}\s*[),]\s+(?:from|of)\s/;
/** A given name, an age up to 17 in commas or brackets, and "from"/"of" a place: "Maya (5) from Hillfields". */
const AGE_AND_AREA = /\b(\p{Lu}\p{Ll}+)(?:,\s*(?:aged\s+)?(\d{1,2}),|\s*\((?:aged\s+)?(\d{1,2})\))\s+(?:from|of)\s+(?:the\s+)?(?!(?:Class|Year|Reception|Nursery|Form|Team|House|Set|Group)\b)\p{Lu}[\p{L}'’-]+/gu;
/** A full name, then a date set off by commas or brackets: "Jessica Moore, 12/08/2014,", "Amira Khan (14.02.2013)". */
const NAME_THEN_DATE = /\b(\p{Lu}\p{Ll}+)(?:[ -]\p{Lu}[\p{L}'’-]+)+\s*(?:,|\()\s*(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2})\s*(?:,|\))/gu;
/** After a date of birth's date: the date starts a range, so it is a year group's ("born 1 September 2022 – 31 August 2023"). */
const DATE_RANGE_NEXT = /^\s*(?:[-–—]|to\b|and\b|until\b)\s*\d/;
/** Before "born": people in general ("children born between …", "pupils born in or after …"). */
const GROUP_BORN = /\b(?:children|pupils|students|babies|those|anyone|everyone|all|for|if your child was|whose child(?:ren)? (?:was|were))\s*$/i;
/**
 * Words naming another organisation or venue by its function. Not "office", "reception", "team" or
 * "trust": those are as often the school's own, whose number is allowed only through the config.
 */
const ORGANISATION =
  /\b(?:main line|HQ|headquarters|box office|leisure|centre|center|theatre|theater|council|library|surgery|clinic|hospital|museum|club|society|charity|helpline|booking line|ltd|limited|plc|church|cathedral|foundation|association|college|university|MASH|hub|police|NHS|NSPCC|Samaritans|early help|social care|children's services|citizens advice|advice line|helpdesk|switchboard|food ?bank|referral line)\b/i;
/** A person, whose number it may be: a title and name, a family member, "me", "his", "text", "WhatsApp", "evenings". */
const PERSON_NEAR_NUMBER = /\b(?:Mr|Mrs|Miss|Ms|Mx|Dr)\s+[A-Z]|\b(?:mum|dad|mother|father|parent|nan|grandad|grandma|me|my|his|her|their|text|whatsapp|evenings?|mobile|personal)\b/i;
/**
 * A capitalised place word in the 60 characters before an address or postcode, in the same sentence:
 * a venue's address ("St Michael's Church, 12 Church Street", "Harbourside Rec, Station Road, EX4 1AB",
 * "Smarts Schoolwear, 42 Fore Street", a school's contact line "Sacred Heart Catholic Primary · Priory Road, EG5 1AA");
 * a street's own name ("4 Church Road") is not a venue, nor is a
 * surname after a title ("to Mr Hall at 23 Rosemary Close", miss29).
 */
const VENUE = new RegExp(
  String.raw`\b(?<!\b(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s)(?:Church|Chapel|Cathedral|Hall|Centre|Center|Arena|Stadium|Park|Rec|Recreation Ground|Ground|Pavilion|Club|Clubhouse|Library|Theatre|Museum|Gallery|School|Academy|Primary|Infants|Juniors|Nursery|Pre-School|Preschool|College|University|Leisure|Pool|Shop|Store|Schoolwear|Uniform|Café|Cafe|Hotel|Inn|Pub|Restaurant|Surgery|Hospital|Station|Market|Exchange|Community|Village|Farm|Hut|Hub)\b(?!\s+(?:${STREET_SUFFIX})\b)[^.!?\n]{0,60}$`,
  'u',
);

/** An organisation word just before a landline, and no person in its sentence or given name just before it. */
function organisationNumber(text: string, index: number, sentences: SentenceBounds): boolean {
  let before = text.slice(Math.max(sentences.start(index), index - 50), index);
  // A bare "Tel" after a venue's address on its line reads back into that address: "FSC Malham Tarn, Settle, North
  // Yorkshire BD24 9PU. Tel 01729 830331." (fp34), the place named as a field centre earlier in the post.
  if (BARE_TEL.test(before)) {
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    const line = text.slice(Math.max(lineStart, index - 120), index);
    if (POSTCODE_ONCE.test(line) && !PERSON_NEAR_NUMBER.test(line)) before = line;
  }
  if (!(ORGANISATION.test(before) || venueNamedEarlier(text, index, before)) || sentences.has(PERSON_NEAR_NUMBER, index)) return false;
  const given = nameKnowledge().given;
  // Without the name data, a name cannot be told from a place: report the number.
  if (given.size === 0) return false;
  return !before.match(/\p{Lu}\p{Ll}+/gu)?.some((word) => given.has(word.toLowerCase()) && !nameKnowledge().notNames.has(word.toLowerCase()));
}

/** A number's sentence that is only its label: "Tel 01729 830331." */
const BARE_TEL = /^\s*(?:tel(?:ephone)?|phone|t)\b\.?\s*:?\s*$/i;
const POSTCODE_ONCE = new RegExp(POSTCODE.source);

/** Right before a number: the school's office, reception or absence line ("through the school office on", "Absences: please call"). */
const SCHOOL_OFFICE_BEFORE = /\b(?:school office|the office|office|reception|absence line|attendance line|absences|attendance|report(?:ing)? (?:an|a|any|your child's) absence)\b[^.!?\n\d]{0,25}$/i;
/** Earlier on the number's line: the school's e-mail (".sch.uk", "office@"), given as the way to reach the school as the number is. */
const SCHOOL_EMAIL_BEFORE = /@[\w.-]+\.sch\.uk\b|\b(?:office|admin|enquiries|info|reception|absence|attendance|sixthform)@/;
/** Earlier on the number's line: the school's name ("Oakfield Primary Academy, Oakfield Road … Tel"). */
const SCHOOL_NAMED_BEFORE = /\b(?:School|Academy|Primary|Infants?|Juniors?|Nursery|Pre-School|College|Sixth Form)\b/;
/** Right before a number: the school's own team ("Our Attendance Support Team can be reached on", fp32). */
const SCHOOL_TEAM_BEFORE = /\b[Oo]ur\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:[Tt]eam|[Oo]ffice|[Dd]epartment|[Dd]esk|[Ll]ine)\s+(?:(?:can|may) be (?:reached|contacted|called)\s+|is available\s+|are available\s+)?(?:on|at|via)\s*[:\-–]?\s*$/u;
/** Before a number: the school rung ("please ring the nursery before 9am on", "call us on", fp32). */
const SCHOOL_CALLED_BEFORE = /\b(?:call|ring|phone|telephone|contact|let)\s+(?:the\s+)?(?:school|nursery|pre-?school|academy|college|setting|us)\b[^.!?\n]{0,30}?\b(?:on|at)\s*[:\-–]?\s*$/i;
/**
 * A contact line's label, or none, before the number — from the line's start or the last separator or number
 * before it: "Tel: …", "Telephone: …", "T: …", "**Phone:** …", "📞 …", "Call …", "Contact us: …", "· Fax …", a bare number.
 */
const PHONE_LABEL_OPENS_LINE = /^[\s*_>|•·/\-\p{Extended_Pictographic}\uFE0F]*(?:(?:tel(?:ephone)?|phone|t|fax|f|call(?: us)?(?: on)?|contact(?: us)?(?: on)?)\b\.?\s*[:.]?[\s*_]*)?$/iu;
/** Where a contact line's item begins before a number: after a separator or an earlier number on the line. */
const LAST_ITEM = /(?:[|·•/]|\d)(?=[^|·•/\d]*$)/u;
/** How far a contact line's neighbour lines are read for the school's e-mail. */
const CONTACT_BLOCK_REACH = 200;
/** A number that may be a person's own though the office is named: "the office or my mobile", "text me". */
const OWN_NUMBER_WORDS = /\b(?:me|my|mobile|personal|home|text|whatsapp|evenings?)\b/i;

/**
 * A landline the text gives as the school's own: its office or absence line right before it or its e-mail earlier on
 * the line (and no "my", "mobile" or "text me" in the sentence), or the school's name earlier on the line with no
 * person in the sentence ("Oakfield Primary Academy, Oakfield Road, AB12 3CD.
 * Tel 01632 960000", "Contact sixthform@oakfield.sch.uk or call …").
 */
function givenAsSchools(text: string, index: number, sentences: SentenceBounds, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(Math.max(lineStart, index - 150), index);
  if (SCHOOL_OFFICE_BEFORE.test(before) || SCHOOL_EMAIL_BEFORE.test(before) || SCHOOL_TEAM_BEFORE.test(before) || SCHOOL_CALLED_BEFORE.test(before) || schoolEmailAfter(text, index, end)) return !sentences.has(OWN_NUMBER_WORDS, index);
  const onLine = text.slice(Math.max(lineStart, index - 150), index);
  const item = onLine.slice((LAST_ITEM.exec(onLine)?.index ?? -1) + 1);
  if (PHONE_LABEL_OPENS_LINE.test(item) && schoolContactBlock(text, lineStart)) return true;
  return SCHOOL_NAMED_BEFORE.test(before) && !sentences.has(PERSON_NEAR_NUMBER, index);
}

/** Before a link's target: "](mailto:" — the address shown as the link's text just before it. */
const MAILTO_OF_LINK_TEXT = '](mailto:';
/** Before an address on its line: the school office's number offered first ("contact the school office on 01642 317 543 or email …"). */
const OFFICE_THEN_EMAIL = /\b(?:school office|the office|reception)\b[^.!?\n@]{0,45}\bor\s+e-?mail(?:\s+us)?(?:\s+(?:at|on|via))?\s*:?\s*$/i;
/** A contact block's e-mail label, or none, before the address: "E: …", "Email: …", "✉️ …". */
const EMAIL_LABEL_OPENS_LINE = /^[\s*_>|•·/\-\p{Extended_Pictographic}\uFE0F]*(?:(?:e-?mail|e)\b\.?\s*[:.]?[\s*_[]*)?$/iu;

/**
 * An address the text gives as the school's own, in a newsletter's sign-off or a web page's contact block, with no
 * person near it and no given name or "first.last" in it: "please contact the school office on … or email ollp@…",
 * "Our Lady of Lourdes Primary, Park End Avenue …⏎T: …⏎E: ollp@…" (fp34). With no school addresses in the config
 * it cannot be checked, so a person looks.
 */
function emailGivenAsSchools(text: string, index: number, local: string, sentences: SentenceBounds): boolean {
  if (/[._-]/.test(local) || !organisationPrefix(local)) return false;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(Math.max(lineStart, index - 150), index);
  if (OFFICE_THEN_EMAIL.test(before)) return !sentences.has(PERSON_NEAR_NUMBER, index) && !givenNameIn(text.slice(sentences.start(index), index));
  const item = before.slice((LAST_ITEM.exec(before)?.index ?? -1) + 1);
  if (!EMAIL_LABEL_OPENS_LINE.test(item)) return false;
  // The school named in the block's lines just above, and no person in them.
  const block = text.slice(Math.max(0, lineStart - CONTACT_BLOCK_REACH), index);
  return SCHOOL_NAMED_BEFORE.test(block) && !PERSON_NEAR_NUMBER.test(block) && !givenNameIn(block);
}

/** Right after a number: "or e-mail" and an address ("Call 01632 960000 or email office@…", "… or email ockbrookcc@gmail.com"). */
const OR_EMAIL_AFTER = /^\s*(?:,\s*)?or\s+(?:e-?mail|email)(?:\s+us)?(?:\s+(?:at|on|via))?\s*:?\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i;

/**
 * The school's e-mail, or an organisation's role address, offered right after the number as the other way to
 * reach the same place: "Any questions? Call 01388 603311 or email office@…" (fp33: a newsletter's sign-off line,
 * its head named in the signature in the paragraphs around it). Not a person's address ("or email jo.smith@…"), nor
 * with a person in the number's paragraph ("Call Dave on … or email office@…").
 */
function schoolEmailAfter(text: string, index: number, end: number): boolean {
  const address = OR_EMAIL_AFTER.exec(text.slice(end, end + 120))?.[1]?.toLowerCase();
  if (address === undefined) return false;
  const [local = '', domain = ''] = address.split('@');
  if (!SCHOOL_EMAIL_BEFORE.test(address) && !organisationAddress(local, domain)) return false;
  // No one named in the number's paragraph: "Mrs Lee (PTA rota)⏎Call … or email office@…" may be her number.
  const from = text.lastIndexOf('\n\n', index) + 1;
  const to = text.indexOf('\n\n', end);
  const paragraph = text.slice(from, to < 0 ? text.length : to);
  return !PERSON_NEAR_NUMBER.test(paragraph) && !givenNameIn(paragraph);
}

/**
 * A contact block's "Tel:" line with the school's e-mail, or a role address such as "hello@", on it or on the line
 * either side ("Tel: 01632 960305 | Email: reception@…", "Telephone: 01632 960118⏎Email: office@….sch.uk"), and
 * no person in those lines.
 */
function schoolContactBlock(text: string, lineStart: number): boolean {
  const from = Math.max(0, lineStart - CONTACT_BLOCK_REACH, text.lastIndexOf('\n', lineStart - 2) + 1);
  const lineEnd = text.indexOf('\n', lineStart);
  const nextEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
  const to = Math.min(lineStart + 2 * CONTACT_BLOCK_REACH, lineEnd < 0 ? text.length : nextEnd < 0 ? text.length : nextEnd);
  const block = text.slice(from, to);
  if (PERSON_NEAR_NUMBER.test(block) || givenNameIn(block)) return false;
  // …or the school's name on the line above or on it ("Our Lady of Lourdes Primary, Park End Avenue …⏎T: …", fp34).
  if (SCHOOL_EMAIL_BEFORE.test(block) || SCHOOL_NAMED_BEFORE.test(text.slice(from, lineEnd < 0 ? text.length : lineEnd))) return true;
  // Or an organisation's role address on no webmail domain ("hello@littleacorns-nursery.co.uk"), or a club's own on one.
  for (const [address] of block.includes('@') ? block.matchAll(EMAIL) : []) {
    const [local = '', domain = ''] = address.toLowerCase().split('@');
    if (organisationAddress(local, domain)) return true;
  }
  return false;
}

/** An organisation's address: a role address on no webmail domain ("hello@…"), or a club's own on one ("ockbrookcc@gmail.com", fp33). */
function organisationAddress(local: string, domain: string): boolean {
  return WEBMAIL.test(domain) ? clubWebmail(local) : ROLE_ADDRESS.test(local);
}

const NAMED_STREET_AFTER = new RegExp(String.raw`^\s+(?:${STREET_SUFFIX}|Park|Ground|Hall|House|Centre)\b`);
/** A school named after someone or somewhere: "The Marlowe Academy", "Our Lady of Lourdes Primary", "Bishop Ramsey School" (fp34). */
const NAMED_SCHOOL_AFTER = /^(?:\s+(?:of|and|&|\p{Lu}[\p{L}'’-]*)){0,3}?\s+(?:School|Academy|Primary|Infants?|Juniors?|Nursery|College|Sixth Form)\b/u;

/** A capitalised given name in a contact block ("Coach: Dave Smith⏎01632 …"), not a saint's ("St Joseph's") or a street's: a person's line. */
function givenNameIn(block: string): boolean {
  const knowledge = nameKnowledge();
  // Without the name data, a name cannot be told from a place: take the block for a person's.
  if (knowledge.given.size === 0) return true;
  for (const match of block.matchAll(/(?<!\bS(?:ain)?t\.?\s)\b\p{Lu}\p{Ll}+/gu)) {
    const word = match[0].toLowerCase();
    // A street or place named after someone: "Victoria Avenue", "Albert Road", "George Street" (fp33).
    const after = block.slice(match.index + match[0].length, match.index + match[0].length + 40);
    if (NAMED_STREET_AFTER.test(after) || NAMED_SCHOOL_AFTER.test(after)) continue;
    if (knowledge.given.has(word) && !knowledge.notNames.has(word) && !knowledge.wordNames.has(word)) return true;
  }
  return false;
}

/**
 * "… courses at Riverside Leisure Centre. To book, call Riverside reception on …": a capitalised name
 * before the number that the paragraph gave an organisation or venue a little earlier.
 */
function venueNamedEarlier(text: string, index: number, before: string): boolean {
  const earlier = text.slice(Math.max(0, index - 400), index - before.length);
  if (earlier.length === 0) return false;
  for (const [word] of before.slice(1).matchAll(/\b\p{Lu}\p{Ll}{2,}/gu)) {
    let at = earlier.indexOf(word);
    while (at >= 0) {
      if (ORGANISATION.test(earlier.slice(at, at + word.length + 40).split(/[.!?\n]/)[0]!)) return true;
      at = earlier.indexOf(word, at + 1);
    }
  }
  return false;
}

function venueBefore(text: string, index: number): boolean {
  if (VENUE.test(text.slice(Math.max(0, index - 60), index))) return true;
  // A contact block's address under the venue's name on the line above: "Bishop Ramsey School⏎Hume Way, Ruislip HA4 8EE" (fp34).
  const lineStart = text.lastIndexOf('\n', index - 1);
  if (lineStart <= 0 || index - lineStart > 80) return false;
  const above = text.slice(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart);
  return above.length <= 80 && VENUE_NAME_LINE.test(above);
}
/** A line that is a venue's name, as a contact block opens: "Bishop Ramsey School", "**Oakfield Primary Academy**". */
const VENUE_NAME_LINE = /^[\s*_#>]*(?:\p{Lu}[\p{L}'’.-]*\s+|of\s+|and\s+|&\s+){0,6}(?:School|Academy|Primary|Secondary|Infants|Juniors|Nursery|Pre-School|College|Sixth Form|Trust|Church|Cathedral|Centre|Library|Museum|Hall|Surgery|Hospital)[\s*_]*$/u;

/** Words that make an address someone's home. */
// "Family Hub", "Family Centre", "family support service": a service's name, not a family's home.
// A place's "address" is a venue's: "Field centre address for our records: FSC Blencathra, …" (fp34).
const HOME = /\b(?:lives?|living|home|house|(?<!\b(?:centre|center|venue|school|office|club|church|hall|museum|hotel|site|ground|hostel|library|theatre|academy|college|surgery|hospital)\s)address|flat|apartment|his|her|him|their|my|mum|dad|family(?!\s+(?:hubs?|centres?|centers?|support|services?|information|learning|liaison)\b)|drop (?:it |them )?(?:off|round)|deliver|post (?:it|them) to|send (?:it|them) to|pop (?:it|them) round|round to|collect from)\b/i;

/**
 * A person by title and surname whose address it is: "return the tickets to Mr Hall at 23 Rosemary Close",
 * "drop the prizes at Mrs Butler's (The Old Vicarage, …)" (miss29). Case-sensitive, unlike HOME: "we'll miss Hall".
 */
// …or set off by a comma before the number: "drop it back to Mrs Kaur, 47 Lime Grove" (miss32).
const TITLED_HOME = /\b(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s+(?:\p{Lu}\.?\s+)?\p{Lu}[\p{L}'’-]*(?:['’]s(?![\p{L}])(?!\s+\p{L})|\s+at\s+(?=\d)|,\s*(?=\d{1,4}[A-Za-z]?\s+\p{Lu}))/u;

/** A person by given name at the address: "Tickets are available from Sarah at 22 Elm Grove" (miss31). */
const NAMED_AT = /\b(\p{Lu}\p{Ll}+)\s+at\s+(?=\d)/gu;

function isHome(text: string, sentences: SentenceBounds, index: number): boolean {
  return sentences.has(HOME, index) || sentences.has(TITLED_HOME, index) || givenNameAt(text, sentences, index) || fullNameBefore(text, index);
}

/**
 * A person's full name set off just before the address, perhaps with their age: "a coat labelled \"Ivy Marsh, 14 Orchard
 * Close\"", "Kai Turner, aged 10, of 9 Saxon Road" (miss33). Not a venue's name ("St Michael's Church, 12 Church Street").
 */
const FULL_NAME_BEFORE = /\b(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+,\s*(?:(?:aged\s+)?\d{1,2},\s*)?(?:of\s+)?$/u;

function fullNameBefore(text: string, index: number): boolean {
  const found = FULL_NAME_BEFORE.exec(text.slice(Math.max(0, index - 60), index));
  if (!found || venueBefore(text, index)) return false;
  const first = found[1]!.toLowerCase();
  const names = nameKnowledge();
  return names.given.has(first) && !names.notNames.has(first);
}

function givenNameAt(text: string, sentences: SentenceBounds, index: number): boolean {
  const sentence = text.slice(sentences.start(index), sentences.end(index));
  if (!sentence.includes(' at ')) return false;
  const names = nameKnowledge();
  for (const match of sentence.matchAll(NAMED_AT)) {
    const word = match[1]!.toLowerCase();
    if (names.given.has(word) && !names.notNames.has(word)) return true;
  }
  return false;
}

/**
 * A street or estate named as where someone lives, the house number apart or missing: "lives on Orchard Way
 * (number 12)" (miss31), "lives on the Beechwood estate", "lives in the flats on Station Road", "live just round
 * the corner on Park Street" (miss32's held-out leftovers). Between "lives" and the street only words of where
 * (LIVES_GAP), and not a memory that "lives on in the Rose Gardens".
 */
const LIVES_GAP = 'just|right|now|still|round|around|the|corner|flats|flat|houses|house|new|block|of|near|by|a|few|doors|down|up|over|opposite|behind|next|to|close|in|on|at';
const LIVES_ON_STREET = new RegExp(
  String.raw`\b(?:lives|living|live)\s+(?!on\s+(?:in|through|forever)\b)(?:(?:${LIVES_GAP})\s+){0,6}?(?:on|in|at|off|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:${STREET_SUFFIX}|[Ee]state)\b(?:\s*\((?:number|no\.?)\s*\d{1,4}[A-Za-z]?\))?`,
  'gu',
);
/** The same, not global: for a yes or no (`test` on a global pattern moves its lastIndex). */
const LIVES_ON_STREET_ONCE = new RegExp(LIVES_ON_STREET.source, 'u');

function compactPostcode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

function compactAddress(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Full-width digits and signs ("０７７００ ９００１２３", "ｊｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", typed with an East Asian
 * keyboard or pasted from a form) as their ASCII forms. One UTF-16 unit each way, so every offset
 * found in the result is an offset in the source.
 */
export function halfWidth(text: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(text)) return text;
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** A number or an e-mail address written out to dodge a filter: "seven seven double oh …", "jo [at] gmail [dot] com". */
const DIGIT_WORD = '(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)';
// Hyphens may join the words: "oh-one-two-one, four-nine-six", "double-oh" (miss32).
const SPELLED_RUN = new RegExp(String.raw`\b(?:(?:double|triple|treble)[\s-]+)?${DIGIT_WORD}(?:[\s,–-]+(?:(?:double|triple|treble)[\s-]+)?${DIGIT_WORD}){7,}\b`, 'gi');
// …or with spaces round its "@" and dots: "kerrybell88 @ icloud . com" (miss31).
const SPELLED_DOT = /\s*(?:\[dot\]|\(dot\)|\{dot\}|\bdot\b)\s*|\s+\.\s+/gi;
const SPELLED_AT = String.raw`\s*(?:\[at\]|\(at\)|\{at\})\s*|\s+at\s+|\s+@\s*|\s*@\s+`;
const SPELLED_DOT_SOURCE = String.raw`\s*(?:\[dot\]|\(dot\)|\{dot\})\s*|\s+dot\s+|\s+\.\s+`;
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\w.+-])([A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])(?:${SPELLED_AT})([A-Za-z0-9-]+(?:(?:${SPELLED_DOT_SOURCE}|\.)[A-Za-z0-9-]+)*(?:${SPELLED_DOT_SOURCE})(?:com|net|org|uk|co(?:(?:${SPELLED_DOT_SOURCE}|\.)uk)|ac(?:(?:${SPELLED_DOT_SOURCE}|\.)uk)|io|me|ie|info))\b`,
  'gi',
);
/** Cheap first look for SPELLED_RUN and SPELLED_EMAIL. */
/** Whether a text may hold a number or an address spelled out (SPELLED_GATE), asked first by its words alone: most prose has none of them. */
export function mayHoldSpelledOut(text: string): boolean {
  return SPELLED_WORDS.test(text) && SPELLED_GATE.test(text);
}
const SPELLED_WORDS = byFirstLetter(/[[({]at[\])}]|\s@|@\s|dot\s|double|triple|treble|\boh\b|zero|nought|seven/i);
export const SPELLED_GATE = /\[at\]|\(at\)|\{at\}|\w\s+@|@\s+\w|\bdot\s+(?:com|co|net|org|uk)\b|\b(?:double|triple|treble|oh|zero|nought)[\s-]+(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine)\b|\b(?:seven|zero|oh)[\s,-]+(?:seven|one|two|three)\b/i;
const DIGIT_VALUE: Record<string, string> = { zero: '0', oh: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };

/** Runs of eight or more digit words, with the digits they spell ("double oh" is "00"). */
function spelledNumbers(text: string): { value: string; start: number; digits: string }[] {
  const runs: { value: string; start: number; digits: string }[] = [];
  for (const match of text.matchAll(SPELLED_RUN)) {
    let digits = '';
    let times = 1;
    for (const word of match[0].toLowerCase().split(/[\s,–-]+/)) {
      if (word === 'double') times = 2;
      else if (word === 'triple' || word === 'treble') times = 3;
      else {
        digits += DIGIT_VALUE[word]!.repeat(times);
        times = 1;
      }
    }
    // Counting ("zero, one, two, … nine"), not a number to ring.
    const counting = [...digits].every((d, k) => k === 0 || Math.abs(Number(d) - Number(digits[k - 1])) === 1);
    if (!counting) runs.push({ value: match[0], start: match.index, digits });
  }
  return runs;
}

/** A digit word between numerals: "07 nine 11" (miss34's leftovers from earlier batches). Asked of a text with a digit in it. */
const MIXED_GATE = /\d[\s,–-]+(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)[\s,–-]+(?:(?:double|triple|treble)[\s-]+)?\d/i;
const MIXED_ITEM = String.raw`(?:(?:double|triple|treble)[\s-]+)?(?:${DIGIT_WORD}|\d{1,5})`;
const MIXED_RUN = new RegExp(String.raw`(?<![\p{L}\d])${MIXED_ITEM}(?:[\s,–-]+${MIXED_ITEM}){2,}(?![\p{L}\d])`, 'giu');

/** Runs of numerals and digit words mixed ("07 nine 11 - 456 - 789"), with the digits they give; runs of one kind are read elsewhere. */
function mixedNumbers(text: string): { value: string; start: number; digits: string }[] {
  const runs: { value: string; start: number; digits: string }[] = [];
  for (const match of text.matchAll(MIXED_RUN)) {
    const value = match[0].replace(/[\s,–-]+$/, '');
    if (!/\d/.test(value) || !new RegExp(DIGIT_WORD, 'i').test(value)) continue;
    let digits = '';
    let times = 1;
    for (const word of value.toLowerCase().split(/[\s,–-]+/)) {
      if (word === 'double') times = 2;
      else if (word === 'triple' || word === 'treble') times = 3;
      else {
        digits += (DIGIT_VALUE[word] ?? word).repeat(times);
        times = 1;
      }
    }
    runs.push({ value, start: match.index, digits });
  }
  return runs;
}

/**
 * The letter O typed for a zero inside a run of digits ("07700 9OO 777"), read as the zero: a run of
 * digits, spaces and dashes that holds six digits or more. One character each way, so offsets hold.
 */
function zeroesForOs(text: string): string {
  if (!/\d[\s-]?[Oo]|[Oo][\s-]?\d/.test(text)) return text;
  return text.replace(/(?<![\p{L}\d])[\dOo](?:[\dOo]|[\s-](?=[\dOo])){8,}(?![\p{L}\d])/gu, (run) =>
    (run.match(/\d/g)?.length ?? 0) >= 6 ? run.replace(/[Oo]/g, '0') : run,
  );
}
