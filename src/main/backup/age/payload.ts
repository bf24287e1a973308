// The age payload (STREAM): 64 KiB chunks, each sealed with ChaCha20-Poly1305
// under an 11-byte big-endian counter and a last-chunk flag. Native OpenSSL
// crypto, several times faster than the pure-JS cipher in age-encryption.
// A reordered, duplicated, dropped or truncated chunk fails authentication.
import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';

export const chunkSize = 64 * 1024;
const tagSize = 16;
export const sealedChunkSize = chunkSize + tagSize;

/** Thrown when the payload does not authenticate: the file was changed or cut short. */
export class PayloadError extends Error {
  override name = 'PayloadError';
}

export function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
}

class ChunkNonce {
  private readonly bytes = Buffer.alloc(12);
  next(last: boolean): Buffer {
    const nonce = Buffer.from(this.bytes);
    nonce[11] = last ? 1 : 0;
    for (let i = 10; i >= 0; i--) {
      this.bytes[i] = (this.bytes[i]! + 1) & 0xff;
      if (this.bytes[i] !== 0) break;
      if (i === 0) throw new PayloadError('too many chunks');
    }
    return nonce;
  }
}

function seal(key: Buffer, nonce: Buffer, plain: Uint8Array): Buffer[] {
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: tagSize });
  return [cipher.update(plain), cipher.final(), cipher.getAuthTag()];
}

function open(key: Buffer, nonce: Buffer, sealed: Buffer): Buffer {
  if (sealed.length < tagSize) throw new PayloadError('chunk too short');
  try {
    const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: tagSize });
    decipher.setAuthTag(sealed.subarray(sealed.length - tagSize));
    const out = decipher.update(sealed.subarray(0, sealed.length - tagSize));
    decipher.final();
    return out;
  } catch {
    throw new PayloadError('chunk does not authenticate');
  }
}

/** Encrypts a byte stream. A full chunk is held back until it is known whether more follows. */
export async function* encryptPayload(source: AsyncIterable<Uint8Array>, key: Buffer): AsyncGenerator<Buffer> {
  const nonce = new ChunkNonce();
  const buffer = Buffer.alloc(chunkSize);
  let used = 0;
  try {
    for await (const input of source) {
      let offset = 0;
      while (offset < input.length) {
        if (used === chunkSize) {
          yield Buffer.concat(seal(key, nonce.next(false), buffer));
          used = 0;
        }
        const n = Math.min(chunkSize - used, input.length - offset);
        buffer.set(input.subarray(offset, offset + n), used);
        used += n;
        offset += n;
      }
    }
    yield Buffer.concat(seal(key, nonce.next(true), buffer.subarray(0, used)));
  } finally {
    // The plaintext (the database key file among it) is not left behind in memory.
    buffer.fill(0);
  }
}

/** Decrypts and authenticates chunk by chunk; throws PayloadError at the first bad or missing chunk. */
export async function* decryptPayload(source: AsyncIterable<Uint8Array>, key: Buffer): AsyncGenerator<Buffer> {
  const nonce = new ChunkNonce();
  const buffer = Buffer.alloc(sealedChunkSize);
  let used = 0;
  let first = true;
  for await (const input of source) {
    let offset = 0;
    while (offset < input.length) {
      if (used === sealedChunkSize) {
        yield open(key, nonce.next(false), buffer);
        used = 0;
        first = false;
      }
      const n = Math.min(sealedChunkSize - used, input.length - offset);
      buffer.set(input.subarray(offset, offset + n), used);
      used += n;
      offset += n;
    }
  }
  const last = open(key, nonce.next(true), buffer.subarray(0, used));
  // Only an empty file may end with an empty chunk (the age spec).
  if (last.length === 0 && !first) throw new PayloadError('empty last chunk');
  yield last;
}
