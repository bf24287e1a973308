// Everything a hand-back package holds about one enrolment: the child's
// identity (never an address: social services have it, and protected
// identity must not travel), the enrolment, consents, attendance and the
// dates of concern reports. Read just before the package is written.
import { sql } from 'kysely';
import type {
  ConsentDecision,
  ConsentMethod,
  ConsentScope,
  EnrolmentStatus,
  Gender,
  IdentityKind,
  PlacementBasis,
  PreVisitKind,
} from '../../shared/support-groups/vocabulary';
import type { DbOrTrx } from '../db/schema/database';
import { responsibleDistrict } from './erasure-groups';

export interface HandBackEnrolment {
  enrolmentId: number;
  district: string;
  child: {
    name: string;
    identityKind: IdentityKind;
    identityNumber: string | null;
    birthDate: string | null;
    birthYear: number | null;
    gender: Gender;
    district: string;
    homeMunicipality: string;
    placementBasis: PlacementBasis;
    protectedIdentity: boolean;
    caseworker: string;
  };
  agreement: string;
  programme: string;
  group: string;
  groupStart: string;
  status: EnrolmentStatus;
  referredOn: string;
  cancelReason: string;
  ageOverrideReason: string;
  notice: { on: string; by: string; whom: string } | null;
  childView: { on: string; summary: string; by: string } | null;
  preVisit: { kind: PreVisitKind; on: string; by: string } | null;
  fee: { amountOre: number; invoicedOn: string | null; paidOn: string | null } | null;
  consents: {
    guardian: string;
    hasCustody: boolean;
    scope: ConsentScope;
    decision: ConsentDecision;
    decidedOn: string;
    method: ConsentMethod;
    reference: string;
  }[];
  attendance: { date: string; kind: string; cancelled: boolean; present: boolean | null }[];
  concernReports: { reportedOn: string; socialServices: string; reportedBy: string }[];
}

const idList = (ids: readonly number[]) => sql.join(ids.map((i) => sql`${i}`));

export async function handBackEnrolments(
  db: DbOrTrx,
  enrolmentIds: readonly number[],
): Promise<HandBackEnrolment[]> {
  if (enrolmentIds.length === 0) return [];
  const list = idList(enrolmentIds);
  const [main, consents, sessions, reports] = await Promise.all([
    sql<{
      id: number;
      child_id: number;
      group_id: number;
      status: EnrolmentStatus;
      referred_on: string;
      cancel_reason: string;
      age_override_reason: string;
      notice_informed_on: string | null;
      notice_informed_by: string;
      notice_informed_whom: string;
      child_view_on: string | null;
      child_view_summary: string;
      child_view_by: string;
      pre_visit_kind: PreVisitKind | null;
      pre_visit_on: string | null;
      pre_visit_by: string;
      fee_applies: 0 | 1;
      fee_amount_ore: number;
      fee_invoiced_on: string | null;
      fee_paid_on: string | null;
      name: string;
      identity_kind: IdentityKind;
      identity_number: string | null;
      birth_date: string | null;
      birth_year: number | null;
      gender: Gender;
      district: string;
      home_municipality: string;
      placement_basis: PlacementBasis;
      protected_identity: 0 | 1;
      caseworker_name: string;
      caseworker_unit: string;
      group_name: string;
      start_date: string;
      programme_name: string;
      registration_number: string;
      title: string;
    }>`
      SELECT e.*, c.name, c.identity_kind, c.identity_number, c.birth_date, c.birth_year, c.gender, c.district, c.home_municipality,
             c.placement_basis, c.protected_identity, c.caseworker_name, c.caseworker_unit,
             g.name AS group_name, g.start_date, p.name AS programme_name, a.registration_number, a.title
      FROM enrolment e
      JOIN child c ON c.id = e.child_id
      JOIN support_group g ON g.id = e.group_id
      JOIN programme p ON p.id = e.programme_id
      JOIN agreement a ON a.id = p.agreement_id
      WHERE e.id IN (${list})
      ORDER BY c.name_folded, e.id`.execute(db),
    sql<{
      enrolment_id: number;
      name: string;
      has_custody: 0 | 1;
      scope: ConsentScope;
      decision: ConsentDecision;
      decided_on: string;
      method: ConsentMethod;
      document_reference: string;
    }>`
      SELECT co.enrolment_id, gu.name, gu.has_custody, co.scope, co.decision, co.decided_on, co.method, co.document_reference
      FROM consent co JOIN guardian gu ON gu.id = co.guardian_id
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
  return main.rows.map((r) => ({
    enrolmentId: r.id,
    district: responsibleDistrict(r.district, r.home_municipality),
    child: {
      name: r.name,
      identityKind: r.identity_kind,
      identityNumber: r.identity_number,
      birthDate: r.birth_date,
      birthYear: r.birth_year,
      gender: r.gender,
      district: r.district,
      homeMunicipality: r.home_municipality,
      placementBasis: r.placement_basis,
      protectedIdentity: r.protected_identity === 1,
      caseworker: [r.caseworker_name, r.caseworker_unit].filter((x) => x.trim() !== '').join(', '),
    },
    agreement: `${r.registration_number} ${r.title}`.trim(),
    programme: r.programme_name,
    group: r.group_name,
    groupStart: r.start_date,
    status: r.status,
    referredOn: r.referred_on,
    cancelReason: r.cancel_reason,
    ageOverrideReason: r.age_override_reason,
    notice: r.notice_informed_on
      ? { on: r.notice_informed_on, by: r.notice_informed_by, whom: r.notice_informed_whom }
      : null,
    childView: r.child_view_on
      ? { on: r.child_view_on, summary: r.child_view_summary, by: r.child_view_by }
      : null,
    preVisit:
      r.pre_visit_kind && r.pre_visit_on
        ? { kind: r.pre_visit_kind, on: r.pre_visit_on, by: r.pre_visit_by }
        : null,
    fee:
      r.fee_applies === 1
        ? { amountOre: r.fee_amount_ore, invoicedOn: r.fee_invoiced_on, paidOn: r.fee_paid_on }
        : null,
    consents: consents.rows
      .filter((c) => c.enrolment_id === r.id)
      .map((c) => ({
        guardian: c.name,
        hasCustody: c.has_custody === 1,
        scope: c.scope,
        decision: c.decision,
        decidedOn: c.decided_on,
        method: c.method,
        reference: c.document_reference,
      })),
    attendance: sessions.rows
      .filter((s) => s.enrolment_id === r.id)
      .map((s) => ({
        date: s.date,
        kind: s.kind,
        cancelled: s.cancelled === 1,
        present: s.present === null ? null : s.present === 1,
      })),
    concernReports: reports.rows
      .filter((c) => c.child_id === r.child_id)
      .map((c) => ({
        reportedOn: c.reported_on,
        socialServices: c.social_services,
        reportedBy: c.reported_by,
      })),
  }));
}
