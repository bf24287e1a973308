// Reads agreements' lists back into structured data, for one agreement or
// many at once (dashboard, documents).
import type { Selectable } from 'kysely';
import type {
  AgreementData,
  Appendix,
  BudgetYear,
  Cadence,
  Clause,
  DueRule,
  FollowUp,
  GovernanceBody,
  IopCriterion,
  Party,
} from '../../../shared/agreements/model';
import { emptyCriteria, iopCriteria } from '../../../shared/agreements/model';
import type { Commitment } from '../../../shared/agreements/commitments/commitment';
import type { AgreementCommitmentTable } from '../../db/schema/agreement-commitment-table';
import type { AgreementFollowUpTable } from '../../db/schema/agreement-follow-up-table';
import type { AgreementGovernanceBodyTable } from '../../db/schema/agreement-governance-body-table';
import { paymentRuleOf, parseStringList, type AgreementRow } from '../agreement-columns';
import { listsByAgreement } from './list-repository';
import type { ReadDb } from '../../db/handles';

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

/** A commitment row as the structured commitment: a target only when its columns are all there. */
export function commitmentOf(c: Selectable<AgreementCommitmentTable>): Commitment {
  return {
    key: c.commitment_key,
    organisationId: c.organisation_id,
    appendixIndex: c.appendix_position,
    text: c.text,
    kind: c.kind,
    target:
      c.kind === 'recurring' && c.target_count !== null && c.target_per && c.target_comparison && c.measure
        ? {
            count: c.target_count,
            per: c.target_per,
            comparison: c.target_comparison,
            tolerancePercent: c.tolerance_percent,
            measure: c.measure,
          }
        : null,
    dueDate: c.kind === 'oneOff' ? c.due_date : null,
  };
}

export function cadenceOf(
  row: Pick<Selectable<AgreementGovernanceBodyTable>, 'cadence_kind' | 'cadence_value'>,
): Cadence {
  if (row.cadence_kind === 'perTerm') return { kind: 'perTerm' };
  if (row.cadence_kind === 'everyMonths') return { kind: 'everyMonths', months: row.cadence_value ?? 1 };
  return { kind: 'timesPerYear', times: row.cadence_value ?? 1 };
}

export function dueOf(
  row: Pick<
    Selectable<AgreementFollowUpTable>,
    'due_kind' | 'due_month' | 'due_day' | 'due_following_year' | 'due_months' | 'due_date'
  >,
): DueRule {
  switch (row.due_kind) {
    case 'yearly':
      return {
        kind: 'yearly',
        month: row.due_month ?? 1,
        day: row.due_day ?? 1,
        followingYear: row.due_following_year === 1,
      };
    case 'everyMonths':
      return { kind: 'everyMonths', months: row.due_months ?? 1 };
    case 'afterEnd':
      return { kind: 'afterEnd', months: row.due_months ?? 0 };
    case 'once':
      return { kind: 'once', date: row.due_date ?? '' };
  }
}

