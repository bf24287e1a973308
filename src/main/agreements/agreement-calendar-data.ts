// What the deadline calendars of many agreements need, read in a handful of
// narrow queries (the dashboard reads every agreement being followed up at
// once): period, extension, notice, follow-ups, governance cadences, the
// economy's shares and payment rule, and the records kept beside them.
import { sql } from 'kysely';
import type { CalendarInput } from '../../shared/agreements/calendar';
import type { AgreementStatus, BudgetYear, FollowUp, GovernanceBody } from '../../shared/agreements/model';
import type { ActualPayment } from '../../shared/agreements/payments';
import type { ReadDb } from '../db/handles';
import type { AgreementFollowUpTable } from '../db/schema/agreement-follow-up-table';
import type { AgreementGovernanceBodyTable } from '../db/schema/agreement-governance-body-table';
import { noticeGivenOf, paymentRuleOf, type AgreementRow } from './agreement-columns';
import { cadenceOf, dueOf } from './agreement-children';

export interface CalendarSubject {
  id: number;
  registrationNumber: string;
  title: string;
  status: AgreementStatus;
  input: CalendarInput;
}

type HeadRow = Pick<
  AgreementRow,
  | 'id'
  | 'registration_number'
  | 'title'
  | 'status'
  | 'start_date'
  | 'end_date'
  | 'funds_condition'
  | 'extension_max_years'
  | 'extension_decision_months'
  | 'notice_months'
  | 'notice_written_to'
  | 'payment_rule'
  | 'invoice_month'
  | 'invoice_day'
  | 'per_child_amount'
  | 'notice_given_on'
  | 'notice_by_organisation_id'
  | 'notice_ongoing_interventions'
>;

function byAgreement<T extends { agreement_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.agreement_id);
    if (list) list.push(row);
    else map.set(row.agreement_id, [row]);
  }
  return map;
}

