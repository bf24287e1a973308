// Buffers for key material. A typed array of up to 64 bytes made from a length
// (Buffer.alloc(32), randomBytes(32)) lives inside the V8 heap, where the
// garbage collector moves it and leaves the old copy behind uncleared; native
// calls also copy such small arrays onto the stack. A Buffer over its own
// ArrayBuffer lives outside the heap and never moves, so zeroing it zeroes
// the only copy.
import { randomFillSync } from 'node:crypto';

export function secretBuffer(size: number): Buffer {
  return Buffer.from(new ArrayBuffer(size));
}

/** A copy of `source` in a fresh secret buffer; the caller zeroes it after use. */
export function secretCopy(source: Buffer): Buffer {
  const copy = secretBuffer(source.length);
  source.copy(copy);
  return copy;
}

export function randomSecret(size: number): Buffer {
  return randomFillSync(secretBuffer(size));
}

function overwriteFrames(depth: number, a: number, b: number, c: number, d: number): number {
  const x = a ^ b;
  const y = c ^ d;
  const z = x + y;
  const w = z * 3;
  return depth > 0 ? overwriteFrames(depth - 1, y, z, w, x) + (w & 1) : 0;
}

/**
 * Overwrites the unused part of the main thread's stack below the caller.
 * SQLite3 Multiple Ciphers keeps AES key schedules in stack frames it does not
 * clear (their first round keys are the key itself); deep JS recursion writes
 * its own frames over that region. Call after the database handle is closed.
 */
export function scrubStack(): void {
  overwriteFrames(5000, 1, 2, 3, 4);
}
