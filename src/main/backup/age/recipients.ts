// age recipient stanzas built on Node's own crypto: the scrypt passphrase
// recipient and identity (Node's scrypt runs on the thread pool, so a second
// of key derivation does not stall the main process), and the X25519
// recipient. Each keeps the file key it wraps: the payload is encrypted
// natively (see payload.ts), which needs it. Header encoding, the header MAC
// and X25519 identities stay with the age-encryption package.
import { createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { Stanza, type Identity, type Recipient } from 'age-encryption';
import { fromBase64NoPad, toBase64NoPad } from './base64';
import { decodeBech32 } from './bech32';
import { openFileKey, sealFileKey } from './stanza-crypto';

const scryptLabel = 'age-encryption.org/v1/scrypt';
const x25519Label = 'age-encryption.org/v1/X25519';
/** The age CLI's default work factor; decrypting accepts up to its own limit. */
export const defaultScryptLogN = 18;
const maxScryptLogN = 22;

function scryptKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const labelAndSalt = Buffer.concat([Buffer.from(scryptLabel, 'latin1'), salt]);
  const N = 2 ** logN;
  return new Promise((resolve, reject) =>
    scrypt(passphrase, labelAndSalt, 32, { N, r: 8, p: 1, maxmem: 128 * N * 8 * 2 + 2 ** 20 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** Wraps for a recipient and remembers the file key of the last file. */
export interface KeyCapturingRecipient extends Recipient {
  readonly fileKey: Uint8Array | null;
}

export function scryptRecipient(passphrase: string, logN = defaultScryptLogN): KeyCapturingRecipient {
  let captured: Uint8Array | null = null;
  return {
    get fileKey() {
      return captured;
    },
    async wrapFileKey(fileKey) {
      captured = fileKey;
      const salt = randomBytes(16);
      const key = await scryptKey(passphrase, salt, logN);
      return [new Stanza(['scrypt', toBase64NoPad(salt), String(logN)], sealFileKey(key, fileKey))];
    },
  };
}

export function scryptIdentity(passphrase: string): Identity {
  return {
    async unwrapFileKey(stanzas) {
      for (const s of stanzas) {
        if (s.args[0] !== 'scrypt') continue;
        // The spec: a passphrase-encrypted file has exactly one stanza.
        if (stanzas.length !== 1) throw new Error('scrypt stanza is not alone');
        const [, saltText, logNText] = s.args;
        const salt = saltText === undefined ? null : fromBase64NoPad(saltText);
        if (s.args.length !== 3 || !salt || salt.length !== 16 || !/^[1-9][0-9]*$/.test(logNText ?? '')) {
          throw new Error('invalid scrypt stanza');
        }
        const logN = Number(logNText);
        if (logN > maxScryptLogN) throw new Error('scrypt work factor too high');
        return openFileKey(await scryptKey(passphrase, salt, logN), s.body);
      }
      return null;
    },
  };
}

/** The 32-byte public key inside an `age1…` recipient, or null if the text is not one. */
export function parseX25519Recipient(recipient: string): Buffer | null {
  const decoded = decodeBech32(recipient.trim());
  return decoded && decoded.hrp === 'age' && decoded.data.length === 32 ? decoded.data : null;
}

const rawPublicKey = (key: ReturnType<typeof createPublicKey>) =>
  Buffer.from(key.export({ format: 'jwk' }).x ?? '', 'base64url');

export function x25519Recipient(recipient: string): KeyCapturingRecipient {
  const theirs = parseX25519Recipient(recipient);
  if (!theirs) throw new Error('not an X25519 recipient');
  const theirKey = createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: theirs.toString('base64url') }, format: 'jwk' });
  let captured: Uint8Array | null = null;
  return {
    get fileKey() {
      return captured;
    },
    wrapFileKey(fileKey) {
      captured = fileKey;
      const ephemeral = generateKeyPairSync('x25519');
      const ours = rawPublicKey(ephemeral.publicKey);
      const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: theirKey });
      if (shared.every((b) => b === 0)) throw new Error('low-order X25519 recipient');
      const wrapKey = Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ours, theirs]), x25519Label, 32));
      return [new Stanza(['X25519', toBase64NoPad(ours)], sealFileKey(wrapKey, fileKey))];
    },
  };
}
