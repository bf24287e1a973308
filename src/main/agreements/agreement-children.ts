// The agreement's lists in their child tables: written as a whole on every
// save (a draft is replaced, not patched), read back into structured data.
// Reading works for one agreement or many at once (dashboard, documents).
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
} from '../../shared/agreements/model';
import { emptyCriteria, iopCriteria } from '../../shared/agreements/model';
import type { AgreementFollowUpTable } from '../db/schema/agreement-follow-up-table';
import type { AgreementGovernanceBodyTable } from '../db/schema/agreement-governance-body-table';
import type { DbOrTrx } from '../db/schema/database';
import { paymentRuleOf, parseStringList, type AgreementRow } from './agreement-columns';
import type { ReadDb } from '../db/handles';

/** SQLite allows 32 766 bound parameters; inserts go in chunks well below. */
const chunk = 400;

async function insertAll<T extends object>(
  db: DbOrTrx,
  table: Parameters<DbOrTrx['insertInto']>[0],
  rows: T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    // The table name and row shape are checked by the typed callers below.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunk) as never)
      .execute();
  }
}

// Children before their parents (foreign keys).
const childTables = [
  'agreement_signature',
  'agreement_party_contact',
  'agreement_party',
  'agreement_governance_member',
  'agreement_governance_body',
  'agreement_budget_line',
  'agreement_funding',
  'agreement_budget_year',
  'agreement_criterion',
  'agreement_commitment',
  'agreement_follow_up',
  'agreement_instalment',
  'agreement_clause',
  'agreement_appendix',
  'agreement_amendment',
] as const;

/** Replaces every list of the agreement. Signatures are kept for parties still present. */
export async function writeChildren(db: DbOrTrx, agreementId: number, data: AgreementData): Promise<void> {
  const signatures = await db
    .selectFrom('agreement_signature')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .execute();
  for (const table of childTables)
    await db.deleteFrom(table).where('agreement_id', '=', agreementId).execute();
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
  await insertAll(
    db,
    'agreement_amendment',
    data.amendments.map((a, position) => ({
      agreement_id: id,
      position,
      amended_on: a.date,
      description: a.description,
      signed_by: a.signedBy,
    })),
  );
}

function groupBy<T>(rows: T[], keyOf: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

export function cadenceOf(row: Selectable<AgreementGovernanceBodyTable>): Cadence {
  if (row.cadence_kind === 'perTerm') return { kind: 'perTerm' };
  if (row.cadence_kind === 'everyMonths') return { kind: 'everyMonths', months: row.cadence_value ?? 1 };
  return { kind: 'timesPerYear', times: row.cadence_value ?? 1 };
}

export function dueOf(row: Selectable<AgreementFollowUpTable>): DueRule {
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
  // Within one SQLite statement an IN list of a few thousand ids is fine; larger sets go in slices.
  const select = async <T>(fetch: (slice: number[]) => Promise<T[]>): Promise<T[]> => {
    const out: T[] = [];
    for (let i = 0; i < ids.length; i += 5000) out.push(...(await fetch(ids.slice(i, i + 5000))));
    return out;
  };
  const [
    parties,
    contacts,
    criteria,
    commitments,
    bodies,
    members,
    followUps,
    years,
    lines,
    funding,
    instalments,
    clauses,
    appendices,
    amendments,
  ] = await Promise.all([
    select((s) => db.selectFrom('agreement_party').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) =>
      db.selectFrom('agreement_party_contact').selectAll().where('agreement_id', 'in', s).execute(),
    ),
    select((s) => db.selectFrom('agreement_criterion').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) => db.selectFrom('agreement_commitment').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) =>
      db.selectFrom('agreement_governance_body').selectAll().where('agreement_id', 'in', s).execute(),
    ),
    select((s) =>
      db.selectFrom('agreement_governance_member').selectAll().where('agreement_id', 'in', s).execute(),
    ),
    select((s) => db.selectFrom('agreement_follow_up').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) =>
      db.selectFrom('agreement_budget_year').selectAll().where('agreement_id', 'in', s).execute(),
    ),
    select((s) =>
      db.selectFrom('agreement_budget_line').selectAll().where('agreement_id', 'in', s).execute(),
    ),
    select((s) => db.selectFrom('agreement_funding').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) => db.selectFrom('agreement_instalment').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) => db.selectFrom('agreement_clause').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) => db.selectFrom('agreement_appendix').selectAll().where('agreement_id', 'in', s).execute()),
    select((s) => db.selectFrom('agreement_amendment').selectAll().where('agreement_id', 'in', s).execute()),
  ]);
  const g = {
    parties: groupBy(parties, (r) => r.agreement_id),
    contacts: groupBy(contacts, (r) => r.agreement_id),
    criteria: groupBy(criteria, (r) => r.agreement_id),
    commitments: groupBy(commitments, (r) => r.agreement_id),
    bodies: groupBy(bodies, (r) => r.agreement_id),
    members: groupBy(members, (r) => r.agreement_id),
    followUps: groupBy(followUps, (r) => r.agreement_id),
    years: groupBy(years, (r) => r.agreement_id),
    lines: groupBy(lines, (r) => r.agreement_id),
    funding: groupBy(funding, (r) => r.agreement_id),
    instalments: groupBy(instalments, (r) => r.agreement_id),
    clauses: groupBy(clauses, (r) => r.agreement_id),
    appendices: groupBy(appendices, (r) => r.agreement_id),
    amendments: groupBy(amendments, (r) => r.agreement_id),
  };
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
        .map((c) => ({ organisationId: c.organisation_id, text: c.text })),
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
      amendments: (g.amendments.get(id) ?? [])
        .sort(byPosition)
        .map((a) => ({ date: a.amended_on, description: a.description, signedBy: a.signed_by })),
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
