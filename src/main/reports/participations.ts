// The participations a report counts, from the live enrolments and from the
// anonymised records of erased ones, described the same way so a report
// comes out the same before and after erasure. A person is keyed by their
// anonymous person id once they have one (their first erasure), else by the
// negated child id; the two never collide.
import { sql, type RawBuilder } from 'kysely';
import { ageBand } from '../../shared/reports/age-bands';
import type { Participation, ParticipationOutcome } from '../../shared/reports/facts';
import { ageAt } from '../../shared/support-groups/age-rule';
import type { EnrolmentStatus, Gender, PlacementBasis } from '../../shared/support-groups/vocabulary';
import type { ReadDb } from '../db/handles';

/** Statuses in which an enrolment counts as taking part (cancelled counts only after attending). */
export const takingPartStatuses: readonly EnrolmentStatus[] = ['admitted', 'participating', 'completed'];

export const outcomeOf = (status: EnrolmentStatus): ParticipationOutcome =>
  status === 'completed' ? 'completed' : status === 'cancelled' ? 'droppedOut' : 'ongoing';

export const inAgreements = (column: RawBuilder<unknown>, ids: readonly number[]) =>
  ids.length === 0 ? sql`0` : sql`${column} IN (${sql.join(ids.map((i) => sql`${i}`))})`;

interface LiveRow {
  person: number;
  agreement_id: number;
  group_id: number;
  start_date: string;
  status: EnrolmentStatus;
  birth_date: string | null;
  birth_year: number | null;
  gender: Gender;
  district: string;
  protected_identity: 0 | 1;
  placement_basis: PlacementBasis;
  fee_applies: 0 | 1;
  fee_amount_ore: number;
  attended: number;
  recorded: number;
}

interface RecordRow {
  person_id: number;
  agreement_id: number;
  group_id: number;
  start_date: string;
  status: EnrolmentStatus;
  age_band: Participation['ageBand'];
  gender: Gender;
  district: string;
  protected_identity: 0 | 1;
  placement_basis: PlacementBasis;
  other_municipality: 0 | 1;
  fee_ore: number;
  sessions_attended: number;
  sessions_recorded: number;
}

export async function participations(
  db: ReadDb,
  agreementIds: readonly number[],
  period: { from: string; to: string },
): Promise<Participation[]> {
  const statuses = sql.join(takingPartStatuses.map((s) => sql`${s}`));
  // The groups in scope first (materialised; CROSS JOIN keeps that order, so the
  // planner never starts from every enrolment with a status), then their
  // enrolments, attendance and the children's describing columns, each through
  // a covering index (migration 0004) instead of the wide rows.
  const live = await sql<LiveRow>`
    WITH scoped AS MATERIALIZED (
      SELECT g.id, g.start_date, p.agreement_id FROM programme p
      JOIN support_group g ON g.programme_id = p.id
      WHERE ${inAgreements(sql.ref('p.agreement_id'), agreementIds)}
        AND g.start_date BETWEEN ${period.from} AND ${period.to}
    ),
    enr AS MATERIALIZED (
      SELECT e.id, e.child_id, e.group_id, e.status, e.fee_applies, e.fee_amount_ore, s.start_date, s.agreement_id
      FROM scoped s CROSS JOIN enrolment e INDEXED BY enrolment_report ON e.group_id = s.id
      WHERE e.status IN (${statuses}, 'cancelled')
    )
    SELECT coalesce(ap.id, -c.id) AS person, enr.agreement_id, enr.group_id, enr.start_date, enr.status,
           c.birth_date, c.birth_year, c.gender, c.district, c.protected_identity, c.placement_basis,
           enr.fee_applies, enr.fee_amount_ore,
           (SELECT count(*) FROM attendance a INDEXED BY attendance_report WHERE a.enrolment_id = enr.id AND a.present = 1) AS attended,
           (SELECT count(*) FROM attendance a INDEXED BY attendance_report WHERE a.enrolment_id = enr.id) AS recorded
    FROM enr
    CROSS JOIN child c INDEXED BY child_report ON c.id = enr.child_id
    LEFT JOIN anonymous_person ap ON ap.child_id = c.id`.execute(db);
  const records = await sql<RecordRow>`
    WITH scoped AS MATERIALIZED (
      SELECT g.id, g.start_date FROM programme p JOIN support_group g ON g.programme_id = p.id
      WHERE ${inAgreements(sql.ref('p.agreement_id'), agreementIds)}
        AND g.start_date BETWEEN ${period.from} AND ${period.to}
    )
    SELECT r.person_id, r.agreement_id, r.group_id, s.start_date, r.status, r.age_band, r.gender, r.district,
           r.protected_identity, r.placement_basis, r.other_municipality, r.fee_ore, r.sessions_attended, r.sessions_recorded
    FROM scoped s
    CROSS JOIN participation_record r ON r.group_id = s.id
    WHERE +r.status IN (${statuses}, 'cancelled')`.execute(db);
  return [
    ...live.rows
      // A cancelled enrolment counts only if the child attended at least once.
      .filter((r) => r.status !== 'cancelled' || Number(r.attended) > 0)
      .map((r): Participation => ({
        personKey: String(r.person),
        agreementId: r.agreement_id,
        groupId: r.group_id,
        groupStart: r.start_date,
        outcome: outcomeOf(r.status),
        sessionsAttended: Number(r.attended),
        sessionsRecorded: Number(r.recorded),
        ageBand: ageBand(ageAt({ birthDate: r.birth_date, birthYear: r.birth_year }, r.start_date)),
        gender: r.gender,
        district: r.protected_identity === 1 ? null : r.district,
        placementBasis: r.placement_basis,
        otherMunicipality: r.fee_applies === 1,
        feeOre: r.fee_applies === 1 ? r.fee_amount_ore : 0,
      })),
    ...records.rows
      .filter((r) => r.status !== 'cancelled' || r.sessions_attended > 0)
      .map((r): Participation => ({
        personKey: String(r.person_id),
        agreementId: r.agreement_id,
        groupId: r.group_id,
        groupStart: r.start_date,
        outcome: outcomeOf(r.status),
        sessionsAttended: r.sessions_attended,
        sessionsRecorded: r.sessions_recorded,
        ageBand: r.age_band,
        gender: r.gender,
        district: r.protected_identity === 1 ? null : r.district,
        placementBasis: r.placement_basis,
        otherMunicipality: r.other_municipality === 1,
        feeOre: r.fee_ore,
      })),
  ];
}
