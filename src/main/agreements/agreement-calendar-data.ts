// What the deadline calendars of many agreements need, read in a handful of
// narrow queries (the dashboard reads every agreement being followed up at
// once): period, extension, notice, follow-ups, governance cadences, the
// economy's shares and payment rule, and the records kept beside them (open
// deficiencies' action plans and follow-ups among them).
import { calendarInForce, type LifeDates } from '../../shared/agreements/amendments/calendar-in-force';
import type { Segment } from '../../shared/agreements/amendments/in-force';
import { deriveCalendar, type CalendarInput, type CalendarItem } from '../../shared/agreements/calendar';
import type {
  AgreementData,
  AgreementStatus,
  BudgetYear,
  FollowUp,
  GovernanceBody,
} from '../../shared/agreements/model';
import type { IsoDate } from '../../shared/dates';
import { calendarRows } from './agreement-calendar-repository';
import { paymentRuleOf } from './agreement-columns';
import { getAgreementRow } from './agreement-repository';
import { loadData } from './agreement-view';
import { loadLife } from './amendments/agreement-life';
import { lifeDates } from './amendments/life-view';
import { activeAgreementNotices, agreementsWithLife } from './amendments/notice-index';
import { cadenceOf, dueOf } from './agreement-lists/read-lists';
import { openDeficiencyDeadlines } from './deficiencies/deficiency-view';
import { confirmedYearsByAgreement } from './funds-confirmations/funds-view';
import type { ReadDb } from '../db/handles';

export interface CalendarSubject {
  id: number;
  registrationNumber: string;
  title: string;
  status: AgreementStatus;
  input: CalendarInput;
  /** For an agreement changed since its decision (amendments, notices, extension decisions): its views over time. */
  life?: SubjectLife;
}

export interface SubjectLife {
  segments: Segment[];
  dates: LifeDates;
  end: IsoDate | undefined;
}

/** An agreement's life as the calendar needs it; undefined while nothing has happened since the decision. */
export async function subjectLife(
  db: ReadDb,
  id: number,
  current: AgreementData,
): Promise<SubjectLife | undefined> {
  const life = await loadLife(db, id, current);
  if (life.segments.length === 1 && life.extensionDecisions.length === 0 && life.agreementNotice === null)
    return undefined;
  return { segments: life.segments, dates: lifeDates(life), end: life.agreementNotice?.endsOn };
}

/** The subject's deadline calendar (unsorted): piecewise by amendment when it has a life, else from its data. */
export function subjectCalendar(
  subject: Pick<CalendarSubject, 'input' | 'life'>,
  today: IsoDate,
  horizonDays?: number,
): CalendarItem[] {
  const life = subject.life;
  if (!life) return deriveCalendar(subject.input, today, horizonDays, { sorted: false });
  const { meetings, completed, actuals, lifecycle, fundsConfirmed, deficiencyDeadlines } = subject.input;
  const input = {
    meetings,
    completed,
    actuals,
    lifecycle,
    fundsConfirmed,
    ...(deficiencyDeadlines ? { deficiencyDeadlines } : {}),
    ...(life.end ? { end: life.end } : {}),
  };
  return calendarInForce(life.segments, input, life.dates, today, horizonDays);
}

function byAgreement<T extends { agreement_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.agreement_id);
    if (list) list.push(row);
    else map.set(row.agreement_id, [row]);
  }
  return map;
}

/** Calendar inputs of every agreement with one of `statuses` (of `ids` only when given), in registration-number order. */
export async function readCalendarSubjects(
  db: ReadDb,
  statuses: readonly AgreementStatus[],
  ids?: readonly number[],
): Promise<CalendarSubject[]> {
  if (statuses.length === 0) return [];
  const [
    { heads, years, funding, instalments, followUps, bodies, payments, meetings, completions },
    funds,
    deficiencyDeadlines,
  ] = await Promise.all([
    calendarRows(db, statuses, ids),
    confirmedYearsByAgreement(db),
    openDeficiencyDeadlines(db),
  ]);
  const notices = await activeAgreementNotices(
    db,
    heads.map((h) => h.id),
  );
  const g = {
    years: byAgreement(years),
    funding: byAgreement(funding),
    instalments: byAgreement(instalments),
    followUps: byAgreement(followUps),
    bodies: byAgreement(bodies),
    payments: byAgreement(payments),
    meetings: byAgreement(meetings),
    completions: byAgreement(completions),
  };
  const living = await agreementsWithLife(
    db,
    heads.map((h) => h.id),
  );
  const subjects = heads.map((row): CalendarSubject => {
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
        lifecycle: { status: row.status, noticeGiven: notices.get(row.id) ?? null },
        meetings: (g.meetings.get(row.id) ?? []).map((m) => ({ bodyKey: m.body_key, date: m.held_on })),
        completed: new Set((g.completions.get(row.id) ?? []).map((c) => c.item_key)),
        actuals: (g.payments.get(row.id) ?? []).map((p) => ({
          date: p.paid_on,
          kind: p.kind,
          payerOrganisationId: p.payer_organisation_id,
          recipientOrganisationId: p.recipient_organisation_id,
          amount: p.amount,
        })),
        fundsConfirmed: funds.get(row.id) ?? new Set(),
        deficiencyDeadlines: deficiencyDeadlines.get(row.id) ?? [],
      },
    };
  });
  for (const subject of subjects) {
    if (!living.has(subject.id)) continue;
    const row = await getAgreementRow(db, subject.id);
    if (row) {
      const life = await subjectLife(db, subject.id, await loadData(db, row));
      if (life) subject.life = life;
    }
  }
  return subjects;
}
