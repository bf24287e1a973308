// Frozen in time: never edit after release; add a new migration instead.
// Support groups: programmes under agreements, groups and their sessions,
// children with guardians, enrolments with consent and the notice to social
// services, attendance, concern reports (facts only) and the feedback log.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE programme (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id),
      name TEXT NOT NULL,
      format TEXT NOT NULL CHECK (format IN ('weekly', 'weekend', 'custom')),
      session_count INTEGER NOT NULL CHECK (session_count BETWEEN 1 AND 60),
      session_minutes INTEGER NOT NULL CHECK (session_minutes > 0),
      interval_days INTEGER NOT NULL DEFAULT 7,
      follow_up_weeks INTEGER NOT NULL DEFAULT 0,
      follow_up_minutes INTEGER NOT NULL DEFAULT 0,
      age_min INTEGER NOT NULL,
      age_max INTEGER NOT NULL,
      group_size_min INTEGER NOT NULL DEFAULT 5,
      group_size_max INTEGER NOT NULL DEFAULT 8,
      target_groups_per_year INTEGER,
      target_children_per_year INTEGER,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (age_min <= age_max),
      CHECK (group_size_min <= group_size_max)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX programme_agreement ON programme (agreement_id)`.execute(db);

  await sql`
    CREATE TABLE support_group (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programme (id),
      parent_group_id INTEGER REFERENCES support_group (id),
      name TEXT NOT NULL,
      leaders_json TEXT NOT NULL DEFAULT '[]',
      location TEXT NOT NULL DEFAULT '',
      start_date TEXT NOT NULL,
      start_time TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('planned', 'open', 'running', 'finished', 'cancelled')),
      age_min INTEGER,
      age_max INTEGER,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX support_group_programme ON support_group (programme_id, start_date)`.execute(db);
  await sql`CREATE INDEX support_group_start ON support_group (start_date)`.execute(db);
  await sql`CREATE INDEX support_group_parent ON support_group (parent_group_id)`.execute(db);
  // Groups a waiting child could still join, per programme.
  await sql`
    CREATE INDEX support_group_upcoming ON support_group (programme_id, start_date)
    WHERE status IN ('planned', 'open')`.execute(db);
  // Groups that are running or about to start, for the coordinator's to-do list.
  await sql`
    CREATE INDEX support_group_active ON support_group (start_date)
    WHERE status IN ('planned', 'open', 'running')`.execute(db);

  await sql`
    CREATE TABLE group_session (
      id INTEGER PRIMARY KEY,
      group_id INTEGER NOT NULL REFERENCES support_group (id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      start_time TEXT NOT NULL,
      minutes INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('session', 'fullDay', 'followUp')),
      cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX group_session_group ON group_session (group_id, date)`.execute(db);

  await sql`
    CREATE TABLE child (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      name_is_alias INTEGER NOT NULL DEFAULT 0 CHECK (name_is_alias IN (0, 1)),
      identity_kind TEXT NOT NULL CHECK (identity_kind IN ('personnummer', 'samordningsnummer', 'none')),
      identity_number TEXT UNIQUE,
      birth_date TEXT,
      birth_year INTEGER,
      gender TEXT NOT NULL CHECK (gender IN ('girl', 'boy', 'other', 'undisclosed')),
      home_municipality TEXT NOT NULL,
      district TEXT NOT NULL DEFAULT '',
      placement_basis TEXT NOT NULL CHECK (placement_basis IN ('SoL', 'LVU', 'none')),
      protected_identity INTEGER NOT NULL DEFAULT 0 CHECK (protected_identity IN (0, 1)),
      street TEXT NOT NULL DEFAULT '',
      postal_code TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      foster_home_name TEXT NOT NULL DEFAULT '',
      foster_home_phone TEXT NOT NULL DEFAULT '',
      foster_home_email TEXT NOT NULL DEFAULT '',
      foster_home_street TEXT NOT NULL DEFAULT '',
      foster_home_postal_code TEXT NOT NULL DEFAULT '',
      foster_home_city TEXT NOT NULL DEFAULT '',
      caseworker_name TEXT NOT NULL DEFAULT '',
      caseworker_unit TEXT NOT NULL DEFAULT '',
      caseworker_phone TEXT NOT NULL DEFAULT '',
      caseworker_email TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (identity_kind = 'none' OR identity_number IS NOT NULL)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX child_name_birth ON child (name_folded, birth_date)`.execute(db);
  await sql`CREATE INDEX child_district ON child (district, id)`.execute(db);

  // Search words (name parts and identity-number digits) for prefix search
  // through an index instead of scanning every child.
  await sql`
    CREATE TABLE child_search_token (
      token TEXT NOT NULL,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      PRIMARY KEY (token, child_id)
    ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX child_search_token_child ON child_search_token (child_id)`.execute(db);

  await sql`
    CREATE TABLE guardian (
      id INTEGER PRIMARY KEY,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      has_custody INTEGER NOT NULL CHECK (has_custody IN (0, 1))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX guardian_child ON guardian (child_id)`.execute(db);

  await sql`
    CREATE TABLE enrolment (
      id INTEGER PRIMARY KEY,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      programme_id INTEGER NOT NULL REFERENCES programme (id),
      group_id INTEGER REFERENCES support_group (id),
      status TEXT NOT NULL CHECK (status IN ('interest', 'waitlisted', 'offered', 'admitted', 'participating', 'completed', 'cancelled')),
      referred_on TEXT NOT NULL,
      cancel_reason TEXT NOT NULL DEFAULT '',
      age_override_reason TEXT NOT NULL DEFAULT '',
      notice_informed_on TEXT,
      notice_informed_by TEXT NOT NULL DEFAULT '',
      notice_informed_whom TEXT NOT NULL DEFAULT '',
      child_view_on TEXT,
      child_view_summary TEXT NOT NULL DEFAULT '',
      child_view_by TEXT NOT NULL DEFAULT '',
      pre_visit_kind TEXT CHECK (pre_visit_kind IN ('homeVisit', 'visitToOrganisation')),
      pre_visit_on TEXT,
      pre_visit_by TEXT NOT NULL DEFAULT '',
      fee_applies INTEGER NOT NULL DEFAULT 0 CHECK (fee_applies IN (0, 1)),
      fee_amount_ore INTEGER NOT NULL DEFAULT 0 CHECK (fee_amount_ore >= 0),
      fee_invoiced_on TEXT,
      fee_paid_on TEXT,
      -- Cached results of the consent rules, refreshed on every change that
      -- feeds them, so lists and the dashboard can filter without recomputing.
      gate_ready INTEGER NOT NULL DEFAULT 0 CHECK (gate_ready IN (0, 1)),
      consent_paused INTEGER NOT NULL DEFAULT 0 CHECK (consent_paused IN (0, 1)),
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  // With the status, a district's open enrolments are found in the index alone.
  await sql`CREATE INDEX enrolment_child ON enrolment (child_id, status)`.execute(db);
  await sql`CREATE INDEX enrolment_group ON enrolment (group_id, status)`.execute(db);
  await sql`CREATE INDEX enrolment_programme_status ON enrolment (programme_id, status, referred_on)`.execute(
    db,
  );
  await sql`CREATE INDEX enrolment_paused ON enrolment (consent_paused) WHERE consent_paused = 1`.execute(db);
  // The waiting list in referral order, reading only children still waiting.
  await sql`
    CREATE INDEX enrolment_waiting ON enrolment (referred_on, id)
    WHERE status IN ('interest', 'waitlisted')`.execute(db);

  await sql`
    CREATE TABLE consent (
      id INTEGER PRIMARY KEY,
      enrolment_id INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
      guardian_id INTEGER NOT NULL REFERENCES guardian (id),
      scope TEXT NOT NULL CHECK (scope IN ('participation', 'dataSharing')),
      decision TEXT NOT NULL CHECK (decision IN ('given', 'refused', 'withdrawn')),
      decided_on TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('written', 'oral')),
      document_reference TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX consent_enrolment ON consent (enrolment_id)`.execute(db);
  await sql`CREATE INDEX consent_guardian ON consent (guardian_id)`.execute(db);

  await sql`
    CREATE TABLE attendance (
      session_id INTEGER NOT NULL REFERENCES group_session (id) ON DELETE CASCADE,
      enrolment_id INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
      present INTEGER NOT NULL CHECK (present IN (0, 1)),
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (session_id, enrolment_id)
    ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX attendance_enrolment ON attendance (enrolment_id)`.execute(db);

  // A concern report is recorded as a fact only: never its content.
  await sql`
    CREATE TABLE concern_report (
      id INTEGER PRIMARY KEY,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      reported_on TEXT NOT NULL,
      social_services TEXT NOT NULL,
      reported_by TEXT NOT NULL,
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX concern_report_child ON concern_report (child_id)`.execute(db);

  await sql`
    CREATE TABLE feedback (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id),
      programme_id INTEGER REFERENCES programme (id),
      received_on TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('conversation', 'phone', 'email', 'letter', 'form', 'other')),
      category TEXT NOT NULL CHECK (category IN ('praise', 'suggestion', 'complaint', 'question')),
      summary TEXT NOT NULL,
      response TEXT NOT NULL DEFAULT '',
      closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
      closed_on TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX feedback_agreement ON feedback (agreement_id, received_on)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'feedback',
    'concern_report',
    'attendance',
    'consent',
    'enrolment',
    'guardian',
    'child_search_token',
    'child',
    'group_session',
    'support_group',
    'programme',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
}
