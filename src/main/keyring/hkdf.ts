// HKDF-SHA256 (RFC 5869) for keys derived from the master key, up to one
// output block (32 bytes). Written as two HMACs because Node's hkdfSync
// copies the input key into native memory that it frees without clearing
// (the key-residue scan found the master key there); HMAC reads it in place.
import { createHmac } from 'node:crypto';

/** The first `length` (≤ 32) bytes of HKDF-SHA256(ikm, salt, info); the caller zeroes the result. */
export function hkdfSha256(ikm: Buffer, salt: string | Buffer, info: string | Buffer, length: number): Buffer {
  if (length < 1 || length > 32) throw new Error('one HKDF-SHA256 block: 1 to 32 bytes');
  const prk = createHmac('sha256', salt).update(ikm).digest();
  try {
    const block = createHmac('sha256', prk).update(info).update(Buffer.of(1)).digest();
    if (length === 32) return block;
    const out = Buffer.from(block.subarray(0, length));
    block.fill(0);
    return out;
  } finally {
    prk.fill(0);
  }
}
