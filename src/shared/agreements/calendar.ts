// The derived deadline calendar of one agreement: computed from its data each
// time, never stored as copies. End of period, the extension decision date
// (end − M months), the last day to give notice, report due dates, the next
// meeting each governance body owes, the scheduled payments, and under
// "provided funds are granted" each year's confirmation of the funds, and the
// deadlines of deficiencies' action plans and follow-ups.
import { addDays, addMonths, type IsoDate } from '../dates';
import type { DeficiencyDeadline } from './deficiency-process';
import { dueDates } from './follow-ups';
import { fundsConfirmationKey, fundsYears, unconfirmedYears } from './funds';
import { nextMeeting } from './governance';
import { effectiveEnd } from './lifecycle';
import type { AgreementData, FollowUpKind, LifecycleData } from './model';
import type { Ore } from './money';
import { deriveSchedule, instalmentStates, type ActualPayment, type Instalment } from './payments';

export const calendarItemKinds = [
  'start',
  'end',
  'extensionDecision',
  'noticeDeadline',
  'followUp',
  'meeting',
  'payment',
  'fundsConfirmation',
  'actionPlanDue',
  'deficiencyFollowUp',
] as const;
export type CalendarItemKind = (typeof calendarItemKinds)[number];

/** done; overdue (an action is late); due (within the horizon); later; past (a date that only informs). */
export type CalendarItemState = 'done' | 'overdue' | 'due' | 'later' | 'past';

export interface CalendarItem {
  /** Stable identity, also what a completion mark refers to. */
  key: string;
  kind: CalendarItemKind;
  date: IsoDate;
  state: CalendarItemState;
  /** The follow-up's or governance body's key; a deficiency's id for its deadlines. */
  refKey: string | null;
  followUpKind: FollowUpKind | null;
  /** The year a report concerns, a payment's budget year, or the year whose funds are confirmed. */
  year: number | null;
  /** Responsible party, payer, or convener. */
  organisationId: number | null;
  /** A payment's amount. */
  amount: Ore | null;
  /** What is still unpaid of a payment (0 once settled); null for other kinds. */
  unpaid: Ore | null;
  /** A payment in a year whose funds are not yet confirmed (see funds.ts). */
  unconfirmed: boolean;
  /** More than 1 only for overdue payments gathered into one item (see attentionItems). */
  count: number;
}

export interface CalendarInput {
  data: Pick<AgreementData, 'period' | 'extension' | 'notice' | 'followUps' | 'governanceBodies' | 'economy'>;
  lifecycle: Pick<LifecycleData, 'status' | 'noticeGiven'>;
  meetings: readonly { bodyKey: string; date: IsoDate }[];
  /** Keys of items marked done (follow-ups, the extension decision). */
  completed: ReadonlySet<string>;
  actuals: readonly ActualPayment[];
  /** The end that applies when known beyond the data (a notice held open by running groups). */
  end?: IsoDate;
  /** The payment schedule when derived elsewhere (piecewise, by amendment). */
  schedule?: readonly Instalment[];
  /** Years whose funds are confirmed granted (matters under period.fundsCondition). */
  fundsConfirmed: ReadonlySet<number>;
  /** Deadlines of deficiencies' action plans and follow-ups (deficiency-process.ts). */
  deficiencyDeadlines?: readonly DeficiencyDeadline[];
}

export const defaultHorizonDays = 90;

/** Items that ask someone to act; the others only inform and are never overdue. */
const actionable: ReadonlySet<CalendarItemKind> = new Set([
  'extensionDecision',
  'followUp',
  'meeting',
  'payment',
  'fundsConfirmation',
  'actionPlanDue',
  'deficiencyFollowUp',
]);

function classify(
  kind: CalendarItemKind,
  date: IsoDate,
  done: boolean,
  today: IsoDate,
  horizonEnd: IsoDate,
): CalendarItemState {
  if (done) return 'done';
  if (date < today) return actionable.has(kind) ? 'overdue' : 'past';
  return date <= horizonEnd ? 'due' : 'later';
}

export const followUpItemKey = (followUpKey: string, dueDate: IsoDate) =>
  `followUp:${followUpKey}:${dueDate}`;
export const extensionDecisionKey = 'extensionDecision';

export function extensionDecisionDate(data: Pick<AgreementData, 'period' | 'extension'>): IsoDate | null {
  const m = data.extension.decisionMonthsBeforeEnd;
  return m === null ? null : addMonths(data.period.end, -m);
}

/** The last day notice can be given so that it takes effect by the agreed end. */
export function lastNoticeDate(data: Pick<AgreementData, 'period' | 'notice'>): IsoDate | null {
  // No notice period (0) or none known (null): no last day to give notice.
  return !data.notice.months ? null : addMonths(data.period.end, -data.notice.months);
}

const byDate = (a: CalendarItem, b: CalendarItem) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : 1;

/**
 * Every deadline of the agreement, in date order. `sorted: false` leaves the
 * order as derived (the dashboard sorts thousands of items once, at the end).
 */