/** Calendar inputs of every agreement with one of `statuses`, in registration-number order. */
export async function readCalendarSubjects(
  db: ReadDb,
  statuses: readonly AgreementStatus[],
): Promise<CalendarSubject[]> {
  if (statuses.length === 0) return [];
  const list = sql.join(statuses.map((s) => sql`${s}`));
  const scope = sql`agreement_id IN (SELECT id FROM agreement WHERE status IN (${list}))`;
  const [heads, years, funding, instalments, followUps, bodies, payments, meetings, completions] =
    await Promise.all([
      sql<HeadRow>`
      SELECT id, registration_number, title, status, start_date, end_date, funds_condition,
             extension_max_years, extension_decision_months, notice_months, notice_written_to,
             payment_rule, invoice_month, invoice_day, per_child_amount,
             notice_given_on, notice_by_organisation_id, notice_ongoing_interventions
      FROM agreement WHERE status IN (${list}) ORDER BY registration_number`.execute(db),
      sql<{ agreement_id: number; year: number; amount: number }>`
      SELECT agreement_id, year, amount FROM agreement_budget_year WHERE ${scope}`.execute(db),
      sql<{
        agreement_id: number;
        year: number;
        position: number;
        payer_organisation_id: number;
        recipient_organisation_id: number | null;
        amount: number;
      }>`
      SELECT agreement_id, year, position, payer_organisation_id, recipient_organisation_id, amount
      FROM agreement_funding WHERE ${scope} ORDER BY agreement_id, year, position`.execute(db),
      sql<{
        agreement_id: number;
        due_date: string;
        payer_organisation_id: number;
        recipient_organisation_id: number;
        amount: number;
      }>`
      SELECT agreement_id, due_date, payer_organisation_id, recipient_organisation_id, amount
      FROM agreement_instalment WHERE ${scope} ORDER BY agreement_id, position`.execute(db),
      sql<AgreementFollowUpTable>`SELECT * FROM agreement_follow_up WHERE ${scope} ORDER BY agreement_id, position`.execute(
        db,
      ),
      sql<AgreementGovernanceBodyTable>`SELECT * FROM agreement_governance_body WHERE ${scope} ORDER BY agreement_id, position`.execute(
        db,
      ),
      sql<{
        agreement_id: number;
        paid_on: string;
        kind: ActualPayment['kind'];
        payer_organisation_id: number;
        recipient_organisation_id: number;
        amount: number;
      }>`
      SELECT agreement_id, paid_on, kind, payer_organisation_id, recipient_organisation_id, amount
      FROM agreement_payment WHERE ${scope}`.execute(db),
      sql<{ agreement_id: number; body_key: string; held_on: string }>`
      SELECT agreement_id, body_key, held_on FROM agreement_meeting WHERE ${scope}`.execute(db),
      sql<{
        agreement_id: number;
        item_key: string;
      }>`SELECT agreement_id, item_key FROM agreement_completion WHERE ${scope}`.execute(db),
    ]);
  const g = {
    years: byAgreement(years.rows),
    funding: byAgreement(funding.rows),
    instalments: byAgreement(instalments.rows),
    followUps: byAgreement(followUps.rows),
    bodies: byAgreement(bodies.rows),
    payments: byAgreement(payments.rows),
    meetings: byAgreement(meetings.rows),
    completions: byAgreement(completions.rows),
  };
  return heads.rows.map((row) => {
    const myFunding = g.funding.get(row.id) ?? [];
    const budgetYears: BudgetYear[] = (g.years.get(row.id) ?? []).map((y) => ({
      year: y.year,
      amount: y.amount,
      lines: [],
      funding: myFunding
        .filter((f) => f.year === y.year)
        .map((f) => ({
          payerOrganisationId: f.payer_organisation_id,
          recipientOrganisationId: f.recipient_organisation_id,
          amount: f.amount,
        })),
    }));
    const rule = paymentRuleOf(row);
    if (rule.kind === 'custom') {
      rule.instalments = (g.instalments.get(row.id) ?? []).map((i) => ({
        dueDate: i.due_date,
        payerOrganisationId: i.payer_organisation_id,
        recipientOrganisationId: i.recipient_organisation_id,
        amount: i.amount,
      }));
    }
    const followUpList: FollowUp[] = (g.followUps.get(row.id) ?? []).map((f) => ({
      key: f.follow_up_key,
      kind: f.kind,
      description: '',
      due: dueOf(f),
      responsibleOrganisationId: f.responsible_organisation_id,
    }));
    const governanceBodies: GovernanceBody[] = (g.bodies.get(row.id) ?? []).map((b) => ({
      key: b.body_key,
      kind: b.kind,
      name: b.name,
      members: [],
      decisionRule: '',
      chairRotation: '',
      minuteTakerRotation: '',
      convenerOrganisationId: b.convener_organisation_id,
      cadence: cadenceOf(b),
    }));
    return {
      id: row.id,
      registrationNumber: row.registration_number,
      title: row.title,
      status: row.status,
      input: {
        data: {
          period: { start: row.start_date, end: row.end_date, fundsCondition: row.funds_condition === 1 },
          extension: {
            maxYears: row.extension_max_years,
            decisionMonthsBeforeEnd: row.extension_decision_months,
          },
          notice: { months: row.notice_months, writtenNoticeTo: row.notice_written_to },
          followUps: followUpList,
          governanceBodies,
          economy: {
            years: budgetYears,
            paymentRule: rule,
            extraIncome: { perChildAmount: row.per_child_amount, description: '' },
          },
        },
        lifecycle: { status: row.status, noticeGiven: noticeGivenOf(row) },
        meetings: (g.meetings.get(row.id) ?? []).map((m) => ({ bodyKey: m.body_key, date: m.held_on })),
        completed: new Set((g.completions.get(row.id) ?? []).map((c) => c.item_key)),
        actuals: (g.payments.get(row.id) ?? []).map((p) => ({
          date: p.paid_on,
          kind: p.kind,
          payerOrganisationId: p.payer_organisation_id,
          recipientOrganisationId: p.recipient_organisation_id,
          amount: p.amount,
        })),
      },
    };
  });
}
