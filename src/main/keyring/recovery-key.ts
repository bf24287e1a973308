// The recovery key: 200 random bits as 40 Crockford base32 characters, shown in
// groups of four for copying and printing. Parsing forgives case, spaces,
// dashes and the look-alike letters I, L (→1) and O (→0).
import { randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function generateRecoveryKey(): string {
  return encode(randomBytes(25));
}

function encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

export function formatRecoveryKey(key: string): string {
  return key.match(/.{1,4}/g)?.join('-') ?? key;
}

/** Normalises typed input to the canonical 40 characters, or null if it can't be a recovery key. */
export function normaliseRecoveryKey(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (cleaned.length !== 40) return null;
  for (const c of cleaned) if (!alphabet.includes(c)) return null;
  return cleaned;
}
