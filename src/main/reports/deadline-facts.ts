// The deadline list of a report: the agreements' derived calendars (follow-up
// reports, meetings, payments, the period's dates), described with fixed
// wording only. The annual report lists what fell in the period; the status
// report to the steering group lists what is late and what comes in the next
// six months.
import { addMonths } from '../../shared/dates';
import type { CalendarItem } from '../../shared/agreements/calendar';
import { bodyKindLabels, calendarKindLabels, followUpKindLabels } from '../../shared/agreements/labels';
import { formatMoney } from '../../shared/agreements/money';
import type { ReportKind } from '../../shared/ipc/reports';
import type { DeadlineFact } from '../../shared/reports/facts';
import { agreementStatuses } from '../../shared/agreements/model';
import {
  readCalendarSubjects,
  subjectCalendar,
  subjectLife,
  type CalendarSubject,
} from '../agreements/agreement-calendar-data';
import {
  completionRows,
  getAgreementRow,
  meetingRows,
  paymentRows,
} from '../agreements/agreement-repository';
import { lifecycleOf, loadData } from '../agreements/agreement-view';
import { readFundsConfirmations } from '../agreements/funds-confirmations/funds-view';
import type { ReadDb } from '../db/handles';

function describe(
  item: CalendarItem,
  bodyKind: (key: string) => 'steeringGroup' | 'cooperationGroup' | undefined,
): string {
  const base = calendarKindLabels.sv[item.kind];
  if (item.kind === 'followUp' && item.followUpKind)
    return `${followUpKindLabels.sv[item.followUpKind]}${item.year ? ` (${item.year})` : ''}`;
  if (item.kind === 'meeting' && item.refKey) {
    const kind = bodyKind(item.refKey);
    return kind ? `${base}: ${bodyKindLabels.sv[kind]}` : base;
  }
  if (item.kind === 'payment' && item.amount !== null) return `${base} ${formatMoney(item.amount)}`;
  if (item.kind === 'fundsConfirmation' && item.year) return `${base} för ${item.year}`;
  return base;
}

/** A few agreements are read one by one; many at once through the dashboard's batched reader. */
async function calendarSubjects(
  db: ReadDb,
  agreementIds: readonly number[],
): Promise<Pick<CalendarSubject, 'id' | 'input' | 'life'>[]> {
  if (agreementIds.length > 5) {
    const wanted = new Set(agreementIds);
    return (await readCalendarSubjects(db, agreementStatuses)).filter((s) => wanted.has(s.id));
  }
  const subjects: Pick<CalendarSubject, 'id' | 'input' | 'life'>[] = [];
  for (const id of agreementIds) {
    const row = await getAgreementRow(db, id);
    if (!row) continue;
    const [data, lifecycle, meetings, completions, payments, funds] = await Promise.all([
      loadData(db, row),
      lifecycleOf(db, row),
      meetingRows(db, [id]),
      completionRows(db, [id]),
      paymentRows(db, [id]),
      readFundsConfirmations(db, id, true),
    ]);
    const life = await subjectLife(db, id, data);
    subjects.push({
      id,
      ...(life ? { life } : {}),
      input: {
        data,
        lifecycle: { status: lifecycle.status, noticeGiven: lifecycle.noticeGiven },
        meetings: meetings.map((m) => ({ bodyKey: m.body_key, date: m.held_on })),
        completed: new Set(completions.map((c) => c.item_key)),
        actuals: payments.map((p) => ({
          date: p.paid_on,
          kind: p.kind,
          payerOrganisationId: p.payer_organisation_id,
          recipientOrganisationId: p.recipient_organisation_id,
          amount: p.amount,
        })),
        fundsConfirmed: new Set(funds.map((f) => f.year)),
      },
    });
  }
  return subjects;
}

export async function deadlineFacts(
  db: ReadDb,
  agreementIds: readonly number[],
  options: { kind: ReportKind; period: { from: string; to: string }; today: string },
): Promise<DeadlineFact[]> {
  if (agreementIds.length === 0) return [];
  const subjects = await calendarSubjects(db, agreementIds);
  const horizon = addMonths(options.today, 6);
  const facts: DeadlineFact[] = [];
  for (const subject of subjects) {
    const bodies = new Map(subject.input.data.governanceBodies.map((b) => [b.key, b.kind]));
    const calendar = subjectCalendar(subject, options.today).sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : 1,
    );
    for (const item of calendar) {
      const include =
        options.kind === 'annual'
          ? item.date >= options.period.from && item.date <= options.period.to
          : item.state === 'overdue' ||
            (item.state !== 'done' && item.state !== 'past' && item.date <= horizon);
      if (!include) continue;
      facts.push({
        date: item.date,
        agreementId: subject.id,
        what: describe(item, (k) => bodies.get(k)),
        category:
          item.kind === 'followUp' && item.followUpKind
            ? followUpKindLabels.sv[item.followUpKind]
            : calendarKindLabels.sv[item.kind],
        state: item.state,
      });
    }
  }
  return facts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.agreementId - b.agreementId));
}
