import { describe, expect, test } from 'vitest';
import { formatRecoveryKey, generateRecoveryKey, normaliseRecoveryKey } from './recovery-key';

const canonical = '0123456789ABCDEFGHJKMNPQRSTVWXYZ01234567';

describe('recovery key', () => {
  test('is 40 Crockford base32 characters (200 random bits)', () => {
    const keys = Array.from({ length: 50 }, generateRecoveryKey);
    for (const key of keys) expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{40}$/);
    expect(new Set(keys).size).toBe(50);
  });

  test('is shown in ten groups of four for copying and printing', () => {
    expect(formatRecoveryKey(canonical)).toBe('0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ-0123-4567');
  });

  test('typed back in its shown form, it normalises to the canonical key', () => {
    const key = generateRecoveryKey();
    expect(normaliseRecoveryKey(formatRecoveryKey(key))).toBe(key);
  });

  test('forgives case, spaces and dashes', () => {
    expect(normaliseRecoveryKey('0123 4567 89ab cdef ghjk mnpq rstv wxyz 0123 4567')).toBe(canonical);
    expect(normaliseRecoveryKey(' 0123-4567-89AB-CDEF-GHJK-\nMNPQ-RSTV-WXYZ-0123-4567 ')).toBe(canonical);
    expect(normaliseRecoveryKey('01234567--89abcdefghjkmnpqrstvwxyz01234567')).toBe(canonical);
  });

  test('reads the look-alike letters I and L as 1 and O as 0', () => {
    expect(normaliseRecoveryKey('O123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ-oI23-4567')).toBe(canonical);
    expect(normaliseRecoveryKey('0L23-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ-0l23-4567')).toBe(canonical);
  });

  test('refuses a wrong length', () => {
    expect(normaliseRecoveryKey(canonical.slice(0, 39))).toBeNull();
    expect(normaliseRecoveryKey(`${canonical}0`)).toBeNull();
    expect(normaliseRecoveryKey('')).toBeNull();
    expect(normaliseRecoveryKey('----')).toBeNull();
  });

  test('refuses characters outside the alphabet', () => {
    // U is left out of Crockford base32; Å and punctuation never occur.
    expect(normaliseRecoveryKey(`U${canonical.slice(1)}`)).toBeNull();
    expect(normaliseRecoveryKey(`Å${canonical.slice(1)}`)).toBeNull();
    expect(normaliseRecoveryKey(`.${canonical.slice(1)}`)).toBeNull();
  });
});
