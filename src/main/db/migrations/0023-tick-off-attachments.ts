// Frozen in time: never edit after release; add a new migration instead.
// A commitment's tick-off can carry files (issue 12): attachments get the
// record kind 'tickOff' and a tick_off_id column that goes with its tick-off
// (ON DELETE CASCADE). SQLite cannot alter a CHECK, so `attachment` is rebuilt
// the documented way (create new, copy, drop, rename) with its ids, and
// `attachment_chunk` with it: the chunks' new table references the new one
// from the start, so dropping the old tables cascades into nothing, and
// SQLite's RENAME points the reference at the final name. Every index and
// trigger that stood on either table is created again, as it was.
import { sql, type Kysely } from 'kysely';

const kindsBefore = `'agreement', 'amendment', 'meeting', 'consent', 'enrolment', 'deficiency'`;
const columnsBefore = [
  'agreement_id',
  'amendment_id',
  'meeting_id',
  'consent_id',
  'enrolment_id',
  'deficiency_id',
];
const caseBefore = `WHEN 'agreement' THEN agreement_id
          WHEN 'amendment' THEN amendment_id
          WHEN 'meeting' THEN meeting_id
          WHEN 'consent' THEN consent_id
          WHEN 'enrolment' THEN enrolment_id
          ELSE deficiency_id`;

const attachmentTable = (name: string, withTickOff: boolean) => {
  const columns = withTickOff ? [...columnsBefore, 'tick_off_id'] : columnsBefore;
  return `
    CREATE TABLE ${name} (
      id INTEGER PRIMARY KEY,
      record_kind TEXT NOT NULL
        CHECK (record_kind IN (${kindsBefore}${withTickOff ? `, 'tickOff'` : ''})),
      agreement_id INTEGER REFERENCES agreement (id) ON DELETE CASCADE,
      amendment_id INTEGER REFERENCES amendment (id) ON DELETE CASCADE,
      meeting_id INTEGER REFERENCES agreement_meeting (id) ON DELETE CASCADE,
      consent_id INTEGER REFERENCES consent (id) ON DELETE CASCADE,
      enrolment_id INTEGER REFERENCES enrolment (id) ON DELETE CASCADE,
      deficiency_id INTEGER REFERENCES agreement_deficiency (id) ON DELETE CASCADE,${
        withTickOff
          ? `
      tick_off_id INTEGER REFERENCES agreement_commitment_tick_off (id) ON DELETE CASCADE,`
          : ''
      }
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      file_type TEXT NOT NULL CHECK (file_type IN ('pdf', 'jpeg', 'png', 'docx', 'xlsx')),
      bytes INTEGER NOT NULL CHECK (bytes BETWEEN 1 AND 26214400),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      added_at TEXT NOT NULL,
      added_by_user_id INTEGER REFERENCES user (id),
      CHECK (${columns.map((c) => `(${c} IS NOT NULL)`).join(' + ')} = 1),
      CHECK (
        CASE record_kind
          ${withTickOff ? caseBefore.replace('ELSE deficiency_id', `WHEN 'deficiency' THEN deficiency_id\n          ELSE tick_off_id`) : caseBefore}
        END IS NOT NULL
      )
    ) STRICT`;
};

const chunkTable = (name: string, references: string) => `
    CREATE TABLE ${name} (
      id INTEGER PRIMARY KEY,
      attachment_id INTEGER NOT NULL REFERENCES ${references} (id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 0),
      data BLOB NOT NULL CHECK (length(data) BETWEEN 1 AND 1048576),
      UNIQUE (attachment_id, position)
    ) STRICT`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
async function rebuild(db: Kysely<any>, withTickOff: boolean): Promise<void> {
  // Indexes (not the UNIQUE's own) and triggers on either table, to create again after the rebuild.
  const { rows: kept } = await sql<{ type: string; name: string; sql: string }>`
    SELECT type, name, sql FROM sqlite_master
    WHERE tbl_name IN ('attachment', 'attachment_chunk') AND type IN ('index', 'trigger') AND sql IS NOT NULL
    ORDER BY type, name`.execute(db);
  const copied = [
    'id',
    'record_kind',
    ...columnsBefore,
    'name',
    'file_type',
    'bytes',
    'sha256',
    'added_at',
    'added_by_user_id',
  ].join(', ');
  await sql.raw(attachmentTable('attachment_new', withTickOff)).execute(db);
  await sql.raw(chunkTable('attachment_chunk_new', 'attachment_new')).execute(db);
  // Going down, a tick-off's file has no column to stay in: it goes, with its chunks.
  const where = withTickOff ? '' : `WHERE tick_off_id IS NULL`;
  await sql
    .raw(`INSERT INTO attachment_new (${copied}) SELECT ${copied} FROM attachment ${where}`)
    .execute(db);
  await sql
    .raw(
      `INSERT INTO attachment_chunk_new (id, attachment_id, position, data)
       SELECT id, attachment_id, position, data FROM attachment_chunk WHERE attachment_id IN (SELECT id FROM attachment_new)`,
    )
    .execute(db);
  await sql`DROP TABLE attachment_chunk`.execute(db);
  await sql`DROP TABLE attachment`.execute(db);
  await sql`ALTER TABLE attachment_new RENAME TO attachment`.execute(db);
  await sql`ALTER TABLE attachment_chunk_new RENAME TO attachment_chunk`.execute(db);
  for (const { type, name, sql: text } of kept)
    if (!(type === 'index' && name === 'attachment_tick_off')) await sql.raw(text).execute(db);
  if (withTickOff)
    await sql`CREATE INDEX attachment_tick_off ON attachment (tick_off_id) WHERE tick_off_id IS NOT NULL`.execute(
      db,
    );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await rebuild(db, true);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await rebuild(db, false);
}
