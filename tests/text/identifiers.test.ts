// UK identifier validators, on the open anchor's (Microsoft Presidio's UK recognisers) own valid and
// invalid cases, plus cases written from the official formats.
import { describe, expect, it } from 'vitest';
import { isValidDrivingLicence, isValidNhsNumber, isValidNino, isValidUpn, upnCheckLetter } from '../../src/text/identifiers.js';
import { findPersonalData } from '../../src/text/personal-data.js';

const config = { root: '/tmp' };
const kinds = (text: string) => findPersonalData(text, config).map((m) => m.kind);

describe('NHS number (modulus 11)', () => {
  it.each(['401-023-2137', '221 395 1837', '0032698674', '943 476 5919'])('valid: %s', (n) => expect(isValidNhsNumber(n)).toBe(true));
  it.each(['401-023-2138', '943 476 5910', '1234567890', '0000000001'])('invalid: %s', (n) => expect(isValidNhsNumber(n)).toBe(false));
  it('a random ten-digit number is not an NHS number in prose', () => expect(kinds('Order 1234567890 arrived')).toEqual([]));
});

describe('National Insurance number (HMRC prefix rules)', () => {
  it.each(['AA 12 34 56 B', 'hh 01 02 03 d', 'tw987654a', 'PR 123612C', 'YZ 61 48 68 B', 'AB 123456 C'])('valid: %s', (n) => expect(isValidNino(n)).toBe(true));
  it.each(['AA 12 34 56 H', 'FQ 00 00 00 C', 'BG123612A', 'nt 99 88 77 a', 'UV 98 76 54 B', 'GB 12 34 56 A', 'ZZ 12 34 56 A', 'AO 12 34 56 A', 'DA 12 34 56 A'])('invalid: %s', (n) =>
    expect(isValidNino(n)).toBe(false),
  );
  it('Presidio cases in sentences', () => {
    expect(kinds('nino: PR 123612C')).toEqual(['ni-number']);
    expect(kinds('Here is my National Insurance Number YZ 61 48 68 B')).toEqual(['ni-number']);
    expect(kinds("This isn't a valid national insurance number UV 98 76 54 B")).toEqual([]);
  });
  it('a lowercase English word is not a prefix without context', () => expect(kinds('we raised it by 250000 a year')).toEqual([]));
});

describe('Unique Pupil Number (DfE check letter)', () => {
  const body = '201123421001';
  const upn = upnCheckLetter(body) + body;
  it('valid', () => expect(isValidUpn(upn)).toBe(true));
  it('the check letter is the modulus-23 letter', () => expect(upn).toBe('E201123421001'));
  it('a wrong check letter fails', () => expect(isValidUpn('A' + body)).toBe(false));
  it('a temporary UPN ends in a letter', () => {
    const temporary = '20112342100A';
    expect(isValidUpn(upnCheckLetter(temporary) + temporary)).toBe(true);
  });
});

describe('DVLA driving licence number', () => {
  it.each(['MORGA657054SM9IJ', 'JONES710238J99AB', 'SMITH961012AB9CD'])('valid: %s', (n) => expect(isValidDrivingLicence(n)).toBe(true));
  it.each(['MORGA613054SM9IJ', 'MORGA657354SM9IJ', 'M9RGA657054SM9IJ', 'MORGA657054SM9I'])('invalid: %s', (n) => expect(isValidDrivingLicence(n)).toBe(false));
});
