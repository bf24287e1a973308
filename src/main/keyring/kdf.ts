// Password-based key derivation for key slots: scrypt N=2^17, r=8, p=1.
// Lower costs exist only for tests and are chosen explicitly by the caller.
import { randomBytes, scrypt } from 'node:crypto';

export interface ScryptParams {
  name: 'scrypt';
  logN: number;
  r: number;
  p: number;
  salt: string; // base64
}

export const productionKdf = { logN: 17, r: 8, p: 1 } as const;
/** Only for automated tests and the throwaway preview: cheap enough for many unlocks. */
export const testKdf = { logN: 10, r: 8, p: 1 } as const;
export type KdfCost = { logN: number; r: number; p: number };

export function newScryptParams(cost: KdfCost): ScryptParams {
  return { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
}

export function deriveKey(secret: string, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.logN;
  // scrypt needs 128 * N * r bytes; raise maxmem above Node's 32 MiB default.
  const maxmem = 128 * N * params.r * 2 + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), Buffer.from(params.salt, 'base64'), 32, { N, r: params.r, p: params.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}
