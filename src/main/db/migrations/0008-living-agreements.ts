// Frozen in time: never edit after release; add a new migration instead.
// Living agreements: amendments (tilläggsavtal) as structured changes with
// their own lifecycle and signatures, the agreement as it was before its
// first amendment, notices (of the whole agreement or of one party leaving)
// as records that can be withdrawn, and decisions on extension.
// The free-text amendments of agreement_amendment become amendments in force
// that record what was written (no structured change), and the notice kept on
// the agreement row moves to agreement_notice. The row's notice columns stay
// (SQLite cannot drop a column a foreign key names) but are emptied and no
// longer read.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE amendment (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number >= 1),
      registration_number TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
      reason TEXT NOT NULL,
      effective_from TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft', 'decided', 'signed', 'inForce')),
      decider TEXT NOT NULL DEFAULT 'board' CHECK (decider IN ('board', 'delegation')),
      changes TEXT NOT NULL DEFAULT '{"before":{},"after":{}}' CHECK (json_valid(changes)),
      concerned TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(concerned)),
      accepted_terms TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(accepted_terms)),
      decision_body TEXT,
      decision_date TEXT,
      decision_paragraph TEXT,
      recorded_signed_by TEXT,
      in_force_at TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by_user_id INTEGER REFERENCES user (id),
      updated_by_user_id INTEGER REFERENCES user (id),
      UNIQUE (agreement_id, number)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE amendment_signature (
      amendment_id INTEGER NOT NULL REFERENCES amendment (id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      place TEXT NOT NULL,
      signed_on TEXT NOT NULL,
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (amendment_id, organisation_id)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE agreement_original (
      agreement_id INTEGER PRIMARY KEY REFERENCES agreement (id) ON DELETE CASCADE,
      snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
      saved_at TEXT NOT NULL
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE agreement_notice (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      scope TEXT NOT NULL CHECK (scope IN ('agreement', 'party')),
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      given_on TEXT NOT NULL,
      months INTEGER CHECK (months >= 0),
      ongoing_interventions TEXT NOT NULL DEFAULT '',
      previous_status TEXT,
      withdrawn_on TEXT,
      withdrawal_kind TEXT CHECK (withdrawal_kind IN ('agreed', 'mistake')),
      withdrawal_note TEXT,
      withdrawn_by_user_id INTEGER REFERENCES user (id),
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      CHECK ((withdrawn_on IS NULL) = (withdrawal_kind IS NULL))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_notice_agreement ON agreement_notice (agreement_id)`.execute(db);

  await sql`
    CREATE TABLE extension_decision (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      for_end TEXT NOT NULL,
      due_by TEXT,
      decided_on TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('extend', 'notExtend')),
      new_end TEXT,
      amendment_id INTEGER REFERENCES amendment (id) ON DELETE CASCADE,
      note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      CHECK ((outcome = 'extend') = (new_end IS NOT NULL))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX extension_decision_agreement ON extension_decision (agreement_id)`.execute(db);

  await sql`
    INSERT INTO amendment (agreement_id, number, reason, effective_from, status, recorded_signed_by,
      in_force_at, created_at, updated_at)
    SELECT am.agreement_id,
      ROW_NUMBER() OVER (PARTITION BY am.agreement_id ORDER BY am.amended_on, am.position),
      am.description, am.amended_on, 'inForce', am.signed_by, a.updated_at, a.updated_at, a.updated_at
    FROM agreement_amendment am JOIN agreement a ON a.id = am.agreement_id`.execute(db);
  await sql`DROP TABLE agreement_amendment`.execute(db);

  await sql`
    INSERT INTO agreement_notice (agreement_id, scope, organisation_id, given_on, months, ongoing_interventions,
      previous_status, recorded_at)
    SELECT id, 'agreement', notice_by_organisation_id, notice_given_on, notice_months,
      COALESCE(notice_ongoing_interventions, ''), 'active', updated_at
    FROM agreement WHERE notice_given_on IS NOT NULL AND notice_by_organisation_id IS NOT NULL`.execute(db);
  await sql`
    UPDATE agreement SET notice_given_on = NULL, notice_by_organisation_id = NULL, notice_ongoing_interventions = NULL
    WHERE notice_given_on IS NOT NULL`.execute(db);
}

// Drops the new tables; the free-text amendments and the row's notice are not put back.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'extension_decision',
    'agreement_notice',
    'agreement_original',
    'amendment_signature',
    'amendment',
  ])
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
}
