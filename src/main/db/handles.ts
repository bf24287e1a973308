// The two ways code holds the database, as in Signal Desktop: a WriteDb may
// change data, a ReadDb is the same connection (or transaction) seen through a
// type that can only query. Nothing at runtime differs; the compiler keeps a
// read channel's handler from writing by mistake.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema/database';

/** The connection or an open transaction on it: may read and write. */
export type WriteDb = Kysely<Database> | Transaction<Database>;

/**
 * The same handle, read-only: `selectFrom`, `fn`, `case` and raw `sql` reads
 * (`sql`...`.execute(db)` needs `getExecutor`). No `insertInto`,
 * `replaceInto`, `updateTable`, `deleteFrom`, `mergeInto`, `with` (its query
 * creator can write) or `transaction`. Raw `sql` is not checked: keep writes
 * out of it on a ReadDb.
 */
export type ReadDb = Pick<
  Kysely<Database>,
  'selectFrom' | 'selectNoFrom' | 'fn' | 'case' | 'dynamic' | 'getExecutor'
>;

/** SQLite keeps booleans as 0/1. */
export const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);
