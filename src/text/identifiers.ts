// Validators for UK identifiers, from their official formats: a number that merely looks right is
// not reported unless its check digit (or its structure, where there is no check digit) says so.

/** NHS number: 10 digits, the last a modulus-11 check digit over the first nine (weights 10…2). */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

// HMRC NIM39110: prefixes never issued, and letters never used in the first or second place.
const NINO_BAD_PREFIXES = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
const NINO_BAD_FIRST = new Set('DFIQUV');
const NINO_BAD_SECOND = new Set('DFIOQUV');

/** National Insurance number: two prefix letters, six digits, a suffix A–D. */
export function isValidNino(value: string): boolean {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  const match = /^([A-Z])([A-Z])(\d{6})([A-D])$/.exec(compact);
  if (!match) return false;
  const [, first, second] = match as unknown as [string, string, string];
  if (NINO_BAD_FIRST.has(first) || NINO_BAD_SECOND.has(second)) return false;
  return !NINO_BAD_PREFIXES.has(first + second);
}

// DfE "Unique Pupil Number (UPN) guide": the check letter's alphabet (no I, O, S).
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * Unique Pupil Number: a check letter, then the LA number (3), establishment number (4), year (2)
 * and serial (3); a temporary UPN ends in a letter instead of the last digit. The check letter is
 * the sum of characters 2–13, each times its position, modulo 23.
 */
export function isValidUpn(value: string): boolean {
  const upn = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]$/.test(upn)) return false;
  let sum = 0;
  for (let position = 2; position <= 13; position++) {
    const char = upn[position - 1]!;
    const number = /\d/.test(char) ? Number(char) : UPN_LETTERS.indexOf(char);
    if (number < 0) return false;
    sum += number * position;
  }
  return UPN_LETTERS[sum % 23] === upn[0];
}

/** The check letter a UPN body (12 characters after the letter) should carry — for building test cases. */
export function upnCheckLetter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const char = body[i]!;
    sum += (/\d/.test(char) ? Number(char) : UPN_LETTERS.indexOf(char)) * (i + 2);
  }
  return UPN_LETTERS[sum % 23]!;
}

/**
 * DVLA driving licence number (16 characters): surname (5, padded with 9), decade digit, birth month
 * (plus 5 for women), day, year digit, two initials (padded with 9), an arbitrary digit, two check
 * letters.
 */
export function isValidDrivingLicence(value: string): boolean {
  const licence = value.replace(/\s+/g, '').toUpperCase();
  const match = /^([A-Z][A-Z9]{4})(\d)(\d\d)(\d\d)(\d)([A-Z][A-Z9])(\d)([A-Z]{2})$/.exec(licence);
  if (!match) return false;
  const surname = match[1]!;
  if (/9[A-Z]/.test(surname)) return false; // padding only at the end
  let month = Number(match[3]);
  if (month > 50) month -= 50;
  const day = Number(match[4]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** UK passport number: nine digits (reported only with the word "passport" nearby). */
export function isPassportNumber(value: string): boolean {
  return /^\d{9}$/.test(value.replace(/\s+/g, ''));
}
