// Detectors for personal data in prose: UK phone numbers, e-mail addresses, postcodes.
import type { ResolvedConfig } from '../config/schema.js';

export interface PersonalDataMatch {
  kind: 'phone' | 'email' | 'postcode';
  label: string;
  why: string;
  value: string;
  start: number;
  end: number;
  suggestion: string;
}

// +44 (0)20 7946 0958, 020 7946 0958, 07700 900123, (01632) 960 001, 0161-496-0000
const PHONE = /(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)(?:[\s\-().]*\d){9,10}(?![\d])/g;
const EMAIL = /(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?![\w-])/g;
// Full UK postcodes: outward code + inward code (e.g. SW1A 1AA, LS6 2QT, M1 1AE).
const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|\d\d|[A-HK-Y]\d[ABEHMNPRVWXY]?|[A-HK-Y]\d\d) ?\d[ABD-HJLNP-UW-Z]{2})\b/g;

export function findPersonalData(text: string, config: ResolvedConfig): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const allowedPhones = new Set((config.school?.phones ?? []).map(digitsOf));
  const allowedDomains = (config.school?.emailDomains ?? []).map((d) => d.toLowerCase().replace(/^@/, ''));
  const allowedEmails = new Set((config.school?.emails ?? []).map((e) => e.toLowerCase()));
  const allowedPostcodes = new Set((config.school?.postcodes ?? []).map(compactPostcode));

  for (const match of text.matchAll(PHONE)) {
    const value = match[0];
    const digits = nationalDigits(value);
    if (!isUkPhone(digits)) continue;
    if (allowedPhones.has(digits) || allowedPhones.has(digitsOf(value))) continue;
    found.push({
      kind: 'phone',
      label: digits.startsWith('07') ? 'A mobile phone number' : 'A phone number',
      why: 'only the school\'s own public number may be published',
      value,
      start: match.index,
      end: match.index + value.length,
      suggestion: 'Remove the number; give the school office\'s public number instead if people need to call.',
    });
  }
  for (const match of text.matchAll(EMAIL)) {
    const value = match[0].replace(/\.$/, '');
    const lower = value.toLowerCase();
    const domain = lower.split('@')[1] ?? '';
    if (allowedEmails.has(lower) || allowedDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
    found.push({
      kind: 'email',
      label: 'An e-mail address',
      why: 'personal e-mail addresses must not be published; use the school\'s own address',
      value,
      start: match.index,
      end: match.index + value.length,
      suggestion: 'Replace it with the school office\'s public e-mail address.',
    });
  }
  for (const match of text.matchAll(POSTCODE)) {
    const value = match[0];
    if (allowedPostcodes.has(compactPostcode(value))) continue;
    found.push({
      kind: 'postcode',
      label: 'A postcode',
      why: 'a postcode can locate a home; only the school\'s own address may be published',
      value,
      start: match.index,
      end: match.index + value.length,
      suggestion: 'Remove the postcode, or give the town only.',
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/** Digits in national form: +44 (0)20… and 0044 20… become 020… */
function nationalDigits(value: string): string {
  let digits = digitsOf(value.replace(/\(0\)/, ''));
  if (/^\s*(?:\+|00)/.test(value)) digits = '0' + digits.replace(/^0{0,2}44/, '');
  return digits;
}

function isUkPhone(digits: string): boolean {
  if (!digits.startsWith('0')) return false;
  if (/^0[1-3]/.test(digits)) return digits.length === 10 || digits.length === 11;
  if (/^07/.test(digits)) return digits.length === 11;
  if (/^0[89]/.test(digits)) return digits.length === 10 || digits.length === 11;
  return false;
}

function compactPostcode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}
