// Everything a hand-back package holds about one enrolment: the child's
// identity (never an address: social services have it, and protected
// identity must not travel), the enrolment, consents, attendance and the
// dates of concern reports. Read just before the package is written.
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
import { responsibleDistrict } from './erasure-groups';
import { ageFactsOf, personTermOn, type PersonTerm } from '../../shared/support-groups/person-term';
import { handBackRows } from './handback-repository';
import type { ReadDb } from '../db/handles';

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
  /** How the documents speak of the person: 18 or older at the group's start, "deltagaren". */
  person: PersonTerm;
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

export async function handBackEnrolments(
  db: ReadDb,
  enrolmentIds: readonly number[],
): Promise<HandBackEnrolment[]> {
  if (enrolmentIds.length === 0) return [];
  const { main, consents, sessions, reports } = await handBackRows(db, enrolmentIds);
  return main.map((r) => ({
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
    person: personTermOn(
      ageFactsOf({
        birthDate: r.birth_date,
        birthYear: r.birth_year,
        ageBand: r.age_band,
        ageBandOn: r.age_band_on,
      }),
      r.start_date,
    ),
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
    consents: consents
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
    attendance: sessions
      .filter((s) => s.enrolment_id === r.id)
      .map((s) => ({
        date: s.date,
        kind: s.kind,
        cancelled: s.cancelled === 1,
        present: s.present === null ? null : s.present === 1,
      })),
    concernReports: reports
      .filter((c) => c.child_id === r.child_id)
      .map((c) => ({
        reportedOn: c.reported_on,
        socialServices: c.social_services,
        reportedBy: c.reported_by,
      })),
  }));
}
