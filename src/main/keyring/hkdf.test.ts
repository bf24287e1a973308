import { hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { hkdfSha256 } from './hkdf';

describe('HKDF-SHA256 as two HMACs', () => {
  test('gives what Node’s hkdfSync gives, for every length of one block', () => {
    for (let i = 0; i < 20; i++) {
      const ikm = randomBytes(32);
      for (const length of [16, 31, 32]) {
        const expected = Buffer.from(hkdfSync('sha256', ikm, 'iop-desk', `info ${i}`, length));
        expect(hkdfSha256(ikm, 'iop-desk', `info ${i}`, length)).toEqual(expected);
      }
    }
  });

  test('matches RFC 5869 test case 1 (first 32 bytes)', () => {
    const ikm = Buffer.alloc(22, 0x0b);
    const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
    const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
    expect(hkdfSha256(ikm, salt, info, 32).toString('hex')).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf',
    );
  });

  test('refuses more than one block', () => {
    expect(() => hkdfSha256(randomBytes(32), 's', 'i', 33)).toThrow();
  });
});
