// Frozen in time: never edit after release; add a new migration instead.
// Effect evaluation (issue 12): an organisation's instruments (items, scales
// and the scales' reliability and norm SD, as JSON the app validates), the
// instruments a programme uses (answered before the first session and after
// the last, with an optional follow-up after N months), the answers per
// enrolment and occasion (personal data: they go with the enrolment, inside
// the erasure routine's transaction), and the anonymised sums a group's
// result is computed from, kept when the group's data is erased so reports
// stay the same.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE effect_instrument (
      id INTEGER PRIMARY KEY,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      respondent TEXT NOT NULL CHECK (respondent IN ('child', 'fosterFamily', 'groupLeader')),
      definition TEXT NOT NULL CHECK (json_valid(definition)),
      created_at TEXT NOT NULL,
      UNIQUE (organisation_id, name)
    ) STRICT`.execute(db);
  await sql`
    CREATE TABLE programme_instrument (
      programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
      instrument_id INTEGER NOT NULL REFERENCES effect_instrument (id) ON DELETE CASCADE,
      follow_up_months INTEGER CHECK (follow_up_months BETWEEN 1 AND 36),
      PRIMARY KEY (programme_id, instrument_id)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX programme_instrument_instrument ON programme_instrument (instrument_id)`.execute(db);
  await sql`
    CREATE TABLE effect_answer (
      id INTEGER PRIMARY KEY,
      enrolment_id INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
      instrument_id INTEGER NOT NULL REFERENCES effect_instrument (id),
      occasion TEXT NOT NULL CHECK (occasion IN ('before', 'after', 'followUp')),
      answered_on TEXT NOT NULL,
      entered_by INTEGER NOT NULL REFERENCES user (id),
      answer_values TEXT NOT NULL CHECK (json_valid(answer_values) AND json_type(answer_values) = 'array'),
      created_at TEXT NOT NULL,
      UNIQUE (enrolment_id, instrument_id, occasion)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX effect_answer_instrument ON effect_answer (instrument_id)`.execute(db);
  await sql`
    CREATE TABLE effect_record (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id),
      programme_id INTEGER NOT NULL REFERENCES programme (id),
      group_id INTEGER NOT NULL REFERENCES support_group (id),
      instrument_id INTEGER NOT NULL REFERENCES effect_instrument (id),
      scale INTEGER NOT NULL CHECK (scale >= 0),
      comparison TEXT NOT NULL CHECK (comparison IN ('after', 'followUp')),
      n INTEGER NOT NULL CHECK (n >= 1),
      sum_before REAL NOT NULL,
      sum_after REAL NOT NULL,
      sum_change REAL NOT NULL,
      sum_change_squared REAL NOT NULL CHECK (sum_change_squared >= 0),
      improved INTEGER NOT NULL CHECK (improved >= 0),
      unchanged INTEGER NOT NULL CHECK (unchanged >= 0),
      worse INTEGER NOT NULL CHECK (worse >= 0),
      erased_on TEXT NOT NULL,
      CHECK (improved + unchanged + worse = n)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX effect_record_group ON effect_record (group_id)`.execute(db);
  await sql`CREATE INDEX effect_record_instrument ON effect_record (instrument_id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE effect_record`.execute(db);
  await sql`DROP TABLE effect_answer`.execute(db);
  await sql`DROP TABLE programme_instrument`.execute(db);
  await sql`DROP TABLE effect_instrument`.execute(db);
}
