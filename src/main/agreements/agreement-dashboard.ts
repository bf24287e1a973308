// Översikt: what is overdue and what falls due within the horizon (90 days by
// default), across all agreements being followed up and per agreement, and
// the commitments that lag. Each agreement's part and its commitments'
// statuses are derived again only when its stamp, the day or the horizon
// changed (dashboard-memo.ts).
import { addDays, type IsoDate } from '../../shared/dates';
import { attentionItems } from '../../shared/agreements/calendar';
import type { AgreementStatus } from '../../shared/agreements/model';
import type { Dashboard, DashboardItem } from '../../shared/ipc/agreements';
import { readCalendarSubjects, subjectCalendar, type CalendarSubject } from './agreement-calendar-data';
import { calendarStamps } from './agreement-calendar-repository';
import { today as todayOf, type ServiceContext } from '../context/service-context';
import { organisationNames } from './agreement-repository';
import { commitmentAlerts } from './commitments/commitment-alerts';
import { dashboardMemo, type AgreementItem, type AgreementPart, type DashboardMemo } from './dashboard-memo';
import type { ReadDb } from '../db/handles';

const followedUp: AgreementStatus[] = ['decided', 'signed', 'active', 'terminated'];
/** The same order as localeCompare(…, 'sv'), without building a collator per comparison. */
const swedish = new Intl.Collator('sv');

/** One agreement's items needing attention and its row, derived from its calendar. */
function agreementPart(subject: CalendarSubject, today: IsoDate, horizonDays: number): AgreementPart {
  const calendar = subjectCalendar(subject, today, horizonDays);
  const attention = attentionItems(calendar, { sorted: false });
  let overdue = 0;
  const items: AgreementItem[] = [];
  for (const item of attention) {
    if (item.state === 'overdue') overdue++;
    // Every field named (no spread): thousands of items, one object shape.
    items.push({
      key: item.key,
      kind: item.kind,
      date: item.date,
      state: item.state,
      refKey: item.refKey,
      followUpKind: item.followUpKind,
      year: item.year,
      organisationId: item.organisationId,
      amount: item.amount,
      unpaid: item.unpaid,
      unconfirmed: item.unconfirmed,
      count: item.count,
      agreementId: subject.id,
      registrationNumber: subject.registrationNumber,
      title: subject.title,
      bodyName:
        item.kind === 'meeting'
          ? (subject.input.data.governanceBodies.find((b) => b.key === item.refKey)?.name ?? null)
          : null,
    });
  }
  let next: string | null = null;
  for (const i of calendar) {
    if ((i.state === 'due' || i.state === 'later') && (next === null || i.date < next)) next = i.date;
  }
  return {
    items,
    row: {
      agreementId: subject.id,
      registrationNumber: subject.registrationNumber,
      title: subject.title,
      status: subject.status,
      overdue,
      due: attention.length - overdue,
      next,
    },
  };
}

/** Every followed-up agreement's part: from the memo while its stamp holds, else derived (and kept). */
async function agreementParts(
  db: ReadDb,
  stamps: readonly { id: number; stamp: string | null }[],
  today: IsoDate,
  horizonDays: number,
  memo: DashboardMemo['parts'],
): Promise<AgreementPart[]> {
  const key = `${today}+${horizonDays}`;
  // In registration-number order, as the calendars were read before the memo (the sorts' ties keep it).
  const parts: (AgreementPart | undefined)[] = stamps.map(({ id, stamp }) => memo.get(id, stamp, key));
  const stale = new Map<number, number>();
  parts.forEach((part, n) => {
    if (!part) stale.set(stamps[n]!.id, n);
  });
  if (stale.size > 0) {
    const subjects = await readCalendarSubjects(
      db,
      followedUp,
      stale.size === stamps.length ? undefined : [...stale.keys()],
    );
    for (const subject of subjects) {
      const n = stale.get(subject.id);
      // An agreement that came into follow-up after the stamps were read waits for the next call.
      if (n === undefined) continue;
      const part = agreementPart(subject, today, horizonDays);
      memo.set(subject.id, stamps[n]!.stamp, key, part);
      parts[n] = part;
    }
  }
  return parts.filter((p) => p !== undefined);
}

export async function computeDashboard(
  ctx: ServiceContext<ReadDb>,
  horizonDays: number,
  memo: DashboardMemo = dashboardMemo,
): Promise<Dashboard> {
  const today = todayOf(ctx);
  // Stamps first, then the data: a write in between leaves a value kept under the older stamp, never served again.
  const stamps = await calendarStamps(ctx.db, followedUp);
  const [parts, names] = await Promise.all([
    agreementParts(ctx.db, stamps, today, horizonDays, memo.parts),
    organisationNames(ctx.db),
  ]);
  const stampOf = new Map(stamps.map((s) => [s.id, s.stamp]));
  const { alerts: commitments, totals: commitmentTotals } = await commitmentAlerts(ctx.db, followedUp, today, names, {
    stamps: stampOf,
    results: memo.commitments,
  });
  const followed = new Set(stampOf.keys());
  memo.parts.keepOnly(followed);
  memo.commitments.keepOnly(followed);
  const items: DashboardItem[] = [];
  const agreements: Dashboard['agreements'] = [];
  for (const part of parts) {
    for (const item of part.items) {
      items.push({
        key: item.key,
        kind: item.kind,
        date: item.date,
        state: item.state,
        refKey: item.refKey,
        followUpKind: item.followUpKind,
        year: item.year,
        organisationId: item.organisationId,
        amount: item.amount,
        unpaid: item.unpaid,
        unconfirmed: item.unconfirmed,
        count: item.count,
        agreementId: item.agreementId,
        registrationNumber: item.registrationNumber,
        title: item.title,
        organisationName: item.organisationId === null ? null : (names.get(item.organisationId) ?? null),
        bodyName: item.bodyName,
      });
    }
    agreements.push({ ...part.row });
  }
  items.sort((a, b) =>
    a.date < b.date
      ? -1
      : a.date > b.date
        ? 1
        : a.agreementId - b.agreementId || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  agreements.sort(
    (a, b) =>
      b.overdue - a.overdue || b.due - a.due || swedish.compare(a.registrationNumber, b.registrationNumber),
  );
  return { today, horizonEnd: addDays(today, horizonDays), commitments, commitmentTotals, items, agreements };
}
