// Local user accounts, managed by an administrator. A user's password lives
// only as a key slot in the keyring; the database holds name, role and flags.
import type { Role } from '../../shared/roles';
import type { User } from '../../shared/ipc/users';
import type { HandlerContext } from '../ipc/handler';
import { sessionOf } from '../ipc/handler';
import { AppFailure } from '../errors/app-error';
import { toUser } from './user-mapper';
import { countEnabledAdmins, getUserRow, insertUser, listUserRows, updateUser, usernameTaken } from './user-repository';

export async function listUsers(ctx: HandlerContext): Promise<User[]> {
  const rows = await listUserRows(ctx.db);
  return rows.map(toUser);
}

async function getUser(ctx: HandlerContext, id: number): Promise<User> {
  const row = await getUserRow(ctx.db, id);
  if (!row) throw new AppFailure('notFound');
  return toUser(row);
}

export async function createUser(
  ctx: HandlerContext,
  input: { username: string; displayName: string; role: Role; temporaryPassword: string },
): Promise<User> {
  if (await usernameTaken(ctx.db, input.username)) throw new AppFailure('users.usernameTaken', { fields: { username: 'users.usernameTaken' } });
  const now = ctx.clock.now().toISOString();
  const id = await insertUser(ctx.db, {
    username: input.username,
    display_name: input.displayName,
    role: input.role,
    disabled: 0,
    must_change_password: 1,
    created_at: now,
    updated_at: now,
  });
  await ctx.installation.setPassword(ctx.db, id, input.temporaryPassword, { mustChange: true });
  return getUser(ctx, id);
}

/** A temporary password that the user must replace at the next sign-in; also re-enables a disabled account. */
export async function resetPassword(ctx: HandlerContext, input: { userId: number; temporaryPassword: string }): Promise<User> {
  await getUser(ctx, input.userId);
  await updateUser(ctx.db, input.userId, { disabled: 0, updated_at: ctx.clock.now().toISOString() });
  await ctx.installation.setPassword(ctx.db, input.userId, input.temporaryPassword, { mustChange: true });
  return getUser(ctx, input.userId);
}

/** Disabling removes the user's key slot, so the password no longer opens anything. Enabling needs a password reset. */
export async function setDisabled(ctx: HandlerContext, input: { userId: number; disabled: boolean }): Promise<User> {
  const session = sessionOf(ctx);
  const user = await getUser(ctx, input.userId);
  if (input.disabled) {
    if (user.id === session.userId) throw new AppFailure('users.cannotDisableSelf');
    // An admin who is already disabled does not count, so disabling them again is harmless.
    if (user.role === 'admin' && !user.disabled) {
      if ((await countEnabledAdmins(ctx.db)) <= 1) throw new AppFailure('users.lastAdmin');
    }
  }
  await updateUser(ctx.db, input.userId, {
    disabled: input.disabled ? 1 : 0,
    updated_at: ctx.clock.now().toISOString(),
  });
  if (input.disabled) ctx.installation.removePasswordSlot(input.userId);
  return getUser(ctx, input.userId);
}
