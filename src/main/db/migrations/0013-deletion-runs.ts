// Frozen in time: never edit after release; add a new migration instead.
// Deletions outside gallring: a mistake deleted at once (a child registered by
// mistake, a draft agreement, an organisation that is no party to anything)
// and the retention rules (waiting-list entries that never led to a place,
// children left without an enrolment). Like erasure_run it holds what was
// done, when, by whom and how much: never a name, a number or a free-text
// reason (the reason is one of a fixed list, so no personal data can be typed
// into it).
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE deletion_run (
      id INTEGER PRIMARY KEY,
      deleted_at TEXT NOT NULL,
      user_id INTEGER REFERENCES user (id),
      kind TEXT NOT NULL CHECK (kind IN ('child', 'agreementDraft', 'organisation', 'waitingEntries', 'childrenWithoutEnrolment')),
      reason TEXT NOT NULL DEFAULT '' CHECK (reason IN ('', 'wrongPerson', 'duplicate', 'wrongOrganisation', 'testEntry', 'other')),
      enrolments INTEGER NOT NULL DEFAULT 0,
      children INTEGER NOT NULL DEFAULT 0,
      records INTEGER NOT NULL DEFAULT 0
    ) STRICT`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE deletion_run`.execute(db);
}
