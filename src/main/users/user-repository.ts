// All SQL on the `user` table: the accounts the users service manages and the
// installation signs in. Passwords are never here; they live as key slots.
import type { Role } from '../../shared/roles';
import type { ReadDb, WriteDb } from '../db/handles';
import type { UserRow } from './user-mapper';

export function listUserRows(db: ReadDb): Promise<UserRow[]> {
  return db.selectFrom('user').selectAll().orderBy('display_name').execute();
}

export function getUserRow(db: ReadDb, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('user').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserRowByUsername(db: ReadDb, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('user').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function usernameTaken(db: ReadDb, username: string): Promise<boolean> {
  const row = await db.selectFrom('user').select('id').where('username', '=', username).executeTakeFirst();
  return row !== undefined;
}

export async function countActiveAdmins(db: ReadDb): Promise<number> {
  const row = await db
    .selectFrom('user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(
  db: WriteDb,
  user: { username: string; displayName: string; role: Role; mustChangePassword: boolean; at: string },
): Promise<number> {
  const { id } = await db
    .insertInto('user')
    .values({
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      disabled: 0,
      must_change_password: user.mustChangePassword ? 1 : 0,
      created_at: user.at,
      updated_at: user.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateUserFlags(
  db: WriteDb,
  id: number,
  flags: { disabled?: boolean; mustChangePassword?: boolean; at: string },
): Promise<void> {
  await db
    .updateTable('user')
    .set({
      ...(flags.disabled === undefined ? {} : { disabled: flags.disabled ? 1 : 0 }),
      ...(flags.mustChangePassword === undefined ? {} : { must_change_password: flags.mustChangePassword ? 1 : 0 }),
      updated_at: flags.at,
    })
    .where('id', '=', id)
    .execute();
}
