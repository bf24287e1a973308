// Writes an agreement's lists from its structured data: every list is
// replaced as a whole on each save (a draft is replaced, not patched).
import type { AgreementData } from '../../../shared/agreements/model';
import { iopCriteria } from '../../../shared/agreements/model';
import { deleteLists, insertAll } from './list-repository';
import type { WriteDb } from '../../db/handles';

/** Replaces every list of the agreement. Signatures are kept for parties still present. */
export async function writeLists(db: WriteDb, agreementId: number, data: AgreementData): Promise<void> {
  const signatures = await deleteLists(db, agreementId);
  const id = agreementId;
  await insertAll(
    db,
    'agreement_party',
    data.parties.map((p, position) => ({
      agreement_id: id,
      organisation_id: p.organisationId,
      position,
      role: p.role,
      acting_through_kind: p.actingThroughKind,
      acting_through: p.actingThrough,
      signatory_name: p.signatory.name,
      signatory_title: p.signatory.title,
    })),
  );
  await insertAll(
    db,
    'agreement_party_contact',
    data.parties.flatMap((p) =>
      p.contacts.map((c, position) => ({
        agreement_id: id,
        organisation_id: p.organisationId,
        position,
        ...c,
      })),
    ),
  );
  const partyIds = new Set(data.parties.map((p) => p.organisationId));
  await insertAll(
    db,
    'agreement_signature',
    signatures.filter((s) => partyIds.has(s.organisation_id)),
  );
  await insertAll(
    db,
    'agreement_criterion',
    iopCriteria.map((criterion) => ({
      agreement_id: id,
      criterion,
      justification: data.criteria[criterion],
    })),
  );
  await insertAll(
    db,
    'agreement_commitment',
    data.commitments.map((c, position) => ({
      agreement_id: id,
      organisation_id: c.organisationId,
      position,
      text: c.text,
      commitment_key: c.key,
      appendix_position: c.appendixIndex,
      kind: c.kind,
      target_count: c.target?.count ?? null,
      target_per: c.target?.per ?? null,
      target_comparison: c.target?.comparison ?? null,
      tolerance_percent: c.target?.tolerancePercent ?? 0,
      measure: c.target?.measure ?? null,
      due_date: c.kind === 'oneOff' ? c.dueDate : null,
    })),
  );
  await insertAll(
    db,
    'agreement_governance_body',
    data.governanceBodies.map((b, position) => ({
      agreement_id: id,
      body_key: b.key,
      position,
      kind: b.kind,
      name: b.name,
      decision_rule: b.decisionRule,
      chair_rotation: b.chairRotation,
      minute_taker_rotation: b.minuteTakerRotation,
      convener_organisation_id: b.convenerOrganisationId,
      cadence_kind: b.cadence.kind,
      cadence_value:
        b.cadence.kind === 'everyMonths'
          ? b.cadence.months
          : b.cadence.kind === 'timesPerYear'
            ? b.cadence.times
            : null,
    })),
  );
  await insertAll(
    db,
    'agreement_governance_member',
    data.governanceBodies.flatMap((b) =>
      b.members.map((m, position) => ({
        agreement_id: id,
        body_key: b.key,
        position,
        organisation_id: m.organisationId,
        name: m.name,
        title: m.title,
      })),
    ),
  );
  await insertAll(
    db,
    'agreement_follow_up',
    data.followUps.map((f, position) => ({
      agreement_id: id,
      follow_up_key: f.key,
      position,
      kind: f.kind,
      description: f.description,
      due_kind: f.due.kind,
      due_month: f.due.kind === 'yearly' ? f.due.month : null,
      due_day: f.due.kind === 'yearly' ? f.due.day : null,
      due_following_year: f.due.kind === 'yearly' ? (f.due.followingYear ? 1 : 0) : null,
      due_months: f.due.kind === 'everyMonths' || f.due.kind === 'afterEnd' ? f.due.months : null,
      due_date: f.due.kind === 'once' ? f.due.date : null,
      responsible_organisation_id: f.responsibleOrganisationId,
    })),
  );
  await insertAll(
    db,
    'agreement_budget_year',
    data.economy.years.map((y) => ({ agreement_id: id, year: y.year, amount: y.amount })),
  );
  await insertAll(
    db,
    'agreement_budget_line',
    data.economy.years.flatMap((y) =>
      y.lines.map((l, position) => ({
        agreement_id: id,
        year: y.year,
        position,
        label: l.label,
        amount: l.amount,
      })),
    ),
  );
  await insertAll(
    db,
    'agreement_funding',
    data.economy.years.flatMap((y) =>
      y.funding.map((f, position) => ({
        agreement_id: id,
        year: y.year,
        position,
        payer_organisation_id: f.payerOrganisationId,
        recipient_organisation_id: f.recipientOrganisationId,
        amount: f.amount,
      })),
    ),
  );
  const rule = data.economy.paymentRule;
  await insertAll(
    db,
    'agreement_instalment',
    rule.kind === 'custom'
      ? rule.instalments.map((i, position) => ({
          agreement_id: id,
          position,
          due_date: i.dueDate,
          payer_organisation_id: i.payerOrganisationId,
          recipient_organisation_id: i.recipientOrganisationId,
          amount: i.amount,
        }))
      : [],
  );
  await insertAll(
    db,
    'agreement_clause',
    data.clauses.map((c, position) => ({
      agreement_id: id,
      clause_key: c.key,
      position,
      heading: c.heading,
      text: c.text,
    })),
  );
  await insertAll(
    db,
    'agreement_appendix',
    data.appendices.map((a, position) => ({
      agreement_id: id,
      position,
      title: a.title,
      registration_number: a.registrationNumber,
      organisation_id: a.organisationId,
      valid_from: a.validFrom,
      valid_to: a.validTo,
    })),
  );
}