/** Structured data of every agreement row given, read with one query per child table. */
export async function readData(
  db: ReadDb,
  rows: readonly AgreementRow[],
): Promise<Map<number, AgreementData>> {
  const ids = rows.map((r) => r.id);
  const result = new Map<number, AgreementData>();
  if (ids.length === 0) return result;
  const g = await listsByAgreement(db, ids);
  for (const row of rows) {
    const id = row.id;
    const myContacts = g.contacts.get(id) ?? [];
    const myMembers = g.members.get(id) ?? [];
    const myLines = g.lines.get(id) ?? [];
    const myFunding = g.funding.get(id) ?? [];
    const criteriaMap = emptyCriteria();
    for (const c of g.criteria.get(id) ?? []) {
      if ((iopCriteria as readonly string[]).includes(c.criterion))
        criteriaMap[c.criterion as IopCriterion] = c.justification;
    }
    const rule = paymentRuleOf(row);
    if (rule.kind === 'custom') {
      rule.instalments = (g.instalments.get(id) ?? []).sort(byPosition).map((i) => ({
        dueDate: i.due_date,
        payerOrganisationId: i.payer_organisation_id,
        recipientOrganisationId: i.recipient_organisation_id,
        amount: i.amount,
      }));
    }
    const parties: Party[] = (g.parties.get(id) ?? []).sort(byPosition).map((p) => ({
      organisationId: p.organisation_id,
      role: p.role,
      actingThroughKind: p.acting_through_kind,
      actingThrough: p.acting_through,
      contacts: myContacts
        .filter((c) => c.organisation_id === p.organisation_id)
        .sort(byPosition)
        .map((c) => ({ name: c.name, title: c.title, phone: c.phone, email: c.email })),
      signatory: { name: p.signatory_name, title: p.signatory_title },
    }));
    const governanceBodies: GovernanceBody[] = (g.bodies.get(id) ?? []).sort(byPosition).map((b) => ({
      key: b.body_key,
      kind: b.kind,
      name: b.name,
      members: myMembers
        .filter((m) => m.body_key === b.body_key)
        .sort(byPosition)
        .map((m) => ({ organisationId: m.organisation_id, name: m.name, title: m.title })),
      decisionRule: b.decision_rule,
      chairRotation: b.chair_rotation,
      minuteTakerRotation: b.minute_taker_rotation,
      convenerOrganisationId: b.convener_organisation_id,
      cadence: cadenceOf(b),
    }));
    const followUpList: FollowUp[] = (g.followUps.get(id) ?? []).sort(byPosition).map((f) => ({
      key: f.follow_up_key,
      kind: f.kind,
      description: f.description,
      due: dueOf(f),
      responsibleOrganisationId: f.responsible_organisation_id,
    }));
    const budgetYears: BudgetYear[] = (g.years.get(id) ?? [])
      .sort((a, b) => a.year - b.year)
      .map((y) => ({
        year: y.year,
        amount: y.amount,
        lines: myLines
          .filter((l) => l.year === y.year)
          .sort(byPosition)
          .map((l) => ({ label: l.label, amount: l.amount })),
        funding: myFunding
          .filter((f) => f.year === y.year)
          .sort(byPosition)
          .map((f) => ({
            payerOrganisationId: f.payer_organisation_id,
            recipientOrganisationId: f.recipient_organisation_id,
            amount: f.amount,
          })),
      }));
    const clauseList: Clause[] = (g.clauses.get(id) ?? [])
      .sort(byPosition)
      .map((c) => ({ key: c.clause_key, heading: c.heading, text: c.text }));
    const appendixList: Appendix[] = (g.appendices.get(id) ?? []).sort(byPosition).map((a) => ({
      title: a.title,
      registrationNumber: a.registration_number,
      organisationId: a.organisation_id,
      validFrom: a.valid_from,
      validTo: a.valid_to,
    }));
    result.set(id, {
      registrationNumber: row.registration_number,
      title: row.title,
      templateKey: row.template_key,
      parties,
      background: row.background,
      purpose: row.purpose,
      goals: parseStringList(row.goals),
      targetGroup: { description: row.target_description, ageFrom: row.age_from, ageTo: row.age_to },
      formAndBasis: row.form_and_basis,
      valueBase: row.value_base,
      genderEquality: row.gender_equality,
      criteria: criteriaMap,
      commitments: (g.commitments.get(id) ?? [])
        .sort(byPosition)
        .map(commitmentOf),
      governanceBodies,
      followUps: followUpList,
      economy: {
        years: budgetYears,
        paymentRule: rule,
        extraIncome: { perChildAmount: row.per_child_amount, description: row.extra_income_description },
      },
      period: { start: row.start_date, end: row.end_date, fundsCondition: row.funds_condition === 1 },
      extension: {
        maxYears: row.extension_max_years,
        decisionMonthsBeforeEnd: row.extension_decision_months,
      },
      notice: { months: row.notice_months, writtenNoticeTo: row.notice_written_to },
      clauses: clauseList,
      appendices: appendixList,
      memo: {
        caseworker: row.memo_caseworker,
        date: row.memo_date,
        background: row.memo_background,
        matter: row.memo_matter,
        preparation: row.memo_preparation,
        administrationView: row.memo_administration_view,
        appendices: parseStringList(row.memo_appendices),
      },
    });
  }
  return result;
}