export function deriveCalendar(
  input: CalendarInput,
  today: IsoDate,
  horizonDays = defaultHorizonDays,
  options: { sorted?: boolean } = {},
): CalendarItem[] {
  const { data, lifecycle } = input;
  const horizonEnd = addDays(today, horizonDays);
  const end = input.end ?? effectiveEnd(data, lifecycle.noticeGiven);
  const terminated = lifecycle.noticeGiven !== null || lifecycle.status === 'rescinded';
  const items: CalendarItem[] = [];
  // The item gets its state in place: thousands are derived at once, so no copies.
  const push = (item: Omit<CalendarItem, 'state'>, done = false) => {
    const withState = item as CalendarItem;
    withState.state = classify(item.kind, item.date, done, today, horizonEnd);
    items.push(withState);
  };
  const base = {
    refKey: null,
    followUpKind: null,
    year: null,
    organisationId: null,
    amount: null,
    unpaid: null,
    unconfirmed: false,
    count: 1,
  };

  push({ ...base, key: 'start', kind: 'start', date: data.period.start });
  push({ ...base, key: 'end', kind: 'end', date: end });

  const extension = extensionDecisionDate(data);
  if (extension && !terminated) {
    push(
      { ...base, key: extensionDecisionKey, kind: 'extensionDecision', date: extension },
      input.completed.has(extensionDecisionKey),
    );
  }
  const notice = lastNoticeDate(data);
  if (notice && !terminated) push({ ...base, key: 'noticeDeadline', kind: 'noticeDeadline', date: notice });

  for (const f of data.followUps) {
    // Counted to the effective end: after notice nothing falls due beyond it but what is due after the end.
    for (const o of dueDates(f.due, data.period.start, end)) {
      const key = followUpItemKey(f.key, o.dueDate);
      push(
        {
          ...base,
          key,
          kind: 'followUp',
          date: o.dueDate,
          refKey: f.key,
          followUpKind: f.kind,
          year: o.year,
          organisationId: f.responsibleOrganisationId,
        },
        input.completed.has(key),
      );
    }
  }

  for (const body of data.governanceBodies) {
    const held = input.meetings.filter((m) => m.bodyKey === body.key).map((m) => m.date);
    const next = nextMeeting(body.cadence, held, data.period.start, today);
    if (next.due > end) continue;
    items.push({
      ...base,
      key: `meeting:${body.key}`,
      kind: 'meeting',
      date: next.due,
      refKey: body.key,
      organisationId: body.convenerOrganisationId,
      state: next.missed ? 'overdue' : next.due <= horizonEnd ? 'due' : 'later',
    });
  }

  for (const y of fundsYears(data.period, end)) {
    const key = fundsConfirmationKey(y.year);
    push(
      { ...base, key, kind: 'fundsConfirmation', date: y.dueDate, year: y.year },
      input.fundsConfirmed.has(y.year),
    );
  }

  for (const d of input.deficiencyDeadlines ?? [])
    push(
      {
        ...base,
        key: d.key,
        kind: d.kind,
        date: d.date,
        refKey: String(d.deficiencyId),
        organisationId: d.organisationId,
      },
      d.done,
    );

  const schedule = (input.schedule ?? deriveSchedule(data.economy, data.period)).filter(
    (i) => i.dueDate <= end,
  );
  const pending = unconfirmedYears(data.period, input.fundsConfirmed, end);
  instalmentStates(schedule, input.actuals, today, pending).forEach((i, n) => {
    items.push({
      ...base,
      key: `payment:${i.payerOrganisationId}:${i.recipientOrganisationId}:${i.dueDate}:${n}`,
      kind: 'payment',
      date: i.dueDate,
      year: i.year,
      organisationId: i.payerOrganisationId,
      amount: i.amount,
      unpaid: i.unpaid,
      unconfirmed: i.unconfirmed,
      state:
        i.state === 'paid'
          ? 'done'
          : i.state === 'overdue'
            ? 'overdue'
            : i.dueDate <= horizonEnd
              ? 'due'
              : 'later',
    });
  });

  return options.sorted === false ? items : items.sort(byDate);
}

/** What the dashboard shows: overdue items and those due within the horizon. */
export const needsAttention = (item: CalendarItem) => item.state === 'overdue' || item.state === 'due';

/**
 * The items needing attention, with the overdue occurrences of one obligation
 * gathered into one item (earliest date, how many, for payments the sums of
 * their amounts and of what is still unpaid): years of unrecorded payments or
 * unticked reports would otherwise drown everything else. Gathered: a
 * payer's payments, a follow-up's reports, the funds confirmations.
 */
export function attentionItems(
  items: readonly CalendarItem[],
  options: { sorted?: boolean } = {},
): CalendarItem[] {
  const out: CalendarItem[] = [];
  const overdue = new Map<string, CalendarItem[]>();
  for (const item of items) {
    if (!needsAttention(item)) continue;
    const group =
      item.state !== 'overdue'
        ? null
        : item.kind === 'payment'
          ? `paymentsOverdue:${item.organisationId ?? ''}`
          : item.kind === 'followUp'
            ? `followUpsOverdue:${item.refKey ?? ''}`
            : item.kind === 'fundsConfirmation'
              ? 'fundsConfirmationsOverdue'
              : null;
    if (group === null) {
      out.push(item);
      continue;
    }
    const list = overdue.get(group);
    if (list) list.push(item);
    else overdue.set(group, [item]);
  }
  for (const [key, list] of overdue) {
    const first = list[0]!;
    if (list.length === 1) out.push(first);
    else
      out.push({
        ...first,
        key,
        year: null,
        amount: first.kind === 'payment' ? list.reduce((sum, i) => sum + (i.amount ?? 0), 0) : null,
        unpaid: first.kind === 'payment' ? list.reduce((sum, i) => sum + (i.unpaid ?? 0), 0) : null,
        unconfirmed: list.some((i) => i.unconfirmed),
        count: list.length,
      });
  }
  return options.sorted === false ? out : out.sort(byDate);
}
