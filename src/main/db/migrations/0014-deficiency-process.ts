// Migration 0014: the deficiency process (issue 12).
//   - A deficiency names the commitment it concerns (its place in the agreement's
//     list and its text as it stood, or a term described in words) and the
//     governance meeting where it was found, when it was.
//   - agreement_deficiency_step: the steps it goes through, in order: dialogue,
//     action plan required (deadline, responsible party), received (follow-up
//     date), follow-up, outcome (remedied / still deficient with a decision).
//   - agreement_circumstance_notice: a party's notification of changed
//     circumstances (what changed, the commitments it touches), open until it
//     is closed without a deficiency or opens one.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE agreement_deficiency ADD COLUMN commitment_index INTEGER CHECK (commitment_index >= 0)`.execute(
    db,
  );
  await sql`ALTER TABLE agreement_deficiency ADD COLUMN commitment_text TEXT NOT NULL DEFAULT ''`.execute(db);
  // No REFERENCES: SQLite cannot drop a column that is a foreign key (down);
  // the service checks that the meeting is one of the agreement's own.
  await sql`ALTER TABLE agreement_deficiency ADD COLUMN meeting_id INTEGER`.execute(db);

  await sql`
    CREATE TABLE agreement_deficiency_step (
      id INTEGER PRIMARY KEY,
      deficiency_id INTEGER NOT NULL REFERENCES agreement_deficiency (id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 0),
      kind TEXT NOT NULL CHECK (kind IN ('dialogue', 'actionPlanRequired', 'actionPlanReceived', 'followUp', 'outcome')),
      taken_on TEXT NOT NULL,
      taken_by TEXT NOT NULL,
      meeting_id INTEGER REFERENCES agreement_meeting (id) ON DELETE SET NULL,
      deadline TEXT,
      responsible_organisation_id INTEGER REFERENCES organisation (id),
      follow_up_by TEXT,
      result TEXT CHECK (result IN ('remedied', 'stillDeficient')),
      decision TEXT CHECK (decision IN ('exclude', 'rescind', 'newPlan')),
      note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      UNIQUE (deficiency_id, position),
      CHECK ((kind = 'actionPlanRequired') = (deadline IS NOT NULL)),
      CHECK ((kind = 'actionPlanRequired') = (responsible_organisation_id IS NOT NULL)),
      CHECK (deadline IS NULL OR deadline >= taken_on),
      CHECK (follow_up_by IS NULL OR follow_up_by >= taken_on),
      CHECK ((kind = 'outcome') = (result IS NOT NULL)),
      CHECK ((coalesce(result, '') = 'stillDeficient') = (decision IS NOT NULL))
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE agreement_circumstance_notice (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      notified_on TEXT NOT NULL,
      what_changed TEXT NOT NULL,
      commitments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(commitments)),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'deficiency')),
      closed_on TEXT,
      closing_note TEXT NOT NULL DEFAULT '',
      deficiency_id INTEGER REFERENCES agreement_deficiency (id) ON DELETE SET NULL,
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      updated_by_user_id INTEGER REFERENCES user (id),
      updated_at TEXT NOT NULL,
      CHECK ((status = 'open') = (closed_on IS NULL)),
      CHECK (status != 'deficiency' OR deficiency_id IS NOT NULL),
      CHECK (closed_on IS NULL OR closed_on >= notified_on)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_circumstance_notice_agreement ON agreement_circumstance_notice (agreement_id, notified_on)`.execute(
    db,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE agreement_circumstance_notice`.execute(db);
  await sql`DROP TABLE agreement_deficiency_step`.execute(db);
  for (const column of ['meeting_id', 'commitment_text', 'commitment_index'])
    await sql`ALTER TABLE agreement_deficiency DROP COLUMN ${sql.ref(column)}`.execute(db);
}
