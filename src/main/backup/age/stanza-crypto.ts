// The AEAD that wraps a file key inside a recipient stanza: ChaCha20-Poly1305
// with an all-zero nonce (the age spec; safe because each wrapping key is used once).
import { createCipheriv, createDecipheriv } from 'node:crypto';

const zeroNonce = Buffer.alloc(12);

export function sealFileKey(key: Uint8Array, fileKey: Uint8Array): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', key, zeroNonce, { authTagLength: 16 });
  return Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
}

/** The file key, or null when the key does not open the body. */
export function openFileKey(key: Uint8Array, body: Uint8Array): Buffer | null {
  if (body.length !== 32) return null;
  try {
    const decipher = createDecipheriv('chacha20-poly1305', key, zeroNonce, { authTagLength: 16 });
    decipher.setAuthTag(body.subarray(16));
    return Buffer.concat([decipher.update(body.subarray(0, 16)), decipher.final()]);
  } catch {
    return null;
  }
}
