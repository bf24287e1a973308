// All the SQL of seeding: the batched insert path for bulk rows (multi-row
// INSERTs sized under SQLite's parameter limit, run inside the caller's
// transaction), next free ids, and the few reads that keep seeding
// repeatable. The generators only build rows.
import type { Insertable } from 'kysely';
import type { Database, DbOrTrx } from '../db/schema/database';
import type { UserTable } from '../db/schema/user-table';

const maxParameters = 32_000;

export async function insertBatched<T extends keyof Database & string>(
  db: DbOrTrx,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(maxParameters / columns));
  for (let start = 0; start < rows.length; start += size) {
    // The generic table name defeats Kysely's inference; the rows are typed by the caller.
    await db
      .insertInto(table)
      .values(rows.slice(start, start + size) as never)
      .execute();
  }
}

/** The next free id of a table with an INTEGER PRIMARY KEY `id`. */
export async function nextId(db: DbOrTrx, table: keyof Database & string): Promise<number> {
  const row = await db
    .selectFrom(table as 'child')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0) + 1;
}

export async function userExists(db: DbOrTrx, username: string): Promise<boolean> {
  const row = await db.selectFrom('user').select('id').where('username', '=', username).executeTakeFirst();
  return row !== undefined;
}

export async function insertDemoUser(db: DbOrTrx, values: Insertable<UserTable>): Promise<number> {
  const { id } = await db.insertInto('user').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function existingOrgNumbers(db: DbOrTrx): Promise<Set<string>> {
  const rows = await db.selectFrom('organisation').select('org_number').execute();
  return new Set(rows.map((r) => r.org_number));
}

/** Every organisation's id and kind, in id order. */
export async function organisationKinds(db: DbOrTrx) {
  return db.selectFrom('organisation').select(['id', 'kind']).orderBy('id').execute();
}

/** Whether support groups have been seeded (or entered) already. */
export async function anyProgramme(db: DbOrTrx): Promise<boolean> {
  return (await db.selectFrom('programme').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Identity numbers already used by children, so invented ones never collide. */
export async function childIdentityNumbers(db: DbOrTrx): Promise<string[]> {
  const rows = await db
    .selectFrom('child')
    .select('identity_number')
    .where('identity_number', 'is not', null)
    .execute();
  return rows.map((r) => r.identity_number!);
}
