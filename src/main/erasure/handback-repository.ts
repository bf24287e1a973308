// The SQL of the hand-back: the groups that are over, their enrolments with
// the latest valid hand-back, everything a package holds, and the record of
// each package written.
import { sql, type Insertable, type Selectable } from 'kysely';
import type { GroupStatus } from '../../shared/support-groups/vocabulary';
import type { AgreementTable } from '../db/schema/agreement-table';
import type { ChildTable } from '../db/schema/child-table';
import type { ConsentTable } from '../db/schema/consent-table';
import type { EnrolmentTable } from '../db/schema/enrolment-table';
import type { GuardianTable } from '../db/schema/guardian-table';
import type { HandbackPackageTable } from '../db/schema/handback-package-table';
import type { SupportGroupTable } from '../db/schema/support-group-table';
import { idList } from './erase-repository';
import type { ReadDb, WriteDb } from '../db/handles';

interface OverGroupRow {
  id: number;
  name: string;
  status: GroupStatus;
  start_date: string;
  updated_at: string;
  programme_name: string;
  registration_number: string;
  title: string;
  last_session: string | null;
}

/** Narrow rows of every group that is over and still holds enrolments: what its due date needs. */
export async function overGroupKeyRows(db: ReadDb) {
  const rows = await sql<Pick<OverGroupRow, 'id' | 'status' | 'start_date' | 'updated_at' | 'last_session'>>`
    SELECT g.id, g.status, g.start_date, g.updated_at,
      (SELECT max(s.date) FROM group_session s WHERE s.group_id = g.id AND s.cancelled = 0) AS last_session
    FROM support_group g
    WHERE g.status IN ('finished', 'cancelled') AND EXISTS (SELECT 1 FROM enrolment e WHERE e.group_id = g.id)`.execute(
    db,
  );
  return rows.rows;
}

/** Groups that are over and still hold enrolments (optionally only the given ones), in start order. */
export async function overGroupRows(db: ReadDb, groupIds: readonly number[] | null): Promise<OverGroupRow[]> {
  const only =
    groupIds === null ? sql`1` : sql`g.id IN (SELECT value FROM json_each(${JSON.stringify(groupIds)}))`;
  const rows = await sql<OverGroupRow>`
    SELECT g.id, g.name, g.status, g.start_date, g.updated_at, p.name AS programme_name, a.registration_number, a.title,
      (SELECT max(s.date) FROM group_session s WHERE s.group_id = g.id AND s.cancelled = 0) AS last_session
    FROM support_group g
    JOIN programme p ON p.id = g.programme_id
    JOIN agreement a ON a.id = p.agreement_id
    WHERE g.status IN ('finished', 'cancelled') AND ${only}
      AND EXISTS (SELECT 1 FROM enrolment e WHERE e.group_id = g.id)
    ORDER BY g.start_date, g.id`.execute(db);
  return rows.rows;
}

/**
 * Enrolments of the groups (or, given null, of every group that is over) with
 * the child's districts and the latest package made after the enrolment's last
 * change. The groups are chosen in SQL, never sent back as a list of ids.
 */
export async function enrolmentOfGroupRows(db: ReadDb, groupIds: readonly number[] | null) {
  const groups =
    groupIds === null
      ? sql`SELECT g.id FROM support_group g WHERE g.status IN ('finished', 'cancelled')`
      : sql`SELECT value FROM json_each(${JSON.stringify(groupIds)})`;
  const { rows } = await sql<{
    id: number;
    group_id: number;
    child_id: number;
    district: string;
    home_municipality: string;
    handed_back_at: string | null;
  }>`
    SELECT e.id, e.group_id, e.child_id, c.district, c.home_municipality,
      (SELECT max(hp.created_at) FROM handback_enrolment he JOIN handback_package hp ON hp.id = he.package_id
        WHERE he.enrolment_id = e.id AND hp.created_at >= e.updated_at) AS handed_back_at
    FROM enrolment e JOIN child c ON c.id = e.child_id
    WHERE e.group_id IN (${groups})
    ORDER BY e.group_id, e.id`.execute(db);
  return rows;
}

/**
 * Groups that are over and still hold enrolments, counted in SQL: all of
 * them, those whose erasure is overdue and those due soon. A finished group
 * is over on its last session held (else its start), a cancelled one on the
 * Swedish day of its last change; the caller turns the retention rule into
 * bounds on that day: overdue when it is before `overdueBefore`, due when it
 * is from then to `dueBy`. For cancelled groups the same bounds come as the
 * instants those Swedish days begin, compared with `updated_at`.
 */
