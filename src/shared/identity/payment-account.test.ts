import { describe, expect, test } from 'vitest';
import { parseBankgiro, parsePaymentAccount, parsePlusgiro } from './payment-account';

describe('parseBankgiro', () => {
  test.each([
    ['5050-1055', '5050-1055'],
    ['50501055', '5050-1055'],
    ['900-8004', '900-8004'],
    ['9008004', '900-8004'],
    [' 1234-5674 ', '1234-5674'],
    ['123 4566', '123-4566'],
  ])('accepts %j as %j', (raw, value) => {
    expect(parseBankgiro(raw)).toEqual({ ok: true, value });
  });

  test.each(['5050-1056', '900-8005', '12345678', '1234567'])('refuses a wrong check digit in %j', (raw) => {
    expect(parseBankgiro(raw)).toEqual({ ok: false, problem: 'bankgiro.checkDigit' });
  });

  test.each(['', '123456', '12-34567', '505010555', '5050-10555', '50-50-1055', 'BG 5050-1055', '5050-105S'])(
    'refuses a wrong length or shape %j',
    (raw) => {
      expect(parseBankgiro(raw)).toEqual({ ok: false, problem: 'bankgiro.format' });
    },
  );
});

describe('parsePlusgiro', () => {
  test.each([
    ['90 01 22-3', '900122-3'],
    ['9001223', '900122-3'],
    ['18-2', '18-2'],
    ['182', '18-2'],
    ['4 10 00-1', '41000-1'],
    ['1234 5674', '1234567-4'],
  ])('accepts %j as %j', (raw, value) => {
    expect(parsePlusgiro(raw)).toEqual({ ok: true, value });
  });

  test.each(['90 01 22-8', '9001224', '41000-4'])('refuses a wrong check digit in %j', (raw) => {
    expect(parsePlusgiro(raw)).toEqual({ ok: false, problem: 'plusgiro.checkDigit' });
  });

  test.each(['', '1', '-1', '123456789', '12345678-9', '90-01-22-3', 'PG 900122-3'])(
    'refuses a wrong length or shape %j',
    (raw) => {
      expect(parsePlusgiro(raw)).toEqual({ ok: false, problem: 'plusgiro.format' });
    },
  );
});

describe('parsePaymentAccount', () => {
  test('checks the number by the kind chosen', () => {
    // 900122-3 is a valid plusgiro number but too short for a bankgiro number.
    expect(parsePaymentAccount('plusgiro', '900122-3')).toEqual({ ok: true, value: '900122-3' });
    expect(parsePaymentAccount('bankgiro', '900122-3')).toEqual({ ok: false, problem: 'bankgiro.format' });
    expect(parsePaymentAccount('bankgiro', '5050-1055')).toEqual({ ok: true, value: '5050-1055' });
    expect(parsePaymentAccount('plusgiro', '5050-1055')).toEqual({ ok: false, problem: 'plusgiro.format' });
  });
});
