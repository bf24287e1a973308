// The batched insert path for bulk seeding: multi-row INSERTs sized under
// SQLite's parameter limit, run inside the caller's transaction.
import type { Insertable } from 'kysely';
import type { Database, DbOrTrx } from '../db/schema/database';

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