export async function retentionCountRow(
  db: ReadDb,
  bounds: { overdueBefore: string; dueBy: string; overdueBeforeInstant: string; dueAfterInstant: string },
): Promise<{ awaiting: number; overdue: number; due: number }> {
  const { rows } = await sql<{ awaiting: number; overdue: number | null; due: number | null }>`
    WITH over AS (
      SELECT g.status, g.updated_at,
        CASE WHEN g.status = 'finished' THEN coalesce(
          (SELECT s.date FROM group_session s WHERE s.group_id = g.id AND s.cancelled = 0 ORDER BY s.date DESC LIMIT 1),
          g.start_date) END AS over_on
      FROM support_group g
      WHERE g.status IN ('finished', 'cancelled') AND EXISTS (SELECT 1 FROM enrolment e WHERE e.group_id = g.id)
    )
    SELECT count(*) AS awaiting,
      sum(CASE WHEN status = 'finished' THEN over_on < ${bounds.overdueBefore}
               ELSE updated_at < ${bounds.overdueBeforeInstant} END) AS overdue,
      sum(CASE WHEN status = 'finished' THEN over_on >= ${bounds.overdueBefore} AND over_on <= ${bounds.dueBy}
               ELSE updated_at >= ${bounds.overdueBeforeInstant} AND updated_at < ${bounds.dueAfterInstant} END) AS due
    FROM over`.execute(db);
  const row = rows[0];
  return {
    awaiting: Number(row?.awaiting ?? 0),
    overdue: Number(row?.overdue ?? 0),
    due: Number(row?.due ?? 0),
  };
}

/** An enrolment (`e.*`) with its child, group, programme and agreement, as a package shows them. */
type HandBackMainRow = Omit<Selectable<EnrolmentTable>, 'group_id'> & { group_id: number } & Pick<
    Selectable<ChildTable>,
    | 'name'
    | 'identity_kind'
    | 'identity_number'
    | 'birth_date'
    | 'birth_year'
    | 'age_band'
    | 'age_band_on'
    | 'gender'
    | 'district'
    | 'home_municipality'
    | 'placement_basis'
    | 'protected_identity'
    | 'caseworker_name'
    | 'caseworker_unit'
  > &
  Pick<Selectable<SupportGroupTable>, 'start_date'> &
  Pick<Selectable<AgreementTable>, 'registration_number' | 'title'> & {
    group_name: string;
    programme_name: string;
  };

/** A consent with the name and custody of the guardian who gave it. */
type HandBackConsentRow = Pick<
  Selectable<ConsentTable>,
  'enrolment_id' | 'scope' | 'decision' | 'decided_on' | 'method' | 'document_reference'
> &
  Pick<Selectable<GuardianTable>, 'name' | 'has_custody'>;

/** Everything a hand-back package holds for these enrolments, in four lists. */
export async function handBackRows(db: ReadDb, enrolmentIds: readonly number[]) {
  const list = idList(enrolmentIds);
  const [main, consents, sessions, reports] = await Promise.all([
    sql<HandBackMainRow>`
      SELECT e.*, c.name, c.identity_kind, c.identity_number, c.birth_date, c.birth_year, c.age_band, c.age_band_on, c.gender, c.district, c.home_municipality,
             c.placement_basis, c.protected_identity, c.caseworker_name, c.caseworker_unit,
             g.name AS group_name, g.start_date, p.name AS programme_name, a.registration_number, a.title
      FROM enrolment e
      JOIN child c ON c.id = e.child_id
      JOIN support_group g ON g.id = e.group_id
      JOIN programme p ON p.id = e.programme_id
      JOIN agreement a ON a.id = p.agreement_id
      WHERE e.id IN (${list})
      ORDER BY c.name_folded, e.id`.execute(db),
    sql<HandBackConsentRow>`
      SELECT co.enrolment_id, coalesce(gu.name, 'Personen själv (18 år)') AS name, coalesce(gu.has_custody, 0) AS has_custody,
             co.scope, co.decision, co.decided_on, co.method, co.document_reference
      FROM consent co LEFT JOIN guardian gu ON gu.id = co.guardian_id
      WHERE co.enrolment_id IN (${list}) ORDER BY co.enrolment_id, co.decided_on, co.id`.execute(db),
    sql<{ enrolment_id: number; date: string; kind: string; cancelled: 0 | 1; present: 0 | 1 | null }>`
      SELECT e.id AS enrolment_id, s.date, s.kind, s.cancelled, at.present
      FROM enrolment e JOIN group_session s ON s.group_id = e.group_id
      LEFT JOIN attendance at ON at.session_id = s.id AND at.enrolment_id = e.id
      WHERE e.id IN (${list}) ORDER BY e.id, s.date, s.start_time`.execute(db),
    sql<{ child_id: number; reported_on: string; social_services: string; reported_by: string }>`
      SELECT cr.child_id, cr.reported_on, cr.social_services, cr.reported_by FROM concern_report cr
      WHERE cr.child_id IN (SELECT child_id FROM enrolment WHERE id IN (${list})) ORDER BY cr.reported_on`.execute(
      db,
    ),
  ]);
  return { main: main.rows, consents: consents.rows, sessions: sessions.rows, reports: reports.rows };
}

/** Records a written package and the enrolments it handed back; returns its id. */
export async function insertHandbackPackage(
  db: WriteDb,
  values: Insertable<HandbackPackageTable>,
  enrolmentIds: readonly number[],
): Promise<number> {
  const { id } = await db
    .insertInto('handback_package')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('handback_enrolment')
    .values(enrolmentIds.map((enrolmentId) => ({ enrolment_id: enrolmentId, package_id: id })))
    .execute();
  return id;
}
