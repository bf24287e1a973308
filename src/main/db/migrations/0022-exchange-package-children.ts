// Frozen in time: never edit after release; add a new migration instead.
// Partner exchange (issue 15): which children a package made here was about
// (a referral, a consent change), so the child's page can show what was sent
// about them and whether the partner's receipt confirmed it. Package ids and
// child ids only; the row goes with its child (ON DELETE CASCADE).
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE exchange_package_child (
      id INTEGER PRIMARY KEY,
      package_id TEXT NOT NULL,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      UNIQUE (package_id, child_id)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX exchange_package_child_child ON exchange_package_child (child_id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE exchange_package_child`.execute(db);
}
