// Frozen in time: never edit after release; add a new migration instead.
// IOP agreements as structured data: the agreement and its parties, texts,
// governance, follow-ups, economy, appendices, lifecycle records, saved
// versions, payments, meetings, completion marks, extra-income counts, and a
// full-text index.
import { sql, type Kysely } from 'kysely';

const statuses = `('draft', 'forDecision', 'decided', 'signed', 'active', 'ended', 'terminated', 'rescinded')`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE agreement (
      id INTEGER PRIMARY KEY,
      registration_number TEXT NOT NULL COLLATE NOCASE UNIQUE,
      title TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ${sql.raw(statuses)}),
      template_key TEXT CHECK (template_key IN ('supportGroups', 'coFinanced', 'umbrella')),
      background TEXT NOT NULL DEFAULT '',
      purpose TEXT NOT NULL DEFAULT '',
      goals TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(goals)),
      target_description TEXT NOT NULL DEFAULT '',
      age_from INTEGER,
      age_to INTEGER,
      form_and_basis TEXT NOT NULL DEFAULT '',
      value_base TEXT NOT NULL DEFAULT '',
      gender_equality TEXT NOT NULL DEFAULT '',
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      funds_condition INTEGER NOT NULL DEFAULT 0 CHECK (funds_condition IN (0, 1)),
      extension_max_years INTEGER,
      extension_decision_months INTEGER,
      notice_months INTEGER,
      notice_written_to TEXT NOT NULL DEFAULT '',
      payment_rule TEXT NOT NULL CHECK (payment_rule IN ('quarterlyInAdvance', 'yearlyOnInvoice', 'custom')),
      invoice_month INTEGER,
      invoice_day INTEGER,
      per_child_amount INTEGER NOT NULL CHECK (per_child_amount >= 0),
      extra_income_description TEXT NOT NULL DEFAULT '',
      memo_caseworker TEXT NOT NULL DEFAULT '',
      memo_date TEXT,
      memo_background TEXT NOT NULL DEFAULT '',
      memo_matter TEXT NOT NULL DEFAULT '',
      memo_preparation TEXT NOT NULL DEFAULT '',
      memo_administration_view TEXT NOT NULL DEFAULT '',
      memo_appendices TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(memo_appendices)),
      decision_board TEXT,
      decision_date TEXT,
      decision_paragraph TEXT,
      decision_proposal TEXT,
      notice_given_on TEXT,
      notice_by_organisation_id INTEGER REFERENCES organisation (id),
      notice_ongoing_interventions TEXT,
      rescinded_on TEXT,
      rescission_reason TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by_user_id INTEGER REFERENCES user (id),
      updated_by_user_id INTEGER REFERENCES user (id),
      CHECK (end_date >= start_date)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_status ON agreement (status)`.execute(db);
  await sql`CREATE INDEX agreement_period ON agreement (start_date, end_date)`.execute(db);

  await sql`
    CREATE TABLE agreement_criterion (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      criterion TEXT NOT NULL,
      justification TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (agreement_id, criterion)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE agreement_party (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      position INTEGER NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('public', 'nonprofit')),
      acting_through_kind TEXT NOT NULL CHECK (acting_through_kind IN ('board', 'administration', 'department')),
      acting_through TEXT NOT NULL,
      signatory_name TEXT NOT NULL DEFAULT '',
      signatory_title TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (agreement_id, organisation_id)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_party_organisation ON agreement_party (organisation_id)`.execute(db);

  await sql`
    CREATE TABLE agreement_party_contact (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL,
      organisation_id INTEGER NOT NULL,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      FOREIGN KEY (agreement_id, organisation_id) REFERENCES agreement_party (agreement_id, organisation_id) ON DELETE CASCADE
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_party_contact_party ON agreement_party_contact (agreement_id, organisation_id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE agreement_commitment (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      position INTEGER NOT NULL,
      text TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_commitment_agreement ON agreement_commitment (agreement_id)`.execute(db);

  await sql`
    CREATE TABLE agreement_governance_body (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      body_key TEXT NOT NULL,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('steeringGroup', 'cooperationGroup')),
      name TEXT NOT NULL,
      decision_rule TEXT NOT NULL DEFAULT '',
      chair_rotation TEXT NOT NULL DEFAULT '',
      minute_taker_rotation TEXT NOT NULL DEFAULT '',
      convener_organisation_id INTEGER REFERENCES organisation (id),
      cadence_kind TEXT NOT NULL CHECK (cadence_kind IN ('everyMonths', 'perTerm', 'timesPerYear')),
      cadence_value INTEGER,
      PRIMARY KEY (agreement_id, body_key)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE agreement_governance_member (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL,
      body_key TEXT NOT NULL,
      position INTEGER NOT NULL,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      FOREIGN KEY (agreement_id, body_key) REFERENCES agreement_governance_body (agreement_id, body_key) ON DELETE CASCADE
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_governance_member_body ON agreement_governance_member (agreement_id, body_key)`.execute(
    db,
  );

  await sql`
    CREATE TABLE agreement_follow_up (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      follow_up_key TEXT NOT NULL,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      due_kind TEXT NOT NULL CHECK (due_kind IN ('yearly', 'everyMonths', 'afterEnd', 'once')),
      due_month INTEGER,
      due_day INTEGER,
      due_following_year INTEGER CHECK (due_following_year IN (0, 1)),
      due_months INTEGER,
      due_date TEXT,
      responsible_organisation_id INTEGER REFERENCES organisation (id),
      PRIMARY KEY (agreement_id, follow_up_key)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE agreement_budget_year (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      amount INTEGER NOT NULL CHECK (amount >= 0),
      PRIMARY KEY (agreement_id, year)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE agreement_budget_line (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL,
      year INTEGER NOT NULL,
      position INTEGER NOT NULL,
      label TEXT NOT NULL,
      amount INTEGER NOT NULL CHECK (amount >= 0),
      FOREIGN KEY (agreement_id, year) REFERENCES agreement_budget_year (agreement_id, year) ON DELETE CASCADE
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_budget_line_year ON agreement_budget_line (agreement_id, year)`.execute(
    db,
  );

  await sql`
    CREATE TABLE agreement_funding (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL,
      year INTEGER NOT NULL,
      position INTEGER NOT NULL,
      payer_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      recipient_organisation_id INTEGER REFERENCES organisation (id),
      amount INTEGER NOT NULL CHECK (amount >= 0),
      FOREIGN KEY (agreement_id, year) REFERENCES agreement_budget_year (agreement_id, year) ON DELETE CASCADE
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_funding_year ON agreement_funding (agreement_id, year)`.execute(db);

  await sql`
    CREATE TABLE agreement_instalment (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      due_date TEXT NOT NULL,
      payer_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      recipient_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      amount INTEGER NOT NULL CHECK (amount >= 0)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_instalment_agreement ON agreement_instalment (agreement_id)`.execute(db);

  await sql`
    CREATE TABLE agreement_clause (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      clause_key TEXT NOT NULL,
      position INTEGER NOT NULL,
      heading TEXT NOT NULL,
      text TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (agreement_id, clause_key)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE agreement_appendix (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      registration_number TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
      organisation_id INTEGER REFERENCES organisation (id),
      valid_from TEXT,
      valid_to TEXT
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_appendix_agreement ON agreement_appendix (agreement_id)`.execute(db);
  await sql`CREATE INDEX agreement_appendix_registration_number ON agreement_appendix (registration_number)`.execute(
    db,
  );

  await sql`
    CREATE TABLE agreement_amendment (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      amended_on TEXT NOT NULL,
      description TEXT NOT NULL,
      signed_by TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_amendment_agreement ON agreement_amendment (agreement_id)`.execute(db);

  await sql`
    CREATE TABLE agreement_signature (
      agreement_id INTEGER NOT NULL,
      organisation_id INTEGER NOT NULL,
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      place TEXT NOT NULL,
      signed_on TEXT NOT NULL,
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (agreement_id, organisation_id),
      FOREIGN KEY (agreement_id, organisation_id) REFERENCES agreement_party (agreement_id, organisation_id)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE agreement_status_change (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      from_status TEXT CHECK (from_status IN ${sql.raw(statuses)}),
      to_status TEXT NOT NULL CHECK (to_status IN ${sql.raw(statuses)}),
      at TEXT NOT NULL,
      user_id INTEGER REFERENCES user (id)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_status_change_agreement ON agreement_status_change (agreement_id, at)`.execute(
    db,
  );

  await sql`
    CREATE TABLE agreement_revision (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      revision INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ${sql.raw(statuses)}),
      saved_at TEXT NOT NULL,
      saved_by_user_id INTEGER REFERENCES user (id),
      snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
      PRIMARY KEY (agreement_id, revision)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE agreement_payment (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('payment', 'repayment')),
      paid_on TEXT NOT NULL,
      payer_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      recipient_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      amount INTEGER NOT NULL CHECK (amount > 0),
      reference TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_payment_agreement ON agreement_payment (agreement_id, paid_on)`.execute(
    db,
  );

  await sql`
    CREATE TABLE agreement_meeting (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      body_key TEXT NOT NULL,
      held_on TEXT NOT NULL,
      attendees TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attendees)),
      decisions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(decisions)),
      minutes_reference TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_meeting_agreement ON agreement_meeting (agreement_id, body_key, held_on)`.execute(
    db,
  );

  await sql`
    CREATE TABLE agreement_completion (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      item_key TEXT NOT NULL,
      completed_at TEXT NOT NULL,
      user_id INTEGER REFERENCES user (id),
      PRIMARY KEY (agreement_id, item_key)
    ) STRICT`.execute(db);

  // Filled by the support-group domain: children from other municipalities per year and source.
  await sql`
    CREATE TABLE agreement_extra_income_count (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      source TEXT NOT NULL,
      children INTEGER NOT NULL CHECK (children >= 0),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (agreement_id, year, source)
    ) STRICT`.execute(db);

  // Full-text index, rowid = agreement id; kept by the service on every save.
  await sql`
    CREATE VIRTUAL TABLE agreement_fts USING fts5(
      registration_number, title, parties, body,
      tokenize = 'unicode61 remove_diacritics 0'
    )`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'agreement_fts',
    'agreement_extra_income_count',
    'agreement_completion',
    'agreement_meeting',
    'agreement_payment',
    'agreement_revision',
    'agreement_status_change',
    'agreement_signature',
    'agreement_amendment',
    'agreement_appendix',
    'agreement_clause',
    'agreement_instalment',
    'agreement_funding',
    'agreement_budget_line',
    'agreement_budget_year',
    'agreement_follow_up',
    'agreement_governance_member',
    'agreement_governance_body',
    'agreement_commitment',
    'agreement_party_contact',
    'agreement_party',
    'agreement_criterion',
    'agreement',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
}
