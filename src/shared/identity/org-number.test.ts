import { describe, expect, test } from 'vitest';
import { parseOrgNumber } from './org-number';

describe('parseOrgNumber accepts real organisation numbers and normalises them to NNNNNN-NNNN', () => {
  test.each([
    ['Region Skåne', '232100-0255', '232100-0255'],
    ['Malmö stad', '2120001124', '212000-1124'],
    ['Svenska Röda Korset', '802002-8711', '802002-8711'],
    ['Rädda Barnen', '8020028638', '802002-8638'],
    ['Stockholms stadsmission', ' 802003-1954 ', '802003-1954'],
  ])('%s: %j', (_name, raw, normalised) => {
    expect(parseOrgNumber(raw)).toEqual({ ok: true, value: normalised });
  });

  test.each(['802002 8711', '80 20 02-87 11', '802002 - 8711', '\t8020028711\n'])(
    'ignores spaces: %j',
    (raw) => {
      expect(parseOrgNumber(raw)).toEqual({ ok: true, value: '802002-8711' });
    },
  );
});

describe('parseOrgNumber refuses', () => {
  test.each([
    ['802002-8712', 'orgNumber.checkDigit'],
    ['232100-0256', 'orgNumber.checkDigit'],
    ['2120001120', 'orgNumber.checkDigit'],
  ])('a wrong check digit: %j → %s', (raw, problem) => {
    expect(parseOrgNumber(raw)).toEqual({ ok: false, problem });
  });

  test.each([
    ['802002-871', 'nine digits'],
    ['802002871', 'nine digits without dash'],
    ['802002-87111', 'eleven digits'],
    ['80200287111', 'eleven digits without dash'],
    ['8020-028711', 'dash in the wrong place'],
    ['80-2002-8711', 'two dashes'],
    ['-', 'only a dash'],
  ])('a wrong length or shape: %j (%s)', (raw) => {
    expect(parseOrgNumber(raw)).toEqual({ ok: false, problem: 'orgNumber.length' });
  });

  test.each(['80200A-8711', 'SE802002871101', '802002–8711', '802002+8711', 'abc', '802002.8711'])(
    'letters and other characters: %j',
    (raw) => {
      expect(parseOrgNumber(raw)).toEqual({ ok: false, problem: 'orgNumber.characters' });
    },
  );

  // Skatteverket's test personal identity numbers (testpersonnummer), never a real person's.
  test.each(['121212-1212', '1212121212', '19121212-1212', '191212121212', '19121212 1212'])(
    'a personal identity number used as an organisation number: %j',
    (raw) => {
      expect(parseOrgNumber(raw)).toEqual({ ok: false, problem: 'orgNumber.personalIdentityNumber' });
    },
  );

  test('a personal identity number with a wrong check digit is still reported as a personal identity number', () => {
    // The third digit already tells: a legal person's number never has 0 or 1 there.
    expect(parseOrgNumber('121212-1213')).toEqual({ ok: false, problem: 'orgNumber.personalIdentityNumber' });
  });

  test.each(['', '   ', '\t'])('an empty value %j', (raw) => {
    expect(parseOrgNumber(raw)).toEqual({ ok: false, problem: 'orgNumber.empty' });
  });
});
