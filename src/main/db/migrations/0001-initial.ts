// Frozen in time: never edit after release; add a new migration instead.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE user (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('admin', 'caseworker', 'coordinator', 'viewer')),
      disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
      must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);

  await sql`CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`.execute(db);

  await sql`
    CREATE TABLE organisation (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('municipality', 'region', 'stateAgency', 'nonprofit')),
      org_number TEXT NOT NULL UNIQUE,
      street TEXT NOT NULL DEFAULT '',
      postal_code TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '',
      payment_account_kind TEXT CHECK (payment_account_kind IN ('bankgiro', 'plusgiro')),
      payment_account_number TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX organisation_name_folded ON organisation (name_folded)`.execute(db);

  await sql`
    CREATE TABLE organisation_contact (
      id INTEGER PRIMARY KEY,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT ''
    ) STRICT`.execute(db);
  await sql`CREATE INDEX organisation_contact_organisation ON organisation_contact (organisation_id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE organisation_requirement (
      organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      requirement TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('met', 'notMet', 'unknown')),
      comment TEXT NOT NULL DEFAULT '',
      checked_on TEXT,
      checked_by_user_id INTEGER REFERENCES user (id),
      PRIMARY KEY (organisation_id, requirement)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user_id INTEGER,
      role TEXT,
      channel TEXT NOT NULL,
      entity_type TEXT,
      entity_id TEXT,
      outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'invalid', 'failed')),
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX audit_log_at ON audit_log (at)`.execute(db);
  await sql`CREATE INDEX audit_log_user ON audit_log (user_id, at)`.execute(db);
  // Append-only: the database itself refuses edits and deletions.
  await sql`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_log',
    'organisation_requirement',
    'organisation_contact',
    'organisation',
    'setting',
    'user',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
}
