// Local user accounts, managed by an administrator. A user's password lives
// only as a key slot in the keyring; the database holds name, role and flags.
import type { Role } from '../../shared/roles';
import type { User } from '../../shared/ipc/users';
import { AppFailure } from '../base/app-error';
import { nowIso, type ServiceContext } from '../context/service-context';
import type { ReadDb, WriteDb } from '../db/handles';
import { toUser } from './user-mapper';
import {
  countActiveAdmins,
  getUserRow,
  insertUser,
  listUserRows,
  updateUserFlags,
  usernameTaken,
} from './user-repository';

/** The keyring side of an account: key slots that wrap the master key with a user's password. */
export interface PasswordSlots {
  setPassword(db: WriteDb, userId: number, password: string, options: { mustChange: boolean }): Promise<void>;
  removePasswordSlot(userId: number): void;
}

export async function listUsers(ctx: ServiceContext<ReadDb>): Promise<User[]> {
  return (await listUserRows(ctx.db)).map(toUser);
}

async function getUser(ctx: ServiceContext<ReadDb>, id: number): Promise<User> {
  const row = await getUserRow(ctx.db, id);
  if (!row) throw new AppFailure('notFound');
  return toUser(row);
}

export async function createUser(
  ctx: ServiceContext,
  slots: PasswordSlots,
  input: { username: string; displayName: string; role: Role; temporaryPassword: string },
): Promise<User> {
  if (await usernameTaken(ctx.db, input.username))
    throw new AppFailure('users.usernameTaken', { fields: { username: 'users.usernameTaken' } });
  const id = await insertUser(ctx.db, {
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    mustChangePassword: true,
    at: nowIso(ctx),
  });
  await slots.setPassword(ctx.db, id, input.temporaryPassword, { mustChange: true });
  return getUser(ctx, id);
}

/** A temporary password that the user must replace at the next sign-in; also re-enables a disabled account. */
export async function resetPassword(
  ctx: ServiceContext,
  slots: PasswordSlots,
  input: { userId: number; temporaryPassword: string },
): Promise<User> {
  await getUser(ctx, input.userId);
  await updateUserFlags(ctx.db, input.userId, { disabled: false, at: nowIso(ctx) });
  await slots.setPassword(ctx.db, input.userId, input.temporaryPassword, { mustChange: true });
  return getUser(ctx, input.userId);
}

/** Disabling removes the user's key slot, so the password no longer opens anything. Enabling needs a password reset. */
export async function setDisabled(
  ctx: ServiceContext,
  slots: PasswordSlots,
  input: { userId: number; disabled: boolean },
): Promise<User> {
  const user = await getUser(ctx, input.userId);
  if (input.disabled) {
    if (user.id === ctx.user.id) throw new AppFailure('users.cannotDisableSelf');
    // An admin who is already disabled does not count, so disabling them again is harmless.
    if (user.role === 'admin' && !user.disabled && (await countActiveAdmins(ctx.db)) <= 1)
      throw new AppFailure('users.lastAdmin');
  }
  await updateUserFlags(ctx.db, input.userId, { disabled: input.disabled, at: nowIso(ctx) });
  if (input.disabled) slots.removePasswordSlot(input.userId);
  return getUser(ctx, input.userId);
}
