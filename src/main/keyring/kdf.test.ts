import { scryptSync } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { deriveKey, newScryptParams, productionKdf, testKdf } from './kdf';

describe('key derivation for key slots', () => {
  test('production cost is scrypt N=2^17, r=8, p=1', () => {
    expect(productionKdf).toEqual({ logN: 17, r: 8, p: 1 });
    expect(2 ** productionKdf.logN).toBe(131_072);
  });

  test('the test cost is explicitly cheaper and only differs in N', () => {
    expect(testKdf).toEqual({ logN: 10, r: 8, p: 1 });
  });

  test("Node's default memory limit is too small for the production cost, so deriveKey must raise it", () => {
    expect(() => scryptSync('x', 'salt', 32, { N: 2 ** 17, r: 8, p: 1 })).toThrow(
      /memory|Invalid scrypt param/i,
    );
  });

  test('one derivation with production parameters works and gives the known scrypt output', async () => {
    // Expected value computed with scryptSync('korrekt-häst-batteri-9', salt, 32, { N: 2^17, r: 8, p: 1 }).
    const params = { name: 'scrypt' as const, ...productionKdf, salt: 'AAECAwQFBgcICQoLDA0ODw==' };
    const started = performance.now();
    const key = await deriveKey('korrekt-häst-batteri-9', params);
    const elapsed = performance.now() - started;
    expect(key.toString('hex')).toBe('cac7dfc5646fe54b56f409517b44b815a8406b0b7d3717800ecafc9e99654005');
    // Sanity of the cost: 128 MiB of memory-hard work cannot be instant.
    expect(elapsed).toBeGreaterThan(20);
  });

  test('a new parameter set has a fresh 16-byte salt', () => {
    const a = newScryptParams(testKdf);
    const b = newScryptParams(testKdf);
    expect(a).toMatchObject({ name: 'scrypt', logN: 10, r: 8, p: 1 });
    expect(Buffer.from(a.salt, 'base64')).toHaveLength(16);
    expect(a.salt).not.toBe(b.salt);
  });

  test('the password is NFC-normalised, so å typed as a + ring gives the same key', async () => {
    const params = newScryptParams(testKdf);
    const composed = await deriveKey('blåbärssylt-2026', params);
    const decomposed = await deriveKey('bla\u030Abärssylt-2026', params);
    expect(decomposed.equals(composed)).toBe(true);
    expect((await deriveKey('blabärssylt-2026', params)).equals(composed)).toBe(false);
  });

  test('a different salt gives a different key', async () => {
    const a = await deriveKey('samma-lösenord-1', newScryptParams(testKdf));
    const b = await deriveKey('samma-lösenord-1', newScryptParams(testKdf));
    expect(a).toHaveLength(32);
    expect(a.equals(b)).toBe(false);
  });
});
