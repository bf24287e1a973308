// Frozen in time: never edit after release; add a new migration instead.
// Commitments that can be followed up (issue 12):
//   - each commitment gets a key stable within its agreement (c1, c2, … by
//     its place for the ones already there), the appendix it sits in, a kind,
//     and for a recurring one a target (count ≥ 0 per year or term, exactly /
//     at least / about with a tolerance, what is counted), for a one-off one a
//     due date. Existing commitments become text-only: kind 'unknown', no
//     target, nothing invented; the app flags them as not yet structured.
//   - tick-offs by hand: a commitment's key, the date it was done (never in
//     the future, checked by the service), what was done, a note, who and
//     when. They go with their agreement (ON DELETE CASCADE); they name no child.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE agreement_commitment ADD COLUMN commitment_key TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`UPDATE agreement_commitment SET commitment_key = 'c' || (position + 1)`.execute(db);
  await sql`CREATE UNIQUE INDEX agreement_commitment_key ON agreement_commitment (agreement_id, commitment_key)`.execute(db);
  await sql`ALTER TABLE agreement_commitment ADD COLUMN appendix_position INTEGER CHECK (appendix_position >= 0)`.execute(db);
  await sql`ALTER TABLE agreement_commitment ADD COLUMN kind TEXT NOT NULL DEFAULT 'unknown'
    CHECK (kind IN ('recurring', 'oneOff', 'ongoing', 'unknown'))`.execute(db);
  await sql`ALTER TABLE agreement_commitment ADD COLUMN target_count INTEGER CHECK (target_count >= 0)`.execute(db);
  await sql`ALTER TABLE agreement_commitment ADD COLUMN target_per TEXT CHECK (target_per IN ('year', 'term'))`.execute(db);
  await sql`ALTER TABLE agreement_commitment ADD COLUMN target_comparison TEXT
    CHECK (target_comparison IN ('exactly', 'atLeast', 'about'))`.execute(db);
  await sql`ALTER TABLE agreement_commitment ADD COLUMN tolerance_percent INTEGER NOT NULL DEFAULT 0
    CHECK (tolerance_percent BETWEEN 0 AND 100)`.execute(db);
  await sql`ALTER TABLE agreement_commitment ADD COLUMN measure TEXT
    CHECK (measure IN ('tickOffs', 'groupsStarted', 'childrenEnrolled', 'childrenCompleted', 'sessionsHeld'))`.execute(db);
  await sql`ALTER TABLE agreement_commitment ADD COLUMN due_date TEXT`.execute(db);

  await sql`
    CREATE TABLE agreement_commitment_tick_off (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      commitment_key TEXT NOT NULL,
      done_on TEXT NOT NULL,
      what_done TEXT NOT NULL CHECK (length(what_done) > 0),
      note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_commitment_tick_off_key ON agreement_commitment_tick_off (agreement_id, commitment_key, done_on)`.execute(
    db,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE agreement_commitment_tick_off`.execute(db);
  await sql`DROP INDEX agreement_commitment_key`.execute(db);
  for (const column of [
    'due_date',
    'measure',
    'tolerance_percent',
    'target_comparison',
    'target_per',
    'target_count',
    'kind',
    'appendix_position',
    'commitment_key',
  ])
    await sql`ALTER TABLE agreement_commitment DROP COLUMN ${sql.ref(column)}`.execute(db);
}
