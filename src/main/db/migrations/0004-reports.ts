// Frozen in time: never edit after release; add a new migration instead.
// Reports and gallring: the anonymised participation records kept after a
// child's data is erased (so reports stay correct), anonymous concern-report
// dates, the hand-back packages made before erasure, a log of erasure runs
// (counts only), the actual costs per budget line, and covering indexes
// on support-group tables that the reports read in bulk.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  // A person in the anonymised records. While the child is still registered
  // (another enrolment goes on) `child_id` ties later records to the same
  // person; when the child is deleted it becomes NULL and nothing leads back.
  // AUTOINCREMENT: an id is never reused, so two people never merge.
  await sql`
    CREATE TABLE anonymous_person (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      child_id INTEGER UNIQUE REFERENCES child (id) ON DELETE SET NULL
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE participation_record (
      id INTEGER PRIMARY KEY,
      person_id INTEGER NOT NULL REFERENCES anonymous_person (id),
      agreement_id INTEGER NOT NULL REFERENCES agreement (id),
      programme_id INTEGER NOT NULL REFERENCES programme (id),
      group_id INTEGER NOT NULL REFERENCES support_group (id),
      status TEXT NOT NULL CHECK (status IN ('interest', 'waitlisted', 'offered', 'admitted', 'participating', 'completed', 'cancelled')),
      referred_on TEXT NOT NULL,
      ended_on TEXT,
      age_band TEXT NOT NULL CHECK (age_band IN ('6-9', '10-12', '13-15', '16-18', '19-24', 'other', 'unknown')),
      gender TEXT NOT NULL CHECK (gender IN ('girl', 'boy', 'other', 'undisclosed')),
      -- '' for a child with protected identity: counted, never placed.
      district TEXT NOT NULL,
      protected_identity INTEGER NOT NULL CHECK (protected_identity IN (0, 1)),
      placement_basis TEXT NOT NULL CHECK (placement_basis IN ('SoL', 'LVU', 'none')),
      other_municipality INTEGER NOT NULL CHECK (other_municipality IN (0, 1)),
      fee_ore INTEGER NOT NULL CHECK (fee_ore >= 0),
      sessions_attended INTEGER NOT NULL CHECK (sessions_attended >= 0),
      sessions_recorded INTEGER NOT NULL CHECK (sessions_recorded >= 0),
      erased_on TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX participation_record_group ON participation_record (group_id)`.execute(db);
  await sql`CREATE INDEX participation_record_agreement ON participation_record (agreement_id, group_id)`.execute(
    db,
  );
  await sql`CREATE INDEX participation_record_person ON participation_record (person_id)`.execute(db);

  // Only the date: the content of a concern report is never recorded.
  await sql`
    CREATE TABLE anonymous_concern_report (
      id INTEGER PRIMARY KEY,
      person_id INTEGER NOT NULL REFERENCES anonymous_person (id),
      reported_on TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX anonymous_concern_report_person ON anonymous_concern_report (person_id)`.execute(db);

  await sql`
    CREATE TABLE handback_package (
      id INTEGER PRIMARY KEY,
      created_at TEXT NOT NULL,
      created_by_user_id INTEGER REFERENCES user (id),
      district TEXT NOT NULL,
      file_name TEXT NOT NULL,
      enrolment_count INTEGER NOT NULL,
      sha256 TEXT NOT NULL
    ) STRICT`.execute(db);

  // No foreign key to enrolment: the enrolment is erased afterwards, the fact that it was handed back stays.
  await sql`
    CREATE TABLE handback_enrolment (
      enrolment_id INTEGER NOT NULL,
      package_id INTEGER NOT NULL REFERENCES handback_package (id),
      PRIMARY KEY (enrolment_id, package_id)
    ) STRICT, WITHOUT ROWID`.execute(db);

  await sql`
    CREATE TABLE erasure_run (
      id INTEGER PRIMARY KEY,
      erased_at TEXT NOT NULL,
      user_id INTEGER REFERENCES user (id),
      groups INTEGER NOT NULL,
      enrolments INTEGER NOT NULL,
      children_deleted INTEGER NOT NULL,
      children_kept INTEGER NOT NULL
    ) STRICT`.execute(db);

  // The financial account: actual cost per budget line and year. Budget lines
  // are saved again with every agreement save, so actuals refer to the label.
  await sql`
    CREATE TABLE budget_line_actual (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      label TEXT NOT NULL,
      amount INTEGER NOT NULL CHECK (amount >= 0),
      updated_at TEXT NOT NULL,
      updated_by_user_id INTEGER REFERENCES user (id),
      PRIMARY KEY (agreement_id, year, label)
    ) STRICT`.execute(db);

  // Reports read the enrolments, attendance and describing columns of every
  // child in the period; covering indexes let them do that without visiting
  // the wide rows (at ten times a large municipality, several times faster).
  await sql`CREATE INDEX attendance_report ON attendance (enrolment_id, present)`.execute(db);
  await sql`
    CREATE INDEX child_report ON child (id, gender, placement_basis, protected_identity, district, birth_date, birth_year)`.execute(
    db,
  );
  await sql`
    CREATE INDEX enrolment_report ON enrolment (group_id, status, referred_on, child_id, fee_applies, fee_amount_ore, updated_at)`.execute(
    db,
  );
  // Cancelled before a group was found: the one kind of waiting enrolment not reachable through a group.
  await sql`CREATE INDEX enrolment_ungrouped ON enrolment (programme_id, status, referred_on) WHERE group_id IS NULL`.execute(
    db,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX enrolment_ungrouped`.execute(db);
  await sql`DROP INDEX enrolment_report`.execute(db);
  await sql`DROP INDEX child_report`.execute(db);
  await sql`DROP INDEX attendance_report`.execute(db);
  for (const table of [
    'budget_line_actual',
    'erasure_run',
    'handback_enrolment',
    'handback_package',
    'anonymous_concern_report',
    'participation_record',
    'anonymous_person',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
}
