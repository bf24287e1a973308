// Wraps the master key with a slot key using AES-256-GCM. The slot's identity
// is bound as associated data, so a slot cannot be moved to another user.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { secretBuffer } from './secret-buffer';

export interface WrappedKey {
  nonce: string; // base64, 12 bytes
  ciphertext: string; // base64
  tag: string; // base64, 16 bytes
}

export function wrapKey(masterKey: Buffer, slotKey: Buffer, aad: string): WrappedKey {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', slotKey, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(masterKey), cipher.final()]);
  return { nonce: nonce.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/**
 * Returns the master key, or null when the slot key (password) is wrong.
 *
 * Deciphered one byte per call: Node copies each update's output into a
 * right-sized buffer and frees the first one without clearing it, so a
 * whole-key update would leave a copy of the key in freed memory. One byte at a
 * time leaves at most single, scattered bytes; every piece we get is zeroed.
 */
export function unwrapKey(wrapped: WrappedKey, slotKey: Buffer, aad: string): Buffer | null {
  const ciphertext = Buffer.from(wrapped.ciphertext, 'base64');
  const key = secretBuffer(ciphertext.length);
  try {
    const decipher = createDecipheriv('aes-256-gcm', slotKey, Buffer.from(wrapped.nonce, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    let at = 0;
    for (let i = 0; i < ciphertext.length; i++) {
      const piece = decipher.update(ciphertext.subarray(i, i + 1));
      at += piece.copy(key, at);
      piece.fill(0);
    }
    const rest = decipher.final();
    at += rest.copy(key, at);
    rest.fill(0);
    if (at !== key.length) throw new Error('short key');
    return key;
  } catch {
    key.fill(0);
    return null;
  }
}
