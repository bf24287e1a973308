// Where a backup comes from. Anyone holding the public backup key (or a
// passphrase) can make an age file the app opens, so the file's own hashes
// prove nothing about its origin. Format 2 seals the hashes of every entry
// with an HMAC whose key is derived (HKDF) from the installation's master key:
// only the installation that made the backup (or someone who can already
// decrypt its backups, and so holds the master key) can make a seal that
// verifies. The key fingerprint, also derived from the master key, lets an
// administrator compare a backup with a printed record where no key is at hand
// (a fresh restore on a new machine).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { hkdfSha256 } from '../keyring/hkdf';
import type { BackupOrigin } from '../../shared/ipc/backup';
import { sealFormat, type Seal, type SealEntry } from './manifest';

const salt = Buffer.from('iop-desk', 'utf8');

function derive(masterKey: Buffer, info: string, length: number): Buffer {
  if (masterKey.length !== 32) throw new Error('master key must be 32 bytes');
  return hkdfSha256(masterKey, salt, info, length);
}

/** 128 bits derived from the master key, as 8 groups of 4 hex digits (reveals nothing about the key). */
export function keyFingerprint(masterKey: Buffer): string {
  const bytes = derive(masterKey, 'iop-desk key fingerprint v1', 16);
  const hex = bytes.toString('hex').toUpperCase();
  bytes.fill(0);
  return hex.match(/.{4}/g)!.join('-');
}

function macInput(entries: SealEntry[]): Buffer {
  // Fixed field order, so writer and reader hash the same bytes.
  const canonical = entries.map((e) => ({ name: e.name, size: e.size, sha256: e.sha256 }));
  return Buffer.from(`${sealFormat} v1\n${JSON.stringify(canonical)}`, 'utf8');
}

function mac(masterKey: Buffer, entries: SealEntry[]): Buffer {
  const key = derive(masterKey, 'iop-desk backup seal v1', 32);
  try {
    return createHmac('sha256', key).update(macInput(entries)).digest();
  } finally {
    key.fill(0);
  }
}

export function makeSeal(masterKey: Buffer, entries: SealEntry[]): Seal {
  return {
    format: sealFormat,
    version: 1,
    entries,
    mac: { algorithm: 'HMAC-SHA256', key: 'HKDF-SHA256(master key, info "iop-desk backup seal v1")', value: mac(masterKey, entries).toString('hex') },
  };
}

/** Whether the seal over these (recomputed) entries was made with this master key. */
export function sealVerifies(masterKey: Buffer, entries: SealEntry[], seal: Seal): boolean {
  const expected = mac(masterKey, entries);
  const given = Buffer.from(seal.mac.value, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The origin verdict for a backup opened with its key and, when unlocked, the running installation's key. */
export function originOf(
  backup: { formatVersion: number; installationId: string; masterKey: Buffer; sealedBy: (key: Buffer) => boolean },
  runningKey: Buffer | null,
): BackupOrigin {
  const base = { installationId: backup.installationId, keyFingerprint: keyFingerprint(backup.masterKey) };
  if (backup.formatVersion < 2) return { ...base, proof: 'none' };
  if (!runningKey) return { ...base, proof: 'notChecked' };
  return { ...base, proof: backup.sealedBy(runningKey) ? 'verified' : 'mismatch' };
}
