import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { unwrapKey, wrapKey } from './key-wrap';

const aad = 'iop-desk/7d1c1f2e/password/1';

describe('wrapping the master key with AES-256-GCM', () => {
  test('unwrapping with the same slot key and associated data gives the master key back', () => {
    const masterKey = randomBytes(32);
    const slotKey = randomBytes(32);
    const wrapped = wrapKey(masterKey, slotKey, aad);
    expect(Buffer.from(wrapped.nonce, 'base64')).toHaveLength(12);
    expect(Buffer.from(wrapped.tag, 'base64')).toHaveLength(16);
    expect(Buffer.from(wrapped.ciphertext, 'base64')).toHaveLength(32);
    expect(Buffer.from(wrapped.ciphertext, 'base64').equals(masterKey)).toBe(false);
    expect(unwrapKey(wrapped, slotKey, aad)?.equals(masterKey)).toBe(true);
  });

  test('a wrong slot key returns null instead of throwing', () => {
    const wrapped = wrapKey(randomBytes(32), randomBytes(32), aad);
    expect(unwrapKey(wrapped, randomBytes(32), aad)).toBeNull();
  });

  test('other associated data returns null: a slot is bound to its user', () => {
    const slotKey = randomBytes(32);
    const wrapped = wrapKey(randomBytes(32), slotKey, aad);
    expect(unwrapKey(wrapped, slotKey, 'iop-desk/7d1c1f2e/password/2')).toBeNull();
  });

  test('any change to the ciphertext, tag or nonce returns null', () => {
    const slotKey = randomBytes(32);
    const wrapped = wrapKey(randomBytes(32), slotKey, aad);
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString('base64');
    };
    expect(unwrapKey({ ...wrapped, ciphertext: flip(wrapped.ciphertext) }, slotKey, aad)).toBeNull();
    expect(unwrapKey({ ...wrapped, tag: flip(wrapped.tag) }, slotKey, aad)).toBeNull();
    expect(unwrapKey({ ...wrapped, nonce: flip(wrapped.nonce) }, slotKey, aad)).toBeNull();
    expect(unwrapKey({ ...wrapped, tag: '' }, slotKey, aad)).toBeNull();
  });

  test('each wrap uses a fresh nonce', () => {
    const masterKey = randomBytes(32);
    const slotKey = randomBytes(32);
    const a = wrapKey(masterKey, slotKey, aad);
    const b = wrapKey(masterKey, slotKey, aad);
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });
});
