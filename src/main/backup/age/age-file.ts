// Whole age files as streams: header (age-encryption's Encrypter/Decrypter,
// with our recipients and identities), then the 16-byte nonce, then the
// natively encrypted payload. The result is a standard age v1 file that
// `age -d` opens.

import { Decrypter, Encrypter } from 'age-encryption';
import type { BackupSecret } from '../../../shared/ipc/backup';
import { decryptPayload, encryptPayload, payloadKey } from './payload';
import { defaultScryptLogN, scryptIdentity, scryptRecipient, x25519Recipient, type KeyCapturingRecipient } from './recipients';

/** Who can open a new file: a passphrase, or one or more X25519 recipients. */
export type AgeTarget = { kind: 'passphrase'; passphrase: string; scryptLogN?: number } | { kind: 'recipients'; recipients: string[] };

/** Why a file could not be opened, as far as the header tells. */
export class AgeOpenError extends Error {
  override name = 'AgeOpenError';
  constructor(readonly reason: 'notAge' | 'wrongSecret' | 'damaged') {
    super(reason);
  }
}

const maxHeaderSize = 64 * 1024;
const nonceSize = 16;

async function headerAndKey(target: AgeTarget): Promise<{ prefix: Buffer; key: Buffer }> {
  const encrypter = new Encrypter();
  const recipients: KeyCapturingRecipient[] =
    target.kind === 'passphrase'
      ? [scryptRecipient(target.passphrase, target.scryptLogN ?? defaultScryptLogN)]
      : target.recipients.map((r) => x25519Recipient(r));
  for (const r of recipients) encrypter.addRecipient(r);
  // The library writes header, nonce and a 16-byte sealed empty payload; we keep
  // header and nonce and write the real payload ourselves.
  const empty = Buffer.from(await encrypter.encrypt(new Uint8Array(0)));
  const prefix = empty.subarray(0, empty.length - 16);
  const fileKey = recipients[0]?.fileKey;
  if (!fileKey) throw new Error('no recipient');
  return { prefix, key: payloadKey(fileKey, prefix.subarray(prefix.length - nonceSize)) };
}

/** Encrypts a byte stream into an age file (as a stream of chunks). */
export async function* encryptAge(source: AsyncIterable<Uint8Array>, target: AgeTarget): AsyncGenerator<Buffer> {
  const { prefix, key } = await headerAndKey(target);
  try {
    yield prefix;
    yield* encryptPayload(source, key);
  } finally {
    key.fill(0);
  }
}

/** Reads exactly the header (through the `--- mac` line) and returns it with what came after it. */
async function readHeader(iterator: AsyncIterator<Uint8Array>): Promise<{ header: Buffer; rest: Buffer }> {
  let data = Buffer.alloc(0);
  for (;;) {
    if (data.length >= 4 && data.subarray(0, 4).toString('latin1') !== 'age-') throw new AgeOpenError('notAge');
    const macLine = data.indexOf('\n--- ');
    if (macLine >= 0) {
      const end = data.indexOf('\n', macLine + 1);
      if (end >= 0) return { header: data.subarray(0, end + 1), rest: data.subarray(end + 1) };
    }
    if (data.length > maxHeaderSize) throw new AgeOpenError(data.toString('latin1', 0, 22) === 'age-encryption.org/v1\n' ? 'damaged' : 'notAge');
    const next = await iterator.next();
    if (next.done) throw new AgeOpenError(data.length < 4 ? 'notAge' : 'damaged');
    data = Buffer.concat([data, next.value]);
  }
}

async function* withPrefix(prefix: Buffer, iterator: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (prefix.length > 0) yield prefix;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * Opens an age file: resolves once the header is authenticated (wrong secret
 * and damaged headers are reported here), then streams the plaintext. The
 * payload stream throws PayloadError if any later chunk is bad or missing.
 */
export async function decryptAge(source: AsyncIterable<Uint8Array>, secret: BackupSecret): Promise<AsyncGenerator<Buffer>> {
  const iterator = source[Symbol.asyncIterator]();
  const { header, rest } = await readHeader(iterator);
  if (!header.subarray(0, 22).equals(Buffer.from('age-encryption.org/v1\n'))) {
    throw new AgeOpenError(header.subarray(0, 15).toString('latin1') === 'age-encryption.' ? 'damaged' : 'notAge');
  }
  const decrypter = new Decrypter();
  if (secret.kind === 'passphrase') decrypter.addIdentity(scryptIdentity(secret.passphrase));
  else decrypter.addIdentity(secret.identity);
  let fileKey: Uint8Array;
  try {
    fileKey = await decrypter.decryptHeader(header);
  } catch (error) {
    const text = error instanceof Error ? error.message : '';
    throw new AgeOpenError(/no identity matched/i.test(text) ? 'wrongSecret' : 'damaged');
  }
  // The nonce follows the header; it may still be in `rest` or in the next chunks.
  let buffered = rest;
  while (buffered.length < nonceSize) {
    const next = await iterator.next();
    if (next.done) throw new AgeOpenError('damaged');
    buffered = Buffer.concat([buffered, next.value]);
  }
  const key = payloadKey(fileKey, buffered.subarray(0, nonceSize));
  const payload = withPrefix(buffered.subarray(nonceSize), iterator);
  return (async function* () {
    try {
      yield* decryptPayload(payload, key);
    } finally {
      key.fill(0);
    }
  })();
}

