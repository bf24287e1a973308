// Ed25519 with Node's own crypto: key pairs, signatures, and the public key
// as base64 of its raw 32 bytes (in cards and manifests; README.md, "Partner exchange"
// shows how to turn it into PEM for `openssl pkeyutl -verify`).
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export interface SigningKeyPair {
  /** PKCS#8 PEM: kept only in the encrypted database. */
  privateKeyPem: string;
  /** base64 of the raw 32-byte public key. */
  publicKey: string;
}

const rawOf = (key: KeyObject): Buffer => Buffer.from(key.export({ format: 'jwk' }).x ?? '', 'base64url');

export function generateSigningKeyPair(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: rawOf(publicKey).toString('base64'),
  };
}

/** The public key object, or null when the text is not a 32-byte key. */
export function publicKeyOf(base64: string): KeyObject | null {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32 || raw.toString('base64') !== base64) return null;
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
  } catch {
    return null;
  }
}

export function signBytes(privateKeyPem: string, data: Uint8Array): Buffer {
  return sign(null, data, createPrivateKey(privateKeyPem));
}

export function verifyBytes(publicKey: string, data: Uint8Array, signature: Uint8Array): boolean {
  const key = publicKeyOf(publicKey);
  if (!key || signature.length !== 64) return false;
  try {
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
}
