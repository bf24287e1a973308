// Frozen in time: never edit after release; add a new migration instead.
// Attachments (issue 14): files kept with an agreement, an amendment, a
// meeting, a consent, an enrolment or a deficiency, inside the encrypted
// database (never in clear on disk, and in every backup with the rest). One
// row per file with what the list shows, and its bytes in chunks of at most
// 1 MiB (attachment_chunk), so neither saving nor reading holds a second copy
// of a 25 MB file in one SQLite value. Exactly the column of the record's
// kind holds the record; the file goes with its record (ON DELETE CASCADE,
// inside the erasure routine's transaction, so secure_delete zeroes it) and
// its chunks with the file.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE attachment (
      id INTEGER PRIMARY KEY,
      record_kind TEXT NOT NULL
        CHECK (record_kind IN ('agreement', 'amendment', 'meeting', 'consent', 'enrolment', 'deficiency')),
      agreement_id INTEGER REFERENCES agreement (id) ON DELETE CASCADE,
      amendment_id INTEGER REFERENCES amendment (id) ON DELETE CASCADE,
      meeting_id INTEGER REFERENCES agreement_meeting (id) ON DELETE CASCADE,
      consent_id INTEGER REFERENCES consent (id) ON DELETE CASCADE,
      enrolment_id INTEGER REFERENCES enrolment (id) ON DELETE CASCADE,
      deficiency_id INTEGER REFERENCES agreement_deficiency (id) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      file_type TEXT NOT NULL CHECK (file_type IN ('pdf', 'jpeg', 'png', 'docx', 'xlsx')),
      bytes INTEGER NOT NULL CHECK (bytes BETWEEN 1 AND 26214400),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      added_at TEXT NOT NULL,
      added_by_user_id INTEGER REFERENCES user (id),
      CHECK (
        (agreement_id IS NOT NULL) + (amendment_id IS NOT NULL) + (meeting_id IS NOT NULL)
          + (consent_id IS NOT NULL) + (enrolment_id IS NOT NULL) + (deficiency_id IS NOT NULL) = 1
      ),
      CHECK (
        CASE record_kind
          WHEN 'agreement' THEN agreement_id
          WHEN 'amendment' THEN amendment_id
          WHEN 'meeting' THEN meeting_id
          WHEN 'consent' THEN consent_id
          WHEN 'enrolment' THEN enrolment_id
          ELSE deficiency_id
        END IS NOT NULL
      )
    ) STRICT`.execute(db);
  // The cascades look files up by their record; erasing 1,000 enrolments must not scan the table 1,000 times.
  for (const column of [
    'agreement_id',
    'amendment_id',
    'meeting_id',
    'consent_id',
    'enrolment_id',
    'deficiency_id',
  ])
    await sql
      .raw(
        `CREATE INDEX attachment_${column.replace('_id', '')} ON attachment (${column}) WHERE ${column} IS NOT NULL`,
      )
      .execute(db);
  await sql`
    CREATE TABLE attachment_chunk (
      id INTEGER PRIMARY KEY,
      attachment_id INTEGER NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 0),
      data BLOB NOT NULL CHECK (length(data) BETWEEN 1 AND 1048576),
      UNIQUE (attachment_id, position)
    ) STRICT`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE attachment_chunk`.execute(db);
  await sql`DROP TABLE attachment`.execute(db);
}
