// The narrow queries behind the deadline calendars of many agreements at once.
import { sql, type Selectable } from 'kysely';
import type { AgreementStatus } from '../../shared/agreements/model';
import type { ActualPayment } from '../../shared/agreements/payments';
import type { AgreementFundingTable } from '../db/schema/agreement-funding-table';
import type { AgreementFollowUpTable } from '../db/schema/agreement-follow-up-table';
import type { AgreementGovernanceBodyTable } from '../db/schema/agreement-governance-body-table';
import type { AgreementRow } from './agreement-columns';
import type { ReadDb } from '../db/handles';

type CalendarHeadRow = Pick<
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
  | 'payment_rounding'
  | 'invoice_month'
  | 'invoice_day'
  | 'per_child_amount'
  | 'notice_given_on'
  | 'notice_by_organisation_id'
  | 'notice_ongoing_interventions'
>;

/**
 * Each agreement with one of `statuses` (at least one) and its calendar stamp, in registration-number order
 * (agreement_calendar_stamp, migration 0021: it changes with anything its
 * calendar reads; null if missing, which never matches a memo).
 */
export async function calendarStamps(db: ReadDb, statuses: readonly AgreementStatus[]) {
  const list = sql.join(statuses.map((s) => sql`${s}`));
  const rows = await sql<{ id: number; stamp: string | null }>`
    SELECT a.id, s.stamp FROM agreement a LEFT JOIN agreement_calendar_stamp s ON s.agreement_id = a.id
    WHERE a.status IN (${list}) ORDER BY a.registration_number`.execute(db);
  return rows.rows;
}

/**
 * What the calendars of agreements with one of `statuses` (at least one) read,
 * table by table; only of the agreements `ids` when given.
 */
export async function calendarRows(db: ReadDb, statuses: readonly AgreementStatus[], ids?: readonly number[]) {
  const list = sql.join(statuses.map((s) => sql`${s}`));
  const only = ids === undefined ? sql`` : sql` AND id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
  const scope = sql`agreement_id IN (SELECT id FROM agreement WHERE status IN (${list})${only})`;
  const [heads, years, funding, instalments, followUps, bodies, payments, meetings, completions] =
    await Promise.all([
      sql<CalendarHeadRow>`
      SELECT id, registration_number, title, status, start_date, end_date, funds_condition,
             extension_max_years, extension_decision_months, notice_months, notice_written_to,
             payment_rule, payment_rounding, invoice_month, invoice_day, per_child_amount,
             notice_given_on, notice_by_organisation_id, notice_ongoing_interventions
      FROM agreement WHERE status IN (${list})${only} ORDER BY registration_number`.execute(db),
      sql<{ agreement_id: number; year: number; amount: number }>`
      SELECT agreement_id, year, amount FROM agreement_budget_year WHERE ${scope}`.execute(db),
      sql<Omit<Selectable<AgreementFundingTable>, 'id'>>`
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
      // Only the columns a calendar reads (no descriptions, rules or rotations).
      sql<Omit<AgreementFollowUpTable, 'position' | 'description'>>`
      SELECT agreement_id, follow_up_key, kind, due_kind, due_month, due_day, due_following_year, due_months, due_date,
             responsible_organisation_id
      FROM agreement_follow_up WHERE ${scope} ORDER BY agreement_id, position`.execute(db),
      sql<
        Pick<
          AgreementGovernanceBodyTable,
          | 'agreement_id'
          | 'body_key'
          | 'kind'
          | 'name'
          | 'convener_organisation_id'
          | 'cadence_kind'
          | 'cadence_value'
        >
      >`
      SELECT agreement_id, body_key, kind, name, convener_organisation_id, cadence_kind, cadence_value
      FROM agreement_governance_body WHERE ${scope} ORDER BY agreement_id, position`.execute(db),
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
  return {
    heads: heads.rows,
    years: years.rows,
    funding: funding.rows,
    instalments: instalments.rows,
    followUps: followUps.rows,
    bodies: bodies.rows,
    payments: payments.rows,
    meetings: meetings.rows,
    completions: completions.rows,
  };
}
