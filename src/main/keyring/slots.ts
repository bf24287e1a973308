// Creating and opening key slots. Each slot wraps the same master key. Every
// slot key derived here is zeroed as soon as it has wrapped or unwrapped.
import { deriveKey, newScryptParams, type KdfCost } from './kdf';
import { unwrapKey, wrapKey } from './key-wrap';
import type { Keyring, PasswordSlot, RecoverySlot } from './keyring-file';

const passwordAad = (installationId: string, userId: number) => `iop-desk/${installationId}/password/${userId}`;
const recoveryAad = (installationId: string) => `iop-desk/${installationId}/recovery`;

export async function makePasswordSlot(
  installationId: string,
  masterKey: Buffer,
  user: { userId: number; username: string; displayName: string },
  password: string,
  cost: KdfCost,
): Promise<PasswordSlot> {
  const kdf = newScryptParams(cost);
  const slotKey = await deriveKey(password, kdf);
  try {
    return { kind: 'password', ...user, kdf, wrapped: wrapKey(masterKey, slotKey, passwordAad(installationId, user.userId)) };
  } finally {
    slotKey.fill(0);
  }
}

export async function makeRecoverySlot(
  installationId: string,
  masterKey: Buffer,
  recoveryKey: string,
  cost: KdfCost,
): Promise<RecoverySlot> {
  const kdf = newScryptParams(cost);
  const slotKey = await deriveKey(recoveryKey, kdf);
  try {
    return { kind: 'recovery', kdf, wrapped: wrapKey(masterKey, slotKey, recoveryAad(installationId)) };
  } finally {
    slotKey.fill(0);
  }
}

export function findPasswordSlot(keyring: Keyring, username: string): PasswordSlot | undefined {
  return keyring.slots.find((s): s is PasswordSlot => s.kind === 'password' && s.username === username);
}

export async function openPasswordSlot(keyring: Keyring, slot: PasswordSlot, password: string): Promise<Buffer | null> {
  const slotKey = await deriveKey(password, slot.kdf);
  try {
    return unwrapKey(slot.wrapped, slotKey, passwordAad(keyring.installationId, slot.userId));
  } finally {
    slotKey.fill(0);
  }
}

export async function openRecoverySlot(keyring: Keyring, recoveryKey: string): Promise<Buffer | null> {
  const slot = keyring.slots.find((s): s is RecoverySlot => s.kind === 'recovery');
  if (!slot) return null;
  const slotKey = await deriveKey(recoveryKey, slot.kdf);
  try {
    return unwrapKey(slot.wrapped, slotKey, recoveryAad(keyring.installationId));
  } finally {
    slotKey.fill(0);
  }
}

/** Returns a keyring with the user's slot replaced (or added). */
export function withPasswordSlot(keyring: Keyring, slot: PasswordSlot): Keyring {
  return { ...keyring, slots: [...keyring.slots.filter((s) => !(s.kind === 'password' && s.userId === slot.userId)), slot] };
}

export function withoutPasswordSlot(keyring: Keyring, userId: number): Keyring {
  return { ...keyring, slots: keyring.slots.filter((s) => !(s.kind === 'password' && s.userId === userId)) };
}
