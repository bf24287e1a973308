// Frozen in time: never edit after release; add a new migration instead.
// Partner exchange (issue 15): this installation's exchange identity (an age
// X25519 key pair for receiving and an Ed25519 key pair for signing, kept in
// the encrypted database so backups carry them; a rotated identity stays,
// retired, so packages made for the old key still open), the partners whose
// contact cards an admin imported and whose fingerprint someone compared,
// every package made or opened (ids and kinds only: the package ids stop a
// replay), and the link from a partner's subject reference to a child here.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE exchange_identity (
      id INTEGER PRIMARY KEY,
      organisation_name TEXT NOT NULL,
      org_number TEXT NOT NULL,
      installation_name TEXT NOT NULL,
      age_identity TEXT NOT NULL,
      age_recipient TEXT NOT NULL UNIQUE,
      signing_private_key TEXT NOT NULL,
      signing_key TEXT NOT NULL UNIQUE,
      -- The card that announced this identity, signed by it (and by the one before after a rotation).
      card TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by_user_id INTEGER REFERENCES user (id),
      retired_at TEXT
    ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX exchange_identity_current ON exchange_identity ((1)) WHERE retired_at IS NULL`.execute(db);
  await sql`
    CREATE TABLE exchange_partner (
      id INTEGER PRIMARY KEY,
      organisation_name TEXT NOT NULL,
      org_number TEXT NOT NULL,
      installation_name TEXT NOT NULL,
      age_recipient TEXT NOT NULL UNIQUE,
      signing_key TEXT NOT NULL UNIQUE,
      card_created_at TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      imported_by_user_id INTEGER REFERENCES user (id),
      verified_at TEXT,
      verified_by_user_id INTEGER REFERENCES user (id),
      verified_by_name TEXT NOT NULL DEFAULT '',
      rotated_at TEXT,
      disabled_at TEXT,
      organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
      district TEXT NOT NULL DEFAULT '',
      CHECK ((verified_at IS NULL) = (verified_by_user_id IS NULL))
    ) STRICT`.execute(db);
  await sql`
    CREATE TABLE exchange_package (
      id INTEGER PRIMARY KEY,
      package_id TEXT NOT NULL,
      direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
      kind TEXT NOT NULL CHECK (kind IN ('referral', 'receipt', 'registrationNotice', 'consentChange', 'handBack', 'report')),
      partner_id INTEGER NOT NULL REFERENCES exchange_partner (id),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      handled_at TEXT NOT NULL,
      handled_by_user_id INTEGER REFERENCES user (id),
      item_count INTEGER NOT NULL DEFAULT 0,
      -- A receipt or registration notice: the package it answers.
      answers_package_id TEXT,
      -- Out: when the partner's receipt came back. In: when our receipt was made.
      receipt_at TEXT,
      UNIQUE (direction, package_id)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX exchange_package_answers ON exchange_package (answers_package_id) WHERE answers_package_id IS NOT NULL`.execute(db);
  await sql`
    CREATE TABLE exchange_subject (
      id INTEGER PRIMARY KEY,
      partner_id INTEGER NOT NULL REFERENCES exchange_partner (id),
      subject_ref TEXT NOT NULL,
      child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
      enrolment_id INTEGER REFERENCES enrolment (id) ON DELETE SET NULL,
      -- The package that created or last updated it (the source of the child here).
      source_package_id TEXT NOT NULL,
      group_name TEXT NOT NULL DEFAULT '',
      group_start TEXT,
      -- The registration notice that told (organisation) or reached (district) the other side.
      notice_package_id TEXT,
      notice_received_at TEXT,
      UNIQUE (partner_id, subject_ref)
    ) STRICT`.execute(db);
  // A hand-back received from an organisation: its files (PDF and CSVs), kept in the encrypted database.
  await sql`
    CREATE TABLE exchange_received_file (
      id INTEGER PRIMARY KEY,
      package_id TEXT NOT NULL,
      name TEXT NOT NULL,
      data BLOB NOT NULL,
      received_at TEXT NOT NULL,
      UNIQUE (package_id, name)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX exchange_subject_child ON exchange_subject (child_id)`.execute(db);
  await sql`CREATE INDEX exchange_subject_notice ON exchange_subject (notice_package_id) WHERE notice_package_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX exchange_subject_enrolment ON exchange_subject (enrolment_id) WHERE enrolment_id IS NOT NULL`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE exchange_received_file`.execute(db);
  await sql`DROP TABLE exchange_subject`.execute(db);
  await sql`DROP TABLE exchange_package`.execute(db);
  await sql`DROP TABLE exchange_partner`.execute(db);
  await sql`DROP TABLE exchange_identity`.execute(db);
}
