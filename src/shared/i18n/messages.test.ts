import { describe, expect, test } from 'vitest';
import { errorCodes } from '../error-codes';
import type { OrgNumberProblem } from '../identity/org-number';
import { parseBankgiro, parsePlusgiro, type PaymentAccountProblem } from '../identity/payment-account';
import { en } from './en';
import { catalogues, isMessageKey, message } from './messages';
import { sv } from './sv';

// Exhaustive by type: adding a problem to a parser without listing it here fails to compile.
const identityProblems: Record<OrgNumberProblem | PaymentAccountProblem, true> = {
  'orgNumber.empty': true,
  'orgNumber.characters': true,
  'orgNumber.length': true,
  'orgNumber.personalIdentityNumber': true,
  'orgNumber.checkDigit': true,
  'bankgiro.format': true,
  'bankgiro.checkDigit': true,
  'plusgiro.format': true,
  'plusgiro.checkDigit': true,
};

describe('message catalogues', () => {
  test('Swedish and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  test.each(errorCodes)('error code %s has a Swedish and an English text', (code) => {
    expect(Object.hasOwn(sv, code)).toBe(true);
    expect(Object.hasOwn(en, code)).toBe(true);
    expect(sv[code].trim().length).toBeGreaterThan(5);
    expect(en[code].trim().length).toBeGreaterThan(5);
  });

  test.each(Object.keys(identityProblems))('identity problem %s has texts', (key) => {
    expect(isMessageKey(key)).toBe(true);
  });

  test('no text is left untranslated or empty', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(sv[key], key).not.toBe('');
      expect(en[key], key).not.toBe(sv[key]);
    }
  });

  test('Swedish texts are written in Swedish', () => {
    expect(sv['auth.wrongCredentials']).toBe('Fel användarnamn eller lösenord.');
    expect(sv['password.tooShort']).toBe('Lösenordet måste ha minst 12 tecken.');
  });

  test('the example numbers the messages give are themselves valid', () => {
    const bankgiroExamples = sv['bankgiro.format'].match(/\d{3,4}-\d{4}/g) ?? [];
    expect(bankgiroExamples).toEqual(['123-4566', '1234-5674']);
    for (const example of bankgiroExamples) expect(parseBankgiro(example).ok, example).toBe(true);
    const plusgiroExample = /\d[\d ]*-\d/.exec(sv['plusgiro.format'])?.[0];
    expect(plusgiroExample).toBe('90 01 22-3');
    expect(parsePlusgiro(plusgiroExample ?? '').ok).toBe(true);
    expect(en['bankgiro.format']).toContain('123-4566 or 1234-5674');
    expect(en['plusgiro.format']).toContain('90 01 22-3');
  });
});

describe('message()', () => {
  test('gives Swedish by default and English on request', () => {
    expect(message('locked')).toBe(sv.locked);
    expect(message('locked', 'sv')).toBe('Appen är låst. Lås upp för att fortsätta.');
    expect(message('locked', 'en')).toBe('The app is locked. Unlock it to continue.');
    expect(catalogues.en).toBe(en);
  });

  test('falls back to the generic text for unknown keys, including inherited property names', () => {
    for (const key of ['no.such.key', 'toString', '__proto__', 'constructor', '']) {
      expect(isMessageKey(key)).toBe(false);
      expect(message(key)).toBe('Ogiltigt värde.');
      expect(message(key, 'en')).toBe('Invalid value.');
    }
  });
});
