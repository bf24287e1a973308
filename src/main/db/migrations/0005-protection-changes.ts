// Frozen in time: never edit after release; add a new migration instead.
// The history of a child's protected identity: when protection was set or
// lifted, by whom and why. Lifting is its own audited act with a reason; the
// rows go with the child (ON DELETE CASCADE) when it is erased.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE protection_change (
      id INTEGER PRIMARY KEY,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      change TEXT NOT NULL CHECK (change IN ('set', 'lifted')),
      reason TEXT NOT NULL,
      changed_by_user_id INTEGER REFERENCES user (id),
      changed_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX protection_change_child ON protection_change (child_id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE protection_change`.execute(db);
}
