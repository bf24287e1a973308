// Fixtures are Skatteverket's published test number 19121212-1212 (121212-1212)
// and its example 811218-9876; other cases are derived from them by changing
// one part and recomputing the check digit, so each test fails for one reason.
import { describe, expect, test } from 'vitest';
import {
  ageOn,
  composeIdentityNumber,
  parseIdentityNumber,
  shortIdentityNumber,
} from './personal-identity-number';

const today = '2026-03-02';
const parse = (raw: string, reference = today) => parseIdentityNumber(raw, reference);

describe('parseIdentityNumber', () => {
  test('accepts the 12-digit form with and without a dash', () => {
    const expected = { kind: 'personnummer', value: '19121212-1212', birthDate: '1912-12-12' };
    expect(parse('191212121212')).toEqual({ ok: true, value: expected });
    expect(parse('19121212-1212')).toEqual({ ok: true, value: expected });
  });

  test('a 10-digit number with a dash belongs to someone under 100', () => {
    expect(parse('121212-1212')).toEqual({
      ok: true,
      value: { kind: 'personnummer', value: '20121212-1212', birthDate: '2012-12-12' },
    });
    expect(parse('811218-9876')).toEqual({
      ok: true,
      value: { kind: 'personnummer', value: '19811218-9876', birthDate: '1981-12-18' },
    });
  });

  test('century +: a plus sign means the person is 100 or older', () => {
    expect(parse('121212+1212')).toEqual({
      ok: true,
      value: { kind: 'personnummer', value: '19121212-1212', birthDate: '1912-12-12' },
    });
  });

  test('the century follows the reference date', () => {
    // In 2011, "121212-1212" cannot be 2012 (future), so it is 1912 with a dash until 2012.
    expect(parse('121212-1212', '2013-01-01')).toMatchObject({
      ok: true,
      value: { birthDate: '2012-12-12' },
    });
    expect(parse('121212-1212', '2011-06-01')).toMatchObject({
      ok: true,
      value: { birthDate: '1912-12-12' },
    });
  });

  test('samordningsnummer: day + 60', () => {
    expect(parse('121272-1219')).toEqual({
      ok: true,
      value: { kind: 'samordningsnummer', value: '20121272-1219', birthDate: '2012-12-12' },
    });
  });

  test('bad check digit is refused', () => {
    expect(parse('121212-1213')).toEqual({ ok: false, problem: 'identityNumber.checkDigit' });
    expect(parse('19121212-1211')).toEqual({ ok: false, problem: 'identityNumber.checkDigit' });
  });

  test('birth number 000 is refused even with a correct check digit', () => {
    expect(parse('121212-0008')).toEqual({ ok: false, problem: 'identityNumber.serial' });
  });

  test('31 February is not a date', () => {
    expect(parse('140231-1235')).toEqual({ ok: false, problem: 'identityNumber.date' });
    expect(parse('20140231-1235')).toEqual({ ok: false, problem: 'identityNumber.date' });
  });

  test('a samordningsnummer day beyond 91 is not a date', () => {
    expect(parse('121292-1212')).toEqual({ ok: false, problem: 'identityNumber.date' });
  });

  test('a birth date after today is refused', () => {
    expect(parse('20301212-1210')).toEqual({ ok: false, problem: 'identityNumber.future' });
  });

  test('empty, letters and wrong length each have their own problem', () => {
    expect(parse('  ')).toEqual({ ok: false, problem: 'identityNumber.empty' });
    expect(parse('1212x2-1212')).toEqual({ ok: false, problem: 'identityNumber.characters' });
    expect(parse('121212-121')).toEqual({ ok: false, problem: 'identityNumber.format' });
    expect(parse('19121212+1212')).toEqual({ ok: false, problem: 'identityNumber.format' });
  });
});

describe('shortIdentityNumber', () => {
  test('uses + from the year the person turns 100', () => {
    expect(shortIdentityNumber('19121212-1212', '2011-12-31')).toBe('121212-1212');
    expect(shortIdentityNumber('19121212-1212', '2012-01-01')).toBe('121212+1212');
    expect(shortIdentityNumber('20121212-1212', today)).toBe('121212-1212');
  });
});

describe('composeIdentityNumber', () => {
  test('computes the check digit so the number parses back', () => {
    const value = composeIdentityNumber('2012-12-12', 121);
    expect(value).toBe('20121212-1212');
    const coordination = composeIdentityNumber('2012-12-12', 121, 'samordningsnummer');
    expect(coordination).toBe('20121272-1219');
    expect(parse(coordination)).toMatchObject({ ok: true, value: { kind: 'samordningsnummer' } });
  });

  test('refuses impossible input', () => {
    expect(() => composeIdentityNumber('2014-02-31', 1)).toThrow();
    expect(() => composeIdentityNumber('2014-02-01', 0)).toThrow();
  });
});

describe('ageOn', () => {
  test('counts whole years, the birthday itself included', () => {
    expect(ageOn('2012-12-12', '2026-12-11')).toBe(13);
    expect(ageOn('2012-12-12', '2026-12-12')).toBe(14);
  });
  test('compares month before day, across year ends and leap days', () => {
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageOn('2012-02-29', '2026-03-01')).toBe(14);
    expect(ageOn('2012-03-01', '2026-02-28')).toBe(13);
    expect(ageOn('2012-01-01', '2025-12-31')).toBe(13);
    expect(ageOn('2012-10-02', '2026-09-30')).toBe(13);
    expect(ageOn('2012-09-30', '2026-10-02')).toBe(14);
    expect(ageOn('2026-03-02', '2026-03-02')).toBe(0);
  });
});
