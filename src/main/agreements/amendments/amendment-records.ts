// Rows of an agreement's life ↔ the shared model.
import { withStructuredCommitments } from '../../../shared/agreements/commitments/commitment';
import type {
  Amendment,
  AmendmentChanges,
  ExtensionDecision,
  NoticeRecord,
} from '../../../shared/agreements/amendments/model';
import { agreementStatuses, type AgreementStatus } from '../../../shared/agreements/model';
import type { AmendmentRow, ExtensionDecisionRow, NoticeRow } from './amendment-repository';

const numberList = (json: string): number[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
};

export function amendmentOf(
  row: AmendmentRow,
  signatures: readonly {
    organisation_id: number;
    name: string;
    title: string;
    place: string;
    signed_on: string;
  }[],
): Amendment {
  const changes = JSON.parse(row.changes) as AmendmentChanges;
  return {
    id: row.id,
    agreementId: row.agreement_id,
    number: row.number,
    registrationNumber: row.registration_number,
    reason: row.reason,
    effectiveFrom: row.effective_from,
    status: row.status,
    decider: row.decider,
    changes: {
      before: withStructuredCommitments(changes.before ?? {}),
      after: withStructuredCommitments(changes.after ?? {}),
    },
    concerned: numberList(row.concerned),
    acceptedTerms: numberList(row.accepted_terms),
    decision:
      row.decision_body !== null && row.decision_date !== null
        ? { body: row.decision_body, date: row.decision_date, paragraph: row.decision_paragraph ?? '' }
        : null,
    signatures: signatures.map((s) => ({
      organisationId: s.organisation_id,
      name: s.name,
      title: s.title,
      place: s.place,
      date: s.signed_on,
    })),
    recordedSignedBy: row.recorded_signed_by,
    inForceAt: row.in_force_at,
    version: row.version,
  };
}

const isStatus = (s: string | null): s is AgreementStatus =>
  s !== null && (agreementStatuses as readonly string[]).includes(s);

export function noticeOf(row: NoticeRow): NoticeRecord {
  return {
    id: row.id,
    scope: row.scope,
    organisationId: row.organisation_id,
    givenOn: row.given_on,
    months: row.months,
    ongoingInterventions: row.ongoing_interventions,
    previousStatus: isStatus(row.previous_status) ? row.previous_status : null,
    withdrawal:
      row.withdrawn_on !== null && row.withdrawal_kind !== null
        ? { on: row.withdrawn_on, kind: row.withdrawal_kind, note: row.withdrawal_note ?? '' }
        : null,
    recordedAt: row.recorded_at,
  };
}

export function extensionDecisionOf(row: ExtensionDecisionRow): ExtensionDecision {
  return {
    id: row.id,
    forEnd: row.for_end,
    dueBy: row.due_by,
    decidedOn: row.decided_on,
    outcome: row.outcome,
    newEnd: row.new_end,
    amendmentId: row.amendment_id,
    note: row.note,
  };
}
