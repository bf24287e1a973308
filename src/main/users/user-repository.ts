// Rows of the `user` table as the user administration reads and writes them.
import type { Insertable, Updateable } from 'kysely';
import type { DbOrTrx } from '../db/schema/database';
import type { UserTable } from '../db/schema/user-table';
import type { UserRow } from './user-mapper';

export async function listUserRows(db: DbOrTrx): Promise<UserRow[]> {
  return db.selectFrom('user').selectAll().orderBy('display_name').execute();
}

export async function getUserRow(db: DbOrTrx, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('user').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function usernameTaken(db: DbOrTrx, username: string): Promise<boolean> {
  const row = await db.selectFrom('user').select('id').where('username', '=', username).executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(db: DbOrTrx, values: Insertable<UserTable>): Promise<number> {
  const { id } = await db.insertInto('user').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateUser(db: DbOrTrx, id: number, values: Updateable<UserTable>): Promise<void> {
  await db.updateTable('user').set(values).where('id', '=', id).execute();
}

export async function countEnabledAdmins(db: DbOrTrx): Promise<number> {
  const row = await db
    .selectFrom('user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
