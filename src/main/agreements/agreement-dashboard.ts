// Översikt: what is overdue and what falls due within the horizon (90 days by
// default), across all agreements being followed up and per agreement.
import { addDays } from '../../shared/dates';
import { attentionItems } from '../../shared/agreements/calendar';
import type { AgreementStatus } from '../../shared/agreements/model';
import type { Dashboard, DashboardItem } from '../../shared/ipc/agreements';
import { readCalendarSubjects, subjectCalendar } from './agreement-calendar-data';
import { today as todayOf, type ServiceContext } from '../context/service-context';
import { organisationNames } from './agreement-repository';
import { commitmentAlerts } from './commitments/commitment-alerts';
import type { ReadDb } from '../db/handles';

const followedUp: AgreementStatus[] = ['decided', 'signed', 'active', 'terminated'];
/** The same order as localeCompare(…, 'sv'), without building a collator per comparison. */
const swedish = new Intl.Collator('sv');

export async function computeDashboard(ctx: ServiceContext<ReadDb>, horizonDays: number): Promise<Dashboard> {
  const today = todayOf(ctx);
  const [subjects, names] = await Promise.all([readCalendarSubjects(ctx.db, followedUp), organisationNames(ctx.db)]);
  const { alerts: commitments, totals: commitmentTotals } = await commitmentAlerts(ctx.db, followedUp, today, names);
  const items: DashboardItem[] = [];
  const agreements: Dashboard['agreements'] = [];
  for (const subject of subjects) {
    const calendar = subjectCalendar(subject, today, horizonDays);
    const attention = attentionItems(calendar, { sorted: false });
    let overdue = 0;
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
        organisationName: item.organisationId === null ? null : (names.get(item.organisationId) ?? null),
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
    agreements.push({
      agreementId: subject.id,
      registrationNumber: subject.registrationNumber,
      title: subject.title,
      status: subject.status,
      overdue,
      due: attention.length - overdue,
      next,
    });
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
