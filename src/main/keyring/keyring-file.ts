// The keyring file beside the database: the master key wrapped once per user
// (password slot) and once for the recovery key. Holds no secret in the clear.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-write';

const scryptParams = z.object({
  name: z.literal('scrypt'),
  logN: z.number().int().min(1).max(22),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
  salt: z.string(),
});
const wrapped = z.object({ nonce: z.string(), ciphertext: z.string(), tag: z.string() });

export const passwordSlot = z.object({
  kind: z.literal('password'),
  userId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  kdf: scryptParams,
  wrapped,
});
export const recoverySlot = z.object({ kind: z.literal('recovery'), kdf: scryptParams, wrapped });

/**
 * The audit chain's head as last seen by this installation, MAC'd with a key
 * derived from the master key (audit/audit-head.ts). It may lag the database,
 * never lead it; `lockedSeq` is the last locked-queue number moved into the chain.
 */
export const storedAuditHead = z.object({
  lastId: z.number().int().min(0),
  hash: z.string(),
  count: z.number().int().min(0),
  at: z.string().nullable(),
  lockedSeq: z.number().int().min(0),
  mac: z.string(),
});

export const keyringSchema = z.object({
  format: z.literal('iop-desk-keyring'),
  version: z.literal(1),
  installationId: z.string(),
  organisationName: z.string(),
  createdAt: z.string(),
  slots: z.array(z.discriminatedUnion('kind', [passwordSlot, recoverySlot])),
  auditHead: storedAuditHead.optional(),
});

export type Keyring = z.infer<typeof keyringSchema>;
export type PasswordSlot = z.infer<typeof passwordSlot>;
export type RecoverySlot = z.infer<typeof recoverySlot>;
export type StoredAuditHead = z.infer<typeof storedAuditHead>;

export function readKeyring(file: string): Keyring | null {
  if (!existsSync(file)) return null;
  return keyringSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function writeKeyring(file: string, keyring: Keyring): void {
  writeFileAtomic(file, `${JSON.stringify(keyring, null, 2)}\n`);
}
